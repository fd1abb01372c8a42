import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { CAN_READ, CAN_WRITE } from "../auth/roles";
import type { GraphQLContext } from "../graphql/context";
import type { ChangePage as ChangePageResult } from "./change-feed.service";
import type { SyncReport as SyncReportResult } from "./sync.service";
import { ChangePage, SyncActorInput, SyncChainInput, SyncRegionInput, SyncRelationshipInput, SyncReport, SyncStageInput } from "./sync.types";

/** Partner data sync and the change feed: thin resolvers over SyncService and ChangeFeedService. */
@Resolver()
export class SyncResolver {
  @Authorized(CAN_WRITE)
  @Mutation(() => SyncReport, {
    description:
      "Idempotent upsert of partner records keyed by (source, externalId), with an outcome per record; regions, chains and stages are written before actors and relationships, so records may come in any order; dryRun reports the same outcomes and writes nothing",
  })
  async syncPartnerData(
    @Arg("source", () => String, { description: "The partner system, e.g. crm-x" }) source: string,
    @Arg("regions", () => [SyncRegionInput], { nullable: true, description: "Regions to create or update, keyed by (source, externalId); a parent may come later in the list" }) regions: SyncRegionInput[] | undefined,
    @Arg("chains", () => [SyncChainInput], { nullable: true, description: "Industrial chains to create or update, keyed by (source, externalId)" }) chains: SyncChainInput[] | undefined,
    @Arg("stages", () => [SyncStageInput], { nullable: true, description: "Chain stages to create, update, move or retire, keyed by (source, externalId)" }) stages: SyncStageInput[] | undefined,
    @Arg("actors", () => [SyncActorInput], { nullable: true, description: "Actors to create or update, keyed by (source, externalId)" }) actors: SyncActorInput[] | undefined,
    @Arg("relationships", () => [SyncRelationshipInput], { nullable: true, description: "Relationships to create, update or end; their ends may be records of this request or synced earlier" }) relationships: SyncRelationshipInput[] | undefined,
    @Arg("dryRun", () => Boolean, { defaultValue: false, description: "Check and report every record's outcome without writing anything" }) dryRun: boolean,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SyncReportResult> {
    return ctx.services.sync.sync({
      source,
      regions: regions?.map(plain),
      chains: chains?.map(plain),
      stages: stages?.map(plain),
      actors: actors?.map(plain),
      relationships: relationships?.map(plain),
      dryRun,
    });
  }

  @Authorized(CAN_READ)
  @Query(() => ChangePage, { description: "Actors changed and relationships synced since a cursor, oldest first" })
  async changes(
    @Arg("after", () => String, { nullable: true, description: "endCursor of the previous page; leave out to start from the beginning" })
    after: string | undefined,
    @Arg("first", () => Int, { defaultValue: 100, description: "Page size, 1 to 1000" }) first: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChangePageResult> {
    return ctx.services.changes.changes(after ?? undefined, first);
  }
}

/** type-graphql hands inputs over as class instances with unset fields absent; the service takes plain records. */
function plain<T extends object>(input: T): Record<string, unknown> {
  return JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
}
