import type { Config, Neo4jConfig } from "./config";
import { findProjectRoot } from "./config";
import type { ConnectOptions, Database } from "./db/database";
import { ensureDatabaseSchema } from "./db/database-schema";
import { ENSURE_GRAPH_VERSION, GRAPH_VERSION_CONSTRAINT } from "./db/graph-version";
import { EcosystemGraphService } from "./ecosystem/ecosystem-graph.service";
import { EcosystemService } from "./ecosystem/ecosystem.service";
import { ScopeNames } from "./ecosystem/scope-names";
import { CompareService } from "./analysis/compare.service";
import { TrendService } from "./analysis/trend.service";
import { ChainService } from "./metrics/chain.service";
import { HealthService } from "./metrics/health.service";
import { MetricCache } from "./metrics/metric-cache";
import { METRIC_JOB_SCHEMA, MetricRunsService } from "./metrics/metric-runs.service";
import { MetricsService } from "./metrics/metrics.service";
import { MetricPool } from "./metrics/worker/metric-pool";
import { defaultReportLibrary } from "./reports/report-library";
import { ReportService } from "./reports/report.service";
import { ChangeFeedService } from "./sync/change-feed.service";
import { SyncService } from "./sync/sync.service";
import { StrategyService } from "./strategy/strategy.service";
import { buildEcographSchema } from "./graphql/build-schema";
import type { Services } from "./graphql/context";
import { fulltextIndexesOf, loadTypeDefs } from "./graphql/type-defs";
import { startServer, type RunningServer } from "./server/app";
import type { Logger } from "./server/logger";

/**
 * Connection settings for the metric worker threads' own drivers (they read metric graphs off the
 * event loop): the same Neo4j, user and timeouts as `db`; its URI is taken from `db`, since the
 * embedded Neo4j's is only known once it runs.
 */
export function metricWorkerConnection(db: Database, neo4j: Neo4jConfig): ConnectOptions {
  return {
    uri: db.options.uri,
    user: neo4j.user,
    password: neo4j.password,
    database: db.options.database,
    connectTimeoutMs: neo4j.connectTimeoutMs,
    transactionTimeoutMs: db.options.transactionTimeoutMs,
    maxRetryMs: neo4j.maxRetryMs,
  };
}

/** The services behind the code-first resolvers, over one database. */
export function createServices(db: Database, config: Pick<Config, "metricsExactLimit" | "metricsEngine" | "sync" | "strategy" | "neo4j"> & Partial<Pick<Config, "metricJobs">>): Services {
  const metricCache = new MetricCache(db, config.metricsEngine.cacheBytes);
  const pool = new MetricPool({
    threads: config.metricsEngine.threads,
    maxQueue: config.metricsEngine.maxQueue,
    niceIncrement: config.metricsEngine.workerNice,
    neo4j: metricWorkerConnection(db, config.neo4j),
  });
  const metrics = new MetricsService(db, metricCache, { maxNodesTimesEdges: config.metricsExactLimit }, pool);
  const scopeNames = new ScopeNames(db);
  const ecosystem = new EcosystemService(db, scopeNames);
  const chains = new ChainService(db, metrics);
  const health = new HealthService(db, metrics);
  return {
    scopeNames,
    ecosystem,
    ecosystemGraph: new EcosystemGraphService(db, ecosystem),
    metrics,
    chains,
    health,
    trends: new TrendService(db, ecosystem, { health, chains }),
    comparisons: new CompareService(db, ecosystem, { health, chains }),
    metricRuns: new MetricRunsService(db, metrics, config.metricJobs ?? {}),
    metricCache,
    sync: new SyncService(db, config.sync),
    changes: new ChangeFeedService(db),
    reports: new ReportService(db, defaultReportLibrary(), scopeNames),
    strategy: new StrategyService(db, config.strategy, { runSimulation: (input) => metrics.inWorker("simulateStrategy", input), cache: metricCache }),
  };
}

/** Creates the constraints and indexes the schema in schema/ relies on (idempotent). */
export async function prepareDatabase(db: Database, projectRoot = findProjectRoot()): Promise<void> {
  await ensureDatabaseSchema(db, fulltextIndexesOf(loadTypeDefs(projectRoot)));
  await db.write(GRAPH_VERSION_CONSTRAINT);
  await db.write(ENSURE_GRAPH_VERSION);
  for (const statement of METRIC_JOB_SCHEMA) await db.write(statement);
}

/**
 * Composes the API over a connected database: schema (generated CRUD + code-first resolvers),
 * services, HTTP server. Used by `npm start` and by the integration tests alike.
 */
export async function startApi(config: Config, db: Database, logger: Logger): Promise<RunningServer> {
  const schema = await buildEcographSchema(loadTypeDefs(findProjectRoot()), db, config);
  const services = createServices(db, config);
  const server = await startServer({ config, db, schema, services, logger });
  // Stopping marks this process's running metric jobs FAILED before the workers go.
  return { ...server, stop: async () => { await server.stop(); await services.metricRuns.close(); await services.metrics.close(); } };
}
