import { MetricInputError } from "../../../src/metrics/algorithms/metric-errors";
import { buildGraph, type MetricGraphInput } from "../../../src/metrics/algorithms/metric-graph";

const input: MetricGraphInput = {
  nodes: [{ id: "b", population: "FIRM" }, { id: "a", population: "PLATFORM" }, { id: "c" }],
  edges: [
    { source: "a", target: "b", type: "SUPPLIES", weight: 2 },
    { source: "b", target: "a", type: "SUPPLIES", weight: 3 },
    { source: "a", target: "b", type: "MEMBER_OF", weight: 5 },
    { source: "c", target: "c", type: "SUPPLIES", weight: 1 },
    { source: "b", target: "c", type: "SERVES" },
  ],
};

describe("buildGraph", () => {
  it("merges parallel and opposite edges in undirected mode, summing weights, and drops self-loops", () => {
    const graph = buildGraph(input, { directed: false, weighted: true });
    expect(graph.type).toBe("undirected");
    expect(graph.order).toBe(3);
    expect(graph.size).toBe(2);
    const ab = graph.edge("a", "b") as string;
    expect(graph.getEdgeAttributes(ab)).toEqual({ weight: 10, types: ["MEMBER_OF", "SUPPLIES"] });
    // a missing weight counts as 1
    expect(graph.getEdgeAttribute(graph.edge("b", "c") as string, "weight")).toBe(1);
    expect(graph.hasEdge("c", "c")).toBe(false);
    expect(graph.getNodeAttributes("a")).toEqual({ population: "PLATFORM" });
    expect(graph.getAttribute("weighted")).toBe(true);
  });

  it("keeps direction in directed mode and merges only same-direction parallels", () => {
    const graph = buildGraph(input, { directed: true, weighted: true });
    expect(graph.type).toBe("directed");
    expect(graph.size).toBe(3);
    expect(graph.getEdgeAttribute(graph.edge("a", "b") as string, "weight")).toBe(7);
    expect(graph.getEdgeAttribute(graph.edge("b", "a") as string, "weight")).toBe(3);
  });

  it("gives every edge weight 1 when unweighted", () => {
    const graph = buildGraph(input, { directed: false, weighted: false });
    expect(graph.getEdgeAttribute(graph.edge("a", "b") as string, "weight")).toBe(1);
    expect(graph.getAttribute("weighted")).toBe(false);
  });

  it("keeps only the relationship types asked for", () => {
    const graph = buildGraph(input, { directed: true, weighted: true, relationshipTypes: ["SUPPLIES"] });
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttribute(graph.edge("a", "b") as string, "weight")).toBe(2);
    expect(buildGraph(input, { directed: true, weighted: true, relationshipTypes: [] }).size).toBe(0);
  });

  it("inserts nodes in id order whatever the input order", () => {
    const graph = buildGraph(input, { directed: false, weighted: false });
    expect(graph.nodes()).toEqual(["a", "b", "c"]);
  });

  it("refuses an edge whose end is not a node, naming the edge", () => {
    const dangling = { nodes: [{ id: "a" }], edges: [{ source: "a", target: "zz", type: "SUPPLIES" }] };
    expect(() => buildGraph(dangling, { directed: true, weighted: false })).toThrow(MetricInputError);
    expect(() => buildGraph(dangling, { directed: true, weighted: false })).toThrow(
      /\(a\)-\[:SUPPLIES\]->\(zz\) refers to "zz", which is not among the graph's nodes/,
    );
    // a filtered-out edge is not part of the graph, so it is not checked
    expect(() =>
      buildGraph(dangling, { directed: true, weighted: false, relationshipTypes: ["SERVES"] }),
    ).not.toThrow();
  });

  it("refuses duplicate node ids and non-positive weights", () => {
    expect(() => buildGraph({ nodes: [{ id: "a" }, { id: "a" }], edges: [] }, { directed: false, weighted: false })).toThrow(
      /"a" appears twice/,
    );
    const zero = { nodes: [{ id: "a" }, { id: "b" }], edges: [{ source: "a", target: "b", type: "SUPPLIES", weight: 0 }] };
    expect(() => buildGraph(zero, { directed: false, weighted: true })).toThrow(/positive, finite weight .* got: 0/);
    expect(() => buildGraph(zero, { directed: false, weighted: false })).not.toThrow();
  });
});
