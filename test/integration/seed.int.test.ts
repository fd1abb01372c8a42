import { buildSeedData, SEED_FACTS } from "../../seed/ecosystems";
import { COUNT_SEEDED, loadSeed, seedNodeId } from "../../seed/load-seed";
import { seedRecords } from "../../seed/seed-records";
import { SEED_SOURCE } from "../../seed/seed-types";
import type { Database } from "../../src/db/database";
import { connectTestDatabase } from "../helpers/test-neo4j";

/** The seed goes through the sync: loading it again changes nothing, not even `updatedAt`. */
describe("seed", () => {
  let db: Database;
  beforeAll(async () => {
    db = await connectTestDatabase();
  });
  afterAll(async () => db?.close());

  const snapshot = async () => {
    const [counts] = await db.read<{ nodes: number; relationships: number }>(COUNT_SEEDED, { source: SEED_SOURCE });
    const [stamps] = await db.read<{ checksum: string }>(
      {
        name: "test.seedChecksum",
        cypher: `MATCH (n {source: $source})
                 WITH n ORDER BY n.externalId
                 RETURN reduce(s = "", x IN collect(n.externalId + "@" + toString(n.updatedAt) + "/" + n.id) | s + x + ";") AS checksum`,
      },
      { source: SEED_SOURCE },
    );
    return { ...counts!, checksum: stamps!.checksum };
  };

  it("has loaded the sample ecosystems: hundreds of actors, over a thousand relationships", async () => {
    const [row] = await db.read<{ actors: number }>({
      name: "test.countSeedActors",
      cypher: "MATCH (n:Actor {source: $source}) RETURN count(n) AS actors",
    }, { source: SEED_SOURCE });
    expect(row!.actors).toBe(SEED_FACTS.counts.actors);
    const { relationships } = await snapshot();
    expect(relationships).toBe(buildSeedData().relationships.length);
    expect(relationships).toBeGreaterThan(1000);
  });

  it("changes nothing when run a second time: same counts, same ids, same updatedAt", async () => {
    const before = await snapshot();
    const report = await loadSeed(db, buildSeedData());
    const after = await snapshot();
    expect(report.createdNodes).toBe(0);
    expect(report.createdRelationships).toBe(0);
    const records = Object.values(seedRecords(buildSeedData())).filter(Array.isArray).reduce((sum, list) => sum + list.length, 0);
    expect(report.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: records, REJECTED: 0, UNKNOWN: 0 });
    expect(after).toEqual(before);
  });

  it("keeps the documented counts and ids: 343 actors, 395 nodes, 2,337 relationships, ids derived from the seed keys", async () => {
    const { nodes, relationships } = await snapshot();
    expect(nodes).toBe(395);
    expect(relationships).toBe(2_337);
    const [platform] = await db.read<{ id: string }>(
      { name: "test.seedPlatformId", cypher: "MATCH (p:Platform {source: $source, externalId: $key}) RETURN p.id AS id" },
      { source: SEED_SOURCE, key: SEED_FACTS.diyiqiangPlatformKey },
    );
    expect(platform!.id).toBe(seedNodeId(SEED_FACTS.diyiqiangPlatformKey));
    // FEEDS, derived by the sync from the stages' positions, runs stage 1 → 2 → ... in each chain.
    const feeds = await db.read<{ chain: string; pairs: number[][] }>(
      {
        name: "test.seedFeeds",
        cypher: `MATCH (c:IndustrialChain {source: $source})-[:HAS_STAGE]->(a)-[:FEEDS]->(b)<-[:HAS_STAGE]-(c)
                 WITH c, a, b ORDER BY a.position
                 RETURN c.externalId AS chain, collect([a.position, b.position]) AS pairs ORDER BY chain`,
      },
      { source: SEED_SOURCE },
    );
    for (const { pairs } of feeds) expect(pairs).toEqual(pairs.map((_, i) => [i + 1, i + 2]));
  });
});
