/**
 * Load test (not a test in the suite): mixed reads and writes against the API in production mode
 * for a fixed time at a fixed concurrency, with autocannon. Reports throughput, latency
 * percentiles, and every kind of error: HTTP errors (non-2xx), connection errors and timeouts,
 * and GraphQL errors (a 200 whose body has `errors`). All of them must be 0; the script exits
 * with 1 otherwise.
 *
 *   npm run load                                    # 60 s, 10 connections
 *   npm run load -- --duration 20 --connections 4   # shorter, fewer connections
 *
 * Steps: (1) starts its own embedded Neo4j (data in .neo4j/load-data, wiped first; Bolt on any free port)
 * and stops it at the end; NEO4J_URI is ignored; (2) creates the schema and loads the sample
 * ecosystems; (3) starts the API as `npm start` does (`node dist/src/index.js`, a process of its
 * own so the load generator does not share its event loop) in production mode, with a random
 * secret, on an ephemeral port; (4) mints tokens with that secret (reader for reads, integrator
 * for writes); (5) a warm-up of two request cycles per connection, not counted; (6) the timed
 * run. Each connection sends the same cycle of 20 requests: 14 reads, 4 metric queries, 2 writes
 * (see MIX). The report is printed and written to .tmp/load-test.md.
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import autocannon from "autocannon";
import { buildSeedData, SEED_FACTS } from "../seed/ecosystems";
import { loadSeed, seedNodeId } from "../seed/load-seed";
import { mintToken } from "../src/auth/dev-token";
import { findProjectRoot, loadConfig } from "../src/config";
import type { Database } from "../src/db/database";
import type { EmbeddedNeo4j } from "../src/db/embedded-neo4j";
import { apiNodeOptions, cleanUpOnSignals, exitOnFailure, parseIntegerOptions, startScratchNeo4j } from "./bench-support";

const BOLT_PORT = "0"; // any free port: the launcher reports the one it took
const DATA_DIR = join(".neo4j", "load-data");
const SOURCE = "ecograph-load-test";

// ---------------------------------------------------------------------------------------------
// Command line

interface Options {
  readonly duration: number;
  readonly connections: number;
}

function parseArgs(argv: readonly string[]): Options {
  return parseIntegerOptions(argv, { duration: 60, connections: 10 }, { duration: [1, 3_600], connections: [1, 1_000] }, "usage: npm run load [-- --duration 60] [--connections 10]");
}

// ---------------------------------------------------------------------------------------------
// The request mix

type Kind = "read" | "metrics" | "write";

interface RequestSpec {
  readonly name: string;
  readonly kind: Kind;
  readonly role: "reader" | "integrator";
  /** The body of the request; called for every request, so writes can use fresh keys. */
  readonly body: () => Record<string, unknown>;
  /** Checks a successful answer beyond "no errors"; returns a problem, or undefined. */
  readonly check?: (data: Record<string, any>) => string | undefined;
}

const diyiqiang = seedNodeId(SEED_FACTS.diyiqiangPlatformKey);
const hardwareChain = seedNodeId(SEED_FACTS.diyiqiangChainKeys[0]);
const runId = randomBytes(4).toString("hex");
let nextWrite = 0;

/** A small partner payload with keys no earlier request used: two firms and a supply between them. */
function newRecords(): Record<string, unknown> {
  const n = nextWrite++;
  const a = `new-${runId}-${n}-a`;
  const b = `new-${runId}-${n}-b`;
  return {
    actors: [
      { label: "Firm", externalId: a, name: `Load Firm ${n} A`, population: "MANUFACTURER", size: "SMALL", employees: 20 + (n % 50) },
      { label: "Firm", externalId: b, name: `Load Firm ${n} B`, population: "TRADER" },
    ],
    relationships: [{ type: "SUPPLIES", from: { externalId: a }, to: { externalId: b }, volume: 10 + (n % 7), since: "2024-05-01" }],
  };
}

/** The same payload every time: after the first request, an idempotent re-sync (all UNCHANGED). */
const RESYNC_PAYLOAD = {
  actors: [
    { label: "Platform", externalId: "resync-platform", name: "Load Test Platform" },
    { label: "Firm", externalId: "resync-firm", name: "Load Test Member", population: "BUYER" },
  ],
  relationships: [{ type: "MEMBER_OF", from: { externalId: "resync-firm" }, to: { externalId: "resync-platform" }, since: "2023-01-01", tier: "gold" }],
};

const SYNC = `mutation Sync($source: String!, $actors: [SyncActorInput!], $relationships: [SyncRelationshipInput!]) {
  syncPartnerData(source: $source, actors: $actors, relationships: $relationships) { complete counts { CREATED UPDATED UNCHANGED REJECTED } }
}`;

const REQUESTS: Record<string, RequestSpec> = {
  list: {
    name: "generated list with filter and sort",
    kind: "read",
    role: "reader",
    body: () => ({
      query: `query List($q: String!) { firms(where: { population: { eq: MANUFACTURER }, name: { contains: $q } }, sort: [{ name: ASC }], limit: 20) { id name foundedYear size locatedIn { name } } }`,
      variables: { q: "Co" },
    }),
  },
  connection: {
    name: "connection page with relationships",
    kind: "read",
    role: "reader",
    body: () => ({
      query: `query Page { firmsConnection(first: 25, sort: [{ name: ASC }], where: { memberOf: { some: { id: { eq: "${diyiqiang}" } } } }) {
        totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name memberOf { name } servedBy { name categories } } } } }`,
    }),
  },
  search: {
    name: "full-text search",
    kind: "read",
    role: "reader",
    body: () => ({ query: `{ firmsByName(phrase: "hinge", first: 10) { edges { score node { name } } } }` }),
  },
  services: {
    name: "ecosystemServices",
    kind: "read",
    role: "reader",
    body: () => ({ query: `{ ecosystemServices(platform: "Diyiqiang Group") { activeMembers categories { category firmsServed shareOfMembersServed } } }` }),
  },
  ranking: {
    name: "centralityRanking (cached)",
    kind: "read",
    role: "reader",
    body: () => ({ query: `{ centralityRanking(measure: PAGERANK, top: 10, graph: { platform: "${diyiqiang}" }) { rank name score } }` }),
  },
  health: {
    name: "ecosystemHealth",
    kind: "metrics",
    role: "reader",
    body: () => ({
      query: `{ ecosystemHealth(platform: "${diyiqiang}") { activeMembers populationBalance { diversity evenness } supplyConcentration { hhi } serviceCoverage { category share } } }`,
    }),
  },
  chain: {
    name: "chainCompleteness",
    kind: "metrics",
    role: "reader",
    body: () => ({ query: `{ chainCompleteness(chain: "${hardwareChain}", platform: "${diyiqiang}") { coverage depth linkContinuity gaps { name } } }` }),
  },
  brokerage: {
    name: "brokerage",
    kind: "metrics",
    role: "reader",
    body: () => ({ query: `{ brokerage(top: 5, graph: { platform: "${diyiqiang}" }) { actorCount articulationPoints { name } topBrokers { name constraint } } }` }),
  },
  create: {
    name: "syncPartnerData, new records",
    kind: "write",
    role: "integrator",
    body: () => ({ query: SYNC, variables: { source: SOURCE, ...newRecords() } }),
    check: (data) => {
      const counts = data.syncPartnerData?.counts;
      return counts?.CREATED === 3 && counts.REJECTED === 0 ? undefined : `expected 3 CREATED, got ${JSON.stringify(counts)}`;
    },
  },
  resync: {
    name: "syncPartnerData, idempotent re-sync",
    kind: "write",
    role: "integrator",
    body: () => ({ query: SYNC, variables: { source: SOURCE, ...RESYNC_PAYLOAD } }),
    check: (data) => {
      const counts = data.syncPartnerData?.counts;
      return counts?.REJECTED === 0 && counts.UPDATED === 0 ? undefined : `expected no UPDATED or REJECTED, got ${JSON.stringify(counts)}`;
    },
  },
};

/**
 * The cycle each connection sends, in this order: 14 reads (70 %), 4 metric queries (20 %),
 * 2 writes (10 %), interleaved so writes (which empty the metric cache) come between reads.
 */
const MIX: readonly (keyof typeof REQUESTS)[] = [
  "list", "connection", "services", "ranking", "health", "search", "list",
  "create", "connection", "ranking", "chain", "services", "list", "search",
  "ranking", "brokerage", "connection", "resync", "list", "health",
];

// ---------------------------------------------------------------------------------------------
// Tallies

interface Tally {
  responses: number;
  non2xx: number;
  graphqlErrors: number;
  failedChecks: number;
  latenciesMs: number[];
}

class Tallies {
  readonly byRequest = new Map<string, Tally>(Object.keys(REQUESTS).map((key) => [key, { responses: 0, non2xx: 0, graphqlErrors: 0, failedChecks: 0, latenciesMs: [] }]));
  /** Each distinct problem once, with how often it happened. */
  readonly examples = new Map<string, number>();
  record(key: string, status: number, body: string, sentAt: number | undefined): void {
    const tally = this.byRequest.get(key)!;
    tally.responses += 1;
    if (sentAt !== undefined) tally.latenciesMs.push(performance.now() - sentAt);
    if (status < 200 || status >= 300) {
      tally.non2xx += 1;
      this.example(`${key}: HTTP ${status} ${body.slice(0, 300)}`);
      return;
    }
    let parsed: { data?: Record<string, any>; errors?: Array<{ message: string }> };
    try {
      parsed = JSON.parse(body);
    } catch {
      tally.graphqlErrors += 1;
      this.example(`${key}: a body that is not JSON: ${body.slice(0, 200)}`);
      return;
    }
    if (parsed.errors?.length) {
      tally.graphqlErrors += 1;
      this.example(`${key}: ${parsed.errors.map((e) => e.message).join("; ").slice(0, 300)}`);
      return;
    }
    const problem = REQUESTS[key]!.check?.(parsed.data ?? {});
    if (problem) {
      tally.failedChecks += 1;
      this.example(`${key}: ${problem}`);
    }
  }

  problemCount(): number {
    return [...this.byRequest.values()].reduce((sum, t) => sum + t.non2xx + t.graphqlErrors + t.failedChecks, 0);
  }

  private example(text: string): void {
    if (this.examples.has(text) || this.examples.size < 10) this.examples.set(text, (this.examples.get(text) ?? 0) + 1);
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

// ---------------------------------------------------------------------------------------------
// The API process

interface ApiProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Lines the API logged at warn level or above during the run. */
  readonly warnings: string[];
  stop(): Promise<void>;
}

/** Starts `node dist/src/index.js` as `npm start` does, and resolves with its URL once it is ready. */
async function startApiProcess(env: NodeJS.ProcessEnv, timeoutMs = 120_000): Promise<ApiProcess> {
  const child = spawn(process.execPath, [...apiNodeOptions(), join(__dirname, "..", "src", "index.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  const warnings: string[] = [];
  const stderr: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The API did not get ready within ${timeoutMs / 1000} s`)), timeoutMs);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited with code ${code} before it was ready: ${stderr.join("").trim()}`));
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      let entry: { level?: number; msg?: string; url?: string };
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if ((entry.level ?? 0) >= 40 && warnings.length < 50) warnings.push(line.slice(0, 500));
      if (typeof entry.url === "string" && entry.msg?.startsWith("Ecograph is ready")) {
        clearTimeout(timer);
        resolve(entry.url.replace(/\/graphql$/, ""));
      }
    });
  });
  return {
    url,
    child,
    warnings,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Running autocannon

function runAutocannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
    process.once("SIGINT", () => (instance as unknown as { stop(): void }).stop());
  });
}

function autocannonRequests(tokens: Record<RequestSpec["role"], string>, tallies: Tallies): autocannon.Request[] {
  return MIX.map((key) => {
    const spec = REQUESTS[key]!;
    return {
      method: "POST",
      path: "/graphql",
      headers: { "content-type": "application/json", authorization: `Bearer ${tokens[spec.role]}` },
      // Called right before each send: a fresh body (new keys for writes) and the send time.
      setupRequest: (request, context) => {
        (context as { sentAt?: number }).sentAt = performance.now();
        return { ...request, body: JSON.stringify(spec.body()) };
      },
      onResponse: (status, body, context) => tallies.record(key, status, body, (context as { sentAt?: number }).sentAt),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Main

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

const fmt = (value: number, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const root = findProjectRoot();
  const env = { ...process.env };
  delete env.NEO4J_URI;
  const config = loadConfig({ ...env, EMBEDDED_NEO4J_DATA_DIR: DATA_DIR, EMBEDDED_NEO4J_BOLT_PORT: BOLT_PORT });

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
    const seeded = await loadSeed(db, buildSeedData());
    log(`schema ready, sample ecosystems loaded (${JSON.stringify(seeded)})`);

    // Production mode with a secret of this run; the same secret mints the tokens.
    const secret = randomBytes(32).toString("hex");
    const apiEnv: NodeJS.ProcessEnv = {
      ...env,
      NODE_ENV: "production",
      AUTH_JWT_SECRET: secret,
      NEO4J_URI: embedded.uri,
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "info",
    };
    api = await startApiProcess(apiEnv);
    log(`API (production mode, pid ${api.child.pid}) ready at ${api.url}`);
    const auth = loadConfig(apiEnv).auth;
    const tokens = {
      reader: await mintToken(auth, { roles: ["reader"], subject: "load-test-reader", expiresIn: "2h" }),
      integrator: await mintToken(auth, { roles: ["integrator"], subject: "load-test-integrator", expiresIn: "2h" }),
    };

    const common = { url: api.url, connections: options.connections, pipelining: 1, timeout: 10 };
    // Two cycles per connection, so every kind of request has run (schema translation, Cypher
    // plans, the metric caches) before the timed run starts.
    const warmUpRequests = 2 * MIX.length * options.connections;
    log(`warm-up: ${warmUpRequests} requests, ${options.connections} connections (not in the figures)`);
    const warmUpTallies = new Tallies();
    const warmUp = await runAutocannon({ ...common, amount: warmUpRequests, requests: autocannonRequests(tokens, warmUpTallies) });
    const warmUpProblems = warmUp.non2xx + warmUp.errors + warmUpTallies.problemCount();
    log(`warm-up: ${fmt(warmUp.requests.total)} requests, ${warmUpProblems} with problems`);

    log(`load: ${options.duration} s, ${options.connections} connections, a cycle of ${MIX.length} requests per connection`);
    const loadBefore = loadavg()[0]!;
    const tallies = new Tallies();
    const startedAt = new Date();
    const result = await runAutocannon({ ...common, duration: options.duration, requests: autocannonRequests(tokens, tallies) });

    const [written] = await db.read<{ firms: number; supplies: number }>(
      {
        name: "loadTest.written",
        cypher: `CALL () { MATCH (f:Firm {source: $source}) RETURN count(f) AS firms }
                 CALL () { MATCH ()-[r:SUPPLIES {source: $source}]->() RETURN count(r) AS supplies }
                 RETURN firms, supplies`,
      },
      { source: SOURCE },
    );
    const serverInfo = await db.driver.getServerInfo({ database: db.options.database });

    // ----- Report
    const tallyList = [...tallies.byRequest.entries()];
    const graphqlErrors = tallyList.reduce((sum, [, t]) => sum + t.graphqlErrors, 0);
    const failedChecks = tallyList.reduce((sum, [, t]) => sum + t.failedChecks, 0);
    const counted = tallyList.reduce((sum, [, t]) => sum + t.responses, 0);
    const problems: string[] = [];
    if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx responses`);
    if (result.errors > 0) problems.push(`${result.errors} connection errors (${result.timeouts} of them timeouts)`);
    if (graphqlErrors > 0) problems.push(`${graphqlErrors} responses with GraphQL errors`);
    if (failedChecks > 0) problems.push(`${failedChecks} writes with unexpected outcomes`);
    if (warmUpProblems > 0) problems.push(`${warmUpProblems} problems in the warm-up`);
    const creates = tallies.byRequest.get("create")!.responses;

    const byKind = (["read", "metrics", "write"] as const).map((kind) => {
      const keys = tallyList.filter(([key]) => REQUESTS[key]!.kind === kind);
      const latencies = keys.flatMap(([, t]) => t.latenciesMs).sort((a, b) => a - b);
      const responses = keys.reduce((sum, [, t]) => sum + t.responses, 0);
      return `| ${kind} | ${fmt(responses)} | ${fmt((100 * responses) / Math.max(1, counted), 1)} % | ${fmt(percentile(latencies, 50), 1)} | ${fmt(percentile(latencies, 99), 1)} |`;
    });
    const byRequest = tallyList.map(([key, t]) => {
      const sorted = [...t.latenciesMs].sort((a, b) => a - b);
      return `| ${REQUESTS[key]!.name} | ${REQUESTS[key]!.kind} | ${fmt(t.responses)} | ${fmt(percentile(sorted, 50), 1)} | ${fmt(percentile(sorted, 99), 1)} | ${t.non2xx} | ${t.graphqlErrors + t.failedChecks} |`;
    });

    const report = [
      "# Load test",
      "",
      `${startedAt.toISOString()}: \`npm run load -- --duration ${options.duration} --connections ${options.connections}\``,
      "",
      `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${fmt(totalmem() / 1024 ** 3)} GiB RAM; Node ${process.version}; ` +
        `Neo4j ${embedded.neo4jVersion} embedded (APOC ${embedded.apocVersion}, ${config.neo4j.embedded.heap} heap, ${config.neo4j.embedded.pageCache} page cache) ` +
        `at ${serverInfo.address}; the API in production mode in a process of its own, LOG_LEVEL=info; autocannon in this process. ` +
        `Load average (1 min) before the run ${fmt(loadBefore, 2)}, after it ${fmt(loadavg()[0]!, 2)}.`,
      "",
      "| | |",
      "| --- | ---: |",
      `| duration | ${options.duration} s (after a warm-up of ${fmt(warmUp.requests.total)} requests in ${fmt(warmUp.duration, 1)} s, ${warmUpProblems} with problems) |`,
      `| connections | ${options.connections} |`,
      `| requests | ${fmt(result.requests.total)} |`,
      `| throughput | **${fmt(result.requests.average, 1)} req/s** |`,
      `| latency p50 | **${fmt(result.latency.p50, 1)} ms** |`,
      `| latency p90 | ${fmt(result.latency.p90, 1)} ms |`,
      `| latency p99 | **${fmt(result.latency.p99, 1)} ms** |`,
      `| latency max | ${fmt(result.latency.max, 1)} ms |`,
      `| non-2xx responses | **${result.non2xx}** |`,
      `| connection errors / timeouts | **${result.errors} / ${result.timeouts}** |`,
      `| responses with GraphQL errors | **${graphqlErrors}** |`,
      `| writes with unexpected outcomes | **${failedChecks}** |`,
      `| API log lines at warn or above | ${api.warnings.length} |`,
      "",
      "Latency by kind of request (measured per request by this script, so it includes the client's own overhead):",
      "",
      "| kind | responses | share | p50 ms | p99 ms |",
      "| --- | ---: | ---: | ---: | ---: |",
      ...byKind,
      "",
      "| request | kind | responses | p50 ms | p99 ms | non-2xx | GraphQL errors |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: |",
      ...byRequest,
      "",
      `Written by the run (warm-up included): ${fmt(written?.firms ?? 0)} firms and ${fmt(written?.supplies ?? 0)} supply relationships ` +
        `under source \`${SOURCE}\` (${fmt(creates)} counted "new records" syncs of 2 firms and 1 supply each, plus the warm-up's, plus 2 re-synced actors).`,
      "",
      problems.length === 0 ? "**Errors: none.**" : `**Errors:** ${problems.join("; ")}.`,
      ...(tallies.examples.size > 0 ? ["", "Problems (the first 10 kinds):", "", ...[...tallies.examples].map(([text, times]) => `- ${times} × ${text}`)] : []),
      ...(api.warnings.length > 0 ? ["", "API warnings:", "", ...api.warnings.slice(0, 10).map((w) => `- \`${w}\``)] : []),
      "",
    ].join("\n");

    console.log(`\n${report}`);
    mkdirSync(join(root, ".tmp"), { recursive: true });
    writeFileSync(join(root, ".tmp", "load-test.md"), report);
    log("report written to .tmp/load-test.md");
    if (problems.length > 0) process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

main().catch(exitOnFailure("load test"));
