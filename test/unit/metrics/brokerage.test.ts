import { articulationPoints, burtConstraint, effectiveSize } from "../../../src/metrics/algorithms/brokerage";
import { buildGraph, type MetricGraphInput } from "../../../src/metrics/algorithms/metric-graph";
import { expectAllClose } from "./expect-close";
import { fromPairs, PATH_P4, STAR_S5, TWO_TRIANGLES } from "./small-graphs";

const undirected = (input: MetricGraphInput) => buildGraph(input, { directed: false, weighted: false });

describe("burtConstraint", () => {
  it("P4: an end has one contact (c = 1); b has two unconnected contacts: (½)² + (½)² = 0.5", () => {
    expectAllClose(burtConstraint(undirected(PATH_P4)), { a: 1, b: 0.5, c: 0.5, d: 1 });
  });

  it("star: the centre spans 4 holes, 4 · (¼)² = 0.25; a leaf has c = 1", () => {
    expectAllClose(burtConstraint(undirected(STAR_S5)), { h: 0.25, 1: 1, 2: 1, 3: 1, 4: 1 });
  });

  it("two triangles and a bridge", () => {
    // a: N = {b, c}, p_ab = p_ac = ½; p_cb = ⅓ (c has 3 contacts), p_bc = ½.
    //   j = b: (½ + p_ac·p_cb)² = (½ + ⅙)² = 4/9;  j = c: (½ + p_ab·p_bc)² = (¾)² = 9/16
    //   c_a = 4/9 + 9/16 = 145/144
    // c: N = {a, b, d}, p = ⅓ each.
    //   j = a: (⅓ + p_cb·p_ba)² = (⅓ + ⅙)² = ¼; j = b: ¼; j = d: (⅓)² = 1/9 (no shared contact)
    //   c_c = ½ + 1/9 = 11/18
    const a = 145 / 144;
    expectAllClose(burtConstraint(undirected(TWO_TRIANGLES)), { a, b: a, c: 11 / 18, d: 11 / 18, e: a, f: a });
  });

  it("uses mutual ties a_ij + a_ji, whatever their direction", () => {
    // a→b (2), b→a (1), a→c (1): mutual a–b = 3, a–c = 1 → p = ¾, ¼; b and c unconnected:
    // c_a = (¾)² + (¼)² = 0.625, the same as the undirected star with weights 3 and 1.
    const input = {
      nodes: [{ id: "a" }, { id: "b" }, { id: "c" }],
      edges: [
        { source: "a", target: "b", type: "SUPPLIES", weight: 2 },
        { source: "b", target: "a", type: "SUPPLIES", weight: 1 },
        { source: "a", target: "c", type: "SUPPLIES", weight: 1 },
      ],
    };
    expect(burtConstraint(buildGraph(input, { directed: true, weighted: true })).a).toBeCloseTo(0.625, 12);
    expect(burtConstraint(buildGraph(input, { directed: false, weighted: true })).a).toBeCloseTo(0.625, 12);
    // unweighted directed: the reciprocated tie still counts twice, a_ab + a_ba = 2 against
    // a_ac = 1 → p = ⅔, ⅓ and c_a = 4/9 + 1/9 = 5/9 (Burt: "anyone cited and anyone who cited")
    expect(burtConstraint(buildGraph(input, { directed: true, weighted: false })).a).toBeCloseTo(5 / 9, 12);
    // unweighted undirected: one tie each, (½)² + (½)² = 0.5
    expect(burtConstraint(buildGraph(input, { directed: false, weighted: false })).a).toBeCloseTo(0.5, 12);
  });

  it("is undefined (null) for an isolate", () => {
    const input = { ...fromPairs(["a-b"]), nodes: [{ id: "a" }, { id: "b" }, { id: "z" }] };
    expect(burtConstraint(undirected(input))).toEqual({ a: 1, b: 1, z: null });
  });
});

describe("effectiveSize", () => {
  it("P4 and star: no ties among contacts, so effective size = number of contacts", () => {
    expectAllClose(effectiveSize(undirected(PATH_P4)), { a: 1, b: 2, c: 2, d: 1 });
    expectAllClose(effectiveSize(undirected(STAR_S5)), { h: 4, 1: 1, 2: 1, 3: 1, 4: 1 });
  });

  it("two triangles: Borgatti n − 2t/n gives a: 2 − 2·1/2 = 1 and c: 3 − 2·1/3 = 7/3", () => {
    expectAllClose(effectiveSize(undirected(TWO_TRIANGLES)), { a: 1, b: 1, c: 7 / 3, d: 7 / 3, e: 1, f: 1 });
  });

  it("Burt's general formula agrees with Borgatti's on unweighted ties (directed input)", () => {
    // Directed graphs always take the general formula; with every mutual tie 1 it must give 7/3.
    const scores = effectiveSize(buildGraph(TWO_TRIANGLES, { directed: true, weighted: false }));
    expectAllClose(scores, { a: 1, b: 1, c: 7 / 3, d: 7 / 3, e: 1, f: 1 });
  });

  it("weighted: redundancy of j is Σ_q p_iq · a_jq / max_k a_jk", () => {
    // Triangle i, j, q with a_ij = 2, a_iq = 1, a_jq = 1.
    // p_ij = 2/3, p_iq = 1/3; max tie of j = 2 (to i), of q = 1.
    // j: 1 − p_iq·m_jq = 1 − ⅓·(1/2) = 5/6;  q: 1 − p_ij·m_qj = 1 − ⅔·1 = 1/3 → ES_i = 7/6.
    // (NetworkX 3.6.1 agrees with effective_size(G, nodes=list(G), weight="weight"); without
    // `nodes` its SciPy path normalises m by the wrong axis and returns 4/3 — networkx PR #8906.)
    const input = {
      nodes: [{ id: "i" }, { id: "j" }, { id: "q" }],
      edges: [
        { source: "i", target: "j", type: "T", weight: 2 },
        { source: "i", target: "q", type: "T", weight: 1 },
        { source: "j", target: "q", type: "T", weight: 1 },
      ],
    };
    expect(effectiveSize(buildGraph(input, { directed: false, weighted: true })).i).toBeCloseTo(7 / 6, 12);
  });

  it("is undefined (null) for an isolate", () => {
    const input = { ...fromPairs(["a-b"]), nodes: [{ id: "a" }, { id: "b" }, { id: "z" }] };
    expect(effectiveSize(undirected(input))).toEqual({ a: 1, b: 1, z: null });
    expect(effectiveSize(buildGraph(input, { directed: true, weighted: true })).z).toBeNull();
  });
});

describe("articulationPoints", () => {
  it("finds the cut vertices of the small graphs, sorted", () => {
    expect(articulationPoints(undirected(PATH_P4))).toEqual(["b", "c"]);
    expect(articulationPoints(undirected(STAR_S5))).toEqual(["h"]);
    expect(articulationPoints(undirected(TWO_TRIANGLES))).toEqual(["c", "d"]);
    expect(articulationPoints(undirected(fromPairs(["a-b", "b-c", "c-a"])))).toEqual([]);
  });

  it("works on the undirected view of a directed graph and per component", () => {
    // a→b←c is a path once direction is ignored; x–y–z is another component with y a cut vertex.
    const graph = buildGraph(fromPairs(["a-b", "c-b", "x-y", "y-z"]), { directed: true, weighted: false });
    expect(articulationPoints(graph)).toEqual(["b", "y"]);
  });

  it("handles a 100 000-node path without overflowing the stack", () => {
    const n = 100_000;
    const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${String(i).padStart(6, "0")}` }));
    const edges = nodes.slice(1).map((node, i) => ({ source: nodes[i].id, target: node.id, type: "T" }));
    const points = articulationPoints(buildGraph({ nodes, edges }, { directed: false, weighted: false }));
    expect(points).toHaveLength(n - 2);
    expect(points[0]).toBe("n000001");
    expect(points[n - 3]).toBe("n099998");
  });
});
