import { Arg, Authorized, Ctx, ID, Query, Resolver } from "type-graphql";
import { CAN_READ } from "../auth/roles";
import type { GraphQLContext } from "../graphql/context";
import type { SimulationResult as SimulationResultValue } from "./simulation";
import type { StrategyAssessment as StrategyAssessmentValue } from "./strategy.service";
import { SimulationResult, SimulationStepInput, StrategyAssessment } from "./strategy.types";

/** The strategy advisor: thin resolvers over StrategyService (docs/strategies.md). */
@Resolver()
export class StrategyResolver {
  @Authorized(CAN_READ)
  @Query(() => StrategyAssessment, {
    description: "The thesis' seven strategies for a platform's ecosystem: status, score, evidence with a peer comparison, and ranked actions with candidates (docs/strategies.md)",
  })
  async strategyAssessment(
    @Arg("platform", () => ID, { description: "The platform: its id or exact name, e.g. \"Diyiqiang Group\"" }) platform: string,
    @Arg("asOf", () => String, { nullable: true, description: "The day (YYYY-MM-DD) the ecosystem is taken as of; today when left out" }) asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<StrategyAssessmentValue> {
    const ref = await ctx.services.scopeNames.resolve("Platform", platform, "platform", ctx.observeQuery);
    return ctx.services.strategy.assess(ref.id, asOf, ctx.observeQuery);
  }

  @Authorized(CAN_READ)
  @Query(() => SimulationResult, {
    description: "Applies actions (an assessment's steps, as they are) to an in-memory copy of the platform's ecosystem and returns before / after / delta; the database is never changed",
  })
  async simulateStrategy(
    @Arg("platform", () => ID, { description: "The platform: its id or exact name, e.g. \"Diyiqiang Group\"" }) platform: string,
    @Arg("actions", () => [SimulationStepInput], { description: "The actions to apply, in order, at least one: e.g. the steps of an assessment's action or candidate; any invalid one refuses the whole simulation" }) actions: SimulationStepInput[],
    @Arg("asOf", () => String, { nullable: true, description: "The day (YYYY-MM-DD) the ecosystem is taken as of; today when left out" }) asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SimulationResultValue> {
    const ref = await ctx.services.scopeNames.resolve("Platform", platform, "platform", ctx.observeQuery);
    return ctx.services.strategy.simulate(ref.id, actions.map((action) => ({ ...action })), asOf, ctx.observeQuery);
  }
}
