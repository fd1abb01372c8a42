import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { NotFoundError } from "../errors";
import { activeAt, existedAt } from "../metrics/as-of";
import { ACTOR_RELATIONSHIP_TYPES, ECOSYSTEM_ACTORS } from "../metrics/graph-reader";
import type { ActorLabel, ChainDefinition, RegionRef, Universe, UniverseActor, UniverseEdge } from "./scope-model";

/**
 * Reads a platform's universe (scope-model.ts) from Neo4j as of a day: the ecosystem's actors by
 * the metric scope's own query (ECOSYSTEM_ACTORS), plus the outside actors asked for, with every
 * active relationship among them (as-of.ts decides "active"), and the chains their firms work in.
 * Read-only: every query runs in a read transaction.
 */

export const UNIVERSE_ACTORS: NamedQuery = {
  name: "strategy.universeActors",
  cypher: `
    UNWIND $ids AS id
    MATCH (n:Actor {id: id})
    CALL (n) {
      OPTIONAL MATCH (n)-[s:SUPPLIES]->(b:Firm)
      WHERE ${activeAt("s")} AND NOT b.id IN $ids
      RETURN sum(coalesce(s.volume, 0)) AS externalSupplyVolume
    }
    CALL (n) {
      OPTIONAL MATCH (n)-[:LOCATED_IN]->(home:Region)
      OPTIONAL MATCH path = (home)-[:PART_OF*0..]->(:Region)
      WITH path ORDER BY length(path)
      RETURN [r IN collect(last(nodes(path))) WHERE r IS NOT NULL | {id: r.id, name: r.name, level: r.level}] AS regions
    }
    RETURN n.id AS id, n.name AS name, [l IN labels(n) WHERE l <> 'Actor'][0] AS label, n.population AS population,
           coalesce(n.categories, []) AS categories, regions,
           [(n)-[:OPERATES_IN]->(st:ChainStage) | st.id] AS stageIds, externalSupplyVolume`,
};

export const UNIVERSE_EDGES: NamedQuery = {
  name: "strategy.universeEdges",
  cypher: `
    UNWIND $ids AS id
    MATCH (a:Actor {id: id})-[r]->(b:Actor)
    WHERE type(r) IN $types AND ${activeAt("r")} AND b.id IN $ids
    RETURN a.id AS source, b.id AS target, type(r) AS type, r.volume AS volume, r.category AS category`,
};

/** Chains any of the given firms operate in, plus the chains of the given stages. */
export const UNIVERSE_CHAINS: NamedQuery = {
  name: "strategy.universeChains",
  cypher: `
    CALL () {
      UNWIND $firmIds AS firmId
      MATCH (:Firm {id: firmId})-[:OPERATES_IN]->(:ChainStage)<-[:HAS_STAGE]-(c:IndustrialChain)
      RETURN c
      UNION
      UNWIND $stageIds AS stageId
      MATCH (:ChainStage {id: stageId})<-[:HAS_STAGE]-(c:IndustrialChain)
      RETURN c
    }
    WITH DISTINCT c
    CALL (c) {
      OPTIONAL MATCH (c)-[:ANCHORED_IN]->(home:Region)
      OPTIONAL MATCH path = (home)-[:PART_OF*0..]->(:Region)
      WITH path ORDER BY length(path)
      RETURN [r IN collect(last(nodes(path))) WHERE r IS NOT NULL | {id: r.id, name: r.name, level: r.level}] AS anchorRegions
    }
    CALL (c) {
      MATCH (c)-[:HAS_STAGE]->(s:ChainStage)
      WITH s ORDER BY s.position, s.id
      RETURN collect({id: s.id, name: s.name, position: s.position, weight: s.weight, minFirms: s.minFirms}) AS stages
    }
    RETURN c.id AS id, c.name AS name, c.industry AS industry, anchorRegions, stages
    ORDER BY c.name, c.id`,
};

/** Providers that actively serve one of the given firms (they join the ecosystem with the firm). */
export const PROVIDERS_SERVING: NamedQuery = {
  name: "strategy.providersServing",
  cypher: `
    UNWIND $firmIds AS firmId
    MATCH (:Firm {id: firmId})<-[s:SERVES]-(p:ServiceProvider)
    WHERE ${activeAt("s")}
    RETURN DISTINCT p.id AS id`,
};

export const PLATFORM_NAME: NamedQuery = {
  name: "strategy.platformName",
  cypher: `MATCH (p:Platform {id: $platformId}) RETURN p.name AS name`,
};

export const ALL_PLATFORMS: NamedQuery = {
  name: "strategy.allPlatforms",
  cypher: `MATCH (p:Platform) WHERE ${existedAt("p")} RETURN p.id AS id, p.name AS name ORDER BY p.name, p.id`,
};

export interface UniverseRequest {
  platformId: string;
  asOf: string | null;
  /** Outside actors to include (providers to partner with, firms to recruit ...). */
  extraActorIds?: readonly string[];
  /** Firms that would join: the providers serving them are included too. */
  joiningFirmIds?: readonly string[];
  /** Stages whose chains must be included. */
  stageIds?: readonly string[];
}

/** The platform's name, or a NotFoundError that says how to list the platforms. */
export async function platformName(db: Database, platformId: string, observe?: QueryObserver): Promise<string> {
  const [row] = await db.read<{ name: string }>(PLATFORM_NAME, { platformId }, observe);
  if (!row) throw new NotFoundError(`No platform has the id ${JSON.stringify(platformId)}. List them with { platforms { id name } }.`);
  return row.name;
}

export async function readUniverse(db: Database, request: UniverseRequest, observe?: QueryObserver): Promise<Universe> {
  const { platformId, asOf } = request;
  await platformName(db, platformId, observe);
  const scope = await db.read<{ id: string }>(ECOSYSTEM_ACTORS, { platformId, asOf }, observe);
  const ids = new Set<string>(scope.map((row) => row.id));
  for (const id of request.extraActorIds ?? []) ids.add(id);
  const joining = (request.joiningFirmIds ?? []).filter((id) => typeof id === "string");
  if (joining.length > 0) {
    const serving = await db.read<{ id: string }>(PROVIDERS_SERVING, { firmIds: joining, asOf }, observe);
    for (const row of serving) ids.add(row.id);
  }
  const idList = [...ids];
  const actorRows = await db.read<{
    id: string; name: string | null; label: string; population: string | null; categories: string[];
    regions: RegionRef[]; stageIds: string[]; externalSupplyVolume: number;
  }>(UNIVERSE_ACTORS, { ids: idList, asOf }, observe);
  const actors: UniverseActor[] = actorRows.map((row) => ({
    id: row.id,
    name: row.name ?? "",
    label: row.label as ActorLabel,
    population: row.population,
    categories: row.categories,
    regions: row.regions,
    stageIds: row.stageIds,
    externalSupplyVolume: row.externalSupplyVolume,
  }));
  const known = new Set(actors.map((a) => a.id));
  const edges: UniverseEdge[] = [];
  await db.readEach<UniverseEdge>(
    UNIVERSE_EDGES,
    { ids: [...known], types: [...ACTOR_RELATIONSHIP_TYPES], asOf },
    (row) => {
      edges.push({ source: row.source, target: row.target, type: row.type, volume: row.volume ?? null, category: row.category ?? null });
    },
    { observe, onRestart: () => (edges.length = 0) },
  );
  const firmIds = actors.filter((a) => a.label === "Firm").map((a) => a.id);
  const chains = await db.read<ChainDefinition>(UNIVERSE_CHAINS, { firmIds, stageIds: [...(request.stageIds ?? [])] }, observe);
  return { platformId, asOf, actors, edges, chains };
}
