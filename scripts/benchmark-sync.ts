/**
 * Sync benchmark (not a test): syncs generated partner data (100k actors, 300k relationships by
 * default) through SyncService and compares its rate (records per second) with a plain batched
 * `UNWIND … MERGE` of the same data written directly with the driver, the practical limit.
 *
 *   npm run bench:sync                                              # 100,000 actors, 300,000 relationships
 *   npm run bench:sync -- --actors 10000 --relationships 30000      # scaled down
 *   npm run bench:sync -- --batch 1000 --chunk 10000                # rows per transaction, records per sync call
 *   npm run bench:sync -- --rounds 3                                # rounds of baseline, sync (default 2)
 *
 * Rounds alternate the two paths, each on an emptied database: baseline (`UNWIND $rows … MERGE …
 * SET += row.props`, one transaction per batch, per label and per relationship type), then the
 * sync (SyncService.sync in calls of `--chunk` records, actors first, then relationships, as an
 * importer would); after the first round's sync, the same sync again (every record UNCHANGED).
 * Every round is printed; the reference of each path is its fastest round (per part), the same
 * rule for both. A warm-up of both paths runs first, untimed, on a slice with every label and
 * every relationship type, so that every statement of either path is planned before the clock runs.
 *
 * Always starts its own embedded Neo4j (data in .neo4j/bench-sync-data, wiped first; Bolt on any free port;
 * 2g heap, 1g page cache) and stops it at the end; NEO4J_URI is ignored. The report is printed and
 * written to .tmp/benchmark-sync.md.
 */
import "reflect-metadata";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { prepareDatabase } from "../src/api";
import { findProjectRoot, loadConfig } from "../src/config";
import { connectToNeo4j, Database, type NamedQuery, type QueryObserver } from "../src/db/database";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../src/db/embedded-neo4j";
import { groupBy } from "../src/group-by";
import { toStoredValues } from "../src/db/neo4j-values";
import { SERVICE_CATEGORIES } from "../src/domain";
import type { ActorLabel, SyncRelationshipType } from "../src/sync/sync-records";
import { SyncService, type Outcome, type SyncReport } from "../src/sync/sync.service";
import { timeOrderedUuid } from "../src/sync/time-ordered-id";
import { mulberry32 } from "../src/seeded-random";
import { processPeakRss, parseIntegerOptions, exitOnFailure } from "./bench-support";

const SOURCE = "ecograph-bench-sync";
const SEED = 20250117;
const MIB = 1024 * 1024;
const DATES = ["since", "until"];
const INTEGERS = ["foundedYear", "employees"];
const TARGET_RATIO = 0.7;

// ---------------------------------------------------------------------------------------------
// Command line

interface Options {
  readonly actors: number;
  readonly relationships: number;
  readonly batch: number;
  readonly chunk: number;
  readonly rounds: number;
}

function parseArgs(argv: readonly string[]): Options {
  return parseIntegerOptions(argv, { actors: 100_000, relationships: 300_000, batch: 1_000, chunk: 10_000, rounds: 2 }, {
    actors: [100, 5_000_000],
    relationships: [0, 20_000_000],
    batch: [1, 100_000],
    chunk: [1, 1_000_000],
    rounds: [1, 20],
  }, "usage: npm run bench:sync [-- --actors 100000] [--relationships 300000] [--batch 1000] [--chunk 10000] [--rounds 2]");
}

// ---------------------------------------------------------------------------------------------
// Data generation

type Json = Record<string, unknown>;

interface ActorSpec {
  readonly label: ActorLabel;
  readonly externalId: string;
  /** The record as an integrator sends it. */
  readonly record: Json;
  /** The properties as stored (what the sync stores for it). */
  readonly props: Json;
}

interface RelationshipSpec {
  readonly type: SyncRelationshipType;
  readonly from: string;
  readonly to: string;
  readonly record: Json;
  readonly props: Json;
}

interface Dataset {
  readonly actors: ActorSpec[];
  readonly relationships: RelationshipSpec[];
  readonly labelCounts: Record<ActorLabel, number>;
  readonly typeCounts: Record<SyncRelationshipType, number>;
}

const LABEL_SHARES: Array<[ActorLabel, number]> = [
  ["Platform", 0.01],
  ["Firm", 0.85],
  ["ServiceProvider", 0.12],
  ["GovernmentAgency", 0.02],
];
/** Share of the relationships per type, and the labels of its ends. */
const TYPE_SHARES: Array<[SyncRelationshipType, number, ActorLabel, ActorLabel]> = [
  ["MEMBER_OF", 0.25, "Firm", "Platform"],
  ["SUPPLIES", 0.45, "Firm", "Firm"],
  ["SERVES", 0.22, "ServiceProvider", "Firm"],
  ["PARTNERS_WITH", 0.05, "ServiceProvider", "Platform"],
  ["SUPPORTS", 0.03, "GovernmentAgency", "Platform"],
];
const FIRM_SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE"];
const AGENCY_KINDS = ["LOCAL_GOVERNMENT", "INDUSTRIAL_PARK", "INDUSTRY_ASSOCIATION"];
const INDUSTRIES = ["textiles", "electronics", "machinery", "chemicals", "food", "furniture", "auto parts", "plastics"];

/**
 * Deterministic partner data: actors by label (1% platforms, 85% firms, 12% service providers, 2%
 * agencies) and relationships of the five types between valid labels, without self-loops and
 * without duplicate (type, from, to) — (type, from, to, category) for SERVES. Records are ordered
 * by label and by type, as an export of one table after another would be.
 */
function generate(actorCount: number, relationshipCount: number): Dataset {
  const random = mulberry32(SEED ^ actorCount);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const date = () => `${2000 + Math.floor(random() * 25)}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;

  const actors: ActorSpec[] = [];
  const byLabel = {} as Record<ActorLabel, string[]>;
  const labelCounts = {} as Record<ActorLabel, number>;
  let assigned = 0;
  LABEL_SHARES.forEach(([label, share], index) => {
    const count = index === LABEL_SHARES.length - 1 ? actorCount - assigned : Math.max(1, Math.round(actorCount * share));
    assigned += count;
    labelCounts[label] = count;
    byLabel[label] = [];
    for (let k = 0; k < count; k++) {
      const externalId = `${label.toLowerCase()}-${k}`;
      byLabel[label].push(externalId);
      const record: Json = { label, externalId, name: `Bench ${label} ${String(k).padStart(6, "0")}` };
      if (random() < 0.7) record.foundedYear = 1950 + Math.floor(random() * 75);
      if (label === "Platform") {
        record.website = `https://platform-${k}.example.com`;
      } else if (label === "Firm") {
        const u = random();
        record.population = u < 0.5 ? "MANUFACTURER" : u < 0.8 ? "TRADER" : "BUYER";
        record.size = pick(FIRM_SIZES);
        record.industry = pick(INDUSTRIES);
        record.employees = Math.floor(Math.exp(random() * 9));
      } else if (label === "ServiceProvider") {
        const categories = new Set<string>();
        const k2 = 1 + Math.floor(random() * 3);
        while (categories.size < k2) categories.add(pick(SERVICE_CATEGORIES));
        record.categories = [...categories].sort();
      } else {
        record.kind = pick(AGENCY_KINDS);
      }
      const { label: _label, externalId: _externalId, ...fields } = record;
      const population = { Platform: "CORE_PLATFORM", ServiceProvider: "SERVICE_PROVIDER", GovernmentAgency: "GOVERNMENT", Firm: undefined }[label];
      actors.push({ label, externalId, record, props: toStoredValues({ population, ...fields }, { dates: DATES, integers: INTEGERS }) });
    }
  });

  const relationships: RelationshipSpec[] = [];
  const typeCounts = {} as Record<SyncRelationshipType, number>;
  let planned = 0;
  TYPE_SHARES.forEach(([type, share, fromLabel, toLabel], index) => {
    const froms = byLabel[fromLabel];
    const tos = byLabel[toLabel];
    const capacity = froms.length * tos.length - (fromLabel === toLabel ? froms.length : 0);
    const wanted = index === TYPE_SHARES.length - 1 ? relationshipCount - planned : Math.round(relationshipCount * share);
    planned += wanted;
    // Keep well below the number of distinct pairs, so random picking ends quickly.
    const count = Math.max(0, Math.min(wanted, Math.floor(capacity * 0.5)));
    typeCounts[type] = count;
    const seen = new Set<string>();
    while (seen.size < count) {
      // Targets skewed (u²): a few platforms and buyers are big, as in real ecosystems.
      const from = froms[Math.floor(random() * froms.length)]!;
      const to = tos[Math.min(tos.length - 1, Math.floor(tos.length * random() ** 2))]!;
      if (from === to) continue;
      const record: Json = { type, from: { externalId: from }, to: { externalId: to } };
      if (type === "SERVES") record.category = pick(SERVICE_CATEGORIES);
      const key = `${from}\u0000${to}\u0000${record.category ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (type !== "SUPPORTS" && random() < 0.8) record.since = date();
      if (type === "SUPPLIES") record.volume = Math.round(Math.exp(random() * 8) * 100) / 100;
      if (type === "MEMBER_OF" && random() < 0.3) record.tier = pick(["gold", "silver", "basic"]);
      if (type === "SUPPORTS") record.policy = "Bench policy";
      const { type: _t, from: _f, to: _to, ...fields } = record;
      relationships.push({ type, from, to, record, props: toStoredValues(fields, { dates: DATES, integers: INTEGERS }) });
    }
  });
  return { actors, relationships, labelCounts, typeCounts };
}

// ---------------------------------------------------------------------------------------------
// Database access

/**
 * A Database that adds up the time spent in each named query (or each set of queries run in one
 * transaction), so the report can say where the sync spends its time. One clock reading per call.
 */
class TimedDatabase extends Database {
  readonly spent = new Map<string, { calls: number; ms: number }>();

  private add(name: string, started: number): void {
    const entry = this.spent.get(name) ?? { calls: 0, ms: 0 };
    entry.calls += 1;
    entry.ms += performance.now() - started;
    this.spent.set(name, entry);
  }

  override async read<T extends Record<string, any>>(query: NamedQuery, params: Record<string, unknown> = {}, observe?: QueryObserver): Promise<T[]> {
    const started = performance.now();
    try {
      return await super.read<T>(query, params, observe);
    } finally {
      this.add(query.name, started);
    }
  }

  override async write<T extends Record<string, any>>(query: NamedQuery, params: Record<string, unknown> = {}, observe?: QueryObserver): Promise<T[]> {
    const started = performance.now();
    try {
      return await super.write<T>(query, params, observe);
    } finally {
      this.add(query.name, started);
    }
  }

  override async writeAll(...args: Parameters<Database["writeAll"]>): Promise<void> {
    const started = performance.now();
    try {
      await super.writeAll(...args);
    } finally {
      // One entry per kind of transaction: "sync.upsertRelationships.SUPPLIES" counts as "sync.upsertRelationships".
      const names = [...new Set(args[0].map((step) => step.query.name.split(".").slice(0, 2).join(".")))].sort();
      this.add(`writeAll[${names.join(" + ")}]`, started);
    }
  }

  reset(): void {
    this.spent.clear();
  }
}

/**
 * DETACH DELETE … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run. 1,000
 * actors per inner transaction (see NEO4J_TRANSACTION_MAX_MEMORY in main).
 */
async function wipe(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.options.database });
  try {
    await session.run(`MATCH (n:Actor {source: $source}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS`, { source: SOURCE });
  } finally {
    await session.close();
  }
}

const COUNT: NamedQuery = {
  name: "benchSync.count",
  cypher: `
    MATCH (n:Actor {source: $source})
    RETURN count(n) AS actors, sum(COUNT { (n)-[]->(:Actor) }) AS relationships`,
};

async function count(db: Database): Promise<{ actors: number; relationships: number }> {
  const [row] = await db.read<{ actors: number; relationships: number }>(COUNT, { source: SOURCE });
  return { actors: row?.actors ?? 0, relationships: row?.relationships ?? 0 };
}

/**
 * The warm-up slice: the first 200 relationships of each type with their ends, and the first 200
 * actors of each label, so that every statement of either path (one per label, one per type) is
 * planned before the timed rounds.
 */
function warmSlice(data: Dataset): Pick<Dataset, "actors" | "relationships"> {
  const relationships = [...groupBy(data.relationships, (r) => r.type).values()].flatMap((specs) => specs.slice(0, 200));
  const ends = new Set(relationships.flatMap((r) => [r.from, r.to]));
  const perLabel = new Map<ActorLabel, number>();
  const actors = data.actors.filter((a) => {
    const taken = perLabel.get(a.label) ?? 0;
    if (taken >= 200 && !ends.has(a.externalId)) return false;
    perLabel.set(a.label, taken + 1);
    return true;
  });
  return { actors, relationships };
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

// ---------------------------------------------------------------------------------------------
// The two paths

interface Timing {
  readonly actorSeconds: number;
  readonly relationshipSeconds: number;
}

/**
 * Writes `items` group by group (a label, a type), `batchSize` rows per transaction (executeWrite),
 * with the statement `queryOf` gives the group and the parameters `paramsOf` gives a batch; the
 * seconds it took. Both baselines use it, so they differ only in their Cypher and rows.
 */
async function timeBatchedWrites<T>(
  db: Database,
  groups: Iterable<[string, T[]]>,
  batchSize: number,
  queryOf: (group: string) => NamedQuery,
  paramsOf: (batch: T[]) => Record<string, unknown>,
): Promise<number> {
  const started = performance.now();
  for (const [group, items] of groups) {
    const query = queryOf(group);
    for (const batch of batches(items, batchSize)) await db.write(query, paramsOf(batch));
  }
  return (performance.now() - started) / 1000;
}

/** The relationship MERGE of both baselines (SERVES is keyed by its category, as in the sync). */
const mergeRelationship = (type: string) => `MERGE (a)-[r:${type}${type === "SERVES" ? " {category: row.props.category}" : ""}]->(b)`;

/** Plain batched UNWIND … MERGE per label and per type; each batch its own transaction (executeWrite). */
async function baseline(db: Database, data: Pick<Dataset, "actors" | "relationships">, batchSize: number): Promise<Timing> {
  const actorSeconds = await timeBatchedWrites(
    db,
    groupBy(data.actors, (a) => a.label),
    batchSize,
    (label) => ({
      name: `benchSync.baselineActors.${label}`,
      cypher: `UNWIND $rows AS row MERGE (n:${label}:Actor {source: $source, externalId: row.externalId}) SET n += row.props`,
    }),
    (batch) => ({ source: SOURCE, rows: batch.map((a) => ({ externalId: a.externalId, props: a.props })) }),
  );
  const relationshipSeconds = await timeBatchedWrites(
    db,
    groupBy(data.relationships, (r) => r.type),
    batchSize,
    (type) => ({
      name: `benchSync.baselineRelationships.${type}`,
      cypher: `
        UNWIND $rows AS row
        MATCH (a:Actor {source: $source, externalId: row.from})
        MATCH (b:Actor {source: $source, externalId: row.to})
        ${mergeRelationship(type)}
        SET r += row.props`,
    }),
    (batch) => ({ source: SOURCE, rows: batch.map((r) => ({ from: r.from, to: r.to, props: r.props })) }),
  );
  return { actorSeconds, relationshipSeconds };
}

/**
 * The same plain batched MERGE, writing what the sync stores besides the partner's fields: a new
 * id (into the unique `id` indexes of the label and of `Actor`) and createdAt on create,
 * updatedAt and syncedAt; a relationship's id, source and syncedAt. It is the statement a user
 * would write to store the same data by hand, so it tells the cost of the data (which the sync
 * cannot avoid) from the cost of the sync's own work (outcomes, comparisons, the graph version).
 * Reported next to the reference; the target is checked against the plain baseline above.
 */
async function baselineSameData(db: Database, data: Pick<Dataset, "actors" | "relationships">, batchSize: number): Promise<Timing> {
  const now = new Date().toISOString();
  const actorSeconds = await timeBatchedWrites(
    db,
    groupBy(data.actors, (a) => a.label),
    batchSize,
    (label) => ({
      name: `benchSync.sameDataActors.${label}`,
      cypher: `
        WITH datetime($now) AS now
        UNWIND $rows AS row
        MERGE (n:${label}:Actor {source: $source, externalId: row.externalId})
        ON CREATE SET n.id = row.newId, n.createdAt = now
        SET n += row.props, n.updatedAt = now, n.syncedAt = now`,
    }),
    (batch) => ({ source: SOURCE, now, rows: batch.map((a) => ({ externalId: a.externalId, newId: timeOrderedUuid(), props: a.props })) }),
  );
  const relationshipSeconds = await timeBatchedWrites(
    db,
    groupBy(data.relationships, (r) => r.type),
    batchSize,
    (type) => ({
      name: `benchSync.sameDataRelationships.${type}`,
      cypher: `
        WITH datetime($now) AS now
        UNWIND $rows AS row
        MATCH (a:Actor {source: $source, externalId: row.from})
        MATCH (b:Actor {source: $source, externalId: row.to})
        ${mergeRelationship(type)}
        ON CREATE SET r.id = row.newId
        SET r += row.props, r.source = $source, r.syncedAt = now`,
    }),
    (batch) => ({ source: SOURCE, now, rows: batch.map((r) => ({ from: r.from, to: r.to, newId: timeOrderedUuid(), props: r.props })) }),
  );
  return { actorSeconds, relationshipSeconds };
}

type Counts = Record<Outcome, number>;
const noCounts = (): Counts => ({ CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 0, UNKNOWN: 0 });

interface SyncTiming extends Timing {
  readonly actorCounts: Counts;
  readonly relationshipCounts: Counts;
  readonly firstRejections: string[];
  readonly incomplete: number;
}

/** SyncService.sync in calls of `chunk` records, actors first, then relationships. */
async function syncAll(service: SyncService, data: Pick<Dataset, "actors" | "relationships">, chunk: number): Promise<SyncTiming> {
  const actorCounts = noCounts();
  const relationshipCounts = noCounts();
  const firstRejections: string[] = [];
  let incomplete = 0;
  const tally = (report: SyncReport, into: Counts) => {
    for (const outcome of Object.keys(into) as Outcome[]) into[outcome] += report.counts[outcome];
    if (!report.complete) incomplete += 1;
    for (const o of report.outcomes) if (o.outcome === "REJECTED" && firstRejections.length < 5) firstRejections.push(o.reason ?? o.key);
  };
  const actorStart = performance.now();
  for (const batch of batches(data.actors, chunk)) {
    tally(await service.sync({ source: SOURCE, actors: batch.map((a) => a.record) }), actorCounts);
  }
  const actorSeconds = (performance.now() - actorStart) / 1000;
  const relationshipStart = performance.now();
  for (const batch of batches(data.relationships, chunk)) {
    tally(await service.sync({ source: SOURCE, relationships: batch.map((r) => r.record) }), relationshipCounts);
  }
  const relationshipSeconds = (performance.now() - relationshipStart) / 1000;
  return { actorSeconds, relationshipSeconds, actorCounts, relationshipCounts, firstRejections, incomplete };
}

// ---------------------------------------------------------------------------------------------
// Report

const fmtInt = (x: number) => Math.round(x).toLocaleString("en-US");
const fmtSeconds = (s: number) => (s < 10 ? s.toFixed(2) : s.toFixed(1));
const fmtRatio = (r: number) => (Number.isFinite(r) ? r.toFixed(2) : "—");
const rate = (records: number, seconds: number) => (seconds > 0 ? records / seconds : 0);

function describeCounts(c: Counts): string {
  return `CREATED ${fmtInt(c.CREATED)}, UPDATED ${fmtInt(c.UPDATED)}, UNCHANGED ${fmtInt(c.UNCHANGED)}, REJECTED ${fmtInt(c.REJECTED)}`;
}

/** One line per round: both paths' seconds and the round's own ratio (sync rate / baseline rate). */
function roundsTable(baseRuns: readonly Timing[], syncRuns: readonly Timing[]): string[] {
  const lines = [
    "| Round | Baseline actors s | Sync actors s | Actors ratio | Baseline relationships s | Sync relationships s | Relationships ratio | Total ratio |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  baseRuns.forEach((b, i) => {
    const s = syncRuns[i]!;
    lines.push(
      `| ${i + 1} | ${fmtSeconds(b.actorSeconds)} | ${fmtSeconds(s.actorSeconds)} | ${fmtRatio(b.actorSeconds / s.actorSeconds)} | ` +
        `${fmtSeconds(b.relationshipSeconds)} | ${fmtSeconds(s.relationshipSeconds)} | ${fmtRatio(b.relationshipSeconds / s.relationshipSeconds)} | ` +
        `${fmtRatio((b.actorSeconds + b.relationshipSeconds) / (s.actorSeconds + s.relationshipSeconds))} |`,
    );
  });
  return lines;
}

function profileTable(spent: Map<string, { calls: number; ms: number }>, totalSeconds: number): string[] {
  const lines = ["| Database call | Calls | Seconds | Share of the step |", "|---|---:|---:|---:|"];
  let dbMs = 0;
  for (const [name, { calls, ms }] of [...spent.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
    dbMs += ms;
    lines.push(`| \`${name}\` | ${fmtInt(calls)} | ${fmtSeconds(ms / 1000)} | ${((ms / 1000 / totalSeconds) * 100).toFixed(0)}% |`);
  }
  const rest = totalSeconds - dbMs / 1000;
  lines.push(`| (outside database calls: validation, outcomes, Node) | | ${fmtSeconds(Math.max(0, rest))} | ${((Math.max(0, rest) / totalSeconds) * 100).toFixed(0)}% |`);
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Main

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const startLoad = loadavg()[0]!;
  const started = performance.now();
  // Always a private embedded Neo4j: never a server the developer uses.
  const env = { ...process.env };
  delete env.NEO4J_URI;
  const config = loadConfig({
    ...env,
    EMBEDDED_NEO4J_DATA_DIR: ".neo4j/bench-sync-data",
    EMBEDDED_NEO4J_BOLT_PORT: "0",
    EMBEDDED_NEO4J_HEAP: "2g",
    EMBEDDED_NEO4J_PAGECACHE: "1g",
    // The wipe of the full size (100,000 actors, 300,000 relationships) exceeded the default
    // 256 MiB per transaction (issue 11) even at 1,000 actors per inner transaction; both paths
    // run on this Neo4j, so a larger bound favours neither.
    NEO4J_TRANSACTION_MAX_MEMORY: "1g",
    // Neo4j's own transaction timeout (db.transaction.timeout) bounds the wipe's auto-commit
    // transaction too; at load average 15 the full-size wipe outlived the 30 s default (s3,
    // 2026-12-01). Both paths run on this Neo4j, so a longer bound favours neither.
    NEO4J_TRANSACTION_TIMEOUT_MS: "900000",
  });

  let embedded: EmbeddedNeo4j | undefined;
  let db: TimedDatabase | undefined;
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping`);
    void (async () => {
      await db?.close().catch(() => undefined);
      await embedded?.stop().catch(() => undefined);
      process.exit(130);
    })();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    log(`generating ${fmtInt(options.actors)} actors and ${fmtInt(options.relationships)} relationships`);
    const data = generate(options.actors, options.relationships);
    const actorCount = data.actors.length;
    const relationshipCount = data.relationships.length;
    const total = actorCount + relationshipCount;

    const dataDir = config.neo4j.embedded.dataDir;
    if (!dataDir.endsWith(join(".neo4j", "bench-sync-data"))) throw new Error(`Refusing to wipe unexpected data folder ${dataDir}`);
    rmSync(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedNeo4j(config.neo4j.embedded, {
      info: (message) => log(`[neo4j] ${message}`),
      warn: (message) => console.warn(`[neo4j] ${message}`),
    });
    const plain = await connectToNeo4j({
      uri: embedded.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
      connectTimeoutMs: config.neo4j.connectTimeoutMs,
      // Bulk batches on a cold database may take longer than an API request.
      transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    });
    db = new TimedDatabase(plain.driver, plain.options);
    await prepareDatabase(db);
    const service = new SyncService(db, { maxRecords: Number.MAX_SAFE_INTEGER, batchSize: options.batch });

    // Warm-up (not timed): both paths on a slice with every label and every relationship type,
    // so that every statement of either path is planned (a sync statement takes 0.3–3 s to plan,
    // a baseline statement much less) and the JVM is warm before the clock runs for either.
    const warm = warmSlice(data);
    log(`warm-up: ${fmtInt(warm.actors.length)} actors, ${fmtInt(warm.relationships.length)} relationships (every label and type), both paths`);
    await baseline(db, warm, options.batch);
    await wipe(db);
    await baselineSameData(db, warm, options.batch);
    await wipe(db);
    await syncAll(service, warm, options.chunk);
    await wipe(db);

    // Rounds A, B, A, B …: the baseline, then the sync, each into an emptied database.
    const baseRuns: Timing[] = [];
    const sameRuns: Timing[] = [];
    const syncRuns: SyncTiming[] = [];
    let baseCount = { actors: 0, relationships: 0 };
    let firstCount = { actors: 0, relationships: 0 };
    let again: SyncTiming | undefined;
    let firstProfile = new Map<string, { calls: number; ms: number }>();
    let againProfile = new Map<string, { calls: number; ms: number }>();
    for (let round = 1; round <= options.rounds; round++) {
      log(`round ${round} baseline: plain batched UNWIND … MERGE`);
      const b = await baseline(db, data, options.batch);
      baseRuns.push(b);
      if (round === 1) baseCount = await count(db);
      log(`round ${round} baseline: actors ${fmtSeconds(b.actorSeconds)} s, relationships ${fmtSeconds(b.relationshipSeconds)} s (load ${loadavg()[0]!.toFixed(1)})`);
      await wipe(db);

      log(`round ${round} same-data baseline: the plain MERGE writing id and timestamps too`);
      const d = await baselineSameData(db, data, options.batch);
      sameRuns.push(d);
      log(`round ${round} same-data baseline: actors ${fmtSeconds(d.actorSeconds)} s, relationships ${fmtSeconds(d.relationshipSeconds)} s (load ${loadavg()[0]!.toFixed(1)})`);
      await wipe(db);

      log(`round ${round} sync: SyncService.sync into an emptied database`);
      db.reset();
      const s = await syncAll(service, data, options.chunk);
      syncRuns.push(s);
      if (round === 1) {
        firstProfile = new Map(db.spent);
        firstCount = await count(db);
      }
      log(
        `round ${round} sync: actors ${fmtSeconds(s.actorSeconds)} s (${fmtRatio(b.actorSeconds / s.actorSeconds)}), ` +
          `relationships ${fmtSeconds(s.relationshipSeconds)} s (${fmtRatio(b.relationshipSeconds / s.relationshipSeconds)}) × this round's baseline (load ${loadavg()[0]!.toFixed(1)})`,
      );
      if (round === 1) {
        log("re-sync: the same records again");
        db.reset();
        again = await syncAll(service, data, options.chunk);
        againProfile = new Map(db.spent);
        log(`re-sync: actors ${fmtSeconds(again.actorSeconds)} s, relationships ${fmtSeconds(again.relationshipSeconds)} s`);
      }
      await wipe(db);
    }
    if (again === undefined) throw new Error("no round ran");
    const fastest = <T extends Timing>(runs: readonly T[], part: keyof Timing) => Math.min(...runs.map((r) => r[part]));
    // The reference of each path: its fastest round, per part (the same rule for both).
    const base: Timing = { actorSeconds: fastest(baseRuns, "actorSeconds"), relationshipSeconds: fastest(baseRuns, "relationshipSeconds") };
    const same: Timing = { actorSeconds: fastest(sameRuns, "actorSeconds"), relationshipSeconds: fastest(sameRuns, "relationshipSeconds") };
    const first: Timing = { actorSeconds: fastest(syncRuns, "actorSeconds"), relationshipSeconds: fastest(syncRuns, "relationshipSeconds") };

    // Checks (reported, not thrown: a benchmark reports what happened).
    const problems: string[] = [];
    if (baseCount.actors !== actorCount || baseCount.relationships !== relationshipCount) problems.push(`baseline left ${baseCount.actors} actors / ${baseCount.relationships} relationships`);
    if (firstCount.actors !== actorCount || firstCount.relationships !== relationshipCount) problems.push(`sync left ${firstCount.actors} actors / ${firstCount.relationships} relationships`);
    syncRuns.forEach((run, i) => {
      if (run.actorCounts.CREATED !== actorCount || run.relationshipCounts.CREATED !== relationshipCount) problems.push(`the sync of round ${i + 1} did not report every record CREATED`);
    });
    if (again.actorCounts.UNCHANGED !== actorCount || again.relationshipCounts.UNCHANGED !== relationshipCount) problems.push("the re-sync did not report every record UNCHANGED");
    const rejected = [...syncRuns, again].reduce((sum, run) => sum + run.actorCounts.REJECTED + run.relationshipCounts.REJECTED, 0);
    if (rejected > 0) problems.push(`${rejected} records REJECTED, e.g. ${[...syncRuns, again].flatMap((run) => run.firstRejections).slice(0, 3).join(" | ")}`);
    const incomplete = [...syncRuns, again].reduce((sum, run) => sum + run.incomplete, 0);
    if (incomplete > 0) problems.push(`${incomplete} sync calls incomplete`);

    const rows: Array<[string, number, number, number]> = [
      ["Actors", actorCount, base.actorSeconds, 0],
      ["Relationships", relationshipCount, base.relationshipSeconds, 0],
      ["Total", total, base.actorSeconds + base.relationshipSeconds, 0],
    ];
    const syncSeconds = [first.actorSeconds, first.relationshipSeconds, first.actorSeconds + first.relationshipSeconds];
    const againSeconds = [again.actorSeconds, again.relationshipSeconds, again.actorSeconds + again.relationshipSeconds];
    const table = [
      "| Records | Count | Baseline s | Baseline rec/s | Sync s | Sync rec/s | Sync / baseline | Re-sync s | Re-sync rec/s | Re-sync / baseline |",
      "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
      ...rows.map(([what, n, baseSeconds], i) => {
        const b = rate(n, baseSeconds);
        const s = rate(n, syncSeconds[i]!);
        const a = rate(n, againSeconds[i]!);
        return `| ${what} | ${fmtInt(n)} | ${fmtSeconds(baseSeconds)} | ${fmtInt(b)} | ${fmtSeconds(syncSeconds[i]!)} | ${fmtInt(s)} | **${fmtRatio(s / b)}** | ${fmtSeconds(againSeconds[i]!)} | ${fmtInt(a)} | ${fmtRatio(a / b)} |`;
      }),
    ];
    const totalRatio = rate(total, syncSeconds[2]!) / rate(total, rows[2]![2]);
    const minRatio = Math.min(rate(actorCount, syncSeconds[0]!) / rate(actorCount, base.actorSeconds), totalRatio, relationshipCount > 0 ? rate(relationshipCount, syncSeconds[1]!) / rate(relationshipCount, base.relationshipSeconds) : Infinity);
    const serverInfo = await db.driver.getServerInfo({ database: db.options.database });
    const report = [
      `# Sync benchmark`,
      "",
      `Run ${startedAt.toISOString()}, ${fmtSeconds((performance.now() - started) / 1000)} s in all; load average ${startLoad.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end; Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? "?"}), ${Math.round(totalmem() / MIB / 1024)} GiB RAM; ` +
        `Neo4j ${embedded.neo4jVersion ?? serverInfo.agent ?? "?"} embedded (heap ${config.neo4j.embedded.heap}, page cache ${config.neo4j.embedded.pageCache}).`,
      "",
      `Data: ${fmtInt(actorCount)} actors (${Object.entries(data.labelCounts).map(([l, n]) => `${fmtInt(n)} ${l}`).join(", ")}), ` +
        `${fmtInt(relationshipCount)} relationships (${Object.entries(data.typeCounts).map(([t, n]) => `${fmtInt(n)} ${t}`).join(", ")}). ` +
        `Batch ${fmtInt(options.batch)} records per transaction (both paths); sync calls of ${fmtInt(options.chunk)} records.`,
      "",
      ...table,
      "",
      `Baseline and sync = the fastest of ${options.rounds} rounds each (per part), rounds alternating baseline, sync. Every round:`,
      "",
      ...roundsTable(baseRuns, syncRuns),
      "",
      `Same-data baseline (the plain MERGE also writing id, createdAt, updatedAt, syncedAt; relationships id, source, syncedAt; fastest round, ` +
        `rounds ${sameRuns.map((r) => `${fmtSeconds(r.actorSeconds)} + ${fmtSeconds(r.relationshipSeconds)} s`).join(", ")}): ` +
        `actors ${fmtSeconds(same.actorSeconds)} s (plain / same-data ${fmtRatio(base.actorSeconds / same.actorSeconds)}; sync / same-data ${fmtRatio(same.actorSeconds / first.actorSeconds)}), ` +
        `relationships ${fmtSeconds(same.relationshipSeconds)} s (plain / same-data ${fmtRatio(base.relationshipSeconds / same.relationshipSeconds)}; sync / same-data ${fmtRatio(same.relationshipSeconds / first.relationshipSeconds)}). ` +
        `Not the reference: it says how much of the gap is the data the sync must store.`,
      "",
      `Target: sync ≥ ${TARGET_RATIO} × baseline. Lowest ratio (actors, relationships, total): **${fmtRatio(minRatio)}** — ${minRatio >= TARGET_RATIO ? "met" : "NOT met"}.`,
      "",
      `Outcomes, first sync: actors ${describeCounts(syncRuns[0]!.actorCounts)}; relationships ${describeCounts(syncRuns[0]!.relationshipCounts)}.`,
      `Outcomes, re-sync: actors ${describeCounts(again.actorCounts)}; relationships ${describeCounts(again.relationshipCounts)}.`,
      `Checks: ${problems.length === 0 ? "all records CREATED then UNCHANGED, none REJECTED, database counts as expected after baseline and sync" : problems.join("; ")}.`,
      "",
      `Peak RSS: this Node process ${fmtInt(process.resourceUsage().maxRSS / 1024)} MiB (kernel maxRSS, includes the generated data); Neo4j JVM ${fmtInt((processPeakRss(embedded.pid) ?? 0) / MIB)} MiB (VmHWM).`,
      "",
      `## Where the sync of round 1 spends its time (${fmtSeconds(syncRuns[0]!.actorSeconds + syncRuns[0]!.relationshipSeconds)} s)`,
      "",
      ...profileTable(firstProfile, syncRuns[0]!.actorSeconds + syncRuns[0]!.relationshipSeconds),
      "",
      `## Where the re-sync spends its time (${fmtSeconds(againSeconds[2]!)} s)`,
      "",
      ...profileTable(againProfile, againSeconds[2]!),
      "",
    ].join("\n");

    const outDir = join(findProjectRoot(), ".tmp");
    mkdirSync(outDir, { recursive: true });
    const outFile = join(outDir, "benchmark-sync.md");
    writeFileSync(outFile, report);
    console.log(`\n${report}`);
    console.log(`written to ${outFile}`);
  } finally {
    await db?.close().catch(() => undefined);
    await embedded?.stop();
  }
}

main().catch(exitOnFailure("bench:sync"));
