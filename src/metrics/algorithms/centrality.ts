import { type AnalysisGraph, type GraphIndex, indexGraph, isWeighted } from "./graph-index";
import { MetricDidNotConvergeError, MetricInputError, MetricTooLargeError } from "./metric-errors";
import { compareIds, type EdgeLength } from "./metric-graph";
import { mulberry32 } from "../../seeded-random";
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
  graph: AnalysisGraph,
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
export function degreeCentrality(graph: AnalysisGraph): Record<string, DegreeScores> {
  const columns = degreeColumns(graph);
  const result: Record<string, DegreeScores> = {};
  columns.ids.forEach((id, i) => {
    result[id] = { in: columns.in[i]!, out: columns.out[i]!, total: columns.total[i]!, weighted: columns.weighted[i]! };
  });
  return result;
}

/** {@link degreeCentrality} as columns indexed like the graph's nodes (for the worker threads). */
export function degreeColumns(graph: AnalysisGraph): {
  ids: readonly string[];
  in: Float64Array;
  out: Float64Array;
  total: Float64Array;
  weighted: Float64Array;
} {
  const directed = graph.type === "directed";
  const outIndex = indexGraph(graph, "out");
  const inIndex = directed ? indexGraph(graph, "in") : outIndex;
  const n = outIndex.ids.length;
  const inDegree = new Float64Array(n);
  const outDegree = new Float64Array(n);
  const total = new Float64Array(n);
  const weighted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    outDegree[i] = outIndex.starts[i + 1]! - outIndex.starts[i]!;
    inDegree[i] = inIndex.starts[i + 1]! - inIndex.starts[i]!;
    total[i] = directed ? inDegree[i]! + outDegree[i]! : outDegree[i]!;
    // Strength: every incident edge once (directed: out-arcs and in-arcs).
    let strength = 0;
    for (let a = outIndex.starts[i]!; a < outIndex.starts[i + 1]!; a++) strength += outIndex.weights[a]!;
    if (directed) for (let a = inIndex.starts[i]!; a < inIndex.starts[i + 1]!; a++) strength += inIndex.weights[a]!;
    weighted[i] = strength;
  }
  return { ids: outIndex.ids, in: inDegree, out: outDegree, total, weighted };
}

/** Arc lengths for shortest paths, or null when the graph is unweighted (every arc has length 1). */
function arcLengths(
  graph: AnalysisGraph,
  index: GraphIndex,
  edgeLength: EdgeLength,
): Float64Array | null {
  if (!isWeighted(graph)) return null;
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
  graph: AnalysisGraph,
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
  const score = brandesDependencies(outIndex, inIndex, outLengths, inLengths, null);

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

/**
 * Σ over the given sources (all when null) of Brandes' dependencies δ_s(v), per node. The sum
 * over every source is n·(n-1)·(n-2)·B(v) in normalised terms (see {@link betweennessCentrality}).
 */
function brandesDependencies(
  outIndex: GraphIndex,
  inIndex: GraphIndex,
  outLengths: Float64Array | null,
  inLengths: Float64Array | null,
  sources: Int32Array | null,
): Float64Array {
  const n = outIndex.ids.length;
  if (outLengths === null) return unweightedBrandesDependencies(n, outIndex.starts, outIndex.neighbours, sources);
  const paths = new SingleSourceShortestPaths(outIndex, outLengths);
  const { order, distance, sigma } = paths;
  const delta = new Float64Array(n);
  const score = new Float64Array(n);
  const count = sources === null ? n : sources.length;
  // Hoisted: property loads inside the O(n·m) loop cost more than the arithmetic.
  const inStarts = inIndex.starts;
  const inNeighbours = inIndex.neighbours;
  const lengths = inLengths as Float64Array;

  for (let k0 = 0; k0 < count; k0++) {
    const s = sources === null ? k0 : sources[k0]!;
    paths.run(s);
    for (let k = 0; k < paths.reached; k++) delta[order[k]!] = 0;
    // Dependency accumulation in order of non-increasing distance (Brandes 2001, Theorem 6).
    // Predecessors of w are the in-neighbours v on a shortest path: d(v) + len(v,w) = d(w). The
    // sum is the same floating-point operation as in the forward pass, so equality is exact.
    for (let k = paths.reached - 1; k > 0; k--) {
      const w = order[k]!;
      const dw = distance[w]!;
      const coefficient = (1 + delta[w]!) / sigma[w]!;
      for (let a = inStarts[w]!, end = inStarts[w + 1]!; a < end; a++) {
        const v = inNeighbours[a]!;
        if (distance[v]! + lengths[a]! === dw) delta[v] += sigma[v]! * coefficient;
      }
      score[w] += delta[w]!;
    }
  }
  return score;
}

/**
 * {@link brandesDependencies} of an unweighted graph, in one tight loop over typed arrays: a BFS
 * from each source that counts shortest paths σ and records, per settled node, its successors on
 * the shortest-path DAG (arcs v→w with d(w) = d(v) + 1) in one stack. The accumulation then runs
 * over the DAG arcs only, in the successor form of Brandes' recurrence,
 * δ(v) = σ(v) · Σ_{w ∈ succ(v)} (1 + δ(w)) / σ(w), without a second scan of every arc and
 * without an in-index. Only the nodes a BFS reached are reset afterwards.
 */
function unweightedBrandesDependencies(
  n: number,
  starts: Int32Array,
  neighbours: Int32Array,
  sources: Int32Array | null,
): Float64Array {
  const distance = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  /** (1 + δ(w)) / σ(w), once δ(w) is final. */
  const coefficient = new Float64Array(n);
  const order = new Int32Array(n);
  /** End, in `successors`, of the successors of the node settled at each position of `order`. */
  const successorsEnd = new Int32Array(n);
  const successors = new Int32Array(neighbours.length);
  const score = new Float64Array(n);
  const count = sources === null ? n : sources.length;

  for (let k0 = 0; k0 < count; k0++) {
    const s = sources === null ? k0 : sources[k0]!;
    distance[s] = 0;
    sigma[s] = 1;
    order[0] = s;
    let reached = 1;
    let top = 0;
    for (let head = 0; head < reached; head++) {
      const v = order[head]!;
      const next = distance[v]! + 1;
      const sv = sigma[v]!;
      for (let a = starts[v]!, end = starts[v + 1]!; a < end; a++) {
        const w = neighbours[a]!;
        const dw = distance[w]!;
        if (dw < 0) {
          distance[w] = next;
          order[reached++] = w;
          sigma[w] = sv;
          successors[top++] = w;
        } else if (dw === next) {
          sigma[w] += sv;
          successors[top++] = w;
        }
      }
      successorsEnd[head] = top;
    }
    for (let k = reached - 1; k >= 0; k--) {
      const v = order[k]!;
      let sum = 0;
      for (let j = k > 0 ? successorsEnd[k - 1]! : 0, end = successorsEnd[k]!; j < end; j++) sum += coefficient[successors[j]!]!;
      const dependency = sigma[v]! * sum;
      coefficient[v] = (1 + dependency) / sigma[v]!;
      if (k > 0) score[v] += dependency;
    }
    for (let k = 0; k < reached; k++) {
      const v = order[k]!;
      distance[v] = -1;
      sigma[v] = 0;
    }
  }
  return score;
}

export interface SampledBetweennessOptions {
  /** Number of pivots (sources), 1 ≤ samples ≤ n. */
  samples: number;
  /** Confidence of the error bound, 0 < confidence < 1 (default 0.95). */
  confidence?: number;
  /** Seed of the pivot choice, so a run can be repeated. */
  seed?: number;
  edgeLength?: EdgeLength;
}

export interface SampledBetweenness {
  scores: Record<string, number>;
  /** Pivots used (k). */
  samples: number;
  confidence: number;
  /**
   * ε: with probability ≥ `confidence`, every actor's estimate is within ε of its exact
   * normalised betweenness, simultaneously (Hoeffding + union bound over the n actors).
   */
  errorBound: number;
}

/**
 * Normalised betweenness estimated from k pivots chosen uniformly without replacement (Brandes &
 * Pich 2007, "Centrality estimation in large networks", Int. J. Bifurcation and Chaos
 * 17(7):2303–2318; the estimator of Eppstein & Wang 2004 applied to dependencies): each pivot s
 * contributes Brandes' dependency δ_s(v), and B̂(v) = n/k · Σ_s δ_s(v) / ((n-1)(n-2)), an unbiased
 * estimate of {@link betweennessCentrality}'s normalised value. Cost O(k·m) instead of O(n·m).
 *
 * Error bound: each term X_s = n·δ_s(v)/((n-1)(n-2)) lies in [0, n/(n-1)] (δ_s(v) ≤ n-2), so by
 * Hoeffding's inequality (which also holds for sampling without replacement, Hoeffding 1963 §6)
 * and a union bound over the n actors, P(max_v |B̂(v) − B(v)| ≥ ε) ≤ 2n·exp(−2kε²/R²) with
 * R = n/(n-1); hence ε = R·sqrt(ln(2n/(1−confidence)) / (2k)).
 */
export function sampledBetweenness(graph: AnalysisGraph, options: SampledBetweennessOptions): SampledBetweenness {
  const confidence = options.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) {
    throw new MetricInputError(`confidence must be between 0 and 1 (exclusive), e.g. 0.95, but got: ${confidence}`);
  }
  const directed = graph.type === "directed";
  const outIndex = indexGraph(graph, "out");
  const inIndex = directed ? indexGraph(graph, "in") : outIndex;
  const n = outIndex.ids.length;
  if (!Number.isInteger(options.samples) || options.samples < 1 || (n > 0 && options.samples > n)) {
    throw new MetricInputError(`samples must be a whole number from 1 to the number of actors (${n}), but got: ${options.samples}`);
  }
  const edgeLength = options.edgeLength ?? "inverse-weight";
  const outLengths = arcLengths(graph, outIndex, edgeLength);
  const inLengths = directed ? arcLengths(graph, inIndex, edgeLength) : outLengths;
  const k = Math.min(options.samples, n);
  // Partial Fisher–Yates shuffle with a seeded generator (mulberry32): k distinct pivots.
  const random = mulberry32(options.seed ?? 1);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = t;
  }
  const score = brandesDependencies(outIndex, inIndex, outLengths, inLengths, pool.subarray(0, k));
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  const scores: Record<string, number> = {};
  outIndex.ids.forEach((id, i) => (scores[id] = score[i]! * scale));
  const range = n > 1 ? n / (n - 1) : 1;
  const errorBound = n <= 2 ? 0 : range * Math.sqrt(Math.log((2 * n) / (1 - confidence)) / (2 * k));
  return { scores, samples: k, confidence, errorBound };
}

/** The number of pivots for which {@link sampledBetweenness}'s bound is ε at `confidence` on n actors. */
export function pivotsForErrorBound(n: number, errorBound: number, confidence: number): number {
  const range = n > 1 ? n / (n - 1) : 1;
  const pivots = (range * range * Math.log((2 * n) / (1 - confidence))) / (2 * errorBound * errorBound);
  // The bound of k pivots, inverted, gives k back up to rounding: 500.0000000001 is 500, not 501.
  return Math.min(n, Math.max(1, Math.ceil(pivots - 1e-9 * pivots)));
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
  graph: AnalysisGraph,
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

/**
 * Eigenvector centrality (Bonacich 1972, "Factoring and weighting approaches to status scores and
 * clique identification", J. Math. Sociology 2:113–120; 1987): x_i ∝ Σ_j a_ji x_j, the principal
 * eigenvector of the (weighted) adjacency matrix, L2-normalised (Σ x_i² = 1) as NetworkX's
 * `eigenvector_centrality`. Power iteration on A + I (the shift that makes it converge on
 * bipartite graphs; same as NetworkX), from the uniform start vector, with graphology-metrics'
 * stopping rule. In directed graphs a node scores from its in-neighbours. Weighted graphs use the
 * tie strengths. On a directed acyclic graph the iteration does not settle and the call throws
 * `MetricDidNotConvergeError`; use PageRank there.
 */
export function eigenvectorCentrality(
  graph: AnalysisGraph,
  options: PowerIterationOptions = {},
): Record<string, number> {
  const settings = powerIterationSettings(options, 10_000);
  if (graph.order === 0) return {};
  const index = indexGraph(graph, "out");
  return keyed(index.ids, eigenvectorScores(index, settings));
}

/**
 * {@link eigenvectorCentrality} on a CSR index, as a column. The same iteration as
 * graphology-metrics' `centrality/eigenvector` (which needs a graphology graph; the worker threads
 * have only the CSR): x' = x + A·x, divided by its Euclidean norm, until Σ|x' − x| < n·tolerance.
 */
export function eigenvectorScores(index: GraphIndex, settings: { maxIterations: number; tolerance: number }): Float64Array {
  const n = index.ids.length;
  const { starts, neighbours, weights } = index;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < settings.maxIterations; iteration++) {
    next.set(x);
    for (let i = 0; i < n; i++) {
      const xi = x[i]!;
      for (let a = starts[i]!, end = starts[i + 1]!; a < end; a++) next[neighbours[a]!] += xi * weights[a]!;
    }
    const norm = euclideanNorm(next);
    let error = 0;
    for (let i = 0; i < n; i++) {
      next[i] /= norm;
      error += Math.abs(next[i]! - x[i]!);
    }
    [x, next] = [next, x];
    if (error < n * settings.tolerance) return x;
  }
  throw new MetricDidNotConvergeError("Eigenvector centrality", settings.maxIterations, settings.tolerance);
}

/** ‖x‖₂ without overflow (scaled by the largest magnitude, as graphology's `safeVariadicHypot`). */
function euclideanNorm(x: Float64Array): number {
  let max = 0;
  for (let i = 0; i < x.length; i++) max = Math.max(max, Math.abs(x[i]!));
  if (max === 0) return 1;
  if (max === Infinity) return 1;
  let sum = 0;
  for (let i = 0; i < x.length; i++) {
    const r = x[i]! / max;
    sum += r * r;
  }
  return max * Math.sqrt(sum);
}

/**
 * PageRank (Brin & Page 1998, "The anatomy of a large-scale hypertextual Web search engine";
 * Page, Brin, Motwani & Winograd 1999): PR(i) = (1-α)/n + α Σ_{j→i} PR(j) w_ji / w_j+ , with the
 * rank of nodes without out-links spread uniformly, scores summing to 1 — NetworkX's `pagerank`
 * without personalisation. An undirected tie counts as a link in both directions; weighted graphs
 * split a node's rank in proportion to tie strength.
 */
export function pageRank(graph: AnalysisGraph, options: PageRankOptions = {}): Record<string, number> {
  const settings = pageRankSettings(options);
  if (graph.order === 0) return {};
  const index = indexGraph(graph, "out");
  return keyed(index.ids, pageRankScores(index, settings));
}

/** Checked PageRank settings: damping (default 0.85), iteration limit and tolerance. */
export function pageRankSettings(options: PageRankOptions): { maxIterations: number; tolerance: number; damping: number } {
  const settings = powerIterationSettings(options, 1000);
  const damping = options.damping ?? 0.85;
  if (!(damping >= 0 && damping <= 1)) {
    throw new MetricInputError(`damping must be between 0 and 1, but got: ${damping}`);
  }
  return { ...settings, damping };
}

/** Checked eigenvector settings (iteration limit default 10,000, tolerance). */
export function eigenvectorSettings(options: PowerIterationOptions): { maxIterations: number; tolerance: number } {
  return powerIterationSettings(options, 10_000);
}

/**
 * {@link pageRank} on a CSR index, as a column: the power iteration of graphology-metrics'
 * `centrality/pagerank` (same update, dangling-node rule and stopping rule Σ|x' − x| < n·tolerance),
 * on typed arrays without a graphology graph, so it runs on what the worker threads receive.
 */
export function pageRankScores(index: GraphIndex, settings: { maxIterations: number; tolerance: number; damping: number }): Float64Array {
  const n = index.ids.length;
  const { starts, neighbours, weights } = index;
  const alpha = settings.damping;
  const p = 1 / n;
  const share = new Float64Array(weights.length); // w_ij / w_i+
  const dangling: number[] = [];
  for (let i = 0; i < n; i++) {
    let strength = 0;
    for (let a = starts[i]!; a < starts[i + 1]!; a++) strength += weights[a]!;
    if (strength === 0) dangling.push(i);
    for (let a = starts[i]!; a < starts[i + 1]!; a++) share[a] = weights[a]! / strength;
  }
  let x = new Float64Array(n).fill(p);
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < settings.maxIterations; iteration++) {
    next.fill(0);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += x[i]!;
    dangleSum *= alpha;
    const base = dangleSum * p + (1 - alpha) * p;
    for (let i = 0; i < n; i++) {
      const flow = alpha * x[i]!;
      for (let a = starts[i]!, end = starts[i + 1]!; a < end; a++) next[neighbours[a]!] += flow * share[a]!;
      next[i] += base;
    }
    let error = 0;
    for (let i = 0; i < n; i++) error += Math.abs(next[i]! - x[i]!);
    [x, next] = [next, x];
    if (error < n * settings.tolerance) return x;
  }
  throw new MetricDidNotConvergeError("PageRank", settings.maxIterations, settings.tolerance);
}

/** A column indexed like `ids` as a record keyed by id. */
export function keyed(ids: readonly string[], column: ArrayLike<number>): Record<string, number> {
  const result: Record<string, number> = {};
  ids.forEach((id, i) => (result[id] = column[i]!));
  return result;
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
