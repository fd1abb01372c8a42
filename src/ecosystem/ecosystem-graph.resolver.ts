import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { CAN_READ } from "../auth/roles";
import type { GraphQLContext } from "../graphql/context";
import { AS_OF_DESCRIPTION, RelationshipTypeEnum } from "../metrics/metrics.types";
import { EcosystemGraph } from "./ecosystem-graph.type";
import { DEFAULT_GRAPH_NODES, MAX_GRAPH_NODES, type EcosystemGraph as EcosystemGraphResult } from "./ecosystem-graph.service";

@Resolver()
export class EcosystemGraphResolver {
  @Authorized(CAN_READ)
  @Query(() => EcosystemGraph, {
    description:
      "A platform's ecosystem as nodes and edges to draw (the explorer page): actors with population, regions and chain stages, and the active relationships among them",
  })
  async ecosystemGraph(
    @Arg("platform", () => String, { description: "The platform's id or exact name, e.g. \"Diyiqiang Group\"" })
    platform: string,
    @Arg("limit", () => Int, {
      defaultValue: DEFAULT_GRAPH_NODES,
      description: `Most actors to return, 1 to ${MAX_GRAPH_NODES}; the platform and the best-connected actors are kept`,
    })
    limit: number,
    @Arg("relationshipTypes", () => [RelationshipTypeEnum], { nullable: true, description: "Relationship types to return; default all" })
    relationshipTypes: string[] | undefined,
    @Arg("asOf", () => String, { nullable: true, description: AS_OF_DESCRIPTION }) asOf: string | undefined,
    @Ctx() ctx: GraphQLContext,
  ): Promise<EcosystemGraphResult> {
    return ctx.services.ecosystemGraph.graph(platform, { limit, relationshipTypes, asOf: asOf ?? undefined }, ctx.observeQuery);
  }
}
