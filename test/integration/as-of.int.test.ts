import { buildSeedData, SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import type { SeedRelationship } from "../../seed/seed-types";
import { startTestApi, type TestApi } from "../helpers/test-api";

/**
 * "As of a date" (issue 14) against hand computations on the sample data: the expected numbers
 * are worked out here from the seed's own records with the rule of src/metrics/as-of.ts written
 * out again in TypeScript (a relationship is active on D when since ≤ D and until ≥ D or none;
 * an actor existed when founded by D's year), not read back from the code under test.
 */

const seed = buildSeedData();
const id = seedNodeId;
const nodeByKey = new Map(seed.nodes.map((node) => [node.key, node]));
const rels = (type: SeedRelationship["type"]) => seed.relationships.filter((r) => r.type === type);
const text = (value: unknown) => (typeof value === "string" ? value : null);

function activeOn(r: SeedRelationship, day: string | null): boolean {
  const since = text(r.props?.["since"]);
  const until = text(r.props?.["until"]);
  if (day === null) return until === null;
  return (since === null || since <= day) && (until === null || until >= day);
}
function existedOn(key: string, day: string | null): boolean {
  const founded = nodeByKey.get(key)?.props["foundedYear"];
  return day === null || typeof founded !== "number" || founded <= Number(day.slice(0, 4));
}

/** Active members of a platform on a day (firm keys). */
function membersOn(platformKey: string, day: string | null): Set<string> {
  return new Set(rels("MEMBER_OF").filter((r) => r.to === platformKey && activeOn(r, day) && existedOn(r.from, day)).map((r) => r.from));
}

/** The ecosystem's actors as DESIGN.md defines them, on a day (keys). */
function ecosystemOn(platformKey: string, day: string | null): Set<string> {
  const members = membersOn(platformKey, day);
  const actors = new Set<string>([platformKey, ...members]);
  for (const r of rels("PARTNERS_WITH")) if (r.to === platformKey && activeOn(r, day)) actors.add(r.from);
  for (const r of rels("SERVES")) if (members.has(r.to) && activeOn(r, day)) actors.add(r.from);
  for (const r of rels("SUPPORTS")) if (r.to === platformKey && activeOn(r, day)) actors.add(r.from);
  return new Set([...actors].filter((key) => existedOn(key, day)));
}

const DIYIQIANG = SEED_FACTS.diyiqiangPlatformKey;
const BEFORE = "2020-06-30";
const AFTER = "2022-06-30";

/** A Diyiqiang membership that began by 2020 and ended in 2021, of a firm with no other Diyiqiang membership. */
const ended2021 = rels("MEMBER_OF").find(
  (r) =>
    r.to === DIYIQIANG &&
    text(r.props?.["until"])?.startsWith("2021-") &&
    text(r.props?.["since"])! <= BEFORE &&
    existedOn(r.from, BEFORE) &&
    rels("MEMBER_OF").filter((o) => o.to === DIYIQIANG && o.from === r.from).length === 1,
);

describe("asOf: the ecosystem as it stood on a day", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  it("has a membership of the sample data that ended in 2021 to check with", () => {
    expect(ended2021).toBeDefined();
  });

  it("counts a membership that ended in 2021 in 2020 and not in 2022, in the graph, the health figures and the metrics", async () => {
    const firm = id(ended2021!.from);
    const query = `query Q($p: String!, $pid: ID!, $asOf: String) {
      ecosystemGraph(platform: $p, asOf: $asOf, limit: 1000) { asOf actorCount nodes { id } edges { source target type until } }
      ecosystemHealth(platform: $pid, asOf: $asOf) { asOf scope activeMembers membership { activeNow years { year } } }
      brokerage(graph: { platform: $pid, asOf: $asOf }) { actorCount }
    }`;
    for (const day of [BEFORE, AFTER, null]) {
      const data = await api.query(query, { p: id(DIYIQIANG), pid: id(DIYIQIANG), asOf: day });
      const members = membersOn(DIYIQIANG, day);
      const ecosystem = ecosystemOn(DIYIQIANG, day);
      expect(data.ecosystemGraph.asOf).toBe(day);
      expect(data.ecosystemGraph.actorCount).toBe(ecosystem.size);
      expect(new Set(data.ecosystemGraph.nodes.map((n: any) => n.id))).toEqual(new Set([...ecosystem].map(id)));
      expect(data.brokerage.actorCount).toBe(ecosystem.size);
      expect(data.ecosystemHealth).toMatchObject({ asOf: day, activeMembers: members.size });
      expect(data.ecosystemHealth.membership.activeNow).toBe(members.size);
      expect(data.ecosystemHealth.scope).toBe(`the ecosystem of Diyiqiang Group${day === null ? ", today" : ` as of ${day}`}`);
      if (day !== null) expect(Math.max(...data.ecosystemHealth.membership.years.map((y: any) => y.year))).toBeLessThanOrEqual(Number(day.slice(0, 4)));
      const memberEdge = data.ecosystemGraph.edges.find((e: any) => e.type === "MEMBER_OF" && e.source === firm);
      if (day === BEFORE) {
        expect(members.has(ended2021!.from)).toBe(true);
        expect(memberEdge).toMatchObject({ until: ended2021!.props!["until"] });
      } else {
        expect(members.has(ended2021!.from)).toBe(false);
        expect(memberEdge).toBeUndefined();
      }
    }
    // the sample data grew: fewer members in 2020 than today
    expect(membersOn(DIYIQIANG, BEFORE).size).toBeLessThan(membersOn(DIYIQIANG, null).size);
  });

  it("measures chain completeness among the members of that day", async () => {
    const chainKey = SEED_FACTS.diyiqiangChainKeys[0]!;
    const stages = rels("HAS_STAGE").filter((r) => r.from === chainKey).map((r) => r.to);
    for (const day of [BEFORE, AFTER]) {
      const { chainCompleteness } = await api.query(
        `query C($c: ID!, $p: ID!, $asOf: String) { chainCompleteness(chain: $c, platform: $p, asOf: $asOf) {
          scope { kind asOf description } perStage { stageId firmCount } } }`,
        { c: id(chainKey), p: id(DIYIQIANG), asOf: day },
      );
      const members = membersOn(DIYIQIANG, day);
      const expected = Object.fromEntries(
        stages.map((stage) => [id(stage), new Set(rels("OPERATES_IN").filter((r) => r.to === stage && members.has(r.from)).map((r) => r.from)).size]),
      );
      expect(Object.fromEntries(chainCompleteness.perStage.map((s: any) => [s.stageId, s.firmCount]))).toEqual(expected);
      expect(chainCompleteness.scope).toEqual({ kind: "PLATFORM_MEMBERS", asOf: day, description: `active members of Diyiqiang Group as of ${day}` });
    }
  });

  it("refuses a day that does not exist, with the rule, and changes nothing", async () => {
    const body = await api.request(`{ ecosystemHealth(platform: "${id(DIYIQIANG)}", asOf: "2021-02-29") { activeMembers } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain('asOf must be a calendar date YYYY-MM-DD that exists (e.g. "2020-06-30"), but got: "2021-02-29"');
    const graph = await api.request(`{ ecosystemGraph(platform: "${id(DIYIQIANG)}", asOf: "June 2020") { actorCount } }`);
    expect(graph.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("ecosystemTrend and compareEcosystems", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  const FIGURES = `platform { id name } asOf scope activeMembers diversity evenness supplyHhi serviceHhi keystoneFallOutShare
    serviceCoverage { category selfImprovement servedMembers share lostWithoutPlatform } chains { chain { id name } coverage depth linkContinuity gaps }`;

  it("gives per year the members of that day, and each point equals ecosystemHealth and chainCompleteness as of its day", async () => {
    const { ecosystemTrend: trend } = await api.query(
      `{ ecosystemTrend(platform: "Diyiqiang Group", from: "2019-06-30", to: "2023-06-30", step: YEAR) { from to step points { ${FIGURES} } } }`,
    );
    expect(trend.points.map((p: any) => p.asOf)).toEqual(["2019-06-30", "2020-06-30", "2021-06-30", "2022-06-30", "2023-06-30"]);
    expect(trend.points.map((p: any) => p.activeMembers)).toEqual(trend.points.map((p: any) => membersOn(DIYIQIANG, p.asOf).size));
    expect(trend.points[0].chains.length).toBeGreaterThan(0);
    for (const point of [trend.points[1], trend.points[3]]) {
      const { ecosystemHealth: health } = await api.query(
        `query H($p: ID!, $d: String) { ecosystemHealth(platform: $p, asOf: $d) { populationBalance { diversity evenness }
          supplyConcentration { hhi } keystoneDependence { largestComponent { fallOutShare } } serviceCoverage { category share } } }`,
        { p: id(DIYIQIANG), d: point.asOf },
      );
      expect(point.diversity).toBe(health.populationBalance.diversity);
      expect(point.evenness).toBe(health.populationBalance.evenness);
      expect(point.supplyHhi).toBe(health.supplyConcentration.hhi);
      expect(point.keystoneFallOutShare).toBe(health.keystoneDependence.largestComponent.fallOutShare);
      expect(point.serviceCoverage.map((c: any) => [c.category, c.share])).toEqual(health.serviceCoverage.map((c: any) => [c.category, c.share]));
      for (const chain of point.chains) {
        const { chainCompleteness } = await api.query(
          `query C($c: ID!, $p: ID!, $d: String) { chainCompleteness(chain: $c, platform: $p, asOf: $d) { coverage depth linkContinuity } }`,
          { c: chain.chain.id, p: id(DIYIQIANG), d: point.asOf },
        );
        expect([chain.coverage, chain.depth, chain.linkContinuity]).toEqual([chainCompleteness.coverage, chainCompleteness.depth, chainCompleteness.linkContinuity]);
      }
    }
    // the self-improvement services come first
    expect(trend.points[0].serviceCoverage.slice(0, 5).every((c: any) => c.selfImprovement)).toBe(true);
  });

  it("refuses a trend that runs backwards or holds too many days", async () => {
    const backwards = await api.request(`{ ecosystemTrend(platform: "Diyiqiang Group", from: "2023-01-01", to: "2020-01-01") { from } }`);
    expect(backwards.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(backwards.errors?.[0]?.message).toContain("from must not be after to");
    const long = await api.request(`{ ecosystemTrend(platform: "Diyiqiang Group", from: "2000-01-01", to: "2020-01-01", step: MONTH) { from } }`);
    expect(long.errors?.[0]?.message).toContain("A trend holds at most 60 days");
  });

  it("puts the three ecosystems side by side and lists the actors they share, by population", async () => {
    const platforms = SEED_FACTS.platformKeys.map((key) => id(key));
    const { compareEcosystems: comparison } = await api.query(
      `query C($p: [String!]!, $d: String) { compareEcosystems(platforms: $p, asOf: $d) { asOf ecosystems { ${FIGURES} }
        shared { population count actors { id name label platformIds } } } }`,
      { p: platforms, d: AFTER },
    );
    expect(comparison.asOf).toBe(AFTER);
    expect(comparison.ecosystems.map((e: any) => e.platform.id)).toEqual(platforms);
    expect(comparison.ecosystems.map((e: any) => e.activeMembers)).toEqual(SEED_FACTS.platformKeys.map((key) => membersOn(key, AFTER).size));

    const ecosystems = SEED_FACTS.platformKeys.map((key) => ecosystemOn(key, AFTER));
    const platformSet = new Set<string>(SEED_FACTS.platformKeys);
    const everyone = new Set(ecosystems.flatMap((e) => [...e]));
    const shared = [...everyone].filter((key) => !platformSet.has(key) && ecosystems.filter((e) => e.has(key)).length > 1);
    const byPopulation: Record<string, number> = {};
    for (const key of shared) {
      const population = String(nodeByKey.get(key)!.props["population"]);
      byPopulation[population] = (byPopulation[population] ?? 0) + 1;
    }
    expect(Object.fromEntries(comparison.shared.map((s: any) => [s.population, s.count]))).toEqual(byPopulation);
    for (const group of comparison.shared) {
      for (const actor of group.actors) {
        const key = shared.find((k) => id(k) === actor.id)!;
        expect(actor.platformIds).toEqual(SEED_FACTS.platformKeys.filter((_, i) => ecosystems[i]!.has(key)).map((k) => id(k)));
      }
    }
    expect(shared.length).toBeGreaterThan(0);
  });

  it("refuses a comparison of one platform or of the same platform twice", async () => {
    const one = await api.request(`{ compareEcosystems(platforms: ["Diyiqiang Group"]) { asOf } }`);
    expect(one.errors?.[0]?.message).toContain("platforms must name 2 to 10 platforms");
    const twice = await api.request(`{ compareEcosystems(platforms: ["Diyiqiang Group", "${id(DIYIQIANG)}"]) { asOf } }`);
    expect(twice.errors?.[0]?.message).toContain("twice");
  });
});
