import {
  assertExactAlgorithmAllowed,
  betweennessCentrality,
  degreeCentrality,
  eigenvectorCentrality,
  harmonicCloseness,
  pageRank,
  topN,
} from "../../../src/metrics/algorithms/centrality";
import {
  MetricDidNotConvergeError,
  MetricInputError,
  MetricTooLargeError,
} from "../../../src/metrics/algorithms/metric-errors";
import { buildGraph, type MetricGraphInput } from "../../../src/metrics/algorithms/metric-graph";
import { expectAllClose } from "./expect-close";
import { fromPairs, PATH_P4, STAR_S5, TWO_TRIANGLES } from "./small-graphs";

const NO_LIMIT = { maxNodesTimesEdges: Infinity };
const undirected = (input: MetricGraphInput) => buildGraph(input, { directed: false, weighted: false });
const directed = (input: MetricGraphInput) => buildGraph(input, { directed: true, weighted: false });

describe("degreeCentrality", () => {
  it("counts degree and strength on an undirected graph (in = out = total)", () => {
    expect(degreeCentrality(undirected(PATH_P4))).toEqual({
      a: { in: 1, out: 1, total: 1, weighted: 1 },
      b: { in: 2, out: 2, total: 2, weighted: 2 },
      c: { in: 2, out: 2, total: 2, weighted: 2 },
      d: { in: 1, out: 1, total: 1, weighted: 1 },
    });
    expect(degreeCentrality(undirected(STAR_S5)).h).toEqual({ in: 4, out: 4, total: 4, weighted: 4 });
  });

  it("separates in and out on a directed graph and sums weights of all incident edges", () => {
    const input = {
      nodes: [{ id: "a" }, { id: "b" }, { id: "c" }],
      edges: [
        { source: "a", target: "b", type: "SUPPLIES", weight: 2 },
        { source: "b", target: "c", type: "SUPPLIES", weight: 5 },
        { source: "c", target: "b", type: "SUPPLIES", weight: 1 },
      ],
    };
    const degree = degreeCentrality(buildGraph(input, { directed: true, weighted: true }));
    expect(degree).toEqual({
      a: { in: 0, out: 1, total: 1, weighted: 2 },
      b: { in: 2, out: 1, total: 3, weighted: 8 },
      c: { in: 1, out: 1, total: 2, weighted: 6 },
    });
  });
});

describe("betweennessCentrality (normalised)", () => {
  it("P4: b and c each lie on 2 of the 3 pairs not involving them → 2/3", () => {
    // b is on the only shortest path of {a,c} and {a,d}; normalised by (n-1)(n-2)/2 = 3.
    expectAllClose(betweennessCentrality(undirected(PATH_P4), NO_LIMIT), { a: 0, b: 2 / 3, c: 2 / 3, d: 0 });
  });

  it("star: the centre is on all C(4,2) = 6 leaf pairs → 6/6 = 1", () => {
    expectAllClose(betweennessCentrality(undirected(STAR_S5), NO_LIMIT), { h: 1, 1: 0, 2: 0, 3: 0, 4: 0 });
  });

  it("two triangles and a bridge: c and d are on 2·3 = 6 of 10 pairs → 0.6", () => {
    // c separates {a,b} from {d,e,f}: 6 pairs, each with one shortest path; (n-1)(n-2)/2 = 10.
    expectAllClose(betweennessCentrality(undirected(TWO_TRIANGLES), NO_LIMIT), {
      a: 0, b: 0, c: 0.6, d: 0.6, e: 0, f: 0,
    });
  });

  it("normalises directed graphs by (n-1)(n-2) and undirected ones by (n-1)(n-2)/2", () => {
    const p3 = fromPairs(["a-b", "b-c"]);
    // undirected: b is on the one pair {a,c} of 1 → 1; directed a→b→c: on (a,c), 1 of 2 ordered pairs
    expect(betweennessCentrality(undirected(p3), NO_LIMIT).b).toBeCloseTo(1, 12);
    expect(betweennessCentrality(directed(p3), NO_LIMIT).b).toBeCloseTo(0.5, 12);
    // raw values: the undirected count is per unordered pair
    expect(betweennessCentrality(undirected(p3), { ...NO_LIMIT, normalized: false }).b).toBe(1);
    expect(betweennessCentrality(undirected(PATH_P4), { ...NO_LIMIT, normalized: false }).b).toBe(2);
  });

  it("splits a pair's credit over its equal shortest paths", () => {
    // square a-b-c-d-a: a and c are joined by two shortest paths, via b and via d: ½ each.
    // b: ½ for {a,c}; normalised by (3·2)/2 = 3 → 1/6.
    expectAllClose(betweennessCentrality(undirected(fromPairs(["a-b", "b-c", "c-d", "d-a"])), NO_LIMIT), {
      a: 1 / 6, b: 1 / 6, c: 1 / 6, d: 1 / 6,
    });
  });

  it("weighted: strong ties are short (length 1/weight) unless edgeLength is 'weight'", () => {
    // Triangle with a strong path a–b–c (weight 4 each, length 0.25) and a weak a–c (weight 1).
    // Inverse weight: a→b→c has length 0.5 < 1, so b carries the pair {a,c} → 1.
    // Weight as length: a→b→c = 8 > 1, the direct tie wins → 0.
    const input = {
      nodes: [{ id: "a" }, { id: "b" }, { id: "c" }],
      edges: [
        { source: "a", target: "b", type: "T", weight: 4 },
        { source: "b", target: "c", type: "T", weight: 4 },
        { source: "a", target: "c", type: "T", weight: 1 },
      ],
    };
    const graph = buildGraph(input, { directed: false, weighted: true });
    expect(betweennessCentrality(graph, NO_LIMIT).b).toBeCloseTo(1, 12);
    expect(betweennessCentrality(graph, { ...NO_LIMIT, edgeLength: "weight" }).b).toBe(0);
    expect(betweennessCentrality(undirected(input), NO_LIMIT).b).toBe(0);
  });

  it("counts more than 2^32 shortest paths correctly (20×20 grid, NetworkX 3.6.1 values)", () => {
    // Corner to corner there are C(38,19) ≈ 3.5·10^10 shortest paths; graphology's Uint32 counter
    // wraps around here (it returns 0.1136 for the centre). Reference: networkx
    // betweenness_centrality(grid_2d_graph(20, 20)).
    const pairs: string[] = [];
    for (let i = 0; i < 20; i++) {
      for (let j = 0; j < 20; j++) {
        if (i + 1 < 20) pairs.push(`${i}:${j}-${i + 1}:${j}`);
        if (j + 1 < 20) pairs.push(`${i}:${j}-${i}:${j + 1}`);
      }
    }
    const scores = betweennessCentrality(undirected(fromPairs(pairs)), NO_LIMIT);
    expectAllClose(
      { "0:0": scores["0:0"], "1:1": scores["1:1"], "10:10": scores["10:10"], "0:10": scores["0:10"] },
      { "0:0": 7.544257826e-5, "1:1": 0.007779389296, "10:10": 0.06862881146, "0:10": 0.006769192629 },
      1e-9,
    );
  });

  it("gives 0 to everyone on graphs too small to have intermediaries", () => {
    expect(betweennessCentrality(undirected(fromPairs(["a-b"])), NO_LIMIT)).toEqual({ a: 0, b: 0 });
    expect(betweennessCentrality(undirected({ nodes: [], edges: [] }), NO_LIMIT)).toEqual({});
  });
});

describe("harmonicCloseness", () => {
  it("P4: C(a) = (1 + 1/2 + 1/3)/3 = 11/18, C(b) = (1 + 1 + 1/2)/3 = 5/6", () => {
    expectAllClose(harmonicCloseness(undirected(PATH_P4), NO_LIMIT), { a: 11 / 18, b: 5 / 6, c: 5 / 6, d: 11 / 18 });
  });

  it("star: centre 4/4 = 1, leaf (1 + 3·½)/4 = 0.625", () => {
    expectAllClose(harmonicCloseness(undirected(STAR_S5), NO_LIMIT), { h: 1, 1: 0.625, 2: 0.625, 3: 0.625, 4: 0.625 });
  });

  it("two triangles: C(a) = (1+1+½+⅓+⅓)/5 = 19/30, C(c) = (1+1+1+½+½)/5 = 0.8", () => {
    expectAllClose(harmonicCloseness(undirected(TWO_TRIANGLES), NO_LIMIT), {
      a: 19 / 30, b: 19 / 30, c: 0.8, d: 0.8, e: 19 / 30, f: 19 / 30,
    });
  });

  it("is defined on disconnected graphs (1/∞ = 0)", () => {
    // a–b and c–d: each node reaches one node at distance 1 out of n-1 = 3; e is isolated.
    const input = { ...fromPairs(["a-b", "c-d"]), nodes: ["a", "b", "c", "d", "e"].map((id) => ({ id })) };
    expectAllClose(harmonicCloseness(undirected(input), NO_LIMIT), { a: 0.25, b: 0.25, c: 0.25, d: 0.25, e: 0 });
    expect(harmonicCloseness(undirected({ nodes: [{ id: "x" }], edges: [] }), NO_LIMIT)).toEqual({ x: 0 });
  });

  it("directed: out uses d(i,j), in uses d(j,i)", () => {
    // a→b→c, n-1 = 2. out: a = (1 + ½)/2 = 0.75, b reaches only c: 1/2 = 0.5, c reaches nobody: 0.
    const graph = directed(fromPairs(["a-b", "b-c"]));
    expectAllClose(harmonicCloseness(graph, NO_LIMIT), { a: 0.75, b: 0.5, c: 0 });
    expectAllClose(harmonicCloseness(graph, { ...NO_LIMIT, direction: "in" }), { a: 0, b: 0.5, c: 0.75 });
  });

  it("weighted: distances are sums of 1/weight", () => {
    // a–b, b–c weight 4 (length ¼), a–c weight 1: d(a,b) = ¼, d(a,c) = ½ → (4 + 2)/2 = 3.
    const input = {
      nodes: [{ id: "a" }, { id: "b" }, { id: "c" }],
      edges: [
        { source: "a", target: "b", type: "T", weight: 4 },
        { source: "b", target: "c", type: "T", weight: 4 },
        { source: "a", target: "c", type: "T", weight: 1 },
      ],
    };
    const scores = harmonicCloseness(buildGraph(input, { directed: false, weighted: true }), NO_LIMIT);
    expectAllClose(scores, { a: 3, b: 4, c: 3 });
  });

  it("differs from graphology's Wasserman–Faust closeness (which would give 0.5 for a on P4)", () => {
    // graphology: r/Σd · r/(n-1) = 3/6 · 3/3 = 0.5; harmonic: 11/18 ≈ 0.611.
    expect(harmonicCloseness(undirected(PATH_P4), NO_LIMIT).a).not.toBeCloseTo(0.5, 3);
  });
});

describe("assertExactAlgorithmAllowed", () => {
  const star = () => undirected(STAR_S5); // n = 5, m = 4: n·m = 20

  it("lets a graph at the limit pass and refuses one above it with the limit, size and way out", () => {
    expect(() => assertExactAlgorithmAllowed(star(), { maxNodesTimesEdges: 20 })).not.toThrow();
    let error: unknown;
    try {
      betweennessCentrality(star(), { maxNodesTimesEdges: 19 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(MetricTooLargeError);
    const tooLarge = error as MetricTooLargeError;
    expect(tooLarge.limit).toBe(19);
    expect(tooLarge.actual).toBe(20);
    expect(tooLarge.code).toBe("METRIC_TOO_LARGE");
    expect(tooLarge.message).toContain("betweenness centrality");
    expect(tooLarge.message).toContain("5 nodes × 4 edges = 20, above the limit of 19");
    expect(tooLarge.message).toMatch(/Narrow the scope .* or raise METRICS_EXACT_LIMIT/);
  });

  it("guards harmonic closeness too, and rejects a nonsense limit", () => {
    expect(() => harmonicCloseness(star(), { maxNodesTimesEdges: 10 })).toThrow(/harmonic closeness/);
    expect(() => assertExactAlgorithmAllowed(star(), { maxNodesTimesEdges: Number.NaN })).toThrow(MetricInputError);
  });
});

describe("eigenvectorCentrality and pageRank", () => {
  it("triangle: every node 1/√3 (L2 norm) and PageRank 1/3", () => {
    const triangle = undirected(fromPairs(["a-b", "b-c", "c-a"]));
    const third = 1 / Math.sqrt(3);
    expectAllClose(eigenvectorCentrality(triangle), { a: third, b: third, c: third });
    expectAllClose(pageRank(triangle), { a: 1 / 3, b: 1 / 3, c: 1 / 3 });
  });

  it("PageRank of a→b with b dangling: b's rank is spread uniformly", () => {
    // x_a = 0.15/2 + 0.85·x_b/2, x_b = 0.15/2 + 0.85·(x_a + x_b/2), x_a + x_b = 1
    // → x_a = 0.075 + 0.425·x_b and x_a + x_b = 1 → x_b = 0.925/1.425.
    const scores = pageRank(directed(fromPairs(["a-b"])));
    expectAllClose(scores, { a: 1 - 0.925 / 1.425, b: 0.925 / 1.425 });
  });

  it("throws a named error with the iteration limit when the power iteration does not converge", () => {
    const graph = undirected(PATH_P4);
    expect(() => eigenvectorCentrality(graph, { maxIterations: 2 })).toThrow(MetricDidNotConvergeError);
    expect(() => eigenvectorCentrality(graph, { maxIterations: 2 })).toThrow(/iteration limit of 2 iterations/);
    expect(() => pageRank(graph, { maxIterations: 1 })).toThrow(/PageRank did not converge .* 1 iterations/);
  });

  it("rejects invalid settings and returns {} for the empty graph", () => {
    const graph = undirected(PATH_P4);
    expect(() => pageRank(graph, { damping: 1.5 })).toThrow(MetricInputError);
    expect(() => pageRank(graph, { tolerance: 0 })).toThrow(MetricInputError);
    expect(() => eigenvectorCentrality(graph, { maxIterations: 0 })).toThrow(MetricInputError);
    const empty = undirected({ nodes: [], edges: [] });
    expect(eigenvectorCentrality(empty)).toEqual({});
    expect(pageRank(empty)).toEqual({});
  });
});

describe("topN", () => {
  const scores = { a: 0.5, b: 0.9, c: 0.5, d: 0.1, e: Number.NaN, f: 0.5, g: null };
  const names: Record<string, string> = { a: "Zeta", b: "Beta", c: "Alpha", d: "Delta", e: "Eps", f: "Alpha" };

  it("ranks by score, then the tie-break key, then id, and leaves out NaN and null", () => {
    expect(topN(scores, 4, (id) => names[id] as string)).toEqual([
      { id: "b", score: 0.9, rank: 1 },
      { id: "c", score: 0.5, rank: 2 }, // "Alpha", id c
      { id: "f", score: 0.5, rank: 3 }, // "Alpha", id f
      { id: "a", score: 0.5, rank: 4 }, // "Zeta"
    ]);
    expect(topN(scores, 10).map((entry) => entry.id)).toEqual(["b", "a", "c", "f", "d"]);
  });

  it("ranks ascending when asked (low constraint = broker) and rejects a bad n", () => {
    expect(topN(scores, 2, undefined, { order: "asc" }).map((entry) => entry.id)).toEqual(["d", "a"]);
    expect(topN(scores, 0)).toEqual([]);
    expect(() => topN(scores, -1)).toThrow(MetricInputError);
  });
});
