import { buildSeedData, SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import { removeTestData, startTestApi, uniqueSource, type TestApi } from "../helpers/test-api";

/**
 * The generated CRUD and the code-first queries over HTTP against the real Neo4j, on the sample
 * ecosystems the global setup loaded. Tests that write use a `source` of their own and remove
 * what they wrote.
 */
describe("GraphQL API over the sample ecosystems", () => {
  let api: TestApi;
  const seed = buildSeedData();
  const diyiqiangId = seedNodeId(SEED_FACTS.diyiqiangPlatformKey);

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await api?.close();
  });

  it("answers a nested query: platform → member firms → the providers that serve them", async () => {
    const data = await api.query(
      `query Nested($id: ID!) {
        platforms(where: { id: { eq: $id } }) {
          name
          membersConnection(where: { edge: { until: { eq: null } } }) {
            totalCount
            edges {
              properties { since tier }
              node { name servedByConnection { edges { properties { category } node { name categories } } } }
            }
          }
        }
      }`,
      { id: diyiqiangId },
    );
    const [platform] = data.platforms;
    expect(platform.name).toBe("Diyiqiang Group");
    expect(platform.membersConnection.totalCount).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
    const services = platform.membersConnection.edges.flatMap((m: any) => m.node.servedByConnection.edges);
    expect(services.length).toBeGreaterThan(100);
    // A provider serves a firm only in a category it offers.
    for (const service of services) {
      expect(service.node.categories).toContain(service.properties.category);
    }
  });

  it("filters by population, by service category and by region", async () => {
    const expectedManufacturers = seed.nodes.filter((n) => n.label === "Firm" && n.props.population === "MANUFACTURER").length;
    const legalProviders = seed.nodes.filter(
      (n) => n.label === "ServiceProvider" && (n.props.categories as string[]).includes("LEGAL"),
    ).length;

    const data = await api.query(`{
      manufacturers: firmsConnection(where: { population: { eq: MANUFACTURER }, source: { eq: "ecograph-seed" } }) { totalCount }
      legal: serviceProviders(where: { categories: { includes: LEGAL }, source: { eq: "ecograph-seed" } }) { name categories }
      inYongkang: firms(where: { locatedIn: { some: { name: { eq: "Yongkang" } } } }) { name locatedIn { name } }
    }`);
    expect(data.manufacturers.totalCount).toBe(expectedManufacturers);
    expect(data.legal).toHaveLength(legalProviders);
    for (const provider of data.legal) expect(provider.categories).toContain("LEGAL");
    expect(data.inYongkang.length).toBeGreaterThan(10);
    for (const firm of data.inYongkang) expect(firm.locatedIn.map((r: any) => r.name)).toContain("Yongkang");
  });

  it("pages through firms with cursors: every firm once, in order, with a stable total", async () => {
    const seenNames: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = -1;
    do {
      const data: any = await api.query(
        `query Page($after: String) {
          firmsConnection(first: 50, after: $after, sort: [{ name: ASC }], where: { source: { eq: "ecograph-seed" } }) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor node { name } }
          }
        }`,
        { after },
      );
      const page = data.firmsConnection;
      total = page.totalCount;
      seenNames.push(...page.edges.map((e: any) => e.node.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null && pages < 100);

    expect(total).toBe(SEED_FACTS.counts.firms);
    expect(seenNames).toHaveLength(total);
    expect(pages).toBe(Math.ceil(total / 50));
    expect([...seenNames].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(seenNames);
  });

  it("aggregates over a connection", async () => {
    const data = await api.query(`{
      firmsConnection(where: { source: { eq: "ecograph-seed" } }) {
        aggregate { count { nodes } node { name { shortest } } }
      }
    }`);
    expect(data.firmsConnection.aggregate.count.nodes).toBe(SEED_FACTS.counts.firms);
    expect(typeof data.firmsConnection.aggregate.node.name.shortest).toBe("string");
  });

  it("searches names and descriptions with the full-text index, best match first", async () => {
    const data = await api.query(`{
      firmsByName(phrase: "hinge", first: 5) { edges { score node { name description } } }
    }`);
    const hits = data.firmsByName.edges;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(`${hit.node.name} ${hit.node.description}`.toLowerCase()).toContain("hinge");
    const scores = hits.map((h: any) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("groups the providers serving Diyiqiang's members by service category in one query", async () => {
    const data = await api.query(`{
      ecosystemServices(platform: "Diyiqiang Group") {
        platform { id name }
        activeMembers
        categories { category firmsServed shareOfMembersServed providers { name firmsServed } }
      }
    }`);
    const result = data.ecosystemServices;
    expect(result.platform.id).toBe(diyiqiangId);
    expect(result.activeMembers).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
    const categories = result.categories.map((c: any) => c.category);
    expect(categories.slice(0, 5)).toEqual(["FINANCING", "INDUSTRIAL_RESEARCH", "PROFESSIONAL_SUPPORT", "LEGAL", "BRANDING"]);
    const byCategory = Object.fromEntries(result.categories.map((c: any) => [c.category, c]));
    // The seed's under-served category comes out as low coverage.
    expect(byCategory.LEGAL.shareOfMembersServed).toBeLessThan(0.1);
    expect(byCategory.FINANCING.shareOfMembersServed).toBeGreaterThan(0.4);
    for (const group of result.categories) {
      expect(group.firmsServed).toBeLessThanOrEqual(result.activeMembers);
      for (const provider of group.providers) expect(provider.firmsServed).toBeLessThanOrEqual(group.firmsServed);
    }
  });

  it("says clearly when the platform asked for does not exist", async () => {
    const body = await api.request(`{ ecosystemServices(platform: "No Such Platform") { activeMembers } }`);
    expect(body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(body.errors?.[0]?.message).toContain('No platform has the id or name "No Such Platform"');
  });

  describe("writes", () => {
    const source = uniqueSource("api");
    afterAll(async () => removeTestData(api.db, source));

    it("creates a firm with relationships through the generated mutation", async () => {
      const data = await api.query(
        `mutation Create($source: String!) {
          createFirms(input: [{
            name: "Test Valve Works", population: MANUFACTURER, source: $source, externalId: "V-1", size: SMALL,
            memberOf: { connect: [{ where: { node: { name: { eq: "Diyiqiang Group" } } }, edge: { since: "2024-05-01", tier: "basic" } }] }
          }]) { firms { id name createdAt memberOf { name } } }
        }`,
        { source },
      );
      const [firm] = data.createFirms.firms;
      expect(firm.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(firm.memberOf).toEqual([{ name: "Diyiqiang Group" }]);
    });

    it("answers a duplicate (source, externalId) with a clear error and writes nothing", async () => {
      const count = async () =>
        (await api.query(`query C($s: String!) { firmsConnection(where: { source: { eq: $s } }) { totalCount } }`, { s: source }))
          .firmsConnection.totalCount;
      const before = await count();

      const body = await api.request(
        `mutation Dup($source: String!) {
          createFirms(input: [
            { name: "Fresh Firm", population: TRADER, source: $source, externalId: "V-2" },
            { name: "Clashing Firm", population: TRADER, source: $source, externalId: "V-1" }
          ]) { firms { id } }
        }`,
        { source },
      );
      expect(body.errors).toHaveLength(1);
      const [error] = body.errors!;
      expect(error!.extensions?.code).toBe("DUPLICATE_KEY");
      expect(error!.message).toContain("createFirms would duplicate a unique key of Firm");
      expect(error!.message).toContain(`record 1: source "${source}" with externalId "V-1" already belongs to`);
      expect(error!.message).toContain("Nothing was written.");
      expect(await count()).toBe(before);
    });

    it("reports two records of one request that share a key", async () => {
      const body = await api.request(
        `mutation Dup($source: String!) {
          createFirms(input: [
            { name: "Twin A", population: TRADER, source: $source, externalId: "T-1" },
            { name: "Twin B", population: TRADER, source: $source, externalId: "T-1" }
          ]) { firms { id } }
        }`,
        { source },
      );
      expect(body.errors?.[0]?.extensions?.code).toBe("DUPLICATE_KEY");
      expect(body.errors?.[0]?.message).toContain(`records 0 and 1 both have source "${source}" and externalId "T-1"`);
    });
  });

  it("reports Neo4j as reachable on /health", async () => {
    const response = await fetch(`${api.server.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; neo4j: { reachable: boolean } };
    expect(body.status).toBe("ok");
    expect(body.neo4j.reachable).toBe(true);
  });
});
