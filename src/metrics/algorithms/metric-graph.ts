import Graph from "graphology";
import { MetricInputError } from "./metric-errors";

/**
 * The database-free description of a graph that every metric algorithm works on. A metrics service
 * fills it from Neo4j (one scope, chosen relationship types); the algorithms never see Neo4j.
 */

/** An actor. `population` is the ecosystem population (platform, firm, service provider ...). */
export interface MetricNode {
  id: string;
  population?: string;
}

/** A relationship between two actors; `weight` (e.g. supply volume) is a tie strength. */
export interface MetricEdge {
  source: string;
  target: string;
  type: string;
  weight?: number;
}

export interface MetricGraphInput {
  nodes: MetricNode[];
  edges: MetricEdge[];
}

export interface GraphOptions {
  /** Keep edge direction (SUPPLIES from supplier to buyer) or treat every tie as symmetric. */
  directed: boolean;
  /** Use `weight` as tie strength; when false every edge has weight 1. */
  weighted: boolean;
  /**
   * Keep only edges of these relationship types. Undefined keeps every type; an empty array keeps
   * none (the caller asked for no relationship type, so the graph has no edges).
   */
  relationshipTypes?: readonly string[];
}

export interface MetricNodeAttributes {
  population?: string;
}

export interface MetricEdgeAttributes {
  /** Tie strength: the sum of the merged edges' weights (weighted graphs) or 1 (unweighted). */
  weight: number;
  /** The relationship types merged into this edge, sorted. */
  types: string[];
}

export interface MetricGraphAttributes {
  /** Whether `weight` carries information; algorithms ignore it when false. */
  weighted: boolean;
}

/** A simple graph (no parallel edges, no self-loops), directed or undirected. */
export type MetricGraph = Graph<MetricNodeAttributes, MetricEdgeAttributes, MetricGraphAttributes>;

/** Code-unit order: the same on every machine, unlike `localeCompare`. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function describeEdge(edge: MetricEdge): string {
  return `(${edge.source})-[:${edge.type}]->(${edge.target})`;
}

/**
 * Builds the graphology graph the algorithms work on.
 *
 * - Undirected: `a→b` and `b→a`, and several relationships between the same two actors, become
 *   one edge whose weight is the sum of theirs (unweighted: weight 1, the tie exists).
 * - Directed: direction is kept; parallel edges with the same direction are merged the same way.
 * - Self-loops are dropped in both modes: none of the metrics defines a tie of an actor with itself
 *   (Burt's p_ii, shortest paths and articulation points all exclude it).
 * - An edge whose end is not among `nodes` is an error that names the edge, never a silent drop:
 *   it means the caller's scope query and edge query disagree. Edges removed by
 *   `relationshipTypes` are not checked, since they are not part of the graph asked for.
 * - Weighted graphs need a positive, finite weight on every edge (missing weight = 1).
 * - Nodes are inserted in id order and edges in (source, target, type) order, so floating-point
 *   sums, and therefore every result, do not depend on the order in which the database returned
 *   the rows.
 */
export function buildGraph(input: MetricGraphInput, options: GraphOptions): MetricGraph {
  const graph: MetricGraph = new Graph({
    type: options.directed ? "directed" : "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  graph.replaceAttributes({ weighted: options.weighted });

  const nodes = [...input.nodes].sort((a, b) => compareIds(a.id, b.id));
  for (const node of nodes) {
    if (graph.hasNode(node.id)) {
      throw new MetricInputError(`Node ids must be unique, but "${node.id}" appears twice.`);
    }
    graph.addNode(node.id, node.population === undefined ? {} : { population: node.population });
  }

  const keep = options.relationshipTypes ? new Set(options.relationshipTypes) : null;
  const edges = input.edges
    .filter((edge) => keep === null || keep.has(edge.type))
    .sort(
      (a, b) =>
        compareIds(a.source, b.source) || compareIds(a.target, b.target) || compareIds(a.type, b.type),
    );

  for (const edge of edges) {
    const missing = [edge.source, edge.target].filter((id) => !graph.hasNode(id));
    if (missing.length > 0) {
      throw new MetricInputError(
        `Edge ${describeEdge(edge)} refers to ${missing.map((id) => `"${id}"`).join(" and ")}, ` +
          `which is not among the graph's nodes. Include every edge end in the node list or ` +
          `restrict the edges to the same scope.`,
      );
    }
    const weight = options.weighted ? edgeWeight(edge) : 1;
    if (edge.source === edge.target) continue;

    const existing = graph.edge(edge.source, edge.target);
    if (existing === undefined) {
      graph.addEdge(edge.source, edge.target, { weight, types: [edge.type] });
    } else {
      const attributes = graph.getEdgeAttributes(existing);
      graph.replaceEdgeAttributes(existing, {
        weight: options.weighted ? attributes.weight + weight : 1,
        types: attributes.types.includes(edge.type)
          ? attributes.types
          : [...attributes.types, edge.type].sort(compareIds),
      });
    }
  }
  return graph;
}

function edgeWeight(edge: MetricEdge): number {
  const weight = edge.weight ?? 1;
  if (!Number.isFinite(weight) || weight <= 0) {
    throw new MetricInputError(
      `Edge ${describeEdge(edge)} must have a positive, finite weight in a weighted graph, but ` +
        `got: ${weight}. Leave out edges without volume or build the graph unweighted.`,
    );
  }
  return weight;
}

/**
 * How a tie strength becomes a path length in shortest-path metrics of weighted graphs.
 * Ecograph's weights are strengths (supply volume), so by default a strong tie is a short path:
 * `"inverse-weight"`, length = 1 / weight (Newman 2001, "Scientific collaboration networks II",
 * Phys. Rev. E 64:016132; Opsahl, Agneessens & Skvoretz 2010, "Node centrality in weighted
 * networks", Social Networks 32:245–251). `"weight"` uses the weight itself as the length
 * (NetworkX's `weight=` convention), for weights that are costs or distances.
 */
export type EdgeLength = "inverse-weight" | "weight";
