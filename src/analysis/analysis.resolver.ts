import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { CAN_READ } from "../auth/roles";
import type { GraphQLContext } from "../graphql/context";
import { AS_OF_DESCRIPTION } from "../metrics/metrics.types";
import { EcosystemComparison, EcosystemTrend, TrendStepEnum } from "./analysis.types";
import type { EcosystemComparison as ComparisonResult } from "./compare.service";
import type { EcosystemTrend as TrendResult, TrendStep } from "./trend.service";

/** Trends and comparisons of ecosystems: thin resolvers over TrendService and CompareService. */
@Resolver()
export class AnalysisResolver {
  @Authorized(CAN_READ)
  @Query(() => EcosystemTrend, {
    description: "A platform's ecosystem over time: per day from `from` to `to` in steps, members, diversity, service coverage, chain completeness, supply HHI and keystone dependence as of that day (at most 60 days)",
  })
  async ecosystemTrend(
    @Arg("platform", () => String, { description: "The platform's id or exact name" }) platform: string,
    @Arg("from", () => String, { description: "First day, YYYY-MM-DD" }) from: string,
    @Arg("to", () => String, { description: "Last day, YYYY-MM-DD" }) to: string,
    @Arg("step", () => TrendStepEnum, { defaultValue: "YEAR", description: "How far apart the days are: YEAR (default), QUARTER or MONTH" }) step: TrendStep,
    @Ctx() ctx: GraphQLContext,
  ): Promise<TrendResult> {
    return ctx.services.trends.trend(platform, from, to, step, ctx.observeQuery);
  }

  @Authorized(CAN_READ)
  @Query(() => EcosystemComparison, {
    description: "Several platforms' ecosystems side by side on one day, with the firms and providers they share",
  })
  async compareEcosystems(
    @Arg("platforms", () => [String], { description: "2 to 10 platforms, by id or exact name" }) platforms: string[],
    @Arg("asOf", () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ComparisonResult> {
    return ctx.services.comparisons.compare(platforms, asOf ?? undefined, ctx.observeQuery);
  }
}
