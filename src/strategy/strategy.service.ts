import { parseCalendarDate } from "../calendar-date";
import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { SELF_IMPROVEMENT_SERVICES, SERVICE_CATEGORIES } from "../domain";
import { InvalidInputError } from "../errors";
import { activeAt, existedAt } from "../metrics/as-of";
import { compareIds } from "../metrics/algorithms/metric-graph";
import type { MetricCache } from "../metrics/metric-cache";
import { measureScope, type ScopeMeasure, type Universe, type UniverseActor } from "./scope-model";
import { simulate, SIMULATION_STEP_KINDS, type SimulationInput, type SimulationResult, type SimulationStep } from "./simulation";
import {
  differentiationScore,
  localScore,
  mean,
  rankProviderCandidates,
  rankRecruitCandidates,
  serviceScore,
  SERVICE_STRATEGY_CATEGORY,
  statusOf,
  STRATEGIES,
  type ProviderCandidate,
  type ProviderFacts,
  type RecruitFacts,
  type Strategy,
  type StrategyRules,
  type StrategyStatus,
} from "./strategy-rules";
import { ALL_PLATFORMS, platformName, readUniverse } from "./universe-reader";

/** A platform's figure for a peer comparison. */
export interface PeerValue {
  readonly platformId: string;
  readonly platformName: string;
  readonly value: number;
}

/** One figure a rule used: what it is, its value and unit, where it was measured, and the peers' values. */
export interface EvidenceItem {
  /** The metric's name, as in docs/strategies.md, e.g. "serviceCoverage.share". */
  readonly metric: string;
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly scope: string;
  /** Where the metric is defined (the query and algorithm), for checking. */
  readonly source: string;
  readonly peers: readonly PeerValue[];
}

/** A short fact supporting a candidate. */
export interface CandidateFact {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

export interface StrategyCandidate {
  readonly rank: number;
  readonly actor: { readonly id: string; readonly name: string; readonly label: string };
  readonly region: { readonly id: string; readonly name: string } | null;
  /** Why it is a candidate (docs/strategies.md): EXISTING_CLIENTS, PEER_PARTNER, WORKS_IN_STAGE, ... */
  readonly basis: string;
  /** Members it would reach (providers), firms it adds to the stage (recruits), pairs linked. */
  readonly reach: number;
  readonly facts: readonly CandidateFact[];
  /** The simulation steps of this candidate alone: pass them to simulateStrategy as they are. */
  readonly steps: readonly SimulationStep[];
}

export type StrategyActionKind =
  | "SERVE_UNCOVERED_MEMBERS"
  | "FILL_CHAIN_GAP"
  | "STRENGTHEN_THIN_STAGE"
  | "REPAIR_SUPPLY_LINK"
  | "DEEPEN_REGION"
  | "CLOSE_PEER_GAP";

export interface StrategyAction {
  readonly rank: number;
  readonly kind: StrategyActionKind;
  readonly title: string;
  /** What the action is about: a category, a stage, a region. */
  readonly targetId: string;
  readonly targetName: string;
  readonly candidates: readonly StrategyCandidate[];
  /** The recommended steps (the best candidate, or as many as a gap needs): pass them to simulateStrategy as they are. */
  readonly steps: readonly SimulationStep[];
}

export interface StrategyResult {
  readonly strategy: Strategy;
  /** The thesis' strategy it serves, in words. */
  readonly thesis: string;
  readonly status: StrategyStatus;
  readonly score: number;
  /** The rule the score came from, in words (docs/strategies.md has the detail). */
  readonly rule: string;
  readonly evidence: readonly EvidenceItem[];
  readonly actions: readonly StrategyAction[];
}

export interface StrategyAssessment {
  readonly platform: { readonly id: string; readonly name: string };
  /** The day assessed; null for today. */
  readonly asOf: string | null;
  /** The scope in words, e.g. "the ecosystem of Diyiqiang Group (...), today". */
  readonly scope: string;
  readonly activeMembers: number;
  readonly peers: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly rules: StrategyRules;
  readonly strategies: readonly StrategyResult[];
}

/**
 * The facts of every provider offering one of the categories, per category, in one query (one
 * row per provider and category): where it is, the firms it serves in the category, the members
 * it serves in any category, the platforms it partners with.
 */
export const PROVIDER_FACTS: NamedQuery = {
  name: "strategy.providerFacts",
  cypher: `
    UNWIND $categories AS category
    MATCH (sp:ServiceProvider)
    WHERE category IN coalesce(sp.categories, []) AND ${existedAt("sp")}
    CALL (sp) {
      OPTIONAL MATCH (sp)-[:LOCATED_IN]->(r:Region)
      RETURN r.id AS regionId, r.name AS regionName LIMIT 1
    }
    CALL (sp, category) {
      OPTIONAL MATCH (sp)-[s:SERVES]->(f:Firm)
      WHERE s.category = category AND ${activeAt("s")}
      RETURN count(DISTINCT f) AS capacity
    }
    CALL (sp) {
      OPTIONAL MATCH (sp)-[s:SERVES]->(f:Firm)
      WHERE ${activeAt("s")} AND f.id IN $memberIds
      RETURN collect(DISTINCT f.id) AS memberClientIds
    }
    CALL (sp) {
      OPTIONAL MATCH (sp)-[pw:PARTNERS_WITH]->(q:Platform)
      WHERE ${activeAt("pw")}
      RETURN collect(DISTINCT q.id) AS partnerPlatformIds
    }
    RETURN category, sp.id AS id, sp.name AS name, regionId, regionName, capacity, memberClientIds, partnerPlatformIds
    ORDER BY category, sp.name, sp.id`,
};

/**
 * Recruit candidates for several chain stages in one query (one row per stage and firm): firms
 * outside the scope working in the stage, in an adjacent stage, or in the chain's industry.
 * `$stages`: [{chainId, stageId, anchorIds, chainFirmIds}].
 */
export const RECRUIT_FACTS: NamedQuery = {
  name: "strategy.recruitFacts",
  cypher: `
    UNWIND $stages AS request
    MATCH (c:IndustrialChain {id: request.chainId})-[:HAS_STAGE]->(s:ChainStage {id: request.stageId})
    CALL (c, s) {
      MATCH (f:Firm)-[:OPERATES_IN]->(s) RETURN f, 0 AS basisOrder
      UNION
      MATCH (c)-[:HAS_STAGE]->(t:ChainStage)<-[:OPERATES_IN]-(f:Firm) WHERE abs(t.position - s.position) = 1 RETURN f, 1 AS basisOrder
      UNION
      MATCH (f:Firm) WHERE c.industry IS NOT NULL AND f.industry = c.industry RETURN f, 2 AS basisOrder
    }
    WITH request, f, min(basisOrder) AS basisOrder
    WHERE ${existedAt("f")} AND NOT f.id IN $memberIds
    CALL (f) {
      OPTIONAL MATCH (f)-[:LOCATED_IN]->(r:Region)
      RETURN r.id AS regionId, r.name AS regionName LIMIT 1
    }
    RETURN request.chainId AS chainId, request.stageId AS stageId,
           f.id AS id, f.name AS name, ['WORKS_IN_STAGE', 'ADJACENT_STAGE', 'SAME_INDUSTRY'][basisOrder] AS basis,
           regionId, regionName,
           EXISTS { (f)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(a:Region) WHERE a.id IN request.anchorIds } AS inAnchorRegion,
           COUNT { (f)-[x:SUPPLIES]-(g:Firm) WHERE ${activeAt("x")} AND g.id IN request.chainFirmIds } AS tiesToChain`,
};

type ProviderRow = ProviderFacts & { readonly regionName: string | null };

/**
 * The provider facts one assessment needs, read once: every category with uncovered members in
 * one query, on first use (the service strategies, DEEPEN_REGION and CLOSE_PEER_GAP share them).
 */
class ProviderFactsReader {
  private rows?: Promise<Map<string, ProviderRow[]>>;

  constructor(
    private readonly db: Database,
    private readonly own: Measured,
    private readonly observe?: QueryObserver,
  ) {}

  facts(category: string): Promise<ProviderRow[]> {
    if (this.rows === undefined) {
      const categories = SERVICE_CATEGORIES.filter((c) => (this.own.measure.uncovered[c] ?? []).length > 0);
      this.rows = this.db
        .read<ProviderRow & { category: string }>(
          PROVIDER_FACTS,
          { categories, memberIds: this.own.measure.memberIds, asOf: this.own.universe.asOf },
          this.observe,
        )
        .then((rows) => {
          const byCategory = new Map<string, ProviderRow[]>();
          for (const { category: c, ...row } of rows) {
            const list = byCategory.get(c) ?? [];
            list.push(row);
            byCategory.set(c, list);
          }
          return byCategory;
        });
    }
    return this.rows.then((byCategory) => byCategory.get(category) ?? []);
  }
}

const THESIS: Record<Strategy, string> = {
  FINANCING_SERVICE: "Self-improvement: financing service for the member firms",
  INDUSTRIAL_RESEARCH_SERVICE: "Self-improvement: industrial research service",
  PROFESSIONAL_SUPPORT_SERVICE: "Self-improvement: professional support service",
  LEGAL_SERVICE: "Self-improvement: legal service",
  BRANDING_SERVICE: "Self-improvement: branding service",
  INTENSIVE_LOCAL_OPERATION: "Expansion: intensive local operation (deepen the home region's chains and services)",
  DIFFERENTIATED_DOMESTIC_SERVICE: "Expansion: differentiated domestic service (stand apart from the other platforms)",
};

/** Runs a simulation: in process by default; the API can hand it to a worker pool instead. */
export type SimulationRunner = (input: SimulationInput) => SimulationResult | Promise<SimulationResult>;

interface Measured {
  readonly id: string;
  readonly name: string;
  readonly universe: Universe;
  readonly measure: ScopeMeasure;
  readonly actors: ReadonlyMap<string, UniverseActor>;
  readonly scope: string;
}

/**
 * The strategy advisor (docs/strategies.md): assesses the thesis' seven strategies for a
 * platform's ecosystem from the metrics, with evidence, a peer comparison and ranked candidates,
 * and simulates actions on an in-memory copy of the ecosystem. Imports nothing from GraphQL; reads
 * only (every query is a read), so a simulation never changes the database.
 */
export class StrategyService {
  private readonly run: SimulationRunner;
  private readonly cache: MetricCache | undefined;

  /**
   * `cache`: the metrics' cache (per graph version). With it, each platform's measured ecosystem
   * and each assessment are computed once per graph version and day, and shared by the requests
   * that follow (a peer measured for one platform's assessment serves the next platform's too).
   */
  constructor(
    private readonly db: Database,
    private readonly settings: StrategyRules & { readonly simulationExactLimit: number },
    options: { readonly runSimulation?: SimulationRunner; readonly cache?: MetricCache } = {},
  ) {
    this.run = options.runSimulation ?? simulate;
    this.cache = options.cache;
  }

  /** The seven strategies of a platform's ecosystem, as of a day (null / undefined: today). */
  async assess(platformId: string, asOf?: string | null, observe?: QueryObserver): Promise<StrategyAssessment> {
    const day = asOf === undefined || asOf === null ? null : parseCalendarDate(asOf, "asOf");
    if (this.cache === undefined) return this.computeAssessment(platformId, day, undefined, observe);
    const version = await this.cache.refresh(observe);
    return this.cache.get(
      `${version}|strategy.assessment|${platformId}|${day ?? "today"}`,
      () => this.computeAssessment(platformId, day, version, observe),
      (assessment) => 2 * JSON.stringify(assessment).length,
    );
  }

  private async computeAssessment(platformId: string, day: string | null, version: string | undefined, observe?: QueryObserver): Promise<StrategyAssessment> {
    const name = await platformName(this.db, platformId, observe);
    const platforms = await this.db.read<{ id: string; name: string }>(ALL_PLATFORMS, { asOf: day }, observe);
    const own = await this.measure(platformId, name, day, version, observe);
    const peers: Measured[] = [];
    for (const platform of platforms) {
      if (platform.id !== platformId) peers.push(await this.measure(platform.id, platform.name, day, version, observe));
    }
    const rules = this.rules();
    const providers = new ProviderFactsReader(this.db, own, observe);
    const strategies: StrategyResult[] = [];
    for (const strategy of STRATEGIES) {
      const category = SERVICE_STRATEGY_CATEGORY[strategy];
      if (category !== undefined) strategies.push(await this.serviceStrategy(strategy, category, own, peers, rules, providers));
      else if (strategy === "INTENSIVE_LOCAL_OPERATION") strategies.push(await this.localStrategy(own, peers, rules, providers, observe));
      else strategies.push(await this.differentiationStrategy(own, peers, rules, providers));
    }
    return {
      platform: { id: platformId, name },
      asOf: day,
      scope: own.scope,
      activeMembers: own.measure.memberIds.length,
      peers: peers.map((peer) => ({ id: peer.id, name: peer.name })),
      rules,
      strategies,
    };
  }

  /**
   * The plain, serialisable input of a simulation (scope-model.ts, simulation.ts): the platform's
   * ecosystem as of the day, plus every outside actor the steps name. Hand it to `simulate`, here
   * or in a worker thread.
   */
  async simulationInput(platformId: string, steps: readonly SimulationStep[], asOf?: string | null, observe?: QueryObserver): Promise<SimulationInput> {
    const day = asOf === undefined || asOf === null ? null : parseCalendarDate(asOf, "asOf");
    if (!Array.isArray(steps) || steps.length === 0) {
      throw new InvalidInputError("simulateStrategy needs at least one action; pass the steps of an assessment's action or candidate.");
    }
    const named = new Set<string>();
    const joining: string[] = [];
    const stageIds: string[] = [];
    steps.forEach((step, i) => {
      if (!step || !(SIMULATION_STEP_KINDS as readonly string[]).includes(step.kind)) {
        throw new InvalidInputError(`action ${i + 1}: kind must be one of ${SIMULATION_STEP_KINDS.join(", ")}, but got: ${JSON.stringify(step?.kind)}`);
      }
      for (const id of [step.providerId, step.firmId, step.fromFirmId, step.toFirmId, ...(step.firmIds ?? [])]) {
        if (typeof id === "string" && id !== "") named.add(id);
      }
      if (step.kind === "RECRUIT_FIRM" && typeof step.firmId === "string") joining.push(step.firmId);
      if (typeof step.stageId === "string") stageIds.push(step.stageId);
    });
    const universe = await readUniverse(
      this.db,
      { platformId, asOf: day, extraActorIds: [...named], joiningFirmIds: joining, stageIds },
      observe,
    );
    const known = new Set(universe.actors.map((a) => a.id));
    const unknown = [...named].filter((id) => !known.has(id));
    if (unknown.length > 0) {
      throw new InvalidInputError(
        `The simulation was not run; nothing was changed. No actor has the id(s) ${unknown.slice(0, 5).map((id) => JSON.stringify(id)).join(", ")}` +
          `${unknown.length > 5 ? ` and ${unknown.length - 5} more` : ""}. Take ids from the assessment's candidates or the actor queries.`,
      );
    }
    return { universe, steps: steps.map((step) => ({ ...step })), options: { exactLimit: this.settings.simulationExactLimit } };
  }

  /** Applies the steps to an in-memory copy of the ecosystem and returns before / after / delta. */
  async simulate(platformId: string, steps: readonly SimulationStep[], asOf?: string | null, observe?: QueryObserver): Promise<SimulationResult> {
    return this.run(await this.simulationInput(platformId, steps, asOf, observe));
  }

  rules(): StrategyRules {
    const s = this.settings;
    return {
      serviceTargetShare: s.serviceTargetShare,
      criticalBelow: s.criticalBelow,
      weakBelow: s.weakBelow,
      strongFrom: s.strongFrom,
      partnerCapacityFactor: s.partnerCapacityFactor,
      differentiationMargin: s.differentiationMargin,
      localRegionLevel: s.localRegionLevel,
      regionGroupLevel: s.regionGroupLevel,
      maxCandidates: s.maxCandidates,
    };
  }

  // -------------------------------------------------------------------------------------------

  /** A platform's ecosystem read and measured; cached per graph version and day when there is a cache. */
  private measure(id: string, name: string, asOf: string | null, version: string | undefined, observe?: QueryObserver): Promise<Measured> {
    if (this.cache === undefined || version === undefined) return this.readAndMeasure(id, name, asOf, observe);
    return this.cache.get(
      `${version}|strategy.universe|${id}|${asOf ?? "today"}`,
      () => this.readAndMeasure(id, name, asOf, observe),
      (m) => 400 * m.universe.actors.length + 120 * m.universe.edges.length + 2 * JSON.stringify(m.measure).length,
    );
  }

  private async readAndMeasure(id: string, name: string, asOf: string | null, observe?: QueryObserver): Promise<Measured> {
    const universe = await readUniverse(this.db, { platformId: id, asOf }, observe);
    const measure = measureScope(universe);
    return {
      id,
      name,
      universe,
      measure,
      actors: new Map(universe.actors.map((a) => [a.id, a])),
      scope: `the ecosystem of ${name} (the platform, its ${measure.memberIds.length} active members, its partner providers, the providers serving its members and its supporting agencies), ${asOf === null ? "today" : `as of ${asOf}`}`,
    };
  }

  private peerValues(peers: readonly Measured[], value: (peer: Measured) => number): PeerValue[] {
    return peers.map((peer) => ({ platformId: peer.id, platformName: peer.name, value: value(peer) }));
  }

  private share(m: Measured, category: string): number {
    return m.measure.serviceCoverage.find((c) => c.category === category)?.share ?? 0;
  }

  private async providerCandidates(
    own: Measured,
    category: string,
    uncoveredIds: readonly string[],
    rules: StrategyRules,
    providers: ProviderFactsReader,
  ): Promise<StrategyCandidate[]> {
    if (uncoveredIds.length === 0) return [];
    const rows = await providers.facts(category);
    const uncovered = uncoveredIds.map((id) => {
      const actor = own.actors.get(id);
      return { id, name: actor?.name ?? "", regionIds: actor?.regions.map((r) => r.id) ?? [] };
    });
    const regionName = new Map(rows.map((row) => [row.id, row.regionName]));
    const members = own.measure.memberIds.length;
    return rankProviderCandidates(own.id, rows, uncovered, rules).map((candidate, i) => providerCandidate(candidate, i + 1, category, members, regionName.get(candidate.provider.id) ?? null));
  }

  private async serviceStrategy(
    strategy: Strategy,
    category: string,
    own: Measured,
    peers: readonly Measured[],
    rules: StrategyRules,
    providers: ProviderFactsReader,
  ): Promise<StrategyResult> {
    const coverage = own.measure.serviceCoverage.find((c) => c.category === category)!;
    const lost = (m: Measured) => m.measure.keystoneDependence.categories.find((c) => c.category === category)?.lostShare ?? 0;
    const partnersOffering = (m: Measured) =>
      m.universe.edges.filter(
        (e) => e.type === "PARTNERS_WITH" && e.target === m.id && (m.actors.get(e.source)?.categories.includes(category) ?? false),
      ).length;
    const score = serviceScore(coverage.share, rules);
    const evidence: EvidenceItem[] = [
      {
        metric: "serviceCoverage.share",
        label: `Share of active members served in ${category}`,
        value: coverage.share,
        unit: "share of active members (0..1)",
        scope: own.scope,
        source: "ecosystemHealth.serviceCoverage (serviceCoverage in src/metrics/algorithms/ecosystem-health.ts)",
        peers: this.peerValues(peers, (p) => this.share(p, category)),
      },
      {
        metric: "serviceCoverage.servedMembers",
        label: `Active members served in ${category}`,
        value: coverage.servedMembers,
        unit: "firms",
        scope: own.scope,
        source: "ecosystemHealth.serviceCoverage",
        peers: this.peerValues(peers, (p) => p.measure.serviceCoverage.find((c) => c.category === category)?.servedMembers ?? 0),
      },
      {
        metric: "keystoneDependence.lostShare",
        label: `Share of members that lose every path to ${category} without the platform`,
        value: lost(own),
        unit: "share of active members (0..1)",
        scope: own.scope,
        source: "ecosystemHealth.keystoneDependence (keystoneDependence in ecosystem-health.ts)",
        peers: this.peerValues(peers, lost),
      },
      {
        metric: "partnerProviders",
        label: `Partner providers offering ${category}`,
        value: partnersOffering(own),
        unit: "providers",
        scope: own.scope,
        source: "PARTNERS_WITH relationships of providers whose categories include the category",
        peers: this.peerValues(peers, partnersOffering),
      },
    ];
    const uncovered = own.measure.uncovered[category] ?? [];
    const candidates = await this.providerCandidates(own, category, uncovered, rules, providers);
    const actions: StrategyAction[] =
      uncovered.length === 0
        ? []
        : [
            {
              rank: 1,
              kind: "SERVE_UNCOVERED_MEMBERS",
              title: `Serve the ${uncovered.length} active members without ${category}`,
              targetId: category,
              targetName: category,
              candidates,
              steps: candidates[0]?.steps ?? [],
            },
          ];
    return {
      strategy,
      thesis: THESIS[strategy],
      status: statusOf(score, rules),
      score,
      rule: `score = min(1, share of active members served in ${category} / ${rules.serviceTargetShare} (STRATEGY_SERVICE_TARGET_SHARE))`,
      evidence,
      actions,
    };
  }

  /** The home area of a platform: the ancestor of its location at the local level (or its farthest one). */
  private homeArea(m: Measured, level: string): { id: string; name: string } | null {
    const regions = m.actors.get(m.id)?.regions ?? [];
    const region = regions.find((r) => r.level === level) ?? regions[regions.length - 1];
    return region ? { id: region.id, name: region.name } : null;
  }

  private localFigures(m: Measured, rules: StrategyRules) {
    const home = this.homeArea(m, rules.localRegionLevel);
    const inHome = (regions: ReadonlyArray<{ id: string }>) => home !== null && regions.some((r) => r.id === home.id);
    const localMembers = m.measure.memberIds.filter((id) => inHome(m.actors.get(id)?.regions ?? []));
    const chainsById = new Map(m.universe.chains.map((c) => [c.id, c]));
    const localChains = m.measure.chains.filter((c) => inHome(chainsById.get(c.chainId)?.anchorRegions ?? []) && c.perStage.some((s) => s.firmCount > 0));
    const localShares = SELF_IMPROVEMENT_SERVICES.map((category) => {
      if (localMembers.length === 0) return 0;
      const uncovered = new Set(m.measure.uncovered[category] ?? []);
      return localMembers.filter((id) => !uncovered.has(id)).length / localMembers.length;
    });
    const members = m.measure.memberIds.length;
    return {
      home,
      localMembers,
      localChains,
      localMemberShare: members === 0 ? 0 : localMembers.length / members,
      meanChainCoverage: mean(localChains.map((c) => c.coverage)),
      meanServiceShare: mean(localShares),
      score: localScore(localChains.map((c) => c.coverage), localMembers.length === 0 ? [] : localShares, rules),
    };
  }

  private async localStrategy(
    own: Measured,
    peers: readonly Measured[],
    rules: StrategyRules,
    providers: ProviderFactsReader,
    observe?: QueryObserver,
  ): Promise<StrategyResult> {
    const figures = this.localFigures(own, rules);
    const peerFigures = new Map(peers.map((p) => [p.id, this.localFigures(p, rules)]));
    const homeName = figures.home?.name ?? "its home region";
    const localScope = `${own.scope}; home area ${homeName} (${rules.localRegionLevel}, STRATEGY_LOCAL_REGION_LEVEL)`;
    const evidence: EvidenceItem[] = [
      {
        metric: "localMemberShare",
        label: `Share of active members located in ${homeName}`,
        value: figures.localMemberShare,
        unit: "share of active members (0..1)",
        scope: localScope,
        source: "LOCATED_IN / PART_OF of the members",
        peers: this.peerValues(peers, (p) => peerFigures.get(p.id)!.localMemberShare),
      },
      {
        metric: "localChainCoverage.mean",
        label: `Mean coverage CC of the chains anchored in ${homeName}`,
        value: figures.meanChainCoverage,
        unit: "weighted share of stages covered (0..1)",
        scope: localScope,
        source: "chainCompleteness.coverage (chainCompleteness in src/metrics/algorithms/chain-completeness.ts)",
        peers: this.peerValues(peers, (p) => peerFigures.get(p.id)!.meanChainCoverage),
      },
      {
        metric: "localServiceCoverage.mean",
        label: `Mean share of the members in ${homeName} served, over the five self-improvement services`,
        value: figures.meanServiceShare,
        unit: "share of local members (0..1)",
        scope: localScope,
        source: "serviceCoverage restricted to the local members",
        peers: this.peerValues(peers, (p) => peerFigures.get(p.id)!.meanServiceShare),
      },
      ...figures.localChains.flatMap((chain): EvidenceItem[] => [
        { metric: "chainCompleteness.coverage", label: `${chain.name}: coverage CC`, value: chain.coverage, unit: "weighted share of stages covered (0..1)", scope: localScope, source: "chainCompleteness.coverage", peers: [] },
        { metric: "chainCompleteness.depth", label: `${chain.name}: depth CD`, value: chain.depth, unit: "mean of min(1, n_s/θ_s) (0..1)", scope: localScope, source: "chainCompleteness.depth", peers: [] },
        { metric: "chainCompleteness.linkContinuity", label: `${chain.name}: link continuity LC`, value: chain.linkContinuity, unit: "share of adjacent stage pairs linked (0..1)", scope: localScope, source: "chainCompleteness.linkContinuity", peers: [] },
      ]),
    ];

    const actions: Array<Omit<StrategyAction, "rank">> = [];
    const chainDefs = new Map(own.universe.chains.map((c) => [c.id, c]));
    const members = new Set(own.measure.memberIds);
    const stageFirms = (stageId: string) => own.measure.memberIds.filter((id) => own.actors.get(id)!.stageIds.includes(stageId));
    const chainFirmsOf = (def: Universe["chains"][number]) => [...new Set(def.stages.flatMap((s) => stageFirms(s.id)))];
    // The recruit facts of every gap and thin stage of the local chains, in one query.
    const recruitStages = figures.localChains.flatMap((chain) => {
      const def = chainDefs.get(chain.chainId)!;
      const stageIds = [...chain.gaps.map((g) => g.stageId), ...chain.thinStages.map((t) => t.stageId)];
      return [...new Set(stageIds)].map((stageId) => ({
        chainId: def.id,
        stageId,
        anchorIds: def.anchorRegions.slice(0, 1).map((r) => r.id),
        chainFirmIds: chainFirmsOf(def),
      }));
    });
    const recruitRows = new Map<string, RecruitFacts[]>();
    if (recruitStages.length > 0) {
      const rows = await this.db.read<RecruitFacts & { chainId: string; stageId: string }>(
        RECRUIT_FACTS,
        { stages: recruitStages, memberIds: own.measure.memberIds, asOf: own.universe.asOf },
        observe,
      );
      for (const { chainId, stageId, ...row } of rows) {
        const key = `${chainId}|${stageId}`;
        recruitRows.set(key, [...(recruitRows.get(key) ?? []), row]);
      }
    }
    const recruits = (def: Universe["chains"][number], stageId: string) => this.recruitCandidates(recruitRows.get(`${def.id}|${stageId}`) ?? [], stageId, rules);
    for (const chain of figures.localChains) {
      const def = chainDefs.get(chain.chainId)!;
      const chainFirmIds = chainFirmsOf(def);
      const gaps = [...chain.gaps].sort((a, b) => weightOf(def, b.stageId) - weightOf(def, a.stageId) || a.position - b.position);
      for (const gap of gaps) {
        const candidates = recruits(def, gap.stageId);
        actions.push({
          kind: "FILL_CHAIN_GAP",
          title: `Recruit ${gap.missingFirms} firm(s) into "${gap.name}" (${chain.name}: ${gap.firmCount} of θ = ${gap.minFirms})`,
          targetId: gap.stageId,
          targetName: gap.name,
          candidates,
          steps: candidates.slice(0, gap.missingFirms).flatMap((c) => c.steps),
        });
      }
      for (const thin of chain.thinStages) {
        if (chain.gaps.some((g) => g.stageId === thin.stageId)) continue;
        const candidates = recruits(def, thin.stageId);
        actions.push({
          kind: "STRENGTHEN_THIN_STAGE",
          title: `Add a second firm to "${thin.name}" (${chain.name}: rests on ${thin.reason === "SINGLE_FIRM" ? "one firm" : "an articulation point"})`,
          targetId: thin.stageId,
          targetName: thin.name,
          candidates,
          steps: candidates.slice(0, 1).flatMap((c) => c.steps),
        });
      }
      for (const link of chain.brokenLinks) {
        // A link next to an empty stage is mended by filling the stage (the gap action above).
        if (stageFirms(link.fromStageId).length === 0 || stageFirms(link.toStageId).length === 0) continue;
        const candidates = this.linkCandidates(own, stageFirms(link.fromStageId), stageFirms(link.toStageId), chainFirmIds, rules);
        const from = def.stages.find((s) => s.id === link.fromStageId)!;
        const to = def.stages.find((s) => s.id === link.toStageId)!;
        actions.push({
          kind: "REPAIR_SUPPLY_LINK",
          title: `Link "${from.name}" to "${to.name}" (${chain.name}: no active supply between them)`,
          targetId: `${link.fromStageId}->${link.toStageId}`,
          targetName: `${from.name} → ${to.name}`,
          candidates,
          steps: candidates[0]?.steps ?? [],
        });
      }
    }

    // Regions where many members sit but self-improvement coverage is low.
    const groups = new Map<string, { name: string; ids: string[] }>();
    for (const id of members) {
      const region = own.actors.get(id)!.regions.find((r) => r.level === rules.regionGroupLevel);
      if (!region) continue;
      const group = groups.get(region.id) ?? { name: region.name, ids: [] };
      group.ids.push(id);
      groups.set(region.id, group);
    }
    const ranked = [...groups.entries()]
      .map(([id, group]) => {
        const shares = SELF_IMPROVEMENT_SERVICES.map((category) => {
          const uncovered = new Set(own.measure.uncovered[category] ?? []);
          return { category, share: group.ids.filter((m) => !uncovered.has(m)).length / group.ids.length };
        });
        const meanShare = mean(shares.map((s) => serviceScore(s.share, rules)));
        const weakest = [...shares].sort((a, b) => a.share - b.share || compareIds(a.category, b.category))[0]!;
        return { id, ...group, shares, weakest, unserved: group.ids.length * (1 - meanShare) };
      })
      .filter((g) => g.unserved > 0)
      .sort((a, b) => b.unserved - a.unserved || compareIds(a.id, b.id))
      .slice(0, rules.maxCandidates);
    for (const group of ranked) {
      const uncovered = new Set(own.measure.uncovered[group.weakest.category] ?? []);
      const candidates = await this.providerCandidates(own, group.weakest.category, group.ids.filter((id) => uncovered.has(id)).sort(compareIds), rules, providers);
      actions.push({
        kind: "DEEPEN_REGION",
        title: `${group.name}: ${group.ids.length} members, weakest service ${group.weakest.category} (${(group.weakest.share * 100).toFixed(1)} % served)`,
        targetId: group.id,
        targetName: group.name,
        candidates,
        steps: candidates[0]?.steps ?? [],
      });
    }

    return {
      strategy: "INTENSIVE_LOCAL_OPERATION",
      thesis: THESIS.INTENSIVE_LOCAL_OPERATION,
      status: statusOf(figures.score, rules),
      score: figures.score,
      rule:
        "score = mean of (mean coverage CC of the chains anchored in the home area) and (mean over the five self-improvement services of min(1, share of local members served / STRATEGY_SERVICE_TARGET_SHARE))",
      evidence,
      actions: actions.map((action, i) => ({ rank: i + 1, ...action })),
    };
  }

  private async differentiationStrategy(own: Measured, peers: readonly Measured[], rules: StrategyRules, providers: ProviderFactsReader): Promise<StrategyResult> {
    const differences = SERVICE_CATEGORIES.map((category) => {
      const share = this.share(own, category);
      const peerMean = mean(peers.map((p) => this.share(p, category)));
      return { category, share, peerMean, difference: share - peerMean };
    });
    const { score, leads, lags } = differentiationScore(peers.length === 0 ? [] : differences, rules);
    const evidence: EvidenceItem[] = differences.map((d) => ({
      metric: "serviceCoverage.share",
      label: `${d.category}: share of members served (${d.difference >= rules.differentiationMargin ? "lead" : d.difference <= -rules.differentiationMargin ? "lag" : "level"}; peers' mean ${d.peerMean.toFixed(3)})`,
      value: d.share,
      unit: "share of active members (0..1)",
      scope: own.scope,
      source: "ecosystemHealth.serviceCoverage of this platform and of each peer",
      peers: this.peerValues(peers, (p) => this.share(p, d.category)),
    }));
    const actions: StrategyAction[] = [];
    for (const lag of lags) {
      const uncovered = own.measure.uncovered[lag.category] ?? [];
      const candidates = await this.providerCandidates(own, lag.category, uncovered, rules, providers);
      actions.push({
        rank: actions.length + 1,
        kind: "CLOSE_PEER_GAP",
        title: `${lag.category}: ${(lag.share * 100).toFixed(1)} % served against the peers' ${(lag.peerMean * 100).toFixed(1)} %`,
        targetId: lag.category,
        targetName: lag.category,
        candidates,
        steps: candidates[0]?.steps ?? [],
      });
    }
    return {
      strategy: "DIFFERENTIATED_DOMESTIC_SERVICE",
      thesis: THESIS.DIFFERENTIATED_DOMESTIC_SERVICE,
      status: statusOf(score, rules),
      score,
      rule:
        `score = leads / (leads + lags) over the ten service categories, a lead (lag) being coverage at least ${rules.differentiationMargin} ` +
        `(STRATEGY_DIFFERENTIATION_MARGIN) above (below) the peers' mean; 0.5 when the platform differs nowhere. Leads: ${leads.map((l) => l.category).join(", ") || "none"}`,
      evidence,
      actions,
    };
  }

  private recruitCandidates(rows: readonly RecruitFacts[], stageId: string, rules: StrategyRules): StrategyCandidate[] {
    return rankRecruitCandidates(rows, rules).map((row, i) => ({
      rank: i + 1,
      actor: { id: row.id, name: row.name, label: "Firm" },
      region: row.regionId === null ? null : { id: row.regionId, name: row.regionName ?? "" },
      basis: row.basis,
      reach: 1,
      facts: [
        { name: "inChainHomeRegion", value: row.inAnchorRegion ? 1 : 0, unit: "1 = located in the chain's home region" },
        { name: "supplyTiesToChain", value: row.tiesToChain, unit: "active SUPPLIES with the chain's firms in scope" },
      ],
      steps: [{ kind: "RECRUIT_FIRM", firmId: row.id, stageId }],
    }));
  }

  /** Pairs to link a broken stage pair: the biggest supplier of the upstream stage with the biggest buyer of the downstream one, and so on. */
  private linkCandidates(own: Measured, upstream: readonly string[], downstream: readonly string[], chainFirmIds: readonly string[], rules: StrategyRules): StrategyCandidate[] {
    const out = new Map<string, number>();
    const inbound = new Map<string, number>();
    const chainFirms = new Set(chainFirmIds);
    const volumes: number[] = [];
    for (const e of own.universe.edges) {
      if (e.type !== "SUPPLIES") continue;
      out.set(e.source, (out.get(e.source) ?? 0) + (e.volume ?? 0));
      inbound.set(e.target, (inbound.get(e.target) ?? 0) + (e.volume ?? 0));
      if (chainFirms.has(e.source) && chainFirms.has(e.target) && e.volume !== null && e.volume > 0) volumes.push(e.volume);
    }
    volumes.sort((a, b) => a - b);
    const volume = volumes.length === 0 ? 1 : volumes[Math.floor(volumes.length / 2)]!;
    const byVolume = (map: Map<string, number>) => (a: string, b: string) => (map.get(b) ?? 0) - (map.get(a) ?? 0) || compareIds(a, b);
    const suppliers = [...upstream].sort(byVolume(out));
    const buyers = [...downstream].sort(byVolume(inbound));
    const pairs = Math.min(suppliers.length, buyers.length, rules.maxCandidates);
    const result: StrategyCandidate[] = [];
    for (let i = 0; i < pairs; i++) {
      const from = own.actors.get(suppliers[i]!)!;
      const to = own.actors.get(buyers[i]!)!;
      result.push({
        rank: i + 1,
        actor: { id: from.id, name: `${from.name} → ${to.name}`, label: "Firm" },
        region: from.regions[0] ? { id: from.regions[0].id, name: from.regions[0].name } : null,
        basis: "LARGEST_TRADERS",
        reach: 1,
        facts: [
          { name: "supplierVolumeOut", value: out.get(from.id) ?? 0, unit: "active SUPPLIES volume" },
          { name: "buyerVolumeIn", value: inbound.get(to.id) ?? 0, unit: "active SUPPLIES volume" },
          { name: "linkVolume", value: volume, unit: "median volume of the chain's active supplies" },
        ],
        steps: [{ kind: "ADD_SUPPLY_LINK", fromFirmId: from.id, toFirmId: to.id, volume }],
      });
    }
    return result;
  }
}

function weightOf(chain: Universe["chains"][number], stageId: string): number {
  return chain.stages.find((s) => s.id === stageId)?.weight ?? 0;
}

function providerCandidate(candidate: ProviderCandidate, rank: number, category: string, members: number, regionName: string | null): StrategyCandidate {
  const { provider, basis, partner, reachIds } = candidate;
  const step: SimulationStep = partner
    ? { kind: "ADD_SERVICE", providerId: provider.id, category, firmIds: reachIds }
    : { kind: "ADD_PARTNER", providerId: provider.id, category, firmIds: reachIds };
  return {
    rank,
    actor: { id: provider.id, name: provider.name, label: "ServiceProvider" },
    region: provider.regionId === null ? null : { id: provider.regionId, name: regionName ?? "" },
    basis,
    reach: reachIds.length,
    facts: [
      { name: "uncoveredMembersReached", value: reachIds.length, unit: "active members not yet served in the category" },
      { name: "shareOfMembersReached", value: members === 0 ? 0 : reachIds.length / members, unit: "share of active members (0..1)" },
      { name: "firmsServedInCategory", value: provider.capacity, unit: "firms served in the category today (anywhere)" },
      { name: "memberClients", value: provider.memberClientIds.length, unit: "active members it serves in any category" },
      { name: "partnerPlatforms", value: provider.partnerPlatformIds.length, unit: "platforms it partners with" },
      { name: "partnerOfPlatform", value: partner ? 1 : 0, unit: "1 = already a partner" },
    ],
    steps: [step],
  };
}
