import { createHash } from "node:crypto";
import type { Database, NamedQuery } from "../src/db/database";
import { SyncService, type Outcome } from "../src/sync/sync.service";
import { seedRecords } from "./seed-records";
import { SEED_SOURCE, type SeedData } from "./seed-types";

export interface SeedReport {
  readonly nodes: number;
  readonly relationships: number;
  /** Nodes and relationships that did not exist before this load. */
  readonly createdNodes: number;
  readonly createdRelationships: number;
  readonly durationMs: number;
  /** The sync's outcome counts: on a second load, every record UNCHANGED. */
  readonly counts: Readonly<Record<Outcome, number>>;
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

/** Records per write transaction when loading the seed. */
const SEED_BATCH = 1_000;

/**
 * Loads the sample data through the same SyncService as any partner's data (`seedRecords` turns
 * it into import records), with the ids derived from the seed keys. Safe to run any number of
 * times: a second load reports every record UNCHANGED and rewrites nothing (not even updatedAt).
 * A record the sync rejects is a bug in the sample data: the load fails and says which.
 */
export async function loadSeed(db: Database, data: SeedData): Promise<SeedReport> {
  const started = Date.now();
  const before = await countSeeded(db);
  const sync = new SyncService(db, { maxRecords: Number.MAX_SAFE_INTEGER, batchSize: SEED_BATCH }, { newNodeId: (_label, key) => seedNodeId(key) });
  const report = await sync.sync(seedRecords(data));
  const rejected = report.outcomes.filter((o) => o.outcome === "REJECTED");
  if (rejected.length > 0 || !report.complete) {
    throw new Error(
      `The sample data did not load: ${rejected.length} record(s) rejected${report.complete ? "" : " and a batch failed"}; first: ` +
        rejected.slice(0, 3).map((o) => o.reason).join("; "),
    );
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
    counts: report.counts,
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

