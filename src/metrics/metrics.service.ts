import { createHash } from "node:crypto";
import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { EcographError, InvalidInputError } from "../errors";
import { pivotsForErrorBound, topN } from "./algorithms/centrality";
import { compactGraphBytes, packedIdAt, unpackIds, type CompactGraphData, type PackedIds } from "./algorithms/compact-graph";
import { MetricTooLargeError } from "./algorithms/metric-errors";
import { READ_GRAPH_VERSION } from "../db/graph-version";
import { ACTORS_WITH_NEIGHBOURS, ACTORS_WITH_NEIGHBOURS_WITHIN, DEFAULT_SELECTION, describeSelection, ECOSYSTEM_ACTORS, type GraphSelection } from "./graph-reader";
import type { MetricCache } from "./metric-cache";
import type { MetricPool } from "./worker/metric-pool";
import type { ColumnMeasure, ColumnResult, GraphMessage, MetricTaskInput, MetricTaskName, MetricTaskResult } from "./worker/metric-tasks";

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
 * A graph of a selection, as the services hold it: the compact data (typed arrays in
 * SharedArrayBuffers, handed to worker threads without a copy) and what callers ask of it.
 */
export class SelectionGraph {
  private indexOfCache: Map<string, number> | null = null;
  private unpackedIds: readonly string[] | null = null;

  constructor(
    readonly key: string,
    /** The graph; its `ids` are empty when the ids come packed (read them through `ids` / `idAt`). */
    readonly data: CompactGraphData,
    /**
     * Whether the graph was read at the version in its key. False when a write was committed
     * between the version check and the read: the graph answers the request that read it, but
     * neither it nor anything computed from it is cached under the older version.
     */
    readonly atKeyVersion = true,
    /**
     * The ids in shared memory (from the worker that read the graph). They are sent to workers
     * instead of `data.ids`, and this thread decodes them only when asked: a ranking needs the
     * ids of its top actors only, and 100,000 id strings cost the event loop tens of
     * milliseconds to receive from a worker (issue 12).
     */
    private readonly packedIds?: PackedIds,
  ) {}

  get order(): number {
    return this.packedIds === undefined ? this.data.ids.length : this.packedIds.ends.length;
  }

  get size(): number {
    return this.data.edgeCount;
  }

  /** Every node id, in node order (decoded once, on first use, when the ids come packed). */
  get ids(): readonly string[] {
    if (this.packedIds === undefined) return this.data.ids;
    return (this.unpackedIds ??= unpackIds(this.packedIds));
  }

  /** The id of node `index`, without decoding the others. */
  idAt(index: number): string {
    if (this.unpackedIds !== null) return this.unpackedIds[index]!;
    return this.packedIds === undefined ? this.data.ids[index]! : packedIdAt(this.packedIds, index);
  }

  nodes(): string[] {
    return [...this.ids];
  }

  /** The graph data with its ids decoded, for an algorithm run on this thread. */
  withIds(): CompactGraphData {
    return this.packedIds === undefined ? this.data : { ...this.data, ids: this.ids };
  }

  indexOf(id: string): number | undefined {
    if (this.indexOfCache === null) {
      this.indexOfCache = new Map();
      this.ids.forEach((node, i) => this.indexOfCache!.set(node, i));
    }
    return this.indexOfCache.get(id);
  }

  /**
   * Bytes for the cache's byte bound: the arrays, the packed ids, and the ids as strings (counted
   * from the start, as this thread may decode them).
   */
  get bytes(): number {
    const packed = this.packedIds === undefined ? 0 : this.packedIds.units.byteLength + this.packedIds.ends.byteLength;
    const strings = this.packedIds === undefined ? 0 : 32 * this.packedIds.ends.length + this.packedIds.units.byteLength;
    return compactGraphBytes(this.data) + packed + strings;
  }

  /**
   * What a worker task receives: the data and a key under which the worker may keep its wrapper;
   * the ids packed in shared memory when there are packed ids (no per-id copy on this thread).
   */
  get shared(): GraphMessage & { key: string } {
    return this.packedIds === undefined ? { ...this.data, key: this.key } : { ...this.data, ids: [], packedIds: this.packedIds, key: this.key };
  }
}

/** The queries a worker's graph read runs, by name, for the request's query observer. */
const WORKER_QUERIES = new Map<string, NamedQuery>(
  [ECOSYSTEM_ACTORS, ACTORS_WITH_NEIGHBOURS, ACTORS_WITH_NEIGHBOURS_WITHIN, READ_GRAPH_VERSION].map((query) => [query.name, query]),
);

/** Betweenness above the exact limit: estimated (issue 12, item 5). */
export interface BetweennessEstimate {
  readonly exact: boolean;
  readonly samples: number | null;
  readonly errorBound: number | null;
  readonly confidence: number | null;
}

/** One page of a full ranking (connection-style). */
export interface RankingPage {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: RankedActor }>;
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  /** Actors with a score in the selection (every page together). */
  readonly totalCount: number;
  /** Whether the scores are exact or estimated (betweenness from pivots). */
  readonly estimate: BetweennessEstimate;
}

/** A ranking cursor used after the graph changed. */
export class CursorStaleError extends EcographError {
  readonly code = "CURSOR_STALE";
}

interface RankingCursor {
  /** Graph version the page was read at. */
  readonly v: string;
  /** Hash of the measure, selection and parameters. */
  readonly q: string;
  /** Offset of the next actor. */
  readonly o: number;
}

function encodeCursor(cursor: RankingCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString("base64url");
}

function decodeCursor(text: string): RankingCursor {
  try {
    const value = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as RankingCursor;
    if (typeof value.v === "string" && typeof value.q === "string" && Number.isInteger(value.o) && value.o >= 0) return value;
  } catch {
    // reported below
  }
  throw new InvalidInputError("after is not a cursor this API issued; pass a pageInfo.endCursor (or an edge's cursor) of an earlier page, or leave after out to start from the top.");
}

/** Columns of every on-demand actor metric of the default selection. */
interface ActorMetricColumns {
  readonly graph: SelectionGraph;
  readonly degree: ColumnResult;
  readonly weightedDegree: ColumnResult;
  readonly pageRank: ColumnResult;
  readonly eigenvector: ColumnResult;
  readonly betweenness: ColumnResult | null;
  readonly closeness: ColumnResult | null;
  readonly constraint: ColumnResult;
  readonly effectiveSize: ColumnResult;
  readonly articulationPoints: ReadonlySet<string>;
}

const columnBytes = (c: ColumnResult) => c.values.byteLength + c.order.byteLength;

/**
 * Centrality and brokerage over a graph read from Neo4j, cached per graph version. The graph
 * read, its build and every algorithm run in the worker threads of `pool`: the event loop only
 * runs small queries (version, names) and answers requests. Services import nothing from GraphQL: resolvers
 * (metrics.resolver.ts) and scripts call them alike.
 */
export class MetricsService {
  constructor(
    private readonly db: Database,
    private readonly cache: MetricCache,
    private readonly limits: MetricLimits,
    readonly pool: MetricPool,
  ) {}

  /** Runs a named worker task (metric-tasks.ts). */
  inWorker<K extends MetricTaskName>(task: K, input: MetricTaskInput<K>, transfer?: ArrayBuffer[]): Promise<MetricTaskResult<K>> {
    return this.pool.run(task, input, transfer);
  }

  /** The graph of a selection, as of the current graph version (cached). */
  async graph(selection: GraphSelection, observe?: QueryObserver): Promise<SelectionGraph> {
    const version = await this.cache.refresh(observe);
    return this.cachedGraph(selection, version, observe);
  }

  /** One centrality measure for every actor of a selection (cached), keyed by actor id. */
  async scores(
    measure: CentralityMeasure | ColumnMeasure,
    selection: GraphSelection,
    parameters: PowerIterationParameters = {},
    observe?: QueryObserver,
  ): Promise<Record<string, number>> {
    const { graph, column } = await this.column(measure, selection, parameters, observe);
    const result: Record<string, number> = {};
    graph.ids.forEach((id, i) => {
      if (!Number.isNaN(column.values[i]!)) result[id] = column.values[i]!;
    });
    return result;
  }

  /**
   * One measure as a column (computed in a worker, cached). Betweenness above the exact limit
   * (or with `samples`) is estimated from pivots (sampledBetweenness) and says so in `estimate`.
   */
  async column(
    measure: CentralityMeasure | ColumnMeasure,
    selection: GraphSelection,
    parameters: PowerIterationParameters & {
      /** Betweenness from this many pivots (sampledBetweenness) instead of exactly. */
      samples?: number | undefined;
      /** Betweenness above METRICS_EXACT_LIMIT: estimate (pivots within the limit) instead of refusing. */
      estimateAboveLimit?: boolean | undefined;
    } = {},
    observe?: QueryObserver,
  ): Promise<{ graph: SelectionGraph; column: ColumnResult; version: string }> {
    checkParameters(parameters);
    const version = await this.cache.refresh(observe);
    const graph = await this.cachedGraph(selection, version, observe);
    let samples = parameters.samples;
    if (samples !== undefined && (!Number.isInteger(samples) || samples < 1 || samples > Math.max(1, graph.order))) {
      throw new InvalidInputError(`samples must be a whole number from 1 to the number of actors (${graph.order}), but got: ${samples}`);
    }
    if (
      parameters.estimateAboveLimit === true &&
      measure === CentralityMeasure.BETWEENNESS &&
      samples === undefined &&
      graph.order * graph.size > this.limits.maxNodesTimesEdges
    ) {
      // Above the exact limit: as many pivots as the limit allows (k·m ≤ limit), at least enough
      // for an error bound of 0.05 at 95 % confidence, at most every actor.
      samples = Math.min(graph.order, Math.max(Math.floor(this.limits.maxNodesTimesEdges / Math.max(1, graph.size)), Math.min(pivotsForErrorBound(graph.order, 0.05, 0.95), 64)));
      if (samples >= graph.order) samples = undefined;
    }
    const key = `column:${measure}:${describeSelection(selection)}:${JSON.stringify({ damping: parameters.damping, tolerance: parameters.tolerance, samples })}`;
    const column = await this.cache.get(
      `${version}|${key}`,
      () =>
        this.pool.run("column", {
          graph: graph.shared,
          measure,
          maxNodesTimesEdges: samples === undefined ? this.limits.maxNodesTimesEdges : Infinity,
          power: powerIteration(parameters),
          ...(samples !== undefined && { samples }),
        }),
      columnBytes,
      () => graph.atKeyVersion,
    );
    return { graph, column, version };
  }

  /** How a betweenness column was computed. */
  static estimateOf(column: ColumnResult): BetweennessEstimate {
    return column.estimate
      ? { exact: false, samples: column.estimate.samples, errorBound: column.estimate.errorBound, confidence: column.estimate.confidence }
      : { exact: true, samples: null, errorBound: null, confidence: null };
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
    const { graph, column } = await this.column(measure, selection, parameters, observe);
    // The worker sorted by score; names are needed only for the actors that can make the list:
    // those scoring at least the top-th score (ties at the cut included).
    const { order, values } = column;
    if (order.length === 0) return [];
    const cut = values[order[Math.min(top, order.length) - 1]!]!;
    const candidates: Record<string, number> = {};
    for (let k = 0; k < order.length && values[order[k]!]! >= cut; k++) candidates[graph.idAt(order[k]!)] = values[order[k]!]!;
    const names = await this.names(Object.keys(candidates), observe);
    return topN(candidates, top, (id) => names.get(id)?.name ?? "").map((entry) => ({
      ...(names.get(entry.id) ?? { id: entry.id, name: "", label: "" }),
      rank: entry.rank,
      score: entry.score,
    }));
  }

  /**
   * One page of the full ranking of a selection (issue 12, item 6): every actor with a score, in
   * the order of `ranking` (score, then name, then id), `first` at a time after `after` (a cursor
   * from an earlier page). A cursor is bound to the measure, the selection, the parameters and
   * the graph version: used on another query it is refused (BAD_USER_INPUT), and after a write
   * that changed the graph it is refused with CURSOR_STALE (start again without `after`), so the
   * pages never mix two versions of the graph.
   */
  async rankingPage(
    measure: CentralityMeasure,
    selection: GraphSelection,
    first: number,
    after: string | undefined,
    parameters: PowerIterationParameters & { samples?: number | undefined; estimateAboveLimit?: boolean | undefined } = {},
    observe?: QueryObserver,
  ): Promise<RankingPage> {
    if (!Number.isInteger(first) || first < 1 || first > 1000) {
      throw new InvalidInputError(`first must be a whole number from 1 to 1000, but got: ${first}`);
    }
    const bound = createHash("sha256")
      .update(JSON.stringify([measure, describeSelection(selection), parameters.damping ?? null, parameters.tolerance ?? null, parameters.samples ?? null, parameters.estimateAboveLimit ?? false]))
      .digest("base64url")
      .slice(0, 16);
    const cursor = after === undefined ? undefined : decodeCursor(after);
    if (cursor && cursor.q !== bound) {
      throw new InvalidInputError("after is a cursor of another ranking (another measure, graph selection or parameters); pass the arguments of the query that returned it, or leave after out to start from the top.");
    }
    const { graph, column, version } = await this.column(measure, selection, parameters, observe);
    if (cursor && cursor.v !== version) {
      throw new CursorStaleError("The graph changed since this cursor was issued (a write was committed), so the ranking may have changed: start again without after.");
    }
    const { order, values } = column;
    const offset = cursor ? cursor.o : 0;
    const end = Math.min(order.length, offset + first);
    const edges: Array<{ cursor: string; node: RankedActor }> = [];
    if (offset < end) {
      // The worker sorted by score; ties are broken by name here, so the actors tied with the
      // page's first and last scores are read with their names (as in `ranking`).
      const hi = values[order[offset]!]!;
      const lo = values[order[end - 1]!]!;
      let groupStart = offset;
      while (groupStart > 0 && values[order[groupStart - 1]!]! <= hi) groupStart--;
      let groupEnd = end;
      while (groupEnd < order.length && values[order[groupEnd]!]! >= lo) groupEnd++;
      const candidates: Record<string, number> = {};
      for (let k = groupStart; k < groupEnd; k++) candidates[graph.idAt(order[k]!)] = values[order[k]!]!;
      const names = await this.names(Object.keys(candidates), observe);
      const sorted = topN(candidates, groupEnd - groupStart, (id) => names.get(id)?.name ?? "");
      for (let k = offset; k < end; k++) {
        const entry = sorted[k - groupStart]!;
        edges.push({
          cursor: encodeCursor({ v: version, q: bound, o: k + 1 }),
          node: { ...(names.get(entry.id) ?? { id: entry.id, name: "", label: "" }), rank: k + 1, score: entry.score },
        });
      }
    }
    return {
      edges,
      pageInfo: { hasNextPage: end < order.length, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: order.length,
      estimate: MetricsService.estimateOf(column),
    };
  }

  /**
   * Metrics of many actors at once over the default selection, in the order of `ids` (an
   * `Error` in the slot of an id that is not an actor), for a DataLoader: one graph read serves
   * a whole list query.
   */
  async actorMetrics(ids: readonly string[], observe?: QueryObserver): Promise<Array<ActorMetricValues | Error>> {
    const version = await this.cache.refresh(observe);
    const all = await this.cache.get(
      `${version}|actorMetrics:default`,
      () => this.allActorMetrics(observe),
      (c) => [c.degree, c.weightedDegree, c.pageRank, c.eigenvector, c.constraint, c.effectiveSize].reduce((sum, x) => sum + columnBytes(x), 0),
      (c) => c.graph.atKeyVersion,
    );
    return ids.map((id) => {
      const i = all.graph.indexOf(id);
      if (i === undefined) return new InvalidInputError(`No actor has the id ${JSON.stringify(id)}`);
      const value = (c: ColumnResult | null) => (c === null || Number.isNaN(c.values[i]!) ? null : c.values[i]!);
      return {
        degree: all.degree.values[i]!,
        weightedDegree: all.weightedDegree.values[i]!,
        pageRank: all.pageRank.values[i]!,
        eigenvector: all.eigenvector.values[i]!,
        betweenness: value(all.betweenness),
        closeness: value(all.closeness),
        constraint: value(all.constraint),
        effectiveSize: value(all.effectiveSize),
        articulationPoint: all.articulationPoints.has(id),
      };
    });
  }

  /** Burt's constraint, effective size and articulation points of a selection. */
  async brokerage(selection: GraphSelection, top: number, observe?: QueryObserver): Promise<Brokerage> {
    const graph = await this.graph(selection, observe);
    const result = await this.pool.run("brokerage", { graph: graph.shared, top });
    const names = await this.names([...result.articulationPoints, ...result.topBrokers.map((b) => b.id)], observe);
    return {
      actorCount: graph.order,
      articulationPoints: result.articulationPoints.map((id) => names.get(id) ?? { id, name: "", label: "" }),
      topBrokers: result.topBrokers.map((broker) => ({
        ...(names.get(broker.id) ?? { id: broker.id, name: "", label: "" }),
        constraint: broker.constraint,
        effectiveSize: broker.effectiveSize,
      })),
    };
  }

  /** Articulation points of a graph (ids, sorted), computed in a worker. */
  async articulationPoints(graph: SelectionGraph): Promise<string[]> {
    return this.pool.run("articulationPoints", { graph: graph.shared });
  }

  /** Id, name and label of actors, by id. */
  async names(ids: readonly string[], observe?: QueryObserver): Promise<Map<string, ActorRef>> {
    const rows = await this.db.read<{ id: string; name: string; label: string }>(ACTOR_NAMES, { ids }, observe);
    return new Map(rows.map((row) => [row.id, row]));
  }

  async close(): Promise<void> {
    await this.pool.close();
  }

  /**
   * The graph of a selection from the cache; the caller has refreshed the version. A miss is read
   * and built in a worker thread (its own Neo4j driver: the rows never reach the event loop); the
   * queries it ran are reported to `observe` here. The worker reads the graph version after the
   * rows: a graph read after a newer write is served but not cached under the older `version`.
   */
  private cachedGraph(selection: GraphSelection, version: string, observe?: QueryObserver): Promise<SelectionGraph> {
    const key = `graph:${describeSelection(selection)}`;
    return this.cache.get(
      `${version}|${key}`,
      async () => {
        const read = await this.pool.run("readGraph", { selection });
        for (const name of read.queries) observe?.(WORKER_QUERIES.get(name) ?? { name, cypher: "" });
        return new SelectionGraph(`${version}|${key}`, read.graph, read.version === version, read.packedIds);
      },
      (graph) => graph.bytes,
      (graph) => graph.atKeyVersion,
    );
  }

  private async allActorMetrics(observe?: QueryObserver): Promise<ActorMetricColumns> {
    const selection = DEFAULT_SELECTION;
    const graph = await this.graph(selection, observe);
    const run = (measure: ColumnMeasure, maxNodesTimesEdges = this.limits.maxNodesTimesEdges) =>
      this.pool.run("column", { graph: graph.shared, measure, maxNodesTimesEdges });
    const exactOrNull = (measure: ColumnMeasure) =>
      run(measure).catch((error: unknown) => {
        if (error instanceof MetricTooLargeError) return null;
        throw error;
      });
    const [degree, weightedDegree, pageRank, eigenvector, betweenness, closeness, constraint, effectiveSize, cuts] = await Promise.all([
      run("DEGREE"),
      run("WEIGHTED_DEGREE"),
      run("PAGERANK"),
      run("EIGENVECTOR"),
      exactOrNull("BETWEENNESS"),
      exactOrNull("CLOSENESS"),
      run("CONSTRAINT"),
      run("EFFECTIVE_SIZE"),
      this.articulationPoints(graph),
    ]);
    return { graph, degree, weightedDegree, pageRank, eigenvector, betweenness, closeness, constraint, effectiveSize, articulationPoints: new Set(cuts) };
  }
}

function powerIteration(parameters: PowerIterationParameters): { tolerance?: number; damping?: number } {
  return {
    ...(parameters.tolerance !== undefined && { tolerance: parameters.tolerance }),
    ...(parameters.damping !== undefined && { damping: parameters.damping }),
  };
}

/** Refuses damping or tolerance outside (0, 1), with what was received. */
export function checkParameters(parameters: PowerIterationParameters): void {
  const { damping, tolerance } = parameters;
  if (damping !== undefined && !(damping > 0 && damping < 1)) {
    throw new InvalidInputError(`damping must be between 0 and 1 (exclusive), but got: ${damping}`);
  }
  if (tolerance !== undefined && !(tolerance > 0 && tolerance < 1)) {
    throw new InvalidInputError(`tolerance must be between 0 and 1 (exclusive), e.g. 1e-8, but got: ${tolerance}`);
  }
}
