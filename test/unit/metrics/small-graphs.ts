import type { MetricGraphInput } from "../../../src/metrics/algorithms/metric-graph";

/** Builds a graph input from "u-v" pairs, nodes in the order they first appear. */
export function fromPairs(pairs: readonly string[], type = "TIE"): MetricGraphInput {
  const nodes: string[] = [];
  const edges = pairs.map((pair) => {
    const [source, target] = pair.split("-") as [string, string];
    for (const id of [source, target]) if (!nodes.includes(id)) nodes.push(id);
    return { source, target, type };
  });
  return { nodes: nodes.map((id) => ({ id })), edges };
}

/** The path P4: a – b – c – d. */
export const PATH_P4 = fromPairs(["a-b", "b-c", "c-d"]);

/** The star with centre h and four leaves (5 nodes). */
export const STAR_S5 = fromPairs(["h-1", "h-2", "h-3", "h-4"]);

/** Two triangles {a,b,c} and {d,e,f} joined by the bridge c – d. */
export const TWO_TRIANGLES = fromPairs(["a-b", "b-c", "a-c", "c-d", "d-e", "e-f", "d-f"]);
