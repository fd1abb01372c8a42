import { SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import { startTestApi, type TestApi } from "../helpers/test-api";

/**
 * One way to name a platform, chain or region everywhere (ScopeNames): an id or an exact name,
 * the same answer either way, NOT_FOUND for an unknown one, and `platform: null` acting like a
 * left-out argument whether the metric cache is cold or warm.
 */
describe("naming platforms, chains and regions", () => {
  let api: TestApi;
  const diyiqiangId = seedNodeId(SEED_FACTS.diyiqiangPlatformKey);
  const hardwareChainId = seedNodeId(SEED_FACTS.singleFirmStage.chainKey);
  const CHAIN = `query C($chain: ID!, $platform: ID, $region: ID) {
    chainCompleteness(chain: $chain, platform: $platform, region: $region) { chain { id name } coverage depth linkContinuity gaps { stageId } }
  }`;

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  it("gives the same answer for an id and an exact name, at every entry point", async () => {
    const byName = await api.query(
      `{ chainCompleteness(chain: "Yongkang hardware chain", platform: "Diyiqiang Group") { chain { id } coverage }
         ecosystemHealth(platform: "Diyiqiang Group") { platform { id } activeMembers }
         ecosystemServices(platform: "Diyiqiang Group") { platform { id } activeMembers }
         centralityRanking(measure: DEGREE, top: 3, graph: { platform: "Diyiqiang Group" }) { id score }
         reportServiceCoverage(platform: "Diyiqiang Group") { category share } }`,
    );
    const byId = await api.query(
      `query($p: ID!, $c: ID!, $ps: String!) { chainCompleteness(chain: $c, platform: $p) { chain { id } coverage }
         ecosystemHealth(platform: $p) { platform { id } activeMembers }
         ecosystemServices(platform: $ps) { platform { id } activeMembers }
         centralityRanking(measure: DEGREE, top: 3, graph: { platform: $p }) { id score }
         reportServiceCoverage(platform: $p) { category share } }`,
      { p: diyiqiangId, ps: diyiqiangId, c: hardwareChainId },
    );
    expect(byName).toEqual(byId);
    expect(byName.chainCompleteness.chain.id).toBe(hardwareChainId);
    expect(byName.ecosystemHealth.platform.id).toBe(diyiqiangId);
  });

  it.each([
    ["an unknown chain", { chain: "No Such Chain" }, 'No industrial chain has the id or name "No Such Chain" (chain)'],
    ["an unknown platform", { chain: "Yongkang hardware chain", platform: "nope" }, 'No platform has the id or name "nope" (platform)'],
    ["an unknown region", { chain: "Yongkang hardware chain", region: "Atlantis" }, 'No region has the id or name "Atlantis" (region)'],
  ])("refuses %s with NOT_FOUND and the query that lists the valid ones", async (_what, variables, message) => {
    const body = await api.request(CHAIN, variables);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(body.errors?.[0]?.message).toContain(message);
    expect(body.errors?.[0]?.message).toMatch(/List them with the query \{ \w+ \{ id name/);
  });

  it("treats platform: null like a left-out platform, with the metric cache cold and warm", async () => {
    const leftOut = { chain: hardwareChainId };
    const withNull = { chain: hardwareChainId, platform: null };
    const withNullAndRegion = { chain: hardwareChainId, platform: null, region: "Yongkang" };
    const regionOnly = { chain: hardwareChainId, region: "Yongkang" };
    // Mutations empty the metric cache: start cold.
    await api.query(`mutation { runMetrics(metrics: [DEGREE], graph: { platform: "HC360" }) { id } }`);
    const coldNull = await api.query(CHAIN, withNull);
    const warmLeftOut = await api.query(CHAIN, leftOut);
    const warmNull = await api.query(CHAIN, withNull);
    expect(coldNull).toEqual(warmLeftOut);
    expect(warmNull).toEqual(warmLeftOut);
    await api.query(`mutation { runMetrics(metrics: [DEGREE], graph: { platform: "HC360" }) { id } }`);
    const coldNullRegion = await api.query(CHAIN, withNullAndRegion);
    expect(coldNullRegion).toEqual(await api.query(CHAIN, regionOnly));

    const rankingNull = await api.query(`{ centralityRanking(measure: DEGREE, top: 5, graph: { platform: null }) { id score } }`);
    const rankingWhole = await api.query(`{ centralityRanking(measure: DEGREE, top: 5) { id score } }`);
    expect(rankingNull).toEqual(rankingWhole);
  });

  it("refuses a name shared by two platforms, listing their ids", async () => {
    const source = `test-scope-names-${Date.now()}`;
    try {
      await api.query(
        `mutation($s: String!) { syncPartnerData(source: $s, actors: [
          { label: Platform, externalId: "A", name: "Twin Exchange" }, { label: Platform, externalId: "B", name: "Twin Exchange" }]) { complete } }`,
        { s: source },
      );
      const body = await api.request(`{ ecosystemHealth(platform: "Twin Exchange") { activeMembers } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(body.errors?.[0]?.message).toMatch(/The name "Twin Exchange" belongs to 2 platforms \(ids .+, .+\); give platform as an id instead\./);
    } finally {
      await api.db.write({ name: "test.scopeNames.cleanup", cypher: "MATCH (n {source: $source}) DETACH DELETE n" }, { source });
    }
  });
});
