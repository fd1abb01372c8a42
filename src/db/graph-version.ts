import type { NamedQuery } from "./database";

/**
 * The graph version: one `(:GraphVersion {id: "graph"})` node whose `version` every write of the
 * project increments in the same transaction as the write (Database.write / writeAll, see
 * database.ts), so every API process reading Neo4j sees every committed write, whichever process
 * made it. Cached metric results are keyed by it (metric-cache.ts).
 *
 * A write made with plain Cypher (cypher-shell, a script, an ETL job) must bump it too, in the
 * same transaction, for cached metrics to notice a change of properties:
 *
 *   MERGE (v:GraphVersion {id: "graph"}) SET v.version = coalesce(v.version, 0) + 1
 *
 * Writes that add or remove actors or relationships are also noticed without it (the cache
 * version includes Neo4j's constant-time actor and relationship counts).
 */
export const BUMP_GRAPH_VERSION: NamedQuery = {
  name: "graphVersion.bump",
  cypher: `MERGE (v:GraphVersion {id: "graph"}) SET v.version = coalesce(v.version, 0) + 1`,
  // It is the bump, not a write that needs one.
  changesGraph: false,
};

export const GRAPH_VERSION_CONSTRAINT: NamedQuery = {
  name: "graphVersion.constraint",
  cypher: "CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE",
  changesGraph: false,
};

export const ENSURE_GRAPH_VERSION: NamedQuery = {
  name: "graphVersion.ensure",
  cypher: `MERGE (v:GraphVersion {id: "graph"}) ON CREATE SET v.version = 0`,
  changesGraph: false,
};

/** The version, with the actor and relationship counts (both from the count store: constant time). */
export const READ_GRAPH_VERSION: NamedQuery = {
  name: "graphVersion.read",
  cypher: `
    CALL () { OPTIONAL MATCH (v:GraphVersion {id: "graph"}) RETURN coalesce(v.version, 0) AS version }
    CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN version, actors, relationships`,
};
