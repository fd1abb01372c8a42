import type { Database, NamedQuery } from "../db/database";
import { InvalidInputError } from "../errors";
import { ACTOR_LABELS, recordFieldsOf, SYNC_RELATIONSHIP_TYPES, type SyncRelationshipType } from "./sync-records";

/**
 * The export: the graph, one source's records or one platform's ecosystem, written in exactly the
 * import format, so export → import (into an empty database, or under another source) → export
 * gives the same file. What the format leaves out, and so the export too: Ecograph ids (a new
 * import makes new ones; an end without a source is named by id), timestamps (createdAt,
 * updatedAt, syncedAt, retiredAt: only `retired: true` is kept), stored metrics, and FEEDS (the
 * sync derives it from stage positions). Records come sorted (kind, then key), one per line.
 */

export type ExportFormat = "jsonl" | "csv";

export interface ExportSelection {
  /** Only the records of this source (the file imports back with `--source` of that name). */
  readonly source: string;
  /** Only the ecosystem of this platform: the platform, its members, partners and supporters, the providers serving its members, their regions, chains and stages. */
  readonly platformId?: string | undefined;
}

type Json = Record<string, unknown>;

/** The node ids of a platform's ecosystem, or null for no restriction. */
const ECOSYSTEM_IDS: NamedQuery = {
  name: "export.ecosystemIds",
  cypher: `
    MATCH (p:Platform {id: $platformId})
    CALL (p) {
      OPTIONAL MATCH (p)<-[:MEMBER_OF|PARTNERS_WITH|SUPPORTS]-(a:Actor) RETURN collect(DISTINCT a) AS around
    }
    CALL (p) {
      OPTIONAL MATCH (p)<-[:MEMBER_OF]-(:Firm)<-[:SERVES]-(s:ServiceProvider) RETURN collect(DISTINCT s) AS serving
    }
    WITH p, [p] + around + serving AS actors
    CALL (actors) {
      UNWIND actors AS a
      OPTIONAL MATCH (a)-[:OPERATES_IN]->(s:ChainStage)<-[:HAS_STAGE]-(c:IndustrialChain)
      WITH collect(DISTINCT c) AS chains
      UNWIND (CASE WHEN size(chains) = 0 THEN [null] ELSE chains END) AS c
      OPTIONAL MATCH (c)-[:HAS_STAGE]->(s:ChainStage)
      RETURN collect(DISTINCT c) AS chains, collect(DISTINCT s) AS stages
    }
    CALL (actors, chains) {
      UNWIND actors + chains AS n
      OPTIONAL MATCH (n)-[:LOCATED_IN|ANCHORED_IN]->(:Region)-[:PART_OF*0..]->(r:Region)
      RETURN collect(DISTINCT r) AS regions
    }
    RETURN [n IN actors + chains + stages + regions | n.id] AS ids`,
};

const EXPORT_NODES: NamedQuery = {
  name: "export.nodes",
  cypher: `
    MATCH (n) WHERE n.source = $source AND (n:Actor OR n:Region OR n:IndustrialChain OR n:ChainStage)
      AND ($ids IS NULL OR n.id IN $ids)
    OPTIONAL MATCH (n)-[:PART_OF]->(parent:Region)
    OPTIONAL MATCH (n)-[:ANCHORED_IN]->(home:Region)
    OPTIONAL MATCH (n)<-[:HAS_STAGE]-(chain:IndustrialChain)
    WITH n, head(collect(coalesce(parent, home, chain))) AS link
    RETURN [l IN labels(n) WHERE l <> 'Actor'][0] AS label, properties(n) AS props,
           CASE WHEN link IS NULL THEN null ELSE {id: link.id, source: link.source, externalId: link.externalId} END AS link
    ORDER BY label, n.externalId`,
};

const EXPORT_RELATIONSHIPS: NamedQuery = {
  name: "export.relationships",
  cypher: `
    MATCH (a)-[r]->(b) WHERE r.source = $source AND type(r) IN $types
      AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
    RETURN type(r) AS type, properties(r) AS props,
           {id: a.id, source: a.source, externalId: a.externalId} AS from,
           {id: b.id, source: b.source, externalId: b.externalId} AS to
    ORDER BY type, a.externalId, a.id, b.externalId, b.id, r.externalId, r.category`,
};

const STRUCTURE_MARKERS: Record<string, { record: string; link: string }> = {
  Region: { record: "region", link: "parent" },
  IndustrialChain: { record: "chain", link: "region" },
  ChainStage: { record: "stage", link: "chain" },
};
const ORDER = ["region", "chain", "stage", "actor", "relationship"];

/** What an export wrote, and what it could not (nothing is dropped silently). */
export interface ExportResult {
  readonly records: Json[];
  readonly counts: Readonly<Record<string, number>>;
  /** Records that cannot be written in the import format, with why. */
  readonly skipped: readonly string[];
}

/** Reads the selection in the import format, sorted. */
export async function exportRecords(db: Database, selection: ExportSelection): Promise<ExportResult> {
  let ids: string[] | null = null;
  if (selection.platformId !== undefined) {
    const [row] = await db.read<{ ids: string[] }>(ECOSYSTEM_IDS, { platformId: selection.platformId });
    if (!row) throw new InvalidInputError(`No platform has the id ${JSON.stringify(selection.platformId)}; list them with { platforms { id name } }`);
    ids = row.ids;
  }
  const source = selection.source;
  const ref = (end: { id: string; source: string | null; externalId: string | null }) =>
    end.source === source && end.externalId ? { externalId: end.externalId } : end.source && end.externalId ? { externalId: end.externalId, source: end.source } : { id: end.id };

  const records: Json[] = [];
  const skipped: string[] = [];
  for (const node of await db.read<{ label: string; props: Json; link: { id: string; source: string | null; externalId: string | null } | null }>(EXPORT_NODES, { source, ids })) {
    const fields = pick(node.props, recordFieldsOf(node.label));
    const retired = node.props.retiredAt != null ? { retired: true } : {};
    const structure = STRUCTURE_MARKERS[node.label];
    if (structure) {
      if (node.label === "ChainStage" && !node.link) {
        skipped.push(`stage ${String(node.props.externalId)}: retired and no longer in a chain, so it has no chain to name (the import format requires one)`);
        continue;
      }
      records.push({ record: structure.record, externalId: node.props.externalId, ...fields, ...(node.link && { [structure.link]: ref(node.link) }), ...retired });
    } else if ((ACTOR_LABELS as readonly string[]).includes(node.label)) {
      records.push({ record: "actor", label: node.label, externalId: node.props.externalId, ...fields, ...retired });
    }
  }
  const types = Object.keys(SYNC_RELATIONSHIP_TYPES);
  for (const rel of await db.read<{ type: SyncRelationshipType; props: Json; from: { id: string; source: string | null; externalId: string | null }; to: { id: string; source: string | null; externalId: string | null } }>(EXPORT_RELATIONSHIPS, { source, ids, types })) {
    records.push({
      record: "relationship",
      type: rel.type,
      ...(rel.props.externalId != null && { externalId: rel.props.externalId }),
      from: ref(rel.from),
      to: ref(rel.to),
      ...pick(rel.props, recordFieldsOf(rel.type)),
    });
  }
  records.sort((a, b) => ORDER.indexOf(a.record as string) - ORDER.indexOf(b.record as string));
  const counts: Record<string, number> = {};
  for (const r of records) counts[r.record as string] = (counts[r.record as string] ?? 0) + 1;
  return { records, counts, skipped };
}

const WITHOUT_SOURCE: NamedQuery = {
  name: "export.withoutSource",
  cypher: `
    CALL () {
      MATCH (n) WHERE (n:Actor OR n:Region OR n:IndustrialChain OR n:ChainStage)
        AND (n.source IS NULL OR n.externalId IS NULL) AND ($ids IS NULL OR n.id IN $ids)
      RETURN 'node' AS what, [l IN labels(n) WHERE l <> 'Actor'][0] AS kind, count(*) AS n
      UNION ALL
      MATCH (a)-[r]->(b) WHERE type(r) IN $types AND r.source IS NULL
        AND ($ids IS NULL OR (a.id IN $ids AND b.id IN $ids))
      RETURN 'relationship' AS what, type(r) AS kind, count(*) AS n
    }
    RETURN what, kind, n ORDER BY what, kind`,
};

/**
 * What a whole-graph export cannot write: nodes and relationships that carry no source (or no
 * externalId), because they were made by generated mutations or plain Cypher rather than the
 * sync, so no import record can name them. One line per label or type, with how to include them.
 */
export async function recordsWithoutSource(db: Database, platformId?: string): Promise<string[]> {
  let ids: string[] | null = null;
  if (platformId !== undefined) {
    const [row] = await db.read<{ ids: string[] }>(ECOSYSTEM_IDS, { platformId });
    if (!row) throw new InvalidInputError(`No platform has the id ${JSON.stringify(platformId)}; list them with { platforms { id name } }`);
    ids = row.ids;
  }
  const rows = await db.read<{ what: string; kind: string; n: number }>(WITHOUT_SOURCE, { ids, types: Object.keys(SYNC_RELATIONSHIP_TYPES) });
  return rows.map(
    (r) =>
      `${r.n} ${r.kind} ${r.what}${r.n === 1 ? "" : "s"} without a source${r.what === "node" ? " or externalId" : ""} ` +
      "(made by generated mutations or plain Cypher, not by the sync): no import record can name them; sync them under a source to export them",
  );
}

/** Only the fields of the import format, null left out, Neo4j dates and integers as plain JSON values. */
function pick(props: Json, fields: readonly string[]): Json {
  const out: Json = {};
  for (const field of fields) {
    const value = props[field];
    if (value === null || value === undefined) continue;
    out[field] = plain(value);
  }
  return out;
}

function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === "object" && "toString" in value && ("year" in value || "low" in value)) {
    // neo4j Date -> YYYY-MM-DD, neo4j Integer -> number (the database layer usually converts them already)
    return "year" in value ? String(value) : Number(String(value));
  }
  return value;
}

/** The records as JSON Lines, the import's streamed format. */
export function toJsonLines(records: readonly Json[]): string {
  return records.map((r) => JSON.stringify(r)).join("\n") + (records.length > 0 ? "\n" : "");
}

/**
 * The records as CSV in the import's layout: a `record` column, nested fields as dotted columns
 * (`from.externalId`), lists joined with `|`, absent values as empty cells; columns in order of
 * first appearance.
 */
export function toCsv(records: readonly Json[]): string {
  const rows = records.map((r) => flatten(r));
  const columns: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  const cell = (value: unknown) => {
    if (value === undefined || value === null) return "";
    const text = Array.isArray(value) ? value.join("|") : String(value);
    return /[",\n\r]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\n") + "\n";
}

function flatten(record: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(record)) {
    if (value && typeof value === "object" && !Array.isArray(value)) {
      for (const [inner, v] of Object.entries(value as Json)) out[`${key}.${inner}`] = v;
    } else out[key] = value;
  }
  return out;
}
