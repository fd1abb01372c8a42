import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findProjectRoot } from "../../src/config";
import type { Database } from "../../src/db/database";
import { importFile } from "../../src/sync/import-file";
import { removeTestData, uniqueSource } from "../helpers/test-api";
import { connectTestDatabase } from "../helpers/test-neo4j";

/** The import CLI's engine on the README's example files and on a file with bad lines. */
describe("importing a file", () => {
  let db: Database;
  const sources: string[] = [];
  const scratch = mkdtempSync(join(tmpdir(), "ecograph-import-"));
  const examples = join(findProjectRoot(), "examples", "import");

  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(async () => {
    for (const source of sources) await removeTestData(db, source);
    await db?.close();
  });

  const run = (file: string, extra: Partial<{ dryRun: boolean }> = {}) => {
    const source = uniqueSource("import");
    sources.push(source);
    const rejectsFile = join(scratch, `${source}.rejected.jsonl`);
    return {
      source,
      rejectsFile,
      result: importFile(db, { source, file, rejectsFile, dryRun: false, chunk: 4, batchSize: 2, ...extra }),
    };
  };

  it.each([
    ["partners.jsonl", 11],
    ["partners.csv", 8],
    ["partners.json", 5],
  ])("takes every record of the example %s, and nothing changes on a second run", async (file, records) => {
    const first = run(join(examples, file));
    const result = await first.result;
    expect(result).toMatchObject({ read: records, counts: { CREATED: records, UPDATED: 0, UNCHANGED: 0, REJECTED: 0, UNKNOWN: 0 }, complete: true, rejectsWritten: false });
    // Nothing rejected: no rejects file.
    expect(existsSync(first.rejectsFile)).toBe(false);
    const again = await importFile(db, {
      source: first.source, file: join(examples, file), rejectsFile: first.rejectsFile, dryRun: false, chunk: 4, batchSize: 2,
    });
    expect(again.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: records, REJECTED: 0, UNKNOWN: 0 });
  });

  it("writes every rejected record, unreadable lines included, to the rejects file with its line and reason", async () => {
    const file = join(scratch, "bad.jsonl");
    writeFileSync(
      file,
      [
        `{"record": "actor", "label": "Platform", "externalId": "P-1", "name": "Good"}`,
        `{"record": "actor", "label": "Firm", "externalId": "F-1", "name": "No population"}`,
        `not json at all`,
        `{"label": "Firm"}`,
        ``,
        `{"record": "relationship", "type": "MEMBER_OF", "from": {"externalId": "F-404"}, "to": {"externalId": "P-1"}}`,
      ].join("\n"),
    );
    const { rejectsFile, result } = run(file);
    const outcome = await result;
    expect(outcome.counts).toEqual({ CREATED: 1, UPDATED: 0, UNCHANGED: 0, REJECTED: 4, UNKNOWN: 0 });
    const rejected = readFileSync(rejectsFile, "utf8").trim().split("\n").map((line) => JSON.parse(line));
    expect(rejected.map((r) => r.line).sort()).toEqual([2, 3, 4, 6]);
    const reasons = rejected.map((r) => r.reason).join("\n");
    expect(reasons).toContain("line 2: actor (F-1): population is required for a Firm");
    expect(reasons).toContain("line 3 is not valid JSON");
    expect(reasons).toContain('line 4: record must be one of "region", "chain", "stage", "actor", "relationship"');
    expect(reasons).toMatch(/line 6: relationship \(MEMBER_OF .*F-404.*\): from end .* does not exist/);
    expect(rejected.find((r) => r.line === 2).record).toMatchObject({ externalId: "F-1" });
  });

  it("writes nothing in a dry run", async () => {
    const { source, result } = run(join(examples, "partners.jsonl"), { dryRun: true });
    expect((await result).counts.CREATED).toBe(11);
    const [row] = await db.read<{ n: number }>({ name: "test.countImported", cypher: "MATCH (n:Actor {source: $source}) RETURN count(n) AS n" }, { source });
    expect(row!.n).toBe(0);
  });
});
