/**
 * Responsiveness benchmark (not a test; issue 12): does the API keep answering while a metric
 * computes? The real API server runs as its own process (`node dist/src/index.js`, as `npm start`
 * runs it) on a private embedded Neo4j holding a generated ecosystem. After a warm-up (3,000 probes
 * back to back, as a server in use has long had; 300 more after the large graph is loaded, whose
 * first probes are slow), a probing client (probe-client.ts, a process of its own that holds
 * nothing else) sends a trivial query, `{ platforms { name } }`, every 100 ms (on a fixed
 * schedule, not waiting for answers) and this script prints the p50 / p99 / max of its latency:
 *
 *   1. idle, 10,000 actors;
 *   2. during an exact betweenness ranking on 10,000 actors (METRICS_EXACT_LIMIT raised for it);
 *   3. idle, 100,000 actors (a new graph version: every cached graph is stale);
 *   4. during a cold PageRank ranking on 100,000 actors: the first graph read of this Neo4j (its
 *      JIT compiler still compiling the read), then rounds 2–4, each after a graph-version bump
 *      (nothing cached, as after any write), pooled into one row.
 *
 * Targets: p99 ≤ 50 ms, max ≤ 100 ms during each. It also reports the API process's peak RSS
 * (VmHWM from /proc, Linux) after the 100,000-actor run (target < 1.5 GiB).
 *
 *   npm run bench:responsiveness
 *   npm run bench:responsiveness -- --small 10000 --large 100000 --idle-seconds 10
 *   npm run bench:responsiveness -- --large 0     # the small graph only
 *   npm run bench:responsiveness -- --cpu-prof .tmp/api-profile   # and the API's long tasks
 *
 * The API listens on PORT (default 4301) on 127.0.0.1; Neo4j data in .neo4j/bench-responsiveness
 * (wiped first), Bolt on any free port.
 */
import "reflect-metadata";
import { fork, spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { findProjectRoot, loadConfig } from "../src/config";
import type { Database } from "../src/db/database";
import type { EmbeddedNeo4j } from "../src/db/embedded-neo4j";
import { BUMP_GRAPH_VERSION } from "../src/db/graph-version";
import { deleteBenchData, GeneratedEcosystem, loadGraph } from "./bench-graph";
import { apiNodeOptions, cleanUpOnSignals, processPeakRss, startScratchNeo4j, waitUntilIdle } from "./bench-support";
import { PROBE_INTERVAL_MS, type ProbeCommand, type ProbeReply, type ProbeStalls } from "./probe-client";
import { describeLongTasks, mainThreadProfile } from "./cpu-profile";

const DATA_DIR = join(".neo4j", "bench-responsiveness");
const MIB = 1024 * 1024;

interface Options {
  readonly small: number;
  readonly large: number;
  readonly idleSeconds: number;
  /** Probes sent back to back before the first phase, so Neo4j's and Node's JIT have compiled their path. */
  readonly warmUp: number;
  /** Cold PageRank runs on the large graph: the first read of this Neo4j, then after version bumps. */
  readonly coldRounds: number;
  readonly port: number;
  /** Folder for a V8 CPU profile of the API process (node --cpu-prof), or null. */
  readonly cpuProf: string | null;
  /** Extra options for the API's node (e.g. --single-threaded-gc), to compare settings. */
  readonly apiNodeOptions: string[];
}

const USAGE = `Usage: npm run bench:responsiveness -- [options]
  --small N         actors of the small graph (default 10000): idle, then exact BETWEENNESS
  --large N         actors of the large graph (default 100000; 0 skips it): idle, cold PAGERANK, cached ranking
  --idle-seconds N  length of each idle phase (default 10)
  --warm-up N       probes sent back to back before the first phase (default 3000): a server
                    that has answered only a few requests still runs Neo4j's Bolt and Cypher
                    path, and its own, in the JVM's and V8's first, slower compilation tiers;
                    a tenth of them again after the large graph is loaded
  --cold-rounds N   cold PageRank runs on the large graph (default 4): the first is the first graph
                    read of this Neo4j (its JIT compiler still compiling the read's path); before
                    each further one the graph version is bumped, so nothing is cached
  --port N          the API's port (default PORT or 4301)
  --cpu-prof DIR    run the API under node --cpu-prof, the profile written to DIR when it stops;
                    the longest busy stretches of its main thread are printed at the end
  --api-node-option OPT
                    an option for the API's node (repeatable), after those of \`npm start\`
                    (package.json), e.g. --v8-pool-size=4 to compare with V8's default
  --help            this text`;

function parseArgs(argv: readonly string[]): Options {
  const options = { small: 10_000, large: 100_000, idleSeconds: 10, warmUp: 3_000, coldRounds: 4, port: Number(process.env.PORT ?? 4301), cpuProf: null as string | null, apiNodeOptions: [] as string[] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    }
    if (flag === "--cpu-prof") {
      const dir = argv[++i];
      if (dir === undefined || dir.startsWith("--")) throw new Error(`--cpu-prof needs a folder, e.g. --cpu-prof .tmp/api-profile\n${USAGE}`);
      options.cpuProf = dir;
      continue;
    }
    if (flag === "--api-node-option") {
      const option = argv[++i];
      if (option === undefined || !option.startsWith("--")) throw new Error(`--api-node-option needs a node option, e.g. --api-node-option --single-threaded-gc\n${USAGE}`);
      options.apiNodeOptions.push(option);
      continue;
    }
    const value = Number(argv[++i]);
    const key = { "--small": "small", "--large": "large", "--idle-seconds": "idleSeconds", "--warm-up": "warmUp", "--cold-rounds": "coldRounds", "--port": "port" }[flag] as
      | "small"
      | "large"
      | "idleSeconds"
      | "warmUp"
      | "coldRounds"
      | "port"
      | undefined;
    if (key === undefined) throw new Error(`Unknown argument ${JSON.stringify(flag)}\n${USAGE}`);
    const least = key === "large" || key === "warmUp" ? 0 : 1;
    if (!Number.isInteger(value) || value < least) throw new Error(`${flag} needs a whole number ≥ ${least}, but got: ${argv[i]}`);
    options[key] = value;
  }
  return options;
}

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

interface ApiProcess {
  readonly url: string;
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

/** Server-side durations (ms) of the probe requests, from the API's request log, in arrival order. */
const serverMs: number[] = [];

/** Starts the built API as `npm start` does and resolves once it logs that it is ready. */
async function startApiProcess(env: NodeJS.ProcessEnv, nodeArgs: readonly string[], timeoutMs = 900_000): Promise<ApiProcess> {
  const child = spawn(process.execPath, [...nodeArgs, join(__dirname, "..", "src", "index.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  const stderr: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM"); // never leave a half-started API holding the port
      reject(new Error(`The API did not get ready within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited with code ${code} before it was ready: ${stderr.join("").trim()}`));
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      let entry: { msg?: string; url?: string; operationName?: string; durationMs?: number };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (entry.operationName === "Probe" && typeof entry.durationMs === "number") serverMs.push(entry.durationMs);
      if (typeof entry.url === "string" && entry.msg?.startsWith("Ecograph is ready")) {
        clearTimeout(timer);
        resolve(entry.url.replace(/\/graphql$/, ""));
      }
    });
  });
  return {
    url,
    child,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

async function graphql(url: string, body: string): Promise<{ data?: unknown; errors?: Array<{ message: string }> }> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
  return (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

interface Phase {
  readonly name: string;
  readonly latencies: number[];
  /** The API's own time for the same probes (its request log: parse to response). */
  readonly server: number[];
  readonly client: ProbeStalls;
  readonly workSeconds: number | null;
  readonly load: string;
}

function summarise(phase: Phase): string {
  const sorted = [...phase.latencies].sort((a, b) => a - b);
  const ms = (x: number) => x.toFixed(1);
  const p99 = quantile(sorted, 0.99);
  const max = sorted[sorted.length - 1]!;
  const verdict = phase.workSeconds === null ? "" : ` — ${p99 <= 50 && max <= 100 ? "within" : "MISSES"} the targets (p99 ≤ 50, max ≤ 100)`;
  const server = [...phase.server].sort((a, b) => a - b);
  const serverPart = server.length === 0 ? "— | —" : `${ms(quantile(server, 0.5))} | ${ms(quantile(server, 0.99))}`;
  const orDash = (x: number | null) => (x === null ? "—" : ms(x));
  const c = phase.client;
  const stallPart = `${ms(c.loopMaxMs)} | ${ms(c.gcMaxMs)} | ${orDash(c.slowestApiWaitMs)} / ${orDash(c.slowestClientWaitMs)} | ${orDash(c.stealPercent)}`;
  return (
    `| ${phase.name} | ${sorted.length} | ${ms(quantile(sorted, 0.5))} | ${ms(p99)} | ${ms(max)} | ${serverPart} | ${stallPart} | ` +
    `${phase.workSeconds === null ? "—" : phase.workSeconds.toFixed(2)} | ${phase.load} |${verdict}`
  );
}

const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");

async function timed(url: string, body: string): Promise<number> {
  const t0 = performance.now();
  const answer = await graphql(url, body);
  if (answer.errors) throw new Error(`The metric query failed: ${answer.errors.map((e) => e.message).join("; ")}`);
  return (performance.now() - t0) / 1000;
}

async function during(name: string, prober: Prober, url: string, body: string): Promise<Phase> {
  const first = serverMs.length;
  await prober.start();
  const work = timed(url, body);
  await work.catch(() => undefined);
  const { latencies, stalls } = await prober.stop();
  const phase = { name, latencies, server: serverMs.slice(first), client: stalls, workSeconds: await work, load: load() };
  log(summarise(phase));
  return phase;
}

/** The probes of several rounds of the same work as one phase (more probes for its p99). */
function pooled(name: string, rounds: readonly Phase[]): Phase {
  return {
    name,
    latencies: rounds.flatMap((r) => r.latencies),
    server: rounds.flatMap((r) => r.server),
    // The stalls of the round whose slowest probe was the slowest of all.
    client: rounds.reduce((worst, r) => (Math.max(...r.latencies) > Math.max(...worst.latencies) ? r : worst)).client,
    workSeconds: rounds.reduce((sum, r) => sum + r.workSeconds!, 0) / rounds.length,
    load: rounds[rounds.length - 1]!.load,
  };
}

async function idle(name: string, prober: Prober, seconds: number): Promise<Phase> {
  const first = serverMs.length;
  await prober.start();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const { latencies, stalls } = await prober.stop();
  const phase = { name, latencies, server: serverMs.slice(first), client: stalls, workSeconds: null, load: load() };
  log(summarise(phase));
  return phase;
}

/** The probing client (probe-client.ts) in its own process. */
class Prober {
  private readonly replies: ProbeReply[] = [];
  private waiting: ((reply: ProbeReply) => void) | undefined;

  private constructor(private readonly child: ChildProcess) {
    child.on("message", (reply: ProbeReply) => {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = undefined;
        resolve(reply);
      } else this.replies.push(reply);
    });
  }

  static start(url: string, apiPid: number): Prober {
    return new Prober(fork(join(__dirname, "probe-client.js"), [url, String(apiPid)], { stdio: ["ignore", "inherit", "inherit", "ipc"] }));
  }

  private async ask<K extends ProbeReply["kind"]>(command: ProbeCommand | null, kind: K): Promise<Extract<ProbeReply, { kind: K }>> {
    if (command !== null) this.child.send(command);
    const reply = this.replies.shift() ?? (await new Promise<ProbeReply>((resolve) => (this.waiting = resolve)));
    if (reply.kind === "failed") throw new Error(`The probing client failed: ${reply.message}`);
    if (reply.kind !== kind) throw new Error(`The probing client answered ${reply.kind}, not ${kind}`);
    return reply as Extract<ProbeReply, { kind: K }>;
  }

  async warmUp(probes: number): Promise<void> {
    const { seconds } = await this.ask({ kind: "warmUp", probes }, "warmedUp");
    log(`warm-up: ${probes} probes back to back in ${seconds.toFixed(1)} s`);
  }

  async start(): Promise<void> {
    await this.ask({ kind: "start" }, "started");
  }

  stop(): Promise<{ latencies: number[]; stalls: ProbeStalls }> {
    return this.ask({ kind: "stop" }, "result");
  }

  close(): void {
    if (this.child.connected) this.child.disconnect();
  }
}

async function loadEcosystem(db: Database, size: number, neo4jPid: number): Promise<void> {
  await deleteBenchData(db);
  const t0 = performance.now();
  const loaded = await loadGraph(db, new GeneratedEcosystem(size));
  log(`loaded ${size.toLocaleString("en-US")} actors, ${loaded.relationships.toLocaleString("en-US")} relationships in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  // The load's aftermath in Neo4j (garbage collection, compilation) would fall into the next
  // phases and be measured as the metric's doing: wait until the JVM is idle (at most 60 s).
  log(`Neo4j idle again after ${(await waitUntilIdle(neo4jPid)).toFixed(0)} s`);
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const root = findProjectRoot();
  const env = { ...process.env };
  delete env.NEO4J_URI;
  const config = loadConfig({ ...env, EMBEDDED_NEO4J_DATA_DIR: DATA_DIR, EMBEDDED_NEO4J_BOLT_PORT: "0", EMBEDDED_NEO4J_HEAP: "2g", EMBEDDED_NEO4J_PAGECACHE: "1g" });
  let embedded: EmbeddedNeo4j | undefined;
  let db: Database | undefined;
  let api: ApiProcess | undefined;
  let prober: Prober | undefined;
  const cleanUp = async () => {
    prober?.close();
    await api?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  };
  cleanUpOnSignals(cleanUp);
  try {
    const scratch = await startScratchNeo4j(config, DATA_DIR, log, root);
    embedded = scratch.embedded;
    db = scratch.db;
    await loadEcosystem(db, options.small, embedded.pid);

    const nodeArgs = [...apiNodeOptions(), ...options.apiNodeOptions, ...(options.cpuProf === null ? [] : ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`])];
    api = await startApiProcess({
      ...env,
      NODE_ENV: "development",
      NEO4J_URI: embedded.uri,
      HOST: "127.0.0.1",
      PORT: String(options.port),
      LOG_LEVEL: "info", // the ready line is logged at info
      // Exact betweenness on the small graph (n·m ≈ 5·10⁸) is above the default limit of 10⁸.
      METRICS_EXACT_LIMIT: "1000000000",
    }, nodeArgs);
    const apiPid = api.child.pid!;
    log(`API (pid ${apiPid}) ready at ${api.url}`);
    prober = Prober.start(api.url, apiPid);
    // Warm-up: query plans, schema, connections, and enough requests for the JVM and V8 to
    // compile the probe's path (2,000 requests halve a fresh server's latency on this machine).
    await prober.warmUp(options.warmUp);

    const ranking = (measure: string) => JSON.stringify({ query: `{ centralityRanking(measure: ${measure}, top: 10) { id name score } }` });
    const phases: Phase[] = [];
    phases.push(await idle(`idle, ${options.small.toLocaleString("en-US")} actors`, prober, options.idleSeconds));
    phases.push(await during(`exact BETWEENNESS, ${options.small.toLocaleString("en-US")} actors`, prober, api.url, ranking("BETWEENNESS")));
    const rssSmall = processPeakRss(api.child.pid);

    log(`API process peak RSS (VmHWM) after the ${options.small.toLocaleString("en-US")}-actor phases: ${rssSmall === null ? "—" : Math.round(rssSmall / MIB)} MiB`);
    let rssLarge: number | null = null;
    if (options.large > 0) {
      await loadEcosystem(db, options.large, embedded.pid);
      // The first probes after loading a graph 10 times larger are slow (most likely Neo4j
      // re-planning the probe's query on the new counts): a few first, so that is not counted as
      // the idle or metric phase's.
      await prober.warmUp(Math.ceil(options.warmUp / 10));
      phases.push(await idle(`idle, ${options.large.toLocaleString("en-US")} actors`, prober, options.idleSeconds));
      phases.push(await during(`cold PAGERANK, ${options.large.toLocaleString("en-US")} actors, first graph read of this Neo4j`, prober, api.url, ranking("PAGERANK")));
      phases.push(await during(`WEIGHTED_DEGREE ranking (graph cached), ${options.large.toLocaleString("en-US")} actors`, prober, api.url, ranking("WEIGHTED_DEGREE")));
      // A server in use has read graphs before: Neo4j's JIT compiler has compiled the read's
      // path, which the first read above paid for. Each further round is cold all the same (a
      // version bump, as any write makes, leaves no cached graph or result).
      const rounds: Phase[] = [];
      for (let round = 2; round <= options.coldRounds; round++) {
        log(`Neo4j and the API idle again after ${(await waitUntilIdle(embedded.pid)).toFixed(0)} s / ${(await waitUntilIdle(apiPid)).toFixed(0)} s`);
        await db.write(BUMP_GRAPH_VERSION);
        rounds.push(await during(`cold PAGERANK, round ${round}`, prober, api.url, ranking("PAGERANK")));
      }
      if (rounds.length > 0) phases.push(pooled(`cold PAGERANK, ${options.large.toLocaleString("en-US")} actors, ${options.coldRounds > 2 ? `rounds 2–${options.coldRounds}` : "round 2"} (graph not cached, Neo4j has read one before)`, rounds));
      rssLarge = processPeakRss(api.child.pid);
    }

    console.log("");
    console.log(`Trivial query \`query Probe { platforms { name } }\` every ${PROBE_INTERVAL_MS} ms, latency in ms as this client sees it, and the API's own time for the same probes (its request log), the longest stall of the probing client's event loop and garbage collector, how long the API's main thread and the client's waited for a CPU during the slowest probe, the host's steal time, load average 1/5/15 min at the end of each phase:`);
    console.log("");
    console.log("| Phase | Probes | p50 | p99 | max | API p50 | API p99 | Client loop delay max | Client GC max | Slowest probe: API / client waiting for a CPU | Steal % | Metric query (s) | Load |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
    for (const phase of phases) console.log(summarise(phase));
    console.log("");
    const mib = (x: number | null) => (x === null ? "—" : `${Math.round(x / MIB)} MiB`);
    console.log(`API process peak RSS (VmHWM): ${mib(rssSmall)} after the ${options.small.toLocaleString("en-US")}-actor phases, ${mib(rssLarge)} after the ${options.large.toLocaleString("en-US")}-actor phases (target < 1536 MiB).`);
  } finally {
    await cleanUp();
  }
  if (options.cpuProf !== null) {
    // The profile is written when the API exits (after the SIGTERM of cleanUp).
    const file = mainThreadProfile(options.cpuProf);
    console.log("");
    console.log(file === undefined ? `No main-thread profile in ${options.cpuProf}.` : describeLongTasks(file, { top: 12, minMs: 20 }));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
