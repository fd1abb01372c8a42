import eigenvector from "graphology-metrics/centrality/eigenvector";
import pagerank from "graphology-metrics/centrality/pagerank";
import { type GraphIndex, indexGraph } from "./graph-index";
import { MetricDidNotConvergeError, MetricInputError, MetricTooLargeError } from "./metric-errors";
import { compareIds, type EdgeLength, type MetricGraph } from "./metric-graph";
import { SingleSourceShortestPaths } from "./single-source-shortest-paths";

/**
 * Centrality of the actors of a `MetricGraph` (DESIGN.md, "Metrics — Centrality"). Every result is
 * keyed by node id and contains every node of the graph.
 */

/** The configured bound on n·m above which exact O(n·m) algorithms refuse to run. */
export interface ExactAlgorithmLimit {
  /** METRICS_EXACT_LIMIT; `Infinity` switches the guard off. */
  maxNodesTimesEdges: number;
}

/**
 * Refuses an exact all-pairs algorithm (Brandes betweenness, harmonic closeness: O(n·m) time
 * unweighted, O(n·m + n² log n) weighted) on a graph with n·m above the limit, with a
 * {@link MetricTooLargeError} that names the limit, the graph size and the way out. DESIGN.md:
 * "above a configured size, refuse with a clear error that names the limit ... never hang".
 */
export function assertExactAlgorithmAllowed(
  graph: MetricGraph,
  options: ExactAlgorithmLimit & { algorithm?: string },
): void {
  const limit = options.maxNodesTimesEdges;
  if (typeof limit !== "number" || Number.isNaN(limit) || limit < 0) {
    throw new MetricInputError(
      `maxNodesTimesEdges must be a number ≥ 0 (or Infinity), but got: ${String(limit)}`,
    );
  }
  const actual = graph.order * graph.size;
  if (actual > limit) {
    throw new MetricTooLargeError(
      limit,
      actual,
      options.algorithm ?? "all-pairs shortest paths",
      graph.order,
      graph.size,
    );
  }
}

export interface DegreeScores {
  /** Number of in-neighbours (undirected: the degree). */
  in: number;
  /** Number of out-neighbours (undirected: the degree). */
  out: number;
  /** Directed: in + out (a reciprocated tie counts twice); undirected: the degree. */
  total: number;
  /** Strength: sum of the weights of all incident edges (Barrat et al. 2004, PNAS 101:3747). */
  weighted: number;
}

/**
 * Degree centrality (Freeman 1979, "Centrality in social networks: conceptual clarification",
 * Social Networks 1:215–239), as raw counts, not divided by n-1, so they stay comparable across
 * scopes of different size and readable in Cypher. Parallel relationships were merged by
 * `buildGraph`, so a degree counts distinct partners. `weighted` is the node strength; in an
 * unweighted graph it equals `total`.
 */
export function degreeCentrality(graph: MetricGraph): Record<string, DegreeScores> {
  const directed = graph.type === "directed";
  const result: Record<string, DegreeScores> = {};
  graph.forEachNode((id) => {
    let weighted = 0;
    graph.forEachEdge(id, (_edge, attributes) => {
      weighted += attributes.weight;
    });
    if (directed) {
      const inDegree = graph.inDegree(id);
      const outDegree = graph.outDegree(id);
      result[id] = { in: inDegree, out: outDegree, total: inDegree + outDegree, weighted };
    } else {
      const degree = graph.degree(id);
      result[id] = { in: degree, out: degree, total: degree, weighted };
    }
  });
  return result;
}

/** Arc lengths for shortest paths, or null when the graph is unweighted (every arc has length 1). */
function arcLengths(
  graph: MetricGraph,
  index: GraphIndex,
  edgeLength: EdgeLength,
): Float64Array | null {
  if (!graph.getAttribute("weighted")) return null;
  const lengths = new Float64Array(index.weights.length);
  index.weights.forEach((weight, a) => {
    lengths[a] = edgeLength === "weight" ? weight : 1 / weight;
  });
  return lengths;
}

export interface BetweennessOptions extends ExactAlgorithmLimit {
  /** Divide by the number of pairs not involving the node (default true). */
  normalized?: boolean;
  /** Weighted graphs: how a tie strength becomes a path length (default "inverse-weight"). */
  edgeLength?: EdgeLength;
}

/**
 * Betweenness centrality `B(v) = Σ_{s≠v≠t} σ_st(v) / σ_st` (Freeman 1977, "A set of measures of
 * centrality based on betweenness", Sociometry 40:35–41), computed exactly with Brandes' algorithm
 * (J. Math. Sociology 25(2):163–177, 2001): BFS when unweighted, Dijkstra when weighted (lengths
 * per `edgeLength`).
 *
 * Normalisation (the same as NetworkX's `betweenness_centrality(normalized=True)` and
 * graphology-metrics'): undirected, B(v) over unordered pairs divided by (n-1)(n-2)/2; directed,
 * over ordered pairs divided by (n-1)(n-2). So 1 is the centre of a star in both cases. With
 * `normalized: false` the undirected value counts each unordered pair once. Graphs with n ≤ 2
 * have no intermediaries: every score is 0.
 *
 * Written here rather than called from graphology-metrics because graphology's Brandes counts
 * shortest paths in a Uint32Array that silently wraps around (see `SingleSourceShortestPaths`).
 * Guarded by {@link assertExactAlgorithmAllowed}.
 */
export function betweennessCentrality(
  graph: MetricGraph,
  options: BetweennessOptions,
): Record<string, number> {
  assertExactAlgorithmAllowed(graph, { ...options, algorithm: "betweenness centrality" });
  const edgeLength = options.edgeLength ?? "inverse-weight";
  const directed = graph.type === "directed";

  const outIndex = indexGraph(graph, "out");
  const inIndex = directed ? indexGraph(graph, "in") : outIndex;
  const outLengths = arcLengths(graph, outIndex, edgeLength);
  const inLengths = directed ? arcLengths(graph, inIndex, edgeLength) : outLengths;

  const n = outIndex.ids.length;
  const paths = new SingleSourceShortestPaths(outIndex, outLengths);
  const { order, distance, sigma } = paths;
  const delta = new Float64Array(n);
  const score = new Float64Array(n);

  for (let s = 0; s < n; s++) {
    paths.run(s);
    for (let k = 0; k < paths.reached; k++) delta[order[k]] = 0;
    // Dependency accumulation in order of non-increasing distance (Brandes 2001, Theorem 6).
    // Predecessors of w are the in-neighbours v on a shortest path: d(v) + len(v,w) = d(w). The
    // sum is the same floating-point operation as in the forward pass, so equality is exact.
    for (let k = paths.reached - 1; k > 0; k--) {
      const w = order[k];
      const coefficient = (1 + delta[w]) / sigma[w];
      for (let a = inIndex.starts[w], end = inIndex.starts[w + 1]; a < end; a++) {
        const v = inIndex.neighbours[a];
        const onShortestPath =
          inLengths === null
            ? distance[v] === distance[w] - 1
            : distance[v] + inLengths[a] === distance[w];
        if (onShortestPath) delta[v] += sigma[v] * coefficient;
      }
      score[w] += delta[w];
    }
  }

  // Summing over every source, an undirected graph counts each unordered pair {s,t} twice.
  const timesEachPairCounted = directed ? 1 : 2;
  const normalized = options.normalized ?? true;
  const scale = !normalized
    ? 1 / timesEachPairCounted
    : n <= 2
      ? 0
      : 1 / ((n - 1) * (n - 2)); // = 1 / (timesEachPairCounted · pairs not involving v)
  const result: Record<string, number> = {};
  outIndex.ids.forEach((id, i) => {
    result[id] = score[i] * scale;
  });
  return result;
}

export interface HarmonicClosenessOptions extends ExactAlgorithmLimit {
  /** Weighted graphs: how a tie strength becomes a path length (default "inverse-weight"). */
  edgeLength?: EdgeLength;
  /**
   * Directed graphs: `"out"` (default) uses d(i,j), paths leaving i, as DESIGN.md writes it;
   * `"in"` uses d(j,i), paths reaching i, as NetworkX's `harmonic_centrality` does.
   */
  direction?: "out" | "in";
}

/**
 * Harmonic closeness `C(i) = 1/(n-1) · Σ_{j≠i} 1/d(i,j)` with 1/∞ = 0, so it is defined on
 * disconnected graphs (Marchiori & Latora 2000, "Harmony in the small-world", Physica A
 * 285:539–546; Rochat 2009; Boldi & Vigna 2014, "Axioms for centrality", Internet Mathematics
 * 10:222–262). Equals NetworkX's `harmonic_centrality` divided by n-1. For n ≤ 1 the score is 0.
 *
 * graphology-metrics' `closeness` is not this measure: it computes Freeman closeness over the
 * reachable nodes, r / Σ d (and with `wassermanFaust: true`, (r/(n-1)) · r / Σ d), which differs
 * from the harmonic mean: on the path a–b–c–d it gives 0.5 for a, where the harmonic value is
 * 11/18 ≈ 0.6111.
 * Guarded by {@link assertExactAlgorithmAllowed}.
 */
export function harmonicCloseness(
  graph: MetricGraph,
  options: HarmonicClosenessOptions,
): Record<string, number> {
  assertExactAlgorithmAllowed(graph, { ...options, algorithm: "harmonic closeness" });
  const index = indexGraph(graph, options.direction === "in" ? "in" : "out");
  const lengths = arcLengths(graph, index, options.edgeLength ?? "inverse-weight");
  const n = index.ids.length;
  const paths = new SingleSourceShortestPaths(index, lengths);

  const result: Record<string, number> = {};
  index.ids.forEach((id, i) => {
    paths.run(i);
    let sum = 0;
    // order[0] is i itself (distance 0); unreached nodes contribute 1/∞ = 0.
    for (let k = 1; k < paths.reached; k++) sum += 1 / paths.distance[paths.order[k]];
    result[id] = n > 1 ? sum / (n - 1) : 0;
  });
  return result;
}

export interface PowerIterationOptions {
  /**
   * Iteration limit; reaching it throws `MetricDidNotConvergeError`. Each iteration costs
   * O(n + m). Defaults: PageRank 1000 (damping 0.85 makes it converge geometrically, ~150
   * iterations to 1e-10); eigenvector 10,000 (its speed depends on the spectral gap: a sparse
   * random graph of 100k nodes and 300k edges needs about 2,900).
   */
  maxIterations?: number;
  /**
   * Stop when Σ_i |x_i − x_i'| < n · tolerance between two iterations (NetworkX's and
   * graphology's criterion). Default 1e-10: NetworkX's default 1e-6 leaves errors of about 1e-5
   * on Zachary's karate club, too coarse for values reported to six decimals.
   */
  tolerance?: number;
}

export interface PageRankOptions extends PowerIterationOptions {
  /** Probability of following a link rather than jumping (α, default 0.85). */
  damping?: number;
}

function powerIterationSettings(
  options: PowerIterationOptions,
  defaultMaxIterations: number,
): { maxIterations: number; tolerance: number } {
  const maxIterations = options.maxIterations ?? defaultMaxIterations;
  const tolerance = options.tolerance ?? 1e-10;
  if (!Number.isInteger(maxIterations) || maxIterations < 1) {
    throw new MetricInputError(`maxIterations must be a positive integer, but got: ${maxIterations}`);
  }
  if (!(tolerance > 0) || !Number.isFinite(tolerance)) {
    throw new MetricInputError(`tolerance must be a positive number, but got: ${tolerance}`);
  }
  return { maxIterations, tolerance };
}

/** Runs a graphology power iteration, turning its "failed to converge" into our error. */
function runPowerIteration(
  algorithm: string,
  settings: { maxIterations: number; tolerance: number },
  run: () => Record<string, number>,
): Record<string, number> {
  try {
    return run();
  } catch (error) {
    if (error instanceof Error && /failed to converge/.test(error.message)) {
      throw new MetricDidNotConvergeError(algorithm, settings.maxIterations, settings.tolerance, {
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Eigenvector centrality (Bonacich 1972, "Factoring and weighting approaches to status scores and
 * clique identification", J. Math. Sociology 2:113–120; 1987): x_i ∝ Σ_j a_ji x_j, the principal
 * eigenvector of the (weighted) adjacency matrix, L2-normalised (Σ x_i² = 1) as NetworkX's
 * `eigenvector_centrality`. Computed by graphology-metrics' power iteration on A + I (the shift
 * that makes it converge on bipartite graphs; same as NetworkX), from the uniform start vector.
 * In directed graphs a node scores from its in-neighbours. Weighted graphs use the tie strengths.
 * On a directed acyclic graph the iteration does not settle and the call throws
 * `MetricDidNotConvergeError`; use PageRank there.
 */
export function eigenvectorCentrality(
  graph: MetricGraph,
  options: PowerIterationOptions = {},
): Record<string, number> {
  const settings = powerIterationSettings(options, 10_000);
  if (graph.order === 0) return {};
  return runPowerIteration("Eigenvector centrality", settings, () =>
    eigenvector(graph, {
      getEdgeWeight: graph.getAttribute("weighted") ? "weight" : null,
      maxIterations: settings.maxIterations,
      tolerance: settings.tolerance,
    }),
  );
}

/**
 * PageRank (Brin & Page 1998, "The anatomy of a large-scale hypertextual Web search engine";
 * Page, Brin, Motwani & Winograd 1999): PR(i) = (1-α)/n + α Σ_{j→i} PR(j) w_ji / w_j+ , with the
 * rank of nodes without out-links spread uniformly, scores summing to 1 — NetworkX's `pagerank`
 * without personalisation. Computed by graphology-metrics' power iteration. An undirected tie
 * counts as a link in both directions; weighted graphs split a node's rank in proportion to tie
 * strength.
 */
export function pageRank(graph: MetricGraph, options: PageRankOptions = {}): Record<string, number> {
  const settings = powerIterationSettings(options, 1000);
  const damping = options.damping ?? 0.85;
  if (!(damping >= 0 && damping <= 1)) {
    throw new MetricInputError(`damping must be between 0 and 1, but got: ${damping}`);
  }
  if (graph.order === 0) return {};
  return runPowerIteration("PageRank", settings, () =>
    pagerank(graph, {
      getEdgeWeight: graph.getAttribute("weighted") ? "weight" : null,
      alpha: damping,
      maxIterations: settings.maxIterations,
      tolerance: settings.tolerance,
    }),
  );
}

export interface RankedScore {
  id: string;
  score: number;
  /** 1-based position in the ranking (ties get consecutive positions, in tie-break order). */
  rank: number;
}

/**
 * The `n` best-scoring ids: by score (descending, or ascending with `order: "asc"`, e.g. for
 * Burt's constraint where low means broker), ties broken by `tieBreak(id)` (for instance the
 * actor's name) and then by id, so the ranking never depends on input order. Null and NaN scores
 * (a metric undefined for that node, e.g. the constraint of an isolate) are left out.
 */
export function topN(
  scores: Readonly<Record<string, number | null>>,
  n: number,
  tieBreak: (id: string) => string = (id) => id,
  options: { order?: "desc" | "asc" } = {},
): RankedScore[] {
  if (!Number.isInteger(n) || n < 0) {
    throw new MetricInputError(`n must be a non-negative integer, but got: ${n}`);
  }
  const sign = options.order === "asc" ? 1 : -1;
  return Object.entries(scores)
    .filter((entry): entry is [string, number] => entry[1] !== null && !Number.isNaN(entry[1]))
    .map(([id, score]) => ({ id, score, key: tieBreak(id) }))
    .sort(
      (a, b) =>
        (a.score === b.score ? 0 : a.score < b.score ? -sign : sign) ||
        compareIds(a.key, b.key) ||
        compareIds(a.id, b.id),
    )
    .slice(0, n)
    .map(({ id, score }, i) => ({ id, score, rank: i + 1 }));
}
