import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ServiceCategory } from "../graphql/enums";
import { ChainRef } from "../metrics/metrics.types";
import { TREND_STEPS } from "./trend.service";

export const TrendStepEnum = Object.fromEntries(TREND_STEPS.map((s) => [s, s])) as { [K in (typeof TREND_STEPS)[number]]: K };
registerEnumType(TrendStepEnum, { name: "TrendStep", description: "How far apart the days of a trend are" });

@ObjectType({ description: "A chain's completeness among a platform's active members on one day" })
export class ChainFigures {
  @Field(() => ChainRef) chain!: ChainRef;
  @Field(() => Float, { description: "CC, as chainCompleteness" }) coverage!: number;
  @Field(() => Float, { description: "CD, as chainCompleteness" }) depth!: number;
  @Field(() => Float, { description: "LC, as chainCompleteness" }) linkContinuity!: number;
  @Field(() => Int, { description: "Stages below their threshold θ" }) gaps!: number;
}

@ObjectType({ description: "Service coverage of one category, with its keystone dependence" })
export class CoverageFigures {
  @Field(() => ServiceCategory) category!: string;
  @Field(() => Boolean) selfImprovement!: boolean;
  @Field(() => Int) servedMembers!: number;
  @Field(() => Float, { description: "servedMembers / active members" }) share!: number;
  @Field(() => Float, { description: "Share of members that lose every path to the category without the platform" })
  lostWithoutPlatform!: number;
}

@ObjectType({ description: "The figures of a platform's ecosystem on one day: the same as ecosystemHealth and chainCompleteness give for that asOf" })
export class EcosystemFigures {
  @Field(() => ChainRef, { description: "The platform" }) platform!: ChainRef;
  @Field(() => String, { nullable: true, description: "The day, YYYY-MM-DD; null for today" }) asOf!: string | null;
  @Field(() => String, { description: "The scope in words" }) scope!: string;
  @Field(() => Int) activeMembers!: number;
  @Field(() => Float, { description: "Shannon H' over populations" }) diversity!: number;
  @Field(() => Float, { description: "Pielou J'" }) evenness!: number;
  @Field(() => Float, { description: "HHI 0..1 of supply volume among supplying members" }) supplyHhi!: number;
  @Field(() => Float, { description: "HHI 0..1 of services to members among providers" }) serviceHhi!: number;
  @Field(() => Float, { description: "Keystone dependence: share of members that fall out of the largest component without the platform" })
  keystoneFallOutShare!: number;
  @Field(() => [CoverageFigures], { description: "Every category, the five self-improvement services first" }) serviceCoverage!: CoverageFigures[];
  @Field(() => [ChainFigures], { description: "The chains the platform's members (past or present) work in, by name" }) chains!: ChainFigures[];
}

@ObjectType({ description: "A platform's ecosystem over time" })
export class EcosystemTrend {
  @Field(() => ChainRef, { description: "The platform" }) platform!: ChainRef;
  @Field(() => String) from!: string;
  @Field(() => String) to!: string;
  @Field(() => TrendStepEnum) step!: string;
  @Field(() => [EcosystemFigures], { description: "One per day, oldest first" }) points!: EcosystemFigures[];
}

@ObjectType({ description: "An actor in more than one of the compared ecosystems" })
export class SharedActor {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) label!: string;
  @Field(() => [ID], { description: "The compared platforms whose ecosystems it is in" }) platformIds!: string[];
}

@ObjectType({ description: "The shared actors of one population" })
export class SharedPopulation {
  @Field(() => String) population!: string;
  @Field(() => Int) count!: number;
  @Field(() => [SharedActor]) actors!: SharedActor[];
}

@ObjectType({ description: "Ecosystems side by side on one day" })
export class EcosystemComparison {
  @Field(() => String, { nullable: true, description: "The day, YYYY-MM-DD; null for today" }) asOf!: string | null;
  @Field(() => [EcosystemFigures], { description: "In the order asked" }) ecosystems!: EcosystemFigures[];
  @Field(() => [SharedPopulation], { description: "Actors in more than one of the ecosystems, by population, largest first" })
  shared!: SharedPopulation[];
}
