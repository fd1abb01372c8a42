import type { CompareService } from "../analysis/compare.service";
import type { TrendService } from "../analysis/trend.service";
import { randomUUID } from "node:crypto";
import DataLoader from "dataloader";
import type { Authentication } from "../auth/authenticate";
import type { Caller } from "../auth/roles";
import type { QueryObserver } from "../db/database";
import type { EcosystemGraphService } from "../ecosystem/ecosystem-graph.service";
import type { EcosystemService } from "../ecosystem/ecosystem.service";
import type { ScopeNames } from "../ecosystem/scope-names";
import type { ChainService } from "../metrics/chain.service";
import type { HealthService } from "../metrics/health.service";
import type { MetricCache } from "../metrics/metric-cache";
import type { MetricRunsService } from "../metrics/metric-runs.service";
import type { ActorMetricValues, MetricsService } from "../metrics/metrics.service";
import type { ReportService } from "../reports/report.service";
import type { StrategyService } from "../strategy/strategy.service";
import type { ChangeFeedService } from "../sync/change-feed.service";
import type { SyncService } from "../sync/sync.service";

/** The services code-first resolvers call; created once at start-up. */
export interface Services {
  /** Resolves an argument naming a platform, chain, stage or region (id or exact name). */
  readonly scopeNames: ScopeNames;
  readonly ecosystem: EcosystemService;
  readonly ecosystemGraph: EcosystemGraphService;
  readonly metrics: MetricsService;
  readonly chains: ChainService;
  readonly health: HealthService;
  readonly trends: TrendService;
  readonly comparisons: CompareService;
  readonly metricRuns: MetricRunsService;
  readonly sync: SyncService;
  readonly changes: ChangeFeedService;
  /** The report library (reports/*.cypher) and its runner. */
  readonly reports: ReportService;
  /** The strategy advisor: assessment and what-if simulation (src/strategy/). */
  readonly strategy: StrategyService;
  /** Results of on-demand metrics, per graph version (every write bumps it, see graph-version.ts). */
  readonly metricCache: MetricCache;
}

/** DataLoaders, fresh for every request so nothing cached leaks between requests or users. */
export interface Loaders {
  /** On-demand metrics of an actor by id: one graph computation for a whole list of actors. */
  readonly actorMetrics: DataLoader<string, ActorMetricValues>;
}

/**
 * Per-request context shared by the generated CRUD (@neo4j/graphql reads `sessionConfig` and
 * `transaction` from it) and the code-first resolvers (which call `services` and `loaders`).
 */
export interface GraphQLContext {
  readonly services: Services;
  readonly loaders: Loaders;
  readonly requestId: string;
  /** Who is calling, from the verified bearer token (or anonymous). */
  readonly caller: Caller;
  /** Passed to every service call, so a request knows how many Cypher queries it caused. */
  readonly observeQuery: QueryObserver;
  /**
   * Cypher queries the code-first resolvers have run for this request so far. An object, not a
   * number: Apollo Server shallow-copies the context, and the copy must see later increments.
   */
  readonly cypherQueries: { count: number };
  /** The verified token's claims, which @neo4j/graphql's `@authentication` rules read. */
  readonly jwt: Authentication["jwt"];
  readonly sessionConfig: { readonly database?: string };
  readonly transaction: { readonly timeout: number };
}

/** A fresh context for one request: fresh counters and DataLoaders. */
export function createRequestContext(
  services: Services,
  neo4j: { readonly database: string | undefined; readonly transactionTimeoutMs: number },
  caller: Caller,
  jwt: Authentication["jwt"] = undefined,
): GraphQLContext {
  const cypherQueries = { count: 0 };
  const observeQuery: QueryObserver = () => {
    cypherQueries.count += 1;
  };
  return {
    services,
    loaders: {
      actorMetrics: new DataLoader((ids: readonly string[]) => services.metrics.actorMetrics(ids, observeQuery)),
    },
    requestId: randomUUID(),
    caller,
    jwt,
    observeQuery,
    cypherQueries,
    sessionConfig: neo4j.database ? { database: neo4j.database } : {},
    transaction: { timeout: neo4j.transactionTimeoutMs },
  };
}
