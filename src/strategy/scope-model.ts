import { SELF_IMPROVEMENT_SERVICES, SERVICE_CATEGORIES, type ServiceCategory } from "../domain";
import { articulationPoints } from "../metrics/algorithms/brokerage";
import { betweennessCentrality, degreeCentrality, pageRank } from "../metrics/algorithms/centrality";
import { chainCompleteness, type ChainCompleteness, type SupplyLink } from "../metrics/algorithms/chain-completeness";
import {
  herfindahlIndex,
  keystoneDependence,
  serviceCoverage,
  shannonDiversity,
  type CategoryCoverage,
  type HerfindahlIndex,
  type KeystoneDependence,
} from "../metrics/algorithms/ecosystem-health";
import { MetricTooLargeError } from "../metrics/algorithms/metric-errors";
import { buildGraph, compareIds, type MetricGraph } from "../metrics/algorithms/metric-graph";

/**
 * A platform's ecosystem as plain, serialisable data (no Neo4j, no classes), and its measurement
 * with the project's metric algorithms (src/metrics/algorithms). The strategy advisor measures
 * the ecosystem as it is and, in the simulation, as it would be after some actions: both go
 * through {@link measureScope}, so "before" and "after" are computed the same way, and the same
 * way as `ecosystemHealth` and `chainCompleteness` (an integration test checks the figures are
 * equal on the sample data).
 *
 * The *universe* holds the ecosystem's actors plus any outside actor an action names (a provider
 * to partner with, a firm to recruit, the providers already serving that firm), with every active
 * relationship among them. Which of them belong to the ecosystem is derived, not stored, by the
 * rule of the metric scope (src/metrics/graph-reader.ts, ECOSYSTEM_ACTORS): the platform, its
 * active member firms, the providers that partner with it or serve a member, and the agencies
 * that support it. So a recruited firm brings its existing ties with it, and a firm whose
 * membership ends takes its own with it.
 */

export type ActorLabel = "Platform" | "Firm" | "ServiceProvider" | "GovernmentAgency";

export interface RegionRef {
  id: string;
  name: string;
  level: string | null;
}

export interface UniverseActor {
  id: string;
  name: string;
  label: ActorLabel;
  population: string | null;
  /** Service categories offered (providers). */
  categories: string[];
  /** The region the actor is located in, then its ancestors (PART_OF), nearest first. */
  regions: RegionRef[];
  /** Chain stages the firm operates in. */
  stageIds: string[];
  /** Active SUPPLIES volume to firms outside the universe (counts in supply concentration). */
  externalSupplyVolume: number;
}

/** An active relationship between two actors of the universe. */
export interface UniverseEdge {
  source: string;
  target: string;
  /** MEMBER_OF, SUPPLIES, SERVES, PARTNERS_WITH or SUPPORTS. */
  type: string;
  /** SUPPLIES volume (null when unknown). */
  volume: number | null;
  /** SERVES category. */
  category: string | null;
}

export interface ChainDefinition {
  id: string;
  name: string;
  industry: string | null;
  /** The chain's home region and its ancestors, nearest first. */
  anchorRegions: RegionRef[];
  stages: Array<{ id: string; name: string; position: number; weight: number; minFirms: number }>;
}

export interface Universe {
  platformId: string;
  /** The day the universe was read as of; null for today. */
  asOf: string | null;
  actors: UniverseActor[];
  edges: UniverseEdge[];
  /** The chains the scope's firms operate in (and any chain an action names). */
  chains: ChainDefinition[];
}

export interface ChainMeasure extends ChainCompleteness {
  chainId: string;
  name: string;
}

export interface CentralityValues {
  /** Total degree in the ecosystem graph. */
  degree: number;
  pageRank: number;
  /** Brandes betweenness, normalised; null above the exact-algorithm limit. */
  betweenness: number | null;
}

/** Everything the strategies read from one state of the ecosystem. */
export interface ScopeMeasure {
  platformId: string;
  memberIds: string[];
  actorIds: string[];
  serviceCoverage: CategoryCoverage[];
  keystoneDependence: KeystoneDependence;
  /** Shannon H' and Pielou J' over populations, providers counted per category (as ecosystemHealth). */
  diversity: number;
  evenness: number;
  supplyConcentration: HerfindahlIndex;
  serviceConcentration: HerfindahlIndex;
  chains: ChainMeasure[];
  /** Members not served, per category. */
  uncovered: Record<string, string[]>;
  /** The ecosystem graph (undirected, unweighted, every actor relationship type). Not serialisable; left out of results. */
  graph: MetricGraph;
}

export interface MeasureOptions {
  /** Largest n·m for exact betweenness; above it betweenness is null. */
  exactLimit: number;
}

/** The ecosystem's actors, by the rule of the metric scope (see the module comment). */
export function scopeActorIds(universe: Universe): { actorIds: Set<string>; memberIds: string[] } {
  const { platformId } = universe;
  const label = new Map(universe.actors.map((actor) => [actor.id, actor.label]));
  const members = new Set<string>();
  for (const edge of universe.edges) {
    if (edge.type === "MEMBER_OF" && edge.target === platformId && label.get(edge.source) === "Firm") members.add(edge.source);
  }
  const actorIds = new Set<string>([platformId, ...members]);
  for (const edge of universe.edges) {
    const sourceLabel = label.get(edge.source);
    if (edge.type === "PARTNERS_WITH" && edge.target === platformId && sourceLabel === "ServiceProvider") actorIds.add(edge.source);
    if (edge.type === "SERVES" && members.has(edge.target) && sourceLabel === "ServiceProvider") actorIds.add(edge.source);
    if (edge.type === "SUPPORTS" && edge.target === platformId && sourceLabel === "GovernmentAgency") actorIds.add(edge.source);
  }
  return { actorIds, memberIds: [...members].sort(compareIds) };
}

/**
 * Measures one state of the ecosystem with the metric algorithms: service coverage
 * (`serviceCoverage`), keystone dependence (`keystoneDependence`), population balance
 * (`shannonDiversity`), concentration (`herfindahlIndex`) and chain completeness
 * (`chainCompleteness`, thin stages against `articulationPoints` of the ecosystem graph). The
 * inputs are assembled as `HealthService` and `ChainService` assemble them from Neo4j.
 */
export function measureScope(universe: Universe): ScopeMeasure {
  const { platformId } = universe;
  const { actorIds, memberIds } = scopeActorIds(universe);
  const members = new Set(memberIds);
  const actorById = new Map(universe.actors.map((actor) => [actor.id, actor]));

  const nodes = [...actorIds].map((id) => {
    const population = actorById.get(id)?.population ?? null;
    return population === null ? { id } : { id, population };
  });
  const edges = universe.edges
    .filter((edge) => actorIds.has(edge.source) && actorIds.has(edge.target))
    .map((edge) => ({ source: edge.source, target: edge.target, type: edge.type, weight: 1 }));
  const graph = buildGraph({ nodes, edges }, { directed: false, weighted: false });

  // Population balance: providers counted once per category they offer (ecosystemHealth's rule).
  const populationCounts: Record<string, number> = {};
  for (const id of actorIds) {
    const actor = actorById.get(id);
    const groups =
      actor?.population === "SERVICE_PROVIDER" && actor.categories.length > 0
        ? actor.categories.map((category) => `SERVICE_PROVIDER:${category}`)
        : [actor?.population ?? "UNKNOWN"];
    for (const group of groups) populationCounts[group] = (populationCounts[group] ?? 0) + 1;
  }
  const balance = shannonDiversity(populationCounts);

  // Services to members, one row per SERVES relationship (as health.memberActivity returns them).
  const servedBy: Array<{ firmId: string; category: ServiceCategory }> = [];
  const servicesByProvider = new Map<string, number>();
  const providersByCategory: Partial<Record<ServiceCategory, string[]>> = {};
  const suppliedVolume = new Map<string, number>(memberIds.map((id) => [id, actorById.get(id)?.externalSupplyVolume ?? 0]));
  for (const edge of universe.edges) {
    if (edge.type === "SERVES" && members.has(edge.target) && edge.category !== null) {
      const category = edge.category as ServiceCategory;
      servedBy.push({ firmId: edge.target, category });
      servicesByProvider.set(edge.source, (servicesByProvider.get(edge.source) ?? 0) + 1);
      (providersByCategory[category] ??= []).push(edge.source);
    }
    if (edge.type === "SUPPLIES" && members.has(edge.source) && actorById.get(edge.target)?.label === "Firm") {
      suppliedVolume.set(edge.source, (suppliedVolume.get(edge.source) ?? 0) + (edge.volume ?? 0));
    }
  }
  const coverage = serviceCoverage(memberIds, servedBy);
  const servedIn = new Map<string, Set<string>>();
  for (const row of servedBy) {
    let firms = servedIn.get(row.category);
    if (!firms) servedIn.set(row.category, (firms = new Set()));
    firms.add(row.firmId);
  }
  const uncovered: Record<string, string[]> = {};
  for (const category of SERVICE_CATEGORIES) {
    const served = servedIn.get(category) ?? new Set<string>();
    uncovered[category] = memberIds.filter((id) => !served.has(id));
  }

  const cuts = new Set(articulationPoints(graph));
  const chains = universe.chains.map((chain): ChainMeasure => {
    const stageIds = new Set(chain.stages.map((stage) => stage.id));
    const chainFirms = new Set(
      memberIds.filter((id) => actorById.get(id)?.stageIds.some((stageId) => stageIds.has(stageId))),
    );
    const stages = chain.stages.map((stage) => ({
      ...stage,
      firmIds: [...chainFirms].filter((id) => actorById.get(id)!.stageIds.includes(stage.id)),
    }));
    const seen = new Set<string>();
    const supplies: SupplyLink[] = [];
    for (const edge of universe.edges) {
      if (edge.type !== "SUPPLIES" || !chainFirms.has(edge.source) || !chainFirms.has(edge.target)) continue;
      const key = `${edge.source}\u0000${edge.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      supplies.push({ from: edge.source, to: edge.target });
    }
    return { chainId: chain.id, name: chain.name, ...chainCompleteness(stages, supplies, { articulationPoints: cuts }) };
  });

  return {
    platformId,
    memberIds,
    actorIds: [...actorIds].sort(compareIds),
    serviceCoverage: coverage,
    keystoneDependence: keystoneDependence({ graph, platformId, memberIds, providersByCategory }),
    diversity: balance.H,
    evenness: balance.J,
    supplyConcentration: herfindahlIndex([...suppliedVolume.values()].filter((v) => v > 0)),
    serviceConcentration: herfindahlIndex([...servicesByProvider.values()]),
    chains,
    uncovered,
    graph,
  };
}

/** Degree, PageRank and (within the limit) betweenness of some actors of a measured scope. */
export function centralityOf(measure: ScopeMeasure, ids: readonly string[], options: MeasureOptions): Map<string, CentralityValues> {
  const { graph } = measure;
  const wanted = ids.filter((id) => graph.hasNode(id));
  const result = new Map<string, CentralityValues>();
  if (wanted.length === 0) return result;
  const degree = degreeCentrality(graph);
  const rank = pageRank(graph);
  let betweenness: Record<string, number> | null = null;
  try {
    betweenness = betweennessCentrality(graph, { maxNodesTimesEdges: options.exactLimit });
  } catch (error) {
    if (!(error instanceof MetricTooLargeError)) throw error;
  }
  for (const id of wanted) {
    result.set(id, { degree: degree[id]!.total, pageRank: rank[id]!, betweenness: betweenness?.[id] ?? null });
  }
  return result;
}

/** Share of members served in a category (0 when the category is not listed). */
export function coverageShare(measure: Pick<ScopeMeasure, "serviceCoverage">, category: string): number {
  return measure.serviceCoverage.find((c) => c.category === category)?.share ?? 0;
}

export const SELF_IMPROVEMENT: readonly string[] = SELF_IMPROVEMENT_SERVICES;
