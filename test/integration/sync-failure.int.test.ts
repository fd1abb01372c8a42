import { rmSync } from "node:fs";
import { join } from "node:path";
import { prepareDatabase } from "../../src/api";
import { findProjectRoot, loadConfig } from "../../src/config";
import { connectToNeo4j, type Database } from "../../src/db/database";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded-neo4j";
import { SyncService } from "../../src/sync/sync.service";

/**
 * Neo4j goes away in the middle of a sync: the batches before commit whole, the rest are
 * reported as not written, nothing is half-written, and the same sync run again completes it.
 * This test stops Neo4j, so it runs its own embedded Neo4j, not the shared one.
 */
describe("a sync interrupted by Neo4j stopping", () => {
  const dataDir = join(findProjectRoot(), ".neo4j", `test-failure-data-${process.pid}`);
  const config = loadConfig({ ...process.env, EMBEDDED_NEO4J_DATA_DIR: dataDir, EMBEDDED_NEO4J_BOLT_PORT: "0", EMBEDDED_NEO4J_HEAP: "512m" });
  const log = { info: () => undefined, warn: () => undefined };
  let neo4j: EmbeddedNeo4j | undefined;
  let db: Database | undefined;

  const connect = async (uri: string) =>
    connectToNeo4j({ uri, user: "neo4j", password: "neo4j", database: undefined, connectTimeoutMs: 3_000, transactionTimeoutMs: 60_000 });
  // (60 s: the first use of each sync statement on a cold Neo4j is planned inside the transaction, which took 8-12 s on a loaded machine)
  const countActors = async (database: Database) =>
    (await database.read<{ n: number }>({ name: "test.countFailureActors", cypher: "MATCH (n:Actor {source: 'failure-test'}) RETURN count(n) AS n" }))[0]!.n;

  beforeAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    neo4j = await startEmbeddedNeo4j(config.neo4j.embedded, log);
    db = await connect(neo4j.uri);
    await prepareDatabase(db);
  });
  afterAll(async () => {
    await db?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("commits whole batches only, and completes on a rerun without duplicates", async () => {
    const actors = Array.from({ length: 300 }, (_, i) => ({ label: "Firm", externalId: `F-${i}`, name: `Firm ${i}`, population: "TRADER" }));
    const limits = { maxRecords: 1_000, batchSize: 50 };

    const interrupted = await new SyncService(db!, limits).sync({ source: "failure-test", actors }, async (batch) => {
      if (batch.index === 1) await neo4j!.stop();
    });
    expect(interrupted.complete).toBe(false);
    expect(interrupted.batches.map((b) => [b.index, b.committed])).toEqual([[0, true], [1, true], [2, false]]);
    expect(interrupted.counts).toEqual({ CREATED: 100, UPDATED: 0, UNCHANGED: 0, REJECTED: 200, UNKNOWN: 0 });
    const notWritten = interrupted.outcomes.filter((o) => o.outcome === "REJECTED");
    expect(notWritten[0]!.reason).toMatch(/not written: actor batch 2 failed .*Run the same sync again to complete it\./);

    await db!.close();
    neo4j = await startEmbeddedNeo4j(config.neo4j.embedded, log);
    db = await connect(neo4j.uri);
    expect(await countActors(db)).toBe(100);

    const rerun = await new SyncService(db, limits).sync({ source: "failure-test", actors });
    expect(rerun.complete).toBe(true);
    expect(rerun.counts).toEqual({ CREATED: 200, UPDATED: 0, UNCHANGED: 100, REJECTED: 0, UNKNOWN: 0 });
    expect(await countActors(db)).toBe(300);
  });
});
