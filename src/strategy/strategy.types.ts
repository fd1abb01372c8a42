import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ServiceCategory } from "../graphql/enums";
import { ActorSummary, ChainRef } from "../metrics/metrics.types";
import { SIMULATION_STEP_KINDS } from "./simulation";
import { STRATEGIES } from "./strategy-rules";

/** GraphQL types of the strategy advisor; they mirror the results of strategy.service.ts and simulation.ts. */

export const StrategyEnum = Object.fromEntries(STRATEGIES.map((s) => [s, s])) as { [K in (typeof STRATEGIES)[number]]: K };
registerEnumType(StrategyEnum, {
  name: "Strategy",
  description: "The thesis' strategies: five self-improvement services, intensive local operation, differentiated domestic service (docs/strategies.md)",
});

export const StrategyStatusEnum = { CRITICAL: "CRITICAL", WEAK: "WEAK", ADEQUATE: "ADEQUATE", STRONG: "STRONG" } as const;
registerEnumType(StrategyStatusEnum, { name: "StrategyStatus", description: "From the score and the STRATEGY_* thresholds: CRITICAL < WEAK < ADEQUATE < STRONG" });

export const SimulationStepKindEnum = Object.fromEntries(SIMULATION_STEP_KINDS.map((k) => [k, k])) as {
  [K in (typeof SIMULATION_STEP_KINDS)[number]]: K;
};
registerEnumType(SimulationStepKindEnum, { name: "SimulationStepKind", description: "An action a simulation applies to an in-memory copy of the ecosystem" });

const STEP_FIELDS = {
  providerId: "ADD_PARTNER, ADD_SERVICE: the service provider",
  category: "ADD_PARTNER (optional), ADD_SERVICE: the category it would serve firmIds in",
  firmIds: "ADD_PARTNER (optional), ADD_SERVICE: the firms it would serve",
  firmId: "RECRUIT_FIRM, END_MEMBERSHIP: the firm",
  stageId: "RECRUIT_FIRM (optional): the chain stage the firm would operate in",
  fromFirmId: "ADD_SUPPLY_LINK: the supplier",
  toFirmId: "ADD_SUPPLY_LINK: the buyer",
  volume: "ADD_SUPPLY_LINK (optional, default 1): the supply volume",
};

@ObjectType({ description: "One simulation action, as the assessment recommends it: pass it to simulateStrategy's actions as it is" })
export class SimulationStep {
  @Field(() => SimulationStepKindEnum) kind!: string;
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.providerId }) providerId?: string | null;
  @Field(() => ServiceCategory, { nullable: true, description: STEP_FIELDS.category }) category?: string | null;
  @Field(() => [ID], { nullable: true, description: STEP_FIELDS.firmIds }) firmIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.firmId }) firmId?: string | null;
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.stageId }) stageId?: string | null;
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.fromFirmId }) fromFirmId?: string | null;
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.toFirmId }) toFirmId?: string | null;
  @Field(() => Float, { nullable: true, description: STEP_FIELDS.volume }) volume?: number | null;
}

@InputType({ description: "One simulation action; the fields a kind needs are listed on each field" })
export class SimulationStepInput {
  @Field(() => SimulationStepKindEnum) kind!: (typeof SIMULATION_STEP_KINDS)[number];
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.providerId }) providerId?: string | null;
  @Field(() => ServiceCategory, { nullable: true, description: STEP_FIELDS.category }) category?: string | null;
  @Field(() => [ID], { nullable: true, description: STEP_FIELDS.firmIds }) firmIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.firmId }) firmId?: string | null;
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.stageId }) stageId?: string | null;
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.fromFirmId }) fromFirmId?: string | null;
  @Field(() => ID, { nullable: true, description: STEP_FIELDS.toFirmId }) toFirmId?: string | null;
  @Field(() => Float, { nullable: true, description: STEP_FIELDS.volume }) volume?: number | null;
}

@ObjectType({ description: "A peer platform's value of the same metric" })
export class PeerValue {
  @Field(() => ID) platformId!: string;
  @Field(() => String) platformName!: string;
  @Field(() => Float) value!: number;
}

@ObjectType({ description: "A figure a strategy rule used, with its name, unit and scope, and the peers' values" })
export class StrategyEvidence {
  @Field(() => String, { description: "The metric's name in docs/strategies.md" }) metric!: string;
  @Field(() => String) label!: string;
  @Field(() => Float) value!: number;
  @Field(() => String) unit!: string;
  @Field(() => String) scope!: string;
  @Field(() => String, { description: "Where the metric is defined" }) source!: string;
  @Field(() => [PeerValue]) peers!: PeerValue[];
}

@ObjectType({ description: "A fact supporting a candidate" })
export class CandidateFact {
  @Field(() => String) name!: string;
  @Field(() => Float) value!: number;
  @Field(() => String) unit!: string;
}

@ObjectType({ description: "A concrete candidate for an action: a provider, a firm, a pair of firms" })
export class StrategyCandidate {
  @Field(() => Int) rank!: number;
  @Field(() => ActorSummary) actor!: ActorSummary;
  @Field(() => ChainRef, { nullable: true, description: "Where it is located" }) region!: ChainRef | null;
  @Field(() => String, { description: "Why it is a candidate: EXISTING_CLIENTS, PEER_PARTNER, WORKS_IN_STAGE, ADJACENT_STAGE, SAME_INDUSTRY, LARGEST_TRADERS" })
  basis!: string;
  @Field(() => Int, { description: "Members it would reach (providers), firms or links it adds" }) reach!: number;
  @Field(() => [CandidateFact]) facts!: CandidateFact[];
  @Field(() => [SimulationStep], { description: "This candidate alone, ready for simulateStrategy" }) steps!: SimulationStep[];
}

@ObjectType({ description: "A ranked action of a strategy, with its candidates" })
export class StrategyAction {
  @Field(() => Int) rank!: number;
  @Field(() => String, { description: "SERVE_UNCOVERED_MEMBERS, FILL_CHAIN_GAP, STRENGTHEN_THIN_STAGE, REPAIR_SUPPLY_LINK, DEEPEN_REGION, CLOSE_PEER_GAP" })
  kind!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { description: "The category, stage or region the action is about" }) targetId!: string;
  @Field(() => String) targetName!: string;
  @Field(() => [StrategyCandidate]) candidates!: StrategyCandidate[];
  @Field(() => [SimulationStep], { description: "The recommended steps, ready for simulateStrategy" }) steps!: SimulationStep[];
}

@ObjectType({ description: "One strategy assessed: status, score, the rule, its evidence and ranked actions" })
export class StrategyResult {
  @Field(() => StrategyEnum) strategy!: string;
  @Field(() => String, { description: "The thesis' strategy it serves" }) thesis!: string;
  @Field(() => StrategyStatusEnum) status!: string;
  @Field(() => Float, { description: "0..1" }) score!: number;
  @Field(() => String) rule!: string;
  @Field(() => [StrategyEvidence]) evidence!: StrategyEvidence[];
  @Field(() => [StrategyAction]) actions!: StrategyAction[];
}

@ObjectType({ description: "The thresholds the assessment used (STRATEGY_* settings)" })
export class StrategyRulesUsed {
  @Field(() => Float) serviceTargetShare!: number;
  @Field(() => Float) criticalBelow!: number;
  @Field(() => Float) weakBelow!: number;
  @Field(() => Float) strongFrom!: number;
  @Field(() => Float) partnerCapacityFactor!: number;
  @Field(() => Float) differentiationMargin!: number;
  @Field(() => String) localRegionLevel!: string;
  @Field(() => String) regionGroupLevel!: string;
  @Field(() => Int) maxCandidates!: number;
}

@ObjectType({ description: "The thesis' seven strategies assessed for a platform's ecosystem" })
export class StrategyAssessment {
  @Field(() => ChainRef, { description: "The platform" }) platform!: ChainRef;
  @Field(() => String, { nullable: true, description: "The day assessed (YYYY-MM-DD); null for today" }) asOf!: string | null;
  @Field(() => String, { description: "The scope measured, in words" }) scope!: string;
  @Field(() => Int) activeMembers!: number;
  @Field(() => [ChainRef], { description: "The other platforms of the graph, the peer comparison" }) peers!: ChainRef[];
  @Field(() => StrategyRulesUsed) rules!: StrategyRulesUsed;
  @Field(() => [StrategyResult]) strategies!: StrategyResult[];
}

@ObjectType({ description: "A value before and after the simulated actions" })
export class MetricChange {
  @Field(() => Float, { nullable: true }) before!: number | null;
  @Field(() => Float, { nullable: true }) after!: number | null;
  @Field(() => Float, { nullable: true, description: "after − before" }) delta!: number | null;
}

@ObjectType()
export class StepOutcome {
  @Field(() => Int, { description: "0-based position in actions" }) index!: number;
  @Field(() => SimulationStepKindEnum) kind!: string;
  @Field(() => String) effect!: string;
}

@ObjectType()
export class CategoryChange {
  @Field(() => ServiceCategory) category!: string;
  @Field(() => Boolean) selfImprovement!: boolean;
  @Field(() => MetricChange) servedMembers!: MetricChange;
  @Field(() => MetricChange, { description: "Share of active members served" }) share!: MetricChange;
  @Field(() => MetricChange, { description: "Keystone dependence: share of members losing every path to the category without the platform" })
  lostShareWithoutPlatform!: MetricChange;
}

@ObjectType()
export class ChainChange {
  @Field(() => ID) chainId!: string;
  @Field(() => String) name!: string;
  @Field(() => MetricChange) coverage!: MetricChange;
  @Field(() => MetricChange) depth!: MetricChange;
  @Field(() => MetricChange) linkContinuity!: MetricChange;
  @Field(() => [String]) gapsBefore!: string[];
  @Field(() => [String]) gapsAfter!: string[];
  @Field(() => [String]) thinStagesBefore!: string[];
  @Field(() => [String]) thinStagesAfter!: string[];
  @Field(() => Int) brokenLinksBefore!: number;
  @Field(() => Int) brokenLinksAfter!: number;
}

@ObjectType()
export class ActorCentralityChange {
  @Field(() => ID) actorId!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: "PLATFORM, NEW (brought into the ecosystem by the actions) or NAMED (named by an action)" }) role!: string;
  @Field(() => MetricChange) degree!: MetricChange;
  @Field(() => MetricChange) pageRank!: MetricChange;
  @Field(() => MetricChange, { description: "Normalised Brandes betweenness; null above STRATEGY_SIMULATION_EXACT_LIMIT" }) betweenness!: MetricChange;
}

@ObjectType({ description: "What the actions would change, computed on an in-memory copy of the ecosystem (the database is not touched)" })
export class SimulationResult {
  @Field(() => ID) platformId!: string;
  @Field(() => String, { nullable: true }) asOf!: string | null;
  @Field(() => [StepOutcome]) steps!: StepOutcome[];
  @Field(() => MetricChange) activeMembers!: MetricChange;
  @Field(() => MetricChange, { description: "Actors in the ecosystem" }) actors!: MetricChange;
  @Field(() => [CategoryChange]) serviceCoverage!: CategoryChange[];
  @Field(() => [ChainChange]) chains!: ChainChange[];
  @Field(() => MetricChange, { description: "Share of members falling out of the largest component without the platform" }) keystoneFallOutShare!: MetricChange;
  @Field(() => MetricChange, { description: "Shannon H' over populations" }) diversity!: MetricChange;
  @Field(() => MetricChange, { description: "Pielou J'" }) evenness!: MetricChange;
  @Field(() => MetricChange, { description: "HHI of supply volume (0..1)" }) supplyHhi!: MetricChange;
  @Field(() => MetricChange, { description: "HHI of service provision (0..1)" }) serviceHhi!: MetricChange;
  @Field(() => [ActorCentralityChange]) centrality!: ActorCentralityChange[];
}
