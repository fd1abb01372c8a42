import { SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import { removeTestData, startTestApi, uniqueSource, type TestApi } from "../helpers/test-api";

/**
 * Coordination metrics over HTTP against the real Neo4j and the sample ecosystems: the seed's
 * deliberate weaknesses must come out, list queries must not run a query per actor, results must
 * follow writes, and write-back must make the metrics filterable with the generated API.
 */
describe("coordination metrics", () => {
  let api: TestApi;
  const diyiqiang = seedNodeId(SEED_FACTS.diyiqiangPlatformKey);

  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  const completeness = (chainKey: string) =>
    api.query(
      `query C($chain: ID!, $platform: ID) {
        chainCompleteness(chain: $chain, platform: $platform) {
          chain { name } coverage depth linkContinuity
          gaps { stageId name empty firmCount minFirms }
          thinStages { stageId reason firmIds }
          brokenLinks { fromStageId toStageId }
          perStage { stageId firmCount covered }
        }
      }`,
      { chain: seedNodeId(chainKey), platform: diyiqiang },
    );

  it("finds the footwear chain's uncovered stage as an empty gap", async () => {
    const { chainCompleteness: report } = await completeness(SEED_FACTS.uncoveredStage.chainKey);
    const gap = report.gaps.find((g: any) => g.stageId === seedNodeId(SEED_FACTS.uncoveredStage.stageKey));
    expect(gap).toMatchObject({ empty: true, firmCount: 0 });
    expect(report.coverage).toBeLessThan(1);
    expect(report.coverage).toBeGreaterThan(0);
  });

  it("finds the hardware chain's single-firm stage as thin, and its broken supply link", async () => {
    const { chainCompleteness: report } = await completeness(SEED_FACTS.singleFirmStage.chainKey);
    const thin = report.thinStages.find((t: any) => t.stageId === seedNodeId(SEED_FACTS.singleFirmStage.stageKey));
    expect(thin).toEqual({
      stageId: seedNodeId(SEED_FACTS.singleFirmStage.stageKey),
      reason: "SINGLE_FIRM",
      firmIds: [seedNodeId(SEED_FACTS.singleFirmStage.firmKey)],
    });
    expect(report.brokenLinks).toContainEqual({
      fromStageId: seedNodeId(SEED_FACTS.brokenLink.fromStageKey),
      toStageId: seedNodeId(SEED_FACTS.brokenLink.toStageKey),
    });
    // 4 adjacent pairs, one broken (the single-firm stage links both ways in the seed).
    expect(report.linkContinuity).toBeCloseTo(3 / 4, 10);
  });

  it("reports Diyiqiang's health: LEGAL under-served, ended memberships, balanced populations", async () => {
    const { ecosystemHealth: health } = await api.query(
      `query H($platform: ID!) {
        ecosystemHealth(platform: $platform) {
          platform { name } activeMembers
          populationBalance { diversity evenness populations counts { population count } }
          supplyConcentration { hhi hhi10000 actors }
          serviceConcentration { hhi }
          serviceCoverage { category selfImprovement servedMembers share }
          keystoneDependence { memberCount largestComponent { withPlatform withoutPlatform fallOutShare } categories { category lostShare } }
          membership { firms activeNow years { year joined left activeAtYearEnd survivalRate } }
        }
      }`,
      { platform: diyiqiang },
    );
    expect(health.platform.name).toBe("Diyiqiang Group");
    expect(health.activeMembers).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
    const coverage = Object.fromEntries(health.serviceCoverage.map((c: any) => [c.category, c]));
    expect(coverage.LEGAL.share).toBeLessThan(0.1);
    expect(coverage.FINANCING.share).toBeGreaterThan(0.4);
    expect(coverage.LEGAL.selfImprovement).toBe(true);
    const left = health.membership.years.reduce((sum: number, y: any) => sum + y.left, 0);
    expect(left).toBe(SEED_FACTS.endedMemberships.diyiqiang);
    expect(health.membership.activeNow).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
    expect(health.populationBalance.evenness).toBeGreaterThan(0);
    expect(health.populationBalance.evenness).toBeLessThanOrEqual(1);
    expect(health.supplyConcentration.hhi).toBeGreaterThan(0);
    expect(health.supplyConcentration.hhi10000).toBeCloseTo(health.supplyConcentration.hhi * 10_000, 6);
    expect(health.keystoneDependence.memberCount).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
  });

  it("ranks the platform first by degree in its own ecosystem, ties broken stably", async () => {
    const query = `{ centralityRanking(measure: DEGREE, top: 5, graph: { platform: "${diyiqiang}" }) { rank name score } }`;
    const first = await api.query(query);
    expect(first.centralityRanking[0]).toMatchObject({ rank: 1, name: "Diyiqiang Group" });
    expect(first.centralityRanking.map((r: any) => r.rank)).toEqual([1, 2, 3, 4, 5]);
    expect(await api.query(query)).toEqual(first);
  });

  it("names the limit when exact betweenness would be too large, and changes nothing", async () => {
    const small = await startTestApi({ METRICS_EXACT_LIMIT: "1000" });
    try {
      const body = await small.request(`{ centralityRanking(measure: BETWEENNESS) { name } }`);
      expect(body.errors?.[0]?.extensions?.code).toBe("METRIC_TOO_LARGE");
      expect(body.errors?.[0]?.message).toContain("1000");
      expect(body.errors?.[0]?.message).toContain("METRICS_EXACT_LIMIT");
    } finally {
      await small.close();
    }
  });

  it("refuses unknown relationship types and bad parameters with clear errors", async () => {
    const damping = await api.request(`{ centralityRanking(measure: PAGERANK, damping: 1.5) { name } }`);
    expect(damping.errors?.[0]?.message).toBe("damping must be between 0 and 1 (exclusive), but got: 1.5");
    // top: 0, like limit: 0, takes the default page (issue 11), never everything
    const top = await api.request(`{ centralityRanking(measure: PAGERANK, top: 0) { name } }`);
    expect(top.errors).toBeUndefined();
    expect((top.data as { centralityRanking: unknown[] }).centralityRanking).toHaveLength(10);
    const chain = await api.request(`{ chainCompleteness(chain: "nope") { coverage } }`);
    expect(chain.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("serves metrics for a list of 100 actors with a bounded number of Cypher queries", async () => {
    const query = `{ firms(limit: 100, sort: [{ name: ASC }]) { id metrics { degree pageRank betweenness articulationPoint } } }`;
    const cold = await api.request(query);
    expect(cold.errors).toBeUndefined();
    expect(cold.data!.firms).toHaveLength(100);
    for (const firm of cold.data!.firms) expect(firm.metrics.pageRank).toBeGreaterThan(0);
    // One cache fingerprint, then a graph read (actors, relationships) inside the cached
    // computation: a fixed number, not one per actor.
    expect(cold.extensions?.cypherQueries).toBeGreaterThanOrEqual(1);
    expect(cold.extensions?.cypherQueries).toBeLessThanOrEqual(4);
    const warm = await api.request(query);
    expect(warm.data).toEqual(cold.data);
    expect(warm.extensions?.cypherQueries).toBe(1);
  });

  describe("after writes", () => {
    const source = uniqueSource("metrics");
    afterAll(async () => removeTestData(api.db, source));

    it("recomputes on-demand metrics once a mutation has changed the graph", async () => {
      const created = await api.query(
        `mutation($source: String!) {
          createFirms(input: [{ name: "Metric Probe Co.", population: TRADER, source: $source, externalId: "P-1",
            memberOf: { connect: [{ where: { node: { name: { eq: "Diyiqiang Group" } } } }] } }]) { firms { id metrics { degree } } }
        }`,
        { source },
      );
      const [firm] = created.createFirms.firms;
      expect(firm.metrics.degree).toBe(1);
      await api.query(
        `mutation($id: ID!) {
          updateFirms(where: { id: { eq: $id } }, update: { memberOf: [{ connect: [{ where: { node: { name: { eq: "HC360" } } } }] }] }) { firms { id } }
        }`,
        { id: firm.id },
      );
      const after = await api.query(`query($id: ID!) { firms(where: { id: { eq: $id } }) { metrics { degree } } }`, { id: firm.id });
      expect(after.firms[0].metrics.degree).toBe(2);
    });

    it("writes metrics back onto the nodes, sortable with the generated API, and keeps every run", async () => {
      const run = async () =>
        (
          await api.query(`mutation { runMetrics(metrics: [PAGERANK, DEGREE, ARTICULATION_POINT], graph: { platform: "${diyiqiang}" }, wait: true) {
            id metrics actorCount relationshipCount durationMs parameters } }`)
        ).runMetrics;
      const first = await run();
      const second = await run();
      expect(first.metrics).toEqual(["PAGERANK", "DEGREE", "ARTICULATION_POINT"]);
      expect(first.actorCount).toBeGreaterThan(SEED_FACTS.diyiqiangActiveMemberCount);
      expect(JSON.parse(first.parameters).selection.platformId).toBe(diyiqiang);

      const stored = await api.query(
        `query($run: ID!) {
          firms(where: { metricsRunId: { eq: $run } }, sort: [{ pageRank: DESC }], limit: 5) { name pageRank degree metricsRunId }
          platforms(where: { id: { eq: "${diyiqiang}" } }) { degree articulationPoint }
          metricRuns(where: { id: { in: ["${first.id}", "${second.id}"] } }) { id metrics actorCount }
        }`,
        { run: second.id },
      );
      const ranks = stored.firms.map((f: any) => f.pageRank);
      expect(ranks).toHaveLength(5);
      expect([...ranks].sort((a: number, b: number) => b - a)).toEqual(ranks);
      expect(stored.platforms[0].degree).toBeGreaterThan(100);
      expect(stored.platforms[0].articulationPoint).toBe(true);
      expect(stored.metricRuns).toHaveLength(2);

      const [cypher] = await api.db.read<{ top: string }>(
        {
          name: "test.topByStoredPageRank",
          cypher: "MATCH (f:Firm) WHERE f.metricsRunId = $run RETURN f.name AS top ORDER BY f.pageRank DESC LIMIT 1",
        },
        { run: second.id },
      );
      expect(cypher!.top).toBe(stored.firms[0].name);
    });
  });
});
