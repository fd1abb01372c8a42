import { articulationPoints, burtConstraint, effectiveSize } from "../algorithms/brokerage";
import {
  betweennessCentrality,
  degreeColumns,
  eigenvectorScores,
  eigenvectorSettings,
  harmonicCloseness,
  pageRankScores,
  pageRankSettings,
  sampledBetweenness,
  type PageRankOptions,
} from "../algorithms/centrality";
import { chainCompleteness, type ChainStageInput, type SupplyLink } from "../algorithms/chain-completeness";
import { buildCompactGraph, CompactGraph, packIds, unpackIds, type CompactGraphData, type PackedIds, type RawGraph } from "../algorithms/compact-graph";
import { keystoneDependence, type KeystoneDependenceInput } from "../algorithms/ecosystem-health";
import { compareIds } from "../algorithms/metric-graph";
import { simulate, type SimulationInput, type SimulationResult } from "../../strategy/simulation";
import { READ_GRAPH_VERSION } from "../../db/graph-version";
import { readRawGraph, type GraphSelection } from "../graph-reader";
import { graphVersionKey, type GraphVersionRow } from "../metric-cache";
import { withWorkerDatabase } from "./worker-database";

/**
 * The named tasks the metric worker threads run (metric-worker.ts), each a pure function of its
 * input (no GraphQL), except `readGraph`, which reads Neo4j through the thread's own driver. The pool (metric-pool.ts) calls them by name; a new kind of
 * algorithm work is one more entry here. Graphs arrive as {@link CompactGraphData}, whose typed
 * arrays live in SharedArrayBuffers (no copy); results that are per-actor columns come back as
 * typed arrays indexed like the graph's nodes.
 */

/** A measure as one column: a score per node, NaN where it is undefined (the constraint of an isolate). */
export interface ScoreColumn {
  readonly values: Float64Array;
  /** Node indexes by score, best first (descending; ascending for `order: "asc"`), ties by id; NaN left out. */
  readonly order: Int32Array;
}

export type ColumnMeasure =
  | "DEGREE"
  | "IN_DEGREE"
  | "OUT_DEGREE"
  | "WEIGHTED_DEGREE"
  | "BETWEENNESS"
  | "CLOSENESS"
  | "EIGENVECTOR"
  | "PAGERANK"
  | "CONSTRAINT"
  | "EFFECTIVE_SIZE";

export interface ColumnInput {
  readonly graph: GraphMessage;
  readonly measure: ColumnMeasure;
  readonly maxNodesTimesEdges: number;
  readonly power?: PageRankOptions;
  /** Betweenness: pivots for the sampled estimator; absent for exact. */
  readonly samples?: number;
  readonly confidence?: number;
}

export interface ColumnResult extends ScoreColumn {
  /** Set for sampled betweenness. */
  readonly estimate?: { readonly samples: number; readonly errorBound: number; readonly confidence: number };
}

/**
 * A graph as it travels to a worker: the compact data, and for cached graphs a key under which
 * the worker keeps its wrapper. A cached graph's ids come packed in shared memory (`packedIds`,
 * with `ids` left empty), unpacked here once per graph and thread.
 */
export type GraphMessage = CompactGraphData & { readonly key?: string; readonly packedIds?: PackedIds };

/** Worker-side wrappers of cached graphs: the arrays are shared, the id index is built once. */
const wrapped = new Map<string, CompactGraph>();
function graphOf(message: GraphMessage): CompactGraph {
  const key = message.key;
  const data = (): CompactGraphData =>
    message.packedIds !== undefined && message.ids.length === 0 && message.packedIds.ends.length > 0 ? { ...message, ids: unpackIds(message.packedIds) } : message;
  if (key === undefined) return new CompactGraph(data());
  let graph = wrapped.get(key);
  if (!graph || graph.data.out.starts.buffer !== message.out.starts.buffer) {
    if (wrapped.size >= 4) wrapped.delete(wrapped.keys().next().value!);
    graph = new CompactGraph(data());
    wrapped.set(key, graph);
  }
  return graph;
}

function fromRecord(graph: CompactGraph, record: Readonly<Record<string, number | null>>): Float64Array {
  const values = new Float64Array(graph.order);
  graph.data.ids.forEach((id, i) => (values[i] = record[id] ?? Number.NaN));
  return values;
}

/** Node indexes sorted by value (descending unless `asc`), ties by id, NaN left out. */
export function orderOf(values: Float64Array, direction: "desc" | "asc" = "desc"): Int32Array {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i]!)) kept.push(i);
  const sign = direction === "asc" ? 1 : -1;
  // Node indexes are in id order, so a tie is decided by the index.
  kept.sort((a, b) => (values[a] === values[b] ? a - b : values[a]! < values[b]! ? -sign : sign));
  return Int32Array.from(kept);
}

function column(input: ColumnInput): ColumnResult {
  const graph = graphOf(input.graph);
  const limit = { maxNodesTimesEdges: input.maxNodesTimesEdges };
  const degree = () => degreeColumns(graph);
  let values: Float64Array;
  let estimate: ColumnResult["estimate"];
  switch (input.measure) {
    case "DEGREE":
      values = degree().total;
      break;
    case "IN_DEGREE":
      values = degree().in;
      break;
    case "OUT_DEGREE":
      values = degree().out;
      break;
    case "WEIGHTED_DEGREE":
      values = degree().weighted;
      break;
    case "BETWEENNESS":
      if (input.samples === undefined) {
        values = fromRecord(graph, betweennessCentrality(graph, limit));
      } else {
        const sampled = sampledBetweenness(graph, { samples: input.samples, ...(input.confidence !== undefined && { confidence: input.confidence }) });
        values = fromRecord(graph, sampled.scores);
        estimate = { samples: sampled.samples, errorBound: sampled.errorBound, confidence: sampled.confidence };
      }
      break;
    case "CLOSENESS":
      values = fromRecord(graph, harmonicCloseness(graph, limit));
      break;
    case "EIGENVECTOR":
      values = graph.order === 0 ? new Float64Array(0) : eigenvectorScores(graph.index("out"), eigenvectorSettings(input.power ?? {}));
      break;
    case "PAGERANK":
      values = graph.order === 0 ? new Float64Array(0) : pageRankScores(graph.index("out"), pageRankSettings(input.power ?? {}));
      break;
    case "CONSTRAINT":
      values = fromRecord(graph, burtConstraint(graph));
      break;
    case "EFFECTIVE_SIZE":
      values = fromRecord(graph, effectiveSize(graph));
      break;
  }
  return { values, order: orderOf(values, input.measure === "CONSTRAINT" ? "asc" : "desc"), ...(estimate && { estimate }) };
}

/** What `readGraph` answers: the graph, what it ran, and the graph version it read it at. */
export interface GraphRead {
  /** The graph, with `ids` empty: they are in `packedIds`. */
  readonly graph: CompactGraphData;
  /** The graph's ids in shared memory, for this thread to decode as needed and to hand to workers without copying them. */
  readonly packedIds: PackedIds;
  /** Names of the queries the read ran (NamedQuery.name), in order, for the request's observer. */
  readonly queries: readonly string[];
  /** The graph version (metric-cache.ts) read right after the rows, in this thread. */
  readonly version: string;
}

/**
 * Reads a selection from Neo4j in this worker thread (its own driver and Database: retries and
 * error mapping as on the main thread) and builds its compact graph, so the rows are decoded
 * and numbered off the event loop. The graph version is read after the rows: the caller caches
 * the graph under its own version only if they agree (no write committed since it read it).
 */
async function readGraph(input: { selection: GraphSelection }): Promise<GraphRead> {
  const queries: string[] = [];
  const observe = (query: { name: string }) => void queries.push(query.name);
  return withWorkerDatabase(async (db) => {
    const raw = await readRawGraph(db, input.selection, observe);
    const [row] = await db.read<GraphVersionRow>(READ_GRAPH_VERSION, {}, observe);
    const graph = buildCompactGraph(raw, { directed: input.selection.directed, weighted: input.selection.weighted });
    // The ids go back packed in shared memory only: as an array of strings they would be
    // deserialised on the event loop, all at once (30–45 ms for 100,000 ids on this machine).
    return { graph: { ...graph, ids: [] }, packedIds: packIds(graph.ids), queries, version: graphVersionKey(row) };
  });
}

export const METRIC_TASKS = {
  /** Reads and builds the compact graph of a selection (Neo4j read in the worker thread). */
  readGraph,

  /** Builds the compact graph of a selection from rows read elsewhere (tests, bench:metrics' profile). */
  buildGraph: (input: { raw: RawGraph; directed: boolean; weighted: boolean }): CompactGraphData =>
    buildCompactGraph(input.raw, { directed: input.directed, weighted: input.weighted }),

  /** One measure as a column, with the ranking order. */
  column,

  /** Articulation points (ids, sorted). */
  articulationPoints: (input: { graph: GraphMessage }): string[] => articulationPoints(graphOf(input.graph)),

  /** Burt's constraint and effective size (NaN for isolates), and the articulation points. */
  brokerage: (input: { graph: GraphMessage; top: number }) => {
    const graph = graphOf(input.graph);
    const constraint = fromRecord(graph, burtConstraint(graph));
    const size = fromRecord(graph, effectiveSize(graph));
    const lowest = orderOf(constraint, "asc").slice(0, input.top);
    return {
      articulationPoints: articulationPoints(graph),
      topBrokers: [...lowest].map((i) => ({
        id: graph.data.ids[i]!,
        constraint: constraint[i]!,
        effectiveSize: Number.isNaN(size[i]!) ? null : size[i]!,
      })),
    };
  },

  /** Keystone dependence of a platform's ecosystem. */
  keystoneDependence: (input: Omit<KeystoneDependenceInput, "graph"> & { graph: GraphMessage }) =>
    keystoneDependence({ ...input, graph: graphOf(input.graph) }),

  /** Chain completeness (coverage, depth, link continuity, gaps, thin stages). */
  chainCompleteness: (input: { stages: ChainStageInput[]; supplies: SupplyLink[]; articulationPoints: string[] }) =>
    chainCompleteness(input.stages, input.supplies, { articulationPoints: new Set(input.articulationPoints) }),

  /** A strategy what-if on an in-memory copy of a platform's scope (src/strategy/simulation.ts). */
  simulateStrategy: (input: SimulationInput): SimulationResult => simulate(input),

  /** Sorts ids in code-unit order (used by tests of the pool). */
  sortIds: (input: { ids: string[] }): string[] => [...input.ids].sort(compareIds),
} as const;

export type MetricTasks = typeof METRIC_TASKS;
export type MetricTaskName = keyof MetricTasks;
export type MetricTaskInput<K extends MetricTaskName> = Parameters<MetricTasks[K]>[0];
export type MetricTaskResult<K extends MetricTaskName> = Awaited<ReturnType<MetricTasks[K]>>;
