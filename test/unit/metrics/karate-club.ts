import type { MetricGraphInput } from "../../../src/metrics/algorithms/metric-graph";

/**
 * Zachary's karate club: 34 members, 78 friendship ties (W. W. Zachary, "An information flow model
 * for conflict and fission in small groups", Journal of Anthropological Research 33(4):452–473,
 * 1977). The standard 78-edge version as shipped by NetworkX (`networkx.karate_club_graph()`,
 * NetworkX 3.6.1): nodes are 0-based (node 0 is member 1, "Mr. Hi"; node 33 is member 34, the
 * officer "John A."). The third number is NetworkX's edge weight, "the number of contexts in which
 * that edge's incident node members interacted" (Zachary's matrix C).
 */
export const KARATE_EDGES: ReadonlyArray<readonly [number, number, number]> = [
  [0, 1, 4], [0, 2, 5], [0, 3, 3], [0, 4, 3], [0, 5, 3], [0, 6, 3], [0, 7, 2], [0, 8, 2],
  [0, 10, 2], [0, 11, 3], [0, 12, 1], [0, 13, 3], [0, 17, 2], [0, 19, 2], [0, 21, 2], [0, 31, 2],
  [1, 2, 6], [1, 3, 3], [1, 7, 4], [1, 13, 5], [1, 17, 1], [1, 19, 2], [1, 21, 2], [1, 30, 2],
  [2, 3, 3], [2, 7, 4], [2, 8, 5], [2, 9, 1], [2, 13, 3], [2, 27, 2], [2, 28, 2], [2, 32, 2],
  [3, 7, 3], [3, 12, 3], [3, 13, 3], [4, 6, 2], [4, 10, 3], [5, 6, 5], [5, 10, 3], [5, 16, 3],
  [6, 16, 3], [8, 30, 3], [8, 32, 3], [8, 33, 4], [9, 33, 2], [13, 33, 3], [14, 32, 3],
  [14, 33, 2], [15, 32, 3], [15, 33, 4], [18, 32, 1], [18, 33, 2], [19, 33, 1], [20, 32, 3],
  [20, 33, 1], [22, 32, 2], [22, 33, 3], [23, 25, 5], [23, 27, 4], [23, 29, 3], [23, 32, 5],
  [23, 33, 4], [24, 25, 2], [24, 27, 3], [24, 31, 2], [25, 31, 7], [26, 29, 4], [26, 33, 2],
  [27, 33, 4], [28, 31, 2], [28, 33, 2], [29, 32, 4], [29, 33, 2], [30, 32, 3], [30, 33, 3],
  [31, 32, 4], [31, 33, 4], [32, 33, 5],
];

/** Members who joined the officer's club after the split (NetworkX's "club" = "Officer"). */
export const KARATE_OFFICER_CLUB: readonly number[] = [
  9, 14, 15, 18, 20, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33,
];

/** The club as a `MetricGraphInput`: node ids "0".."33", one FRIEND edge per tie. */
export function karateClub(): MetricGraphInput {
  return {
    nodes: Array.from({ length: 34 }, (_, i) => ({
      id: String(i),
      population: KARATE_OFFICER_CLUB.includes(i) ? "Officer" : "Mr. Hi",
    })),
    edges: KARATE_EDGES.map(([source, target, weight]) => ({
      source: String(source),
      target: String(target),
      type: "FRIEND",
      weight,
    })),
  };
}
