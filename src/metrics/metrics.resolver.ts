import { Arg, Authorized, Ctx, Float, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { CAN_ANALYZE, CAN_READ } from "../auth/roles";
import type { GraphQLContext } from "../graphql/context";
import { selectionFrom } from "./graph-reader";
import type { ChainReport } from "./chain.service";
import type { EcosystemHealth as EcosystemHealthResult } from "./health.service";
import type { MetricRunRecord, StoredMetric } from "./metric-runs.service";
import {
  CentralityMeasure,
  type Brokerage as BrokerageResult,
  type RankedActor as RankedActorResult,
} from "./metrics.service";
import {
  Brokerage,
  ChainCompletenessReport,
  EcosystemHealth,
  GraphSelectionInput,
  MetricRunResult,
  RankedActor,
  StoredMetricEnum,
  AS_OF_DESCRIPTION,
} from "./metrics.types";

function selection(input: GraphSelectionInput | undefined) {
  return selectionFrom({
    platformId: input?.platform,
    asOf: input?.asOf,
    relationshipTypes: input?.relationshipTypes,
    directed: input?.directed,
    weighted: input?.weighted,
  });
}

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
    @Arg("measure", () => CentralityMeasure) measure: CentralityMeasure,
    @Arg("top", () => Int, { defaultValue: 10, description: "How many actors, 1 to 1000" }) top: number,
    @Arg("graph", () => GraphSelectionInput, { nullable: true }) graph: GraphSelectionInput | undefined,
    @Arg("damping", () => Float, { nullable: true, description: "PageRank damping, default 0.85" }) damping: number | undefined,
    @Arg("tolerance", () => Float, { nullable: true, description: "PageRank / eigenvector convergence tolerance, default 1e-10" })
    tolerance: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RankedActorResult[]> {
    return ctx.services.metrics.ranking(measure, selection(graph), top, { damping, tolerance }, ctx.observeQuery);
  }

  @Authorized(CAN_READ)
  @Query(() => Brokerage, { description: "Burt's constraint and effective size, and the articulation points of a graph" })
  async brokerage(
    @Arg("graph", () => GraphSelectionInput, { nullable: true }) graph: GraphSelectionInput | undefined,
    @Arg("top", () => Int, { defaultValue: 10 }) top: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BrokerageResult> {
    return ctx.services.metrics.brokerage(selection(graph), top, ctx.observeQuery);
  }

  @Authorized(CAN_READ)
  @Query(() => ChainCompletenessReport, {
    description: "Coverage, depth and link continuity of an industrial chain, with its gaps, thin stages and broken links, in a scope: a platform's active members, a region, or (neither) every firm",
  })
  async chainCompleteness(
    @Arg("chain", () => ID) chain: string,
    @Arg("platform", () => ID, { nullable: true }) platform: string | undefined,
    @Arg("region", () => ID, { nullable: true }) region: string | undefined,
    @Arg("asOf", () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChainReport> {
    return ctx.services.chains.completeness(
      chain,
      { platformId: platform ?? undefined, regionId: region ?? undefined, asOf: asOf ?? undefined },
      ctx.observeQuery,
    );
  }

  @Authorized(CAN_READ)
  @Query(() => EcosystemHealth, { description: "Population balance, concentration, service coverage, keystone dependence and membership dynamics of a platform's ecosystem" })
  async ecosystemHealth(
    @Arg("platform", () => ID) platform: string,
    @Arg("asOf", () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EcosystemHealthResult> {
    return ctx.services.health.ecosystemHealth(platform, ctx.observeQuery, asOf ?? undefined);
  }

  @Authorized(CAN_ANALYZE)
  @Mutation(() => MetricRunResult, {
    description: "Computes metrics for a graph and stores them on the actor nodes (filter and sort on them with the generated queries or Cypher), with a MetricRun record",
  })
  async runMetrics(
    @Arg("metrics", () => [StoredMetricEnum]) metrics: StoredMetric[],
    @Arg("graph", () => GraphSelectionInput, { nullable: true }) graph: GraphSelectionInput | undefined,
    @Arg("damping", () => Float, { nullable: true }) damping: number | undefined,
    @Arg("tolerance", () => Float, { nullable: true }) tolerance: number | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MetricRunRecord> {
    return ctx.services.metricRuns.run(metrics, selection(graph), { damping, tolerance }, ctx.observeQuery);
  }
}
