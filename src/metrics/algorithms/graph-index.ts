import { CompactGraph } from "./compact-graph";
import type { MetricGraph } from "./metric-graph";

/**
 * Which ties of a node count as its neighbourhood:
 * - `out`: j with an edge i→j (in undirected graphs: every neighbour);
 * - `in`: j with an edge j→i (in undirected graphs: every neighbour);
 * - `both`: the undirected view, j tied to i in either direction, with the weights of i→j and
 *   j→i added — Burt's mutual tie `a_ij + a_ji` (in undirected graphs: the edge weight).
 */
export type Neighbourhood = "out" | "in" | "both";

/**
 * A compressed sparse row (CSR) copy of a graph: nodes are numbered 0..n-1 in the graph's node
 * order (id order for graphs from `buildGraph`), and the neighbours of node i are
 * `neighbours[starts[i] .. starts[i+1])`, in increasing index order, with their tie strength in
 * `weights` at the same positions. Typed arrays keep the O(n·m) loops fast and allocation-free.
 */
export interface GraphIndex {
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly starts: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
}

/**
 * A graph the algorithms run on: a graphology graph from `buildGraph`, or the compact graph the
 * worker threads get (compact-graph.ts). Both give the same CSR indexes.
 */
export type AnalysisGraph = MetricGraph | CompactGraph;

/** Whether a graph's tie strengths carry information (weighted selection). */
export function isWeighted(graph: AnalysisGraph): boolean {
  return graph instanceof CompactGraph ? graph.weighted : graph.getAttribute("weighted");
}

const built = new WeakMap<MetricGraph, Map<Neighbourhood, GraphIndex>>();

/**
 * The CSR index of `graph` for one neighbourhood (see {@link Neighbourhood}). Built once per graph
 * and neighbourhood: brokerage, articulation points, keystone dependence and the shortest-path
 * measures all run on the same index of a cached graph. Metric graphs are not changed after
 * `buildGraph`, so a built index stays valid for the graph's lifetime.
 */
export function indexGraph(graph: AnalysisGraph, neighbourhood: Neighbourhood): GraphIndex {
  if (graph instanceof CompactGraph) return graph.index(neighbourhood);
  let byNeighbourhood = built.get(graph);
  if (!byNeighbourhood) built.set(graph, (byNeighbourhood = new Map()));
  let index = byNeighbourhood.get(neighbourhood);
  if (!index) byNeighbourhood.set(neighbourhood, (index = buildIndex(graph, neighbourhood)));
  return index;
}

function buildIndex(graph: MetricGraph, neighbourhood: Neighbourhood): GraphIndex {
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  ids.forEach((id, i) => indexOf.set(id, i));

  const directed = graph.type === "directed";
  const rows: Array<Array<[number, number]>> = [];
  let arcCount = 0;

  for (const id of ids) {
    const strengths = new Map<number, number>();
    graph.forEachEdge(id, (_edge, attributes, source, target) => {
      if (directed && neighbourhood === "out" && source !== id) return;
      if (directed && neighbourhood === "in" && target !== id) return;
      const other = indexOf.get(source === id ? target : source) as number;
      strengths.set(other, (strengths.get(other) ?? 0) + attributes.weight);
    });
    const row = [...strengths.entries()].sort((a, b) => a[0] - b[0]);
    rows.push(row);
    arcCount += row.length;
  }

  const starts = new Int32Array(ids.length + 1);
  const neighbours = new Int32Array(arcCount);
  const weights = new Float64Array(arcCount);
  let position = 0;
  rows.forEach((row, i) => {
    starts[i] = position;
    for (const [j, weight] of row) {
      neighbours[position] = j;
      weights[position] = weight;
      position++;
    }
  });
  starts[ids.length] = position;

  return { ids, indexOf, starts, neighbours, weights };
}
