import neo4j from "neo4j-driver";
import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { parseCalendarDate } from "../calendar-date";
import { InvalidInputError } from "../errors";
import { activeAt } from "../metrics/as-of";
import { ECOSYSTEM_ACTORS, relationshipTypesFrom, type ActorRelationshipType } from "../metrics/graph-reader";
import type { EcosystemService, PlatformRef } from "./ecosystem.service";

/** Most actors one `ecosystemGraph` answer may hold (a browser draws a few thousand at most). */
export const MAX_GRAPH_NODES = 2000;
/** Actors in an answer when the caller does not say. */
export const DEFAULT_GRAPH_NODES = 500;
/**
 * Most relationships one answer may hold. Real B2B ecosystems are sparse (a few relationships
 * per actor), so this is only reached by a dense synthetic graph; the answer is then `truncated`.
 */
export const MAX_GRAPH_EDGES = 20_000;
/** Region levels, outermost first: the order of `regions` in an answer. */
const LEVELS = ["COUNTRY", "PROVINCE", "CITY", "DISTRICT"];

/** A region an actor of the graph is located in, or one enclosing it. */
export interface GraphRegion {
  readonly id: string;
  readonly name: string;
  readonly level: string;
  /** The enclosing region (PART_OF), null for a country. */
  readonly parentId: string | null;
}

/** A link of an industrial chain a firm of the graph works in. */
export interface GraphStage {
  readonly id: string;
  readonly name: string;
  readonly position: number;
  readonly chainId: string;
  readonly chainName: string;
}

export interface GraphNode {
  readonly id: string;
  readonly name: string;
  /** Platform, Firm, ServiceProvider or GovernmentAgency. */
  readonly label: string;
  readonly population: string | null;
  /** The regions the actor is located in and every region enclosing them, innermost first. */
  readonly regionIds: readonly string[];
  /** The chain stages the actor works in (firms only). */
  readonly stageIds: readonly string[];
  /** Relationships to other actors in the whole graph (active or ended); what truncation keeps by. */
  readonly degree: number;
}

export interface GraphEdge {
  /** Neo4j's element id of the relationship: unique within the answer. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: ActorRelationshipType;
  /** SUPPLIES: yearly volume. */
  readonly volume: number | null;
  /** SERVES: the service category. */
  readonly category: string | null;
  /** MEMBER_OF: the membership tier. */
  readonly tier: string | null;
  /** "YYYY-MM-DD", when the relationship started (if known). */
  readonly since: string | null;
  /** "YYYY-MM-DD", when it ended; null while it runs (only set in an answer as of a past day). */
  readonly until: string | null;
}

/**
 * A drawing's data, normalised: regions and stages are listed once and named by id from the
 * nodes, which keeps the answer small and its estimated query cost flat.
 */
export interface EcosystemGraph {
  readonly platform: PlatformRef;
  /** The day the ecosystem is drawn as of ("YYYY-MM-DD"); null for today. */
  readonly asOf: string | null;
  /** Actors in the platform's ecosystem, whether or not they are all in `nodes`. */
  readonly actorCount: number;
  readonly nodes: readonly GraphNode[];
  readonly edges: readonly GraphEdge[];
  /** Every region a node names, countries first, then by name. */
  readonly regions: readonly GraphRegion[];
  /** Every chain stage a node names, by chain name, then position. */
  readonly stages: readonly GraphStage[];
  /** True when actors or relationships were left out to stay within the limits. */
  readonly truncated: boolean;
}

/**
 * The chosen actors with what a drawing needs: the platform first, then the best-connected
 * actors (most relationships), then by name, at most `$limit`.
 */
export const GRAPH_NODES: NamedQuery = {
  name: "ecosystemGraph.nodes",
  cypher: `
    UNWIND $ids AS id
    MATCH (n:Actor {id: id})
    WITH n, CASE WHEN n.id = $platformId THEN 0 ELSE 1 END AS platformFirst, COUNT { (n)--(:Actor) } AS degree
    ORDER BY platformFirst, degree DESC, n.name, n.id
    LIMIT $limit
    CALL (n) {
      OPTIONAL MATCH path = (n)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(r:Region)
      WITH r, min(length(path)) AS distance
      ORDER BY distance, r.name
      RETURN collect(r {.id, .name, .level, parentId: head([(r)-[:PART_OF]->(parent:Region) | parent.id])}) AS regions
    }
    CALL (n) {
      OPTIONAL MATCH (n)-[:OPERATES_IN]->(s:ChainStage)<-[:HAS_STAGE]-(c:IndustrialChain)
      WITH s, c
      ORDER BY c.name, s.position
      RETURN collect(CASE WHEN s IS NULL THEN null
        ELSE {id: s.id, name: s.name, position: s.position, chainId: c.id, chainName: c.name} END) AS stages
    }
    RETURN n.id AS id, n.name AS name,
           head([l IN labels(n) WHERE l IN ['Platform', 'Firm', 'ServiceProvider', 'GovernmentAgency']]) AS label,
           n.population AS population, regions, stages, degree, platformFirst
    ORDER BY platformFirst, degree DESC, name, id`,
};

/** Relationships active on `$asOf` (as-of.ts) of the chosen types with both ends among the chosen actors. */
export const GRAPH_EDGES: NamedQuery = {
  name: "ecosystemGraph.edges",
  cypher: `
    UNWIND $ids AS id
    MATCH (a:Actor {id: id})-[r]->(b:Actor)
    WHERE type(r) IN $types AND ${activeAt("r")} AND b.id IN $ids
    RETURN elementId(r) AS id, a.id AS source, b.id AS target, type(r) AS type,
           r.volume AS volume, r.category AS category, r.tier AS tier, toString(r.since) AS since,
           toString(r.until) AS until
    ORDER BY type, source, target, id
    LIMIT $maxEdges`,
};

/**
 * One platform's ecosystem as a graph to draw (the explorer page): its actors with their
 * population, regions and chain stages, and the active relationships among them. The actors are
 * the same as those of a metric's platform scope (`ECOSYSTEM_ACTORS`), so a centrality ranking
 * over `graph: { platform }` scores exactly these nodes.
 */
export class EcosystemGraphService {
  constructor(
    private readonly db: Database,
    private readonly ecosystem: EcosystemService,
  ) {}

  async graph(
    platform: string,
    options: { limit?: number | undefined; relationshipTypes?: readonly string[] | undefined; asOf?: string | undefined } = {},
    observe?: QueryObserver,
  ): Promise<EcosystemGraph> {
    const limit = options.limit ?? DEFAULT_GRAPH_NODES;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_GRAPH_NODES) {
      throw new InvalidInputError(`limit must be a whole number from 1 to ${MAX_GRAPH_NODES}, but got: ${limit}`);
    }
    const types = relationshipTypesFrom(options.relationshipTypes);
    const asOf = options.asOf === undefined ? null : parseCalendarDate(options.asOf, "asOf");
    const ref = await this.ecosystem.findPlatform(platform, observe);

    const members = await this.db.read<{ id: string }>(ECOSYSTEM_ACTORS, { platformId: ref.id, asOf }, observe);
    const ids = members.map((m) => m.id);
    const rows = await this.db.read<{
      id: string;
      name: string;
      label: string;
      population: string | null;
      degree: number;
      regions: GraphRegion[];
      stages: GraphStage[];
    }>(GRAPH_NODES, { ids, platformId: ref.id, limit: neo4j.int(limit) }, observe);

    const regions = new Map<string, GraphRegion>();
    const stages = new Map<string, GraphStage>();
    const nodes: GraphNode[] = rows.map((row) => {
      row.regions.forEach((region) => regions.set(region.id, region));
      row.stages.forEach((stage) => stages.set(stage.id, stage));
      return {
        id: row.id,
        name: row.name,
        label: row.label,
        population: row.population,
        degree: row.degree,
        regionIds: row.regions.map((region) => region.id),
        stageIds: row.stages.map((stage) => stage.id),
      };
    });

    // One more than allowed tells whether relationships were left out.
    const edges = await this.db.read<GraphEdge>(
      GRAPH_EDGES,
      { ids: nodes.map((n) => n.id), types, asOf, maxEdges: neo4j.int(MAX_GRAPH_EDGES + 1) },
      observe,
    );
    const edgesTruncated = edges.length > MAX_GRAPH_EDGES;
    return {
      platform: ref,
      asOf,
      actorCount: ids.length,
      nodes,
      edges: edgesTruncated ? edges.slice(0, MAX_GRAPH_EDGES) : edges,
      regions: [...regions.values()].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.name.localeCompare(b.name)),
      stages: [...stages.values()].sort((a, b) => a.chainName.localeCompare(b.chainName) || a.position - b.position),
      truncated: nodes.length < ids.length || edgesTruncated,
    };
  }
}
