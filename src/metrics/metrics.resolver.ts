import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { CAN_ANALYZE, CAN_READ } from "../auth/roles";
import type { GraphQLContext } from "../graphql/context";
import { selectionFrom } from "./graph-reader";
import type { ChainReport } from "./chain.service";
import type { EcosystemHealth as EcosystemHealthResult } from "./health.service";
import type { MetricHistoryEntry, MetricJobRecord, StoredMetric } from "./metric-runs.service";
import { InvalidInputError } from "../errors";
import {
  CentralityMeasure,
  type Brokerage as BrokerageResult,
  type RankedActor as RankedActorResult,
  type RankingPage as RankingPageResult,
} from "./metrics.service";
import {
  Brokerage,
  ChainCompletenessReport,
  EcosystemHealth,
  GraphSelectionInput,
  MetricHistoryValue,
  MetricJob,
  RankedActor,
  RankingPage,
  StoredMetricEnum,
  AS_OF_DESCRIPTION,
} from "./metrics.types";

/**
 * The graph selection with its platform resolved (id or exact name, ScopeNames); `platform: null`
 * is the same as leaving it out, so it hits the same cache entry.
 */
async function selection(input: GraphSelectionInput | undefined, ctx: GraphQLContext) {
  const platform = await ctx.services.scopeNames.resolveOptional("Platform", input?.platform, "graph.platform", ctx.observeQuery);
  return selectionFrom({
    platformId: platform?.id,
    asOf: input?.asOf,
    relationshipTypes: input?.relationshipTypes,
    directed: input?.directed,
    weighted: input?.weighted,
  });
}

const GRAPH_ARGUMENT = "The graph to compute on: a platform's ecosystem (id or exact name), relationship types, direction, weights; leave out for the whole graph";

/**
 * Coordination metrics: thin resolvers over the metric services (src/metrics/*.service.ts). The
 * decorators name the GraphQL types (metrics.types.ts); the TypeScript return types are the
 * services' own results, which those GraphQL types mirror.
 */
@Resolver()
export class MetricsResolver {
  @Authorized(CAN_READ)
  @Query(() => [RankedActor], { description: "The top actors by a centrality measure, computed on demand (cached per graph version)" })
  async centralityRanking(
    @Arg("measure", () => CentralityMeasure, { description: "Which centrality measure to rank by" }) measure: CentralityMeasure,
    @Arg("top", () => Int, { defaultValue: 10, description: "How many actors, 1 to 1000" }) top: number,
    @Arg("graph", () => GraphSelectionInput, { nullable: true, description: GRAPH_ARGUMENT }) graph: GraphSelectionInput | undefined,
    @Arg("damping", () => Float, { nullable: true, description: "PageRank damping, default 0.85" }) damping: number | undefined,
    @Arg("tolerance", () => Float, { nullable: true, description: "PageRank / eigenvector convergence tolerance, default 1e-10" })
    tolerance: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RankedActorResult[]> {
    return ctx.services.metrics.ranking(measure, await selection(graph, ctx), top, { damping, tolerance }, ctx.observeQuery);
  }

  @Authorized(CAN_READ)
  @Query(() => Brokerage, { description: "Burt's constraint and effective size, and the articulation points of a graph" })
  async brokerage(
    @Arg("graph", () => GraphSelectionInput, { nullable: true, description: GRAPH_ARGUMENT }) graph: GraphSelectionInput | undefined,
    @Arg("top", () => Int, { defaultValue: 10, description: "How many brokers to list, 1 to 1000" }) top: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BrokerageResult> {
    return ctx.services.metrics.brokerage(await selection(graph, ctx), top, ctx.observeQuery);
  }

  @Authorized(CAN_READ)
  @Query(() => ChainCompletenessReport, {
    description: "Coverage, depth and link continuity of an industrial chain, with its gaps, thin stages and broken links, in a scope: a platform's active members, a region, or (neither) every firm",
  })
  async chainCompleteness(
    @Arg("chain", () => ID, { description: "The industrial chain: its id or exact name, e.g. \"Yongkang hardware\"" }) chain: string,
    @Arg("platform", () => ID, { nullable: true, description: "Scope: this platform's active members (id or exact name); leave out (or null) for no platform scope" })
    platform: string | null | undefined,
    @Arg("region", () => ID, { nullable: true, description: "Scope: firms located in this region or inside it (id or exact name); leave out (or null) for no region scope" })
    region: string | null | undefined,
    @Arg("asOf", () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChainReport> {
    const names = ctx.services.scopeNames;
    const chainRef = await names.resolve("IndustrialChain", chain, "chain", ctx.observeQuery);
    const platformRef = await names.resolveOptional("Platform", platform, "platform", ctx.observeQuery);
    const regionRef = await names.resolveOptional("Region", region, "region", ctx.observeQuery);
    return ctx.services.chains.completeness(
      chainRef.id,
      { platformId: platformRef?.id, regionId: regionRef?.id, asOf: asOf ?? undefined },
      ctx.observeQuery,
    );
  }

  @Authorized(CAN_READ)
  @Query(() => EcosystemHealth, { description: "Population balance, concentration, service coverage, keystone dependence and membership dynamics of a platform's ecosystem" })
  async ecosystemHealth(
    @Arg("platform", () => ID, { description: "The platform: its id or exact name, e.g. \"Diyiqiang Group\"" }) platform: string,
    @Arg("asOf", () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | null | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EcosystemHealthResult> {
    const ref = await ctx.services.scopeNames.resolve("Platform", platform, "platform", ctx.observeQuery);
    return ctx.services.health.ecosystemHealth(ref.id, ctx.observeQuery, asOf ?? undefined);
  }

  @Authorized(CAN_READ)
  @Query(() => RankingPage, {
    description: "Every actor of a selection ranked by a centrality measure, one page at a time (first / after): the cursor is bound to the query and the graph version. Betweenness can be estimated from sampled pivots (samples, or estimateAboveLimit); estimate says how the scores were computed",
  })
  async centralityRankingPage(
    @Arg("measure", () => CentralityMeasure, { description: "Which centrality measure to rank by" }) measure: CentralityMeasure,
    @Arg("first", () => Int, { defaultValue: 100, description: "How many actors in this page, 1 to 1000" }) first: number,
    @Arg("after", () => String, { nullable: true, description: "The endCursor of the previous page (same arguments); leave out for the top of the ranking" })
    after: string | null | undefined,
    @Arg("graph", () => GraphSelectionInput, { nullable: true, description: GRAPH_ARGUMENT }) graph: GraphSelectionInput | undefined,
    @Arg("damping", () => Float, { nullable: true, description: "PageRank damping, default 0.85" }) damping: number | undefined,
    @Arg("tolerance", () => Float, { nullable: true, description: "PageRank / eigenvector convergence tolerance, default 1e-10" })
    tolerance: number | undefined,
    @Arg("samples", () => Int, { nullable: true, description: "BETWEENNESS only: estimate from this many sampled pivots (1 to the number of actors) instead of exactly, at any size" })
    samples: number | null | undefined,
    @Arg("estimateAboveLimit", () => Boolean, {
      defaultValue: false,
      description: "BETWEENNESS only: above METRICS_EXACT_LIMIT estimate from sampled pivots (as many as the limit allows) instead of refusing with METRIC_TOO_LARGE",
    })
    estimateAboveLimit: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RankingPageResult> {
    if ((samples != null || estimateAboveLimit) && measure !== CentralityMeasure.BETWEENNESS) {
      throw new InvalidInputError(`samples and estimateAboveLimit apply to BETWEENNESS only, but measure is ${measure}; leave them out.`);
    }
    return ctx.services.metrics.rankingPage(
      measure,
      await selection(graph, ctx),
      first,
      after ?? undefined,
      { damping, tolerance, samples: samples ?? undefined, estimateAboveLimit },
      ctx.observeQuery,
    );
  }

  @Authorized(CAN_ANALYZE)
  @Mutation(() => MetricJob, {
    description: "Starts a job that computes metrics for a graph and stores them on the actor nodes (filter and sort on them with the generated queries or Cypher) and in each actor's history (metricHistory), then records a MetricRun. Answers at once with the job (follow it with metricJob(id)), or when it is DONE with wait: true. An identical job already running is joined",
  })
  async runMetrics(
    @Arg("metrics", () => [StoredMetricEnum], { description: "The metrics to compute and store" }) metrics: StoredMetric[],
    @Arg("graph", () => GraphSelectionInput, { nullable: true, description: GRAPH_ARGUMENT }) graph: GraphSelectionInput | undefined,
    @Arg("damping", () => Float, { nullable: true, description: "PageRank damping, default 0.85" }) damping: number | undefined,
    @Arg("tolerance", () => Float, { nullable: true, description: "PageRank / eigenvector convergence tolerance, default 1e-10" })
    tolerance: number | undefined,
    @Arg("wait", () => Boolean, {
      defaultValue: false,
      description: "true: answer when the job is DONE (the behaviour before jobs), or with the job's error if it FAILED; false: answer at once",
    })
    wait: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MetricJobResult> {
    const runs = ctx.services.metricRuns;
    const started = await runs.start(metrics, await selection(graph, ctx), { damping, tolerance }, ctx.observeQuery);
    if (!wait) return jobResult(started, started.joined);
    return jobResult(await runs.finished(started.id, ctx.observeQuery), started.joined);
  }

  @Authorized(CAN_READ)
  @Query(() => MetricJob, { description: "A metric write-back job by id, from any API replica: state, share done, times, error" })
  async metricJob(@Arg("id", () => ID, { description: "The id runMetrics answered with" }) id: string, @Ctx() ctx: GraphQLContext): Promise<MetricJobResult> {
    return jobResult(await ctx.services.metricRuns.job(id, ctx.observeQuery), false);
  }

  @Authorized(CAN_READ)
  @Query(() => [MetricHistoryValue], {
    description: "An actor's stored metric values from every write-back job that finished DONE, newest first: the history, not only the latest values on the node",
  })
  async metricHistory(
    @Arg("actor", () => ID, { description: "The actor's id" }) actor: string,
    @Arg("measure", () => StoredMetricEnum, { nullable: true, description: "One metric; leave out for every metric" }) measure: StoredMetric | null | undefined,
    @Arg("first", () => Int, { defaultValue: 100, description: "How many values, 1 to 1000" }) first: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MetricHistoryEntry[]> {
    return ctx.services.metricRuns.history(actor, measure ?? undefined, first, ctx.observeQuery);
  }
}

type MetricJobResult = Omit<MetricJobRecord, "errorCode" | "errorMessage"> & { joined: boolean; error: { code: string; message: string } | null };

function jobResult(job: MetricJobRecord, joined: boolean): MetricJobResult {
  const { errorCode, errorMessage, ...rest } = job;
  return { ...rest, joined, error: errorCode ? { code: errorCode, message: errorMessage ?? "" } : null };
}
