import type { Database } from "../db/database";
import { groupBy } from "../group-by";
import { toStoredValues } from "../db/neo4j-values";
import { Neo4jError } from "neo4j-driver";
import { DatabaseUnavailableError, InvalidInputError } from "../errors";
import {
  describeEnd,
  fitsLabel,
  linkFieldOf,
  REGION_LEVELS,
  SYNC_RELATIONSHIP_TYPES,
  validateActor,
  validateRelationship,
  validateStructure,
  type ActorLabel,
  type ActorRecord,
  type EndLabel,
  type EndRef,
  type RelationshipRecord,
  type StructureLabel,
  type StructureRecord,
  type SyncRelationshipType,
} from "./sync-records";
import {
  existingNodesQuery,
  existingRelationshipsQuery,
  REBUILD_FEEDS,
  RESOLVE_ENDS,
  resolveStructureQuery,
  setLinksQuery,
  STAGES_OF_CHAINS,
  storedStructureQuery,
  upsertNodesQuery,
  upsertRelationshipsQuery,
  type EndKind,
} from "./sync-queries";
import { timeOrderedUuid } from "./time-ordered-id";

export { RESOLVE_ENDS } from "./sync-queries";

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

/** The kinds of record, in the order a sync writes them (so a record may name one of an earlier kind). */
export const RECORD_KINDS = ["REGION", "CHAIN", "STAGE", "ACTOR", "RELATIONSHIP"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

const KIND_OF_LABEL: Record<StructureLabel, RecordKind> = { Region: "REGION", IndustrialChain: "CHAIN", ChainStage: "STAGE" };
const WORD: Record<RecordKind, string> = { REGION: "region", CHAIN: "chain", STAGE: "stage", ACTOR: "actor", RELATIONSHIP: "relationship" };

export interface RecordOutcome {
  readonly kind: RecordKind;
  /** Position of the record in its list (regions, chains, stages, actors or relationships), 0-based. */
  readonly position: number;
  /** The node's externalId, or "TYPE from -> to" (and " #externalId") for a relationship. */
  readonly key: string;
  readonly outcome: Outcome;
  readonly reason?: string;
  /** Ecograph id of the node (not in a dry run for new nodes). */
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

/** A node a dry run split over several requests would create, so later requests may name it. */
export interface PendingNode {
  readonly label: string;
  readonly level?: string | undefined;
}

export interface SyncRequest {
  readonly source: string;
  readonly regions?: readonly unknown[] | undefined;
  readonly chains?: readonly unknown[] | undefined;
  readonly stages?: readonly unknown[] | undefined;
  readonly actors?: readonly unknown[] | undefined;
  readonly relationships?: readonly unknown[] | undefined;
  readonly dryRun?: boolean | undefined;
  /** Records were read from text (CSV): numbers and booleans may come as strings. */
  readonly fromText?: boolean | undefined;
  /**
   * A dry run split over several requests (an import, chunk by chunk): the nodes earlier
   * requests would create, by `nodeKey(keyLabel, externalId)`, so later records may name them.
   * The run adds its own to it.
   */
  readonly dryRunCreated?: Map<string, PendingNode> | undefined;
  /**
   * Nodes of this source rejected by earlier requests of the same import, by
   * `nodeKey(keyLabel, externalId)`, with where and why: a record naming one says so instead of
   * "does not exist". The run adds its own to it.
   */
  readonly rejectedEarlier?: Map<string, string> | undefined;
}

export interface SyncLimits {
  /** Most records (all kinds together) one request may carry. */
  readonly maxRecords: number;
  /** Records per write transaction. */
  readonly batchSize: number;
}

export interface SyncOptions {
  /**
   * The id a new node gets; by default a time-ordered UUID. The sample seed passes stable ids
   * derived from its keys, so its ids can appear in documentation.
   */
  readonly newNodeId?: (label: string, externalId: string) => string;
}

/** Called after each committed batch (progress bars, tests). */
export type BatchListener = (batch: BatchReport) => void | Promise<void>;

const SOURCE = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const DATES = ["since", "until"];
const INTEGERS = ["foundedYear", "employees", "position", "minFirms"];

/** The key space of a label: the four actor labels share one (`Actor`), the structure labels have their own. */
export function keyLabelOf(label: string): string {
  return label === "Region" || label === "IndustrialChain" || label === "ChainStage" ? label : "Actor";
}

/** The key of a node within one source, across requests: key label and externalId. */
export function nodeKey(keyLabel: string, externalId: string): string {
  return `${keyLabel}\u0000${externalId}`;
}

/** A valid node record and the row its upsert takes. */
interface PreparedNode {
  readonly position: number;
  readonly key: string;
  readonly label: string;
  readonly row: { position: number; externalId: string; retired: boolean | null; newId: string; props: Record<string, unknown> };
}

interface PreparedStructure extends PreparedNode {
  readonly record: StructureRecord;
  /** Where the link points, once resolved: a stored node, or a record of this request. */
  target?: { id: string | undefined; level: string | undefined; inRequest: PreparedStructure | undefined; describe: string };
  /** What the graph holds for this record's key. */
  stored?: StoredStructure;
}

interface StoredStructure {
  readonly id: string;
  readonly level: string | null;
  readonly linkId: string | null;
  readonly linkLevel: string | null;
  readonly children: ReadonlyArray<{ source: string; externalId: string; level: string; name: string }>;
}

/** A valid relationship record and the row its upsert takes. */
interface PreparedRelationship {
  readonly position: number;
  readonly key: string;
  readonly record: RelationshipRecord;
  readonly params: Record<string, unknown>;
}

/** What a node upsert returns: positions of the rows it created, and of those it matched. */
interface NodeUpsertResult {
  readonly created: number[];
  readonly matched: Array<[position: number, id: string, changed: boolean]>;
}

/** What a relationship upsert returns; rows it could not place are in neither list. */
interface RelationshipUpsertResult {
  readonly created: number[];
  readonly matched: Array<[position: number, changed: boolean]>;
}

interface ResolvedEnd {
  readonly id: string;
  readonly label: string;
  readonly virtual: boolean;
}

/** Records validated and prepared between two turns of the event loop while a batch is written. */
const PREPARE_SLICE = 100;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Idempotent bulk upsert of partner data keyed by the partner's own ids (`source`, `externalId`).
 * Every record gets an outcome; a record that cannot be taken is rejected with its reason and
 * the rest still go in. Kinds are written in dependency order (regions, chains, stages, actors,
 * relationships) and links between structure records after all records of their kind, so
 * records may come in any order within one request and may name records of the same request.
 * Each batch is one transaction; if one fails, the report says which batches committed and the
 * records not written are rejected with the cause. Running the same request again completes it
 * without duplicates.
 */
export class SyncService {
  constructor(
    private readonly db: Database,
    private readonly limits: SyncLimits,
    private readonly options: SyncOptions = {},
  ) {}

  async sync(request: SyncRequest, onBatch?: BatchListener): Promise<SyncReport> {
    const { source } = request;
    if (typeof source !== "string" || !SOURCE.test(source)) {
      throw new InvalidInputError(
        `source must be 1 to 100 letters, digits, '.', '_', ':' or '-' (starting with a letter or digit), but got: ${JSON.stringify(source)}`,
      );
    }
    const lists = {
      regions: request.regions ?? [],
      chains: request.chains ?? [],
      stages: request.stages ?? [],
      actors: request.actors ?? [],
      relationships: request.relationships ?? [],
    };
    const total = Object.values(lists).reduce((sum, list) => sum + list.length, 0);
    if (total > this.limits.maxRecords) {
      throw new InvalidInputError(
        `A sync request may carry at most ${this.limits.maxRecords} records (SYNC_MAX_RECORDS), but this one has ${total}. ` +
          "Split it into several requests, or use the import CLI, which batches by itself. Nothing was written.",
      );
    }
    const fromText = request.fromText ?? false;
    const run = new SyncRun(
      this.db,
      source,
      request.dryRun ?? false,
      this.limits.batchSize,
      onBatch,
      request.dryRunCreated ?? new Map(),
      request.rejectedEarlier ?? new Map(),
      this.options.newNodeId ?? (() => timeOrderedUuid()),
    );
    await run.structure("Region", lists.regions, fromText);
    await run.structure("IndustrialChain", lists.chains, fromText);
    await run.structure("ChainStage", lists.stages, fromText);
    await run.actors(lists.actors, fromText);
    await run.relationships(lists.relationships, fromText);
    return run.report();
  }
}

/** The state of one sync request. */
class SyncRun {
  private readonly outcomes: RecordOutcome[] = [];
  /** Index in `outcomes` by kind and position, so a later step can revise an outcome. */
  private readonly outcomeAt = new Map<string, number>();
  private readonly batches: BatchReport[] = [];
  private failure: string | undefined;
  private readonly now = new Date().toISOString();
  /** Structure records of this request by nodeKey, for records of the request that name them. */
  private readonly inRequest = new Map<string, PreparedStructure>();

  /** `pending`: in a dry run, nodes the import would create, so its records may name them. */
  constructor(
    private readonly db: Database,
    private readonly source: string,
    private readonly dryRun: boolean,
    private readonly batchSize: number,
    private readonly onBatch: BatchListener | undefined,
    private readonly pending: Map<string, PendingNode>,
    private readonly rejected: Map<string, string>,
    private readonly newNodeId: (label: string, externalId: string) => string,
  ) {}

  report(): SyncReport {
    const counts = zeroCounts();
    for (const o of this.outcomes) counts[o.outcome] += 1;
    const order = (kind: RecordKind) => RECORD_KINDS.indexOf(kind);
    const outcomes = [...this.outcomes].sort((a, b) => order(a.kind) - order(b.kind) || a.position - b.position);
    return { source: this.source, dryRun: this.dryRun, complete: this.failure === undefined, counts, outcomes, batches: this.batches };
  }

  // --- structure: regions, chains, stages ------------------------------------------------------

  /**
   * Regions, chains or stages: validated one by one, then checked against each other and the
   * graph (links that exist, levels, positions), then written in batches; the links (PART_OF,
   * ANCHORED_IN, HAS_STAGE) after every record of the kind, so a record may name one that comes
   * later in the list; FEEDS follows the stages' positions.
   */
  async structure(label: StructureLabel, raw: readonly unknown[], fromText: boolean): Promise<void> {
    if (raw.length === 0) return;
    const kind = KIND_OF_LABEL[label];
    const prepared: PreparedStructure[] = [];
    const seen = new Map<string, number>();
    raw.forEach((item, position) => {
      const key = keyOf(item, "externalId");
      const result = validateStructure(label, item, this.source, fromText);
      if ("reason" in result) return this.reject(kind, position, key, result.reason);
      const record = result.ok;
      const first = seen.get(record.externalId);
      if (first !== undefined) {
        return this.reject(kind, position, key, `externalId ${JSON.stringify(key)} appears again; ${WORD[kind]} ${first} already has it`, false);
      }
      seen.set(record.externalId, position);
      const entry: PreparedStructure = {
        position,
        key: record.externalId,
        label,
        record,
        row: {
          position,
          externalId: record.externalId,
          retired: record.retired ?? null,
          newId: this.newNodeId(label, record.externalId),
          props: toStoredValues(record.props, { dates: DATES, integers: INTEGERS }),
        },
      };
      prepared.push(entry);
      this.inRequest.set(nodeKey(label, record.externalId), entry);
    });
    if (prepared.length === 0) return;

    let accepted: PreparedStructure[];
    try {
      accepted = await this.checkStructure(label, prepared);
    } catch (error) {
      // Reading what the checks need failed: nothing of this kind is written.
      const cause = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
      this.failure ??= `not written: the ${WORD[kind]} checks could not read the graph (${cause}). Run the same sync again.`;
      for (const entry of prepared) if (!this.outcomeAt.has(`${kind}:${entry.position}`)) this.reject(kind, entry.position, entry.key, this.failure);
      return;
    }
    await this.inBatches(kind, accepted, (item) => item as PreparedStructure, (index, batch) => this.nodeBatch(kind, label, index, batch));
    await this.links(label, accepted);
  }

  /** Resolves links and applies the rules of the kind; returns the records that pass, rejects the others. */
  private async checkStructure(label: StructureLabel, prepared: PreparedStructure[]): Promise<PreparedStructure[]> {
    const kind = KIND_OF_LABEL[label];
    const linkField = linkFieldOf(label);
    const stored = await this.db.read<{ key: string } & StoredStructure>(storedStructureQuery(label), {
      source: this.source,
      keys: prepared.map((p) => p.key),
    });
    const storedByKey = new Map(stored.map((row) => [row.key, row]));
    for (const entry of prepared) {
      const row = storedByKey.get(entry.key);
      if (row) entry.stored = row;
    }

    // Links to records outside this request are looked up in the graph.
    const outside = new Map<string, EndRef>();
    for (const entry of prepared) {
      const ref = entry.record.link;
      if (ref && !this.linkInRequest(ref, linkField.label)) outside.set(refKey(ref), ref);
    }
    const found =
      outside.size === 0
        ? []
        : await this.db.read<{ key: string; id: string; source: string | null; externalId: string | null; level: string | null }>(
            resolveStructureQuery(linkField.label),
            { refs: [...outside.entries()].map(([key, ref]) => refParams(key, ref)) },
          );
    const foundByKey = new Map(found.map((row) => [row.key, row]));

    const bad = new Map<PreparedStructure, string>();
    for (const entry of prepared) {
      const ref = entry.record.link;
      if (!ref) continue;
      const inRequest = this.linkInRequest(ref, linkField.label);
      const described = `${linkField.field} ${describeEnd(ref)}`;
      if (inRequest) {
        entry.target = { id: inRequest.stored?.id, level: inRequest.record.props.level as string | undefined, inRequest, describe: described };
        continue;
      }
      const row = foundByKey.get(refKey(ref));
      const pending = "id" in ref || ref.source !== this.source ? undefined : this.pending.get(nodeKey(linkField.label, ref.externalId));
      if (row) entry.target = { id: row.id, level: row.level ?? undefined, inRequest: undefined, describe: described };
      else if (pending) entry.target = { id: undefined, level: pending.level, inRequest: undefined, describe: described };
      else {
        const earlier = "id" in ref ? undefined : this.rejected.get(nodeKey(linkField.label, ref.externalId));
        bad.set(
          entry,
          earlier
            ? `its ${described} was rejected ${earlier}`
            : `${described} does not exist: sync that ${linkField.label} first, or in the same request`,
        );
      }
    }

    if (label === "Region") this.checkRegions(prepared, bad);
    if (label === "ChainStage") await this.checkStages(prepared, bad);

    // A record whose link points at a rejected record of this request cannot be written either.
    let changed = true;
    while (changed) {
      changed = false;
      for (const entry of prepared) {
        const target = entry.target?.inRequest;
        const decided = target && this.outcomeOf(KIND_OF_LABEL[target.label as StructureLabel], target.position);
        if (!bad.has(entry) && target && (bad.has(target) || decided?.outcome === "REJECTED")) {
          const reason = bad.get(target) ?? decided!.reason;
          bad.set(entry, `its ${entry.target!.describe} is rejected in this request (${reason})`);
          changed = true;
        }
      }
    }
    for (const [entry, reason] of bad) this.reject(kind, entry.position, entry.key, reason);
    return prepared.filter((entry) => !bad.has(entry));
  }

  /** The structure record of this request a link names, if it does. */
  private linkInRequest(ref: EndRef, label: StructureLabel): PreparedStructure | undefined {
    if ("id" in ref) {
      for (const entry of this.inRequest.values()) if (entry.label === label && entry.stored?.id === ref.id) return entry;
      return undefined;
    }
    return ref.source === this.source ? this.inRequest.get(nodeKey(label, ref.externalId)) : undefined;
  }

  /**
   * A region's parent is of a higher level (COUNTRY > PROVINCE > CITY > DISTRICT; levels may be
   * skipped, e.g. a district of a province-level city), the region is not its own ancestor, and a
   * stored sub-region still fits under the region's new level. Levels strictly rise towards the
   * root, so together these rules keep the hierarchy free of cycles.
   */
  private checkRegions(prepared: readonly PreparedStructure[], bad: Map<PreparedStructure, string>): void {
    const rank = (level: string | null | undefined) => (level ? REGION_LEVELS.indexOf(level as (typeof REGION_LEVELS)[number]) : -1);
    for (const entry of prepared) {
      if (bad.has(entry)) continue;
      const level = entry.record.props.level as string;
      // Walk up through the request's own records: a loop there is reported as such.
      const path = [entry.key];
      let step = entry.target?.inRequest;
      let loops = false;
      while (step) {
        path.push(step.key);
        if (step === entry) {
          loops = true;
          break;
        }
        if (path.length > prepared.length + 1) break;
        step = step.target?.inRequest;
      }
      if (entry.record.link && ((entry.target?.inRequest === entry) || (entry.stored && entry.target?.id === entry.stored.id))) {
        bad.set(entry, "parent is the region itself");
        continue;
      }
      if (loops) {
        bad.set(entry, `parent makes a cycle: ${path.join(" → ")}; a region cannot be inside itself`);
        continue;
      }
      // The parent that will hold: the record's, or the stored one when the record leaves it.
      const parentLevel = entry.record.link === undefined ? entry.stored?.linkLevel : entry.record.link === null ? null : entry.target?.level;
      if (parentLevel && rank(parentLevel) >= rank(level)) {
        bad.set(
          entry,
          `level ${level} does not fit under its ${entry.record.link ? entry.target!.describe : "stored parent"} (${parentLevel}): ` +
            `a parent must be of a higher level (${REGION_LEVELS.join(" > ")})`,
        );
        continue;
      }
      for (const child of entry.stored?.children ?? []) {
        const childInRequest = child.source === this.source ? this.inRequest.get(nodeKey("Region", child.externalId)) : undefined;
        if (childInRequest) continue; // checked as a record of its own
        if (rank(child.level) <= rank(level)) {
          bad.set(entry, `level ${level} is not above that of its sub-region ${child.source}/${child.externalId} (${child.level}); change or move the sub-region in the same request`);
          break;
        }
      }
    }
  }

  /**
   * A stage stays in its chain (retire it and add a new one to move it), and its position is
   * taken by one active stage per chain: the stored stages not in the request keep theirs.
   */
  private async checkStages(prepared: readonly PreparedStructure[], bad: Map<PreparedStructure, string>): Promise<void> {
    for (const entry of prepared) {
      if (bad.has(entry) || !entry.stored?.linkId || !entry.target) continue;
      const chainId = entry.target.id;
      if (chainId !== entry.stored.linkId) {
        bad.set(entry, `chain: the stage belongs to another chain (id ${entry.stored.linkId}); a stage does not move: retire it and sync a new one in ${entry.target.describe}`);
      }
    }
    const chainOf = (entry: PreparedStructure) => entry.target!.id ?? `new:${entry.target!.inRequest?.key ?? entry.target!.describe}`;
    const storedChainIds = [...new Set(prepared.flatMap((e) => (e.target?.id ? [e.target.id] : [])))];
    const storedStages =
      storedChainIds.length === 0
        ? []
        : await this.db.read<{ chainId: string; source: string; externalId: string; name: string; position: number }>(STAGES_OF_CHAINS, { chainIds: storedChainIds });
    const taken = new Map<string, Map<number, string>>();
    const take = (chain: string, position: number, by: string) => {
      const positions = taken.get(chain) ?? new Map<number, string>();
      taken.set(chain, positions);
      const holder = positions.get(position);
      if (holder === undefined) positions.set(position, by);
      return holder;
    };
    for (const stage of storedStages) {
      const inRequest = stage.source === this.source ? this.inRequest.get(nodeKey("ChainStage", stage.externalId)) : undefined;
      // A stored stage that the request changes holds its position only if the record is refused.
      if (inRequest && !bad.has(inRequest)) continue;
      take(stage.chainId, Number(stage.position), `stored stage ${stage.source}/${stage.externalId} (${stage.name})`);
    }
    for (const entry of prepared) {
      if (bad.has(entry) || entry.record.retired === true || !entry.target) continue;
      const position = entry.record.props.position as number;
      const holder = take(chainOf(entry), position, `stage ${entry.position} (${entry.key})`);
      if (holder !== undefined) bad.set(entry, `position ${position} is already taken in ${entry.target.describe} by ${holder}; positions are unique within a chain`);
    }
  }

  /**
   * Writes the links of the written structure records whose link changes, and keeps FEEDS in
   * step for the chains whose stages were written. A record whose link changed is UPDATED even
   * when its properties are unchanged.
   */
  private async links(label: StructureLabel, accepted: readonly PreparedStructure[]): Promise<void> {
    const kind = KIND_OF_LABEL[label];
    const rows: Array<{ position: number; key: string; id: string; targetId: string | null }> = [];
    for (const entry of accepted) {
      const at = this.outcomeAt.get(`${kind}:${entry.position}`);
      const outcome = at === undefined ? undefined : this.outcomes[at]!;
      if (!outcome || outcome.outcome === "REJECTED") continue;
      // A stage that is retired leaves its chain (HAS_STAGE and FEEDS go; the node and its retiredAt stay).
      const wanted: EndRef | null | undefined = label === "ChainStage" && entry.record.retired === true ? null : entry.record.link;
      if (wanted === undefined) continue;
      let targetId: string | null = null;
      if (wanted !== null) {
        const target = entry.target!;
        if (target.inRequest) {
          const targetAt = this.outcomeAt.get(`${KIND_OF_LABEL[target.inRequest.label as StructureLabel]}:${target.inRequest.position}`);
          const targetOutcome = targetAt === undefined ? undefined : this.outcomes[targetAt]!;
          if (!targetOutcome || targetOutcome.outcome === "REJECTED") {
            this.revise(kind, entry.position, { outcome: "REJECTED", reason: this.reason(kind, entry.position, entry.key, `its ${target.describe} was not written (${targetOutcome?.reason ?? "rejected"})`) });
            continue;
          }
          targetId = targetOutcome.id ?? null;
        } else {
          targetId = target.id ?? null;
        }
      }
      const current = entry.stored?.linkId ?? null;
      // In a dry run a new target has no id yet: the link would change.
      const changes = targetId === null && wanted !== null ? true : current !== targetId;
      if (!changes) continue;
      if (outcome.outcome === "UNCHANGED") this.revise(kind, entry.position, { outcome: "UPDATED" });
      if (outcome.id) rows.push({ position: entry.position, key: entry.key, id: outcome.id, targetId });
    }
    if (this.dryRun) return;
    const chainIds = label === "ChainStage" ? this.chainsOf(accepted) : [];
    if (rows.length === 0 && chainIds.length === 0) return;
    await this.guard(kind, this.batches.filter((b) => b.kind === kind).length, rows, () =>
      this.commit(kind, this.batches.filter((b) => b.kind === kind).length, rows, async () => {
        const statements: Array<{ query: import("../db/database").NamedQuery; params: Record<string, unknown> }> = [];
        for (let i = 0; i < rows.length; i += this.batchSize) {
          statements.push({ query: setLinksQuery(label), params: { rows: rows.slice(i, i + this.batchSize), source: this.source, now: this.now } });
        }
        if (chainIds.length > 0) statements.push({ query: REBUILD_FEEDS, params: { chainIds, source: this.source, now: this.now } });
        await this.write(statements.map((s) => ({ ...s, collect: () => undefined })));
      }),
    );
  }

  /** The chains whose stages this request wrote (their current and their stored chain). */
  private chainsOf(accepted: readonly PreparedStructure[]): string[] {
    const ids = new Set<string>();
    for (const entry of accepted) {
      const at = this.outcomeAt.get(`STAGE:${entry.position}`);
      if (at === undefined || this.outcomes[at]!.outcome === "REJECTED") continue;
      if (entry.stored?.linkId) ids.add(entry.stored.linkId);
      const target = entry.target;
      if (target?.id) ids.add(target.id);
      else if (target?.inRequest) {
        const chainAt = this.outcomeAt.get(`CHAIN:${target.inRequest.position}`);
        const id = chainAt === undefined ? undefined : this.outcomes[chainAt]!.id;
        if (id) ids.add(id);
      }
    }
    return [...ids];
  }

  // --- actors ------------------------------------------------------------------------------------

  async actors(raw: readonly unknown[], fromText: boolean): Promise<void> {
    const seen = new Map<string, number>();
    await this.inBatches("ACTOR", raw, (item, position): (PreparedNode & { record: ActorRecord }) | undefined => {
      const result = validateActor(item, fromText);
      const key = keyOf(item, "externalId");
      if ("reason" in result) {
        this.reject("ACTOR", position, key, result.reason);
        return undefined;
      }
      const record = result.ok;
      const first = seen.get(record.externalId);
      if (first !== undefined) {
        this.reject("ACTOR", position, key, `externalId ${JSON.stringify(key)} appears again; record ${first} already has it`, false);
        return undefined;
      }
      seen.set(record.externalId, position);
      const row = {
        position,
        externalId: record.externalId,
        retired: record.retired ?? null,
        newId: this.newNodeId(record.label, record.externalId),
        props: toStoredValues(record.props, { dates: DATES, integers: INTEGERS }),
      };
      return { position, key: record.externalId, label: record.label, record, row };
    }, (index, batch) => this.nodeBatch("ACTOR", "Actor", index, batch));
  }

  /** Writes one batch of nodes (grouped by label), or in a dry run compares it with the graph. */
  private async nodeBatch(kind: RecordKind, keyLabel: string, index: number, batch: readonly PreparedNode[]): Promise<void> {
    const rows = batch.map(({ row }) => row);
    const byPosition = new Map(batch.map((b) => [b.position, b]));
    if (this.dryRun) return this.checkNodeBatch(kind, keyLabel, rows, byPosition);

    await this.commit(kind, index, rows, async (toWrite) => {
      const created: number[] = [];
      const matched: Array<[position: number, id: string, changed: boolean]> = [];
      await this.write(
        [...groupBy(toWrite, (row) => byPosition.get(row.position)!.label)].map(([label, labelRows]) => ({
          query: upsertNodesQuery(keyLabel, label),
          params: { rows: labelRows, source: this.source, now: this.now },
          collect: (result: NodeUpsertResult) => {
            for (const position of result.created) created.push(position);
            for (const row of result.matched) matched.push(row);
          },
        })),
        { onRestart: () => ((created.length = 0), (matched.length = 0)) },
      );
      // A created node's id is the one the row brought.
      for (const position of created) {
        const { key, row } = byPosition.get(position)!;
        this.push({ kind, position, key, outcome: "CREATED", id: row.newId });
      }
      for (const [position, id, changed] of matched) {
        this.push({ kind, position, key: byPosition.get(position)!.key, outcome: changed ? "UPDATED" : "UNCHANGED", id });
      }
      const placed = new Set([...created, ...matched.map(([position]) => position)]);
      const unplaced = rows.filter((row) => !placed.has(row.position));
      if (unplaced.length > 0) await this.checkNodeBatch(kind, keyLabel, unplaced, byPosition);
    });
  }

  /**
   * Compares node rows with what is stored, without writing: the outcomes of a dry run, and the
   * reason for rows the write left out (a key taken by an actor of another label).
   */
  private async checkNodeBatch(
    kind: RecordKind,
    keyLabel: string,
    rows: ReadonlyArray<{ position: number; externalId: string }>,
    byPosition: ReadonlyMap<number, PreparedNode>,
  ): Promise<void> {
    const existing = await this.db.read<{ position: number; id: string | null; label: string | null; changed: string[] }>(
      existingNodesQuery(keyLabel),
      { rows, source: this.source },
    );
    for (const row of existing) {
      const record = byPosition.get(row.position)!;
      if (row.label !== null && row.label !== record.label) {
        this.reject(kind, row.position, record.key, `${this.source}/${record.key} is already a ${row.label}; it cannot become a ${record.label}`);
      } else if (!this.dryRun) {
        this.reject(kind, row.position, record.key, "the record changed while the sync ran; run the sync again");
      } else {
        if (row.id === null) {
          const level = (record as Partial<PreparedStructure>).record?.props?.level as string | undefined;
          this.pending.set(nodeKey(keyLabel, record.key), { label: record.label, level });
        }
        const outcome = row.id === null ? "CREATED" : row.changed.length > 0 ? "UPDATED" : "UNCHANGED";
        this.push({ kind, position: row.position, key: record.key, outcome, ...(row.id && { id: row.id }) });
      }
    }
  }

  // --- relationships -----------------------------------------------------------------------------

  async relationships(raw: readonly unknown[], fromText: boolean): Promise<void> {
    await this.inBatches("RELATIONSHIP", raw, (item, position): PreparedRelationship | undefined => {
      const result = validateRelationship(item, this.source, fromText);
      if ("reason" in result) {
        this.reject("RELATIONSHIP", position, relationshipKeyOf(item), result.reason);
        return undefined;
      }
      const record = result.ok;
      const key = `${record.type} ${describeEnd(record.from)} -> ${describeEnd(record.to)}${record.externalId ? ` #${record.externalId}` : ""}`;
      // Only what the write reads goes over the wire.
      const params = {
        position, ...endParams("from", record.from, this.source), ...endParams("to", record.to, this.source), newId: timeOrderedUuid(),
        ...(record.externalId !== undefined && { externalId: record.externalId }),
        props: toStoredValues(record.props, { dates: DATES, integers: INTEGERS }),
      };
      return { position, key, record, params };
    }, (index, batch) => this.relationshipBatch(index, batch));
  }

  private async relationshipBatch(index: number, batch: readonly PreparedRelationship[]): Promise<void> {
    const rows: PreparedRelationship[] = [];
    for (const row of batch) {
      if (refKey(row.record.from) === refKey(row.record.to)) {
        this.reject("RELATIONSHIP", row.position, row.key, "from and to are the same actor");
      } else {
        rows.push(row);
      }
    }
    if (rows.length === 0) return;
    if (this.dryRun) return this.checkRelationshipBatch(rows);
    // The write finds the ends itself (by key or id, with the label the type requires), as a plain
    // UNWIND ... MERGE would: no extra round trip in the common case. Rows it could not place are
    // explained afterwards.
    await this.commit("RELATIONSHIP", index, rows, async () => {
      const written: Array<{ position: number; created: boolean; changed: boolean }> = [];
      const group = ({ record }: PreparedRelationship) => `${record.type} ${endKind(record.from)} ${endKind(record.to)} ${record.externalId !== undefined}`;
      await this.write(
        [...groupBy(rows, group).values()].map((members) => ({
          query: upsertRelationshipsQuery(members[0]!.record.type, endKind(members[0]!.record.from), endKind(members[0]!.record.to), members[0]!.record.externalId !== undefined),
          params: { rows: members.map(({ params }) => params), source: this.source, now: this.now },
          collect: (result: RelationshipUpsertResult) => {
            for (const position of result.created) written.push({ position, created: true, changed: false });
            for (const [position, changed] of result.matched) written.push({ position, created: false, changed });
          },
        })),
        { onRestart: () => (written.length = 0) },
      );
      const placed = new Set(written.map((w) => w.position));
      const unplaced = rows.filter((row) => !placed.has(row.position));
      if (unplaced.length > 0) await this.checkRelationshipBatch(unplaced);
      this.record(rows.filter((row) => placed.has(row.position)), written);
    });
  }

  /**
   * Resolves the ends (nodes the import would create count in a dry run) and compares with what is
   * stored: the outcomes of a dry run, and the reason for rows a write left out.
   */
  private async checkRelationshipBatch(batch: readonly PreparedRelationship[]): Promise<void> {
    const ends = await this.resolveEnds(batch.flatMap(({ record }) => [record.from, record.to]));
    const rows: Array<{ position: number; type: SyncRelationshipType; from: string; to: string; externalId: string | null; props: Record<string, unknown>; key: string; virtual: boolean }> = [];
    for (const { position, record, key } of batch) {
      const checked = this.checkEnds(record, ends);
      if (typeof checked === "string") {
        this.reject("RELATIONSHIP", position, key, checked);
        continue;
      }
      rows.push({
        position, key, type: record.type, from: checked.from.id, to: checked.to.id, virtual: checked.from.virtual || checked.to.virtual,
        externalId: record.externalId ?? null,
        props: toStoredValues(record.props, { dates: DATES, integers: INTEGERS }),
      });
    }
    for (const [type, typeRows] of groupBy(rows, (row) => row.type)) {
      for (const row of typeRows.filter((r) => r.virtual)) this.push({ kind: "RELATIONSHIP", position: row.position, key: row.key, outcome: "CREATED" });
      const real = typeRows.filter((r) => !r.virtual);
      if (real.length === 0) continue;
      const found = await this.db.read<{ position: number; created: boolean; changed: string[]; keyElsewhere: boolean; keyEnds: string[] | null; keyedBetween: boolean }>(
        existingRelationshipsQuery(type as SyncRelationshipType),
        { rows: real, source: this.source },
      );
      const byPosition = new Map(found.map((f) => [f.position, f]));
      const fine: typeof real = [];
      for (const row of real) {
        const f = byPosition.get(row.position);
        if (f?.keyElsewhere) {
          this.reject("RELATIONSHIP", row.position, row.key, `externalId ${JSON.stringify(row.externalId)} of ${type} already joins other ends (${(f.keyEnds ?? []).join(" -> ")}); a relationship's ends do not change: end it with until and sync a new one with another externalId`);
        } else if (f?.keyedBetween) {
          this.reject("RELATIONSHIP", row.position, row.key, `these ends already have ${type} relationships with their own externalId: give this record its externalId too`);
        } else if (!this.dryRun) {
          this.reject("RELATIONSHIP", row.position, row.key, "an end of the relationship changed while the sync ran; run the sync again");
        } else {
          fine.push(row);
        }
      }
      this.record(fine, found.filter((f) => fine.some((r) => r.position === f.position)).map((f) => ({ ...f, changed: f.changed.length > 0 })));
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
        this.push({ kind: "RELATIONSHIP", position: row.position, key: row.key, outcome });
      }
    }
  }

  private async resolveEnds(refs: readonly EndRef[]): Promise<Map<string, ResolvedEnd[]>> {
    const unique = new Map(refs.map((ref) => [refKey(ref), ref]));
    const rows = await this.db.read<{ key: string; id: string; label: string }>(RESOLVE_ENDS, {
      refs: [...unique.entries()].map(([key, ref]) => refParams(key, ref)),
    });
    const ends = new Map<string, ResolvedEnd[]>();
    for (const row of rows) ends.set(row.key, [...(ends.get(row.key) ?? []), { id: row.id, label: row.label, virtual: false }]);
    for (const [key, ref] of unique) {
      if ("id" in ref || ref.source !== this.source) continue;
      for (const keyLabel of ["Actor", "Region", "IndustrialChain", "ChainStage"]) {
        const pending = this.pending.get(nodeKey(keyLabel, ref.externalId));
        if (pending && !(ends.get(key) ?? []).some((end) => end.label === pending.label)) {
          ends.set(key, [...(ends.get(key) ?? []), { id: `(new ${ref.externalId})`, label: pending.label, virtual: true }]);
        }
      }
    }
    return ends;
  }

  /** The two ends of a relationship with the labels its type allows, or why they cannot be used. */
  private checkEnds(record: RelationshipRecord, ends: Map<string, ResolvedEnd[]>): { from: ResolvedEnd; to: ResolvedEnd } | string {
    const expected = SYNC_RELATIONSHIP_TYPES[record.type];
    const shape = `${record.type} goes from a ${expected.from} to a ${expected.to.join(" or ")}`;
    const chosen: ResolvedEnd[] = [];
    for (const [side, ref, labels] of [["from", record.from, [expected.from]], ["to", record.to, expected.to]] as const) {
      const candidates = ends.get(refKey(ref)) ?? [];
      const end = candidates.find((c) => (labels as readonly EndLabel[]).some((label) => fitsLabel(c.label, label)));
      if (end) {
        chosen.push(end);
        continue;
      }
      if (candidates.length > 0) return `${side} end (${describeEnd(ref)}) is a ${candidates[0]!.label}, but ${shape}`;
      if (!("id" in ref) && ref.source === this.source) {
        for (const label of labels as readonly EndLabel[]) {
          const earlier = this.rejected.get(nodeKey(keyLabelOf(label), ref.externalId));
          if (earlier) return `its ${side} end ${ref.externalId} was rejected ${earlier}`;
        }
      }
      const what = (labels as readonly string[]).map((l) => (keyLabelOf(l) === "Actor" ? "actor" : l)).join(" or ");
      return `${side} end (${describeEnd(ref)}) does not exist: sync that ${what} first or in the same request`;
    }
    // Also when one end is named by id and the other by key.
    if (chosen[0]!.id === chosen[1]!.id) return "from and to are the same actor";
    return { from: chosen[0]!, to: chosen[1]! };
  }

  // --- batches and outcomes ------------------------------------------------------------------------

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
      for (const record of records) if (!this.outcomeAt.has(`${kind}:${record.position}`)) this.reject(kind, record.position, record.key, this.failure);
      return;
    }
    const before = this.outcomes.length;
    try {
      await work();
    } catch (error) {
      const cause = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
      const what = `${WORD[kind]} batch ${index}`;
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
        if (decided.has(record.position) || this.outcomeAt.has(`${kind}:${record.position}`)) continue;
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
    options: { onRestart?: () => void } = {},
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

  private outcomeOf(kind: RecordKind, position: number): RecordOutcome | undefined {
    const at = this.outcomeAt.get(`${kind}:${position}`);
    return at === undefined ? undefined : this.outcomes[at];
  }

  private push(outcome: RecordOutcome): void {
    this.outcomeAt.set(`${outcome.kind}:${outcome.position}`, this.outcomes.length);
    this.outcomes.push(outcome);
  }

  /** Changes the outcome of a record decided earlier (a link that changed; a link target that was not written). */
  private revise(kind: RecordKind, position: number, change: Partial<RecordOutcome>): void {
    const at = this.outcomeAt.get(`${kind}:${position}`);
    if (at === undefined) return;
    const { id: _id, ...rest } = this.outcomes[at]!;
    this.outcomes[at] = change.outcome === "REJECTED" ? { ...rest, ...change } : { ...this.outcomes[at]!, ...change };
  }

  private unknown(kind: RecordKind, position: number, key: string, reason: string): void {
    this.push({ kind, position, key, outcome: "UNKNOWN", reason: this.reason(kind, position, key, reason) });
  }

  private reason(kind: RecordKind, position: number, key: string, reason: string): string {
    return `${WORD[kind]} ${position}${key ? ` (${key})` : ""}: ${reason}`;
  }

  /** `marksKey`: later records naming this key are told it was rejected (not for a repeated key: its first record stands). */
  private reject(kind: RecordKind, position: number, key: string, reason: string, marksKey = true): void {
    const text = this.reason(kind, position, key, reason);
    this.push({ kind, position, key, outcome: "REJECTED", reason: text });
    if (marksKey && kind !== "RELATIONSHIP" && key) {
      const keyLabel = kind === "ACTOR" ? "Actor" : kind === "REGION" ? "Region" : kind === "CHAIN" ? "IndustrialChain" : "ChainStage";
      this.rejected.set(nodeKey(keyLabel, key), `in this request (${text})`);
    }
  }
}

/**
 * Query parameters naming one end: its id, or its externalId and, if it is not the sync's own,
 * its source (see endMatch).
 */
function endParams(side: "from" | "to", ref: EndRef, source: string): Record<string, string> {
  if ("id" in ref) return { [side]: ref.id };
  return ref.source === source ? { [side]: ref.externalId } : { [side]: ref.externalId, [`${side}Source`]: ref.source };
}

function refParams(key: string, ref: EndRef): Record<string, string | null> {
  return {
    key,
    id: "id" in ref ? ref.id : null,
    source: "id" in ref ? null : ref.source,
    externalId: "id" in ref ? null : ref.externalId,
  };
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

export type { ActorLabel };

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
