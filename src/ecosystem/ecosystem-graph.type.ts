import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Population } from "../graphql/enums";
import { RelationshipTypeEnum } from "../metrics/metrics.types";
import { PlatformSummary } from "./ecosystem-services.type";

@ObjectType({ description: "A region an actor of the graph is located in, or one enclosing it" })
export class EcosystemGraphRegion {
  @Field(() => ID, { description: "The Region's id" }) id!: string;
  @Field(() => String, { description: "The region's name" }) name!: string;
  @Field(() => String, { description: "COUNTRY, PROVINCE, CITY or DISTRICT" }) level!: string;
  @Field(() => ID, { nullable: true, description: "The enclosing region; null for a country" }) parentId!: string | null;
}

@ObjectType({ description: "A link of an industrial chain a firm of the graph works in" })
export class EcosystemGraphStage {
  @Field(() => ID, { description: "The ChainStage's id" }) id!: string;
  @Field(() => String, { description: "The stage's name" }) name!: string;
  @Field(() => Int, { description: "1-based, upstream first" }) position!: number;
  @Field(() => ID, { description: "The IndustrialChain's id" }) chainId!: string;
  @Field(() => String, { description: "The chain's name" }) chainName!: string;
}

@ObjectType({ description: "An actor of a platform's ecosystem, with what a drawing of the ecosystem needs" })
export class EcosystemGraphNode {
  @Field(() => ID, { description: "The actor's id" }) id!: string;
  @Field(() => String, { description: "The actor's name" }) name!: string;
  @Field(() => String, { description: "Platform, Firm, ServiceProvider or GovernmentAgency" }) label!: string;
  @Field(() => Population, { nullable: true, description: "The actor's population" }) population!: string | null;

  @Field(() => [ID], { description: "The regions (in EcosystemGraph.regions) the actor is located in and every region enclosing them, innermost first" })
  regionIds!: string[];

  @Field(() => [ID], { description: "The chain stages (in EcosystemGraph.stages) the actor works in; firms only" })
  stageIds!: string[];

  @Field(() => Int, { description: "Relationships to other actors in the whole graph, active or ended (what a truncated graph keeps the actors by)" })
  degree!: number;
}

@ObjectType({ description: "An active relationship between two actors of the graph" })
export class EcosystemGraphEdge {
  @Field(() => ID, { description: "Unique within one answer" }) id!: string;
  @Field(() => ID, { description: "The id of the actor the relationship starts from" }) source!: string;
  @Field(() => ID, { description: "The id of the actor the relationship points to" }) target!: string;
  @Field(() => RelationshipTypeEnum, { description: "The relationship type" }) type!: string;
  @Field(() => Float, { nullable: true, description: "SUPPLIES: yearly volume" }) volume!: number | null;
  @Field(() => String, { nullable: true, description: "SERVES: the service category" }) category!: string | null;
  @Field(() => String, { nullable: true, description: "MEMBER_OF: the membership tier" }) tier!: string | null;
  @Field(() => String, { nullable: true, description: "When the relationship started, YYYY-MM-DD" }) since!: string | null;
  @Field(() => String, { nullable: true, description: "When it ended, YYYY-MM-DD; null while it runs (set only in a graph as of a past day)" })
  until!: string | null;
}

@ObjectType({
  description:
    "A platform's ecosystem as a graph to draw: the same actors as a metric's platform scope (the platform, its active members, its partners, the providers serving its members, the agencies supporting it) and the active relationships among them",
})
export class EcosystemGraph {
  @Field(() => PlatformSummary, { description: "The platform the graph is about" }) platform!: PlatformSummary;

  @Field(() => String, { nullable: true, description: "The day the ecosystem is drawn as of, YYYY-MM-DD; null for today" })
  asOf!: string | null;

  @Field(() => Int, { description: "Actors in the ecosystem, including any left out of `nodes` by the limit" })
  actorCount!: number;

  @Field(() => [EcosystemGraphNode], { description: "The platform first, then the best-connected actors, then by name" })
  nodes!: EcosystemGraphNode[];

  @Field(() => [EcosystemGraphEdge], { description: "Relationships active on `asOf` (today: no `until`) with both ends in `nodes`" })
  edges!: EcosystemGraphEdge[];

  @Field(() => [EcosystemGraphRegion], { description: "Every region the nodes name, countries first, then by name" })
  regions!: EcosystemGraphRegion[];

  @Field(() => [EcosystemGraphStage], { description: "Every chain stage the nodes name, by chain name, then position" })
  stages!: EcosystemGraphStage[];

  @Field(() => Boolean, { description: "True when actors (over `limit`) or relationships (over 20,000) were left out" })
  truncated!: boolean;
}
