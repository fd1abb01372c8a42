import { articulationPoints, burtConstraint, effectiveSize } from "../../../src/metrics/algorithms/brokerage";
import {
  betweennessCentrality,
  degreeCentrality,
  eigenvectorCentrality,
  harmonicCloseness,
  pageRank,
  pivotsForErrorBound,
  sampledBetweenness,
} from "../../../src/metrics/algorithms/centrality";
import { buildCompactGraph, CompactGraph, packedIdAt, packIds, RawGraphBuilder, unpackIds } from "../../../src/metrics/algorithms/compact-graph";
import { MetricInputError } from "../../../src/metrics/algorithms/metric-errors";
import { buildGraph, type MetricGraphInput } from "../../../src/metrics/algorithms/metric-graph";
import { mulberry32 } from "../../../src/seeded-random";
import { karateClub } from "./karate-club";

/** The compact graph of a graph input, through the same builder the Neo4j read uses. */
function compact(input: MetricGraphInput, options: { directed: boolean; weighted: boolean }): CompactGraph {
  const builder = new RawGraphBuilder(options.weighted);
  const out = new Map<string, { targets: string[]; weights: number[] }>();
  for (const node of input.nodes) out.set(node.id, { targets: [], weights: [] });
  for (const edge of input.edges) {
    out.get(edge.source)!.targets.push(edge.target);
    out.get(edge.source)!.weights.push(edge.weight ?? 1);
  }
  // Rows in reverse order: the build must not depend on the order Neo4j returns them in.
  for (const [id, row] of [...out.entries()].reverse()) builder.addNode(id, row.targets, options.weighted ? row.weights : null);
  return new CompactGraph(buildCompactGraph(builder.finish(), options));
}

/** A random graph with parallel relationships, reciprocated ties and self-loops. */
function randomGraph(n: number, m: number, seed: number): MetricGraphInput {
  const random = mulberry32(seed);
  const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${String(i).padStart(4, "0")}` }));
  const edges = Array.from({ length: m }, () => {
    const source = nodes[Math.floor(random() * n)]!.id;
    const target = nodes[Math.floor(random() * n)]!.id;
    return { source, target, type: random() < 0.5 ? "SUPPLIES" : "MEMBER_OF", weight: 1 + Math.floor(random() * 9) };
  });
  return { nodes, edges };
}

function expectSame(actual: Record<string, number | null>, expected: Record<string, number | null>): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  for (const [id, value] of Object.entries(expected)) {
    if (value === null) expect(actual[id]).toBeNull();
    else expect(Math.abs(actual[id]! - value)).toBeLessThan(1e-9);
  }
}

describe("compact graph (typed-array CSR built from rows)", () => {
  const inputs: Array<[string, MetricGraphInput]> = [
    ["karate club", karateClub()],
    ["random 200 nodes, 900 relationships", randomGraph(200, 900, 7)],
  ];
  for (const [name, input] of inputs) {
    for (const directed of [false, true]) {
      for (const weighted of [false, true]) {
        it(`gives every measure the graphology graph gives: ${name}, ${directed ? "directed" : "undirected"}, ${weighted ? "weighted" : "unweighted"}`, () => {
          const reference = buildGraph(input, { directed, weighted });
          const graph = compact(input, { directed, weighted });
          expect(graph.order).toBe(reference.order);
          expect(graph.size).toBe(reference.size);
          expect(graph.nodes()).toEqual(reference.nodes());
          const limit = { maxNodesTimesEdges: Infinity };
          expect(degreeCentrality(graph)).toEqual(degreeCentrality(reference));
          expectSame(betweennessCentrality(graph, limit), betweennessCentrality(reference, limit));
          expectSame(harmonicCloseness(graph, limit), harmonicCloseness(reference, limit));
          expectSame(pageRank(graph), pageRank(reference));
          if (!directed) expectSame(eigenvectorCentrality(graph), eigenvectorCentrality(reference));
          expectSame(burtConstraint(graph), burtConstraint(reference));
          expectSame(effectiveSize(graph), effectiveSize(reference));
          expect(articulationPoints(graph)).toEqual(articulationPoints(reference));
        });
      }
    }
  }

  it("builds the same graph from integer-keyed rows (the Neo4j read) as from id rows", () => {
    const input = randomGraph(200, 900, 11);
    const key = new Map(input.nodes.map((node, i) => [node.id, 1000 + 7 * i]));
    for (const directed of [false, true]) {
      for (const weighted of [false, true]) {
        const builder = new RawGraphBuilder(weighted);
        for (const node of [...input.nodes].reverse()) {
          const edges = input.edges.filter((edge) => edge.source === node.id);
          builder.addKeyedNode(key.get(node.id)!, node.id, edges.map((edge) => key.get(edge.target)!), weighted ? edges.map((edge) => edge.weight ?? 1) : null);
        }
        const keyed = buildCompactGraph(builder.finish(), { directed, weighted });
        const byId = compact(input, { directed, weighted }).data;
        expect(keyed.ids).toEqual(byId.ids);
        expect(keyed.edgeCount).toBe(byId.edgeCount);
        expect([...keyed.out.starts]).toEqual([...byId.out.starts]);
        expect([...keyed.out.neighbours]).toEqual([...byId.out.neighbours]);
        expect([...keyed.out.weights]).toEqual([...byId.out.weights]);
      }
    }
    const dangling = new RawGraphBuilder(false);
    dangling.addKeyedNode(1, "a", [2]);
    expect(() => buildCompactGraph(dangling.finish(), { directed: false, weighted: false })).toThrow(/"\(node 2\)", which is not among the graph's nodes/);
  });

  it("numbers keys of any size alike: small ones through its table, huge ones (a long-lived database's node ids) through a map", () => {
    const input = randomGraph(60, 200, 5);
    const huge = 2 ** 24;
    // Keys below, at and far above the table's range, interleaved.
    const key = new Map(input.nodes.map((node, i) => [node.id, i % 3 === 0 ? i : i % 3 === 1 ? huge + i : 2 ** 40 + i]));
    const builder = new RawGraphBuilder(false);
    for (const node of input.nodes) {
      builder.addKeyedNode(key.get(node.id)!, node.id, input.edges.filter((edge) => edge.source === node.id).map((edge) => key.get(edge.target)!));
    }
    const keyed = buildCompactGraph(builder.finish(), { directed: true, weighted: false });
    const byId = compact(input, { directed: true, weighted: false }).data;
    expect(keyed.ids).toEqual(byId.ids);
    expect([...keyed.out.starts]).toEqual([...byId.out.starts]);
    expect([...keyed.out.neighbours]).toEqual([...byId.out.neighbours]);
  });

  it("refuses a relationship to an actor outside the selection, naming it", () => {
    const builder = new RawGraphBuilder(false);
    builder.addNode("a", ["b", "ghost"]);
    builder.addNode("b", []);
    expect(() => buildCompactGraph(builder.finish(), { directed: false, weighted: false })).toThrow(MetricInputError);
    const again = new RawGraphBuilder(false);
    again.addNode("a", ["ghost"]);
    expect(() => buildCompactGraph(again.finish(), { directed: false, weighted: false })).toThrow(/"ghost", which is not among the graph's nodes/);
  });

  it("refuses an actor that appears twice", () => {
    const builder = new RawGraphBuilder(false);
    builder.addNode("a", []);
    builder.addNode("a", []);
    expect(() => buildCompactGraph(builder.finish(), { directed: false, weighted: false })).toThrow(/"a" appears twice/);
  });
});

describe("sampled betweenness (Brandes–Pich pivots, Hoeffding bound)", () => {
  it("stays within its stated error bound of the exact values on a 10,000-actor graph", () => {
    // A sparse random graph plus a few hubs, so that some actors have a large betweenness.
    const random = mulberry32(42);
    const n = 10_000;
    const ids = Array.from({ length: n }, (_, i) => `a${String(i).padStart(5, "0")}`);
    const edges: MetricGraphInput["edges"] = [];
    for (let i = 1; i < n; i++) edges.push({ source: ids[i]!, target: ids[Math.floor(random() * i)]!, type: "SUPPLIES" });
    for (let k = 0; k < 2 * n; k++) edges.push({ source: ids[Math.floor(random() * n)]!, target: ids[Math.floor(random() * n)]!, type: "SUPPLIES" });
    const graph = compact({ nodes: ids.map((id) => ({ id })), edges }, { directed: false, weighted: false });

    const exact = betweennessCentrality(graph, { maxNodesTimesEdges: Infinity });
    const samples = 500;
    const estimate = sampledBetweenness(graph, { samples, confidence: 0.95, seed: 3 });
    expect(estimate.samples).toBe(samples);
    expect(estimate.confidence).toBe(0.95);
    const maxError = Math.max(...ids.map((id) => Math.abs(estimate.scores[id]! - exact[id]!)));
    expect(maxError).toBeLessThanOrEqual(estimate.errorBound);
    // The estimate is informative, not only within a loose bound: the exact top actor is among
    // the estimate's top ten.
    const ranked = (scores: Record<string, number>) => Object.entries(scores).sort((a, b) => b[1] - a[1]).map(([id]) => id);
    expect(ranked(estimate.scores).slice(0, 10)).toContain(ranked(exact)[0]);
    expect(pivotsForErrorBound(n, estimate.errorBound, 0.95)).toBeLessThanOrEqual(samples);
  });

  it("refuses a sample size outside 1..n", () => {
    const graph = compact(karateClub(), { directed: false, weighted: false });
    expect(() => sampledBetweenness(graph, { samples: 0 })).toThrow(/samples must be a whole number from 1 to the number of actors \(34\)/);
    expect(() => sampledBetweenness(graph, { samples: 5, confidence: 1 })).toThrow(MetricInputError);
  });
});

describe("packed ids", () => {
  it("round-trips ids through shared memory, any characters and the empty list", () => {
    const ids = ["a", "", "Ünïcødé-名前", "x\ny", "🙂 emoji", "00000000-0000-4000-8000-000000000000"];
    const packed = packIds(ids);
    expect(Object.prototype.toString.call(packed.units.buffer)).toBe("[object SharedArrayBuffer]");
    expect(unpackIds(packed)).toEqual(ids);
    expect(unpackIds(packIds([]))).toEqual([]);
  });

  it("decodes one id at a time, and refuses an index outside the list", () => {
    const ids = ["a", "", "Ünïcødé-名前", "🙂 emoji", "last"];
    const packed = packIds(ids);
    expect(ids.map((_, i) => packedIdAt(packed, i))).toEqual(ids);
    expect(() => packedIdAt(packed, ids.length)).toThrow(RangeError);
    expect(() => packedIdAt(packed, -1)).toThrow(RangeError);
  });
});
