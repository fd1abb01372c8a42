import { SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import { graphChecksum } from "../helpers/graph-checksum";
import { startTestApi, type TestApi } from "../helpers/test-api";
import { testConfig } from "../helpers/test-neo4j";
import { formatReport } from "../../src/reports/report-format";
import { defaultReportLibrary } from "../../src/reports/report-library";
import { ReportService } from "../../src/reports/report.service";
import { strategyAssessmentReport } from "../../src/strategy/strategy-report";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { buildEcographSchema } from "../../src/graphql/build-schema";
import { loadTypeDefs } from "../../src/graphql/type-defs";
import { findProjectRoot } from "../../src/config";
import { estimateCost } from "../../src/server/query-limits";

/** Field values in a response, counted as the cost estimate counts them: each field of each object once. */
function valuesIn(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, item) => sum + valuesIn(item), 0);
  if (data === null || typeof data !== "object") return 0;
  return Object.values(data).reduce((sum: number, value) => sum + 1 + valuesIn(value), 0);
}

/**
 * The strategy advisor over HTTP against the real Neo4j and the sample ecosystems: the seed's
 * LEGAL weakness and footwear gap must come out with candidates, simulating a candidate must move
 * the metric exactly as its definition says, a simulation must leave the database as it was, and
 * the figures must be the same as ecosystemHealth's and chainCompleteness'.
 */
describe("strategy advisor", () => {
  let api: TestApi;
  const diyiqiang = seedNodeId(SEED_FACTS.diyiqiangPlatformKey);
  const footwear = seedNodeId(SEED_FACTS.uncoveredStage.chainKey);
  const soleStage = seedNodeId(SEED_FACTS.uncoveredStage.stageKey);

  const STEP = "kind providerId category firmIds firmId stageId fromFirmId toFirmId volume";
  const ASSESSMENT = `query A($platform: ID!, $asOf: String) {
    strategyAssessment(platform: $platform, asOf: $asOf) {
      platform { id name } asOf scope activeMembers peers { id name }
      rules { serviceTargetShare criticalBelow weakBelow strongFrom }
      strategies {
        strategy thesis status score rule
        evidence { metric label value unit scope source peers { platformId platformName value } }
        actions {
          rank kind title targetId targetName
          steps { ${STEP} }
          candidates { rank actor { id name label } region { id name } basis reach facts { name value unit } steps { ${STEP} } }
        }
      }
    }
  }`;
  const CHANGE = "before after delta";
  const SIMULATION = `query S($platform: ID!, $actions: [SimulationStepInput!]!, $asOf: String) {
    simulateStrategy(platform: $platform, actions: $actions, asOf: $asOf) {
      platformId asOf steps { index kind effect }
      activeMembers { ${CHANGE} } actors { ${CHANGE} }
      serviceCoverage { category selfImprovement servedMembers { ${CHANGE} } share { ${CHANGE} } lostShareWithoutPlatform { ${CHANGE} } }
      chains { chainId name coverage { ${CHANGE} } depth { ${CHANGE} } linkContinuity { ${CHANGE} } gapsBefore gapsAfter thinStagesBefore thinStagesAfter brokenLinksBefore brokenLinksAfter }
      keystoneFallOutShare { ${CHANGE} } diversity { ${CHANGE} } evenness { ${CHANGE} } supplyHhi { ${CHANGE} } serviceHhi { ${CHANGE} }
      centrality { actorId name role degree { ${CHANGE} } pageRank { ${CHANGE} } betweenness { ${CHANGE} } }
    }
  }`;

  let assessment: any;
  const strategy = (name: string) => assessment.strategies.find((s: any) => s.strategy === name);
  const simulate = async (actions: unknown[], asOf?: string) =>
    (await api.query(SIMULATION, { platform: diyiqiang, actions, asOf })).simulateStrategy;
  const coverageOf = (result: any, category: string) => result.serviceCoverage.find((c: any) => c.category === category);

  beforeAll(async () => {
    // The default limits: the whole assessment in one request fits the default cost limit.
    api = await startTestApi();
    assessment = (await api.query(ASSESSMENT, { platform: diyiqiang })).strategyAssessment;
  });
  afterAll(async () => api?.close());

  it("fits the whole assessment into the default cost limit with an estimate not below what it returns", async () => {
    const config = testConfig();
    const schema = await buildEcographSchema(loadTypeDefs(findProjectRoot()), api.db, config);
    const document = parse(ASSESSMENT);
    const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
    const { cost } = estimateCost(schema, document, schema.getQueryType()!, operation.selectionSet, { ...config.limits, maxCost: Number.MAX_SAFE_INTEGER });
    const returned = valuesIn({ strategyAssessment: assessment });
    console.log(`[cost] strategyAssessment: estimated ${cost}, returned ${returned}, limit ${config.limits.maxCost}`);
    expect(cost).toBeLessThanOrEqual(config.limits.maxCost);
    expect(cost).toBeGreaterThanOrEqual(returned);
  });

  it("reads each platform's ecosystem once per graph version: a bounded number of Cypher queries, and one or two when asked again", async () => {
    // A day no other test asks for, so nothing of it is cached yet.
    const cold = await api.request(ASSESSMENT, { platform: diyiqiang, asOf: "2024-03-31" });
    expect(cold.errors).toBeUndefined();
    // Three platforms × five reads of the universe, the platform list and name, one read of
    // every category's provider facts and one of every stage's recruit facts, the version.
    const platforms = SEED_FACTS.platformKeys.length;
    console.log(`[queries] strategyAssessment cold: ${cold.extensions?.cypherQueries}`);
    expect(cold.extensions?.cypherQueries).toBeLessThanOrEqual(5 * platforms + 6);
    const warm = await api.request(ASSESSMENT, { platform: diyiqiang, asOf: "2024-03-31" });
    expect(warm.data).toEqual(cold.data);
    expect(warm.extensions?.cypherQueries).toBeLessThanOrEqual(2);
    // Another platform on the same day: the peers measured for Diyiqiang are reused.
    const other = seedNodeId(SEED_FACTS.platformKeys.find((key) => key !== SEED_FACTS.diyiqiangPlatformKey)!);
    const peer = await api.request(ASSESSMENT, { platform: other, asOf: "2024-03-31" });
    expect(peer.errors).toBeUndefined();
    console.log(`[queries] strategyAssessment of a peer, warm universes: ${peer.extensions?.cypherQueries}`);
    expect(peer.extensions?.cypherQueries).toBeLessThanOrEqual(8);
  });

  it("assesses the seven strategies in the thesis' order, naming the platform, its scope and asOf", () => {
    expect(assessment.platform).toEqual({ id: diyiqiang, name: "Diyiqiang Group" });
    expect(assessment.asOf).toBeNull();
    expect(assessment.scope).toContain("Diyiqiang Group");
    expect(assessment.scope).toContain("today");
    expect(assessment.activeMembers).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
    expect(assessment.peers.map((p: any) => p.name).sort()).toEqual(["Amazon Business", "HC360"]);
    expect(assessment.strategies.map((s: any) => s.strategy)).toEqual([
      "FINANCING_SERVICE",
      "INDUSTRIAL_RESEARCH_SERVICE",
      "PROFESSIONAL_SUPPORT_SERVICE",
      "LEGAL_SERVICE",
      "BRANDING_SERVICE",
      "INTENSIVE_LOCAL_OPERATION",
      "DIFFERENTIATED_DOMESTIC_SERVICE",
    ]);
    for (const s of assessment.strategies) {
      expect(s.score).toBeGreaterThanOrEqual(0);
      expect(s.score).toBeLessThanOrEqual(1);
      expect(s.rule.length).toBeGreaterThan(20);
      for (const e of s.evidence) {
        expect(e.unit).not.toBe("");
        expect(e.scope).toContain("Diyiqiang Group");
      }
    }
  });

  it("names the day in the assessment when asOf is given, and refuses a date that does not exist", async () => {
    const past = (await api.query(ASSESSMENT, { platform: diyiqiang, asOf: "2015-06-30" })).strategyAssessment;
    expect(past.asOf).toBe("2015-06-30");
    expect(past.scope).toContain("as of 2015-06-30");
    expect(past.activeMembers).toBeLessThan(assessment.activeMembers);
    const bad = await api.request(ASSESSMENT, { platform: diyiqiang, asOf: "2015-02-30" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toContain("asOf must be a calendar date");
  });

  it("finds LEGAL CRITICAL or WEAK for Diyiqiang, against FINANCING, with provider candidates", () => {
    const legal = strategy("LEGAL_SERVICE");
    expect(["CRITICAL", "WEAK"]).toContain(legal.status);
    const share = legal.evidence.find((e: any) => e.metric === "serviceCoverage.share");
    expect(share.value).toBeCloseTo(4 / 161, 12);
    expect(strategy("FINANCING_SERVICE").evidence.find((e: any) => e.metric === "serviceCoverage.share").value).toBeGreaterThan(0.5);
    const action = legal.actions[0];
    expect(action.kind).toBe("SERVE_UNCOVERED_MEMBERS");
    expect(action.candidates.length).toBeGreaterThan(0);
    expect(action.candidates.some((c: any) => c.basis === "PEER_PARTNER")).toBe(true);
    for (const c of action.candidates) {
      expect(c.actor.label).toBe("ServiceProvider");
      expect(c.reach).toBeGreaterThan(0);
      expect(c.facts.find((f: any) => f.name === "uncoveredMembersReached").value).toBe(c.reach);
    }
  });

  it("raises LEGAL coverage by exactly the share of members a candidate's partnership would reach", async () => {
    const candidates = strategy("LEGAL_SERVICE").actions[0].candidates;
    const partnership = candidates.find((c: any) => c.basis === "PEER_PARTNER");
    expect(partnership.steps).toHaveLength(1);
    expect(partnership.steps[0]).toMatchObject({ kind: "ADD_PARTNER", providerId: partnership.actor.id, category: "LEGAL" });
    const result = await simulate(partnership.steps);
    const legal = coverageOf(result, "LEGAL");
    expect(legal.share.before).toBeCloseTo(4 / 161, 12);
    expect(legal.share.delta).toBeCloseTo(partnership.reach / 161, 12);
    expect(legal.servedMembers.delta).toBe(partnership.reach);
    expect(result.activeMembers).toEqual({ before: 161, after: 161, delta: 0 });
    // The new partner enters the ecosystem and shows up with its centrality.
    const partner = result.centrality.find((c: any) => c.actorId === partnership.actor.id);
    expect(partner.role).toBe("NEW");
    expect(partner.degree.before).toBeNull();
    expect(partner.degree.after).toBe(partnership.reach + 1);
    expect(result.centrality.find((c: any) => c.role === "PLATFORM").degree.delta).toBe(1);

    const extension = candidates.find((c: any) => c.basis === "EXISTING_CLIENTS");
    const extended = coverageOf(await simulate(extension.steps), "LEGAL");
    expect(extended.share.delta).toBeCloseTo(extension.reach / 161, 12);
  });

  it("turns the footwear 'Sole & component design' gap into recruit candidates whose recruitment raises coverage as CC says", async () => {
    const local = strategy("INTENSIVE_LOCAL_OPERATION");
    const gap = local.actions.find((a: any) => a.kind === "FILL_CHAIN_GAP" && a.targetId === soleStage);
    expect(gap).toBeDefined();
    expect(gap.candidates.length).toBeGreaterThanOrEqual(2);
    for (const c of gap.candidates) {
      expect(c.actor.label).toBe("Firm");
      expect(c.region).not.toBeNull();
      expect(c.steps).toEqual([expect.objectContaining({ kind: "RECRUIT_FIRM", firmId: c.actor.id, stageId: soleStage })]);
    }
    // The stages' weights and thresholds, read with plain Cypher, give the expected change.
    const stages = await api.db.read<{ id: string; weight: number; minFirms: number }>({
      name: "test.stages",
      cypher: "MATCH (:IndustrialChain {id: $chain})-[:HAS_STAGE]->(s:ChainStage) RETURN s.id AS id, s.weight AS weight, s.minFirms AS minFirms",
    }, { chain: footwear });
    const total = stages.reduce((sum, s) => sum + s.weight, 0);
    const sole = stages.find((s) => s.id === soleStage)!;
    expect(gap.steps).toHaveLength(sole.minFirms);

    const all = (await simulate(gap.steps)).chains.find((c: any) => c.chainId === footwear);
    expect(all.gapsBefore).toContain("Sole & component design");
    expect(all.gapsAfter).not.toContain("Sole & component design");
    expect(all.coverage.delta).toBeCloseTo(sole.weight / total, 12);
    expect(all.depth.delta).toBeCloseTo(1 / stages.length, 12);

    // One firm alone is below θ = 2: coverage stays, depth rises by (1/θ)/m.
    const one = (await simulate(gap.candidates[0].steps)).chains.find((c: any) => c.chainId === footwear);
    expect(one.coverage.delta).toBeCloseTo(0, 12);
    expect(one.depth.delta).toBeCloseTo(1 / sole.minFirms / stages.length, 12);
  });

  it("changes nothing in the database when it simulates every kind of action", async () => {
    const before = await graphChecksum(api.db);
    const legal = strategy("LEGAL_SERVICE").actions[0].candidates[0];
    const gap = strategy("INTENSIVE_LOCAL_OPERATION").actions.find((a: any) => a.kind === "FILL_CHAIN_GAP");
    const link = strategy("INTENSIVE_LOCAL_OPERATION").actions.find((a: any) => a.kind === "REPAIR_SUPPLY_LINK");
    const member = assessment.strategies.length && (await api.db.read<{ id: string }>({
      name: "test.aMember",
      cypher: "MATCH (f:Firm)-[m:MEMBER_OF {}]->(:Platform {id: $p}) WHERE m.until IS NULL RETURN f.id AS id ORDER BY f.id LIMIT 1",
    }, { p: diyiqiang }))[0]!.id;
    const result = await simulate([...legal.steps, ...gap.steps, ...link.steps, { kind: "END_MEMBERSHIP", firmId: member }]);
    expect(result.steps.map((s: any) => s.kind)).toEqual([...legal.steps, ...gap.steps, ...link.steps].map((s: any) => s.kind).concat("END_MEMBERSHIP"));
    const hardware = result.chains.find((c: any) => c.brokenLinksBefore > 0 && c.brokenLinksAfter < c.brokenLinksBefore);
    expect(hardware).toBeDefined();
    expect(await graphChecksum(api.db)).toEqual(before);
    // A second assessment sees the same figures: nothing was kept anywhere.
    const again = (await api.query(ASSESSMENT, { platform: diyiqiang })).strategyAssessment;
    expect(again.strategies.map((s: any) => [s.strategy, s.score])).toEqual(assessment.strategies.map((s: any) => [s.strategy, s.score]));
  });

  it("uses the same figures as ecosystemHealth for the platform and for every peer", async () => {
    const platforms = [assessment.platform, ...assessment.peers];
    const health: Record<string, any> = {};
    for (const platform of platforms) {
      health[platform.id] = (await api.query(
        `query H($p: ID!) { ecosystemHealth(platform: $p) { serviceCoverage { category servedMembers share } keystoneDependence { categories { category lostShare } } } }`,
        { p: platform.id },
      )).ecosystemHealth;
    }
    for (const [name, category] of [["FINANCING_SERVICE", "FINANCING"], ["INDUSTRIAL_RESEARCH_SERVICE", "INDUSTRIAL_RESEARCH"], ["PROFESSIONAL_SUPPORT_SERVICE", "PROFESSIONAL_SUPPORT"], ["LEGAL_SERVICE", "LEGAL"], ["BRANDING_SERVICE", "BRANDING"]] as const) {
      const evidence = strategy(name).evidence;
      const check = (metric: string, pick: (h: any) => number) => {
        const item = evidence.find((e: any) => e.metric === metric);
        expect(item.value).toBe(pick(health[diyiqiang]));
        expect(item.peers.map((p: any) => p.platformId).sort()).toEqual(assessment.peers.map((p: any) => p.id).sort());
        for (const peer of item.peers) expect(peer.value).toBe(pick(health[peer.platformId]));
      };
      check("serviceCoverage.share", (h) => h.serviceCoverage.find((c: any) => c.category === category).share);
      check("serviceCoverage.servedMembers", (h) => h.serviceCoverage.find((c: any) => c.category === category).servedMembers);
      check("keystoneDependence.lostShare", (h) => h.keystoneDependence.categories.find((c: any) => c.category === category).lostShare);
    }
    const differentiated = strategy("DIFFERENTIATED_DOMESTIC_SERVICE");
    for (const item of differentiated.evidence) {
      const category = item.label.split(":")[0];
      expect(item.value).toBe(health[diyiqiang].serviceCoverage.find((c: any) => c.category === category).share);
      for (const peer of item.peers) expect(peer.value).toBe(health[peer.platformId].serviceCoverage.find((c: any) => c.category === category).share);
    }
  });

  it("starts the simulation from the figures ecosystemHealth and chainCompleteness give", async () => {
    const legal = strategy("LEGAL_SERVICE").actions[0].candidates[0];
    const result = await simulate(legal.steps);
    const { ecosystemHealth: health } = await api.query(
      `query H($p: ID!) { ecosystemHealth(platform: $p) {
        activeMembers populationBalance { diversity evenness } supplyConcentration { hhi } serviceConcentration { hhi }
        serviceCoverage { category share } keystoneDependence { largestComponent { fallOutShare } }
      } }`,
      { p: diyiqiang },
    );
    expect(result.activeMembers.before).toBe(health.activeMembers);
    expect(result.diversity.before).toBeCloseTo(health.populationBalance.diversity, 12);
    expect(result.evenness.before).toBeCloseTo(health.populationBalance.evenness, 12);
    expect(result.supplyHhi.before).toBeCloseTo(health.supplyConcentration.hhi, 12);
    expect(result.serviceHhi.before).toBeCloseTo(health.serviceConcentration.hhi, 12);
    expect(result.keystoneFallOutShare.before).toBeCloseTo(health.keystoneDependence.largestComponent.fallOutShare, 12);
    for (const c of health.serviceCoverage) expect(coverageOf(result, c.category).share.before).toBeCloseTo(c.share, 12);
    for (const chainKey of SEED_FACTS.diyiqiangChainKeys) {
      const { chainCompleteness: chain } = await api.query(
        `query C($c: ID!, $p: ID) { chainCompleteness(chain: $c, platform: $p) { coverage depth linkContinuity gaps { name } thinStages { name } } }`,
        { c: seedNodeId(chainKey), p: diyiqiang },
      );
      const simulated = result.chains.find((c: any) => c.chainId === seedNodeId(chainKey));
      expect(simulated.coverage.before).toBeCloseTo(chain.coverage, 12);
      expect(simulated.depth.before).toBeCloseTo(chain.depth, 12);
      expect(simulated.linkContinuity.before).toBeCloseTo(chain.linkContinuity, 12);
      expect(simulated.gapsBefore).toEqual(chain.gaps.map((g: any) => g.name));
      expect(simulated.thinStagesBefore).toEqual(chain.thinStages.map((t: any) => t.name));
    }
  });

  it("refuses bad actions with a clear error and changes nothing", async () => {
    const before = await graphChecksum(api.db);
    const unknown = await api.request(SIMULATION, { platform: diyiqiang, actions: [{ kind: "RECRUIT_FIRM", firmId: "no-such-firm" }] });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(unknown.errors?.[0]?.message).toContain('"no-such-firm"');
    const provider = strategy("LEGAL_SERVICE").actions[0].candidates[0].actor.id;
    const wrong = await api.request(SIMULATION, { platform: diyiqiang, actions: [{ kind: "ADD_SERVICE", providerId: provider, category: "FINANCING", firmIds: [] }, { kind: "ADD_SUPPLY_LINK" }] });
    expect(wrong.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrong.errors?.[0]?.message).toContain("action 1 (ADD_SERVICE)");
    expect(wrong.errors?.[0]?.message).toContain("action 2 (ADD_SUPPLY_LINK): fromFirmId is required");
    const empty = await api.request(SIMULATION, { platform: diyiqiang, actions: [] });
    expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const platform = await api.request(ASSESSMENT, { platform: "no-such-platform" });
    expect(platform.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await graphChecksum(api.db)).toEqual(before);
  });

  it("gives the same assessment as the strategy-assessment report, as a table, CSV or JSON", async () => {
    const library = defaultReportLibrary().with([strategyAssessmentReport(testConfig().strategy)]);
    const result = await new ReportService(api.db, library).run("strategy-assessment", { platform: diyiqiang });
    expect(result.rows.map((r) => [r.strategy, r.status, r.score])).toEqual(assessment.strategies.map((s: any) => [s.strategy, s.status, s.score]));
    const legal = result.rows.find((r) => r.strategy === "LEGAL_SERVICE")!;
    expect(legal.metric).toContain("serviceCoverage.share");
    expect(legal.value).toBeCloseTo(4 / 161, 12);
    expect(legal.asOf).toBeNull();
    expect(formatReport(result, "csv").split("\r\n")[0]).toBe("strategy,status,score,metric,value,unit,peerValues,actions,topAction,topCandidates,asOf,scope");
    expect(JSON.parse(formatReport(result, "json")).rows).toHaveLength(7);
    expect(formatReport(result, "table")).toContain("LEGAL_SERVICE");
    await expect(new ReportService(api.db, library).run("strategy-assessment", { platform: "nope" })).rejects.toThrow(/No platform has the id or name "nope"/);
  });
});
