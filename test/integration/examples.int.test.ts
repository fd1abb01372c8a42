import { readdirSync } from "node:fs";
import { join } from "node:path";
import { SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import {
  ChainAndCentralityDocument,
  ChangesDocument,
  EcosystemHealthDocument,
  EcosystemServicesDocument,
  FilterFirmsAndProvidersDocument,
  FirmsPageDocument,
  ListPlatformsDocument,
  MemberAggregatesDocument,
  MembersProvidersPlatformsDocument,
  MetricHistoryDocument,
  MetricJobDocument,
  MetricRunsDocument,
  PlatformMembersDocument,
  RankingPageDocument,
  RunMetricsDocument,
  SearchFirmsDocument,
  SyncPartnerDataDocument,
  TopBrokersReportDocument,
  TopFirmsByPageRankDocument,
} from "../../examples/generated/graphql";
import { ApiErrors, request } from "../../examples/typed-request";
import { findProjectRoot } from "../../src/config";
import { removeTestData, startTestApi, uniqueSource, type TestApi } from "../helpers/test-api";

/**
 * Every operation in examples/operations/ (which holds every GraphQL example of the README) runs
 * against the sample data through the typed documents `npm run codegen` generates, over HTTP,
 * with the default request limits (cost, depth, page size), as an admin. Each one is also
 * checked for what its README text promises.
 */
describe("the example operations (examples/operations, README)", () => {
  let api: TestApi;
  let url: string;
  let headers: Record<string, string>;
  const diyiqiangId = seedNodeId(SEED_FACTS.diyiqiangPlatformKey);
  const covered = new Set<string>();
  const run = <TData, TVariables extends Record<string, unknown>>(
    name: string,
    document: Parameters<typeof request<TData, TVariables>>[1],
    variables: TVariables,
  ): Promise<TData> => {
    covered.add(name);
    return request(url, document, variables, headers);
  };

  beforeAll(async () => {
    api = await startTestApi();
    url = `${api.server.url}/graphql`;
    headers = { authorization: `Bearer ${await api.token(["admin"])}` };
  });
  afterAll(async () => api?.close());

  it("ListPlatforms: the three sample platforms with their ids", async () => {
    const data = await run("ListPlatforms", ListPlatformsDocument, {});
    expect(data.platforms.map((p) => p.name)).toEqual(["Amazon Business", "Diyiqiang Group", "HC360"]);
    expect(data.platforms.find((p) => p.name === "Diyiqiang Group")?.id).toBe(diyiqiangId);
  });

  it("EcosystemServices: every category, counted over Diyiqiang's active members", async () => {
    const data = await run("EcosystemServices", EcosystemServicesDocument, {});
    expect(data.ecosystemServices.activeMembers).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
    expect(data.ecosystemServices.categories.map((c) => c.category).slice(0, 5)).toEqual([
      "FINANCING",
      "INDUSTRIAL_RESEARCH",
      "PROFESSIONAL_SUPPORT",
      "LEGAL",
      "BRANDING",
    ]);
  });

  it("PlatformMembers: one platform, five active members and who serves them", async () => {
    const data = await run("PlatformMembers", PlatformMembersDocument, {});
    expect(data.platforms).toHaveLength(1);
    const members = data.platforms[0]!.membersConnection;
    expect(members.totalCount).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
    expect(members.edges).toHaveLength(5);
    expect(members.edges.every((e) => e.properties.since !== undefined)).toBe(true);
  });

  it("MembersProvidersPlatforms: platform → members → who serves them → their other platforms, within the default limits", async () => {
    const data = await run("MembersProvidersPlatforms", MembersProvidersPlatformsDocument, {});
    expect(data.platforms).toHaveLength(1);
    const members = data.platforms[0]!.members;
    expect(members).toHaveLength(10);
    const others = members.flatMap((m) => m.servedBy.flatMap((s) => s.partnersWith.map((p) => p.name)));
    expect(others).not.toContain("Diyiqiang Group");
  });

  it("FilterFirmsAndProviders: manufacturers in Yongkang, LEGAL providers", async () => {
    const data = await run("FilterFirmsAndProviders", FilterFirmsAndProvidersDocument, {});
    expect(data.firms.length).toBeGreaterThan(0);
    expect(data.firms.length).toBeLessThanOrEqual(10);
    expect(data.serviceProviders.length).toBeGreaterThan(0);
    expect(data.serviceProviders.every((p) => p.categories.includes("LEGAL"))).toBe(true);
  });

  it("FirmsPage: the second page starts after the first one's endCursor", async () => {
    const first = await run("FirmsPage", FirmsPageDocument, {});
    expect(first.firmsConnection.edges).toHaveLength(20);
    expect(first.firmsConnection.pageInfo.hasNextPage).toBe(true);
    const second = await run("FirmsPage", FirmsPageDocument, { after: first.firmsConnection.pageInfo.endCursor });
    const firstIds = new Set(first.firmsConnection.edges.map((e) => e.node.id));
    expect(second.firmsConnection.edges.some((e) => firstIds.has(e.node.id))).toBe(false);
    expect(second.firmsConnection.totalCount).toBe(first.firmsConnection.totalCount);
  });

  it("MemberAggregates: counts and founding years of HC360's members", async () => {
    const data = await run("MemberAggregates", MemberAggregatesDocument, {});
    const { count, node } = data.firmsConnection.aggregate;
    expect(count.nodes).toBeGreaterThan(0);
    expect(node.foundedYear.min).toBeLessThanOrEqual(node.foundedYear.max!);
  });

  it("SearchFirms: best match first", async () => {
    const data = await run("SearchFirms", SearchFirmsDocument, {});
    const scores = data.firmsByName.edges.map((e) => e.score);
    expect(scores.length).toBeGreaterThan(0);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("ChainAndCentrality: names instead of ids, and the seed's deliberate weaknesses", async () => {
    const data = await run("ChainAndCentrality", ChainAndCentralityDocument, {});
    expect(data.centralityRanking).toHaveLength(5);
    expect(data.chainCompleteness.thinStages).toContainEqual({ name: "Surface treatment", reason: "SINGLE_FIRM" });
    expect(data.chainCompleteness.brokenLinks).toContainEqual({
      fromStageId: seedNodeId(SEED_FACTS.brokenLink.fromStageKey),
      toStageId: seedNodeId(SEED_FACTS.brokenLink.toStageKey),
    });
    // The same answer by id.
    const byId = await run("ChainAndCentrality", ChainAndCentralityDocument, {
      platform: diyiqiangId,
      chain: seedNodeId(SEED_FACTS.singleFirmStage.chainKey),
    });
    expect(byId).toEqual(data);
  });

  it("EcosystemHealth: LEGAL reaches under 10 % of Diyiqiang's members", async () => {
    const data = await run("EcosystemHealth", EcosystemHealthDocument, {});
    expect(data.ecosystemHealth.activeMembers).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
    expect(data.ecosystemHealth.serviceCoverage.find((c) => c.category === "LEGAL")!.share).toBeLessThan(0.1);
  });

  it("RunMetrics answers with a job; MetricJob follows it to DONE; then TopFirmsByPageRank, MetricRuns and MetricHistory", async () => {
    const runResult = await run("RunMetrics", RunMetricsDocument, {});
    expect(["QUEUED", "RUNNING", "WRITING", "DONE"]).toContain(runResult.runMetrics.state);
    let job = (await run("MetricJob", MetricJobDocument, { id: runResult.runMetrics.id })).metricJob;
    for (let i = 0; i < 600 && job.state !== "DONE" && job.state !== "FAILED"; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await run("MetricJob", MetricJobDocument, { id: runResult.runMetrics.id })).metricJob;
    }
    expect(job).toMatchObject({ state: "DONE", progress: 1, error: null });
    expect(job.actorCount).toBeGreaterThan(SEED_FACTS.diyiqiangActiveMemberCount);
    expect(job.writtenActors).toBe(job.actorCount);
    const top = await run("TopFirmsByPageRank", TopFirmsByPageRankDocument, {});
    expect(top.firms).toHaveLength(10);
    const ranks = top.firms.map((f) => f.pageRank);
    expect(ranks.every((r) => typeof r === "number" && r > 0)).toBe(true);
    expect([...ranks].sort((a, b) => b! - a!)).toEqual(ranks);
    const runs = await run("MetricRuns", MetricRunsDocument, {});
    expect(runs.metricRuns[0]!.id).toBe(runResult.runMetrics.id);
    const history = await run("MetricHistory", MetricHistoryDocument, { actor: diyiqiangId });
    expect(history.metricHistory[0]).toMatchObject({ job: runResult.runMetrics.id });
    expect(history.metricHistory[0]!.value).toBeGreaterThan(0);
  });

  it("RankingPage: two pages of betweenness, exact on the sample data, no actor twice", async () => {
    const first = (await run("RankingPage", RankingPageDocument, {})).centralityRankingPage;
    expect(first.estimate.exact).toBe(true);
    expect(first.edges).toHaveLength(50);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await run("RankingPage", RankingPageDocument, { after: first.pageInfo.endCursor })).centralityRankingPage;
    expect(second.edges[0]!.node.rank).toBe(51);
    expect(second.edges[0]!.node.score).toBeLessThanOrEqual(first.edges[49]!.node.score);
  });

  it("TopBrokersReport: two reports, the platform given by name", async () => {
    const data = await run("TopBrokersReport", TopBrokersReportDocument, {});
    expect(data.reportTopBrokers).toHaveLength(3);
    expect(data.reportServiceCoverage.map((r) => r.category)).toContain("LEGAL");
    const byId = await run("TopBrokersReport", TopBrokersReportDocument, { platform: diyiqiangId });
    expect(byId).toEqual(data);
  });

  it("SyncPartnerData and Changes: a sync creates its records, and the change feed lists them", async () => {
    const source = uniqueSource("examples");
    try {
      const dry = await run("SyncPartnerData", SyncPartnerDataDocument, { source, dryRun: true });
      expect(dry.syncPartnerData.counts).toEqual({ CREATED: 3, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 });
      const data = await run("SyncPartnerData", SyncPartnerDataDocument, { source });
      expect(data.syncPartnerData.complete).toBe(true);
      expect(data.syncPartnerData.counts.CREATED).toBe(3);
      let after: string | null | undefined;
      const seen: string[] = [];
      for (let page = 0; page < 100; page++) {
        const changes = await run("Changes", ChangesDocument, { after });
        seen.push(...changes.changes.changes.filter((c) => c.source === source).map((c) => c.externalId ?? c.type));
        if (!changes.changes.hasNextPage) break;
        after = changes.changes.endCursor;
      }
      expect(seen).toEqual(expect.arrayContaining(["F-100", "PLT-1"]));
    } finally {
      await removeTestData(api.db, source);
    }
  });

  it("covers every file in examples/operations", () => {
    const files = readdirSync(join(findProjectRoot(), "examples", "operations")).map((f) => f.replace(/\.graphql$/, ""));
    expect([...covered].sort()).toEqual(files.sort());
  });

  it("gives an unknown name as NOT_FOUND", async () => {
    const refused = await run("EcosystemHealth", EcosystemHealthDocument, { platform: "No Such Platform" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiErrors);
    expect((refused as ApiErrors).errors[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
