import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";

/**
 * The one place that reads the environment. Everything else receives a `Config` (or the part of
 * it that it needs) as an argument.
 */

export type Mode = "development" | "production";
export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

/** Settings of the embedded Neo4j that is started when no NEO4J_URI is given. */
export interface EmbeddedNeo4jConfig {
  /** Folder holding the Maven project of the Java launcher. */
  readonly launcherDir: string;
  /** Folder for the database files and Neo4j's own logs (git-ignored). */
  readonly dataDir: string;
  readonly boltPort: number;
  /** JVM heap, passed to java as -Xmx (e.g. "1g"). */
  readonly heap: string;
  /** Neo4j page cache size (e.g. "256m"). */
  readonly pageCache: string;
  /** How long to wait for the launcher to build (first run downloads jars) and start. */
  readonly startTimeoutMs: number;
  /** The java program: $JAVA_HOME/bin/java when JAVA_HOME is set, else `java` on PATH. */
  readonly javaCommand: string;
  /** The Maven program that builds the launcher on first use. */
  readonly mavenCommand: string;
  /**
   * Neo4j's own transaction timeout (`db.transaction.timeout`), in whole seconds: the same as
   * NEO4J_TRANSACTION_TIMEOUT_MS, rounded up, so a transaction that did not get the driver's
   * timeout is ended too.
   */
  readonly transactionTimeoutSeconds: number;
  /** Most memory one transaction may use (`db.memory.transaction.max`), NEO4J_TRANSACTION_MAX_MEMORY. */
  readonly transactionMaxMemory: string;
}

export interface Neo4jConfig {
  /** The Bolt URI of a Neo4j that is already running; undefined starts the embedded one. */
  readonly uri: string | undefined;
  readonly user: string;
  readonly password: string;
  /** Database name; undefined uses the server's default database. */
  readonly database: string | undefined;
  /** How long the start-up connectivity check waits before it gives up with a clear error. */
  readonly connectTimeoutMs: number;
  /** Timeout applied to every transaction Ecograph runs (sent to Neo4j, which ends the transaction). */
  readonly transactionTimeoutMs: number;
  /**
   * Most memory one transaction may use, as a size such as "512m" (`db.memory.transaction.max`).
   * Set on the embedded Neo4j; a Neo4j named by NEO4J_URI needs the same line in its neo4j.conf.
   */
  readonly transactionMaxMemory: string;
  /** How long transient failures (Neo4j away, a leader switch) are retried before a request fails. */
  readonly maxRetryMs: number;
  readonly embedded: EmbeddedNeo4jConfig;
}

/** Who may call the API, and how their tokens are checked. */
export interface AuthConfig {
  /**
   * HS256 secret tokens are signed with. In development mode, when neither a secret nor a JWKS
   * URL is set, DEVELOPMENT_JWT_SECRET is used so `npm run token` works out of the box.
   */
  readonly jwtSecret: string | undefined;
  /** URL of a JSON Web Key Set (an identity provider's); tokens are verified against its keys. */
  readonly jwksUrl: string | undefined;
  /** Required `iss` claim, when set. */
  readonly issuer: string | undefined;
  /** Required `aud` claim, when set. */
  readonly audience: string | undefined;
  /** Callers without a token may run queries (never mutations, metric runs or reports). */
  readonly anonymousReads: boolean;
  /** Longest lifetime a token may have (`exp` − `iat`, or `exp` − now without `iat`), in seconds. */
  readonly maxTokenLifetimeSeconds: number;
  /** Clock difference tolerated on `exp`, `nbf` and `iat`, in seconds. */
  readonly clockSkewSeconds: number;
}

/** Timeouts of the HTTP server, so a slow client cannot hold a connection open. */
export interface HttpConfig {
  /** Time a client has to send the complete request headers (Node's `server.headersTimeout`). */
  readonly headersTimeoutMs: number;
  /** Time a client has to send the complete request, body included (Node's `server.requestTimeout`). */
  readonly requestTimeoutMs: number;
  /** Idle time after which a kept-alive connection is closed (Node's `server.keepAliveTimeout`). */
  readonly keepAliveTimeoutMs: number;
}

/** Bounds every GraphQL request must stay within; each has its own setting. */
export interface QueryLimits {
  /** Deepest field nesting. */
  readonly maxDepth: number;
  /** Most aliased fields in one document. */
  readonly maxAliases: number;
  /** Most directives in one document. */
  readonly maxDirectives: number;
  /** Most lexical tokens in one document (checked while parsing, before anything else). */
  readonly maxTokens: number;
  /** Largest estimated cost: every field costs 1, times the page sizes of the lists above it. */
  readonly maxCost: number;
  /** Largest page a list may return (`limit`, `first`, `top`). */
  readonly maxPageSize: number;
  /** Page of a generated list when the request gives no page size, or 0, or null. */
  readonly defaultPageSize: number;
  /** Most items of any list in an argument (an `in` filter, a list of ids, a create's input). */
  readonly maxListItems: number;
  /** Most operands of AND / OR / NOT in one request, counted over all its filters. */
  readonly maxFilterBranches: number;
  /** Most keys in one sort list. */
  readonly maxSortKeys: number;
  /** Deepest nesting of an argument or variable value (objects and lists). */
  readonly maxInputDepth: number;
  /** Longest full-text search phrase, in characters. */
  readonly maxSearchPhrase: number;
}

/**
 * The secret used in development mode when no AUTH_JWT_SECRET or AUTH_JWKS_URL is set. It is
 * public (it is in this file), so it is refused in production mode.
 */
export const DEVELOPMENT_JWT_SECRET = "ecograph-development-secret-do-not-use-in-production";

export interface Config {
  readonly mode: Mode;
  readonly host: string;
  readonly port: number;
  readonly logLevel: LogLevel;
  /** Load the sample ecosystems when the database holds no actors at start-up. */
  readonly seedWhenEmpty: boolean;
  /** Largest n·m (actors × relationships) on which exact betweenness and closeness run. */
  readonly metricsExactLimit: number;
  /**
   * Worker threads for metric algorithms, the tasks that may wait for one, the cache bound in
   * bytes, and how much lower the threads' CPU priority is than the request thread's (nice).
   */
  readonly metricsEngine: { readonly threads: number; readonly maxQueue: number; readonly cacheBytes: number; readonly workerNice: number };
  /** Write-back jobs: heartbeat of a running job, when a silent one counts as abandoned, and how many DONE runs per selection keep their values. */
  readonly metricJobs: { readonly heartbeatMs: number; readonly staleAfterMs: number; readonly historyRuns: number };
  /** Largest HTTP request body, in bytes. */
  readonly maxBodyBytes: number;
  readonly auth: AuthConfig;
  readonly http: HttpConfig;
  readonly limits: QueryLimits;
  readonly sync: {
    /** Most records one sync request may carry. */
    readonly maxRecords: number;
    /** Records per write transaction. */
    readonly batchSize: number;
  };
  readonly neo4j: Neo4jConfig;
  /** Thresholds of the strategy advisor (docs/strategies.md). */
  readonly strategy: StrategyConfig;
}

/** Thresholds and limits of the strategy advisor; docs/strategies.md says how each is used. */
export interface StrategyConfig {
  /** Share of active members a self-improvement service should reach for a score of 1. */
  readonly serviceTargetShare: number;
  /** Scores below this are CRITICAL. */
  readonly criticalBelow: number;
  /** Scores below this (and not CRITICAL) are WEAK. */
  readonly weakBelow: number;
  /** Scores from this up are STRONG; between weakBelow and this, ADEQUATE. */
  readonly strongFrom: number;
  /** A provider new to the platform is assumed to take on this many times the firms it serves in the category today. */
  readonly partnerCapacityFactor: number;
  /** How far (in share of members) a category must lie above or below the peers' mean to count as a lead or a lag. */
  readonly differentiationMargin: number;
  /** The region level that is "local" to a platform: the ancestor of its location at this level. */
  readonly localRegionLevel: "COUNTRY" | "PROVINCE" | "CITY" | "DISTRICT";
  /** The region level members are grouped by when regions are ranked for intensive local operation. */
  readonly regionGroupLevel: "COUNTRY" | "PROVINCE" | "CITY" | "DISTRICT";
  /** Most candidates listed per action. */
  readonly maxCandidates: number;
  /** Largest actors × relationships on which a simulation computes exact betweenness (null above it). */
  readonly simulationExactLimit: number;
}

/** Raised when an environment variable has a value Ecograph cannot use. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** The settings, their defaults and what each means; the README's configuration table follows it. */
export const CONFIG_VARIABLES = {
  NODE_ENV: "development | production: production turns off introspection and detailed errors",
  HOST: "interface the API listens on",
  PORT: "HTTP port of the API",
  LOG_LEVEL: "fatal | error | warn | info | debug | trace | silent",
  SEED_WHEN_EMPTY: "load the sample ecosystems at start-up when the database has no actors",
  METRICS_EXACT_LIMIT: "largest actors × relationships on which exact betweenness and closeness run",
  METRICS_WORKER_THREADS: "worker threads that run metric algorithms",
  METRICS_QUEUE_LIMIT: "metric tasks that may wait for a worker thread before requests get METRICS_BUSY",
  METRICS_CACHE_BYTES: "bytes of cached graphs and metric results kept per process",
  METRICS_JOB_HEARTBEAT_MS: "how often a running write-back job tells Neo4j its API process is alive",
  METRICS_JOB_STALE_MS: "an active write-back job without a heartbeat for this long is marked FAILED (METRIC_JOB_ABANDONED); must be larger than METRICS_JOB_HEARTBEAT_MS",
  METRICS_HISTORY_RUNS: "DONE write-back runs per selection whose values stay in the history (older runs' values are deleted when a run finishes); 0 keeps every run",
  METRICS_WORKER_NICE: "how much lower (0 to 19, Unix nice) the CPU priority of the metric worker threads is than the request thread's",
  MAX_BODY_BYTES: "largest HTTP request body in bytes",
  AUTH_JWT_SECRET: "HS256 secret of the bearer tokens (at least 32 characters); development mode falls back to a public development secret",
  AUTH_JWKS_URL: "URL of a JSON Web Key Set to verify bearer tokens against (RS256, ES256, EdDSA …) instead of a secret",
  AUTH_ISSUER: "required `iss` claim of bearer tokens (unset: not checked)",
  AUTH_AUDIENCE: "required `aud` claim of bearer tokens (unset: not checked)",
  AUTH_ANONYMOUS_READS: "callers without a token may run queries (default: true in development, false in production)",
  AUTH_MAX_TOKEN_LIFETIME_SECONDS: "longest lifetime of a bearer token (exp − iat); tokens without exp are refused",
  AUTH_CLOCK_SKEW_SECONDS: "clock difference tolerated on a token's exp, nbf and iat",
  HTTP_HEADERS_TIMEOUT_MS: "time a client has to send the complete request headers",
  HTTP_REQUEST_TIMEOUT_MS: "time a client has to send the complete request, body included",
  HTTP_KEEP_ALIVE_TIMEOUT_MS: "idle time after which a kept-alive connection is closed",
  LIMIT_MAX_DEPTH: "deepest field nesting of a GraphQL request",
  LIMIT_MAX_ALIASES: "most aliases in one GraphQL request",
  LIMIT_MAX_DIRECTIVES: "most directives in one GraphQL request",
  LIMIT_MAX_TOKENS: "most lexical tokens in one GraphQL request",
  LIMIT_MAX_COST: "largest estimated cost of a GraphQL request (fields × page sizes)",
  LIMIT_MAX_PAGE_SIZE: "largest page a list may return (limit, first, top)",
  LIMIT_DEFAULT_PAGE_SIZE: "page of a generated list when the request gives no limit / first, or 0, or null",
  LIMIT_MAX_LIST_ITEMS: "most items of any list in an argument or variable (an in filter, ids, a create's input)",
  LIMIT_MAX_FILTER_BRANCHES: "most AND / OR / NOT operands in one request, over all its filters",
  LIMIT_MAX_SORT_KEYS: "most keys in one sort list",
  LIMIT_MAX_INPUT_DEPTH: "deepest nesting of an argument or variable value (objects and lists)",
  LIMIT_MAX_SEARCH_PHRASE: "longest full-text search phrase in characters",
  SYNC_MAX_RECORDS: "most records one sync request may carry",
  SYNC_BATCH_SIZE: "records per sync write transaction",
  NEO4J_URI: "Bolt URI of an existing Neo4j (bolt://, neo4j://, +s / +ssc variants); unset starts the embedded Neo4j",
  NEO4J_USER: "Neo4j user",
  NEO4J_PASSWORD: "Neo4j password",
  NEO4J_DATABASE: "Neo4j database name (unset: the server's default)",
  NEO4J_CONNECT_TIMEOUT_MS: "how long start-up waits for Neo4j before failing",
  NEO4J_TRANSACTION_TIMEOUT_MS: "timeout of every transaction (enforced by Neo4j)",
  NEO4J_TRANSACTION_MAX_MEMORY: "most memory one transaction may use (db.memory.transaction.max; set on the embedded Neo4j, put it in neo4j.conf of another)",
  NEO4J_MAX_RETRY_MS: "how long a transaction that failed with a transient error (Neo4j away, leader switch) is retried before the request fails",
  EMBEDDED_NEO4J_DATA_DIR: "data folder of the embedded Neo4j",
  EMBEDDED_NEO4J_BOLT_PORT: "Bolt port of the embedded Neo4j (127.0.0.1 only; 0 takes any free port)",
  EMBEDDED_NEO4J_HEAP: "JVM heap of the embedded Neo4j",
  EMBEDDED_NEO4J_PAGECACHE: "page cache of the embedded Neo4j",
  EMBEDDED_NEO4J_START_TIMEOUT_MS: "how long to wait for the embedded Neo4j to build and start",
  JAVA_HOME: "JDK used for the embedded Neo4j (unset: java on PATH)",
  STRATEGY_SERVICE_TARGET_SHARE: "strategy advisor: share of active members a self-improvement service should reach for a score of 1",
  STRATEGY_CRITICAL_BELOW: "strategy advisor: scores below this are CRITICAL",
  STRATEGY_WEAK_BELOW: "strategy advisor: scores below this are WEAK",
  STRATEGY_STRONG_FROM: "strategy advisor: scores from this up are STRONG (between WEAK and STRONG: ADEQUATE)",
  STRATEGY_PARTNER_CAPACITY_FACTOR: "strategy advisor: a new partner provider takes on this many times the firms it serves in the category today",
  STRATEGY_DIFFERENTIATION_MARGIN: "strategy advisor: how far above or below the peers' mean coverage a category must lie to count as a lead or a lag",
  STRATEGY_LOCAL_REGION_LEVEL: "strategy advisor: COUNTRY | PROVINCE | CITY | DISTRICT, the level of a platform's home area",
  STRATEGY_REGION_GROUP_LEVEL: "strategy advisor: COUNTRY | PROVINCE | CITY | DISTRICT, the level members are grouped by when regions are ranked",
  STRATEGY_MAX_CANDIDATES: "strategy advisor: most candidates listed per action",
  STRATEGY_SIMULATION_EXACT_LIMIT: "strategy advisor: largest actors × relationships on which a simulation computes exact betweenness",
} as const;

const MEMORY_SIZE = /^\d+[kmgKMG]?$/;
const NEO4J_SCHEMES = ["bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"];

/**
 * Builds the validated, frozen configuration from an environment (by default `process.env`).
 * Every problem is collected, so one run reports all of them.
 */
export function loadConfig(env: Env = process.env, projectRoot = findProjectRoot()): Config {
  const problems: string[] = [];
  const read = new EnvReader(env, problems);

  const mode = read.oneOf("NODE_ENV", ["development", "production"] as const, "development", {
    test: "development",
  });
  const uri = read.optionalString("NEO4J_URI");
  const javaHome = read.optionalString("JAVA_HOME");
  if (uri !== undefined) {
    const scheme = uri.split("://")[0] ?? "";
    if (!uri.includes("://") || !NEO4J_SCHEMES.includes(scheme)) {
      problems.push(
        `NEO4J_URI must be a Bolt URI with one of the schemes ${NEO4J_SCHEMES.join(", ")}, but got: ${JSON.stringify(uri)}`,
      );
    }
  }

  const transactionTimeoutMs = read.integer("NEO4J_TRANSACTION_TIMEOUT_MS", 30_000, 100, 3_600_000);
  const transactionMaxMemory = read.memorySize("NEO4J_TRANSACTION_MAX_MEMORY", "256m");
  const levels = ["COUNTRY", "PROVINCE", "CITY", "DISTRICT"] as const;
  const strategy: StrategyConfig = {
    serviceTargetShare: read.number("STRATEGY_SERVICE_TARGET_SHARE", 0.5, 0.01, 1),
    criticalBelow: read.number("STRATEGY_CRITICAL_BELOW", 0.25, 0, 1),
    weakBelow: read.number("STRATEGY_WEAK_BELOW", 0.5, 0, 1),
    strongFrom: read.number("STRATEGY_STRONG_FROM", 0.8, 0, 1),
    partnerCapacityFactor: read.number("STRATEGY_PARTNER_CAPACITY_FACTOR", 1, 0, 100),
    differentiationMargin: read.number("STRATEGY_DIFFERENTIATION_MARGIN", 0.1, 0, 1),
    localRegionLevel: read.oneOf("STRATEGY_LOCAL_REGION_LEVEL", levels, "PROVINCE"),
    regionGroupLevel: read.oneOf("STRATEGY_REGION_GROUP_LEVEL", levels, "CITY"),
    maxCandidates: read.integer("STRATEGY_MAX_CANDIDATES", 5, 1, 100),
    simulationExactLimit: read.integer("STRATEGY_SIMULATION_EXACT_LIMIT", 20_000_000, 0, Number.MAX_SAFE_INTEGER),
  };
  if (!(strategy.criticalBelow <= strategy.weakBelow && strategy.weakBelow <= strategy.strongFrom)) {
    problems.push(
      `The strategy status thresholds must satisfy STRATEGY_CRITICAL_BELOW ≤ STRATEGY_WEAK_BELOW ≤ STRATEGY_STRONG_FROM, but got ${strategy.criticalBelow}, ${strategy.weakBelow}, ${strategy.strongFrom}`,
    );
  }

  const config: Config = {
    mode,
    host: read.string("HOST", "127.0.0.1"),
    port: read.integer("PORT", 4000, 0, 65535),
    logLevel: read.oneOf(
      "LOG_LEVEL",
      ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const,
      "info",
    ),
    seedWhenEmpty: read.boolean("SEED_WHEN_EMPTY", true),
    metricsExactLimit: read.integer("METRICS_EXACT_LIMIT", 100_000_000, 0, Number.MAX_SAFE_INTEGER),
    metricsEngine: {
      threads: read.integer("METRICS_WORKER_THREADS", Math.max(1, Math.min(4, availableParallelism() - 1)), 1, 64),
      maxQueue: read.integer("METRICS_QUEUE_LIMIT", 32, 0, 10_000),
      cacheBytes: read.integer("METRICS_CACHE_BYTES", 512 * 1024 * 1024, 1024 * 1024, Number.MAX_SAFE_INTEGER),
      workerNice: read.integer("METRICS_WORKER_NICE", 19, 0, 19),
    },
    metricJobs: {
      heartbeatMs: read.integer("METRICS_JOB_HEARTBEAT_MS", 5_000, 50, 600_000),
      staleAfterMs: read.integer("METRICS_JOB_STALE_MS", 30_000, 100, 86_400_000),
      historyRuns: read.integer("METRICS_HISTORY_RUNS", 0, 0, 1_000_000),
    },
    maxBodyBytes: read.integer("MAX_BODY_BYTES", 10 * 1024 * 1024, 1024, 1024 * 1024 * 1024),
    auth: readAuth(read, mode, problems),
    http: {
      headersTimeoutMs: read.integer("HTTP_HEADERS_TIMEOUT_MS", 10_000, 100, 600_000),
      requestTimeoutMs: read.integer("HTTP_REQUEST_TIMEOUT_MS", 30_000, 100, 3_600_000),
      keepAliveTimeoutMs: read.integer("HTTP_KEEP_ALIVE_TIMEOUT_MS", 5_000, 100, 600_000),
    },
    limits: {
      maxDepth: read.integer("LIMIT_MAX_DEPTH", 12, 2, 100),
      maxAliases: read.integer("LIMIT_MAX_ALIASES", 30, 0, 10_000),
      maxDirectives: read.integer("LIMIT_MAX_DIRECTIVES", 20, 0, 10_000),
      maxTokens: read.integer("LIMIT_MAX_TOKENS", 5_000, 100, 1_000_000),
      maxCost: read.integer("LIMIT_MAX_COST", 100_000, 10, 100_000_000),
      maxPageSize: read.integer("LIMIT_MAX_PAGE_SIZE", 1_000, 1, 100_000),
      defaultPageSize: read.integer("LIMIT_DEFAULT_PAGE_SIZE", 100, 1, 100_000),
      maxListItems: read.integer("LIMIT_MAX_LIST_ITEMS", 1_000, 1, 10_000_000),
      maxFilterBranches: read.integer("LIMIT_MAX_FILTER_BRANCHES", 50, 1, 100_000),
      maxSortKeys: read.integer("LIMIT_MAX_SORT_KEYS", 10, 1, 1_000),
      maxInputDepth: read.integer("LIMIT_MAX_INPUT_DEPTH", 32, 4, 500),
      maxSearchPhrase: read.integer("LIMIT_MAX_SEARCH_PHRASE", 1_000, 1, 1_000_000),
    },
    sync: {
      maxRecords: read.integer("SYNC_MAX_RECORDS", 20_000, 1, 10_000_000),
      batchSize: read.integer("SYNC_BATCH_SIZE", 1_000, 1, 100_000),
    },
    neo4j: {
      uri,
      user: read.string("NEO4J_USER", "neo4j"),
      password: read.string("NEO4J_PASSWORD", "neo4j"),
      database: read.optionalString("NEO4J_DATABASE"),
      connectTimeoutMs: read.integer("NEO4J_CONNECT_TIMEOUT_MS", 15_000, 100, 600_000),
      transactionTimeoutMs,
      transactionMaxMemory,
      maxRetryMs: read.integer("NEO4J_MAX_RETRY_MS", 5_000, 0, 600_000),
      embedded: {
        launcherDir: resolve(projectRoot, "neo4j-embedded"),
        dataDir: resolve(projectRoot, read.string("EMBEDDED_NEO4J_DATA_DIR", ".neo4j/data")),
        boltPort: read.integer("EMBEDDED_NEO4J_BOLT_PORT", 7687, 0, 65535),
        heap: read.memorySize("EMBEDDED_NEO4J_HEAP", "1g"),
        pageCache: read.memorySize("EMBEDDED_NEO4J_PAGECACHE", "256m"),
        startTimeoutMs: read.integer("EMBEDDED_NEO4J_START_TIMEOUT_MS", 600_000, 1_000, 3_600_000),
        javaCommand: javaHome === undefined ? "java" : join(javaHome, "bin", "java"),
        mavenCommand: "mvn",
        transactionTimeoutSeconds: Math.ceil(transactionTimeoutMs / 1000),
        transactionMaxMemory,
      },
    },
    strategy,
  };

  if (config.limits.defaultPageSize > config.limits.maxPageSize) {
    problems.push(
      `LIMIT_DEFAULT_PAGE_SIZE (${config.limits.defaultPageSize}) must not be larger than LIMIT_MAX_PAGE_SIZE (${config.limits.maxPageSize}).`,
    );
  }
  if (config.metricJobs.staleAfterMs <= config.metricJobs.heartbeatMs) {
    problems.push(
      `METRICS_JOB_STALE_MS (${config.metricJobs.staleAfterMs}) must be larger than METRICS_JOB_HEARTBEAT_MS (${config.metricJobs.heartbeatMs}): a job would be marked abandoned between two heartbeats of a live process. Use a few heartbeats, e.g. 6 × the heartbeat.`,
    );
  }
  if (config.http.requestTimeoutMs < config.http.headersTimeoutMs) {
    problems.push(
      `HTTP_REQUEST_TIMEOUT_MS (${config.http.requestTimeoutMs}) must not be shorter than HTTP_HEADERS_TIMEOUT_MS (${config.http.headersTimeoutMs}).`,
    );
  }

  if (problems.length > 0) {
    throw new ConfigError(
      `Invalid configuration (see .env.example for every setting):\n  - ${problems.join("\n  - ")}`,
    );
  }
  return deepFreeze(config);
}

function readAuth(read: EnvReader, mode: Mode, problems: string[]): AuthConfig {
  const jwksUrl = read.optionalString("AUTH_JWKS_URL");
  let jwtSecret = read.optionalString("AUTH_JWT_SECRET");
  if (jwtSecret !== undefined && jwksUrl !== undefined) {
    problems.push("Set either AUTH_JWT_SECRET or AUTH_JWKS_URL, not both: tokens are verified one way.");
  }
  if (jwtSecret !== undefined && jwtSecret.length < 32) {
    problems.push(`AUTH_JWT_SECRET must be at least 32 characters long (HS256 needs 256 bits), but it has ${jwtSecret.length}.`);
  }
  if (jwksUrl !== undefined && !/^https?:\/\/[^\s]+$/.test(jwksUrl)) {
    problems.push(`AUTH_JWKS_URL must be an http(s) URL, but got: ${JSON.stringify(jwksUrl)}`);
  }
  if (mode === "production") {
    if (jwtSecret === undefined && jwksUrl === undefined) {
      problems.push("Production mode needs AUTH_JWT_SECRET or AUTH_JWKS_URL: without one no token can be verified.");
    }
    if (jwtSecret === DEVELOPMENT_JWT_SECRET) {
      problems.push("AUTH_JWT_SECRET is the public development secret; production mode needs a secret of its own.");
    }
  } else if (jwtSecret === undefined && jwksUrl === undefined) {
    jwtSecret = DEVELOPMENT_JWT_SECRET;
  }
  return {
    jwtSecret,
    jwksUrl,
    issuer: read.optionalString("AUTH_ISSUER"),
    audience: read.optionalString("AUTH_AUDIENCE"),
    anonymousReads: read.boolean("AUTH_ANONYMOUS_READS", mode === "development"),
    maxTokenLifetimeSeconds: read.integer("AUTH_MAX_TOKEN_LIFETIME_SECONDS", 24 * 3600, 60, 366 * 24 * 3600),
    clockSkewSeconds: read.integer("AUTH_CLOCK_SKEW_SECONDS", 30, 0, 600),
  };
}

/**
 * Reads `.env` in the project root into `process.env` (values already set win), then loads the
 * configuration. Used by the entry points; tests call `loadConfig` with their own environment.
 */
export function loadConfigFromProcess(projectRoot = findProjectRoot()): Config {
  const envFile = resolve(projectRoot, ".env");
  if (existsSync(envFile)) {
    process.loadEnvFile(envFile);
  }
  return loadConfig(process.env, projectRoot);
}

/**
 * The folder holding Ecograph's package.json, found from this file's location, so paths work the
 * same from `src/` (ts-jest) and from `dist/src/` (compiled).
 */
export function findProjectRoot(start = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "ecograph") {
      return dir;
    }
    if (dirname(dir) === dir) {
      throw new ConfigError(`Cannot find Ecograph's package.json above ${start}`);
    }
  }
}

class EnvReader {
  constructor(
    private readonly env: Env,
    private readonly problems: string[],
  ) {}

  optionalString(name: keyof typeof CONFIG_VARIABLES): string | undefined {
    const value = this.env[name]?.trim();
    return value === undefined || value === "" ? undefined : value;
  }

  string(name: keyof typeof CONFIG_VARIABLES, fallback: string): string {
    return this.optionalString(name) ?? fallback;
  }

  integer(name: keyof typeof CONFIG_VARIABLES, fallback: number, min: number, max: number): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^-?\d+$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name} must be a whole number from ${min} to ${max}, but got: ${JSON.stringify(raw)}`);
      return fallback;
    }
    return value;
  }

  number(name: keyof typeof CONFIG_VARIABLES, fallback: number, min: number, max: number): number {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    const value = Number(raw);
    if (!/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(raw) || value < min || value > max) {
      this.problems.push(`${name} must be a number from ${min} to ${max}, but got: ${JSON.stringify(raw)}`);
      return fallback;
    }
    return value;
  }

  boolean(name: keyof typeof CONFIG_VARIABLES, fallback: boolean): boolean {
    const raw = this.optionalString(name)?.toLowerCase();
    if (raw === undefined) return fallback;
    if (["true", "1", "yes"].includes(raw)) return true;
    if (["false", "0", "no"].includes(raw)) return false;
    this.problems.push(`${name} must be true or false, but got: ${JSON.stringify(raw)}`);
    return fallback;
  }

  memorySize(name: keyof typeof CONFIG_VARIABLES, fallback: string): string {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    if (!MEMORY_SIZE.test(raw)) {
      this.problems.push(`${name} must be a size such as 512m or 2g, but got: ${JSON.stringify(raw)}`);
      return fallback;
    }
    return raw.toLowerCase();
  }

  /** `aliases` maps accepted spellings (e.g. NODE_ENV=test set by jest) onto allowed values. */
  oneOf<T extends string>(
    name: keyof typeof CONFIG_VARIABLES,
    allowed: readonly T[],
    fallback: T,
    aliases: Record<string, T> = {},
  ): T {
    const raw = this.optionalString(name);
    if (raw === undefined) return fallback;
    if ((allowed as readonly string[]).includes(raw)) return raw as T;
    const alias = aliases[raw];
    if (alias !== undefined) return alias;
    this.problems.push(`${name} must be one of ${allowed.join(", ")}, but got: ${JSON.stringify(raw)}`);
    return fallback;
  }
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child !== null && typeof child === "object") deepFreeze(child);
  }
  return Object.freeze(value);
}
