import type { NamedQuery } from "../db/database";
import { SYNC_RELATIONSHIP_TYPES, type EndLabel, type StructureLabel, type SyncRelationshipType } from "./sync-records";

/**
 * The Cypher of the sync, one named query (or query builder) per step. Labels, types and
 * property names come from the fixed lists of sync-records.ts, never from a record; every value
 * is a parameter.
 */

/**
 * Every statement of the sync starts with this query option: a plan already in Neo4j's plan cache
 * is used even when the statistics have changed since it was made. Neo4j otherwise plans a
 * statement again once the node and relationship counts have moved far enough from those it was
 * planned with (and at least 10 s later), which during a sync into a growing database happens
 * again and again, for each statement; planning one of these statements takes 0.3–3 s on this
 * machine (more with a cold JVM), against a few ms to run it on 1,000 rows. The plans do not
 * depend on the counts: every statement is driven by its `UNWIND` rows and finds nodes by
 * unique-index seeks on (source, externalId) or id, and relationships by expanding between two
 * bound nodes, whatever the database holds.
 */
const KEEP_PLAN = "CYPHER replan=skip";

/** Properties whose stored value differs from the record's (null and absent are the same). */
const CHANGED = (v: string, row: string) =>
  `[k IN keys(${row}.props) WHERE NOT coalesce(${v}[k] = ${row}.props[k], ${v}[k] IS NULL AND ${row}.props[k] IS NULL)]`;
const RETIREMENT_CHANGE = `CASE WHEN row.retired = true AND n.retiredAt IS NULL THEN ['retiredAt']
                               WHEN row.retired = false AND n.retiredAt IS NOT NULL THEN ['retiredAt'] ELSE [] END`;
/** Whether any property of the record differs from the stored one (null and absent are the same). */
const ANY_CHANGED = (v: string, row: string) =>
  `any(k IN keys(${row}.props) WHERE NOT coalesce(${v}[k] = ${row}.props[k], ${v}[k] IS NULL AND ${row}.props[k] IS NULL))`;
const RETIREMENT_CHANGED = `(row.retired = true AND n.retiredAt IS NULL) OR (row.retired = false AND n.retiredAt IS NOT NULL)`;

/** Every label a node that the sync keys may carry, for lookups by id or key whatever the label. */
const KEY_LABELS = ["Actor", "Region", "IndustrialChain", "ChainStage"] as const;
const ANY_KEYED = KEY_LABELS.join("|");

/**
 * Stored state of keyed nodes (dry run outcomes; the reason for rows a write left out).
 * `keyLabel` is `Actor` for the four actor labels (one key space), or the structure label.
 */
export function existingNodesQuery(keyLabel: string): NamedQuery {
  return {
    name: `sync.existingNodes.${keyLabel}`,
    cypher: `${KEEP_PLAN}
      UNWIND $rows AS row
      OPTIONAL MATCH (n:${keyLabel} {source: $source, externalId: row.externalId})
      RETURN row.position AS position, n.id AS id, [l IN labels(n) WHERE l <> 'Actor'][0] AS label,
             CASE WHEN n IS NULL THEN [] ELSE ${CHANGED("n", "row")} + ${RETIREMENT_CHANGE} END AS changed`,
  };
}

/**
 * Upserts nodes of one label keyed by (source, externalId).
 * MERGE on (source, externalId), backed by the uniqueness constraint, is safe against a
 * concurrent sync of the same keys: one index seek on the key label, as a plain MERGE would.
 * A new node gets everything in ON CREATE SET, so it is written once and not compared; a
 * matched one is compared and rewritten only if something changed, so updatedAt and the
 * change feed move only then. A key that belongs to an actor of another label is matched but
 * left out (not returned); the caller explains it. A node counts as created by this statement
 * when it carries the row's new id and this run's time (the seed brings its own stable ids, so
 * the id alone would not tell).
 */
export function upsertNodesQuery(keyLabel: string, label: string): NamedQuery {
  const addLabel = keyLabel === label ? "" : `n:${label}, `;
  return {
    name: keyLabel === "Actor" ? `sync.upsertActors.${label}` : `sync.upsertNodes.${label}`,
    cypher: `${KEEP_PLAN}
      WITH datetime($now) AS now
      UNWIND $rows AS row
      MERGE (n:${keyLabel} {source: $source, externalId: row.externalId})
      ON CREATE SET ${addLabel}n += row.props, n.id = row.newId, n.createdAt = now,
                    n.updatedAt = now, n.syncedAt = now
      WITH now, row, n, coalesce(n.id = row.newId AND n.createdAt = now, false) AS created
      WHERE created OR n:${label}
      WITH now, row, n, created, NOT created AND (${ANY_CHANGED("n", "row")} OR ${RETIREMENT_CHANGED}) AS changed
      // The SET below also retires a node created retired (rare, so not in ON CREATE SET).
      FOREACH (_ IN CASE WHEN changed OR (created AND row.retired = true) THEN [1] ELSE [] END |
        SET n += row.props, n.updatedAt = now, n.syncedAt = now,
            n.retiredAt = CASE row.retired WHEN true THEN coalesce(n.retiredAt, date(now))
                                           WHEN false THEN null ELSE n.retiredAt END)
      // One record per statement, not one per row: less to send and to read back.
      RETURN collect(CASE WHEN created THEN row.position END) AS created,
             collect(CASE WHEN NOT created THEN [row.position, n.id, changed] END) AS matched`,
  };
}

/** How a structure node is linked: a region to its parent, a chain to its home region, a stage to its chain. */
export const STRUCTURE_LINKS: Record<StructureLabel, { pattern: (n: string, t: string) => string; type: string; target: StructureLabel }> = {
  Region: { pattern: (n, t) => `(${n})-[link:PART_OF]->(${t}:Region)`, type: "PART_OF", target: "Region" },
  IndustrialChain: { pattern: (n, t) => `(${n})-[link:ANCHORED_IN]->(${t}:Region)`, type: "ANCHORED_IN", target: "Region" },
  ChainStage: { pattern: (n, t) => `(${t}:IndustrialChain)-[link:HAS_STAGE]->(${n})`, type: "HAS_STAGE", target: "IndustrialChain" },
};

/**
 * What the graph holds for structure records: the node's id and level, its link's target, and
 * (regions) the sub-regions whose level bounds a new level.
 */
export function storedStructureQuery(label: StructureLabel): NamedQuery {
  const link = STRUCTURE_LINKS[label];
  const children =
    label === "Region"
      ? `COLLECT { MATCH (n)<-[:PART_OF]-(c:Region) RETURN {source: c.source, externalId: c.externalId, level: c.level, name: c.name} }`
      : "[]";
  return {
    name: `sync.storedStructure.${label}`,
    cypher: `${KEEP_PLAN}
      UNWIND $keys AS key
      MATCH (n:${label} {source: $source, externalId: key})
      OPTIONAL MATCH ${link.pattern("n", "t")}
      WITH key, n, head(collect(t)) AS t
      RETURN key, n.id AS id, n.level AS level, t.id AS linkId, t.level AS linkLevel, ${children} AS children`,
  };
}

/** Structure nodes named by a record's link, by id or by key, with what the checks need. */
export function resolveStructureQuery(label: StructureLabel): NamedQuery {
  return {
    name: `sync.resolveStructure.${label}`,
    cypher: `${KEEP_PLAN}
      UNWIND $refs AS ref
      CALL (ref) {
        OPTIONAL MATCH (n:${label} {id: ref.id}) RETURN n
        UNION
        OPTIONAL MATCH (n:${label} {source: ref.source, externalId: ref.externalId}) RETURN n
      }
      WITH ref, n WHERE n IS NOT NULL
      RETURN ref.key AS key, n.id AS id, n.source AS source, n.externalId AS externalId, n.level AS level`,
  };
}

/** The stages of chains, for the rule that a position is taken by one active stage per chain. */
export const STAGES_OF_CHAINS: NamedQuery = {
  name: "sync.stagesOfChains",
  cypher: `${KEEP_PLAN}
    UNWIND $chainIds AS chainId
    MATCH (:IndustrialChain {id: chainId})-[:HAS_STAGE]->(s:ChainStage)
    WHERE s.retiredAt IS NULL
    RETURN chainId, s.source AS source, s.externalId AS externalId, s.name AS name, s.position AS position`,
};

/**
 * Sets the link of structure nodes: removes a link to any other node and MERGEs the one to
 * `row.targetId` (none when it is null: the link is removed). Only rows whose link changes are
 * sent.
 */
export function setLinksQuery(label: StructureLabel): NamedQuery {
  const link = STRUCTURE_LINKS[label];
  const merge =
    label === "ChainStage" ? `MERGE (t)-[r:${link.type}]->(n)` : `MERGE (n)-[r:${link.type}]->(t)`;
  return {
    name: `sync.setLinks.${label}`,
    cypher: `${KEEP_PLAN}
      UNWIND $rows AS row
      MATCH (n:${label} {id: row.id})
      CALL (n, row) {
        OPTIONAL MATCH ${link.pattern("n", "old")}
        WITH link WHERE link IS NOT NULL AND (row.targetId IS NULL OR old.id <> row.targetId)
        DELETE link
      }
      CALL (n, row) {
        MATCH (t:${link.target} {id: row.targetId})
        ${merge}
        ON CREATE SET r.source = $source, r.syncedAt = datetime($now)
      }
      RETURN count(*) AS rows`,
  };
}

/**
 * Keeps FEEDS in step with the stages of each chain: FEEDS runs from each active stage to the
 * next by position, and nowhere else among the chain's stages (added, moved and retired stages
 * alike). Returns how many FEEDS it removed and created.
 */
export const REBUILD_FEEDS: NamedQuery = {
  name: "sync.rebuildFeeds",
  cypher: `${KEEP_PLAN}
    UNWIND $chainIds AS chainId
    MATCH (c:IndustrialChain {id: chainId})
    CALL (c) {
      OPTIONAL MATCH (c)-[:HAS_STAGE]->(s:ChainStage) WHERE s.retiredAt IS NULL
      WITH s ORDER BY s.position
      RETURN collect(s) AS stages
    }
    WITH c, stages, [i IN range(0, size(stages) - 2) | [stages[i], stages[i + 1]]] AS pairs
    CALL (c, pairs) {
      OPTIONAL MATCH (c)-[:HAS_STAGE]->(:ChainStage)-[f:FEEDS]-(:ChainStage)
      WHERE NOT [startNode(f), endNode(f)] IN pairs
      WITH DISTINCT f WHERE f IS NOT NULL
      DELETE f
      RETURN count(*) AS removed
    }
    CALL (pairs) {
      UNWIND pairs AS pair
      WITH pair[0] AS x, pair[1] AS y
      MERGE (x)-[f:FEEDS]->(y)
      ON CREATE SET f.source = $source, f.syncedAt = datetime($now), f.created = true
      WITH f, f.created = true AS created
      REMOVE f.created
      RETURN count(CASE WHEN created THEN 1 END) AS created
    }
    RETURN sum(removed) AS removed, sum(created) AS created`,
};

/** Nodes named by relationship ends, by id or by key, whatever their label (several per key are possible). */
export const RESOLVE_ENDS: NamedQuery = {
  name: "sync.resolveEnds",
  cypher: `${KEEP_PLAN}
    UNWIND $refs AS ref
    CALL (ref) {
      ${KEY_LABELS.map((l) => `OPTIONAL MATCH (n:${l} {id: ref.id}) RETURN n
      UNION
      OPTIONAL MATCH (n:${l} {source: ref.source, externalId: ref.externalId}) RETURN n`).join("\n      UNION\n      ")}
    }
    WITH DISTINCT ref, n WHERE n IS NOT NULL
    RETURN ref.key AS key, n.id AS id, [l IN labels(n) WHERE l <> 'Actor'][0] AS label`,
};

/** SERVES without a key of its own is identified by its category too: a provider may serve one firm in two categories. */
function identity(type: SyncRelationshipType): string {
  return type === "SERVES" ? " {category: row.props.category}" : "";
}

/** How a relationship row names one end: by (source, externalId) or by Ecograph id. */
export type EndKind = "key" | "id";

/** The clause that finds one end, with a label the relationship type allows (one index seek per label). */
function endMatch(variable: string, labels: readonly EndLabel[], side: "from" | "to", kind: EndKind): string {
  const one = (label: EndLabel) =>
    kind === "key"
      ? `(${variable}:${label} {source: coalesce(row.${side}Source, $source), externalId: row.${side}})`
      : `(${variable}:${label} {id: row.${side}})`;
  if (labels.length === 1) return `MATCH ${one(labels[0]!)}`;
  return `CALL (row) {\n        ${labels.map((l) => `MATCH ${one(l)} RETURN ${variable}`).join("\n        UNION\n        ")}\n      }`;
}

/**
 * Upserts relationships of one type.
 * Each end is found with one index seek, by (source, externalId) or by id as the row names it
 * (a row carries a source only if it is not the sync's own), and only with a label the type
 * allows; a row whose ends are not found is not returned (the caller explains it).
 * - keyed (the record has its own externalId): the relationship is MERGEd on (source,
 *   externalId) between its ends, so two SUPPLIES between one pair are two relationships; a key
 *   already used between other ends is left out (ends do not move).
 * - unkeyed: one relationship per (type, from, to) (and category for SERVES), as before; a pair
 *   that already has relationships of the type with their own key is left out, so an unkeyed
 *   record never overwrites one of them.
 * Relationship MERGE locks both end nodes before it creates, so concurrent syncs of the same
 * relationship leave one relationship. A new relationship gets everything in ON CREATE SET;
 * a matched one is compared and rewritten only if something changed.
 */
export function upsertRelationshipsQuery(type: SyncRelationshipType, fromKind: EndKind, toKind: EndKind, keyed: boolean): NamedQuery {
  const { from, to } = SYNC_RELATIONSHIP_TYPES[type];
  const merge = keyed
    ? `OPTIONAL MATCH ()-[old:${type} {source: $source, externalId: row.externalId}]->()
      WITH now, row, a, b, old WHERE old IS NULL OR (startNode(old) = a AND endNode(old) = b)
      MERGE (a)-[r:${type} {source: $source, externalId: row.externalId}]->(b)`
    : `WITH now, row, a, b WHERE NOT EXISTS { (a)-[k:${type}]->(b) WHERE k.externalId IS NOT NULL }
      MERGE (a)-[r:${type}${identity(type)}]->(b)`;
  return {
    name: `sync.upsertRelationships.${type}.${fromKind}-${toKind}${keyed ? ".keyed" : ""}`,
    cypher: `${KEEP_PLAN}
      WITH datetime($now) AS now
      UNWIND $rows AS row
      ${endMatch("a", [from], "from", fromKind)}
      ${endMatch("b", to, "to", toKind)}
      WITH now, row, a, b WHERE a <> b
      ${merge}
      ON CREATE SET r += row.props, r.id = row.newId, r.source = $source, r.syncedAt = now
      WITH now, row, r, coalesce(r.id = row.newId, false) AS created
      WITH now, row, r, created, NOT created AND ${ANY_CHANGED("r", "row")} AS changed
      FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
        SET r += row.props, r.source = $source, r.syncedAt = now)
      RETURN collect(CASE WHEN created THEN row.position END) AS created,
             collect(CASE WHEN NOT created THEN [row.position, changed] END) AS matched`,
  };
}

/**
 * Relationships as stored, for rows whose ends are resolved to ids (dry run; the reason for rows
 * a write left out): whether one exists, what would change, and the two conflicts the write
 * refuses (a key used between other ends; keyed relationships between the pair of an unkeyed row).
 */
export function existingRelationshipsQuery(type: SyncRelationshipType): NamedQuery {
  return {
    name: `sync.existingRelationships.${type}`,
    cypher: `${KEEP_PLAN}
      UNWIND $rows AS row
      MATCH (a:${ANY_KEYED} {id: row.from}) MATCH (b:${ANY_KEYED} {id: row.to})
      CALL (row, a, b) {
        OPTIONAL MATCH ()-[k:${type} {source: $source, externalId: row.externalId}]->()
        WHERE row.externalId IS NOT NULL
        RETURN k
      }
      CALL (row, a, b) {
        OPTIONAL MATCH (a)-[u:${type}${identity(type)}]->(b)
        WHERE row.externalId IS NULL AND u.externalId IS NULL
        RETURN head(collect(u)) AS u
      }
      WITH row, a, b, k, u, coalesce(k, u) AS r
      RETURN row.position AS position,
             r IS NULL AS created,
             CASE WHEN r IS NULL THEN [] ELSE ${CHANGED("r", "row")} END AS changed,
             k IS NOT NULL AND (startNode(k) <> a OR endNode(k) <> b) AS keyElsewhere,
             CASE WHEN k IS NULL THEN null ELSE [startNode(k).externalId, endNode(k).externalId] END AS keyEnds,
             row.externalId IS NULL AND EXISTS { (a)-[x:${type}]->(b) WHERE x.externalId IS NOT NULL } AS keyedBetween`,
  };
}
