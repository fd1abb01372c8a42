import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findProjectRoot } from "../../../src/config";
import { columnTypeText, defaultReportLibrary } from "../../../src/reports/report-library";
import { parameterTypeText } from "../../../src/reports/report-parameters";
import { reportFieldName } from "../../../src/reports/report-schema";

/** docs/reports.md documents every report as its header declares it, so the two cannot drift apart. */
describe("docs/reports.md", () => {
  const docs = readFileSync(join(findProjectRoot(), "docs", "reports.md"), "utf8");

  it.each(defaultReportLibrary().reports.map((report) => [report.name, report] as const))("documents %s", (_name, report) => {
    const start = docs.indexOf(`### \`${report.name}\` — ${report.title}`);
    expect(start).toBeGreaterThan(-1);
    const section = docs.slice(start, docs.indexOf("\n### ", start + 1) === -1 ? undefined : docs.indexOf("\n### ", start + 1));
    expect(section).toContain(`\`${reportFieldName(report)}\``);
    for (const parameter of report.parameters) expect(section).toContain(`| \`${parameter.name}\` | ${parameterTypeText(parameter)} |`);
    for (const column of report.columns) expect(section).toContain(`| \`${column.name}\` | ${columnTypeText(column)} |`);
  });
});
