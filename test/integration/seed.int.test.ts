import { buildSeedData, SEED_FACTS } from "../../seed/ecosystems";
import { COUNT_SEEDED, loadSeed } from "../../seed/load-seed";
import { SEED_SOURCE } from "../../seed/seed-types";
import type { Database } from "../../src/db/database";
import { connectTestDatabase } from "../helpers/test-neo4j";

/** The seed is MERGE-based: loading it again changes nothing, not even `updatedAt`. */
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
    expect(after).toEqual(before);
  });
});
