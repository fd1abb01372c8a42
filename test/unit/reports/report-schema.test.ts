import { graphql, printSchema, type GraphQLSchema } from "graphql";
import type { Caller, Role } from "../../../src/auth/roles";
import type { GraphQLContext } from "../../../src/graphql/context";
import { defaultReportLibrary, parseReport, ReportLibrary } from "../../../src/reports/report-library";
import { buildReportSchema, reportFieldName, reportRowTypeName, reportTypeDefs } from "../../../src/reports/report-schema";
import type { ReportService } from "../../../src/reports/report.service";

const sample = parseReport(
  [
    "/**",
    " * @report sample-report",
    " * @title A sample",
    " * @description What it shows.",
    " * @param {id:Platform} platform The platform",
    " * @param {int 1..100} [limit=10] How many",
    " * @param {string} [label=\"a \\\"b\\\"\"] A label",
    " * @param {boolean} [all] Everything",
    " * @column {string} name The name",
    " * @column {float?} share A share",
    " * @column {date} since Since",
    " * @column {id[]} ids Ids",
    " */",
    "RETURN $platform, $limit, $label, $all",
  ].join("\n"),
  "sample-report.cypher",
);
const library = new ReportLibrary([sample]);

const caller = (roles: Role[], authenticated = true): Caller => ({ subject: authenticated ? "someone" : null, authenticated, roles });

/** A context with a stand-in report service that records what it was asked. */
function contextFor(who: Caller) {
  const runs: Array<{ name: string; args: Record<string, unknown> }> = [];
  const reports = {
    list: () => library.reports,
    run: async (name: string, args: Record<string, unknown>) => {
      runs.push({ name, args });
      return { report: sample, parameters: args, rows: [{ name: "Diyiqiang Group", share: null, since: "2019-04-01", ids: ["a"] }] };
    },
  } as unknown as ReportService;
  const context = { caller: who, services: { reports }, observeQuery: () => undefined } as unknown as GraphQLContext;
  return { context, runs };
}

describe("the reports' GraphQL schema", () => {
  let schema: GraphQLSchema;
  beforeAll(() => {
    schema = buildReportSchema(library);
  });

  it("has one typed query per report, generated from its header", () => {
    expect(reportFieldName(sample)).toBe("reportSampleReport");
    expect(reportRowTypeName(sample)).toBe("SampleReportReportRow");
    const sdl = printSchema(schema);
    // Without the one-line descriptions and blank lines, the signatures read as written.
    const bare = sdl.split("\n").filter((line) => line.trim() !== "" && !/^\s*""".*"""$/.test(line)).join("\n");
    expect(bare).toContain(
      [
        "  reportSampleReport(",
        "    platform: ID!",
        "    limit: Int = 10",
        '    label: String = "a \\"b\\""',
        "    all: Boolean",
        "  ): [SampleReportReportRow!]!",
      ].join("\n"),
    );
    expect(bare).toContain(
      ["type SampleReportReportRow {", "  name: String!", "  share: Float", "  since: String!", "  ids: [ID!]!", "}"].join("\n"),
    );
    expect(sdl).toContain('"""Since (ISO 8601 date)"""');
    expect(sdl).toContain("reports: [ReportDescription!]!");
  });

  it("generates valid SDL for every report of the library", () => {
    const sdl = reportTypeDefs(defaultReportLibrary());
    expect(sdl).toContain("reportTopBrokers(");
    expect(sdl).toMatch(/reportTopBrokers\(\n[\s\S]*?platform: ID!\n[\s\S]*?limit: Int = 10\n[\s\S]*?asOf: String\n\s+\): \[TopBrokersReportRow!\]!/);
    expect(() => buildReportSchema(defaultReportLibrary())).not.toThrow();
  });

  it.each([["analyst"], ["admin"]] as Array<[Role]>)("runs a report for the %s role and returns its rows", async (role) => {
    const { context, runs } = contextFor(caller([role]));
    const result = await graphql({
      schema,
      source: `{ reportSampleReport(platform: "p-1", all: true) { name share since ids } }`,
      contextValue: context,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ reportSampleReport: [{ name: "Diyiqiang Group", share: null, since: "2019-04-01", ids: ["a"] }] });
    expect(runs).toEqual([{ name: "sample-report", args: { platform: "p-1", limit: 10, label: 'a "b"', all: true } }]);
  });

  it.each([
    [caller(["reader"], false), "UNAUTHENTICATED", /The report sample-report needs a token with the role analyst or admin/],
    [caller([], false), "UNAUTHENTICATED", /needs a token with the role analyst or admin/],
    [caller(["reader", "integrator"]), "FORBIDDEN", /The report sample-report needs the role analyst or admin; this token has reader, integrator/],
  ])("refuses other callers without running anything (%#)", async (who, code, message) => {
    const { context, runs } = contextFor(who);
    const result = await graphql({ schema, source: `{ reportSampleReport(platform: "p-1") { name } }`, contextValue: context });
    expect(result.errors?.[0]?.message).toMatch(message);
    expect((result.errors?.[0]?.originalError as { code?: string } | undefined)?.code).toBe(code);
    expect(runs).toHaveLength(0);
  });

  it("describes the library to analysts, and to nobody else", async () => {
    const source = "{ reports { name title query parameters { name type nodeLabel required defaultValue min max } columns { name type list nullable } } }";
    const allowed = await graphql({ schema, source, contextValue: contextFor(caller(["analyst"])).context });
    expect(allowed.errors).toBeUndefined();
    expect((allowed.data as any).reports[0]).toMatchObject({
      name: "sample-report",
      title: "A sample",
      query: "reportSampleReport",
      parameters: [
        { name: "platform", type: "id", nodeLabel: "Platform", required: true, defaultValue: null, min: null, max: null },
        { name: "limit", type: "int", nodeLabel: null, required: false, defaultValue: "10", min: 1, max: 100 },
        { name: "label", type: "string", defaultValue: '"a \\"b\\""' },
        { name: "all", type: "boolean", defaultValue: null },
      ],
      columns: [
        { name: "name", type: "string", list: false, nullable: false },
        { name: "share", type: "float", list: false, nullable: true },
        { name: "since", type: "date", list: false, nullable: false },
        { name: "ids", type: "id", list: true, nullable: false },
      ],
    });
    const refused = await graphql({ schema, source, contextValue: contextFor(caller(["reader"])).context });
    expect((refused.errors?.[0]?.originalError as { code?: string } | undefined)?.code).toBe("FORBIDDEN");
  });
});
