import neo4j, { Neo4jError } from "neo4j-driver";
import type { Database } from "../../../src/db/database";
import { InvalidInputError, NotFoundError } from "../../../src/errors";
import { parseReport, ReportLibrary, ReportLibraryError } from "../../../src/reports/report-library";
import { ReportService, ReportTimeoutError, toCypherParameters, toReportRow } from "../../../src/reports/report.service";

const report = parseReport(
  [
    "/**",
    " * @report sample-report",
    " * @title T",
    " * @description D",
    " * @param {id:Platform} platform The platform",
    " * @param {int} [limit=10] How many",
    " * @param {float} [share=0.5] A share",
    " * @column {string} name Name",
    " * @column {int} count Count",
    " * @column {float?} share Share",
    " * @column {date?} since Since",
    " * @column {datetime} at At",
    " * @column {id[]} ids Ids",
    " */",
    "MATCH (p:Platform {id: $platform}) RETURN p.name AS name LIMIT $limit * $share",
  ].join("\n"),
  "reports/sample-report.cypher",
);

const record = {
  name: "Diyiqiang Group",
  count: 3,
  share: 0.25,
  since: new neo4j.types.Date(2019, 4, 1),
  at: new neo4j.types.DateTime(2024, 1, 2, 3, 4, 5, 0, 0),
  ids: ["a", "b"],
};

/** A Database stand-in that answers the existence check and then the report. */
function fakeDatabase(answers: { found?: boolean; rows?: Array<Record<string, unknown>>; error?: unknown }) {
  const calls: Array<{ name: string; params: Record<string, unknown> }> = [];
  const db = {
    options: { uri: "bolt://test", database: undefined, transactionTimeoutMs: 1234 },
    async read(query: { name: string }, params: Record<string, unknown>) {
      calls.push({ name: query.name, params });
      if (query.name.startsWith("report.idExists.")) return [{ found: answers.found ?? true }];
      // ScopeNames' lookup of a platform, chain, stage or region by id or exact name
      if (query.name.startsWith("scopeNames.")) return (answers.found ?? true) ? [{ id: params.value, name: "Named", byId: true }] : [];
      if (answers.error) throw answers.error;
      return answers.rows ?? [];
    },
  };
  return { db: db as unknown as Database, calls };
}

describe("report rows", () => {
  it("become plain JSON: dates as ISO text, Neo4j integers as numbers", () => {
    expect(toReportRow(report, { ...record, count: neo4j.int(7) }, 0)).toEqual({
      name: "Diyiqiang Group",
      count: 7,
      share: 0.25,
      since: "2019-04-01",
      at: "2024-01-02T03:04:05Z",
      ids: ["a", "b"],
    });
    expect(toReportRow(report, { ...record, share: null, since: null }, 0)).toMatchObject({ share: null, since: null });
  });

  it.each([
    [{ count: 2.5 }, "column count is declared {int}, but the Cypher returned the number 2.5"],
    [{ name: null }, "column name is declared {string}, but the Cypher returned null (mark the column with ? if it may be null)"],
    [{ share: Number.NaN }, "column share is declared {float?}, but the Cypher returned the number NaN (not finite)"],
    [{ since: "2019-04-01" }, 'column since is declared {date?}, but the Cypher returned the text "2019-04-01"'],
    [{ ids: "a" }, 'column ids is declared {id[]}, but the Cypher returned the text "a" instead of a list'],
    [{ ids: ["a", null] }, "column ids is declared {id[]}, but the Cypher returned a list holding null"],
  ])("that do not match the header are an error naming the file, row and column %#", (change, message) => {
    expect(() => toReportRow(report, { ...record, ...change }, 2)).toThrow(ReportLibraryError);
    expect(() => toReportRow(report, { ...record, ...change }, 2)).toThrow(`reports/sample-report.cypher: row 3, ${message}.`);
  });

  it("must have exactly the declared columns", () => {
    const { ids: _ids, ...missing } = record;
    expect(() => toReportRow(report, { ...missing, extra: 1 }, 0)).toThrow(
      "reports/sample-report.cypher: the Cypher returns the columns name, count, share, since, at, extra, but the header declares " +
        "name, count, share, since, at, ids (missing: ids) (not declared: extra).",
    );
  });
});

describe("the report service", () => {
  const library = new ReportLibrary([report]);

  it("sends int parameters as Neo4j integers (LIMIT refuses a float) and the rest as they are", () => {
    const params = toCypherParameters(report, { platform: "p", limit: 5, share: 0.5 });
    expect(neo4j.isInt(params["limit"])).toBe(true);
    expect(params).toMatchObject({ platform: "p", share: 0.5 });
  });

  it("looks a platform parameter up by id or exact name, then runs the report with its id and defaults", async () => {
    const { db, calls } = fakeDatabase({ rows: [record] });
    const result = await new ReportService(db, library).run("sample-report", { platform: "p-1" });
    expect(calls.map((c) => c.name)).toEqual(["scopeNames.findPlatform", "report.sample-report"]);
    expect(calls[0]!.params).toEqual({ value: "p-1" });
    expect(result.parameters).toEqual({ platform: "p-1", limit: 10, share: 0.5 });
    expect(result.rows).toHaveLength(1);
  });

  it("says which id names nothing instead of returning an empty report", async () => {
    const { db, calls } = fakeDatabase({ found: false });
    await expect(new ReportService(db, library).run("sample-report", { platform: "nope" })).rejects.toThrow(
      new NotFoundError(
        'The report "sample-report" takes platform as the id of a Platform (or its exact name): No platform has the id or name "nope" (platform). List them with the query { platforms { id name } }.',
      ),
    );
    expect(calls).toHaveLength(1);
  });

  it("refuses an unknown report or bad parameters before it reads anything", async () => {
    const { db, calls } = fakeDatabase({});
    const service = new ReportService(db, library);
    await expect(service.run("top-brokerz", {})).rejects.toThrow(
      new InvalidInputError('There is no report named "top-brokerz". The reports are: sample-report.'),
    );
    await expect(service.run("sample-report", { limit: "x" })).rejects.toThrow(InvalidInputError);
    expect(calls).toHaveLength(0);
  });

  it("explains a transaction timeout", async () => {
    const timeout = new Neo4jError("timed out", "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "", "");
    const { db } = fakeDatabase({ error: timeout });
    await expect(new ReportService(db, library).run("sample-report", { platform: "p" })).rejects.toThrow(ReportTimeoutError);
    await expect(new ReportService(db, library).run("sample-report", { platform: "p" })).rejects.toThrow(
      /did not finish within the transaction timeout of 1234 ms \(NEO4J_TRANSACTION_TIMEOUT_MS\)/,
    );
  });
});
