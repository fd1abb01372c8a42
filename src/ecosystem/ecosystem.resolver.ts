import { Arg, Authorized, Ctx, Query, Resolver } from "type-graphql";
import { CAN_READ } from "../auth/roles";
import type { GraphQLContext } from "../graphql/context";
import { AS_OF_DESCRIPTION } from "../metrics/metrics.types";
import { EcosystemServices } from "./ecosystem-services.type";
import type { EcosystemServices as EcosystemServicesResult } from "./ecosystem.service";

@Resolver()
export class EcosystemResolver {
  @Authorized(CAN_READ)
  @Query(() => EcosystemServices, {
    description:
      "Which service providers serve the active member firms of a platform's ecosystem, grouped by service category",
  })
  async ecosystemServices(
    @Arg("platform", () => String, { description: "The platform's id or exact name, e.g. \"Diyiqiang Group\"" })
    platform: string,
    @Arg("asOf", () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EcosystemServicesResult> {
    return ctx.services.ecosystem.servicesByCategory(platform, ctx.observeQuery, asOf ?? undefined);
  }
}
