import { formatCsv, formatJson, formatTable } from "../../../src/reports/report-format";
import { parseReport } from "../../../src/reports/report-library";
import type { ReportResult } from "../../../src/reports/report.service";

const report = parseReport(
  [
    "/**",
    " * @report sample-report",
    " * @title A sample",
    " * @description D",
    " * @param {int} [limit=2] L",
    " * @column {string} name Name",
    " * @column {int} count Count",
    " * @column {float?} share Share",
    " * @column {boolean} flag Flag",
    " * @column {string[]} tags Tags",
    " */",
    "RETURN 1 LIMIT $limit",
  ].join("\n"),
  "sample-report.cypher",
);

const rows = [
  { name: "Plain", count: 12, share: 0.123456, flag: true, tags: ["a", "b"] },
  { name: 'Has, comma and "quotes"', count: 3, share: null, flag: false, tags: [] },
  { name: "Two\nlines", count: 1500, share: 1, flag: false, tags: ["x;y"] },
];

describe("report output formats", () => {
  it("writes CSV after RFC 4180: CRLF records, quoted fields with commas, quotes or line breaks, doubled quotes", () => {
    expect(formatCsv(report.columns, rows)).toBe(
      "name,count,share,flag,tags\r\n" +
        "Plain,12,0.123456,true,a;b\r\n" +
        '"Has, comma and ""quotes""",3,,false,\r\n' +
        '"Two\nlines",1500,1,false,x;y\r\n',
    );
  });

  it("writes only the header line when there are no rows", () => {
    expect(formatCsv(report.columns, [])).toBe("name,count,share,flag,tags\r\n");
  });

  it("aligns a table: numbers right, text left, floats with four decimals, null blank, and a row count", () => {
    expect(formatTable(report.columns, rows).split("\n")).toEqual([
      "name                     count   share  flag   tags",
      "-----------------------  -----  ------  -----  ----",
      "Plain                       12  0.1235  true   a, b",
      'Has, comma and "quotes"      3          false',
      "Two lines                 1500  1.0000  false  x;y",
      "(3 rows)",
      "",
    ]);
    expect(formatTable(report.columns, rows.slice(0, 1))).toMatch(/\(1 row\)\n$/);
  });

  it("cuts very long table cells, but not CSV fields", () => {
    const long = [{ ...rows[0]!, name: "x".repeat(100) }];
    expect(formatTable(report.columns, long)).toContain(`${"x".repeat(59)}…`);
    expect(formatCsv(report.columns, long)).toContain("x".repeat(100));
  });

  it("writes JSON with the report, its effective parameters, its columns and its rows", () => {
    const result: ReportResult = { report, parameters: { limit: 2 }, rows };
    expect(JSON.parse(formatJson(result))).toEqual({
      report: "sample-report",
      title: "A sample",
      parameters: { limit: 2 },
      columns: [
        { name: "name", type: "string" },
        { name: "count", type: "int" },
        { name: "share", type: "float?" },
        { name: "flag", type: "boolean" },
        { name: "tags", type: "string[]" },
      ],
      rows,
    });
  });
});
