import { parseCalendarDate } from "../calendar-date";
import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { InvalidInputError } from "../errors";
import { activeAt, existedAt } from "./as-of";
import { RawGraphBuilder, type RawGraph } from "./algorithms/compact-graph";
import type { MetricEdge, MetricGraphInput, MetricNode } from "./algorithms/metric-graph";

/** Relationship types between actors that metrics can be computed over. */
export const ACTOR_RELATIONSHIP_TYPES = ["MEMBER_OF", "SUPPLIES", "SERVES", "PARTNERS_WITH", "SUPPORTS"] as const;
export type ActorRelationshipType = (typeof ACTOR_RELATIONSHIP_TYPES)[number];

/**
 * Which part of the graph a metric is computed over: every actor, or one platform's ecosystem
 * (the platform, its active member firms, the providers that partner with it or serve its
 * members, and the agencies that support it).
 */
export interface MetricScope {
  readonly platformId?: string | undefined;
  /**
   * The day the ecosystem is taken as of ("YYYY-MM-DD"; see as-of.ts); absent for today, where a
   * relationship is active while its `until` is null.
   */
  readonly asOf?: string | undefined;
}

/** The graph a metric is computed on: a scope, the relationship types, direction and weights. */
export interface GraphSelection {
  readonly scope: MetricScope;
  readonly relationshipTypes: readonly ActorRelationshipType[];
  readonly directed: boolean;
  /** Weighted by SUPPLIES `volume` (other relationships weigh 1). */
  readonly weighted: boolean;
}

export const DEFAULT_SELECTION: GraphSelection = {
  scope: {},
  relationshipTypes: ACTOR_RELATIONSHIP_TYPES,
  directed: false,
  weighted: false,
};

/** A stable text form of a selection, for cache keys and metric-run records. */
export function describeSelection(selection: GraphSelection): string {
  return JSON.stringify({
    platformId: selection.scope.platformId ?? null,
    asOf: selection.scope.asOf ?? null,
    relationshipTypes: [...selection.relationshipTypes].sort(),
    directed: selection.directed,
    weighted: selection.weighted,
  });
}

/** Checks relationship types named by a caller; an unknown one is an error that lists the valid ones. */
export function relationshipTypesFrom(types: readonly string[] | undefined): ActorRelationshipType[] {
  if (types === undefined) return [...ACTOR_RELATIONSHIP_TYPES];
  if (types.length === 0) {
    throw new InvalidInputError(`relationshipTypes must name at least one of ${ACTOR_RELATIONSHIP_TYPES.join(", ")}, but got an empty list.`);
  }
  for (const type of types) {
    if (!(ACTOR_RELATIONSHIP_TYPES as readonly string[]).includes(type)) {
      throw new InvalidInputError(`relationshipTypes must be among ${ACTOR_RELATIONSHIP_TYPES.join(", ")}, but got: ${JSON.stringify(type)}`);
    }
  }
  return [...new Set(types as ActorRelationshipType[])];
}

export const ALL_ACTORS: NamedQuery = {
  name: "metrics.allActors",
  cypher: `MATCH (n:Actor) WHERE ${existedAt("n")} RETURN n.id AS id, n.population AS population`,
};

export const ECOSYSTEM_ACTORS: NamedQuery = {
  name: "metrics.ecosystemActors",
  cypher: `
    MATCH (p:Platform {id: $platformId})
    CALL (p) {
      RETURN p AS n
      UNION
      MATCH (p)<-[m:MEMBER_OF]-(n:Firm) WHERE ${activeAt("m")} RETURN n
      UNION
      MATCH (p)<-[r:PARTNERS_WITH]-(n:ServiceProvider) WHERE ${activeAt("r")} RETURN n
      UNION
      MATCH (p)<-[m:MEMBER_OF]-(:Firm)<-[s:SERVES]-(n:ServiceProvider) WHERE ${activeAt("m")} AND ${activeAt("s")} RETURN n
      UNION
      MATCH (p)<-[r:SUPPORTS]-(n:GovernmentAgency) WHERE ${activeAt("r")} RETURN n
    }
    WITH n WHERE ${existedAt("n")}
    RETURN n.id AS id, n.population AS population`,
};

/** Active relationships (see as-of.ts) of the chosen types between actors that existed then. */
export const ACTOR_EDGES: NamedQuery = {
  name: "metrics.actorEdges",
  cypher: `
    MATCH (a:Actor)-[r]->(b:Actor)
    WHERE type(r) IN $types AND ${activeAt("r")} AND ${existedAt("a")} AND ${existedAt("b")}
    RETURN a.id AS source, b.id AS target, type(r) AS type, r.volume AS volume`,
};

/** The same, restricted to a set of actors (both ends inside it). */
export const ACTOR_EDGES_WITHIN: NamedQuery = {
  name: "metrics.actorEdgesWithin",
  cypher: `
    UNWIND $ids AS id
    MATCH (a:Actor {id: id})-[r]->(b:Actor)
    WHERE type(r) IN $types AND ${activeAt("r")} AND b.id IN $ids
    RETURN a.id AS source, b.id AS target, type(r) AS type, r.volume AS volume`,
};

/**
 * Reads the actors and active relationships of a selection from Neo4j, streaming the
 * relationships so a graph of a million edges is never held twice. Edge weights are SUPPLIES
 * volumes where the selection is weighted (a missing or non-positive volume counts as 1, so no
 * relationship is dropped), and 1 otherwise.
 */
export async function readMetricGraph(
  db: Database,
  selection: GraphSelection,
  observe?: QueryObserver,
): Promise<MetricGraphInput> {
  const platformId = selection.scope.platformId;
  const nodes = await db.read<{ id: string; population: string | null }>(
    platformId === undefined ? ALL_ACTORS : ECOSYSTEM_ACTORS,
    { platformId, asOf: selection.scope.asOf ?? null },
    observe,
  );
  if (platformId !== undefined && nodes.length === 0) {
    throw new InvalidInputError(`No platform has the id ${JSON.stringify(platformId)}; a platform's ecosystem scope needs a platform id.`);
  }
  const metricNodes: MetricNode[] = nodes.map((n) => (n.population === null ? { id: n.id } : { id: n.id, population: n.population }));

  let edges: MetricEdge[] = [];
  await db.readEach<{ source: string; target: string; type: string; volume: number | null }>(
    platformId === undefined ? ACTOR_EDGES : ACTOR_EDGES_WITHIN,
    {
      types: selection.relationshipTypes,
      ids: platformId === undefined ? undefined : metricNodes.map((n) => n.id),
      asOf: selection.scope.asOf ?? null,
    },
    (row) => {
      const weight = selection.weighted && row.type === "SUPPLIES" && row.volume !== null && row.volume > 0 ? row.volume : 1;
      edges.push({ source: row.source, target: row.target, type: row.type, weight });
    },
    { observe, onRestart: () => (edges = []) },
  );
  return { nodes: metricNodes, edges };
}

/**
 * The compact read (one row per actor with the integer keys of its neighbours, issue 12): every actor that
 * existed then, and the far ends of its active relationships of the chosen types, with the
 * relationship's weight when the selection is weighted (SUPPLIES volume; 1 for a missing or
 * non-positive volume and for other types). Far fewer rows and values than one row per
 * relationship, and no relationship type or volume sent where it is not needed.
 */
export const ACTORS_WITH_NEIGHBOURS: NamedQuery = {
  name: "metrics.actorsWithNeighbours",
  // id() (Neo4j's internal node id, deprecated in favour of elementId() but kept in Neo4j 5) is
  // used only inside this one read, as a compact key: an integer per neighbour instead of a
  // 36-character id string is what makes the read of 100,000 actors fast (issue 12).
  cypher: `
    MATCH (a:Actor) WHERE ${existedAt("a")}
    RETURN id(a) AS key, a.id AS id,
      [(a)-[r]->(b:Actor) WHERE type(r) IN $types AND ${activeAt("r")} AND ${existedAt("b")} | id(b)] AS targets,
      CASE WHEN $weighted THEN
        [(a)-[r]->(b:Actor) WHERE type(r) IN $types AND ${activeAt("r")} AND ${existedAt("b")} |
          CASE WHEN type(r) = 'SUPPLIES' AND r.volume > 0 THEN r.volume ELSE 1 END]
      END AS weights`,
};

/** The same within a set of actors (a platform's ecosystem, from ECOSYSTEM_ACTORS): both ends inside it. */
export const ACTORS_WITH_NEIGHBOURS_WITHIN: NamedQuery = {
  name: "metrics.actorsWithNeighboursWithin",
  cypher: `
    UNWIND $ids AS id
    MATCH (a:Actor {id: id})
    RETURN id(a) AS key, a.id AS id,
      [(a)-[r]->(b:Actor) WHERE type(r) IN $types AND ${activeAt("r")} AND b.id IN $ids | id(b)] AS targets,
      CASE WHEN $weighted THEN
        [(a)-[r]->(b:Actor) WHERE type(r) IN $types AND ${activeAt("r")} AND b.id IN $ids |
          CASE WHEN type(r) = 'SUPPLIES' AND r.volume > 0 THEN r.volume ELSE 1 END]
      END AS weights`,
};

/**
 * Reads a selection in the compact form: rows are streamed and numbered (constant work per
 * relationship) into arrays that `buildCompactGraph` sorts, merges and turns into the CSR (see
 * compact-graph.ts). The API runs it in a metric worker thread, with that thread's own driver
 * (the `readGraph` task, worker/metric-tasks.ts), so the event loop never decodes these rows. An
 * unknown platform is a BAD_USER_INPUT error. The scope, `asOf` and weighting rules are those of
 * {@link readMetricGraph}.
 */
export async function readRawGraph(db: Database, selection: GraphSelection, observe?: QueryObserver): Promise<RawGraph> {
  const platformId = selection.scope.platformId;
  const asOf = selection.scope.asOf ?? null;
  let ids: string[] | undefined;
  if (platformId !== undefined) {
    const nodes = await db.read<{ id: string }>(ECOSYSTEM_ACTORS, { platformId, asOf }, observe);
    if (nodes.length === 0) {
      throw new InvalidInputError(`No platform has the id ${JSON.stringify(platformId)}; a platform's ecosystem scope needs a platform id.`);
    }
    ids = nodes.map((n) => n.id);
  }
  let builder = new RawGraphBuilder(selection.weighted);
  await db.readEach<{ key: number; id: string; targets: number[]; weights: number[] | null }>(
    platformId === undefined ? ACTORS_WITH_NEIGHBOURS : ACTORS_WITH_NEIGHBOURS_WITHIN,
    { types: selection.relationshipTypes, ids, asOf, weighted: selection.weighted },
    (row) => builder.addKeyedNode(row.key, row.id, row.targets, row.weights),
    { observe, onRestart: () => (builder = new RawGraphBuilder(selection.weighted)) },
  );
  return builder.finish();
}

/** A selection from a caller's optional choices; unknown relationship types are refused. */
export function selectionFrom(choices: {
  platformId?: string | undefined;
  asOf?: string | null | undefined;
  relationshipTypes?: readonly string[] | undefined;
  directed?: boolean | undefined;
  weighted?: boolean | undefined;
} = {}): GraphSelection {
  const asOf = choices.asOf === undefined || choices.asOf === null ? undefined : parseCalendarDate(choices.asOf, "asOf");
  return {
    scope: {
      ...(choices.platformId === undefined ? {} : { platformId: choices.platformId }),
      ...(asOf === undefined ? {} : { asOf }),
    },
    relationshipTypes: relationshipTypesFrom(choices.relationshipTypes),
    directed: choices.directed ?? false,
    weighted: choices.weighted ?? false,
  };
}
