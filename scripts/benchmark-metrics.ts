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
import { createServices, metricWorkerConnection, prepareDatabase } from "../src/api";
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
import { MetricPool } from "../src/metrics/worker/metric-pool";
import { readRawGraph } from "../src/metrics/graph-reader";
import { BENCH_SOURCE, COUNT_BENCH_GRAPH, COUNT_FOREIGN_ACTORS, DELETE_METRIC_RUNS, deleteBenchData, GeneratedEcosystem, loadGraph } from "./bench-graph";
import { processPeakRss } from "./bench-support";

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
/** Above METRICS_EXACT_LIMIT, exact betweenness/closeness are still timed (limit lifted) up to this n·m. */
const DEFAULT_EXACT_CAP = 1e9;
const MIB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Command line

const PHASES = ["split", "warm", "cold", "sampled"] as const;
type Phase = (typeof PHASES)[number];

interface Options {
  readonly sizes: number[];
  readonly exactCap: number;
  /** Which parts to run (default all): split read, warm metrics, cold side by side, sampled betweenness. */
  readonly phases: ReadonlySet<Phase>;
  /** Pivots of the sampled betweenness. */
  readonly samples: number;
  /** Interleaved rounds of the cold PageRank side by side. */
  readonly rounds: number;
}

function parseArgs(argv: readonly string[]): Options {
  let sizes = DEFAULT_SIZES;
  let exactCap = DEFAULT_EXACT_CAP;
  let phases = new Set<Phase>(PHASES);
  let samples = 500;
  let rounds = 5;
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
    } else if (flag === "--phases") {
      const named = value().split(",").map((x) => x.trim());
      const unknown = named.filter((x) => !(PHASES as readonly string[]).includes(x));
      if (named.length === 0 || unknown.length > 0) throw new Error(`--phases must be a comma-separated list of ${PHASES.join(", ")}, but got: ${unknown.join(", ")}`);
      phases = new Set(named as Phase[]);
    } else if (flag === "--samples") {
      samples = Number(value());
      if (!Number.isInteger(samples) || samples < 1) throw new Error(`--samples must be a whole number ≥ 1 (pivots of the sampled betweenness), e.g. 500`);
    } else if (flag === "--rounds") {
      rounds = Number(value());
      if (!Number.isInteger(rounds) || rounds < 1 || rounds > 50) throw new Error(`--rounds must be a whole number from 1 to 50, e.g. 5`);
    } else if (flag === "--help" || flag === "-h") {
      console.log(`usage: npm run bench:metrics [-- --sizes 1000,10000,100000] [--exact-cap 1e9] [--phases ${PHASES.join(",")}] [--samples 500] [--rounds 5]`);
      process.exit(0);
    } else {
      throw new Error(`Unknown argument ${JSON.stringify(arg)} (known: --sizes, --exact-cap, --phases, --samples, --rounds)`);
    }
  }
  return { sizes: [...new Set(sizes)].sort((a, b) => a - b), exactCap, phases, samples, rounds };
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
  if (options.phases.has("split")) await splitGraphRead(run);
  let { n, m } = options.phases.has("warm") ? await warmPhase(run) : { n: 0, m: 0 };
  // The warm phase's services (and their cached graph) are garbage now.
  if (options.phases.has("cold")) await coldPhase(run);
  if (options.phases.has("sampled")) ({ n, m } = await sampledPhase(run));

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
        exact(new CompactGraph(graph.withIds()), { maxNodesTimesEdges: Infinity }),
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

  summary.CONSTRAINT = await bench.attempt("CONSTRAINT: burtConstraint (graph cached)", () => burtConstraint(new CompactGraph(graph.withIds())));
  summary.EFFECTIVE_SIZE = await bench.attempt("EFFECTIVE_SIZE: effectiveSize (graph cached)", () => effectiveSize(new CompactGraph(graph.withIds())));
  summary.ARTICULATION_POINT = await bench.attempt("ARTICULATION_POINT: articulationPoints (graph cached)", () => articulationPoints(new CompactGraph(graph.withIds())), (ids) =>
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

/**
 * Where a cold PageRank's time goes: the graph read as the API runs it (in a worker thread with
 * its own driver: Cypher, rows numbered, CSR built), and, for comparison, the same read on this
 * thread (as before the read moved into the worker) and the CSR build alone; then PageRank in a
 * worker.
 */
async function coldProfile(run: SizeRun): Promise<void> {
  const { db, bench, summary, config } = run;
  const pool = new MetricPool({ threads: 1, maxQueue: 4, neo4j: metricWorkerConnection(db, config.neo4j) });
  try {
    await pool.run("sortIds", { ids: [] }); // start the thread outside the timings
    const read = await bench.time("  profile: readGraph in a worker (Cypher, driver, rows numbered, CSR built; as the API reads)", () =>
      pool.run("readGraph", { selection: DEFAULT_SELECTION }), (r) => `${fmtInt(r.packedIds.ends.length)} actors, ${fmtInt(r.graph.edgeCount)} edges`,
    );
    summary.profileWorkerRead = read.seconds;
    const raw = await bench.time("  profile: readRawGraph on the main thread (Cypher, driver, rows numbered; for comparison)", () => readRawGraph(db, DEFAULT_SELECTION), (r) =>
      `${fmtInt(r.ids.length)} actor rows, ${fmtInt(r.edgeCount)} relationship ends`,
    );
    summary.profileRead = raw.seconds;
    const { sources, targets, isNode } = raw.value;
    const built = await bench.time("  profile: buildGraph alone in a worker (arrays transferred, CSR in shared memory)", () =>
      pool.run("buildGraph", { raw: raw.value, directed: false, weighted: false }, [sources.buffer as ArrayBuffer, targets.buffer as ArrayBuffer, isNode.buffer as ArrayBuffer]),
    );
    summary.profileBuild = built.seconds;
    const ranked = await bench.time("  profile: PAGERANK column in a worker (scores + sorted order)", () =>
      pool.run("column", { graph: built.value, measure: "PAGERANK", maxNodesTimesEdges: Infinity }),
    );
    summary.profilePageRank = ranked.seconds;
  } finally {
    await pool.close();
  }
}

/**
 * Sampled betweenness (Brandes–Pich pivots) through the service, in a worker: its time and error
 * bound, and, where exact betweenness is feasible (n·m ≤ --exact-cap), the largest error against
 * the exact values computed on the same graph.
 */
async function sampledPhase(run: SizeRun): Promise<{ n: number; m: number }> {
  const { db, config, options, bench, summary } = run;
  const services = createServices(db, config);
  try {
    const graph = await services.metrics.graph(DEFAULT_SELECTION);
    const n = graph.order;
    const m = graph.size;
    const samples = Math.min(options.samples, n);
    const step = await bench.time(`BETWEENNESS sampled, ${fmtInt(samples)} pivots: metrics.column (graph cached, in a worker)`, () =>
      services.metrics.column(CentralityMeasure.BETWEENNESS, DEFAULT_SELECTION, { samples }),
      ({ column }) => `error bound ${column.estimate?.errorBound.toFixed(4)} at ${column.estimate?.confidence} confidence`,
    );
    summary.sampledSeconds = step.seconds;
    summary.sampledBound = step.value.column.estimate?.errorBound ?? null;
    if (n * m <= options.exactCap) {
      const compact = new CompactGraph(graph.withIds());
      const exact = await bench.time("BETWEENNESS exact on the same graph (for the error; main thread)", () => betweennessCentrality(compact, { maxNodesTimesEdges: Infinity }));
      const values = step.value.column.values;
      let maxError = 0;
      graph.ids.forEach((id, i) => (maxError = Math.max(maxError, Math.abs(values[i]! - exact.value[id]!))));
      summary.sampledMaxError = maxError;
      bench.note("BETWEENNESS sampled vs exact", `max |estimate − exact| = ${maxError.toExponential(3)} (bound ${summary.sampledBound?.toFixed(4)})`);
    } else {
      bench.note("BETWEENNESS sampled vs exact", `exact not run (n·m = ${fmtInt(n * m)} > --exact-cap ${fmtInt(options.exactCap)})`);
    }
    return { n, m };
  } finally {
    await services.metrics.close();
  }
}

/** Fresh services for every call: the Neo4j read and graph build are part of each time. */
async function coldPhase(run: SizeRun): Promise<void> {
  await pageRankSideBySide(run, run.options.rounds);
  await coldProfile(run);
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
    // Deleting the 100,000-actor graph at the end exceeded the default 256 MiB per transaction
    // (issue 11); the benchmark's own Neo4j gets more, as the sync benchmark's does.
    NEO4J_TRANSACTION_MAX_MEMORY: "1g",
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
