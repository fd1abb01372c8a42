import {
  articulationPoints,
  burtConstraint,
  effectiveSize,
} from "../../../src/metrics/algorithms/brokerage";
import {
  betweennessCentrality,
  degreeCentrality,
  eigenvectorCentrality,
  harmonicCloseness,
  pageRank,
  topN,
} from "../../../src/metrics/algorithms/centrality";
import { buildGraph } from "../../../src/metrics/algorithms/metric-graph";
import { byIndex, expectAllClose } from "./expect-close";
import { KARATE_EDGES, karateClub } from "./karate-club";

/*
 * Zachary's karate club against NetworkX 3.6.1 (Python 3.11), every node to 1e-6. The values were
 * computed once with the script below and written in here; the tests need no Python.
 *
 *   K = nx.karate_club_graph(); n = 34
 *   G: unweighted copy of K; W: K with weight w and length 1/w; D: K directed from lower to higher id
 *   tight = dict(tol=1e-14, max_iter=100000)
 *   betweenness_centrality(G)                       (normalised: / ((n-1)(n-2)/2))
 *   harmonic_centrality(G)[v] / (n-1)               (NetworkX does not divide by n-1; we do)
 *   eigenvector_centrality(G, **tight)              (L2-normalised)
 *   pagerank(G, weight=None, **tight)               (α = 0.85)
 *   constraint(G, nodes=list(G)), effective_size(G, nodes=list(G))
 *   weighted: betweenness_centrality(W, weight="length"), harmonic_centrality(W, distance="length"),
 *     eigenvector_centrality(W, weight="weight"), pagerank(W, weight="weight"),
 *     constraint / effective_size(W, nodes=list(W), weight="weight")
 *   directed: betweenness_centrality(D) (/ (n-1)(n-2)), harmonic_centrality(D.reverse()) for
 *     d(i,j) ("out") and harmonic_centrality(D) for d(j,i) ("in"), pagerank(D)
 *
 * Two deliberate differences from commonly quoted values:
 * - Eigenvector and PageRank values are converged (tol 1e-14). NetworkX's default tol = 1e-6 stops
 *   early: it gives eigenvector 0.373371 (node 33) / 0.355483 (node 0) and PageRank 0.100918 /
 *   0.097002, which are 8e-6 and 5e-6 away from the fixed point (0.373363 / 0.355491 and
 *   0.100919 / 0.096997). Our default tolerance is 1e-10.
 * - Weighted effective size comes from NetworkX's iterative path (`nodes=` given). Without
 *   `nodes`, NetworkX 3.6.1 takes a SciPy path that normalises m_jq by the wrong axis and returns
 *   other numbers for weighted graphs (networkx PR #8906); the iterative path is Burt's formula.
 */

const BETWEENNESS = [
  0.437635281, 0.053936688, 0.143656806, 0.011909271, 0.000631313, 0.029987374, 0.029987374, 0,
  0.055926828, 0.000847763, 0.000631313, 0, 0, 0.045863396, 0, 0, 0, 0, 0, 0.032475048, 0, 0,
  0, 0.017613636, 0.002209596, 0.003840488, 0, 0.022333454, 0.001794733, 0.002922078,
  0.014411977, 0.138275613, 0.145247114, 0.304074976,
];
const HARMONIC = [
  0.702020202, 0.580808081, 0.636363636, 0.535353535, 0.444444444, 0.45959596, 0.45959596,
  0.497474747, 0.560606061, 0.472222222, 0.444444444, 0.409090909, 0.424242424, 0.560606061,
  0.43030303, 0.43030303, 0.336363636, 0.429292929, 0.43030303, 0.53030303, 0.43030303,
  0.429292929, 0.43030303, 0.485858586, 0.421717172, 0.421717172, 0.422727273, 0.512626263,
  0.497474747, 0.465656566, 0.512626263, 0.585858586, 0.633838384, 0.704545455,
];
const EIGENVECTOR = [
  0.355491445, 0.26595992, 0.317192504, 0.21117972, 0.075968818, 0.079483045, 0.079483045,
  0.170959748, 0.227403907, 0.102674251, 0.075968818, 0.052855697, 0.084254629, 0.22647272,
  0.101403262, 0.101403262, 0.023635628, 0.092399538, 0.101403262, 0.14791251, 0.101403262,
  0.092399538, 0.101403262, 0.150118572, 0.057052441, 0.059206475, 0.075579413, 0.133477153,
  0.131077823, 0.134960819, 0.174758302, 0.191033841, 0.30864422, 0.37336347,
];
const PAGERANK = [
  0.096997285, 0.052876924, 0.057078509, 0.035859858, 0.021977952, 0.029111155, 0.029111155,
  0.024490497, 0.029766056, 0.014309397, 0.021977952, 0.009564745, 0.014644892, 0.029536456,
  0.014535994, 0.014535994, 0.016784005, 0.014558677, 0.014535994, 0.019604636, 0.014535994,
  0.014558677, 0.014535994, 0.031522515, 0.021076034, 0.021006197, 0.015044038, 0.025639767,
  0.019573459, 0.026288538, 0.024590155, 0.037158087, 0.071693226, 0.100919182,
];
const CONSTRAINT = [
  0.155423298, 0.279535108, 0.18517664, 0.396659647, 0.529417438, 0.477484809, 0.477484809,
  0.442711589, 0.303600714, 0.5, 0.529417438, 1, 0.62250434, 0.323335417, 0.573679594,
  0.573679594, 0.78125, 0.590868538, 0.573679594, 0.37371935, 0.573679594, 0.590868538,
  0.573679594, 0.305823722, 0.459876543, 0.459876543, 0.670901817, 0.285069204, 0.386913153,
  0.449409001, 0.346006464, 0.244575404, 0.249223362, 0.156418685,
];
const EFFECTIVE_SIZE = [
  13.75, 6.333333333, 7.8, 2.666666667, 1.666666667, 2.5, 2.5, 1, 3, 2, 1.666666667, 1, 1, 2.6,
  1, 1, 1, 1, 1, 2.333333333, 1, 1, 1, 3.4, 2.333333333, 2.333333333, 1, 3.5, 2.333333333, 2,
  2.5, 5, 9.833333333, 15.235294118,
];
const WEIGHTED_BETWEENNESS = [
  0.394886364, 0.069602273, 0.337121212, 0.060606061, 0, 0.03125, 0.029356061, 0, 0.136363636,
  0, 0.00094697, 0, 0, 0.054450758, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.011363636, 0, 0.017045455, 0,
  0.034090909, 0, 0.011363636, 0, 0.089015152, 0.159090909, 0.328598485,
];
const WEIGHTED_HARMONIC = [
  1.920512182, 1.89004537, 2.028733031, 1.498398257, 1.228702947, 1.374157493, 1.355218099,
  1.454918386, 1.845090894, 0.993449086, 1.103792172, 1.152945372, 0.998110624, 1.741966912,
  1.160739545, 1.411975273, 0.964912401, 0.954766198, 0.993449086, 1.019162047, 1.150901192,
  1.015053337, 1.218542739, 1.768660934, 1.092559965, 1.611602803, 1.129467364, 1.592349236,
  1.191992333, 1.420424775, 1.445912758, 1.818694463, 1.986799983, 2.135011525,
];
const WEIGHTED_EIGENVECTOR = [
  0.312351228, 0.301751175, 0.36058862, 0.198567186, 0.055674749, 0.067428084, 0.066448221,
  0.178432343, 0.246950584, 0.05020307, 0.045833219, 0.043206955, 0.041869742, 0.240486537,
  0.079537649, 0.113114204, 0.018518856, 0.042718193, 0.04889692, 0.073420028, 0.062749371,
  0.05663175, 0.081005562, 0.218043711, 0.051048913, 0.122582287, 0.058629255, 0.147683072,
  0.086145392, 0.135833019, 0.158313247, 0.209456435, 0.33226141, 0.364096882,
];
const WEIGHTED_PAGERANK = [
  0.088500315, 0.057412319, 0.062765624, 0.037210035, 0.020500801, 0.033803873, 0.031523019,
  0.026463203, 0.033382483, 0.009463495, 0.020685685, 0.009784998, 0.011474264, 0.033472925,
  0.012942404, 0.016377444, 0.01675226, 0.009676695, 0.009545338, 0.01307699, 0.011224884,
  0.01135947, 0.012961391, 0.041149758, 0.016635733, 0.028676449, 0.015241717, 0.027237727,
  0.014479228, 0.028274666, 0.023032846, 0.041988178, 0.07593442, 0.096989363,
];
const WEIGHTED_CONSTRAINT = [
  0.190623489, 0.340901983, 0.255653839, 0.412222616, 0.50808857, 0.491129228, 0.531404722,
  0.52708195, 0.334414756, 0.555555556, 0.530497648, 1, 0.730229592, 0.382748624, 0.641126693,
  0.632394347, 0.939749125, 0.665331408, 0.667077584, 0.439109364, 0.723821347, 0.623608381,
  0.639834228, 0.312773961, 0.512471655, 0.456314499, 0.653162439, 0.322210146, 0.398982741,
  0.438925197, 0.394491171, 0.275498835, 0.25825614, 0.186287286,
];
const WEIGHTED_EFFECTIVE_SIZE = [
  13.775, 6.467241379, 7.946969697, 3.633333333, 2.225, 2.942857143, 2.784615385, 1.461538462,
  3.396078431, 2, 2.15, 1, 1.3, 2.923529412, 1, 1, 1, 1.288888889, 1, 2.413333333, 1,
  1.266666667, 1, 3.723809524, 2.428571429, 2.62585034, 1.566666667, 3.507692308, 2.542857143,
  2.492307692, 2.690909091, 5.141043084, 10.089285714, 15.228918651,
];
const DIRECTED_BETWEENNESS = [
  0, 0.000473485, 0.008364899, 0.001893939, 0, 0.000473485, 0.001420455, 0, 0.002130682,
  0.000157828, 0, 0, 0, 0.001657197, 0, 0, 0, 0, 0, 0.000552399, 0, 0, 0, 0, 0, 0.00094697, 0,
  0.000631313, 0.002051768, 0.00094697, 0.000789141, 0.004813763, 0.000157828, 0,
];
const DIRECTED_HARMONIC_OUT = [
  0.590909091, 0.358585859, 0.303030303, 0.106060606, 0.075757576, 0.090909091, 0.03030303, 0,
  0.090909091, 0.03030303, 0, 0, 0, 0.03030303, 0.060606061, 0.060606061, 0, 0, 0.060606061,
  0.03030303, 0.060606061, 0, 0.060606061, 0.166666667, 0.121212121, 0.060606061, 0.075757576,
  0.03030303, 0.075757576, 0.060606061, 0.060606061, 0.060606061, 0.03030303, 0,
];
const DIRECTED_HARMONIC_IN = [
  0, 0.03030303, 0.060606061, 0.090909091, 0.03030303, 0.03030303, 0.090909091, 0.121212121,
  0.075757576, 0.060606061, 0.090909091, 0.03030303, 0.090909091, 0.121212121, 0, 0,
  0.090909091, 0.060606061, 0, 0.060606061, 0, 0.060606061, 0, 0, 0, 0.060606061, 0,
  0.121212121, 0.060606061, 0.060606061, 0.090909091, 0.161616162, 0.424242424, 0.606060606,
];
const DIRECTED_PAGERANK = [
  0.015060495, 0.015860584, 0.017545771, 0.019410009, 0.015860584, 0.015860584, 0.027095164,
  0.024909511, 0.017724822, 0.016924733, 0.027095164, 0.015860584, 0.021360086, 0.024909511,
  0.015060495, 0.015060495, 0.042585216, 0.017545771, 0.015060495, 0.017545771, 0.015060495,
  0.017545771, 0.015060495, 0.015060495, 0.015060495, 0.021887919, 0.015060495, 0.023752157,
  0.016924733, 0.024021489, 0.021767715, 0.045925466, 0.095489336, 0.259047101,
];

const n = 34;
const unweighted = () => buildGraph(karateClub(), { directed: false, weighted: false });
const weighted = () => buildGraph(karateClub(), { directed: false, weighted: true });
const directed = () => buildGraph(karateClub(), { directed: true, weighted: false });
const NO_LIMIT = { maxNodesTimesEdges: Infinity };

describe("Zachary's karate club (NetworkX 3.6.1 reference values)", () => {
  it("has 34 nodes and 78 edges", () => {
    const graph = unweighted();
    expect(graph.order).toBe(n);
    expect(graph.size).toBe(78);
    expect(KARATE_EDGES).toHaveLength(78);
  });

  it("degree: node 33 has 17 ties, node 0 has 16; strength sums the interaction counts", () => {
    const degree = degreeCentrality(weighted());
    expect(degree["33"]).toEqual({ in: 17, out: 17, total: 17, weighted: 48 });
    expect(degree["0"]).toEqual({ in: 16, out: 16, total: 16, weighted: 42 });
    const totalStrength = Object.values(degree).reduce((sum, d) => sum + d.weighted, 0);
    expect(totalStrength).toBe(2 * KARATE_EDGES.reduce((sum, [, , w]) => sum + w, 0));
  });

  it("betweenness (normalised): node 0 = 0.437635, node 33 = 0.304075, node 32 = 0.145247, node 2 = 0.143657", () => {
    expectAllClose(betweennessCentrality(unweighted(), NO_LIMIT), byIndex(BETWEENNESS));
  });

  it("harmonic closeness = NetworkX harmonic_centrality / (n-1)", () => {
    expectAllClose(harmonicCloseness(unweighted(), NO_LIMIT), byIndex(HARMONIC));
  });

  it("eigenvector centrality (L2): node 33 = 0.373363, node 0 = 0.355491", () => {
    expectAllClose(eigenvectorCentrality(unweighted()), byIndex(EIGENVECTOR));
  });

  it("PageRank (α = 0.85): node 33 = 0.100919, node 0 = 0.096997; sums to 1", () => {
    const scores = pageRank(unweighted());
    expectAllClose(scores, byIndex(PAGERANK));
    expect(Object.values(scores).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });

  it("Burt's constraint and effective size", () => {
    expectAllClose(burtConstraint(unweighted()), byIndex(CONSTRAINT));
    expectAllClose(effectiveSize(unweighted()), byIndex(EFFECTIVE_SIZE));
  });

  it("articulation points: only node 0 (node 11's single tie is to 0)", () => {
    expect(articulationPoints(unweighted())).toEqual(["0"]);
  });

  it("weighted by interaction counts (path length 1/weight)", () => {
    const graph = weighted();
    expectAllClose(betweennessCentrality(graph, NO_LIMIT), byIndex(WEIGHTED_BETWEENNESS));
    expectAllClose(harmonicCloseness(graph, NO_LIMIT), byIndex(WEIGHTED_HARMONIC));
    expectAllClose(eigenvectorCentrality(graph), byIndex(WEIGHTED_EIGENVECTOR));
    expectAllClose(pageRank(graph), byIndex(WEIGHTED_PAGERANK));
    expectAllClose(burtConstraint(graph), byIndex(WEIGHTED_CONSTRAINT));
    expectAllClose(effectiveSize(graph), byIndex(WEIGHTED_EFFECTIVE_SIZE));
  });

  it("directed from lower to higher id", () => {
    const graph = directed();
    expectAllClose(betweennessCentrality(graph, NO_LIMIT), byIndex(DIRECTED_BETWEENNESS));
    expectAllClose(harmonicCloseness(graph, NO_LIMIT), byIndex(DIRECTED_HARMONIC_OUT));
    expectAllClose(harmonicCloseness(graph, { ...NO_LIMIT, direction: "in" }), byIndex(DIRECTED_HARMONIC_IN));
    expectAllClose(pageRank(graph), byIndex(DIRECTED_PAGERANK));
    // Constraint and effective size read mutual ties, so direction changes nothing.
    expectAllClose(burtConstraint(graph), byIndex(CONSTRAINT));
    expectAllClose(effectiveSize(graph), byIndex(EFFECTIVE_SIZE));
    expect(articulationPoints(graph)).toEqual(["0"]);
  });

  it("gives the same numbers whatever order the nodes and edges arrive in", () => {
    const input = karateClub();
    const shuffled = {
      nodes: [...input.nodes].reverse(),
      edges: input.edges.map((e, i) => (i % 2 === 0 ? { ...e, source: e.target, target: e.source } : e)).reverse(),
    };
    const graph = buildGraph(shuffled, { directed: false, weighted: true });
    expect(pageRank(graph)).toEqual(pageRank(weighted()));
    expect(betweennessCentrality(graph, NO_LIMIT)).toEqual(betweennessCentrality(weighted(), NO_LIMIT));
  });

  it("ranks the two leaders first by betweenness, brokers first by low constraint", () => {
    const names = (id: string) => `member ${Number(id) + 1}`;
    expect(topN(betweennessCentrality(unweighted(), NO_LIMIT), 3, names).map((r) => r.id)).toEqual(["0", "33", "32"]);
    const brokers = topN(burtConstraint(unweighted()), 2, names, { order: "asc" });
    expect(brokers.map((r) => r.id)).toEqual(["0", "33"]);
  });
});
