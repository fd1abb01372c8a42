import { createHash } from "node:crypto";
import { groupBy } from "../src/group-by";
import type { Database, NamedQuery } from "../src/db/database";
import { toStoredValues } from "../src/db/neo4j-values";
import {
  DATE_PROPERTIES,
  INTEGER_PROPERTIES,
  SEED_SOURCE,
  type SeedData,
  type SeedLabel,
  type SeedRelationship,
  type SeedValue,
} from "./seed-types";

const ACTOR_LABELS: ReadonlySet<SeedLabel> = new Set(["Platform", "Firm", "ServiceProvider", "GovernmentAgency"]);

export interface SeedReport {
  readonly nodes: number;
  readonly relationships: number;
  /** Nodes and relationships that did not exist before this load. */
  readonly createdNodes: number;
  readonly createdRelationships: number;
  readonly durationMs: number;
}

/**
 * A node's `id` derived from its seed key (a name-based UUID in the style of RFC 4122 version 5),
 * so every load gives the same node the same id and ids can appear in documentation.
 */
export function seedNodeId(key: string): string {
  const hash = createHash("sha1").update(`${SEED_SOURCE}:${key}`).digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Labels are not parameters in Cypher: only the known ones are put into query text. */
function labelsOf(label: SeedLabel): string {
  return ACTOR_LABELS.has(label) ? `${label}:Actor` : label;
}

function mergeNodesQuery(label: SeedLabel): NamedQuery {
  return {
    name: `seed.mergeNodes.${label}`,
    // MERGE on the provenance key; properties are written only when they differ, so a second
    // load leaves every node (including updatedAt) exactly as it was.
    cypher: `
      UNWIND $rows AS row
      MERGE (n:${labelsOf(label)} {source: $source, externalId: row.key})
      ON CREATE SET n += row.props, n.id = row.id, n.createdAt = datetime(), n.updatedAt = datetime()
      WITH n, row
      WHERE any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
      SET n += row.props, n.updatedAt = datetime()
      RETURN count(n) AS updated`,
  };
}

function mergeRelationshipsQuery(type: string, fromLabel: SeedLabel, toLabel: SeedLabel): NamedQuery {
  // SERVES is identified by its category as well: a provider may serve a firm in two categories.
  const identity = type === "SERVES" ? " {category: row.props.category}" : "";
  return {
    name: `seed.mergeRelationships.${type}.${fromLabel}.${toLabel}`,
    cypher: `
      UNWIND $rows AS row
      MATCH (a:${fromLabel} {source: $source, externalId: row.from})
      MATCH (b:${toLabel} {source: $source, externalId: row.to})
      MERGE (a)-[r:${type}${identity}]->(b)
      ON CREATE SET r += row.props, r.source = $source, r.syncedAt = datetime()
      WITH r, row
      WHERE any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k])
      SET r += row.props, r.syncedAt = datetime()
      RETURN count(r) AS updated`,
  };
}

export const COUNT_SEEDED: NamedQuery = {
  name: "seed.countSeeded",
  cypher: `
    CALL () { MATCH (n {source: $source}) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r {source: $source}]->() RETURN count(r) AS relationships }
    RETURN nodes, relationships`,
};

export const COUNT_ACTORS: NamedQuery = {
  name: "seed.countActors",
  cypher: "MATCH (n:Actor) RETURN count(n) AS actors",
};

/**
 * MERGEs the sample data into Neo4j. Safe to run any number of times: nodes are keyed by
 * (source, externalId), relationships by their ends (and category for SERVES), and nothing is
 * rewritten when it is unchanged. Every relationship must find both its ends, or the load fails
 * and says which one is missing.
 */
export async function loadSeed(db: Database, data: SeedData): Promise<SeedReport> {
  const started = Date.now();
  const labelOfKey = checkReferences(data);
  const before = await countSeeded(db);

  for (const [label, nodes] of groupBy(data.nodes, (n) => n.label)) {
    const rows = nodes.map((node) => ({ key: node.key, id: seedNodeId(node.key), props: storedProps(node.props) }));
    await db.write(mergeNodesQuery(label as SeedLabel), { source: SEED_SOURCE, rows });
  }

  const groups = groupBy(data.relationships, (r) => `${r.type}|${labelOfKey.get(r.from)}|${labelOfKey.get(r.to)}`);
  for (const [group, relationships] of groups) {
    const [type, fromLabel, toLabel] = group.split("|") as [string, SeedLabel, SeedLabel];
    const rows = relationships.map((r) => ({ from: r.from, to: r.to, props: storedProps(r.props ?? {}) }));
    await db.write(mergeRelationshipsQuery(type, fromLabel, toLabel), { source: SEED_SOURCE, rows });
  }

  const after = await countSeeded(db);
  if (after.relationships < data.relationships.length) {
    throw new Error(
      `The seed wrote ${after.relationships} relationships but describes ${data.relationships.length}; ` +
        "a relationship type without an identity property may be listed twice for the same ends.",
    );
  }
  return {
    nodes: data.nodes.length,
    relationships: data.relationships.length,
    createdNodes: after.nodes - before.nodes,
    createdRelationships: after.relationships - before.relationships,
    durationMs: Date.now() - started,
  };
}

/** Loads the seed only when the database holds no actors at all (a fresh database). */
export async function loadSeedIfEmpty(db: Database, data: () => SeedData): Promise<SeedReport | undefined> {
  const [row] = await db.read<{ actors: number }>(COUNT_ACTORS);
  if ((row?.actors ?? 0) > 0) return undefined;
  return loadSeed(db, data());
}

async function countSeeded(db: Database): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>(COUNT_SEEDED, { source: SEED_SOURCE });
  return row ?? { nodes: 0, relationships: 0 };
}

/** Every relationship end must be a node of the seed; returns each key's label. */
function checkReferences(data: SeedData): Map<string, SeedLabel> {
  const labelOfKey = new Map<string, SeedLabel>();
  for (const node of data.nodes) {
    if (labelOfKey.has(node.key)) throw new Error(`The seed lists the node key ${JSON.stringify(node.key)} twice`);
    labelOfKey.set(node.key, node.label);
  }
  data.relationships.forEach((r: SeedRelationship, position) => {
    for (const end of [r.from, r.to]) {
      if (!labelOfKey.has(end)) {
        throw new Error(`Seed relationship ${position} (${r.type} ${r.from} -> ${r.to}) names the unknown node ${JSON.stringify(end)}`);
      }
    }
  });
  return labelOfKey;
}

/**
 * Properties as Neo4j stores them: nulls left out (an absent property is Neo4j's null, and
 * writing null would count as a change on every load), dates and whole numbers converted.
 */
function storedProps(props: Readonly<Record<string, SeedValue>>): Record<string, unknown> {
  const present = Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null));
  return toStoredValues(present, { dates: DATE_PROPERTIES, integers: INTEGER_PROPERTIES });
}
