import { useTestApi } from "../helpers/test-api";

/**
 * Every kind of the model through syncPartnerData, over GraphQL against the real Neo4j: regions
 * with their hierarchy, chains with their home region, stages (HAS_STAGE, FEEDS), and the
 * relationships LOCATED_IN, OPERATES_IN, SUPPORTS → chain; relationships with their own key.
 */
describe("sync of every kind", () => {
  const suite = useTestApi({ SYNC_BATCH_SIZE: "2", SYNC_MAX_RECORDS: "200" });
  const newSource = suite.newSource;

  const SYNC = `
    mutation Sync($source: String!, $regions: [SyncRegionInput!], $chains: [SyncChainInput!], $stages: [SyncStageInput!],
                  $actors: [SyncActorInput!], $relationships: [SyncRelationshipInput!], $dryRun: Boolean! = false) {
      syncPartnerData(source: $source, regions: $regions, chains: $chains, stages: $stages, actors: $actors,
                      relationships: $relationships, dryRun: $dryRun) {
        complete dryRun
        counts { CREATED UPDATED UNCHANGED REJECTED }
        outcomes { kind position key outcome reason id }
      }
    }`;
  type Report = {
    complete: boolean;
    counts: Record<string, number>;
    outcomes: Array<{ kind: string; position: number; key: string; outcome: string; reason: string | null; id: string | null }>;
  };
  const sync = async (variables: Record<string, unknown>): Promise<Report> => (await suite.api.query(SYNC, variables)).syncPartnerData;

  /** Nodes and relationships of a source, and a checksum over them (ends and properties). */
  const state = async (source: string) => {
    const [row] = await suite.api.db.read<{ nodes: number; relationships: number; checksum: string }>(
      {
        name: "test.structureState",
        cypher: `
          CALL () { MATCH (n {source: $source}) WITH n ORDER BY n.externalId
                    RETURN count(n) AS nodes, apoc.util.md5([x IN collect(n {.*}) | apoc.convert.toJson(x)]) AS nodeSum }
          CALL () { MATCH (a)-[r {source: $source}]->(b)
                    WITH a, r, b ORDER BY type(r), a.externalId, b.externalId, r.externalId
                    RETURN count(r) AS relationships,
                           apoc.util.md5([x IN collect([type(r), a.externalId, b.externalId, r.externalId, r.volume]) | apoc.convert.toJson(x)]) AS relSum }
          RETURN nodes, relationships, nodeSum + relSum AS checksum`,
      },
      { source },
    );
    return row!;
  };
  const feeds = async (source: string, chain: string) =>
    (
      await suite.api.db.read<{ pair: string }>(
        {
          name: "test.feeds",
          cypher: `MATCH (c:IndustrialChain {source: $source, externalId: $chain})-[:HAS_STAGE]->(a)-[:FEEDS]->(b)
                   RETURN a.externalId + '>' + b.externalId AS pair ORDER BY pair`,
        },
        { source, chain },
      )
    ).map((r) => r.pair);

  /** Records of every kind, deliberately out of order: children before parents, stages before their chain's firms. */
  const payload = {
    regions: [
      { externalId: "R-district", name: "Yongkang", localName: "永康", level: "DISTRICT", parent: { externalId: "R-city" } },
      { externalId: "R-city", name: "Jinhua", localName: "金华", level: "CITY", parent: { externalId: "R-province" } },
      { externalId: "R-province", name: "Zhejiang", localName: "浙江", level: "PROVINCE", code: "330000" },
    ],
    chains: [{ externalId: "C-1", name: "Hinge chain", localName: "合页产业链", industry: "hardware", region: { externalId: "R-district" } }],
    stages: [
      { externalId: "S-3", chain: { externalId: "C-1" }, name: "Assembly", position: 3, weight: 1, minFirms: 1 },
      { externalId: "S-1", chain: { externalId: "C-1" }, name: "Steel", position: 1, weight: 2, minFirms: 2 },
      { externalId: "S-2", chain: { externalId: "C-1" }, name: "Stamping", position: 2, weight: 1.5, minFirms: 1 },
    ],
    actors: [
      { label: "Firm", externalId: "F-1", name: "Alpha Steel", localName: "阿尔法钢铁", population: "MANUFACTURER" },
      { label: "Firm", externalId: "F-2", name: "Beta Stamping", population: "MANUFACTURER" },
      { label: "Firm", externalId: "F-3", name: "Gamma Steel", population: "MANUFACTURER" },
      { label: "GovernmentAgency", externalId: "G-1", name: "Yongkang Bureau", kind: "LOCAL_GOVERNMENT" },
    ],
    relationships: [
      { type: "OPERATES_IN", from: { externalId: "F-1" }, to: { externalId: "S-1" }, since: "2019-01-01" },
      { type: "OPERATES_IN", from: { externalId: "F-3" }, to: { externalId: "S-1" } },
      { type: "OPERATES_IN", from: { externalId: "F-2" }, to: { externalId: "S-2" } },
      { type: "LOCATED_IN", from: { externalId: "F-1" }, to: { externalId: "R-district" } },
      { type: "LOCATED_IN", from: { externalId: "G-1" }, to: { externalId: "R-city" } },
      { type: "SUPPORTS", from: { externalId: "G-1" }, to: { externalId: "C-1" }, policy: "hinge cluster fund", since: "2020-05-01" },
      { type: "SUPPLIES", from: { externalId: "F-1" }, to: { externalId: "F-2" }, volume: 10 },
    ],
  };

  it("writes every kind in any order, and a second sync reports every record UNCHANGED with the same graph", async () => {
    const source = newSource("every-kind");
    const first = await sync({ source, ...payload });
    expect(first.outcomes.filter((o) => o.outcome === "REJECTED")).toEqual([]);
    expect(first.counts.CREATED).toBe(18);
    const afterFirst = await state(source);
    // 3 + 1 + 3 + 4 nodes; PART_OF 2, ANCHORED_IN 1, HAS_STAGE 3, FEEDS 2, and the 7 relationship records.
    expect(afterFirst.nodes).toBe(11);
    expect(afterFirst.relationships).toBe(15);
    expect(await feeds(source, "C-1")).toEqual(["S-1>S-2", "S-2>S-3"]);

    const second = await sync({ source, ...payload });
    expect(second.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: 18, REJECTED: 0 });
    expect(await state(source)).toEqual(afterFirst);

    const [hierarchy] = await suite.api.db.read<{ path: string[]; anchor: string; supported: boolean }>(
      {
        name: "test.structureShape",
        cypher: `MATCH p = (:Region {source: $source, externalId: 'R-district'})-[:PART_OF*]->(:Region {externalId: 'R-province'})
                 MATCH (c:IndustrialChain {source: $source})-[:ANCHORED_IN]->(anchor:Region)
                 RETURN [n IN nodes(p) | n.localName] AS path, anchor.externalId AS anchor,
                        EXISTS { (:GovernmentAgency {source: $source})-[:SUPPORTS]->(c) } AS supported`,
      },
      { source },
    );
    expect(hierarchy).toEqual({ path: ["永康", "金华", "浙江"], anchor: "R-district", supported: true });
  });

  it("gives the chainCompleteness a hand computation gives for the synced chain", async () => {
    const source = newSource("completeness");
    await sync({ source, ...payload });
    const chainId = (await sync({ source, chains: payload.chains })).outcomes[0]!.id;
    const { chainCompleteness } = await suite.api.query(
      `query($chain: ID!) { chainCompleteness(chain: $chain) { coverage depth linkContinuity gaps { name } } }`,
      { chain: chainId },
    );
    // Stages: S-1 (w 2, θ 2, 2 firms: covered), S-2 (w 1.5, θ 1, 1 firm: covered), S-3 (w 1, θ 1, no firm).
    // CC = (2 + 1.5) / 4.5; CD = (1 + 1 + 0) / 3; LC: pair 1-2 has a SUPPLIES (F-1 → F-2), pair 2-3 none: 1/2.
    expect(chainCompleteness.coverage).toBeCloseTo(3.5 / 4.5, 10);
    expect(chainCompleteness.depth).toBeCloseTo(2 / 3, 10);
    expect(chainCompleteness.linkContinuity).toBeCloseTo(0.5, 10);
    expect(chainCompleteness.gaps.map((g: { name: string }) => g.name)).toEqual(["Assembly"]);
  });

  it("keeps FEEDS in step when a stage is added between two, moved, or retired", async () => {
    const source = newSource("feeds");
    await sync({ source, regions: payload.regions, chains: payload.chains, stages: payload.stages });
    // S-3 moves to 4, a new stage takes 3.
    const moved = await sync({
      source,
      stages: [
        { externalId: "S-3", chain: { externalId: "C-1" }, name: "Assembly", position: 4, weight: 1, minFirms: 1 },
        { externalId: "S-2b", chain: { externalId: "C-1" }, name: "Coating", position: 3, weight: 1, minFirms: 1 },
      ],
    });
    expect(moved.outcomes.map((o) => o.outcome)).toEqual(["UPDATED", "CREATED"]);
    expect(await feeds(source, "C-1")).toEqual(["S-1>S-2", "S-2>S-2b", "S-2b>S-3"]);
    const retired = await sync({ source, stages: [{ externalId: "S-2", chain: { externalId: "C-1" }, name: "Stamping", position: 2, weight: 1.5, minFirms: 1, retired: true }] });
    expect(retired.outcomes[0]!.outcome).toBe("UPDATED");
    expect(await feeds(source, "C-1")).toEqual(["S-1>S-2b", "S-2b>S-3"]);
    // The retired stage left its chain, so its position is free again.
    const reuse = await sync({ source, stages: [{ externalId: "S-2c", chain: { externalId: "C-1" }, name: "Pressing", position: 2, weight: 1, minFirms: 1 }] });
    expect(reuse.counts.CREATED).toBe(1);
    expect(await feeds(source, "C-1")).toEqual(["S-1>S-2c", "S-2b>S-3", "S-2c>S-2b"]);
  });

  it("rejects each kind's bad records with the record and the field, and commits the good ones", async () => {
    const source = newSource("bad-structure");
    await sync({ source, regions: [{ externalId: "R-city", name: "Jinhua", level: "CITY" }] });
    const report = await sync({
      source,
      regions: [
        { externalId: "R-ok", name: "Yiwu", level: "DISTRICT", parent: { externalId: "R-city" } },
        { externalId: "R-up", name: "Zhejiang", level: "PROVINCE", parent: { externalId: "R-city" } },
        { externalId: "R-a", name: "Loop A", level: "DISTRICT", parent: { externalId: "R-b" } },
        { externalId: "R-b", name: "Loop B", level: "DISTRICT", parent: { externalId: "R-a" } },
        { externalId: "R-lost", name: "Nowhere", level: "CITY", parent: { externalId: "R-missing" } },
      ],
      chains: [
        { externalId: "C-ok", name: "Good chain", region: { externalId: "R-ok" } },
        { externalId: "C-bad", name: "Chain in a rejected region", region: { externalId: "R-lost" } },
      ],
      stages: [
        { externalId: "S-1", chain: { externalId: "C-ok" }, name: "One", position: 1, weight: 1, minFirms: 1 },
        { externalId: "S-1b", chain: { externalId: "C-ok" }, name: "Also one", position: 1, weight: 1, minFirms: 1 },
        { externalId: "S-w", chain: { externalId: "C-ok" }, name: "Weightless", position: 2, weight: 0, minFirms: 1 },
        { externalId: "S-m", chain: { externalId: "C-ok" }, name: "No firms needed", position: 3, weight: 1, minFirms: 0 },
        { externalId: "S-x", chain: { externalId: "C-missing" }, name: "Orphan", position: 1, weight: 1, minFirms: 1 },
      ],
      actors: [{ label: "Firm", externalId: "F-1", name: "Alpha", population: "TRADER" }],
      relationships: [
        { type: "OPERATES_IN", from: { externalId: "F-1" }, to: { externalId: "S-1" } },
        { type: "OPERATES_IN", from: { externalId: "F-1" }, to: { externalId: "S-w" } },
        { type: "LOCATED_IN", from: { externalId: "F-1" }, to: { externalId: "C-ok" } },
      ],
    });
    const reasons = Object.fromEntries(report.outcomes.filter((o) => o.outcome === "REJECTED").map((o) => [`${o.kind} ${o.key}`, o.reason]));
    expect(Object.keys(reasons).sort()).toEqual(
      ["REGION R-up", "REGION R-a", "REGION R-b", "REGION R-lost", "CHAIN C-bad", "STAGE S-1b", "STAGE S-w", "STAGE S-m", "STAGE S-x",
        "RELATIONSHIP OPERATES_IN ${source}/F-1 -> ${source}/S-w", "RELATIONSHIP LOCATED_IN ${source}/F-1 -> ${source}/C-ok"]
        .map((k) => k.replace(/\$\{source\}/g, source)).sort(),
    );
    expect(reasons["REGION R-up"]).toMatch(/region 1 \(R-up\): level PROVINCE does not fit under its parent .*R-city \(CITY\)/);
    expect(reasons["REGION R-a"]).toMatch(/cycle: R-a → R-b → R-a/);
    expect(reasons["REGION R-lost"]).toMatch(/parent .*R-missing does not exist/);
    expect(reasons["CHAIN C-bad"]).toMatch(/its region .*R-lost is rejected in this request/);
    expect(reasons["STAGE S-1b"]).toMatch(/position 1 is already taken .* by stage 0 \(S-1\)/);
    expect(reasons["STAGE S-w"]).toMatch(/weight must be a number above 0/);
    expect(reasons["STAGE S-m"]).toMatch(/minFirms must be a number from 1/);
    expect(reasons["STAGE S-x"]).toMatch(/chain .*C-missing does not exist/);
    expect(reasons[`RELATIONSHIP OPERATES_IN ${source}/F-1 -> ${source}/S-w`]).toMatch(/its to end S-w was rejected in this request \(stage 2 \(S-w\): weight/);
    expect(reasons[`RELATIONSHIP LOCATED_IN ${source}/F-1 -> ${source}/C-ok`]).toMatch(/to end .* is a IndustrialChain, but LOCATED_IN goes from a Actor to a Region/);
    expect(report.counts).toEqual({ CREATED: 5, UPDATED: 0, UNCHANGED: 0, REJECTED: 11 });
    // A stored stage holds its position against a new one.
    const clash = await sync({ source, stages: [{ externalId: "S-9", chain: { externalId: "C-ok" }, name: "Nine", position: 1, weight: 1, minFirms: 1 }] });
    expect(clash.outcomes[0]!.reason).toMatch(/position 1 is already taken .* by stored stage .*S-1 \(One\)/);
    // A stored sub-region bounds its parent's new level.
    const demote = await sync({ source, regions: [{ externalId: "R-city", name: "Jinhua", level: "DISTRICT" }] });
    expect(demote.outcomes[0]!.reason).toMatch(/level DISTRICT is not above that of its sub-region .*R-ok \(DISTRICT\)/);
  });

  it("keeps two SUPPLIES between one pair apart by their own externalId", async () => {
    const source = newSource("keyed");
    const firms = [
      { label: "Firm", externalId: "F-1", name: "Alpha", population: "MANUFACTURER" },
      { label: "Firm", externalId: "F-2", name: "Beta", population: "TRADER" },
      { label: "Firm", externalId: "F-3", name: "Gamma", population: "TRADER" },
    ];
    const contracts = [
      { type: "SUPPLIES", externalId: "K-1", from: { externalId: "F-1" }, to: { externalId: "F-2" }, volume: 10, since: "2020-01-01" },
      { type: "SUPPLIES", externalId: "K-2", from: { externalId: "F-1" }, to: { externalId: "F-2" }, volume: 5, since: "2022-01-01" },
    ];
    const first = await sync({ source, actors: firms, relationships: contracts });
    expect(first.counts).toEqual({ CREATED: 5, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 });
    const again = await sync({ source, relationships: [contracts[0], { ...contracts[1], volume: 7 }] });
    expect(again.outcomes.map((o) => o.outcome)).toEqual(["UNCHANGED", "UPDATED"]);
    const stored = await suite.api.db.read<{ key: string; volume: number }>(
      {
        name: "test.keyedSupplies",
        cypher: "MATCH (:Firm {source: $source, externalId: 'F-1'})-[r:SUPPLIES]->(:Firm {externalId: 'F-2'}) RETURN r.externalId AS key, r.volume AS volume ORDER BY key",
      },
      { source },
    );
    expect(stored).toEqual([{ key: "K-1", volume: 10 }, { key: "K-2", volume: 7 }]);

    const conflicts = await sync({
      source,
      relationships: [
        { type: "SUPPLIES", from: { externalId: "F-1" }, to: { externalId: "F-2" }, volume: 1 },
        { type: "SUPPLIES", externalId: "K-1", from: { externalId: "F-1" }, to: { externalId: "F-3" }, volume: 1 },
        { type: "SUPPLIES", from: { externalId: "F-1" }, to: { externalId: "F-3" }, volume: 3 },
      ],
    });
    expect(conflicts.outcomes.map((o) => o.outcome)).toEqual(["REJECTED", "REJECTED", "CREATED"]);
    expect(conflicts.outcomes[0]!.reason).toMatch(/already have SUPPLIES relationships with their own externalId: give this record its externalId too/);
    expect(conflicts.outcomes[1]!.reason).toMatch(/externalId "K-1" of SUPPLIES already joins other ends \(F-1 -> F-2\)/);
  });

  it("answers a dry run of every kind with the outcomes of the real sync, writing nothing", async () => {
    const source = newSource("dry-structure");
    const dry = await sync({ source, ...payload, dryRun: true });
    expect(dry.outcomes.filter((o) => o.outcome === "REJECTED")).toEqual([]);
    expect(dry.counts.CREATED).toBe(18);
    expect((await state(source)).nodes).toBe(0);
  });
});
