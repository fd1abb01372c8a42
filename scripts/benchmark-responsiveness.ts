/**
 * Responsiveness benchmark (not a test; issue 12): does the API keep answering while a metric
 * computes? The real API server runs as its own process (`node dist/src/index.js`, as `npm start`
 * runs it) on a private embedded Neo4j holding a generated ecosystem. After a warm-up (3,000 probes
 * back to back, as a server in use has long had; 300 more after the large graph is loaded, whose
 * first probes are slow), this script sends a trivial query,
 * `{ platforms { name } }`, every 100 ms (on a fixed schedule, not waiting for answers) and
 * prints the p50 / p99 / max of its latency:
 *
 *   1. idle, 10,000 actors;
 *   2. during an exact betweenness ranking on 10,000 actors (METRICS_EXACT_LIMIT raised for it);
 *   3. idle, 100,000 actors (a new graph version: every cached graph is stale);
 *   4. during a cold PageRank ranking on 100,000 actors.
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
import { spawn, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { findProjectRoot, loadConfig } from "../src/config";
import type { Database } from "../src/db/database";
import type { EmbeddedNeo4j } from "../src/db/embedded-neo4j";
import { deleteBenchData, GeneratedEcosystem, loadGraph } from "./bench-graph";
import { cleanUpOnSignals, processPeakRss, startScratchNeo4j, waitUntilIdle } from "./bench-support";
import { describeLongTasks, mainThreadProfile } from "./cpu-profile";

const DATA_DIR = join(".neo4j", "bench-responsiveness");
/** Named, so the API's request log lines of the probes can be told apart (server-side time). */
const PROBE = JSON.stringify({ query: "query Probe { platforms { name } }", operationName: "Probe" });
const PROBE_INTERVAL_MS = 100;
const MIB = 1024 * 1024;

interface Options {
  readonly small: number;
  readonly large: number;
  readonly idleSeconds: number;
  /** Probes sent back to back before the first phase, so Neo4j's and Node's JIT have compiled their path. */
  readonly warmUp: number;
  readonly port: number;
  /** Folder for a V8 CPU profile of the API process (node --cpu-prof), or null. */
  readonly cpuProf: string | null;
}

const USAGE = `Usage: npm run bench:responsiveness -- [options]
  --small N         actors of the small graph (default 10000): idle, then exact BETWEENNESS
  --large N         actors of the large graph (default 100000; 0 skips it): idle, cold PAGERANK, cached ranking
  --idle-seconds N  length of each idle phase (default 10)
  --warm-up N       probes sent back to back before the first phase (default 3000): a server
                    that has answered only a few requests still runs Neo4j's Bolt and Cypher
                    path, and its own, in the JVM's and V8's first, slower compilation tiers;
                    a tenth of them again after the large graph is loaded
  --port N          the API's port (default PORT or 4301)
  --cpu-prof DIR    run the API under node --cpu-prof, the profile written to DIR when it stops;
                    the longest busy stretches of its main thread are printed at the end
  --help            this text`;

function parseArgs(argv: readonly string[]): Options {
  const options = { small: 10_000, large: 100_000, idleSeconds: 10, warmUp: 3_000, port: Number(process.env.PORT ?? 4301), cpuProf: null as string | null };
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
    const value = Number(argv[++i]);
    const key = { "--small": "small", "--large": "large", "--idle-seconds": "idleSeconds", "--warm-up": "warmUp", "--port": "port" }[flag] as
      | "small"
      | "large"
      | "idleSeconds"
      | "warmUp"
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

/**
 * Sends the trivial query every 100 ms until `until` settles (or for `seconds` when idle), on a
 * fixed schedule: a slow answer does not delay the next probe. Returns every latency in ms.
 */
async function probe(url: string, until: Promise<unknown> | number): Promise<number[]> {
  const latencies: number[] = [];
  const inFlight: Array<Promise<void>> = [];
  let failures = 0;
  let done = false;
  if (typeof until === "number") setTimeout(() => (done = true), until * 1000);
  else void until.finally(() => (done = true));
  while (!done) {
    const sent = performance.now();
    inFlight.push(
      graphql(url, PROBE).then(
        (answer) => {
          if (answer.errors) failures++;
          latencies.push(performance.now() - sent);
        },
        () => void failures++,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS - ((performance.now() - sent) % PROBE_INTERVAL_MS)));
  }
  await Promise.all(inFlight);
  if (failures > 0) throw new Error(`${failures} probe queries failed`);
  return latencies;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

interface Phase {
  readonly name: string;
  readonly latencies: number[];
  /** The API's own time for the same probes (its request log: parse to response). */
  readonly server: number[];
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
  return (
    `| ${phase.name} | ${sorted.length} | ${ms(quantile(sorted, 0.5))} | ${ms(p99)} | ${ms(max)} | ${serverPart} | ` +
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

async function during(name: string, url: string, body: string): Promise<Phase> {
  const first = serverMs.length;
  const work = timed(url, body);
  const latencies = await probe(url, work);
  const phase = { name, latencies, server: serverMs.slice(first), workSeconds: await work, load: load() };
  log(summarise(phase));
  return phase;
}

async function idle(name: string, url: string, seconds: number): Promise<Phase> {
  const first = serverMs.length;
  const latencies = await probe(url, seconds);
  const phase = { name, latencies, server: serverMs.slice(first), workSeconds: null, load: load() };
  log(summarise(phase));
  return phase;
}

async function warmUp(url: string, probes: number): Promise<void> {
  const started = performance.now();
  for (let i = 0; i < probes; i++) await graphql(url, PROBE);
  log(`warm-up: ${probes} probes back to back in ${((performance.now() - started) / 1000).toFixed(1)} s`);
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
  const cleanUp = async () => {
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

    const nodeArgs = options.cpuProf === null ? [] : ["--cpu-prof", `--cpu-prof-dir=${options.cpuProf}`];
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
    log(`API (pid ${api.child.pid}) ready at ${api.url}`);
    // Warm-up: query plans, schema, connections, and enough requests for the JVM and V8 to
    // compile the probe's path (2,000 requests halve a fresh server's latency on this machine).
    await warmUp(api.url, options.warmUp);

    const ranking = (measure: string) => JSON.stringify({ query: `{ centralityRanking(measure: ${measure}, top: 10) { id name score } }` });
    const phases: Phase[] = [];
    phases.push(await idle(`idle, ${options.small.toLocaleString("en-US")} actors`, api.url, options.idleSeconds));
    phases.push(await during(`exact BETWEENNESS, ${options.small.toLocaleString("en-US")} actors`, api.url, ranking("BETWEENNESS")));
    const rssSmall = processPeakRss(api.child.pid);

    log(`API process peak RSS (VmHWM) after the ${options.small.toLocaleString("en-US")}-actor phases: ${rssSmall === null ? "—" : Math.round(rssSmall / MIB)} MiB`);
    let rssLarge: number | null = null;
    if (options.large > 0) {
      await loadEcosystem(db, options.large, embedded.pid);
      // The first probes after loading a graph 10 times larger are slow (most likely Neo4j
      // re-planning the probe's query on the new counts): a few first, so that is not counted as
      // the idle or metric phase's.
      await warmUp(api.url, Math.ceil(options.warmUp / 10));
      phases.push(await idle(`idle, ${options.large.toLocaleString("en-US")} actors`, api.url, options.idleSeconds));
      phases.push(await during(`cold PAGERANK, ${options.large.toLocaleString("en-US")} actors`, api.url, ranking("PAGERANK")));
      phases.push(await during(`WEIGHTED_DEGREE ranking (graph cached), ${options.large.toLocaleString("en-US")} actors`, api.url, ranking("WEIGHTED_DEGREE")));
      rssLarge = processPeakRss(api.child.pid);
    }

    console.log("");
    console.log(`Trivial query \`query Probe { platforms { name } }\` every ${PROBE_INTERVAL_MS} ms, latency in ms as this client sees it, and the API's own time for the same probes (its request log), load average 1/5/15 min at the end of each phase:`);
    console.log("");
    console.log("| Phase | Probes | p50 | p99 | max | API p50 | API p99 | Metric query (s) | Load |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---|");
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
