import { randomUUID } from "node:crypto";
import type { Database, NamedQuery } from "../db/database";
import { groupBy } from "../group-by";
import { toStoredValues } from "../db/neo4j-values";
import { InvalidInputError } from "../errors";
import {
  describeEnd,
  SYNC_RELATIONSHIP_TYPES,
  validateActor,
  validateRelationship,
  type ActorLabel,
  type ActorRecord,
  type EndRef,
  type RelationshipRecord,
  type SyncRelationshipType,
} from "./sync-records";

export type Outcome = "CREATED" | "UPDATED" | "UNCHANGED" | "REJECTED";
export type RecordKind = "ACTOR" | "RELATIONSHIP";

export interface RecordOutcome {
  readonly kind: RecordKind;
  /** Position of the record in its list (actors or relationships), 0-based. */
  readonly position: number;
  /** The actor's externalId, or "TYPE from -> to" for a relationship. */
  readonly key: string;
  readonly outcome: Outcome;
  readonly reason?: string;
  /** Ecograph id of the actor (not in a dry run for new actors). */
  readonly id?: string;
}

export interface BatchReport {
  readonly kind: RecordKind;
  readonly index: number;
  readonly records: number;
  readonly committed: boolean;
}

export interface SyncReport {
  readonly source: string;
  readonly dryRun: boolean;
  /** false when a batch failed: the batches before it are committed; run the same sync again. */
  readonly complete: boolean;
  readonly counts: Readonly<Record<Outcome, number>>;
  readonly outcomes: readonly RecordOutcome[];
  readonly batches: readonly BatchReport[];
}

export interface SyncRequest {
  readonly source: string;
  readonly actors?: readonly unknown[] | undefined;
  readonly relationships?: readonly unknown[] | undefined;
  readonly dryRun?: boolean | undefined;
  /** Records were read from text (CSV): numbers and booleans may come as strings. */
  readonly fromText?: boolean | undefined;
  /**
   * A dry run split over several requests (an import, chunk by chunk): the actors earlier
   * requests would create, by externalId, so later relationships may name them. The run adds
   * its own to it.
   */
  readonly dryRunCreated?: Map<string, ActorLabel> | undefined;
}

export interface SyncLimits {
  /** Most records (actors + relationships) one request may carry. */
  readonly maxRecords: number;
  /** Records per write transaction. */
  readonly batchSize: number;
}

/** Called after each committed batch (progress bars, tests). */
export type BatchListener = (batch: BatchReport) => void | Promise<void>;

const SOURCE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const DATES = ["since", "until"];
const INTEGERS = ["foundedYear", "employees"];

/** Properties whose stored value differs from the record's (null and absent are the same). */
const CHANGED = (v: string, row: string) =>
  `[k IN keys(${row}.props) WHERE NOT coalesce(${v}[k] = ${row}.props[k], ${v}[k] IS NULL AND ${row}.props[k] IS NULL)]`;
const RETIREMENT_CHANGE = `CASE WHEN row.retired = true AND n.retiredAt IS NULL THEN ['retiredAt']
                               WHEN row.retired = false AND n.retiredAt IS NOT NULL THEN ['retiredAt'] ELSE [] END`;

export const EXISTING_ACTORS: NamedQuery = {
  name: "sync.existingActors",
  cypher: `
    UNWIND $rows AS row
    OPTIONAL MATCH (n:Actor {source: $source, externalId: row.externalId})
    RETURN row.position AS position, n.id AS id, [l IN labels(n) WHERE l <> 'Actor'][0] AS label,
           CASE WHEN n IS NULL THEN [] ELSE ${CHANGED("n", "row")} + ${RETIREMENT_CHANGE} END AS changed`,
};

function upsertActorsQuery(label: ActorLabel): NamedQuery {
  return {
    name: `sync.upsertActors.${label}`,
    // MERGE on (source, externalId), backed by the uniqueness constraint, is safe against a
    // concurrent sync of the same keys. Unchanged records are not rewritten, so updatedAt and
    // the change feed move only when something changed.
    cypher: `
      UNWIND $rows AS row
      // One index seek on the Actor key, as a plain MERGE would. A key that belongs to an actor
      // of another label is matched but left out (not returned); the caller explains it.
      MERGE (n:Actor {source: $source, externalId: row.externalId})
      ON CREATE SET n:${label}, n.id = row.newId, n.createdAt = datetime($now)
      WITH row, n WHERE n:${label}
      WITH row, n, n.id = row.newId AS created, ${CHANGED("n", "row")} + ${RETIREMENT_CHANGE} AS changed
      FOREACH (_ IN CASE WHEN created OR size(changed) > 0 THEN [1] ELSE [] END |
        SET n += row.props, n.updatedAt = datetime($now), n.syncedAt = datetime($now),
            n.retiredAt = CASE row.retired WHEN true THEN coalesce(n.retiredAt, date(datetime($now)))
                                           WHEN false THEN null ELSE n.retiredAt END)
      RETURN row.position AS position, n.id AS id, created, size(changed) > 0 AS changed`,
  };
}

export const RESOLVE_ENDS: NamedQuery = {
  name: "sync.resolveEnds",
  cypher: `
    UNWIND $refs AS ref
    CALL (ref) {
      OPTIONAL MATCH (n:Actor {id: ref.id}) RETURN n
      UNION
      OPTIONAL MATCH (n:Actor {source: ref.source, externalId: ref.externalId}) RETURN n
    }
    WITH ref, n WHERE n IS NOT NULL
    RETURN ref.key AS key, n.id AS id, [l IN labels(n) WHERE l <> 'Actor'][0] AS label`,
};

/** SERVES is identified by its category too: a provider may serve one firm in two categories. */
function identity(type: SyncRelationshipType): string {
  return type === "SERVES" ? " {category: row.props.category}" : "";
}

function existingRelationshipsQuery(type: SyncRelationshipType): NamedQuery {
  return {
    name: `sync.existingRelationships.${type}`,
    cypher: `
      UNWIND $rows AS row
      MATCH (a:Actor {id: row.from}) MATCH (b:Actor {id: row.to})
      OPTIONAL MATCH (a)-[r:${type}${identity(type)}]->(b)
      WITH row, head(collect(r)) AS r
      RETURN row.position AS position, r IS NULL AS created, CASE WHEN r IS NULL THEN [] ELSE ${CHANGED("r", "row")} END AS changed`,
  };
}

function upsertRelationshipsQuery(type: SyncRelationshipType): NamedQuery {
  const { from, to } = SYNC_RELATIONSHIP_TYPES[type];
  return {
    name: `sync.upsertRelationships.${type}`,
    // Each end is found by (source, externalId) or by id, and only with the label the type
    // requires; a row whose ends are not found is not returned (the caller explains it).
    // Relationship MERGE locks both end nodes before it creates, so concurrent syncs of the same
    // relationship leave one relationship.
    cypher: `
      UNWIND $rows AS row
      OPTIONAL MATCH (ak:${from} {source: row.fromSource, externalId: row.fromExternalId})
      OPTIONAL MATCH (ai:${from} {id: row.fromId})
      WITH row, coalesce(ak, ai) AS a
      OPTIONAL MATCH (bk:${to} {source: row.toSource, externalId: row.toExternalId})
      OPTIONAL MATCH (bi:${to} {id: row.toId})
      WITH row, a, coalesce(bk, bi) AS b
      WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
      MERGE (a)-[r:${type}${identity(type)}]->(b)
      ON CREATE SET r.id = row.newId
      WITH row, r, r.id = row.newId AS created, ${CHANGED("r", "row")} AS changed
      FOREACH (_ IN CASE WHEN created OR size(changed) > 0 THEN [1] ELSE [] END |
        SET r += row.props, r.source = $source, r.syncedAt = datetime($now))
      RETURN row.position AS position, created, size(changed) > 0 AS changed`,
  };
}

/**
 * Idempotent bulk upsert of partner data keyed by the partner's own ids (`source`, `externalId`).
 * Every record gets an outcome; a record that cannot be taken is rejected with its reason and
 * the rest still go in. Actors are written before relationships, so relationships may name
 * actors of the same request. Each batch is one transaction; if one fails, the report says which
 * batches committed and the records not written are rejected with the cause. Running the same
 * request again completes it without duplicates.
 */
export class SyncService {
  constructor(
    private readonly db: Database,
    private readonly limits: SyncLimits,
  ) {}

  async sync(request: SyncRequest, onBatch?: BatchListener): Promise<SyncReport> {
    const { source } = request;
    if (typeof source !== "string" || !SOURCE.test(source)) {
      throw new InvalidInputError(
        `source must be 1 to 100 letters, digits, '.', '_', ':' or '-' (starting with a letter or digit), but got: ${JSON.stringify(source)}`,
      );
    }
    const actors = request.actors ?? [];
    const relationships = request.relationships ?? [];
    const total = actors.length + relationships.length;
    if (total > this.limits.maxRecords) {
      throw new InvalidInputError(
        `A sync request may carry at most ${this.limits.maxRecords} records (SYNC_MAX_RECORDS), but this one has ${total}. ` +
          "Split it into several requests, or use the import CLI, which batches by itself. Nothing was written.",
      );
    }
    const run = new SyncRun(this.db, source, request.dryRun ?? false, this.limits.batchSize, onBatch, request.dryRunCreated ?? new Map());
    await run.actors(actors, request.fromText ?? false);
    await run.relationships(relationships, request.fromText ?? false);
    return run.report();
  }
}

/** The state of one sync request. */
class SyncRun {
  private readonly outcomes: RecordOutcome[] = [];
  private readonly batches: BatchReport[] = [];
  private failure: string | undefined;
  private readonly now = new Date().toISOString();

  /** `pending`: in a dry run, actors the request would create, so its relationships may name them. */
  constructor(
    private readonly db: Database,
    private readonly source: string,
    private readonly dryRun: boolean,
    private readonly batchSize: number,
    private readonly onBatch: BatchListener | undefined,
    private readonly pending: Map<string, ActorLabel>,
  ) {}

  report(): SyncReport {
    const counts: Record<Outcome, number> = { CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 };
    for (const o of this.outcomes) counts[o.outcome] += 1;
    const outcomes = [...this.outcomes].sort((a, b) => (a.kind === b.kind ? a.position - b.position : a.kind === "ACTOR" ? -1 : 1));
    return { source: this.source, dryRun: this.dryRun, complete: this.failure === undefined, counts, outcomes, batches: this.batches };
  }

  async actors(raw: readonly unknown[], fromText: boolean): Promise<void> {
    const valid: Array<{ position: number; record: ActorRecord }> = [];
    const seen = new Map<string, number>();
    raw.forEach((item, position) => {
      const result = validateActor(item, fromText);
      const key = keyOf(item, "externalId");
      if ("reason" in result) return this.reject("ACTOR", position, key, result.reason);
      const first = seen.get(result.ok.externalId);
      if (first !== undefined) {
        return this.reject("ACTOR", position, key, `externalId ${JSON.stringify(key)} appears again; record ${first} already has it`);
      }
      seen.set(result.ok.externalId, position);
      valid.push({ position, record: result.ok });
    });

    for (const [index, batch] of chunks(valid, this.batchSize).entries()) {
      await this.guard("ACTOR", index, batch.map(({ position, record }) => ({ position, key: record.externalId })), () =>
        this.actorBatch(index, batch),
      );
    }
  }

  private async actorBatch(index: number, batch: ReadonlyArray<{ position: number; record: ActorRecord }>): Promise<void> {
    const rows = batch.map(({ position, record }) => ({
      position,
      externalId: record.externalId,
      retired: record.retired ?? null,
      newId: randomUUID(),
      props: toStoredValues(record.props, { dates: DATES, integers: INTEGERS }),
    }));
    const byPosition = new Map(batch.map((b) => [b.position, b.record]));
    if (this.dryRun) return this.checkActorBatch(rows, byPosition);

    await this.commit("ACTOR", index, rows, async (toWrite) => {
      const written: Array<{ position: number; id: string; created: boolean; changed: boolean }> = [];
      await this.db.writeAll(
        [...groupBy(toWrite, (row) => byPosition.get(row.position)!.label)].map(([label, labelRows]) => ({
          query: upsertActorsQuery(label as ActorLabel),
          params: { rows: labelRows, source: this.source, now: this.now },
          collect: (record: { position: number; id: string; created: boolean; changed: boolean }) => written.push(record),
        })),
        { onRestart: () => (written.length = 0) },
      );
      for (const w of written) {
        const outcome = w.created ? "CREATED" : w.changed ? "UPDATED" : "UNCHANGED";
        this.outcomes.push({ kind: "ACTOR", position: w.position, key: byPosition.get(w.position)!.externalId, outcome, id: w.id });
      }
      const placed = new Set(written.map((w) => w.position));
      const unplaced = rows.filter((row) => !placed.has(row.position));
      if (unplaced.length > 0) await this.checkActorBatch(unplaced, byPosition);
    });
  }

  /**
   * Compares actor rows with what is stored, without writing: the outcomes of a dry run, and the
   * reason for rows the write left out (a key taken by an actor of another label).
   */
  private async checkActorBatch(
    rows: ReadonlyArray<{ position: number; externalId: string }>,
    byPosition: ReadonlyMap<number, ActorRecord>,
  ): Promise<void> {
    const existing = await this.db.read<{ position: number; id: string | null; label: string | null; changed: string[] }>(
      EXISTING_ACTORS,
      { rows, source: this.source },
    );
    for (const row of existing) {
      const record = byPosition.get(row.position)!;
      if (row.label !== null && row.label !== record.label) {
        this.reject("ACTOR", row.position, record.externalId, `${this.source}/${record.externalId} is already a ${row.label}; it cannot become a ${record.label}`);
      } else if (!this.dryRun) {
        this.reject("ACTOR", row.position, record.externalId, "the actor changed while the sync ran; run the sync again");
      } else {
        if (row.id === null) this.pending.set(record.externalId, record.label);
        const outcome = row.id === null ? "CREATED" : row.changed.length > 0 ? "UPDATED" : "UNCHANGED";
        this.outcomes.push({ kind: "ACTOR", position: row.position, key: record.externalId, outcome, ...(row.id && { id: row.id }) });
      }
    }
  }


  async relationships(raw: readonly unknown[], fromText: boolean): Promise<void> {
    const valid: Array<{ position: number; record: RelationshipRecord; key: string }> = [];
    raw.forEach((item, position) => {
      const result = validateRelationship(item, this.source, fromText);
      if ("reason" in result) return this.reject("RELATIONSHIP", position, relationshipKeyOf(item), result.reason);
      const { type, from, to } = result.ok;
      valid.push({ position, record: result.ok, key: `${type} ${describeEnd(from)} -> ${describeEnd(to)}` });
    });

    for (const [index, batch] of chunks(valid, this.batchSize).entries()) {
      await this.guard("RELATIONSHIP", index, batch, () => this.relationshipBatch(index, batch));
    }
  }

  private async relationshipBatch(
    index: number,
    batch: ReadonlyArray<{ position: number; record: RelationshipRecord; key: string }>,
  ): Promise<void> {
    if (this.dryRun) return this.checkRelationshipBatch(batch);
    const rows: Array<{ position: number; key: string; type: SyncRelationshipType; record: RelationshipRecord } & Record<string, unknown>> = [];
    for (const { position, record, key } of batch) {
      if (refKey(record.from) === refKey(record.to)) {
        this.reject("RELATIONSHIP", position, key, "from and to are the same actor");
        continue;
      }
      rows.push({
        position, key, type: record.type, record,
        ...endParams("from", record.from), ...endParams("to", record.to), newId: randomUUID(),
        props: toStoredValues(record.props, { dates: DATES, integers: INTEGERS }),
      });
    }
    if (rows.length === 0) return;
    // The write finds the ends itself (by key or id, with the label the type requires), as a plain
    // UNWIND ... MERGE would: no extra round trip in the common case. Rows it could not place are
    // explained afterwards.
    await this.commit("RELATIONSHIP", index, rows, async () => {
      const written: Array<{ position: number; created: boolean; changed: boolean }> = [];
      await this.db.writeAll(
        [...groupBy(rows, (row) => row.type)].map(([type, typeRows]) => ({
          query: upsertRelationshipsQuery(type as SyncRelationshipType),
          params: { rows: typeRows.map(({ record: _record, ...row }) => row), source: this.source, now: this.now },
          collect: (record: { position: number; created: boolean; changed: boolean }) => written.push(record),
        })),
        { onRestart: () => (written.length = 0) },
      );
      const placed = new Set(written.map((w) => w.position));
      const unplaced = rows.filter((row) => !placed.has(row.position));
      const ends = unplaced.length === 0 ? new Map() : await this.resolveEnds(unplaced.flatMap(({ record }) => [record.from, record.to]));
      for (const row of unplaced) {
        const reason = this.checkEnds(row.record, ends) ?? "an end of the relationship was deleted while the sync ran; run the sync again";
        this.reject("RELATIONSHIP", row.position, row.key, reason);
      }
      this.record(rows.filter((row) => placed.has(row.position)), written);
    });
  }

  /** Dry run: resolves the ends (actors the request would create count) and compares with what is stored. */
  private async checkRelationshipBatch(batch: ReadonlyArray<{ position: number; record: RelationshipRecord; key: string }>): Promise<void> {
    const ends = await this.resolveEnds(batch.flatMap(({ record }) => [record.from, record.to]));
    const rows: Array<{ position: number; type: SyncRelationshipType; from: string; to: string; props: Record<string, unknown>; key: string; virtual: boolean }> = [];
    for (const { position, record, key } of batch) {
      const problem = this.checkEnds(record, ends);
      if (problem) {
        this.reject("RELATIONSHIP", position, key, problem);
        continue;
      }
      const from = ends.get(refKey(record.from))!;
      const to = ends.get(refKey(record.to))!;
      rows.push({
        position, key, type: record.type, from: from.id, to: to.id, virtual: from.virtual || to.virtual,
        props: toStoredValues(record.props, { dates: DATES, integers: INTEGERS }),
      });
    }
    for (const [type, typeRows] of groupBy(rows, (row) => row.type)) {
      for (const row of typeRows.filter((r) => r.virtual)) this.outcomes.push({ kind: "RELATIONSHIP", position: row.position, key: row.key, outcome: "CREATED" });
      const real = typeRows.filter((r) => !r.virtual);
      const found = await this.db.read<{ position: number; created: boolean; changed: string[] }>(
        existingRelationshipsQuery(type as SyncRelationshipType),
        { rows: real },
      );
      this.record(real, found.map((f) => ({ ...f, changed: f.changed.length > 0 })));
    }
  }


  /** Outcomes of written or checked relationships; a row the database did not return lost an end meanwhile. */
  private record(
    rows: ReadonlyArray<{ position: number; key: string }>,
    results: ReadonlyArray<{ position: number; created: boolean; changed: boolean }>,
  ): void {
    const byPosition = new Map(results.map((r) => [r.position, r]));
    for (const row of rows) {
      const result = byPosition.get(row.position);
      if (!result) {
        this.reject("RELATIONSHIP", row.position, row.key, "an end of the relationship was deleted while the sync ran; run the sync again");
      } else {
        const outcome = result.created ? "CREATED" : result.changed ? "UPDATED" : "UNCHANGED";
        this.outcomes.push({ kind: "RELATIONSHIP", position: row.position, key: row.key, outcome });
      }
    }
  }

  /**
   * Runs one batch. If it fails (Neo4j went away, a timeout), its records without an outcome and
   * those of every later batch are rejected with the cause; earlier batches stay committed.
   */
  private async guard(
    kind: RecordKind,
    index: number,
    records: ReadonlyArray<{ position: number; key: string }>,
    work: () => Promise<void>,
  ): Promise<void> {
    if (this.failure) {
      for (const record of records) this.reject(kind, record.position, record.key, this.failure);
      return;
    }
    const before = this.outcomes.length;
    try {
      await work();
    } catch (error) {
      const cause = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
      this.failure =
        `not written: ${kind === "ACTOR" ? "actor" : "relationship"} batch ${index} failed (${cause}); ` +
        "earlier batches are committed. Run the same sync again to complete it.";
      this.batches.push({ kind, index, records: records.length, committed: false });
      const decided = new Set(this.outcomes.slice(before).map((o) => o.position));
      for (const record of records) {
        if (!decided.has(record.position)) this.reject(kind, record.position, record.key, this.failure);
      }
    }
  }

  /** Writes one batch in one transaction and reports it as committed. */
  private async commit<T>(kind: RecordKind, index: number, rows: readonly T[], write: (rows: readonly T[]) => Promise<void>): Promise<void> {
    await write(rows);
    const batch = { kind, index, records: rows.length, committed: true };
    this.batches.push(batch);
    await this.onBatch?.(batch);
  }

  private async resolveEnds(refs: readonly EndRef[]): Promise<Map<string, { id: string; label: string; virtual: boolean }>> {
    const unique = new Map(refs.map((ref) => [refKey(ref), ref]));
    const rows = await this.db.read<{ key: string; id: string; label: string }>(RESOLVE_ENDS, {
      refs: [...unique.entries()].map(([key, ref]) => ({
        key,
        id: "id" in ref ? ref.id : null,
        source: "id" in ref ? null : ref.source,
        externalId: "id" in ref ? null : ref.externalId,
      })),
    });
    const ends = new Map(rows.map((row) => [row.key, { id: row.id, label: row.label, virtual: false }]));
    for (const [key, ref] of unique) {
      if (ends.has(key) || "id" in ref || ref.source !== this.source) continue;
      const label = this.pending.get(ref.externalId);
      if (label) ends.set(key, { id: `(new ${ref.externalId})`, label, virtual: true });
    }
    return ends;
  }

  private checkEnds(record: RelationshipRecord, ends: Map<string, { label: string }>): string | undefined {
    const expected = SYNC_RELATIONSHIP_TYPES[record.type];
    for (const [side, ref, label] of [["from", record.from, expected.from], ["to", record.to, expected.to]] as const) {
      const end = ends.get(refKey(ref));
      if (!end) return `${side} end (${describeEnd(ref)}) does not exist: sync that actor first or in the same request`;
      if (end.label !== label) return `${side} end (${describeEnd(ref)}) is a ${end.label}, but ${record.type} goes from a ${expected.from} to a ${expected.to}`;
    }
    if (refKey(record.from) === refKey(record.to)) return "from and to are the same actor";
    return undefined;
  }

  private reject(kind: RecordKind, position: number, key: string, reason: string): void {
    this.outcomes.push({ kind, position, key, outcome: "REJECTED", reason: `${kind === "ACTOR" ? "actor" : "relationship"} ${position}${key ? ` (${key})` : ""}: ${reason}` });
  }
}

/** Query parameters naming one end: by id, or by (source, externalId); the other pair is null. */
function endParams(side: "from" | "to", ref: EndRef): Record<string, string | null> {
  return "id" in ref
    ? { [`${side}Id`]: ref.id, [`${side}Source`]: null, [`${side}ExternalId`]: null }
    : { [`${side}Id`]: null, [`${side}Source`]: ref.source, [`${side}ExternalId`]: ref.externalId };
}

function refKey(ref: EndRef): string {
  return "id" in ref ? `id:${ref.id}` : `key:${ref.source}\u0000${ref.externalId}`;
}

function keyOf(item: unknown, field: string): string {
  const value = item && typeof item === "object" ? (item as Record<string, unknown>)[field] : undefined;
  return typeof value === "string" ? value : "";
}

function relationshipKeyOf(item: unknown): string {
  return keyOf(item, "type");
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}
