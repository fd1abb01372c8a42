import { SERVICE_CATEGORIES } from "../domain";
import { InvalidInputError } from "../errors";
import { compareIds } from "../metrics/algorithms/metric-graph";
import {
  centralityOf,
  measureScope,
  scopeActorIds,
  type CentralityValues,
  type MeasureOptions,
  type ScopeMeasure,
  type Universe,
  type UniverseEdge,
} from "./scope-model";

/**
 * What-if simulation of strategy actions (docs/strategies.md, "Simulation"). PURE: plain,
 * serialisable input → plain output, no database, no clock, no shared state, so it can run in a
 * worker thread (`simulate` is the whole entry point). The actions are applied to a copy of the
 * universe (see scope-model.ts); the input is never changed.
 */

export const SIMULATION_STEP_KINDS = ["ADD_PARTNER", "ADD_SERVICE", "RECRUIT_FIRM", "ADD_SUPPLY_LINK", "END_MEMBERSHIP"] as const;
export type SimulationStepKind = (typeof SIMULATION_STEP_KINDS)[number];

/**
 * One action. Which fields a kind needs:
 * - ADD_PARTNER: providerId; optionally category + firmIds (the members it would serve in it);
 * - ADD_SERVICE: providerId, category, firmIds (a provider starts serving these firms);
 * - RECRUIT_FIRM: firmId; optionally stageId (the chain stage it would operate in);
 * - ADD_SUPPLY_LINK: fromFirmId, toFirmId; optionally volume (default 1);
 * - END_MEMBERSHIP: firmId (an active member).
 */
export interface SimulationStep {
  kind: SimulationStepKind;
  providerId?: string | null;
  category?: string | null;
  firmIds?: string[] | null;
  firmId?: string | null;
  stageId?: string | null;
  fromFirmId?: string | null;
  toFirmId?: string | null;
  volume?: number | null;
}

export interface SimulationInput {
  universe: Universe;
  steps: SimulationStep[];
  options: MeasureOptions;
}

export interface Change {
  before: number | null;
  after: number | null;
  /** after − before; null when either is null. */
  delta: number | null;
}

export interface CategoryChange {
  category: string;
  selfImprovement: boolean;
  servedMembers: Change;
  share: Change;
  /** Share of members that lose every path to the category without the platform (keystone dependence). */
  lostShareWithoutPlatform: Change;
}

export interface ChainChange {
  chainId: string;
  name: string;
  coverage: Change;
  depth: Change;
  linkContinuity: Change;
  gapsBefore: string[];
  gapsAfter: string[];
  thinStagesBefore: string[];
  thinStagesAfter: string[];
  brokenLinksBefore: number;
  brokenLinksAfter: number;
}

export interface ActorCentralityChange {
  actorId: string;
  name: string;
  /** PLATFORM, or NEW for an actor the actions bring into the ecosystem or name. */
  role: "PLATFORM" | "NEW" | "NAMED";
  degree: Change;
  pageRank: Change;
  betweenness: Change;
}

export interface StepOutcome {
  index: number;
  kind: SimulationStepKind;
  /** What the step changed, in words. */
  effect: string;
}

export interface SimulationResult {
  platformId: string;
  asOf: string | null;
  steps: StepOutcome[];
  activeMembers: Change;
  actors: Change;
  serviceCoverage: CategoryChange[];
  chains: ChainChange[];
  /** Share of members falling out of the largest component without the platform. */
  keystoneFallOutShare: Change;
  diversity: Change;
  evenness: Change;
  supplyHhi: Change;
  serviceHhi: Change;
  centrality: ActorCentralityChange[];
}

function change(before: number | null, after: number | null): Change {
  return { before, after, delta: before === null || after === null ? null : after - before };
}

/** Applies the steps to a copy of the universe and measures both states. */
export function simulate(input: SimulationInput): SimulationResult {
  const { universe, steps, options } = input;
  if (!Array.isArray(steps) || steps.length === 0) {
    throw new InvalidInputError("A simulation needs at least one action; pass the steps of an assessment's action or candidate.");
  }
  const { universe: after, outcomes, named } = applySteps(universe, steps);
  const before = measureScope(universe);
  const measured = measureScope(after);
  return compare(universe, after, before, measured, outcomes, named, options);
}

/** Checks every step against the universe as the earlier steps left it, then applies them all. */
export function applySteps(
  universe: Universe,
  steps: readonly SimulationStep[],
): { universe: Universe; outcomes: StepOutcome[]; named: string[] } {
  const actors = new Map(universe.actors.map((actor) => [actor.id, { ...actor, stageIds: [...actor.stageIds] }]));
  const edges: UniverseEdge[] = [...universe.edges];
  const stages = new Map(universe.chains.flatMap((chain) => chain.stages.map((stage) => [stage.id, { chain, stage }] as const)));
  const { platformId } = universe;
  const outcomes: StepOutcome[] = [];
  const named = new Set<string>();
  const problems: string[] = [];
  const memberSet = new Set(scopeActorIds(universe).memberIds);
  // Keys of the relationships present, so a step's "already there?" check is not a scan.
  const key = (type: string, source: string, target: string, category: string | null) => `${type}\u0000${source}\u0000${target}\u0000${category ?? ""}`;
  const present = new Set<string>();
  for (const e of edges) {
    present.add(key(e.type, e.source, e.target, e.category));
    present.add(key(e.type, e.source, e.target, null));
  }
  const hasEdge = (type: string, source: string, target: string, category: string | null = null) => present.has(key(type, source, target, category));
  const addEdge = (edge: UniverseEdge) => {
    edges.push(edge);
    present.add(key(edge.type, edge.source, edge.target, edge.category));
    present.add(key(edge.type, edge.source, edge.target, null));
  };

  steps.forEach((step, index) => {
    const at = `action ${index + 1} (${String(step?.kind)})`;
    const fail = (message: string) => problems.push(`${at}: ${message}`);
    const actor = (id: unknown, label: string, field: string) => {
      if (typeof id !== "string" || id === "") {
        fail(`${field} is required`);
        return undefined;
      }
      const found = actors.get(id);
      if (!found || found.label !== label) {
        fail(`${field} ${JSON.stringify(id)} is not a ${label} the simulation knows (an actor of the ecosystem or one the actions name)`);
        return undefined;
      }
      named.add(id);
      return found;
    };
    if (!step || !(SIMULATION_STEP_KINDS as readonly string[]).includes(step.kind)) {
      fail(`kind must be one of ${SIMULATION_STEP_KINDS.join(", ")}`);
      return;
    }
    switch (step.kind) {
      case "ADD_PARTNER":
      case "ADD_SERVICE": {
        const provider = actor(step.providerId, "ServiceProvider", "providerId");
        const category = step.category ?? null;
        const firmIds = step.firmIds ?? [];
        if (step.kind === "ADD_SERVICE" && (category === null || firmIds.length === 0)) {
          fail("ADD_SERVICE needs a category and at least one firm in firmIds");
          return;
        }
        if (category !== null && !(SERVICE_CATEGORIES as readonly string[]).includes(category)) {
          fail(`category must be one of ${SERVICE_CATEGORIES.join(", ")}, but got: ${JSON.stringify(category)}`);
          return;
        }
        if (category === null && firmIds.length > 0) {
          fail("firmIds need a category: the category the provider would serve them in");
          return;
        }
        const firms = firmIds.map((id, i) => actor(id, "Firm", `firmIds[${i}]`));
        if (!provider || firms.some((f) => f === undefined)) return;
        if (category !== null && !provider.categories.includes(category)) {
          fail(`the provider ${provider.name} does not offer ${category}; it offers ${provider.categories.join(", ") || "nothing listed"}`);
          return;
        }
        const parts: string[] = [];
        if (step.kind === "ADD_PARTNER") {
          if (hasEdge("PARTNERS_WITH", provider.id, platformId)) parts.push(`${provider.name} already partners with the platform`);
          else {
            addEdge({ source: provider.id, target: platformId, type: "PARTNERS_WITH", volume: null, category: null });
            parts.push(`${provider.name} partners with the platform`);
          }
        }
        if (category !== null) {
          let added = 0;
          for (const firm of firms as NonNullable<(typeof firms)[number]>[]) {
            if (hasEdge("SERVES", provider.id, firm.id, category)) continue;
            addEdge({ source: provider.id, target: firm.id, type: "SERVES", volume: null, category });
            added++;
          }
          parts.push(`${provider.name} serves ${added} more firm(s) in ${category}${added < firms.length ? ` (${firms.length - added} already served by it)` : ""}`);
        }
        outcomes.push({ index, kind: step.kind, effect: parts.join("; ") });
        return;
      }
      case "RECRUIT_FIRM": {
        const firm = actor(step.firmId, "Firm", "firmId");
        const stageId = step.stageId ?? null;
        const target = stageId === null ? undefined : stages.get(stageId);
        if (stageId !== null && !target) {
          fail(`stageId ${JSON.stringify(stageId)} is not a stage of the chains the simulation knows`);
          return;
        }
        if (!firm) return;
        const parts: string[] = [];
        if (memberSet.has(firm.id)) parts.push(`${firm.name} is already a member`);
        else {
          addEdge({ source: firm.id, target: platformId, type: "MEMBER_OF", volume: null, category: null });
          memberSet.add(firm.id);
          parts.push(`${firm.name} joins the platform`);
        }
        if (target) {
          if (firm.stageIds.includes(target.stage.id)) parts.push(`it already operates in ${target.stage.name}`);
          else {
            firm.stageIds.push(target.stage.id);
            parts.push(`it operates in ${target.stage.name} (${target.chain.name})`);
          }
        }
        outcomes.push({ index, kind: step.kind, effect: parts.join("; ") });
        return;
      }
      case "ADD_SUPPLY_LINK": {
        const from = actor(step.fromFirmId, "Firm", "fromFirmId");
        const to = actor(step.toFirmId, "Firm", "toFirmId");
        const volume = step.volume ?? 1;
        if (!Number.isFinite(volume) || volume <= 0) {
          fail(`volume must be a positive number, but got: ${JSON.stringify(step.volume)}`);
          return;
        }
        if (!from || !to) return;
        if (from.id === to.id) {
          fail("a firm cannot supply itself: fromFirmId and toFirmId must differ");
          return;
        }
        edges.push({ source: from.id, target: to.id, type: "SUPPLIES", volume, category: null });
        outcomes.push({ index, kind: step.kind, effect: `${from.name} supplies ${to.name} (volume ${volume})` });
        return;
      }
      case "END_MEMBERSHIP": {
        const firm = actor(step.firmId, "Firm", "firmId");
        if (!firm) return;
        if (!memberSet.has(firm.id)) {
          fail(`${firm.name} is not an active member, so its membership cannot end`);
          return;
        }
        for (let i = edges.length - 1; i >= 0; i--) {
          const e = edges[i]!;
          if (e.type === "MEMBER_OF" && e.source === firm.id && e.target === platformId) edges.splice(i, 1);
        }
        memberSet.delete(firm.id);
        outcomes.push({ index, kind: step.kind, effect: `${firm.name} leaves the platform` });
        return;
      }
    }
  });
  if (problems.length > 0) {
    throw new InvalidInputError(`The simulation was not run; nothing was changed. ${problems.join("; ")}.`);
  }
  return { universe: { ...universe, actors: [...actors.values()], edges }, outcomes, named: [...named].sort(compareIds) };
}

function compare(
  beforeUniverse: Universe,
  afterUniverse: Universe,
  before: ScopeMeasure,
  after: ScopeMeasure,
  outcomes: StepOutcome[],
  named: string[],
  options: MeasureOptions,
): SimulationResult {
  const names = new Map(afterUniverse.actors.map((a) => [a.id, a.name]));
  const beforeIds = new Set(before.actorIds);
  const newIds = after.actorIds.filter((id) => !beforeIds.has(id));
  const roles = new Map<string, ActorCentralityChange["role"]>([[beforeUniverse.platformId, "PLATFORM"]]);
  for (const id of newIds) if (!roles.has(id)) roles.set(id, "NEW");
  for (const id of named) if (!roles.has(id)) roles.set(id, "NAMED");
  const ids = [...roles.keys()];
  const centralityBefore = centralityOf(before, ids, options);
  const centralityAfter = centralityOf(after, ids, options);
  const pick = (map: Map<string, CentralityValues>, id: string, key: keyof CentralityValues) => map.get(id)?.[key] ?? null;

  const lost = (measure: ScopeMeasure, category: string) =>
    measure.keystoneDependence.categories.find((c) => c.category === category)?.lostShare ?? 0;
  const afterChains = new Map(after.chains.map((chain) => [chain.chainId, chain]));
  const stageNames = (list: Array<{ name: string }>) => list.map((s) => s.name);

  return {
    platformId: beforeUniverse.platformId,
    asOf: beforeUniverse.asOf,
    steps: outcomes,
    activeMembers: change(before.memberIds.length, after.memberIds.length),
    actors: change(before.actorIds.length, after.actorIds.length),
    serviceCoverage: before.serviceCoverage.map((b) => {
      const a = after.serviceCoverage.find((c) => c.category === b.category)!;
      return {
        category: b.category,
        selfImprovement: b.selfImprovement,
        servedMembers: change(b.servedMembers, a.servedMembers),
        share: change(b.share, a.share),
        lostShareWithoutPlatform: change(lost(before, b.category), lost(after, b.category)),
      };
    }),
    chains: before.chains.map((b) => {
      const a = afterChains.get(b.chainId)!;
      return {
        chainId: b.chainId,
        name: b.name,
        coverage: change(b.coverage, a.coverage),
        depth: change(b.depth, a.depth),
        linkContinuity: change(b.linkContinuity, a.linkContinuity),
        gapsBefore: stageNames(b.gaps),
        gapsAfter: stageNames(a.gaps),
        thinStagesBefore: stageNames(b.thinStages),
        thinStagesAfter: stageNames(a.thinStages),
        brokenLinksBefore: b.brokenLinks.length,
        brokenLinksAfter: a.brokenLinks.length,
      };
    }),
    keystoneFallOutShare: change(
      before.keystoneDependence.largestComponent.fallOutShare,
      after.keystoneDependence.largestComponent.fallOutShare,
    ),
    diversity: change(before.diversity, after.diversity),
    evenness: change(before.evenness, after.evenness),
    supplyHhi: change(before.supplyConcentration.hhi, after.supplyConcentration.hhi),
    serviceHhi: change(before.serviceConcentration.hhi, after.serviceConcentration.hhi),
    centrality: ids.map((id) => ({
      actorId: id,
      name: names.get(id) ?? "",
      role: roles.get(id)!,
      degree: change(pick(centralityBefore, id, "degree"), pick(centralityAfter, id, "degree")),
      pageRank: change(pick(centralityBefore, id, "pageRank"), pick(centralityAfter, id, "pageRank")),
      betweenness: change(pick(centralityBefore, id, "betweenness"), pick(centralityAfter, id, "betweenness")),
    })),
  };
}
