import { type AnalysisGraph, type GraphIndex, indexGraph, isWeighted } from "./graph-index";
import { compareIds } from "./metric-graph";

/**
 * Brokerage of the actors of a `MetricGraph` (DESIGN.md, "Metrics — Brokerage"): Burt's structural
 * holes (R. S. Burt, *Structural Holes: The Social Structure of Competition*, Harvard University
 * Press, 1992, ch. 2) and articulation points. Constraint and effective size work on the mutual
 * ties `a_ij + a_ji` (the undirected view, weights added), so direction never matters to them.
 * Both are undefined for an isolate (no contacts: p_ij has a zero denominator); such nodes get
 * `null`, never NaN.
 */

/** Mutual tie strengths: neighbour j of i at position a has `a_ij + a_ji` in `weights[a]`. */
function mutualTies(graph: AnalysisGraph): GraphIndex {
  return indexGraph(graph, "both");
}

/** Burt's proportional tie strength p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki), per arc. */
function proportionalTies(ties: GraphIndex): Float64Array {
  const p = new Float64Array(ties.weights.length);
  for (let i = 0; i < ties.ids.length; i++) {
    let total = 0;
    for (let a = ties.starts[i]; a < ties.starts[i + 1]; a++) total += ties.weights[a];
    for (let a = ties.starts[i]; a < ties.starts[i + 1]; a++) p[a] = ties.weights[a] / total;
  }
  return p;
}

/**
 * Burt's constraint (Burt 1992, p. 54–55):
 * `c_i = Σ_{j∈N(i)} (p_ij + Σ_{q∈N(i), q≠i,j} p_iq p_qj)²`,
 * `p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki)`.
 * Low constraint = the actor spans structural holes (a broker); 1 = a single contact. Matches
 * NetworkX's `constraint` (with `weight=` for weighted graphs). Isolates: `null`.
 */
export function burtConstraint(graph: AnalysisGraph): Record<string, number | null> {
  const ties = mutualTies(graph);
  const p = proportionalTies(ties);
  const { starts, neighbours } = ties;
  const n = ties.ids.length;
  // For node i: slot[j] = position of j in N(i) (or -1), and the bracket (p_ij + indirect) per j.
  const slot = new Int32Array(n).fill(-1);
  const bracket = new Float64Array(n);

  const result: Record<string, number | null> = {};
  for (let i = 0; i < n; i++) {
    const begin = starts[i];
    const end = starts[i + 1];
    if (begin === end) {
      result[ties.ids[i]] = null;
      continue;
    }
    for (let a = begin; a < end; a++) {
      slot[neighbours[a]] = a;
      bracket[neighbours[a]] = p[a];
    }
    // Indirect part: for each contact q of i, every contact j of q that is also a contact of i
    // (j ≠ i; q ≠ j holds as there are no self-loops) receives p_iq · p_qj.
    for (let a = begin; a < end; a++) {
      const q = neighbours[a];
      for (let b = starts[q]; b < starts[q + 1]; b++) {
        const j = neighbours[b];
        if (j !== i && slot[j] !== -1) bracket[j] += p[a] * p[b];
      }
    }
    let constraint = 0;
    for (let a = begin; a < end; a++) {
      const j = neighbours[a];
      constraint += bracket[j] * bracket[j];
      slot[j] = -1;
    }
    result[ties.ids[i]] = constraint;
  }
  return result;
}

/**
 * Burt's effective size, the number of contacts minus their redundancy (Burt 1992, p. 52):
 * `ES_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i), q≠j} p_iq m_jq)`, with
 * `m_jq = (a_jq + a_qj) / max_k (a_jk + a_kj)` the marginal strength of j's tie to q. For undirected unweighted graphs it reduces to
 * Borgatti's `n − 2t/n` (S. P. Borgatti, "Structural holes: unpacking Burt's redundancy
 * measures", Connections 20(1):35–38, 1997), with n contacts and t ties among them, which is
 * what is computed there (exact and cheaper). Matches NetworkX's `effective_size`. Isolates: `null`.
 */
export function effectiveSize(graph: AnalysisGraph): Record<string, number | null> {
  const ties = mutualTies(graph);
  const borgatti = graph.type === "undirected" && !isWeighted(graph);
  return borgatti ? borgattiEffectiveSize(ties) : burtEffectiveSize(ties);
}

function borgattiEffectiveSize(ties: GraphIndex): Record<string, number | null> {
  const { starts, neighbours } = ties;
  const n = ties.ids.length;
  const isContact = new Uint8Array(n);
  const result: Record<string, number | null> = {};
  for (let i = 0; i < n; i++) {
    const contacts = starts[i + 1] - starts[i];
    if (contacts === 0) {
      result[ties.ids[i]] = null;
      continue;
    }
    for (let a = starts[i]; a < starts[i + 1]; a++) isContact[neighbours[a]] = 1;
    let endpoints = 0; // each tie among contacts is seen from both ends: 2t
    for (let a = starts[i]; a < starts[i + 1]; a++) {
      const j = neighbours[a];
      for (let b = starts[j]; b < starts[j + 1]; b++) endpoints += isContact[neighbours[b]];
    }
    for (let a = starts[i]; a < starts[i + 1]; a++) isContact[neighbours[a]] = 0;
    result[ties.ids[i]] = contacts - endpoints / contacts;
  }
  return result;
}

function burtEffectiveSize(ties: GraphIndex): Record<string, number | null> {
  const { starts, neighbours, weights } = ties;
  const n = ties.ids.length;
  const p = proportionalTies(ties);
  const strongest = new Float64Array(n); // max_k (a_jk + a_kj)
  for (let j = 0; j < n; j++) {
    for (let b = starts[j]; b < starts[j + 1]; b++) strongest[j] = Math.max(strongest[j], weights[b]);
  }
  const pFromI = new Float64Array(n); // p_iq for q ∈ N(i), else 0
  const result: Record<string, number | null> = {};
  for (let i = 0; i < n; i++) {
    if (starts[i] === starts[i + 1]) {
      result[ties.ids[i]] = null;
      continue;
    }
    for (let a = starts[i]; a < starts[i + 1]; a++) pFromI[neighbours[a]] = p[a];
    let size = 0;
    for (let a = starts[i]; a < starts[i + 1]; a++) {
      const j = neighbours[a];
      let redundancy = 0;
      for (let b = starts[j]; b < starts[j + 1]; b++) {
        // q = neighbours[b] ranges over j's contacts; only those that are also i's count (p_iq > 0).
        redundancy += pFromI[neighbours[b]] * (weights[b] / strongest[j]);
      }
      size += 1 - redundancy;
    }
    for (let a = starts[i]; a < starts[i + 1]; a++) pFromI[neighbours[a]] = 0;
    result[ties.ids[i]] = size;
  }
  return result;
}

/**
 * Articulation points (cut vertices): actors whose removal disconnects the component they are in
 * — the ecosystem's single points of failure. Hopcroft & Tarjan's depth-first search with low
 * points (J. Hopcroft & R. Tarjan, "Algorithm 447: efficient algorithms for graph manipulation",
 * CACM 16(6):372–378, 1973), on the undirected view of the graph, with an explicit stack so that
 * graphs of 100k+ nodes do not overflow the call stack. O(n + m). Returns the ids sorted.
 */
export function articulationPoints(graph: AnalysisGraph): string[] {
  const ties = indexGraph(graph, "both");
  const { starts, neighbours } = ties;
  const n = ties.ids.length;
  const discovery = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const nextArc = new Int32Array(n); // resume position in each node's neighbour list
  const stack = new Int32Array(n);
  const isCut = new Uint8Array(n);
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (discovery[root] !== -1) continue;
    let rootChildren = 0;
    let top = 0;
    stack[top++] = root;
    discovery[root] = low[root] = time++;
    nextArc[root] = starts[root];

    while (top > 0) {
      const v = stack[top - 1];
      if (nextArc[v] < starts[v + 1]) {
        const w = neighbours[nextArc[v]++];
        if (discovery[w] === -1) {
          parent[w] = v;
          discovery[w] = low[w] = time++;
          nextArc[w] = starts[w];
          stack[top++] = w;
          if (v === root) rootChildren++;
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v], discovery[w]); // back edge (the graph is simple)
        }
      } else {
        top--; // v is finished: report to its parent
        const u = parent[v];
        if (u !== -1) {
          low[u] = Math.min(low[u], low[v]);
          if (u !== root && low[v] >= discovery[u]) isCut[u] = 1;
        }
      }
    }
    if (rootChildren > 1) isCut[root] = 1;
  }

  const result: string[] = [];
  for (let i = 0; i < n; i++) if (isCut[i] === 1) result.push(ties.ids[i]);
  return result.sort(compareIds);
}
