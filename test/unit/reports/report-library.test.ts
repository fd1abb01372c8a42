import { activeAt, existedAt } from "../../../src/metrics/as-of";
import { coerceParameterValue } from "../../../src/reports/report-parameters";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findProjectRoot } from "../../../src/config";
import { loadReportLibrary, parseReport, ReportLibraryError } from "../../../src/reports/report-library";

/** A report file from a header body (the lines between the comment markers) and Cypher. */
function reportFile(header: string[], cypher = "MATCH (p:Platform {id: $platform}) RETURN p.name AS name LIMIT $limit"): string {
  return ["/**", ...header.map((line) => ` * ${line}`), " */", cypher, ""].join("\n");
}

const VALID_HEADER = [
  "@report sample-report",
  "@title A sample report",
  "@description",
  "  What it shows,",
  "  over two lines.",
  "@param {id:Platform} platform The platform",
  "@param {int 1..100} [limit=10] How many rows",
  "@column {string} name The platform's name",
];

function parseError(source: string, file = "reports/sample-report.cypher"): string {
  try {
    parseReport(source, file);
  } catch (error) {
    expect(error).toBeInstanceOf(ReportLibraryError);
    return (error as Error).message;
  }
  throw new Error("expected the report to be refused");
}

describe("parsing a report header", () => {
  it("reads the name, title, description, parameters, columns and the Cypher after the header", () => {
    const report = parseReport(reportFile(VALID_HEADER), "reports/sample-report.cypher");
    expect(report).toMatchObject({
      name: "sample-report",
      title: "A sample report",
      description: "What it shows, over two lines.",
      file: "reports/sample-report.cypher",
      query: { name: "report.sample-report", cypher: "MATCH (p:Platform {id: $platform}) RETURN p.name AS name LIMIT $limit" },
    });
    expect(report.parameters).toEqual([
      { name: "platform", type: "id", label: "Platform", required: true, defaultValue: null, min: undefined, max: undefined, description: "The platform" },
      { name: "limit", type: "int", label: undefined, required: false, defaultValue: 10, min: 1, max: 100, description: "How many rows" },
    ]);
    expect(report.columns).toEqual([{ name: "name", type: "string", list: false, nullable: false, description: "The platform's name" }]);
  });

  it("reads optional parameters without a default, quoted string defaults, open ranges, and nullable and list columns", () => {
    const report = parseReport(
      reportFile(
        [
          "@report sample-report",
          "@title T",
          "@description D",
          "@param {string} [label=\"two words\"] A label",
          "@param {float 0..} [share] A share",
          "@param {boolean} [all=false] Everything",
          "@column {float?} growth May be null",
          "@column {string[]} names A list",
          "@column {date?} since A date",
          "  continued on the next line",
        ],
        "RETURN $label AS a, $share AS b, $all AS c",
      ),
      "sample-report.cypher",
    );
    expect(report.parameters.map((p) => [p.name, p.required, p.defaultValue, p.min, p.max])).toEqual([
      ["label", false, "two words", undefined, undefined],
      ["share", false, null, 0, undefined],
      ["all", false, false, undefined, undefined],
    ]);
    expect(report.columns.map((c) => [c.name, c.type, c.list, c.nullable])).toEqual([
      ["growth", "float", false, true],
      ["names", "string", true, false],
      ["since", "date", false, true],
    ]);
    expect(report.columns[2]!.description).toBe("A date continued on the next line");
  });

  it("refuses a file without a header comment, naming the file", () => {
    expect(parseError("MATCH (n) RETURN n", "reports/bare.cypher")).toMatch(/^reports\/bare\.cypher: a report file must start with a header comment/);
  });

  it("lists every problem of a file at once, with its line", () => {
    const message = parseError(
      reportFile([
        "@report sample-report",
        "@title A sample report",
        "@description D",
        "@summary not a tag",
        "@param {integer} [limit=10] How many",
        "@param {id:Planet} platform The platform",
        "@column {string} name",
      ]),
    );
    expect(message).toContain("reports/sample-report.cypher:");
    expect(message).toContain("line 5: unknown tag @summary; a header has @report, @title, @description, @param, @column");
    expect(message).toContain("line 6: the parameter limit has the type {integer}; a type is one of int, float, string, id, boolean");
    expect(message).toContain("line 7: the label of {id:Planet} must be one of Actor, Platform, Firm");
    expect(message).toContain("line 8: the column name needs a description after its name");
    // $limit and $platform belong to the refused @params: no second message about them
    expect(message).not.toContain("which no @param declares");
  });

  it.each([
    [["@title T", "@description D", "@column {int} n N"], "@report is missing"],
    [["@report other-name", "@title T", "@description D", "@column {int} n N"], 'the report is named "other-name", but its file is sample-report.cypher'],
    [["@report Sample_Report", "@title T", "@description D", "@column {int} n N"], "the report name must be kebab-case"],
    [["@report sample-report", "@title T", "@title U", "@description D", "@column {int} n N"], "@title may appear once"],
    [["@report sample-report", "@title T", "@description D"], "a report needs at least one @column"],
    [["@report sample-report", "@title T", "@description D", "@column {int} n N", "@column {int} n Again"], 'the column "n" is declared twice'],
    [["@report sample-report", "@title T", "@description D", "@column {number} n N"], "the column n has the type number"],
    [["@report sample-report", "@title T", "@description D", "@param {int 1..5} [limit=10] L", "@column {int} n N"], "the default: limit must be a whole number from 1 to 5, but got: \"10\""],
    [["@report sample-report", "@title T", "@description D", "@param {int 5..1} [limit] L", "@column {int} n N"], "the range of limit is empty (5 > 1)"],
    [["@report sample-report", "@title T", "@description D", "@param {string 1..5} [name] L", "@column {int} n N"], "only int and float parameters take a range"],
    [["@report sample-report", "@title T", "@description D", "@param {int} limit_rows L", "@column {int} n N"], "the parameter name must be camelCase"],
    [["@report sample-report", "@title T", "@description D", "@param limit How many", "@column {int} n N"], "@param must be written"],
  ])("refuses a malformed header %#", (header, expected) => {
    expect(parseError(reportFile(header, "RETURN 1 AS n"))).toContain(expected);
  });

  it("checks the Cypher against the declared parameters: undeclared and unused ones are errors", () => {
    const message = parseError(
      reportFile(
        ["@report sample-report", "@title T", "@description D", "@param {int} [limit=10] L", "@column {string} name N"],
        "// $commented and '$quoted' do not count\nMATCH (p:Platform {id: $platfrom})\nRETURN p.name AS name",
      ),
    );
    expect(message).toContain("line 9: the Cypher uses $platfrom, which no @param declares (declared: limit)");
    expect(message).toContain("the parameter limit is declared but the Cypher never uses $limit");
    expect(message).not.toContain("commented");
    expect(message).not.toContain("quoted");
  });

  it("refuses Cypher that writes", () => {
    const message = parseError(
      reportFile(["@report sample-report", "@title T", "@description D", "@column {string} name N"], "MATCH (p:Platform)\nSET p.seen = true\nRETURN p.name AS name"),
    );
    expect(message).toContain("reports are read-only, but the Cypher uses SET");
  });
});

describe("loading the report library", () => {
  it("loads every report of reports/, each with a title, a description, documented parameters and columns", () => {
    const library = loadReportLibrary(join(findProjectRoot(), "reports"), findProjectRoot());
    expect(library.names()).toEqual([
      "chain-gaps",
      "membership-growth",
      "platform-dependence",
      "service-coverage",
      "stage-supply-concentration",
      "supply-concentration",
      "top-brokers",
    ]);
    for (const report of library.reports) {
      expect(report.file).toBe(`reports/${report.name}.cypher`);
      expect(report.description.length).toBeGreaterThan(80);
      for (const item of [...report.parameters, ...report.columns]) expect(item.description).not.toBe("");
    }
    expect(library.get("top-brokers")!.parameters.map((p) => `${p.name}:${p.type}:${p.required}`)).toEqual(["platform:id:true", "limit:int:false", "asOf:date:false"]);
  });

  it("puts the metrics' as-of fragments in place of ACTIVE_AT(x) and EXISTED_AT(x), one definition of a day", () => {
    const report = parseReport(
      `/**
 * @report as-of-check
 * @title As of
 * @description Members on a day.
 * @param {date} [asOf] The day
 * @column {int} members Members
 */
MATCH (f:Firm)-[m:MEMBER_OF]->(:Platform)
WHERE ACTIVE_AT(m) AND EXISTED_AT(f)
RETURN count(f) AS members ORDER BY members`,
      "as-of-check.cypher",
    );
    expect(report.query.cypher).toContain(activeAt("m").replace(/\s*\n\s*/g, " "));
    expect(report.query.cypher).toContain(existedAt("f").replace(/\s*\n\s*/g, " "));
    expect(report.query.cypher).not.toMatch(/ACTIVE_AT|EXISTED_AT/);
    // the fragments use $asOf: a report that uses them without declaring it is refused
    expect(() =>
      parseReport(
        "/**\n * @report no-as-of\n * @title T\n * @description D.\n * @column {int} n N\n */\nMATCH ()-[r]->() WHERE ACTIVE_AT(r) RETURN count(r) AS n ORDER BY n",
        "no-as-of.cypher",
      ),
    ).toThrow("the Cypher uses $asOf, which no @param declares");
  });

  it("checks a date parameter with the one calendar-date rule", () => {
    const parameter = { name: "asOf", type: "date" as const, min: undefined, max: undefined };
    expect(coerceParameterValue(parameter, "2020-06-30")).toEqual({ value: "2020-06-30" });
    expect(coerceParameterValue(parameter, "2021-02-29")).toEqual({
      problem: 'asOf must be a calendar date YYYY-MM-DD that exists (e.g. "2020-06-30"), but got: "2021-02-29"',
    });
  });

  it("fails the whole load with one error naming each malformed file", () => {
    const dir = mkdtempSync(join(tmpdir(), "ecograph-reports-"));
    writeFileSync(join(dir, "good-one.cypher"), reportFile(["@report good-one", "@title T", "@description D", "@column {int} n N"], "RETURN 1 AS n"));
    writeFileSync(join(dir, "bad-one.cypher"), "MATCH (n) RETURN n");
    writeFileSync(join(dir, "bad-two.cypher"), reportFile(["@report bad-two", "@title T", "@description D"], "RETURN 1 AS n"));
    writeFileSync(join(dir, "notes.txt"), "not a report");
    expect(() => loadReportLibrary(dir)).toThrow(/2 malformed file\(s\):\n.*bad-one\.cypher: a report file must start[\s\S]*bad-two\.cypher: a report needs at least one @column/);
  });

  it("refuses an empty or missing folder", () => {
    expect(() => loadReportLibrary(mkdtempSync(join(tmpdir(), "ecograph-reports-")))).toThrow(/holds no \*\.cypher report/);
    expect(() => loadReportLibrary("/nonexistent/reports")).toThrow(/Cannot read the report library folder \/nonexistent\/reports/);
  });
});
