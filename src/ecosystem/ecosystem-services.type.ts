import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { ServiceCategory } from "../graphql/enums";

@ObjectType({ description: "A platform named in an ecosystem result" })
export class PlatformSummary {
  @Field(() => ID, { description: "The platform's id" })
  id!: string;

  @Field(() => String, { description: "The platform's name" })
  name!: string;
}

@ObjectType({ description: "A service provider and how many of the platform's active members it serves in one category" })
export class ProviderReach {
  @Field(() => ID, { description: "The provider's id" })
  id!: string;

  @Field(() => String, { description: "The provider's name" })
  name!: string;

  @Field(() => Int, { description: "Active member firms served in this category" })
  firmsServed!: number;
}

@ObjectType({ description: "The providers of one service category in a platform's ecosystem" })
export class CategoryProviders {
  @Field(() => ServiceCategory, { description: "The service category" })
  category!: ServiceCategory;

  @Field(() => Int, { description: "Distinct active member firms served in this category" })
  firmsServed!: number;

  @Field(() => Float, { description: "firmsServed / activeMembers (0 when there are no active members)" })
  shareOfMembersServed!: number;

  @Field(() => [ProviderReach], { description: "Most firms served first, then by name" })
  providers!: ProviderReach[];
}

@ObjectType({ description: "Who serves the active member firms of a platform, grouped by service category" })
export class EcosystemServices {
  @Field(() => PlatformSummary, { description: "The platform the answer is about" })
  platform!: PlatformSummary;

  @Field(() => String, { nullable: true, description: "The day measured, YYYY-MM-DD; null for today" })
  asOf!: string | null;

  @Field(() => Int, { description: "Firms whose membership of the platform is active (no `until`)" })
  activeMembers!: number;

  @Field(() => [CategoryProviders], {
    description: "Every service category, the thesis' five self-improvement services first; a category nobody serves has no providers",
  })
  categories!: CategoryProviders[];
}
