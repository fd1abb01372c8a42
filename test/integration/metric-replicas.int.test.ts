import { randomUUID } from "node:crypto";
import { BUMP_GRAPH_VERSION } from "../../src/db/graph-version";
import { removeTestData, startTestApi, uniqueSource, type TestApi } from "../helpers/test-api";

/**
 * Replica invalidation (issue 12): two API instances on one Neo4j, each with its own driver,
 * cache and worker pool. A cached metric on B must follow a committed write made through A's
 * write layer, and a plain-Cypher write that bumps the graph version as documented in
 * src/db/graph-version.ts, even when the write changes only a property.
 */
describe("metric cache across replicas", () => {
  let a: TestApi;
  let b: TestApi;
  const source = uniqueSource("replicas");
  const platform = `p-${randomUUID()}`;
  const supplier = `f1-${randomUUID()}`;
  const buyer = `f2-${randomUUID()}`;

  beforeAll(async () => {
    a = await startTestApi();
    b = await startTestApi();
    await a.db.write(
      {
        name: "test.replicaGraph",
        cypher: `
          CREATE (p:Platform:Actor {id: $platform, name: "Replica platform", source: $source, population: "PLATFORM"})
          CREATE (s:Firm:Actor {id: $supplier, name: "Replica supplier", source: $source, population: "FIRM"})
          CREATE (t:Firm:Actor {id: $buyer, name: "Replica buyer", source: $source, population: "FIRM"})
          CREATE (s)-[:MEMBER_OF {since: date("2020-01-01")}]->(p)
          CREATE (t)-[:MEMBER_OF {since: date("2020-01-01")}]->(p)
          CREATE (s)-[:SUPPLIES {volume: 5.0, since: date("2020-01-01")}]->(t)`,
      },
      { platform, supplier, buyer, source },
    );
  });
  afterAll(async () => {
    if (a) await removeTestData(a.db, source);
    await a?.close();
    await b?.close();
  });

  const supplierStrength = async (api: TestApi) => {
    const { centralityRanking } = await api.query(
      `query R($graph: GraphSelectionInput) { centralityRanking(measure: WEIGHTED_DEGREE, top: 10, graph: $graph) { id score } }`,
      { graph: { platform, weighted: true, relationshipTypes: ["SUPPLIES"] } },
    );
    return centralityRanking.find((r: { id: string }) => r.id === supplier)?.score;
  };

  it("B serves the new value after a property-only write committed through A's write layer", async () => {
    expect(await supplierStrength(b)).toBe(5);
    expect(await supplierStrength(b)).toBe(5); // now cached on B
    await a.db.write(
      { name: "test.changeVolume", cypher: "MATCH (:Firm {id: $supplier})-[r:SUPPLIES]->(:Firm {id: $buyer}) SET r.volume = 8.0" },
      { supplier, buyer },
    );
    expect(await supplierStrength(b)).toBe(8);
  });

  it("B follows a plain-Cypher write (raw driver, no Ecograph code) that bumps the version as documented", async () => {
    expect(await supplierStrength(b)).toBe(8);
    const session = a.db.driver.session();
    try {
      await session.executeWrite(async (tx) => {
        await tx.run("MATCH (:Firm {id: $supplier})-[r:SUPPLIES]->(:Firm {id: $buyer}) SET r.volume = 13.0", { supplier, buyer });
        await tx.run(BUMP_GRAPH_VERSION.cypher);
      });
    } finally {
      await session.close();
    }
    expect(await supplierStrength(b)).toBe(13);
    expect(await supplierStrength(a)).toBe(13);
  });

  it("B sees a membership ended through A: the ended member leaves B's ecosystem graph", async () => {
    const members = async (api: TestApi) => {
      const { centralityRanking } = await api.query(
        `query R($graph: GraphSelectionInput) { centralityRanking(measure: DEGREE, top: 10, graph: $graph) { id } }`,
        { graph: { platform } },
      );
      return centralityRanking.map((r: { id: string }) => r.id).sort();
    };
    expect(await members(b)).toEqual([buyer, platform, supplier].sort());
    await a.db.write(
      { name: "test.endMembership", cypher: "MATCH (:Firm {id: $buyer})-[m:MEMBER_OF]->(:Platform {id: $platform}) SET m.until = date('2024-01-01')" },
      { buyer, platform },
    );
    expect(await members(b)).toEqual([platform, supplier].sort());
    const health = await b.query(`query H($p: ID!) { ecosystemHealth(platform: $p) { activeMembers } }`, { p: platform });
    expect(health.ecosystemHealth.activeMembers).toBe(1);
  });
});
