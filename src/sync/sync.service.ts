import type { Database, NamedQuery } from "../db/database";
import { groupBy } from "../group-by";
import { toStoredValues } from "../db/neo4j-values";
import { Neo4jError } from "neo4j-driver";
import { DatabaseUnavailableError, InvalidInputError } from "../errors";
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
import { timeOrderedUuid } from "./time-ordered-id";

/**
 * What happened to a record. UNKNOWN: the connection to Neo4j was lost while the record's batch
 * was being committed, so it may or may not be stored; running the same sync again settles it
 * (a stored record then comes back UNCHANGED, a missing one CREATED).
 */
export type Outcome = "CREATED" | "UPDATED" | "UNCHANGED" | "REJECTED" | "UNKNOWN";

/** Every outcome, for counting. */
export const OUTCOMES: readonly Outcome[] = ["CREATED", "UPDATED", "UNCHANGED", "REJECTED", "UNKNOWN"];

/** A count of zero for every outcome. */
export function zeroCounts(): Record<Outcome, number> {
  return { CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 0, UNKNOWN: 0 };
}
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
  /** null: the connection was lost during the commit, whether it committed is unknown. */
  readonly committed: boolean | null;
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

/** Whether any property of the record differs from the stored one (null and absent are the same). */
const ANY_CHANGED = (v: string, row: string) =>
  `any(k IN keys(${row}.props) WHERE NOT coalesce(${v}[k] = ${row}.props[k], ${v}[k] IS NULL AND ${row}.props[k] IS NULL))`;
const RETIREMENT_CHANGED = `(row.retired = true AND n.retiredAt IS NULL) OR (row.retired = false AND n.retiredAt IS NOT NULL)`;

function upsertActorsQuery(label: ActorLabel): NamedQuery {
  return {
    name: `sync.upsertActors.${label}`,
    // MERGE on (source, externalId), backed by the uniqueness constraint, is safe against a
    // concurrent sync of the same keys: one index seek on the Actor key, as a plain MERGE would.
    // A new actor gets everything in ON CREATE SET, so it is written once and not compared; a
    // matched one is compared and rewritten only if something changed, so updatedAt and the
    // change feed move only then. A key that belongs to an actor of another label is matched but
    // left out (not returned); the caller explains it.
    cypher: `
      UNWIND $rows AS row
      MERGE (n:Actor {source: $source, externalId: row.externalId})
      ON CREATE SET n:${label}, n += row.props, n.id = row.newId, n.createdAt = datetime($now),
                    n.updatedAt = datetime($now), n.syncedAt = datetime($now)
      WITH row, n, coalesce(n.id = row.newId, false) AS created
      WHERE created OR n:${label}
      WITH row, n, created, NOT created AND (${ANY_CHANGED("n", "row")} OR ${RETIREMENT_CHANGED}) AS changed
      // The SET below also retires an actor created retired (rare, so not in ON CREATE SET).
      FOREACH (_ IN CASE WHEN changed OR (created AND row.retired = true) THEN [1] ELSE [] END |
        SET n += row.props, n.updatedAt = datetime($now), n.syncedAt = datetime($now),
            n.retiredAt = CASE row.retired WHEN true THEN coalesce(n.retiredAt, date(datetime($now)))
                                           WHEN false THEN null ELSE n.retiredAt END)
      // One record per statement, not one per row: less to send and to read back.
      RETURN collect(CASE WHEN created THEN row.position END) AS created,
             collect(CASE WHEN NOT created THEN [row.position, n.id, changed] END) AS matched`,
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

/** How a relationship row names one end: by (source, externalId) or by Ecograph id. */
type EndKind = "key" | "id";

/** The pattern that finds one end, with the label the relationship type requires. */
function endPattern(variable: string, label: ActorLabel, side: "from" | "to", kind: EndKind): string {
  return kind === "key"
    ? `(${variable}:${label} {source: coalesce(row.${side}Source, $source), externalId: row.${side}})`
    : `(${variable}:${label} {id: row.${side}})`;
}

function upsertRelationshipsQuery(type: SyncRelationshipType, fromKind: EndKind, toKind: EndKind): NamedQuery {
  const { from, to } = SYNC_RELATIONSHIP_TYPES[type];
  return {
    name: `sync.upsertRelationships.${type}.${fromKind}-${toKind}`,
    // Each end is found with one index seek, by (source, externalId) or by id as the row names
    // it (a row carries a source only if it is not the sync's own), and only with the label the
    // type requires; a row whose ends are not found is not returned (the caller explains it).
    // Relationship MERGE locks both end nodes before it creates, so concurrent syncs of the same
    // relationship leave one relationship. A new relationship gets everything in ON CREATE SET;
    // a matched one is compared and rewritten only if something changed.
    cypher: `
      UNWIND $rows AS row
      MATCH ${endPattern("a", from, "from", fromKind)}
      MATCH ${endPattern("b", to, "to", toKind)}
      WHERE a <> b
      MERGE (a)-[r:${type}${identity(type)}]->(b)
      ON CREATE SET r += row.props, r.id = row.newId, r.source = $source, r.syncedAt = datetime($now)
      WITH row, r, coalesce(r.id = row.newId, false) AS created
      WITH row, r, created, NOT created AND ${ANY_CHANGED("r", "row")} AS changed
      FOREACH (_ IN CASE WHEN changed THEN [1] ELSE [] END |
        SET r += row.props, r.source = $source, r.syncedAt = datetime($now))
      RETURN collect(CASE WHEN created THEN row.position END) AS created,
             collect(CASE WHEN NOT created THEN [row.position, changed] END) AS matched`,
  };
}

/** A valid actor record and the row its upsert takes. */
interface PreparedActor {
  readonly position: number;
  readonly key: string;
  readonly record: ActorRecord;
  readonly row: { position: number; externalId: string; retired: boolean | null; newId: string; props: Record<string, unknown> };
}

/** A valid relationship record and the row its upsert takes. */
interface PreparedRelationship {
  readonly position: number;
  readonly key: string;
  readonly record: RelationshipRecord;
  readonly params: Record<string, unknown>;
}

/** What an actor upsert returns: positions of the rows it created, and of those it matched. */
interface ActorUpsertResult {
  readonly created: number[];
  readonly matched: Array<[position: number, id: string, changed: boolean]>;
}

/** What a relationship upsert returns; rows it could not place are in neither list. */
interface RelationshipUpsertResult {
  readonly created: number[];
  readonly matched: Array<[position: number, changed: boolean]>;
}

/** Records validated and prepared between two turns of the event loop while a batch is written. */
const PREPARE_SLICE = 100;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
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
    const counts = zeroCounts();
    for (const o of this.outcomes) counts[o.outcome] += 1;
    const outcomes = [...this.outcomes].sort((a, b) => (a.kind === b.kind ? a.position - b.position : a.kind === "ACTOR" ? -1 : 1));
    return { source: this.source, dryRun: this.dryRun, complete: this.failure === undefined, counts, outcomes, batches: this.batches };
  }

  async actors(raw: readonly unknown[], fromText: boolean): Promise<void> {
    const seen = new Map<string, number>();
    await this.inBatches("ACTOR", raw, (item, position): PreparedActor | undefined => {
      const result = validateActor(item, fromText);
      const key = keyOf(item, "externalId");
      if ("reason" in result) {
        this.reject("ACTOR", position, key, result.reason);
        return undefined;
      }
      const record = result.ok;
      const first = seen.get(record.externalId);
      if (first !== undefined) {
        this.reject("ACTOR", position, key, `externalId ${JSON.stringify(key)} appears again; record ${first} already has it`);
        return undefined;
      }
      seen.set(record.externalId, position);
      const row = {
        position,
        externalId: record.externalId,
        retired: record.retired ?? null,
        newId: timeOrderedUuid(),
        props: toStoredValues(record.props, { dates: DATES, integers: INTEGERS }),
      };
      return { position, key: record.externalId, record, row };
    }, (index, batch) => this.actorBatch(index, batch));
  }

  private async actorBatch(index: number, batch: readonly PreparedActor[]): Promise<void> {
    const rows = batch.map(({ row }) => row);
    const byPosition = new Map(batch.map((b) => [b.position, b]));
    const records = new Map(batch.map((b) => [b.position, b.record]));
    if (this.dryRun) return this.checkActorBatch(rows, records);

    await this.commit("ACTOR", index, rows, async (toWrite) => {
      const created: number[] = [];
      const matched: Array<[position: number, id: string, changed: boolean]> = [];
      await this.write(
        [...groupBy(toWrite, (row) => records.get(row.position)!.label)].map(([label, labelRows]) => ({
          query: upsertActorsQuery(label as ActorLabel),
          params: { rows: labelRows, source: this.source, now: this.now },
          collect: (result: ActorUpsertResult) => {
            for (const position of result.created) created.push(position);
            for (const row of result.matched) matched.push(row);
          },
        })),
        { onRestart: () => ((created.length = 0), (matched.length = 0)) },
      );
      // A created actor's id is the one the row brought.
      for (const position of created) {
        const { key, row } = byPosition.get(position)!;
        this.outcomes.push({ kind: "ACTOR", position, key, outcome: "CREATED", id: row.newId });
      }
      for (const [position, id, changed] of matched) {
        this.outcomes.push({ kind: "ACTOR", position, key: byPosition.get(position)!.key, outcome: changed ? "UPDATED" : "UNCHANGED", id });
      }
      const placed = new Set([...created, ...matched.map(([position]) => position)]);
      const unplaced = rows.filter((row) => !placed.has(row.position));
      if (unplaced.length > 0) await this.checkActorBatch(unplaced, records);
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
    await this.inBatches("RELATIONSHIP", raw, (item, position): PreparedRelationship | undefined => {
      const result = validateRelationship(item, this.source, fromText);
      if ("reason" in result) {
        this.reject("RELATIONSHIP", position, relationshipKeyOf(item), result.reason);
        return undefined;
      }
      const record = result.ok;
      const key = `${record.type} ${describeEnd(record.from)} -> ${describeEnd(record.to)}`;
      // Only what the write reads goes over the wire.
      const params = {
        position, ...endParams("from", record.from, this.source), ...endParams("to", record.to, this.source), newId: timeOrderedUuid(),
        props: toStoredValues(record.props, { dates: DATES, integers: INTEGERS }),
      };
      return { position, key, record, params };
    }, (index, batch) => this.relationshipBatch(index, batch));
  }

  private async relationshipBatch(index: number, batch: readonly PreparedRelationship[]): Promise<void> {
    if (this.dryRun) return this.checkRelationshipBatch(batch);
    const rows: PreparedRelationship[] = [];
    for (const row of batch) {
      if (refKey(row.record.from) === refKey(row.record.to)) {
        this.reject("RELATIONSHIP", row.position, row.key, "from and to are the same actor");
      } else {
        rows.push(row);
      }
    }
    if (rows.length === 0) return;
    // The write finds the ends itself (by key or id, with the label the type requires), as a plain
    // UNWIND ... MERGE would: no extra round trip in the common case. Rows it could not place are
    // explained afterwards.
    await this.commit("RELATIONSHIP", index, rows, async () => {
      const written: Array<{ position: number; created: boolean; changed: boolean }> = [];
      await this.write(
        [...groupBy(rows, ({ record }) => `${record.type} ${endKind(record.from)} ${endKind(record.to)}`).values()].map((group) => ({
          query: upsertRelationshipsQuery(group[0]!.record.type, endKind(group[0]!.record.from), endKind(group[0]!.record.to)),
          params: { rows: group.map(({ params }) => params), source: this.source, now: this.now },
          collect: (result: RelationshipUpsertResult) => {
            for (const position of result.created) written.push({ position, created: true, changed: false });
            for (const [position, changed] of result.matched) written.push({ position, created: false, changed });
          },
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
   * Validates and prepares the records in order (`accept` returns undefined for a record it
   * rejected) and writes them in batches of `batchSize`, each batch after the one before (see
   * guard). The next batch is validated and prepared while the database writes the current one:
   * that work is cut in slices with a turn of the event loop in between, so the driver sends and
   * receives meanwhile, and the two processes (Node and Neo4j) work at the same time.
   */
  private async inBatches<T extends { position: number; key: string }>(
    kind: RecordKind,
    raw: readonly unknown[],
    accept: (item: unknown, position: number) => T | undefined,
    write: (index: number, batch: readonly T[]) => Promise<void>,
  ): Promise<void> {
    let writing: Promise<void> | undefined;
    let index = 0;
    let batch: T[] = [];
    const next = async () => {
      const current = batch;
      const at = index++;
      batch = [];
      await writing;
      writing = this.guard(kind, at, current, () => write(at, current));
    };
    try {
      for (let position = 0; position < raw.length; position++) {
        if (writing !== undefined && position % PREPARE_SLICE === 0) await nextTurn();
        const prepared = accept(raw[position], position);
        if (prepared === undefined) continue;
        batch.push(prepared);
        if (batch.length === this.batchSize) await next();
      }
      if (batch.length > 0) await next();
    } finally {
      // guard never rejects; a programming error in accept waits for the write in flight.
      await writing;
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
      const what = `${kind === "ACTOR" ? "actor" : "relationship"} batch ${index}`;
      this.failure =
        `not written: ${what} failed (${cause}); earlier batches are committed. Run the same sync again to complete it.`;
      const unknown = error instanceof CommitOutcomeUnknown;
      this.batches.push({ kind, index, records: records.length, committed: unknown ? null : false });
      const decided = new Set(this.outcomes.slice(before).map((o) => o.position));
      const reason = unknown
        ? `outcome unknown: the connection to Neo4j was lost while ${what} was being committed (${cause}), so it may or may not ` +
          "be stored. Run the same sync again: it settles these records (stored ones come back UNCHANGED, missing ones CREATED)."
        : this.failure;
      for (const record of records) {
        if (decided.has(record.position)) continue;
        if (unknown) this.unknown(kind, record.position, record.key, reason);
        else this.reject(kind, record.position, record.key, reason);
      }
    }
  }

  /**
   * writeAll, telling a failure after the commit was sent (the connection lost, so Neo4j may have
   * committed) from one before it or one Neo4j answered (rolled back: nothing written).
   */
  private async write(
    steps: Parameters<Database["writeAll"]>[0],
    options: { onRestart: () => void },
  ): Promise<void> {
    let committing = false;
    try {
      await this.db.writeAll(steps, { ...options, beforeCommit: () => (committing = true) });
    } catch (error) {
      if (committing && isConnectionLoss(error)) throw new CommitOutcomeUnknown(error);
      throw error;
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

  private checkEnds(record: RelationshipRecord, ends: Map<string, { id: string; label: string }>): string | undefined {
    const expected = SYNC_RELATIONSHIP_TYPES[record.type];
    for (const [side, ref, label] of [["from", record.from, expected.from], ["to", record.to, expected.to]] as const) {
      const end = ends.get(refKey(ref));
      if (!end) return `${side} end (${describeEnd(ref)}) does not exist: sync that actor first or in the same request`;
      if (end.label !== label) return `${side} end (${describeEnd(ref)}) is a ${end.label}, but ${record.type} goes from a ${expected.from} to a ${expected.to}`;
    }
    // Also when one end is named by id and the other by key.
    if (ends.get(refKey(record.from))!.id === ends.get(refKey(record.to))!.id) return "from and to are the same actor";
    return undefined;
  }

  private unknown(kind: RecordKind, position: number, key: string, reason: string): void {
    this.outcomes.push({ kind, position, key, outcome: "UNKNOWN", reason: `${kind === "ACTOR" ? "actor" : "relationship"} ${position}${key ? ` (${key})` : ""}: ${reason}` });
  }

  private reject(kind: RecordKind, position: number, key: string, reason: string): void {
    this.outcomes.push({ kind, position, key, outcome: "REJECTED", reason: `${kind === "ACTOR" ? "actor" : "relationship"} ${position}${key ? ` (${key})` : ""}: ${reason}` });
  }
}

/**
 * Query parameters naming one end: its id, or its externalId and, if it is not the sync's own,
 * its source (see endPattern).
 */
function endParams(side: "from" | "to", ref: EndRef, source: string): Record<string, string> {
  if ("id" in ref) return { [side]: ref.id };
  return ref.source === source ? { [side]: ref.externalId } : { [side]: ref.externalId, [`${side}Source`]: ref.source };
}

function endKind(ref: EndRef): EndKind {
  return "id" in ref ? "id" : "key";
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

/** A batch's commit was sent and the connection was lost before Neo4j answered. */
class CommitOutcomeUnknown extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "CommitOutcomeUnknown";
  }
}

/**
 * The driver lost Neo4j (no answer came), as opposed to an answer from Neo4j (a constraint, a
 * timeout: the transaction was rolled back).
 */
function isConnectionLoss(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (error instanceof Neo4jError) return !error.code.startsWith("Neo.");
  return false;
}
