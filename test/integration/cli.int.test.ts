import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildProgram } from "../../src/cli/ecograph";
import { findProjectRoot } from "../../src/config";
import { exportRecords, recordsWithoutSource, toCsv, toJsonLines } from "../../src/sync/export";
import { importFile } from "../../src/sync/import-file";
import { useTestApi } from "../helpers/test-api";

/**
 * The `ecograph` command against the real API and Neo4j: import over --url with the API's roles,
 * a whole chain loaded through it, and export in the import format with a round trip.
 */
describe("ecograph import over the API, and export", () => {
  const suite = useTestApi({ SYNC_MAX_RECORDS: "50" });
  const newSource = suite.newSource;
  const scratch = mkdtempSync(join(tmpdir(), "ecograph-cli-"));
  const example = join(findProjectRoot(), "examples", "ecosystem", "lishui-valves.jsonl");
  const output: string[] = [];
  let write: typeof process.stdout.write;

  beforeEach(() => {
    write = process.stdout.write;
    process.stdout.write = ((text: string) => (output.push(String(text)), true)) as typeof process.stdout.write;
    process.exitCode = undefined;
  });
  afterEach(() => {
    process.stdout.write = write;
    process.exitCode = undefined;
  });

  const ecograph = (...args: string[]) => buildProgram().parseAsync(["node", "ecograph", ...args]);
  const count = async (source: string) =>
    (await suite.api.db.read<{ n: number }>({ name: "test.cliCount", cypher: "MATCH (n {source: $source}) RETURN count(n) AS n" }, { source }))[0]!.n;

  it("is refused for a reader token and writes nothing", async () => {
    const source = newSource("cli-reader");
    const token = await suite.api.token(["reader"]);
    await expect(ecograph("import", example, "--source", source, "--url", suite.api.server.url, "--token", token, "--chunk", "7")).rejects.toThrow(
      /The API refused the import \(FORBIDDEN\).*integrator/,
    );
    expect(await count(source)).toBe(0);
  });

  it("loads a whole chain for an integrator token, and chainCompleteness matches a hand computation", async () => {
    const source = newSource("cli-integrator");
    const token = await suite.api.token(["integrator"]);
    const rejects = join(scratch, "valves.rejected.jsonl");
    await ecograph("import", example, "--source", source, "--url", suite.api.server.url, "--token", token, "--chunk", "7", "--rejects", rejects);
    expect(process.exitCode).toBe(0);
    expect(existsSync(rejects)).toBe(false);
    const summary = output.join("");
    expect(summary).toMatch(/stages\s+3\s+0\s+0\s+0/);
    expect(summary).toMatch(/total\s+23\s+0\s+0\s+0/);

    const { industrialChains } = await suite.api.query(
      `query($source: String!) { industrialChains(where: { source: { eq: $source } }) { id } }`,
      { source },
    );
    const { chainCompleteness } = await suite.api.query(
      `query($chain: ID!) { chainCompleteness(chain: $chain) { coverage depth linkContinuity gaps { name } } }`,
      { chain: industrialChains[0].id },
    );
    // Casting w 2 θ 2: 2 firms, covered; machining w 1 θ 1: 1 firm, covered; assembly w 1 θ 2: 1 firm, not covered.
    // CC = 3/4; CD = (1 + 1 + 1/2) / 3; LC: casting→machining has SUPPLIES (two contracts), machining→assembly none: 1/2.
    expect(chainCompleteness.coverage).toBeCloseTo(0.75, 10);
    expect(chainCompleteness.depth).toBeCloseTo(2.5 / 3, 10);
    expect(chainCompleteness.linkContinuity).toBeCloseTo(0.5, 10);
    expect(chainCompleteness.gaps.map((g: { name: string }) => g.name)).toEqual(["Assembly & testing"]);

    // The second run over the API: everything UNCHANGED.
    output.length = 0;
    await ecograph("import", example, "--source", source, "--url", suite.api.server.url, "--token", token, "--chunk", "7");
    expect(output.join("")).toMatch(/total\s+0\s+0\s+23\s+0/);
  });

  it("says that a relationship's end was rejected on an earlier line, over the API too", async () => {
    const source = newSource("cli-rejected-end");
    const file = join(scratch, "rejected-end.jsonl");
    writeFileSync(
      file,
      [
        { record: "actor", label: "Firm", externalId: "F-7", name: "Colourful", population: "TRADER", colour: "red" },
        { record: "actor", label: "Firm", externalId: "F-8", name: "Plain", population: "TRADER" },
        { record: "relationship", type: "SUPPLIES", from: { externalId: "F-7" }, to: { externalId: "F-8" } },
      ].map((r) => JSON.stringify(r)).join("\n"),
    );
    const rejects = join(scratch, "rejected-end.rejected.jsonl");
    const token = await suite.api.token(["integrator"]);
    await ecograph("import", file, "--source", source, "--url", suite.api.server.url, "--token", token, "--chunk", "2", "--rejects", rejects);
    expect(process.exitCode).toBe(1);
    const reasons = readFileSync(rejects, "utf8").trim().split("\n").map((l) => JSON.parse(l).reason);
    expect(reasons).toEqual([
      expect.stringMatching(/^line 1: actor \(F-7\): unknown field colour/),
      expect.stringMatching(/^line 3: relationship .*: its from end F-7 was rejected on line 1: unknown field colour/),
    ]);
  });

  it("exports a source in the import format; importing it under another source and exporting again gives the same file", async () => {
    const first = newSource("export-a");
    const second = newSource("export-b");
    const load = (source: string, file: string) =>
      importFile(suite.api.db, { source, file, dryRun: false, rejectsFile: join(scratch, `${source}.rejected`), chunk: 100, batchSize: 10 });
    expect((await load(first, example)).counts.REJECTED).toBe(0);
    const exported = await exportRecords(suite.api.db, { source: first });
    expect(exported.counts).toEqual({ region: 2, chain: 1, stage: 3, actor: 6, relationship: 11 });
    expect(exported.skipped).toEqual([]);
    const file = join(scratch, "export-a.jsonl");
    writeFileSync(file, toJsonLines(exported.records));
    expect((await load(second, file)).counts).toMatchObject({ CREATED: 23, REJECTED: 0 });
    const again = await exportRecords(suite.api.db, { source: second });
    expect(toJsonLines(again.records)).toBe(readFileSync(file, "utf8"));
    // The CSV form goes round the same way.
    const csv = join(scratch, "export-a.csv");
    writeFileSync(csv, toCsv(exported.records));
    const third = newSource("export-c");
    expect((await load(third, csv)).counts).toMatchObject({ CREATED: 23, REJECTED: 0 });
    expect(toJsonLines((await exportRecords(suite.api.db, { source: third })).records)).toBe(readFileSync(file, "utf8"));
  });

  it("exports through the command, one platform's ecosystem", async () => {
    const source = newSource("export-cli");
    await importFile(suite.api.db, { source, file: example, dryRun: false, rejectsFile: join(scratch, "x.rejected"), chunk: 100, batchSize: 10 });
    const { platforms } = await suite.api.query(`query($source: String!) { platforms(where: { source: { eq: $source } }) { id } }`, { source });
    const target = join(scratch, "platform.jsonl");
    await ecograph("export", target, "--source", source, "--platform", platforms[0].id);
    expect(process.exitCode).toBe(0);
    const records = readFileSync(target, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    // Members F-1 and F-3 (not F-2, F-4 or the agency), the platform, the chain they work in with all its stages, their regions.
    expect(records.filter((r) => r.record === "actor").map((r) => r.externalId).sort()).toEqual(["F-1", "F-3", "PL-1"]);
    expect(records.filter((r) => r.record === "stage")).toHaveLength(3);
    expect(records.filter((r) => r.record === "region").map((r) => r.externalId).sort()).toEqual(["RG-LISHUI", "RG-ZJ"]);
  });
  it("names what a whole-graph export cannot write: records made outside the sync, without a source", async () => {
    const countOf = (lines: string[], kind: string) => Number(lines.find((l) => l.includes(` ${kind} node`))?.split(" ")[0] ?? 0);
    const before = countOf(await recordsWithoutSource(suite.api.db), "Firm");
    const name = `Hand-made firm ${Date.now()}`;
    await suite.api.db.write({ name: "test.handMadeFirm", cypher: "CREATE (:Actor:Firm {id: randomUUID(), name: $name})" }, { name });
    try {
      const lines = await recordsWithoutSource(suite.api.db);
      expect(countOf(lines, "Firm")).toBe(before + 1);
      expect(lines.find((l) => l.includes(" Firm node"))).toMatch(/without a source or externalId .*sync them under a source/);
    } finally {
      await suite.api.db.write({ name: "test.removeHandMadeFirm", cypher: "MATCH (f:Firm {name: $name}) DETACH DELETE f" }, { name });
    }
  });
});
