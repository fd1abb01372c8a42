import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { InvalidInputError } from "../errors";
import { articulationPoints, burtConstraint, effectiveSize } from "./algorithms/brokerage";
import {
  betweennessCentrality,
  degreeCentrality,
  eigenvectorCentrality,
  harmonicCloseness,
  pageRank,
  topN,
  type DegreeScores,
} from "./algorithms/centrality";
import { MetricTooLargeError } from "./algorithms/metric-errors";
import { buildGraph, type MetricGraph } from "./algorithms/metric-graph";
import { DEFAULT_SELECTION, describeSelection, readMetricGraph, type GraphSelection } from "./graph-reader";
import type { MetricCache } from "./metric-cache";

/** The centrality measures Ecograph computes (DESIGN.md, "Metrics — Centrality"). */
export enum CentralityMeasure {
  DEGREE = "DEGREE",
  IN_DEGREE = "IN_DEGREE",
  OUT_DEGREE = "OUT_DEGREE",
  WEIGHTED_DEGREE = "WEIGHTED_DEGREE",
  BETWEENNESS = "BETWEENNESS",
  CLOSENESS = "CLOSENESS",
  EIGENVECTOR = "EIGENVECTOR",
  PAGERANK = "PAGERANK",
}

export interface PowerIterationParameters {
  /** PageRank damping factor α (probability of following a relationship), 0 < α < 1. */
  readonly damping?: number | undefined;
  /** Convergence tolerance of PageRank and eigenvector centrality. */
  readonly tolerance?: number | undefined;
}

export interface MetricLimits {
  /** Largest n·m for exact betweenness and closeness (METRICS_EXACT_LIMIT). */
  readonly maxNodesTimesEdges: number;
}

export interface ActorRef {
  readonly id: string;
  readonly name: string;
  readonly label: string;
}

export interface RankedActor extends ActorRef {
  readonly rank: number;
  readonly score: number;
}

/** On-demand metrics of one actor over the default selection (every actor, all actor relationships, undirected). */
export interface ActorMetricValues {
  readonly degree: number;
  readonly weightedDegree: number;
  readonly pageRank: number;
  readonly eigenvector: number;
  /** null when the graph is above the exact-algorithm limit. */
  readonly betweenness: number | null;
  readonly closeness: number | null;
  readonly constraint: number | null;
  readonly effectiveSize: number | null;
  readonly articulationPoint: boolean;
}

export interface BrokerScore extends ActorRef {
  readonly constraint: number | null;
  readonly effectiveSize: number | null;
}

export interface Brokerage {
  readonly actorCount: number;
  /** Actors whose removal disconnects part of the scope: single points of failure. */
  readonly articulationPoints: readonly ActorRef[];
  /** The strongest brokers: lowest constraint first (Burt: low constraint = many structural holes). */
  readonly topBrokers: readonly BrokerScore[];
}

export const ACTOR_NAMES: NamedQuery = {
  name: "metrics.actorNames",
  cypher: `
    UNWIND $ids AS id
    MATCH (n:Actor {id: id})
    RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Actor'][0] AS label`,
};

/**
 * Centrality and brokerage over a graph read from Neo4j, cached per graph version. Services
 * import nothing from GraphQL: resolvers (metrics.resolver.ts) and scripts call them alike.
 */
export class MetricsService {
  constructor(
    private readonly db: Database,
    private readonly cache: MetricCache,
    private readonly limits: MetricLimits,
  ) {}

  /** The graph of a selection, as of the current graph version (cached). */
  async graph(selection: GraphSelection, observe?: QueryObserver): Promise<MetricGraph> {
    await this.cache.refresh(observe);
    return this.cachedGraph(selection, observe);
  }

  /** One centrality measure for every actor of a selection (cached). */
  async scores(
    measure: CentralityMeasure,
    selection: GraphSelection,
    parameters: PowerIterationParameters = {},
    observe?: QueryObserver,
  ): Promise<Record<string, number>> {
    checkParameters(parameters);
    const key = `scores:${measure}:${describeSelection(selection)}:${JSON.stringify(parameters)}`;
    await this.cache.refresh(observe);
    return this.cache.get(key, async () => this.compute(measure, await this.cachedGraph(selection, observe), parameters));
  }

  /** The top `top` actors by a measure; ties are broken by name, then id, so the order is stable. */
  async ranking(
    measure: CentralityMeasure,
    selection: GraphSelection,
    top: number,
    parameters: PowerIterationParameters = {},
    observe?: QueryObserver,
  ): Promise<RankedActor[]> {
    if (!Number.isInteger(top) || top < 1 || top > 1000) {
      throw new InvalidInputError(`top must be a whole number from 1 to 1000, but got: ${top}`);
    }
    const scores = await this.scores(measure, selection, parameters, observe);
    // Names are needed only for the actors that can make the list: those scoring at least the
    // top-th score (ties at the cut included), not for the whole graph.
    const sorted = Object.values(scores).sort((a, b) => b - a);
    const cut = sorted[Math.min(top, sorted.length) - 1] ?? -Infinity;
    const candidates = Object.fromEntries(Object.entries(scores).filter(([, score]) => score >= cut));
    const names = await this.names(Object.keys(candidates), observe);
    return topN(candidates, top, (id) => names.get(id)?.name ?? "").map((entry) => ({
      ...(names.get(entry.id) ?? { id: entry.id, name: "", label: "" }),
      rank: entry.rank,
      score: entry.score,
    }));
  }

  /**
   * Metrics of many actors at once over the default selection, in the order of `ids` (an
   * `Error` in the slot of an id that is not an actor), for a DataLoader: one graph read serves
   * a whole list query.
   */
  async actorMetrics(ids: readonly string[], observe?: QueryObserver): Promise<Array<ActorMetricValues | Error>> {
    await this.cache.refresh(observe);
    const all = await this.cache.get("actorMetrics:default", async () =>
      this.allActorMetrics(await this.cachedGraph(DEFAULT_SELECTION, observe)),
    );
    return ids.map((id) => all.get(id) ?? new InvalidInputError(`No actor has the id ${JSON.stringify(id)}`));
  }

  /** Burt's constraint, effective size and articulation points of a selection. */
  async brokerage(selection: GraphSelection, top: number, observe?: QueryObserver): Promise<Brokerage> {
    const graph = await this.graph(selection, observe);
    const constraint = burtConstraint(graph);
    const size = effectiveSize(graph);
    const cuts = articulationPoints(graph);
    const lowestConstraint = Object.entries(constraint)
      .filter((entry): entry is [string, number] => entry[1] !== null)
      .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]))
      .slice(0, top);
    const names = await this.names([...cuts, ...lowestConstraint.map(([id]) => id)], observe);
    return {
      actorCount: graph.order,
      articulationPoints: cuts.map((id) => names.get(id) ?? { id, name: "", label: "" }),
      topBrokers: lowestConstraint.map(([id, value]) => ({
        ...(names.get(id) ?? { id, name: "", label: "" }),
        constraint: value,
        effectiveSize: size[id] ?? null,
      })),
    };
  }

  /** Id, name and label of actors, by id. */
  async names(ids: readonly string[], observe?: QueryObserver): Promise<Map<string, ActorRef>> {
    const rows = await this.db.read<{ id: string; name: string; label: string }>(ACTOR_NAMES, { ids }, observe);
    return new Map(rows.map((row) => [row.id, row]));
  }

  /** The graph of a selection from the cache; the caller has refreshed the version. */
  private cachedGraph(selection: GraphSelection, observe?: QueryObserver): Promise<MetricGraph> {
    return this.cache.get(`graph:${describeSelection(selection)}`, async () => {
      const input = await readMetricGraph(this.db, selection, observe);
      return buildGraph(input, {
        directed: selection.directed,
        weighted: selection.weighted,
        relationshipTypes: [...selection.relationshipTypes],
      });
    });
  }

  private compute(measure: CentralityMeasure, graph: MetricGraph, parameters: PowerIterationParameters): Record<string, number> {
    const degree = (pick: (d: DegreeScores) => number) =>
      Object.fromEntries(Object.entries(degreeCentrality(graph)).map(([id, d]) => [id, pick(d)]));
    switch (measure) {
      case CentralityMeasure.DEGREE:
        return degree((d) => d.total);
      case CentralityMeasure.IN_DEGREE:
        return degree((d) => d.in);
      case CentralityMeasure.OUT_DEGREE:
        return degree((d) => d.out);
      case CentralityMeasure.WEIGHTED_DEGREE:
        return degree((d) => d.weighted);
      case CentralityMeasure.BETWEENNESS:
        return betweennessCentrality(graph, { maxNodesTimesEdges: this.limits.maxNodesTimesEdges });
      case CentralityMeasure.CLOSENESS:
        return harmonicCloseness(graph, { maxNodesTimesEdges: this.limits.maxNodesTimesEdges });
      case CentralityMeasure.EIGENVECTOR:
        return eigenvectorCentrality(graph, powerIteration(parameters));
      case CentralityMeasure.PAGERANK:
        return pageRank(graph, { ...powerIteration(parameters), ...(parameters.damping !== undefined && { damping: parameters.damping }) });
    }
  }

  private allActorMetrics(graph: MetricGraph): Map<string, ActorMetricValues> {
    const degree = degreeCentrality(graph);
    const rank = pageRank(graph);
    const eigen = eigenvectorCentrality(graph);
    const exact = this.exactOrNull(() => ({
      betweenness: betweennessCentrality(graph, { maxNodesTimesEdges: this.limits.maxNodesTimesEdges }),
      closeness: harmonicCloseness(graph, { maxNodesTimesEdges: this.limits.maxNodesTimesEdges }),
    }));
    const constraint = burtConstraint(graph);
    const size = effectiveSize(graph);
    const cuts = new Set(articulationPoints(graph));
    const result = new Map<string, ActorMetricValues>();
    graph.forEachNode((id) => {
      result.set(id, {
        degree: degree[id]!.total,
        weightedDegree: degree[id]!.weighted,
        pageRank: rank[id]!,
        eigenvector: eigen[id]!,
        betweenness: exact?.betweenness[id] ?? null,
        closeness: exact?.closeness[id] ?? null,
        constraint: constraint[id] ?? null,
        effectiveSize: size[id] ?? null,
        articulationPoint: cuts.has(id),
      });
    });
    return result;
  }

  /** Exact all-pairs measures, or null when the graph is above the configured limit. */
  private exactOrNull<T>(compute: () => T): T | null {
    try {
      return compute();
    } catch (error) {
      if (error instanceof MetricTooLargeError) return null;
      throw error;
    }
  }
}

function powerIteration(parameters: PowerIterationParameters): { tolerance?: number } {
  return parameters.tolerance === undefined ? {} : { tolerance: parameters.tolerance };
}

function checkParameters(parameters: PowerIterationParameters): void {
  const { damping, tolerance } = parameters;
  if (damping !== undefined && !(damping > 0 && damping < 1)) {
    throw new InvalidInputError(`damping must be between 0 and 1 (exclusive), but got: ${damping}`);
  }
  if (tolerance !== undefined && !(tolerance > 0 && tolerance < 1)) {
    throw new InvalidInputError(`tolerance must be between 0 and 1 (exclusive), e.g. 1e-8, but got: ${tolerance}`);
  }
}
