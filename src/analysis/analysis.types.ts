import { Field, Float, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ServiceCategory } from "../graphql/enums";
import { ChainRef } from "../metrics/metrics.types";
import { TREND_STEPS } from "./trend.service";

export const TrendStepEnum = Object.fromEntries(TREND_STEPS.map((s) => [s, s])) as { [K in (typeof TREND_STEPS)[number]]: K };
registerEnumType(TrendStepEnum, {
  name: "TrendStep",
  description: "How far apart the days of a trend are",
  valuesConfig: {
    YEAR: { description: "One day a year: from, then the same day 12, 24, … months later (a day the month lacks becomes its last)" },
    QUARTER: { description: "One day a quarter: from, then the same day 3, 6, … months later (a day the month lacks becomes its last)" },
    MONTH: { description: "One day a month: from, then the same day 1, 2, … months later (a day the month lacks becomes its last)" },
  },
});

@ObjectType({ description: "A chain's completeness among a platform's active members on one day" })
export class ChainFigures {
  @Field(() => ChainRef, { description: "The chain" }) chain!: ChainRef;
  @Field(() => Float, { description: "CC, as chainCompleteness" }) coverage!: number;
  @Field(() => Float, { description: "CD, as chainCompleteness" }) depth!: number;
  @Field(() => Float, { description: "LC, as chainCompleteness" }) linkContinuity!: number;
  @Field(() => Int, { description: "Stages below their threshold θ" }) gaps!: number;
}

@ObjectType({ description: "Service coverage of one category, with its keystone dependence" })
export class CoverageFigures {
  @Field(() => ServiceCategory, { description: "The service category" }) category!: string;
  @Field(() => Boolean, { description: "Whether it is one of the five self-improvement services" }) selfImprovement!: boolean;
  @Field(() => Int, { description: "Active members served by at least one provider in the category" }) servedMembers!: number;
  @Field(() => Float, { description: "servedMembers / active members" }) share!: number;
  @Field(() => Float, { description: "Share of members that lose every path to the category without the platform" })
  lostWithoutPlatform!: number;
}

@ObjectType({ description: "The figures of a platform's ecosystem on one day: the same as ecosystemHealth and chainCompleteness give for that asOf" })
export class EcosystemFigures {
  @Field(() => ChainRef, { description: "The platform" }) platform!: ChainRef;
  @Field(() => String, { nullable: true, description: "The day, YYYY-MM-DD; null for today" }) asOf!: string | null;
  @Field(() => String, { description: "The scope in words" }) scope!: string;
  @Field(() => Int, { description: "Firms with an active membership of the platform on that day" }) activeMembers!: number;
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
  @Field(() => String, { description: "First day, YYYY-MM-DD: the first point" }) from!: string;
  @Field(() => String, { description: "Last day asked, YYYY-MM-DD; the last point is on or before it" }) to!: string;
  @Field(() => TrendStepEnum, { description: "How far apart the points are" }) step!: string;
  @Field(() => [EcosystemFigures], { description: "One per day, oldest first" }) points!: EcosystemFigures[];
}

@ObjectType({ description: "An actor in more than one of the compared ecosystems" })
export class SharedActor {
  @Field(() => ID, { description: "The actor's id" }) id!: string;
  @Field(() => String, { description: "The actor's name" }) name!: string;
  @Field(() => String, { description: "Its kind: Firm, ServiceProvider or GovernmentAgency" }) label!: string;
  @Field(() => [ID], { description: "The compared platforms whose ecosystems it is in" }) platformIds!: string[];
}

@ObjectType({ description: "The shared actors of one population" })
export class SharedPopulation {
  @Field(() => String, { description: "The population (a Population value; UNKNOWN for actors without one)" }) population!: string;
  @Field(() => Int, { description: "How many shared actors it has" }) count!: number;
  @Field(() => [SharedActor], { description: "The shared actors, by name" }) actors!: SharedActor[];
}

@ObjectType({ description: "Ecosystems side by side on one day" })
export class EcosystemComparison {
  @Field(() => String, { nullable: true, description: "The day, YYYY-MM-DD; null for today" }) asOf!: string | null;
  @Field(() => [EcosystemFigures], { description: "In the order asked" }) ecosystems!: EcosystemFigures[];
  @Field(() => [SharedPopulation], { description: "Actors in more than one of the ecosystems, by population, largest first" })
  shared!: SharedPopulation[];
}
