/**
 * Metrics benchmark (not a test): times every metric on generated ecosystems of 1k, 10k and 100k
 * actors with an average degree of about 10 (≈ 5 relationships per actor, each counted at both
 * ends), including the Neo4j read and the write-back, and reports the peak memory of this Node
 * process, which runs the same services as the API.
 *
 *   npm run bench:metrics                          # 1,000, 10,000 and 100,000 actors
 *   npm run bench:metrics -- --sizes 1000,10000    # a subset
 *   npm run bench:metrics -- --exact-cap 0         # skip the above-the-limit exact runs
 *
 * Starts its own embedded Neo4j (data in .neo4j/bench-data, wiped first; Bolt on any free port; 2g heap,
 * 1g page cache) unless NEO4J_URI is set. The report is printed and written to
 * .tmp/benchmark-metrics.md. BENCHMARKS.md holds the figures of a reference run.
 */
import "reflect-metadata";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import Graph from "graphology";
import graphologyPageRank from "graphology-metrics/centrality/pagerank";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import { createServices, prepareDatabase } from "../src/api";
import { findProjectRoot, loadConfig, type Config } from "../src/config";
import { connectToNeo4j, type Database, type NamedQuery, type QueryObserver } from "../src/db/database";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../src/db/embedded-neo4j";
import { articulationPoints, burtConstraint, effectiveSize } from "../src/metrics/algorithms/brokerage";
import { betweennessCentrality, harmonicCloseness } from "../src/metrics/algorithms/centrality";
import { CompactGraph } from "../src/metrics/algorithms/compact-graph";
import { MetricTooLargeError } from "../src/metrics/algorithms/metric-errors";
import { buildGraph } from "../src/metrics/algorithms/metric-graph";
import { DEFAULT_SELECTION, readMetricGraph } from "../src/metrics/graph-reader";
import { CentralityMeasure } from "../src/metrics/metrics.service";
import { mulberry32 } from "../src/seeded-random";
import { processPeakRss } from "./bench-support";

const BENCH_SOURCE = "ecograph-bench";
const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** Rows per UNWIND batch when loading the generated graph. */
const LOAD_BATCH = 10_000;
/** Above METRICS_EXACT_LIMIT, exact betweenness/closeness are still timed (limit lifted) up to this n·m. */
const DEFAULT_EXACT_CAP = 1e9;
const SEED = 20240611;
const MIB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Command line

interface Options {
  readonly sizes: number[];
  readonly exactCap: number;
}

function parseArgs(argv: readonly string[]): Options {
  let sizes = DEFAULT_SIZES;
  let exactCap = DEFAULT_EXACT_CAP;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--sizes") {
      sizes = value()
        .split(",")
        .map((s) => Number(s.trim().replace(/_/g, "")));
      if (sizes.length === 0 || sizes.some((n) => !Number.isInteger(n) || n < 100 || n > 2_000_000)) {
        throw new Error(`--sizes must be a comma-separated list of whole numbers from 100 to 2,000,000, e.g. 1000,10000`);
      }
    } else if (flag === "--exact-cap") {
      exactCap = Number(value());
      if (!(exactCap >= 0)) throw new Error(`--exact-cap must be a number ≥ 0 (n·m), e.g. 1e9`);
    } else if (flag === "--help" || flag === "-h") {
      console.log("usage: npm run bench:metrics [-- --sizes 1000,10000,100000] [--exact-cap 1e9]");
      process.exit(0);
    } else {
      throw new Error(`Unknown argument ${JSON.stringify(arg)} (known: --sizes, --exact-cap)`);
    }
  }
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), exactCap };
}

// ---------------------------------------------------------------------------------------------
// Memory sampling

/**
 * Peak RSS of this process, sampled every 50 ms by a worker thread. RSS is process-wide, and a
 * worker keeps sampling while the main thread is inside a long synchronous computation (a
 * PageRank run), which a setInterval on the main thread cannot. The worker itself adds a few MiB.
 */
class RssSampler {
  private readonly shared = new Float64Array(new SharedArrayBuffer(16)); // [0] step peak, [1] overall peak
  private readonly worker: Worker;

  constructor() {
    this.worker = new Worker(
      `const { workerData } = require("node:worker_threads");
       const peak = new Float64Array(workerData);
       const sample = () => { const rss = process.memoryUsage.rss(); if (rss > peak[0]) peak[0] = rss; if (rss > peak[1]) peak[1] = rss; };
       sample();
       setInterval(sample, 50);`,
      { eval: true, workerData: this.shared.buffer },
    );
    this.worker.unref();
  }

  /** Starts a new step: its peak starts from the current RSS. */
  resetStep(): void {
    this.shared[0] = process.memoryUsage.rss();
  }

  stepPeak(): number {
    return Math.max(this.shared[0]!, process.memoryUsage.rss());
  }

  overallPeak(): number {
    return Math.max(this.shared[1]!, process.memoryUsage.rss());
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}

/** The main-thread sampler the brief asks for: RSS and heapUsed every 50 ms (misses synchronous stretches). */
class MainThreadSampler {
  rss = 0;
  heapUsed = 0;
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 50);
    this.timer.unref();
  }

  sample(): void {
    const usage = process.memoryUsage();
    this.rss = Math.max(this.rss, usage.rss);
    this.heapUsed = Math.max(this.heapUsed, usage.heapUsed);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** heapUsed after a full GC (null without --expose-gc, where it would not mean much). */
function settledHeap(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return null;
  gc();
  return process.memoryUsage().heapUsed;
}

// ---------------------------------------------------------------------------------------------
// Graph generation

function uuidLike(random: () => number): string {
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join("");
  const variant = "89ab"[Math.floor(random() * 4)]!;
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

type ActorLabel = "Platform" | "Firm" | "ServiceProvider" | "GovernmentAgency";
type RelType = "MEMBER_OF" | "SUPPLIES" | "SERVES" | "PARTNERS_WITH" | "SUPPORTS";

const SERVICE_CATEGORIES = [
  "FINANCING", "INDUSTRIAL_RESEARCH", "PROFESSIONAL_SUPPORT", "LEGAL", "BRANDING",
  "LOGISTICS", "IT", "MARKETING", "CERTIFICATION", "TRAINING",
];

interface NodeRow {
  id: string;
  name: string;
  population: string;
  source: string;
  externalId: string;
}

interface RelRow {
  s: string;
  t: string;
  p: Record<string, string | number>;
}

/**
 * A deterministic ecosystem of `n` actors: 1% platforms, 80% firms, 15% service providers, 4%
 * government agencies; about 5 relationships per actor (average degree ≈ 10):
 * - MEMBER_OF firm→platform: 1 or 2 per firm (1.5), platforms picked with a strong skew (u³), so a
 *   few platforms are big;
 * - SUPPLIES firm→firm: 3 per firm, the buyer picked with a skew (u²), with a volume;
 * - SERVES provider→firm: 8 per provider, uniform, with a service category;
 * - PARTNERS_WITH provider→platform: 1 per provider (skewed like memberships);
 * - SUPPORTS agency→platform: 1 or 2 per agency.
 * Expected relationships: 0.8·(1.5+3) + 0.15·(8+1) + 0.04·1.5 ≈ 5.01 per actor.
 */
class GeneratedEcosystem {
  readonly ids: string[];
  readonly platforms: number;
  readonly firms: number;
  readonly providers: number;
  readonly agencies: number;

  constructor(readonly size: number) {
    this.platforms = Math.max(1, Math.round(size * 0.01));
    this.providers = Math.round(size * 0.15);
    this.agencies = Math.round(size * 0.04);
    this.firms = size - this.platforms - this.providers - this.agencies;
    const random = mulberry32(SEED ^ size);
    this.ids = Array.from({ length: size }, () => uuidLike(random));
  }

  private get firmStart(): number {
    return this.platforms;
  }
  private get providerStart(): number {
    return this.platforms + this.firms;
  }
  private get agencyStart(): number {
    return this.platforms + this.firms + this.providers;
  }

  labelCounts(): Record<ActorLabel, number> {
    return { Platform: this.platforms, Firm: this.firms, ServiceProvider: this.providers, GovernmentAgency: this.agencies };
  }

  /** Node rows of one label, in batches. */
  *nodes(label: ActorLabel): Generator<NodeRow[]> {
    const random = mulberry32(SEED + label.length * 7919 + this.size);
    const [start, count] = {
      Platform: [0, this.platforms],
      Firm: [this.firmStart, this.firms],
      ServiceProvider: [this.providerStart, this.providers],
      GovernmentAgency: [this.agencyStart, this.agencies],
    }[label] as [number, number];
    let batch: NodeRow[] = [];
    for (let k = 0; k < count; k++) {
      const i = start + k;
      const population =
        label === "Platform"
          ? "CORE_PLATFORM"
          : label === "ServiceProvider"
            ? "SERVICE_PROVIDER"
            : label === "GovernmentAgency"
              ? "GOVERNMENT"
              : (() => {
                  const u = random();
                  return u < 0.5 ? "MANUFACTURER" : u < 0.8 ? "TRADER" : "BUYER";
                })();
      batch.push({
        id: this.ids[i]!,
        name: `Bench ${label} ${String(k).padStart(6, "0")}`,
        population,
        source: BENCH_SOURCE,
        externalId: `${label.toLowerCase()}-${k}`,
      });
      if (batch.length === LOAD_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** Relationship rows of one type, in batches; no duplicate (source, target) within a type. */
  *relationships(type: RelType): Generator<RelRow[]> {
    const random = mulberry32(SEED * 31 + type.length * 104729 + this.size);
    const skewed = (count: number, exponent: number) => Math.min(count - 1, Math.floor(count * random() ** exponent));
    const uniform = (count: number) => Math.floor(random() * count);
    let batch: RelRow[] = [];
    const push = (source: number, targets: Iterable<number>, props: () => Record<string, string | number>) => {
      const rows: RelRow[] = [];
      for (const target of targets) rows.push({ s: this.ids[source]!, t: this.ids[target]!, p: props() });
      return rows;
    };
    /** `k` distinct targets from `pick`, never `self`. */
    const distinct = (k: number, available: number, pick: () => number, self = -1): Set<number> => {
      const chosen = new Set<number>();
      const want = Math.min(k, available - (self >= 0 ? 1 : 0));
      for (let attempts = 0; chosen.size < want && attempts < want * 50; attempts++) {
        const target = pick();
        if (target !== self) chosen.add(target);
      }
      return chosen;
    };

    const emit = function* (rows: RelRow[]): Generator<RelRow[]> {
      for (const row of rows) {
        batch.push(row);
        if (batch.length === LOAD_BATCH) {
          yield batch;
          batch = [];
        }
      }
    };

    switch (type) {
      case "MEMBER_OF":
        for (let f = 0; f < this.firms; f++) {
          const k = 1 + (random() < 0.5 ? 1 : 0);
          const targets = distinct(k, this.platforms, () => skewed(this.platforms, 3));
          yield* emit(push(this.firmStart + f, targets, () => ({ since: 2000 + uniform(25) })));
        }
        break;
      case "SUPPLIES":
        for (let f = 0; f < this.firms; f++) {
          const targets = [...distinct(3, this.firms, () => skewed(this.firms, 2), f)].map((t) => this.firmStart + t);
          yield* emit(push(this.firmStart + f, targets, () => ({ volume: Math.round(Math.exp(random() * 8)) })));
        }
        break;
      case "SERVES":
        for (let s = 0; s < this.providers; s++) {
          const targets = [...distinct(8, this.firms, () => uniform(this.firms))].map((t) => this.firmStart + t);
          yield* emit(push(this.providerStart + s, targets, () => ({ category: SERVICE_CATEGORIES[uniform(SERVICE_CATEGORIES.length)]! })));
        }
        break;
      case "PARTNERS_WITH":
        for (let s = 0; s < this.providers; s++) {
          yield* emit(push(this.providerStart + s, [skewed(this.platforms, 3)], () => ({})));
        }
        break;
      case "SUPPORTS":
        for (let g = 0; g < this.agencies; g++) {
          const k = 1 + (random() < 0.5 ? 1 : 0);
          yield* emit(push(this.agencyStart + g, distinct(k, this.platforms, () => uniform(this.platforms)), () => ({})));
        }
        break;
    }
    if (batch.length > 0) yield batch;
  }
}

const REL_ENDS: Record<RelType, [ActorLabel, ActorLabel]> = {
  MEMBER_OF: ["Firm", "Platform"],
  SUPPLIES: ["Firm", "Firm"],
  SERVES: ["ServiceProvider", "Firm"],
  PARTNERS_WITH: ["ServiceProvider", "Platform"],
  SUPPORTS: ["GovernmentAgency", "Platform"],
};

function createNodesQuery(label: ActorLabel): NamedQuery {
  return { name: `bench.createNodes:${label}`, cypher: `UNWIND $rows AS row CREATE (n:Actor:${label}) SET n = row` };
}

function createRelationshipsQuery(type: RelType): NamedQuery {
  const [from, to] = REL_ENDS[type];
  const props =
    type === "MEMBER_OF" ? "{since: date({year: toInteger(row.p.since)})}" : type === "SUPPLIES" ? "{volume: row.p.volume}" : type === "SERVES" ? "{category: row.p.category}" : "";
  return {
    name: `bench.createRelationships:${type}`,
    cypher: `
      UNWIND $rows AS row
      MATCH (a:${from} {id: row.s})
      MATCH (b:${to} {id: row.t})
      CREATE (a)-[:${type} ${props}]->(b)`,
  };
}

const COUNT_BENCH_GRAPH: NamedQuery = {
  name: "bench.count",
  cypher: `
    MATCH (n:Actor {source: $source})
    RETURN count(n) AS actors, sum(COUNT { (n)-[]->(:Actor) }) AS relationships`,
};

const COUNT_FOREIGN_ACTORS: NamedQuery = {
  name: "bench.foreignActors",
  cypher: `MATCH (n:Actor) WHERE n.source IS NULL OR n.source <> $source RETURN count(n) AS actors`,
};

const DELETE_METRIC_RUNS: NamedQuery = {
  name: "bench.deleteMetricRuns",
  cypher: `MATCH (r:MetricRun) WHERE r.id IN $ids DELETE r`,
};

/** DETACH DELETE … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run. */
async function deleteBenchData(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.options.database });
  try {
    await session.run(
      `MATCH (n {source: $source}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
      { source: BENCH_SOURCE },
    );
  } finally {
    await session.close();
  }
}

async function loadGraph(db: Database, eco: GeneratedEcosystem): Promise<{ nodeSeconds: number; relSeconds: number; relationships: number }> {
  const nodeStart = performance.now();
  for (const label of ["Platform", "Firm", "ServiceProvider", "GovernmentAgency"] as const) {
    const query = createNodesQuery(label);
    for (const rows of eco.nodes(label)) await db.write(query, { rows });
  }
  const nodeSeconds = (performance.now() - nodeStart) / 1000;
  const relStart = performance.now();
  let relationships = 0;
  for (const type of ["MEMBER_OF", "SUPPLIES", "SERVES", "PARTNERS_WITH", "SUPPORTS"] as const) {
    const query = createRelationshipsQuery(type);
    for (const rows of eco.relationships(type)) {
      await db.write(query, { rows });
      relationships += rows.length;
    }
  }
  return { nodeSeconds, relSeconds: (performance.now() - relStart) / 1000, relationships };
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Row {
  readonly step: string;
  readonly seconds: number | null;
  readonly peakRss: number | null;
  /** V8 heapUsed after a full GC just before the step: what earlier steps still hold. */
  readonly heapBefore: number | null;
  readonly notes: string;
}

interface SizeReport {
  readonly size: number;
  readonly n: number;
  readonly m: number;
  readonly rows: Row[];
  readonly summary: Record<string, number | null>;
  readonly notes: string[];
}

const fmtSeconds = (s: number | null) => (s === null ? "—" : s < 0.01 ? s.toFixed(4) : s < 10 ? s.toFixed(3) : s.toFixed(1));
const fmtMib = (bytes: number | null) => (bytes === null ? "—" : `${Math.round(bytes / MIB)}`);
const fmtInt = (x: number) => x.toLocaleString("en-US");

class Bench {
  readonly rows: Row[] = [];
  private heapBefore: number | null = null;

  constructor(private readonly rss: RssSampler, private readonly main: MainThreadSampler) {}

  /** Times `work` (after a full GC, which is not timed) and records its step peak RSS. */
  async time<T>(step: string, work: () => Promise<T> | T, notes: (value: T, seconds: number) => string = () => ""): Promise<{ value: T; seconds: number }> {
    this.heapBefore = settledHeap();
    this.rss.resetStep();
    const started = performance.now();
    const value = await work();
    const seconds = (performance.now() - started) / 1000;
    this.main.sample();
    const row: Row = { step, seconds, peakRss: this.rss.stepPeak(), heapBefore: this.heapBefore, notes: notes(value, seconds) };
    this.rows.push(row);
    log(`  ${step}: ${fmtSeconds(seconds)} s${row.notes ? ` (${row.notes})` : ""}`);
    return { value, seconds };
  }

  /** Like `time`, but a thrown error becomes the row's note (refused or failed metric). */
  async attempt<T>(step: string, work: () => Promise<T> | T, notes: (value: T, seconds: number) => string = () => "", explain: (error: unknown) => string = describeError): Promise<number | null> {
    try {
      return (await this.time(step, work, notes)).seconds;
    } catch (error) {
      const row: Row = { step, seconds: null, peakRss: this.rss.stepPeak(), heapBefore: this.heapBefore, notes: explain(error) };
      this.rows.push(row);
      log(`  ${step}: ${row.notes}`);
      return null;
    }
  }

  record(step: string, seconds: number, peakRss: number | null, heapBefore: number | null, notes: string): void {
    this.rows.push({ step, seconds, peakRss, heapBefore, notes });
    log(`  ${step}: ${fmtSeconds(seconds)} s${notes ? ` (${notes})` : ""}`);
  }

  note(step: string, notes: string, seconds: number | null = null): void {
    this.rows.push({ step, seconds, peakRss: null, heapBefore: null, notes });
    log(`  ${step}: ${seconds === null ? "" : `${fmtSeconds(seconds)} s `}${notes}`);
  }
}

function describeError(error: unknown): string {
  if (error instanceof MetricTooLargeError) {
    return `refused: n·m = ${fmtInt(error.actual)} > limit ${fmtInt(error.limit)} (METRICS_EXACT_LIMIT), MetricTooLargeError`;
  }
  return `failed: ${error instanceof Error ? `${error.name}: ${error.message.split("\n", 1)[0]}` : String(error)}`;
}

function log(message: string): void {
  console.log(message);
}

/** Records when each named query starts, to split an end-to-end call into read, compute and write. */
function queryClock(): { observe: QueryObserver; first(name: string): number | undefined } {
  const marks: Array<[string, number]> = [];
  return {
    observe: (query) => marks.push([query.name, performance.now()]),
    first: (name) => marks.find(([n]) => n === name)?.[1],
  };
}

interface Samplers {
  readonly rss: RssSampler;
  readonly main: MainThreadSampler;
}

/** What one size's run shares between its phases. */
interface SizeRun {
  readonly db: Database;
  readonly config: Config;
  readonly options: Options;
  readonly bench: Bench;
  readonly samplers: Samplers;
  readonly summary: Record<string, number | null>;
  /** The last measured exact run of each all-pairs measure, to extrapolate to larger graphs. */
  readonly exactHistory: Map<string, { nm: number; seconds: number }>;
  /** MetricRun ids the write-backs created (deleted at the end). */
  readonly runIds: string[];
}

async function benchmarkSize(
  db: Database,
  size: number,
  config: Config,
  options: Options,
  samplers: Samplers,
  exactHistory: Map<string, { nm: number; seconds: number }>,
  runIds: string[],
  neo4jPid: number | undefined,
): Promise<SizeReport> {
  const bench = new Bench(samplers.rss, samplers.main);
  const summary: Record<string, number | null> = {};
  const notes: string[] = [];
  const run: SizeRun = { db, config, options, bench, samplers, summary, exactHistory, runIds };
  log(`\n== ${fmtInt(size)} actors ==`);

  notes.push(await loadPhase(run, size));

  // Each phase is a function of its own: a suspended async frame can keep its dead locals (a
  // whole graph) reachable, which would inflate the memory figures of the later steps.
  await splitGraphRead(run);
  const { n, m } = await warmPhase(run);
  // The warm phase's services (and their cached graph) are garbage now.
  await coldPhase(run);

  collectGarbage();
  summary.peakRss = samplers.rss.overallPeak();
  summary.maxRss = process.resourceUsage().maxRSS * 1024;
  summary.jvmPeak = neo4jPid === undefined ? null : processPeakRss(neo4jPid);
  return { size, n, m, rows: bench.rows, summary, notes };
}

/** Deletes the previous size's data and loads a generated graph of `size` actors. */
async function loadPhase(run: SizeRun, size: number): Promise<string> {
  const { db, bench, summary } = run;
  await bench.time("delete previous bench data", () => deleteBenchData(db));
  const eco = new GeneratedEcosystem(size);
  const load = await bench.time("load: generated graph into Neo4j (UNWIND batches of 10k)", () => loadGraph(db, eco), (l) =>
    `${fmtInt(size)} nodes in ${fmtSeconds(l.nodeSeconds)} s, ${fmtInt(l.relationships)} relationships in ${fmtSeconds(l.relSeconds)} s`,
  );
  summary.load = load.seconds;
  const [counted] = await db.read<{ actors: number; relationships: number }>(COUNT_BENCH_GRAPH, { source: BENCH_SOURCE });
  const counts = eco.labelCounts();
  return (
    `Generated: ${fmtInt(counted?.actors ?? 0)} actors (${Object.entries(counts).map(([l, c]) => `${fmtInt(c)} ${l}`).join(", ")}), ` +
    `${fmtInt(counted?.relationships ?? 0)} relationships in Neo4j.`
  );
}

/** The graph read split into its two parts (a read of its own; Neo4j's page cache is warm). */
async function splitGraphRead(run: SizeRun): Promise<void> {
  const { db, bench, samplers, summary } = run;
  const heapBefore = settledHeap();
  samplers.rss.resetStep();
  const t0 = performance.now();
  const input = await readMetricGraph(db, DEFAULT_SELECTION);
  const t1 = performance.now();
  const built = buildGraph(input, { directed: false, weighted: false, relationshipTypes: [...DEFAULT_SELECTION.relationshipTypes] });
  const t2 = performance.now();
  const peak = samplers.rss.stepPeak();
  bench.record("graph read, part 1: readMetricGraph (Cypher, driver, rows)", (t1 - t0) / 1000, peak, heapBefore,
    `${fmtInt(input.nodes.length)} actor rows, ${fmtInt(input.edges.length)} relationship rows`);
  bench.record("graph read, part 2: buildGraph (sort, graphology graph)", (t2 - t1) / 1000, peak, null,
    `${fmtInt(built.order)} nodes, ${fmtInt(built.size)} edges`);
  summary.readPart = (t1 - t0) / 1000;
  summary.buildPart = (t2 - t1) / 1000;
}

/** One set of fresh services: the graph is read once, then every metric runs on the cached graph. */
async function warmPhase(run: SizeRun): Promise<{ n: number; m: number }> {
  const { db, config, options, bench, summary, exactHistory } = run;
  const services = createServices(db, config);
  const graphStep = await bench.time("graph read: metrics.graph(DEFAULT_SELECTION), fresh services", () => services.metrics.graph(DEFAULT_SELECTION), (g) =>
    `n = ${fmtInt(g.order)}, m = ${fmtInt(g.size)} (undirected, parallel ties merged)`,
  );
  const graph = graphStep.value;
  const n = graph.order;
  const m = graph.size;
  summary.graphRead = graphStep.seconds;

  for (const measure of [CentralityMeasure.DEGREE, CentralityMeasure.WEIGHTED_DEGREE, CentralityMeasure.PAGERANK, CentralityMeasure.EIGENVECTOR]) {
    summary[measure] = await bench.attempt(`${measure}: metrics.scores (graph cached)`, () => services.metrics.scores(measure, DEFAULT_SELECTION), (scores) =>
      `${fmtInt(Object.keys(scores).length)} scores`,
    );
  }

  for (const measure of [CentralityMeasure.BETWEENNESS, CentralityMeasure.CLOSENESS]) {
    const nm = n * m;
    const seconds = await bench.attempt(`${measure}: metrics.scores (graph cached)`, () => services.metrics.scores(measure, DEFAULT_SELECTION), () =>
      `n·m = ${fmtInt(nm)} ≤ limit ${fmtInt(config.metricsExactLimit)}`,
    );
    summary[measure] = seconds;
    if (seconds !== null) {
      exactHistory.set(measure, { nm, seconds });
      continue;
    }
    const known = exactHistory.get(measure);
    const extrapolated = known ? (known.seconds * nm) / known.nm : null;
    if (nm <= options.exactCap && (extrapolated === null || extrapolated < 600)) {
      const exact = measure === CentralityMeasure.BETWEENNESS ? betweennessCentrality : harmonicCloseness;
      const lifted = await bench.attempt(`${measure}: exact with the limit lifted (algorithm on the cached graph)`, () =>
        exact(new CompactGraph(graph.data), { maxNodesTimesEdges: Infinity }),
        () => `what METRICS_EXACT_LIMIT ≥ ${nm.toExponential(1)} would cost` + (extrapolated === null ? "" : `; extrapolated from the smaller size: ${fmtDuration(extrapolated)}`),
      );
      if (lifted !== null) exactHistory.set(measure, { nm, seconds: lifted });
      summary[`${measure}_lifted`] = lifted;
    } else {
      bench.note(
        `${measure}: exact with the limit lifted`,
        `not run (n·m = ${fmtInt(nm)}${nm > options.exactCap ? ` > --exact-cap ${fmtInt(options.exactCap)}` : ""})` +
          (known ? `; extrapolated linearly in n·m from ${fmtInt(known.nm)}: ≈ ${fmtDuration(extrapolated!)}` : ""),
      );
    }
  }

  summary.CONSTRAINT = await bench.attempt("CONSTRAINT: burtConstraint (graph cached)", () => burtConstraint(new CompactGraph(graph.data)));
  summary.EFFECTIVE_SIZE = await bench.attempt("EFFECTIVE_SIZE: effectiveSize (graph cached)", () => effectiveSize(new CompactGraph(graph.data)));
  summary.ARTICULATION_POINT = await bench.attempt("ARTICULATION_POINT: articulationPoints (graph cached)", () => articulationPoints(new CompactGraph(graph.data)), (ids) =>
    `${fmtInt(ids.length)} articulation points`,
  );
  summary.brokerage = await bench.attempt("brokerage(DEFAULT_SELECTION, 10): the three above + names", () => services.metrics.brokerage(DEFAULT_SELECTION, 10), (b) =>
    `${fmtInt(b.articulationPoints.length)} articulation points, lowest constraint ${b.topBrokers[0]?.constraint?.toFixed(4) ?? "—"}`,
  );

  // Write-back with the graph and both scores cached: what remains is the writing.
  const clock = queryClock();
  const started = performance.now();
  const step = await bench.time("write-back: metricRuns.run([DEGREE, PAGERANK]), scores cached", () =>
    services.metricRuns.run(["DEGREE", "PAGERANK"], DEFAULT_SELECTION, {}, clock.observe),
  );
  run.runIds.push(step.value.id);
  const firstWrite = clock.first("metricRuns.writeValues");
  if (firstWrite !== undefined) {
    const writeSeconds = (started + step.seconds * 1000 - firstWrite) / 1000;
    summary.writePart = writeSeconds;
    bench.note("  of which: writing the values (10k actors per transaction) and the MetricRun", `${fmtInt(step.value.actorCount)} actors`, writeSeconds);
  }
  summary.writeBackWarm = step.seconds;
  await services.metrics.close();
  return { n, m };
}

/**
 * The plain alternative of a cold PageRank (issue 12, item 3): one Cypher query that returns one
 * row per actor with its neighbours' ids, a graphology graph built from it, graphology-metrics'
 * PageRank, the top 10. No cache, no workers, no checks: what a script would do.
 */
const PLAIN_NEIGHBOURS: NamedQuery = {
  name: "bench.plainNeighbours",
  cypher: `MATCH (a:Actor) RETURN a.id AS id, [(a)-[r]->(b:Actor) WHERE r.until IS NULL AND type(r) IN $types | b.id] AS targets`,
};

async function plainPageRank(db: Database): Promise<number> {
  const rows = await db.read<{ id: string; targets: string[] }>(PLAIN_NEIGHBOURS, { types: [...DEFAULT_SELECTION.relationshipTypes] });
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const row of rows) graph.mergeNode(row.id);
  for (const row of rows) for (const target of row.targets) if (target !== row.id) graph.mergeEdge(row.id, target);
  const scores = graphologyPageRank(graph, { alpha: 0.85, tolerance: 1e-10, maxIterations: 1000, getEdgeWeight: null });
  return Object.entries(scores).sort((x, y) => y[1] - x[1]).slice(0, 10).length;
}

/**
 * Cold PageRank end to end, Ecograph (fresh services: version read, compact read, CSR build and
 * PageRank in a worker, ranking with names) against {@link plainPageRank}, interleaved A, B, A, B
 * in the same run; every round is printed, then the medians, spread and ratio.
 */
async function pageRankSideBySide(run: SizeRun, rounds: number): Promise<void> {
  const ecograph: number[] = [];
  const plain: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    collectGarbage();
    const fresh = createServices(run.db, run.config);
    let t0 = performance.now();
    await fresh.metrics.ranking(CentralityMeasure.PAGERANK, DEFAULT_SELECTION, 10);
    ecograph.push((performance.now() - t0) / 1000);
    await fresh.metrics.close();
    collectGarbage();
    t0 = performance.now();
    await plainPageRank(run.db);
    plain.push((performance.now() - t0) / 1000);
    log(`  PageRank cold, round ${round}: Ecograph ${fmtSeconds(ecograph[round - 1]!)} s, plain script ${fmtSeconds(plain[round - 1]!)} s, ratio ${(ecograph[round - 1]! / plain[round - 1]!).toFixed(2)}`);
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const spread = (xs: number[]) => `${fmtSeconds(Math.min(...xs))}–${fmtSeconds(Math.max(...xs))}`;
  const ratios = ecograph.map((e, i) => e / plain[i]!);
  run.bench.note(
    "PageRank cold, Ecograph vs plain script (interleaved rounds)",
    `Ecograph median ${fmtSeconds(median(ecograph))} s (${spread(ecograph)}), plain ${fmtSeconds(median(plain))} s (${spread(plain)}), ` +
      `ratio median ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}), ${rounds} rounds, load ${loadavg().map((l) => l.toFixed(1)).join(" ")}`,
    median(ecograph),
  );
  run.summary.pageRankColdMedian = median(ecograph);
  run.summary.pageRankPlainMedian = median(plain);
  run.summary.pageRankRatio = median(ratios);
}

/** Fresh services for every call: the Neo4j read and graph build are part of each time. */
async function coldPhase(run: SizeRun): Promise<void> {
  await pageRankSideBySide(run, 5);
  await coldScores(run, CentralityMeasure.PAGERANK);
  await coldScores(run, CentralityMeasure.DEGREE);
  await coldWriteBack(run);
}

async function coldScores(run: SizeRun, measure: CentralityMeasure): Promise<void> {
  const fresh = createServices(run.db, run.config);
  const step = await run.bench.time(`${measure} cold end to end: fresh services, scores() incl. Neo4j read`, () =>
    fresh.metrics.scores(measure, DEFAULT_SELECTION).then((scores) => Object.keys(scores).length),
  );
  await fresh.metrics.close();
  run.summary[`${measure}_cold`] = step.seconds;
}

async function coldWriteBack(run: SizeRun): Promise<void> {
  const { bench, summary } = run;
  const fresh = createServices(run.db, run.config);
  const clock = queryClock();
  const started = performance.now();
  const step = await bench.time("write-back cold end to end: fresh services, metricRuns.run([DEGREE, PAGERANK])", () =>
    fresh.metricRuns.run(["DEGREE", "PAGERANK"], DEFAULT_SELECTION, {}, clock.observe),
  );
  await fresh.metrics.close();
  run.runIds.push(step.value.id);
  summary.writeBackCold = step.seconds;
  const firstWrite = clock.first("metricRuns.writeValues");
  if (firstWrite !== undefined) {
    bench.note("  of which: read, build, compute DEGREE and PAGERANK", "", (firstWrite - started) / 1000);
    bench.note("  of which: write", "", (started + step.seconds * 1000 - firstWrite) / 1000);
  }
}

function fmtDuration(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(0)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(0)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

// ---------------------------------------------------------------------------------------------
// Report

function renderReport(
  reports: readonly SizeReport[],
  context: { neo4j: string; embedded: boolean; config: Config; started: Date; totalSeconds: number; memory: { rss: number; maxRss: number; mainRss: number; heapUsed: number } },
): string {
  const { config } = context;
  const lines: string[] = [];
  lines.push(`# Ecograph metrics benchmark`);
  lines.push("");
  lines.push(`Run ${context.started.toISOString()} with \`npm run bench:metrics\` (total ${fmtDuration(context.totalSeconds)}).`);
  lines.push("");
  lines.push(
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB RAM; Node ${process.version}; ` +
      `Neo4j ${context.neo4j}${context.embedded ? ` embedded (heap ${config.neo4j.embedded.heap}, page cache ${config.neo4j.embedded.pageCache})` : ` at NEO4J_URI`}; ` +
      `METRICS_EXACT_LIMIT = ${fmtInt(config.metricsExactLimit)}.`,
  );
  lines.push("");
  lines.push(`## Summary (seconds)`);
  lines.push("");
  lines.push(`| Actors | n | m | Load | Graph read | DEGREE | PAGERANK | EIGENVECTOR | BETWEENNESS | CLOSENESS | CONSTRAINT | EFFECTIVE_SIZE | ART. POINTS | PAGERANK cold e2e | DEGREE cold e2e | Write-back cold e2e | Peak RSS (MiB) |`);
  lines.push(`|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`);
  for (const r of reports) {
    const s = r.summary;
    const exact = (key: string) => (s[key] !== null && s[key] !== undefined ? fmtSeconds(s[key]) : s[`${key}_lifted`] != null ? `refused (${fmtSeconds(s[`${key}_lifted`]!)} lifted)` : "refused");
    lines.push(
      `| ${fmtInt(r.size)} | ${fmtInt(r.n)} | ${fmtInt(r.m)} | ${fmtSeconds(s.load ?? null)} | ${fmtSeconds(s.graphRead ?? null)} | ${fmtSeconds(s.DEGREE ?? null)} | ${fmtSeconds(s.PAGERANK ?? null)} | ` +
        `${fmtSeconds(s.EIGENVECTOR ?? null)} | ${exact("BETWEENNESS")} | ${exact("CLOSENESS")} | ${fmtSeconds(s.CONSTRAINT ?? null)} | ${fmtSeconds(s.EFFECTIVE_SIZE ?? null)} | ` +
        `${fmtSeconds(s.ARTICULATION_POINT ?? null)} | ${fmtSeconds(s.PAGERANK_cold ?? null)} | ${fmtSeconds(s.DEGREE_cold ?? null)} | ${fmtSeconds(s.writeBackCold ?? null)} | ${fmtMib(s.peakRss ?? null)} |`,
    );
  }
  lines.push("");
  lines.push(
    `Peak memory of this Node process (it runs the same services as the API): RSS ${fmtMib(context.memory.rss)} MiB sampled every 50 ms by a worker thread, ` +
      `${fmtMib(context.memory.maxRss)} MiB by the kernel (process.resourceUsage().maxRSS), ` +
      `${fmtMib(context.memory.mainRss)} MiB by a main-thread setInterval (misses synchronous stretches); heapUsed peak ≥ ${fmtMib(context.memory.heapUsed)} MiB (main-thread samples).`,
  );
  for (const r of reports) {
    lines.push("");
    lines.push(`## ${fmtInt(r.size)} actors — n = ${fmtInt(r.n)}, m = ${fmtInt(r.m)}`);
    lines.push("");
    for (const note of r.notes) lines.push(note);
    lines.push("");
    lines.push(`| Step | Time (s) | Peak RSS in step (MiB) | Heap before, after GC (MiB) | Notes |`);
    lines.push(`|---|---:|---:|---:|---|`);
    for (const row of r.rows) {
      lines.push(`| ${row.step.replace(/^ {2}/, "&nbsp;&nbsp;↳ ").replace(/\|/g, "\\|")} | ${fmtSeconds(row.seconds)} | ${fmtMib(row.peakRss)} | ${fmtMib(row.heapBefore)} | ${row.notes.replace(/\|/g, "\\|")} |`);
    }
    lines.push("");
    lines.push(
      `Process peak so far: RSS ${fmtMib(r.summary.peakRss ?? null)} MiB (worker samples), maxRSS ${fmtMib(r.summary.maxRss ?? null)} MiB` +
        (r.summary.jvmPeak != null ? `; Neo4j JVM peak RSS (VmHWM) ${fmtMib(r.summary.jvmPeak)} MiB.` : "."),
    );
  }
  lines.push("");
  return lines.join("\n");
}

// ---------------------------------------------------------------------------------------------
// Main

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const startedAt = new Date();
  const started = performance.now();
  if ((globalThis as { gc?: () => void }).gc === undefined) {
    console.warn("warning: run with node --expose-gc (npm run bench:metrics does) for per-step memory figures that do not carry garbage over");
  }
  const config = loadConfig({
    ...process.env,
    EMBEDDED_NEO4J_DATA_DIR: ".neo4j/bench-data",
    EMBEDDED_NEO4J_BOLT_PORT: "0",
    EMBEDDED_NEO4J_HEAP: "2g",
    EMBEDDED_NEO4J_PAGECACHE: "1g",
  });
  const external = config.neo4j.uri;
  const rss = new RssSampler();
  const mainSampler = new MainThreadSampler();

  let embedded: EmbeddedNeo4j | undefined;
  let db: Database | undefined;
  const runIds: string[] = [];
  const reports: SizeReport[] = [];
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
    if (external === undefined) {
      const dataDir = config.neo4j.embedded.dataDir;
      if (!dataDir.endsWith(join(".neo4j", "bench-data"))) throw new Error(`Refusing to wipe unexpected data folder ${dataDir}`);
      rmSync(dataDir, { recursive: true, force: true });
      embedded = await startEmbeddedNeo4j(config.neo4j.embedded, {
        info: (message) => log(`[neo4j] ${message}`),
        warn: (message) => console.warn(`[neo4j] ${message}`),
      });
    } else {
      console.warn(
        `warning: NEO4J_URI is set (${external}): the benchmark writes nodes with source "${BENCH_SOURCE}" there, ` +
          `writes metric values and MetricRun records, and deletes them afterwards.`,
      );
    }
    db = await connectToNeo4j({
      uri: external ?? embedded!.uri,
      user: config.neo4j.user,
      password: config.neo4j.password,
      database: config.neo4j.database,
      connectTimeoutMs: config.neo4j.connectTimeoutMs,
      transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    });
    await prepareDatabase(db);
    if (external !== undefined) {
      const [foreign] = await db.read<{ actors: number }>(COUNT_FOREIGN_ACTORS, { source: BENCH_SOURCE });
      if ((foreign?.actors ?? 0) > 0) {
        throw new Error(
          `The Neo4j at NEO4J_URI holds ${foreign!.actors} actors that are not benchmark data. The metrics run over every actor ` +
            `(and the write-back would overwrite their metric values), so the benchmark needs a database without other actors. ` +
            `Unset NEO4J_URI to use a private embedded Neo4j.`,
        );
      }
    }
    const server = await db.driver.getServerInfo({ database: db.options.database });
    const neo4jVersion = embedded?.neo4jVersion ?? server.agent ?? "?";

    const exactHistory = new Map<string, { nm: number; seconds: number }>();
    for (const size of options.sizes) {
      reports.push(await benchmarkSize(db, size, config, options, { rss, main: mainSampler }, exactHistory, runIds, embedded?.pid));
    }
    await deleteBenchData(db);
    if (runIds.length > 0) await db.write(DELETE_METRIC_RUNS, { ids: runIds });

    mainSampler.sample();
    const report = renderReport(reports, {
      neo4j: neo4jVersion,
      embedded: embedded !== undefined,
      config,
      started: startedAt,
      totalSeconds: (performance.now() - started) / 1000,
      memory: { rss: rss.overallPeak(), maxRss: process.resourceUsage().maxRSS * 1024, mainRss: mainSampler.rss, heapUsed: mainSampler.heapUsed },
    });
    const outDir = join(findProjectRoot(), ".tmp");
    mkdirSync(outDir, { recursive: true });
    const outFile = join(outDir, "benchmark-metrics.md");
    writeFileSync(outFile, report);
    console.log(`\n${report}`);
    console.log(`written to ${outFile}`);
  } finally {
    if (db !== undefined && external !== undefined) {
      // Leave an external database as it was, even after an error.
      await deleteBenchData(db).catch((error) => console.error(`could not delete the benchmark data: ${describeError(error)}`));
      if (runIds.length > 0) await db.write(DELETE_METRIC_RUNS, { ids: runIds }).catch(() => undefined);
    }
    await db?.close().catch(() => undefined);
    await embedded?.stop();
    mainSampler.stop();
    await rss.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
