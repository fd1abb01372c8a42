/**
 * API overhead benchmark (issue 13 item 8): what the GraphQL API costs per request, measured side
 * by side with the plain alternatives, in one run:
 *   (a) the API in production mode (`node dist/src/index.js`, a process of its own), twice: with
 *       anonymous reads on (no token sent) and off (a reader token sent);
 *   (b) the same results by hand-written Cypher over Bolt, from this script;
 *   (c) a minimal Node HTTP server (this file run with `--minimal-server`, a process of its own)
 *       that runs the same hand-written Cypher with the driver and returns the rows as JSON.
 *
 *   npm run bench:api
 *   npm run bench:api -- --firms 20000 --rounds 5 --samples 100 --duration 5 --connections 10 --profile 1
 *
 * Figures: p50 of the nested 3-level query (a platform by name → its members → who serves them →
 * the other platforms those providers partner with) and of `firms(limit: 100) { name }`, sequential
 * requests on one kept-alive connection; throughput of both with `--connections` connections
 * (autocannon). Rounds are interleaved (every target in every round, the order rotated), each
 * printed; the summary gives each ratio's median and spread (min–max over the rounds).
 *
 * Its own embedded Neo4j (data in .neo4j/bench-api-data, wiped first; Bolt on any free port; NEO4J_URI
 * is ignored) and its own generated graph (loaded with batched UNWIND CREATE, not the sync).
 * `--profile 1` runs the API processes with `node --cpu-prof` and prints where their CPU went (self
 * time by package, per request); the profiles stay in .tmp/bench-api-profiles/.
 * The report is printed and written to .tmp/bench-api.md.
 */
import "reflect-metadata";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { Agent, createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { isDeepStrictEqual } from "node:util";
import autocannon from "autocannon";
import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { mintToken } from "../src/auth/dev-token";
import { findProjectRoot, loadConfig } from "../src/config";
import { Database } from "../src/db/database";
import { buildEcographSchema } from "../src/graphql/build-schema";
import { loadTypeDefs } from "../src/graphql/type-defs";
import { graphql } from "graphql";
import type { EmbeddedNeo4j } from "../src/db/embedded-neo4j";
import { mulberry32 } from "../src/seeded-random";
import { apiNodeOptions, cleanUpOnSignals, exitOnFailure, parseIntegerOptions, startScratchNeo4j } from "./bench-support";

const DATA_DIR = join(".neo4j", "bench-api-data");
const PLATFORM = "Bench Platform 00";

interface Options {
  readonly firms: number;
  readonly rounds: number;
  readonly samples: number;
  readonly duration: number;
  readonly connections: number;
  readonly profile: number;
}

const USAGE =
  "usage: npm run bench:api [-- --firms 20000] [--rounds 5] [--samples 100] [--duration 5] [--connections 10] [--profile 0|1]\n" +
  "  --samples: sequential requests per target and query in a round (the p50 is over them)\n" +
  "  --duration: seconds of each throughput run (per target and query, per round)";

function parseArgs(argv: readonly string[]): Options {
  return parseIntegerOptions(
    argv,
    { firms: 20_000, rounds: 5, samples: 100, duration: 5, connections: 10, profile: 0 },
    { firms: [100, 1_000_000], rounds: [1, 50], samples: [5, 10_000], duration: [1, 600], connections: [1, 500], profile: [0, 1] },
    USAGE,
  );
}

// ---------------------------------------------------------------------------------------------
// The queries: GraphQL and the hand-written Cypher that returns the same result

/** The issue's nested query (as examples/operations/MembersProvidersPlatforms.graphql, with the innermost list sorted so both sides agree on its order). */
const NESTED_GRAPHQL = `query Nested($platform: String!) {
  platforms(where: { name: { eq: $platform } }) {
    name
    members(where: { memberOfConnection: { some: { edge: { until: { eq: null } } } } }, limit: 10, sort: [{ name: ASC }]) {
      name
      servedBy(limit: 5, sort: [{ name: ASC }]) {
        name
        partnersWith(where: { NOT: { name: { eq: $platform } } }, limit: 5, sort: [{ name: ASC }]) { name }
      }
    }
  }
}`;

/** The same, as someone would write it by hand: the members that are active on some platform, sorted, 10; per member 5 providers; per provider 5 other platforms. */
const NESTED_CYPHER = `
MATCH (p:Platform {name: $platform})
CALL (p) {
  MATCH (f:Firm)-[:MEMBER_OF]->(p)
  WHERE EXISTS { (f)-[m:MEMBER_OF]->(:Platform) WHERE m.until IS NULL }
  WITH f ORDER BY f.name ASC LIMIT 10
  CALL (f) {
    MATCH (s:ServiceProvider)-[:SERVES]->(f)
    WITH s ORDER BY s.name ASC LIMIT 5
    CALL (s) {
      MATCH (s)-[:PARTNERS_WITH]->(o:Platform)
      WHERE NOT o.name = $platform
      WITH o ORDER BY o.name ASC LIMIT 5
      RETURN collect(o { .name }) AS partnersWith
    }
    RETURN collect(s { .name, partnersWith }) AS servedBy
  }
  RETURN collect(f { .name, servedBy }) AS members
}
RETURN p { .name, members } AS platform`;

const LIST_GRAPHQL = `query List { firms(limit: 100) { name } }`;
const LIST_CYPHER = `MATCH (f:Firm) RETURN f.name AS name LIMIT 100`;

type QueryName = "nested" | "list";

/** Runs one of the hand-written queries and shapes its rows as the GraphQL `data` would be. */
async function runHandWritten(driver: Driver, query: QueryName): Promise<unknown> {
  if (query === "nested") {
    const { records } = await driver.executeQuery(NESTED_CYPHER, { platform: PLATFORM }, { routing: neo4j.routing.READ });
    return { platforms: records.map((r) => r.get("platform")) };
  }
  const { records } = await driver.executeQuery(LIST_CYPHER, {}, { routing: neo4j.routing.READ });
  return { firms: records.map((r) => ({ name: r.get("name") })) };
}

// ---------------------------------------------------------------------------------------------
// The minimal server (c): `node dist/scripts/benchmark-api.js --minimal-server <bolt uri> <user> <password>`

async function minimalServer(uri: string, user: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
  await driver.verifyConnectivity();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const query: QueryName = req.url === "/nested" ? "nested" : "list";
      runHandWritten(driver, query).then(
        (data) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify({ data }));
        },
        (error: Error) => {
          res.writeHead(500, { "content-type": "application/json" });
          res.end(JSON.stringify({ errors: [{ message: error.message }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ ready: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
  process.once("SIGTERM", () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}

// ---------------------------------------------------------------------------------------------
// The generated graph

/**
 * 20 platforms; `firms` firms, each a member of 1–3 distinct platforms (15 % of memberships ended);
 * firms / 20 service providers, each partnering with 1–4 platforms; each firm served by 0–4
 * distinct providers. Seeded, so every run loads the same graph.
 */
async function loadGraph(driver: Driver, firms: number): Promise<Record<string, number>> {
  const random = mulberry32(13);
  const pick = (n: number) => Math.floor(random() * n);
  const platformCount = 20;
  const providerCount = Math.max(10, Math.round(firms / 20));
  const categories = ["FINANCING", "INDUSTRIAL_RESEARCH", "PROFESSIONAL_SUPPORT", "LEGAL", "BRANDING", "LOGISTICS", "IT", "MARKETING"];
  const populations = ["MANUFACTURER", "TRADER", "BUYER"];
  const sizes = ["MICRO", "SMALL", "MEDIUM", "LARGE"];
  const distinct = (count: number, of: number) => {
    const chosen = new Set<number>();
    while (chosen.size < Math.min(count, of)) chosen.add(pick(of));
    return [...chosen];
  };
  const pad = (n: number, width: number) => String(n).padStart(width, "0");

  const platforms = Array.from({ length: platformCount }, (_, i) => ({ key: i, name: `Bench Platform ${pad(i, 2)}` }));
  const firmRows = Array.from({ length: firms }, (_, i) => ({
    key: i,
    name: `Bench Firm ${pad(i, 6)}`,
    population: populations[pick(populations.length)],
    size: sizes[pick(sizes.length)],
    memberOf: distinct(1 + pick(3), platformCount).map((p) => ({ p, ended: random() < 0.15 })),
    servedBy: distinct(pick(5), providerCount).map((s) => ({ s, category: categories[pick(categories.length)] })),
  }));
  const providers = Array.from({ length: providerCount }, (_, i) => ({
    key: i,
    name: `Bench Provider ${pad(i, 5)}`,
    categories: distinct(1 + pick(3), categories.length).map((c) => categories[c]),
    partnersWith: distinct(1 + pick(4), platformCount),
  }));

  const session = driver.session();
  const batch = 5_000;
  try {
    const inBatches = async <T>(rows: readonly T[], cypher: string) => {
      for (let i = 0; i < rows.length; i += batch) await session.run(cypher, { rows: rows.slice(i, i + batch) });
    };
    const actorProps = `id: randomUUID(), name: row.name, createdAt: datetime(), updatedAt: datetime()`;
    await inBatches(platforms, `UNWIND $rows AS row CREATE (:Platform:Actor { benchKey: row.key, ${actorProps}, population: 'CORE_PLATFORM' })`);
    await inBatches(providers, `UNWIND $rows AS row CREATE (:ServiceProvider:Actor { benchKey: row.key, ${actorProps}, population: 'SERVICE_PROVIDER', categories: row.categories })`);
    await inBatches(firmRows, `UNWIND $rows AS row CREATE (:Firm:Actor { benchKey: row.key, ${actorProps}, population: row.population, size: row.size })`);
    for (const label of ["Platform", "ServiceProvider", "Firm"]) await session.run(`CREATE INDEX bench_${label} IF NOT EXISTS FOR (n:${label}) ON (n.benchKey)`);
    await session.run("CALL db.awaitIndexes(300)");
    await inBatches(
      firmRows.flatMap((f) => f.memberOf.map((m) => ({ f: f.key, p: m.p, ended: m.ended }))),
      `UNWIND $rows AS row MATCH (f:Firm {benchKey: row.f}), (p:Platform {benchKey: row.p})
       CREATE (f)-[:MEMBER_OF { since: date('2020-01-01'), until: CASE WHEN row.ended THEN date('2024-06-30') END, tier: 'basic' }]->(p)`,
    );
    await inBatches(
      firmRows.flatMap((f) => f.servedBy.map((s) => ({ f: f.key, s: s.s, category: s.category }))),
      `UNWIND $rows AS row MATCH (f:Firm {benchKey: row.f}), (s:ServiceProvider {benchKey: row.s})
       CREATE (s)-[:SERVES { category: row.category, since: date('2021-03-01') }]->(f)`,
    );
    await inBatches(
      providers.flatMap((s) => s.partnersWith.map((p) => ({ s: s.key, p }))),
      `UNWIND $rows AS row MATCH (s:ServiceProvider {benchKey: row.s}), (p:Platform {benchKey: row.p})
       CREATE (s)-[:PARTNERS_WITH { since: date('2022-01-01') }]->(p)`,
    );
    const counts = await session.run(`CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
      CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN actors, relationships`);
    return { actors: Number(counts.records[0]!.get("actors")), relationships: Number(counts.records[0]!.get("relationships")), platforms: platformCount, providers: providerCount, firms };
  } finally {
    await session.close();
  }
}

/**
 * The Cypher @neo4j/graphql generates for a GraphQL query, with its parameters: the schema is
 * built in this process over a driver that records what the library runs (nothing is changed).
 * Timing it over Bolt separates the database's share of a GraphQL request from the API's CPU.
 */
async function generatedCypher(db: Database, config: Parameters<typeof buildEcographSchema>[2], root: string, source: string, variables: Record<string, unknown>) {
  const recorded: Array<{ cypher: string; params: Record<string, unknown> }> = [];
  const recordTx = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get: (target, prop) =>
        prop === "run"
          ? (cypher: string, params: Record<string, unknown>) => {
              recorded.push({ cypher, params });
              return target.run(cypher, params);
            }
          : Reflect.get(target, prop, target),
    });
  const recordSession = (session: Session) =>
    new Proxy(session, {
      get: (target, prop) =>
        prop === "executeRead"
          ? (work: (tx: ManagedTransaction) => unknown, txConfig?: object) => target.executeRead((tx) => work(recordTx(tx)) as Promise<unknown>, txConfig)
          : typeof Reflect.get(target, prop) === "function"
            ? (Reflect.get(target, prop) as (...a: unknown[]) => unknown).bind(target)
            : Reflect.get(target, prop),
    });
  const driver = new Proxy(db.driver, {
    get: (target, prop) =>
      prop === "session"
        ? (sessionConfig?: object) => recordSession(target.session(sessionConfig))
        : typeof Reflect.get(target, prop) === "function"
          ? (Reflect.get(target, prop) as (...a: unknown[]) => unknown).bind(target)
          : Reflect.get(target, prop),
  });
  const schema = await buildEcographSchema(loadTypeDefs(root), new Database(driver, db.options), config);
  const contextValue = { sessionConfig: {}, transaction: { timeout: 30_000 }, jwt: undefined, caller: { roles: [] } };
  const result = await graphql({ schema, source, variableValues: variables, contextValue });
  if (result.errors?.length) throw new Error(`Capturing the generated Cypher failed: ${result.errors.map((e) => e.message).join("; ")}`);
  const read = recorded.filter((r) => !r.cypher.includes("dbms.components"));
  if (read.length !== 1) throw new Error(`Expected the query to run 1 Cypher statement, but it ran ${read.length}`);
  return read[0]!;
}

// ---------------------------------------------------------------------------------------------
// Child processes

interface Child {
  readonly url: string;
  readonly child: ChildProcess;
  /** Lines at warn level or above. */
  readonly warnings: string[];
  stop(): Promise<void>;
}

/** Starts a child and resolves with its URL once a line of its stdout says it is ready. */
async function startChild(args: string[], env: NodeJS.ProcessEnv, readyUrl: (line: Record<string, unknown>) => string | undefined, what: string): Promise<Child> {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  const warnings: string[] = [];
  const stderr: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not get ready within 180 s`)), 180_000);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with code ${code} before it was ready: ${stderr.join("").trim()}`));
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line);
      } catch {
        return;
      }
      if (typeof entry.level === "number" && entry.level >= 40 && warnings.length < 20) warnings.push(line.slice(0, 400));
      const found = readyUrl(entry);
      if (found) {
        clearTimeout(timer);
        resolve(found);
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
// Measuring

type Target = "graphqlAnonymous" | "graphqlToken" | "bolt" | "generated" | "minimal";
const TARGET_NAMES: Record<Target, string> = {
  graphqlAnonymous: "GraphQL, anonymous reads on",
  graphqlToken: "GraphQL, anonymous reads off (token)",
  bolt: "hand-written Cypher over Bolt",
  generated: "the library's generated Cypher over Bolt (anonymous reads on)",
  minimal: "minimal driver server",
};

interface HttpTarget {
  readonly url: string;
  readonly path: (query: QueryName) => string;
  readonly headers: Record<string, string>;
  readonly body: (query: QueryName) => string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 1 });
/** Requests sent to each base URL while the rounds ran (for CPU per request). */
const served = new Map<string, number>();
let counting = false;
const count = (url: string, n = 1) => {
  if (counting) served.set(url, (served.get(url) ?? 0) + n);
};

function post(target: HttpTarget, query: QueryName): Promise<string> {
  return new Promise((resolve, reject) => {
    const body = target.body(query);
    const req = httpRequest(
      `${target.url}${target.path(query)}`,
      { method: "POST", agent, headers: { ...target.headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString();
          if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode} from ${target.url}: ${text.slice(0, 300)}`));
          else resolve(text);
        });
      },
    );
    req.on("error", reject);
    count(target.url);
    req.end(body);
  });
}

/** `data` of a response, or an error naming the first GraphQL error. */
function dataOf(text: string, what: string): unknown {
  const parsed = JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string }> };
  if (parsed.errors?.length) throw new Error(`${what} answered with errors: ${parsed.errors.map((e) => e.message).join("; ")}`);
  return parsed.data;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function runAutocannon(options: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

// ---------------------------------------------------------------------------------------------
// CPU profiles

/** Self time of a profile by where the code lives: an npm package, a file of Ecograph, or a V8 category. */
function summariseProfile(file: string, fromUs: number, toUs: number): { totalMs: number; byPlace: Map<string, number> } {
  const profile = JSON.parse(readFileSync(file, "utf8")) as {
    nodes: Array<{ id: number; callFrame: { url: string; functionName: string } }>;
    startTime: number;
    samples: number[];
    timeDeltas: number[];
  };
  const placeOf = new Map<number, string>();
  for (const node of profile.nodes) {
    const { url, functionName } = node.callFrame;
    let place: string;
    if (!url) place = functionName.startsWith("(") ? functionName : `(native) ${functionName}`;
    else if (url.includes("node_modules/")) {
      const rest = url.slice(url.lastIndexOf("node_modules/") + "node_modules/".length).split("/");
      place = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    } else if (url.startsWith("node:")) place = url;
    else place = url.replace(/^.*\/dist\//, "");
    placeOf.set(node.id, place);
  }
  const byPlace = new Map<string, number>();
  let totalMs = 0;
  // Sample times are CLOCK_MONOTONIC microseconds, the clock of process.hrtime in this process too.
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < fromUs || at > toUs) return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const place = placeOf.get(id) ?? "?";
    if (place === "(idle)") return;
    totalMs += ms;
    byPlace.set(place, (byPlace.get(place) ?? 0) + ms);
  });
  return { totalMs, byPlace };
}

// ---------------------------------------------------------------------------------------------
// Main

function log(message: string): void {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${message}`);
}

const fmt = (value: number, digits = 0) => value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

async function main(): Promise<void> {
  if (process.argv[2] === "--minimal-server") return minimalServer(process.argv[3]!, process.argv[4]!, process.argv[5]!);
  const options = parseArgs(process.argv.slice(2));
  const root = findProjectRoot();
  const env = { ...process.env };
  delete env.NEO4J_URI;
  const config = loadConfig({ ...env, EMBEDDED_NEO4J_DATA_DIR: DATA_DIR, EMBEDDED_NEO4J_BOLT_PORT: "0" });
  const profileDir = join(root, ".tmp", "bench-api-profiles");

  let embedded: EmbeddedNeo4j | undefined;
  let db: Database | undefined;
  const children: Child[] = [];
  const cleanUp = async () => {
    await Promise.all(children.map((c) => c.stop().catch(() => undefined)));
    await db?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
  };
  cleanUpOnSignals(cleanUp);

  try {
    const scratch = await startScratchNeo4j(config, DATA_DIR, log, root);
    embedded = scratch.embedded;
    db = scratch.db;
    const loadStarted = performance.now();
    const graph = await loadGraph(db.driver, options.firms);
    log(`graph loaded in ${fmt((performance.now() - loadStarted) / 1000, 1)} s: ${JSON.stringify(graph)}`);

    // The API in production mode (as `npm start` runs it), once with anonymous reads on and once off.
    const secret = randomBytes(32).toString("hex");
    if (options.profile) {
      rmSync(profileDir, { recursive: true, force: true });
      mkdirSync(profileDir, { recursive: true });
    }
    const apiEnv = (anonymousReads: boolean): NodeJS.ProcessEnv => ({
      ...env,
      NODE_ENV: "production",
      AUTH_JWT_SECRET: secret,
      AUTH_ANONYMOUS_READS: String(anonymousReads),
      NEO4J_URI: embedded!.uri,
      HOST: "127.0.0.1",
      PORT: "0",
      LOG_LEVEL: "info",
      SEED_WHEN_EMPTY: "false",
    });
    const apiArgs = (name: string) => [
      ...apiNodeOptions(),
      ...(options.profile ? ["--cpu-prof", "--cpu-prof-dir", join(profileDir, name)] : []),
      join(__dirname, "..", "src", "index.js"),
    ];
    const apiReady = (entry: Record<string, unknown>) =>
      typeof entry.url === "string" && String(entry.msg).startsWith("Ecograph is ready") ? entry.url.replace(/\/graphql$/, "") : undefined;
    const [apiOn, apiOff, minimal] = await Promise.all([
      startChild(apiArgs("anonymous-reads-on"), apiEnv(true), apiReady, "the API (anonymous reads on)"),
      startChild(apiArgs("anonymous-reads-off"), apiEnv(false), apiReady, "the API (anonymous reads off)"),
      startChild(
        [__filename, "--minimal-server", embedded.uri, config.neo4j.user, config.neo4j.password],
        env,
        (entry) => (typeof entry.ready === "string" ? entry.ready : undefined),
        "the minimal server",
      ),
    ]);
    children.push(apiOn, apiOff, minimal);
    log(`API anonymous reads on: ${apiOn.url} (pid ${apiOn.child.pid}); off: ${apiOff.url} (pid ${apiOff.child.pid}); minimal server: ${minimal.url} (pid ${minimal.child.pid})`);
    const token = await mintToken(loadConfig(apiEnv(false)).auth, { roles: ["reader"], subject: "bench-api", expiresIn: "2h" });

    const graphqlBody = (query: QueryName) =>
      JSON.stringify(query === "nested" ? { query: NESTED_GRAPHQL, variables: { platform: PLATFORM } } : { query: LIST_GRAPHQL });
    const http: Record<Exclude<Target, "bolt" | "generated">, HttpTarget> = {
      graphqlAnonymous: { url: apiOn.url, path: () => "/graphql", headers: {}, body: graphqlBody },
      graphqlToken: { url: apiOff.url, path: () => "/graphql", headers: { authorization: `Bearer ${token}` }, body: graphqlBody },
      minimal: { url: minimal.url, path: (q) => `/${q}`, headers: {}, body: () => "{}" },
    };
    const generated = {
      nested: await generatedCypher(db, loadConfig(apiEnv(true)), root, NESTED_GRAPHQL, { platform: PLATFORM }),
      list: await generatedCypher(db, loadConfig(apiEnv(true)), root, LIST_GRAPHQL, {}),
    };
    log(`the library's Cypher for the nested query:\n${generated.nested.cypher}`);
    const once = async (target: Target, query: QueryName): Promise<unknown> => {
      if (target === "bolt") return runHandWritten(db!.driver, query);
      if (target === "generated") {
        const { cypher, params } = generated[query];
        return (await db!.driver.executeQuery(cypher, params, { routing: neo4j.routing.READ })).records;
      }
      return dataOf(await post(http[target], query), TARGET_NAMES[target]);
    };

    // The same results everywhere (the list's order is unspecified on both sides: its size is compared).
    const expected = await once("bolt", "nested");
    const members = (expected as { platforms: Array<{ members: unknown[] }> }).platforms[0]?.members.length ?? 0;
    if (members !== 10) throw new Error(`The generated graph should give ${PLATFORM} 10 listed members, but it gave ${members}`);
    for (const target of ["graphqlAnonymous", "graphqlToken", "minimal"] as const) {
      const nested = await once(target, "nested");
      if (!isDeepStrictEqual(nested, expected)) {
        throw new Error(`${TARGET_NAMES[target]} returned another nested result than the hand-written Cypher:\n${JSON.stringify(nested).slice(0, 600)}\n${JSON.stringify(expected).slice(0, 600)}`);
      }
      const list = (await once(target, "list")) as { firms: unknown[] };
      if (list.firms.length !== 100) throw new Error(`${TARGET_NAMES[target]} listed ${list.firms.length} firms, not 100`);
    }
    // Anonymous reads off: a request without a token is refused (the benchmark measures the real rule).
    const refused = JSON.parse(await post({ ...http.graphqlToken, headers: {} }, "list").catch((e: Error) => JSON.stringify({ errors: [{ message: e.message }] }))) as { errors?: unknown[] };
    if (!refused.errors?.length) throw new Error("The API with anonymous reads off answered a request without a token");
    log("every target returns the same nested result and 100 firms; without a token the API with anonymous reads off refuses");

    // Warm-up: plans cached, JIT warm, connection pools filled.
    for (const target of Object.keys(TARGET_NAMES) as Target[]) for (let i = 0; i < 30; i++) for (const q of ["nested", "list"] as const) await once(target, q);
    for (const target of ["graphqlAnonymous", "graphqlToken", "minimal"] as const) {
      for (const q of ["nested", "list"] as const) await throughput(http[target], q, options.connections, 1);
    }
    log("warm-up done");

    type Figures = Record<`${QueryName}P50`, Record<Target, number>> & Record<`${QueryName}Rps`, Record<Exclude<Target, "bolt" | "generated">, number>>;
    const rounds: Figures[] = [];
    const loadBefore = loadavg()[0]!;
    counting = true;
    const roundsFromUs = Number(process.hrtime.bigint() / 1000n);
    const latencyOrder: Target[] = ["graphqlAnonymous", "bolt", "graphqlToken", "generated", "minimal"];
    const throughputOrder = ["graphqlAnonymous", "minimal", "graphqlToken"] as const;
    for (let round = 0; round < options.rounds; round++) {
      const figures = { nestedP50: {}, listP50: {}, nestedRps: {}, listRps: {} } as Figures;
      for (const query of ["nested", "list"] as const) {
        for (let k = 0; k < latencyOrder.length; k++) {
          const target = latencyOrder[(k + round) % latencyOrder.length]!;
          const times: number[] = [];
          for (let i = 0; i < options.samples; i++) {
            const started = performance.now();
            await once(target, query);
            times.push(performance.now() - started);
          }
          figures[`${query}P50`][target] = median(times);
        }
        for (let k = 0; k < throughputOrder.length; k++) {
          const target = throughputOrder[(k + round) % throughputOrder.length]!;
          figures[`${query}Rps`][target] = await throughput(http[target], query, options.connections, options.duration);
        }
      }
      rounds.push(figures);
      log(
        `round ${round + 1}/${options.rounds}: ` +
          (["nested", "list"] as const)
            .map(
              (q) =>
                `${q} p50 ms GraphQL on ${fmt(figures[`${q}P50`].graphqlAnonymous, 2)} / off ${fmt(figures[`${q}P50`].graphqlToken, 2)} / Bolt ${fmt(figures[`${q}P50`].bolt, 2)} / generated ${fmt(figures[`${q}P50`].generated, 2)} / minimal ${fmt(figures[`${q}P50`].minimal, 2)}; ` +
                `req/s on ${fmt(figures[`${q}Rps`].graphqlAnonymous)} / off ${fmt(figures[`${q}Rps`].graphqlToken)} / minimal ${fmt(figures[`${q}Rps`].minimal)}`,
            )
            .join(" | ") +
          ` (load ${fmt(loadavg()[0]!, 1)})`,
      );
    }
    const loadAfter = loadavg()[0]!;
    counting = false;
    const roundsToUs = Number(process.hrtime.bigint() / 1000n);

    // ----- Summary: each figure's median over the rounds, and each ratio's median and spread.
    const stat = (values: number[]) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
    const ratioRow = (label: string, values: number[], target: string, meets: (m: number) => boolean) => {
      const s = stat(values);
      return `| ${label} | **${fmt(s.median, 2)}** (${fmt(s.min, 2)}–${fmt(s.max, 2)}) | ${target} | ${target === "(none)" ? "" : meets(s.median) ? "met" : "**not met**"} |`;
    };
    const ratioLines: string[] = [];
    for (const [mode, target] of [["anonymous reads on", "graphqlAnonymous"], ["anonymous reads off", "graphqlToken"]] as const) {
      ratioLines.push(
        ratioRow(`nested p50, GraphQL / Bolt, ${mode}`, rounds.map((r) => r.nestedP50[target] / r.nestedP50.bolt), "≤ 1.4", (m) => m <= 1.4),
        ratioRow(`list p50, GraphQL / Bolt, ${mode}`, rounds.map((r) => r.listP50[target] / r.listP50.bolt), "≤ 1.4", (m) => m <= 1.4),
        ratioRow(`nested throughput, GraphQL / minimal server, ${mode}`, rounds.map((r) => r.nestedRps[target] / r.nestedRps.minimal), "≥ 0.6", (m) => m >= 0.6),
        ratioRow(`list throughput, GraphQL / minimal server, ${mode}`, rounds.map((r) => r.listRps[target] / r.listRps.minimal), "(none)", () => true),
      );
    }
    ratioLines.push(
      ratioRow("nested p50, generated Cypher / hand-written, both over Bolt (the library's translation)", rounds.map((r) => r.nestedP50.generated / r.nestedP50.bolt), "(none)", () => true),
      ratioRow("list p50, generated Cypher / hand-written, both over Bolt", rounds.map((r) => r.listP50.generated / r.listP50.bolt), "(none)", () => true),
    );
    const figureRow = (label: string, pick: (r: Figures) => Record<string, number>, targets: readonly Target[], digits: number) =>
      `| ${label} | ${targets.map((t) => { const s = stat(rounds.map((r) => pick(r)[t]!)); return `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`; }).join(" | ")} |`;
    const all: Target[] = ["graphqlAnonymous", "graphqlToken", "bolt", "generated", "minimal"];
    const report = [
      `\`npm run bench:api -- --firms ${options.firms} --rounds ${options.rounds} --samples ${options.samples} --duration ${options.duration} --connections ${options.connections}${options.profile ? " --profile 1" : ""}\`, ${new Date().toISOString().slice(0, 16)} UTC`,
      "",
      `Graph: ${fmt(graph.firms!)} firms, ${graph.platforms} platforms, ${fmt(graph.providers!)} service providers; ${fmt(graph.relationships!)} relationships. ` +
        `Machine: ${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, Node ${process.version}, Neo4j ${embedded.neo4jVersion} embedded; ` +
        `the two APIs and the minimal server in processes of their own, LOG_LEVEL=info${options.profile ? ", the APIs under --cpu-prof" : ""}; ` +
        `load average (1 min) ${fmt(loadBefore, 1)} before the rounds, ${fmt(loadAfter, 1)} after (the machine is shared with other agents).`,
      "",
      `Medians over ${options.rounds} interleaved rounds (min–max). p50 of ${options.samples} sequential requests on one kept-alive connection; throughput with ${options.connections} connections for ${options.duration} s.`,
      "",
      `| figure | ${all.map((t) => TARGET_NAMES[t]).join(" | ")} |`,
      `| --- | ${all.map(() => "---:").join(" | ")} |`,
      figureRow("nested p50, ms", (r) => r.nestedP50, all, 2),
      figureRow("list p50, ms", (r) => r.listP50, all, 2),
      `| nested throughput, req/s | ${["graphqlAnonymous", "graphqlToken"].map((t) => { const s = stat(rounds.map((r) => r.nestedRps[t as "graphqlToken"])); return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`; }).join(" | ")} | | | ${(() => { const s = stat(rounds.map((r) => r.nestedRps.minimal)); return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`; })()} |`,
      `| list throughput, req/s | ${["graphqlAnonymous", "graphqlToken"].map((t) => { const s = stat(rounds.map((r) => r.listRps[t as "graphqlToken"])); return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`; }).join(" | ")} | | | ${(() => { const s = stat(rounds.map((r) => r.listRps.minimal)); return `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})`; })()} |`,
      "",
      "| ratio (median of the rounds' ratios, min–max) | value | target | |",
      "| --- | ---: | --- | --- |",
      ...ratioLines,
      "",
    ];

    await Promise.all(children.splice(0).map((c) => c.stop()));
    if (options.profile) {
      report.push("CPU of the API processes while the rounds ran (node --cpu-prof), self time by place, per request served:", "");
      for (const [name, url] of [["anonymous-reads-on", apiOn.url], ["anonymous-reads-off", apiOff.url]] as const) {
        const dir = join(profileDir, name);
        const files = readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
        if (files.length === 0) continue;
        const { totalMs, byPlace } = summariseProfile(join(dir, files[0]!), roundsFromUs, roundsToUs);
        const requests = served.get(url) ?? 1;
        report.push(`${name}: ${fmt(requests)} requests, ${fmt(totalMs / requests, 2)} ms of CPU per request; the 15 largest:`, "", "| place | ms per request | share |", "| --- | ---: | ---: |");
        for (const [place, ms] of [...byPlace].sort((a, b) => b[1] - a[1]).slice(0, 15)) report.push(`| ${place} | ${fmt(ms / requests, 3)} | ${fmt((100 * ms) / totalMs, 1)} % |`);
        report.push("");
      }
    }
    const text = report.join("\n");
    console.log(`\n${text}`);
    mkdirSync(join(root, ".tmp"), { recursive: true });
    writeFileSync(join(root, ".tmp", "bench-api.md"), text);
    log("report written to .tmp/bench-api.md (paste it into BENCHMARKS.md)");
  } finally {
    await cleanUp();
  }
}

/** Requests per second against one target with `connections` connections for `seconds` seconds; any error response fails the run. */
async function throughput(target: HttpTarget, query: QueryName, connections: number, seconds: number): Promise<number> {
  let bad = 0;
  let example = "";
  const result = await runAutocannon({
    url: `${target.url}${target.path(query)}`,
    method: "POST",
    headers: { ...target.headers, "content-type": "application/json" },
    body: target.body(query),
    connections,
    pipelining: 1,
    duration: seconds,
    timeout: 20,
    setupClient: (client) => {
      client.on("body", (body: Buffer) => {
        if (body.includes('"errors"')) {
          bad += 1;
          example ||= body.toString().slice(0, 300);
        }
      });
    },
  });
  if (result.non2xx > 0 || result.errors > 0 || bad > 0) {
    throw new Error(`${target.url}${target.path(query)}: ${result.non2xx} non-2xx, ${result.errors} connection errors, ${bad} GraphQL errors during the throughput run ${example}`);
  }
  count(target.url, result.requests.total);
  return result.requests.total / result.duration;
}

main().catch(exitOnFailure("API benchmark"));
