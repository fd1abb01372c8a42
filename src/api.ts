import type { Config } from "./config";
import { findProjectRoot } from "./config";
import type { Database } from "./db/database";
import { ensureDatabaseSchema } from "./db/database-schema";
import { EcosystemGraphService } from "./ecosystem/ecosystem-graph.service";
import { EcosystemService } from "./ecosystem/ecosystem.service";
import { ChainService } from "./metrics/chain.service";
import { HealthService } from "./metrics/health.service";
import { MetricCache } from "./metrics/metric-cache";
import { MetricRunsService } from "./metrics/metric-runs.service";
import { MetricsService } from "./metrics/metrics.service";
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

/** The services behind the code-first resolvers, over one database. */
export function createServices(db: Database, config: Pick<Config, "metricsExactLimit" | "sync" | "strategy">): Services {
  const metricCache = new MetricCache(db);
  const metrics = new MetricsService(db, metricCache, { maxNodesTimesEdges: config.metricsExactLimit });
  const ecosystem = new EcosystemService(db);
  return {
    ecosystem,
    ecosystemGraph: new EcosystemGraphService(db, ecosystem),
    metrics,
    chains: new ChainService(db, metrics),
    health: new HealthService(db, metrics),
    metricRuns: new MetricRunsService(db, metrics),
    metricCache,
    sync: new SyncService(db, config.sync),
    changes: new ChangeFeedService(db),
    reports: new ReportService(db, defaultReportLibrary()),
    strategy: new StrategyService(db, config.strategy),
  };
}

/** Creates the constraints and indexes the schema in schema/ relies on (idempotent). */
export async function prepareDatabase(db: Database, projectRoot = findProjectRoot()): Promise<void> {
  await ensureDatabaseSchema(db, fulltextIndexesOf(loadTypeDefs(projectRoot)));
}

/**
 * Composes the API over a connected database: schema (generated CRUD + code-first resolvers),
 * services, HTTP server. Used by `npm start` and by the integration tests alike.
 */
export async function startApi(config: Config, db: Database, logger: Logger): Promise<RunningServer> {
  const schema = await buildEcographSchema(loadTypeDefs(findProjectRoot()), db, config);
  return startServer({ config, db, schema, services: createServices(db, config), logger });
}
