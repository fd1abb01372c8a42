import { Extensions, Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ServiceCategory } from "../graphql/enums";
import { ActorSummary, ChainRef } from "../metrics/metrics.types";
import { SIMULATION_STEP_KINDS } from "./simulation";
import { STRATEGIES } from "./strategy-rules";

/** GraphQL types of the strategy advisor; they mirror the results of strategy.service.ts and simulation.ts. */

export const StrategyEnum = Object.fromEntries(STRATEGIES.map((s) => [s, s])) as { [K in (typeof STRATEGIES)[number]]: K };
registerEnumType(StrategyEnum, {
  name: "Strategy",
  description: "The thesis' strategies: five self-improvement services, intensive local operation, differentiated domestic service (docs/strategies.md)",
  valuesConfig: {
    FINANCING_SERVICE: { description: "Self-improvement: bring financing within members' reach; scored by the share of active members served in FINANCING" },
    INDUSTRIAL_RESEARCH_SERVICE: { description: "Self-improvement: bring industrial research within members' reach; scored by the share of active members served in INDUSTRIAL_RESEARCH" },
    PROFESSIONAL_SUPPORT_SERVICE: { description: "Self-improvement: bring professional support within members' reach; scored by the share of active members served in PROFESSIONAL_SUPPORT" },
    LEGAL_SERVICE: { description: "Self-improvement: bring legal services within members' reach; scored by the share of active members served in LEGAL" },
    BRANDING_SERVICE: { description: "Self-improvement: bring branding within members' reach; scored by the share of active members served in BRANDING" },
    INTENSIVE_LOCAL_OPERATION: { description: "Expansion: deepen the home area's chains and services; scored by the local chains' coverage and the local members' service coverage" },
    DIFFERENTIATED_DOMESTIC_SERVICE: { description: "Expansion: stand apart from the peer platforms; scored by the service categories where the platform leads rather than lags its peers" },
  },
});

export const StrategyStatusEnum = { CRITICAL: "CRITICAL", WEAK: "WEAK", ADEQUATE: "ADEQUATE", STRONG: "STRONG" } as const;
registerEnumType(StrategyStatusEnum, {
  name: "StrategyStatus",
  description: "From the score and the STRATEGY_* thresholds: CRITICAL < WEAK < ADEQUATE < STRONG",
  valuesConfig: {
    CRITICAL: { description: "Score below STRATEGY_CRITICAL_BELOW (default 0.25)" },
    WEAK: { description: "Score below STRATEGY_WEAK_BELOW (default 0.5), and not CRITICAL" },
    ADEQUATE: { description: "Score from STRATEGY_WEAK_BELOW up to below STRATEGY_STRONG_FROM" },
    STRONG: { description: "Score from STRATEGY_STRONG_FROM (default 0.8) up" },
  },
});

export const SimulationStepKindEnum = Object.fromEntries(SIMULATION_STEP_KINDS.map((k) => [k, k])) as {
  [K in (typeof SIMULATION_STEP_KINDS)[number]]: K;
};
registerEnumType(SimulationStepKindEnum, {
  name: "SimulationStepKind",
  description: "An action a simulation applies to an in-memory copy of the ecosystem",
  valuesConfig: {
    ADD_PARTNER: { description: "providerId; optional category + firmIds: the provider partners with the platform (PARTNERS_WITH) and serves those firms in the category" },
    ADD_SERVICE: { description: "providerId, category, firmIds: the provider serves those firms in the category (SERVES)" },
    RECRUIT_FIRM: { description: "firmId; optional stageId: the firm becomes a member (MEMBER_OF, if it is not one) and operates in the stage (OPERATES_IN)" },
    ADD_SUPPLY_LINK: { description: "fromFirmId, toFirmId; optional volume (default 1): an active SUPPLIES from the supplier to the buyer" },
    END_MEMBERSHIP: { description: "firmId: the firm's active membership of the platform ends" },
  },
});

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
  @Field(() => SimulationStepKindEnum, { description: "The action; it decides which of the other fields are used" }) kind!: string;
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
  @Field(() => SimulationStepKindEnum, { description: "The action; it decides which of the other fields are needed" }) kind!: (typeof SIMULATION_STEP_KINDS)[number];
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
  @Field(() => ID, { description: "The peer platform's id" }) platformId!: string;
  @Field(() => String, { description: "The peer platform's name" }) platformName!: string;
  @Field(() => Float, { description: "Its value, measured the same way in its own ecosystem, in the evidence's unit" }) value!: number;
}

@ObjectType({ description: "A figure a strategy rule used, with its name, unit and scope, and the peers' values" })
export class StrategyEvidence {
  @Field(() => String, { description: "The metric's name in docs/strategies.md" }) metric!: string;
  @Field(() => String, { description: "What the figure is, in words" }) label!: string;
  @Field(() => Float, { description: "The platform's value, in unit" }) value!: number;
  @Field(() => String, { description: "The unit of value and of the peers' values, e.g. \"share of active members (0..1)\" or \"firms\"" }) unit!: string;
  @Field(() => String, { description: "What was measured and on which day, in words" }) scope!: string;
  @Field(() => String, { description: "Where the metric is defined" }) source!: string;
  @Field(() => [PeerValue], { description: "The same metric for each peer platform; empty when it is not compared" }) peers!: PeerValue[];
}

@ObjectType({ description: "A fact supporting a candidate" })
export class CandidateFact {
  @Field(() => String, { description: "The fact's name, e.g. uncoveredMembersReached, supplyTiesToChain" }) name!: string;
  @Field(() => Float, { description: "Its value, in unit (1 or 0 for yes/no facts)" }) value!: number;
  @Field(() => String, { description: "What value measures, e.g. \"firms served in the category today (anywhere)\"" }) unit!: string;
}

@ObjectType({ description: "A concrete candidate for an action: a provider, a firm, a pair of firms" })
export class StrategyCandidate {
  @Field(() => Int, { description: "1 for the best candidate of the action" }) rank!: number;
  @Field(() => ActorSummary, { description: "The provider or firm (for a supply link: the supplier, named \"supplier → buyer\")" }) actor!: ActorSummary;
  @Field(() => ChainRef, { nullable: true, description: "Where it is located" }) region!: ChainRef | null;
  @Field(() => String, { description: "Why it is a candidate: EXISTING_CLIENTS, PEER_PARTNER, WORKS_IN_STAGE, ADJACENT_STAGE, SAME_INDUSTRY, LARGEST_TRADERS" })
  basis!: string;
  @Field(() => Int, { description: "Members it would reach (providers), firms or links it adds" }) reach!: number;
  @Field(() => [CandidateFact], { description: "The figures its rank rests on" }) facts!: CandidateFact[];
  // Exactly one step per candidate (strategy.service.ts builds it): the cost estimate counts one.
  @Extensions({ listSize: 1 })
  @Field(() => [SimulationStep], { description: "This candidate alone, ready for simulateStrategy" }) steps!: SimulationStep[];
}

@ObjectType({ description: "A ranked action of a strategy, with its candidates" })
export class StrategyAction {
  @Field(() => Int, { description: "1 for the strategy's first action" }) rank!: number;
  @Field(() => String, { description: "SERVE_UNCOVERED_MEMBERS, FILL_CHAIN_GAP, STRENGTHEN_THIN_STAGE, REPAIR_SUPPLY_LINK, DEEPEN_REGION, CLOSE_PEER_GAP" })
  kind!: string;
  @Field(() => String, { description: "What to do, in words" }) title!: string;
  @Field(() => String, { description: "The category, stage or region the action is about" }) targetId!: string;
  @Field(() => String, { description: "The name of the category, stage (\"upstream → downstream\" for a supply link) or region" }) targetName!: string;
  @Field(() => [StrategyCandidate], { description: "Ranked candidates, at most STRATEGY_MAX_CANDIDATES" }) candidates!: StrategyCandidate[];
  @Field(() => [SimulationStep], { description: "The recommended steps, ready for simulateStrategy" }) steps!: SimulationStep[];
}

@ObjectType({ description: "One strategy assessed: status, score, the rule, its evidence and ranked actions" })
export class StrategyResult {
  @Field(() => StrategyEnum, { description: "The strategy assessed" }) strategy!: string;
  @Field(() => String, { description: "The thesis' strategy it serves" }) thesis!: string;
  @Field(() => StrategyStatusEnum, { description: "The score's status under the STRATEGY_* thresholds" }) status!: string;
  @Field(() => Float, { description: "0..1" }) score!: number;
  @Field(() => String, { description: "How the score is computed, in words, with the settings' values" }) rule!: string;
  @Field(() => [StrategyEvidence], { description: "The figures the rule used, with the peers' values" }) evidence!: StrategyEvidence[];
  @Field(() => [StrategyAction], { description: "What to do, ranked (may be empty)" }) actions!: StrategyAction[];
}

@ObjectType({ description: "The thresholds the assessment used (STRATEGY_* settings)" })
export class StrategyRulesUsed {
  @Field(() => Float, { description: "STRATEGY_SERVICE_TARGET_SHARE: share of active members a service must reach for a score of 1" }) serviceTargetShare!: number;
  @Field(() => Float, { description: "STRATEGY_CRITICAL_BELOW: scores below it are CRITICAL" }) criticalBelow!: number;
  @Field(() => Float, { description: "STRATEGY_WEAK_BELOW: scores below it (and not CRITICAL) are WEAK" }) weakBelow!: number;
  @Field(() => Float, { description: "STRATEGY_STRONG_FROM: scores from it up are STRONG" }) strongFrom!: number;
  @Field(() => Float, { description: "STRATEGY_PARTNER_CAPACITY_FACTOR: a PEER_PARTNER provider is assumed to take on this many times the firms it serves in the category today" }) partnerCapacityFactor!: number;
  @Field(() => Float, { description: "STRATEGY_DIFFERENTIATION_MARGIN: how far (share of members) a category's coverage must lie from the peers' mean to be a lead or a lag" }) differentiationMargin!: number;
  @Field(() => String, { description: "STRATEGY_LOCAL_REGION_LEVEL: the home area is the ancestor of the platform's location at this level (COUNTRY, PROVINCE, CITY or DISTRICT)" }) localRegionLevel!: string;
  @Field(() => String, { description: "STRATEGY_REGION_GROUP_LEVEL: the region level members are grouped by for DEEPEN_REGION" }) regionGroupLevel!: string;
  @Field(() => Int, { description: "STRATEGY_MAX_CANDIDATES: most candidates listed per action" }) maxCandidates!: number;
}

@ObjectType({ description: "The thesis' seven strategies assessed for a platform's ecosystem" })
export class StrategyAssessment {
  @Field(() => ChainRef, { description: "The platform" }) platform!: ChainRef;
  @Field(() => String, { nullable: true, description: "The day assessed (YYYY-MM-DD); null for today" }) asOf!: string | null;
  @Field(() => String, { description: "The scope measured, in words" }) scope!: string;
  @Field(() => Int, { description: "Firms with an active membership of the platform on that day" }) activeMembers!: number;
  @Field(() => [ChainRef], { description: "The other platforms of the graph, the peer comparison" }) peers!: ChainRef[];
  @Field(() => StrategyRulesUsed, { description: "The thresholds used" }) rules!: StrategyRulesUsed;
  // Always the seven strategies: the cost estimate counts seven, not the assumed page.
  @Extensions({ listSize: STRATEGIES.length })
  @Field(() => [StrategyResult], { description: "One result per strategy, seven in all" }) strategies!: StrategyResult[];
}

@ObjectType({ description: "A value before and after the simulated actions" })
export class MetricChange {
  @Field(() => Float, { nullable: true, description: "Before the actions; null when not measured (an actor outside the ecosystem, or betweenness above the limit)" }) before!: number | null;
  @Field(() => Float, { nullable: true, description: "After the actions; null when not measured (an actor outside the ecosystem, or betweenness above the limit)" }) after!: number | null;
  @Field(() => Float, { nullable: true, description: "after − before" }) delta!: number | null;
}

@ObjectType({ description: "What one of the simulated actions did" })
export class StepOutcome {
  @Field(() => Int, { description: "0-based position in actions" }) index!: number;
  @Field(() => SimulationStepKindEnum, { description: "The action's kind" }) kind!: string;
  @Field(() => String, { description: "What it changed, in words, e.g. \"X partners with the platform; X serves 3 more firm(s) in LEGAL\"" }) effect!: string;
}

@ObjectType({ description: "A service category's coverage and keystone dependence before and after the actions" })
export class CategoryChange {
  @Field(() => ServiceCategory, { description: "The service category" }) category!: string;
  @Field(() => Boolean, { description: "Whether it is one of the five self-improvement services" }) selfImprovement!: boolean;
  @Field(() => MetricChange, { description: "Active members served by at least one provider in the category" }) servedMembers!: MetricChange;
  @Field(() => MetricChange, { description: "Share of active members served" }) share!: MetricChange;
  @Field(() => MetricChange, { description: "Keystone dependence: share of members losing every path to the category without the platform" })
  lostShareWithoutPlatform!: MetricChange;
}

@ObjectType({ description: "A chain's completeness in the ecosystem before and after the actions, as chainCompleteness measures it" })
export class ChainChange {
  @Field(() => ID, { description: "The chain's id" }) chainId!: string;
  @Field(() => String, { description: "The chain's name" }) name!: string;
  @Field(() => MetricChange, { description: "CC = Σ w_s·[n_s ≥ θ_s] / Σ w_s (0..1)" }) coverage!: MetricChange;
  @Field(() => MetricChange, { description: "CD = (1/m) Σ min(1, n_s/θ_s) (0..1)" }) depth!: MetricChange;
  @Field(() => MetricChange, { description: "LC: share of adjacent stage pairs linked by active supply (0..1)" }) linkContinuity!: MetricChange;
  @Field(() => [String], { description: "Names of the stages below their threshold θ before the actions" }) gapsBefore!: string[];
  @Field(() => [String], { description: "Names of the stages below their threshold θ after the actions" }) gapsAfter!: string[];
  @Field(() => [String], { description: "Names of the thin stages (resting on one firm or an articulation point) before the actions" }) thinStagesBefore!: string[];
  @Field(() => [String], { description: "Names of the thin stages after the actions" }) thinStagesAfter!: string[];
  @Field(() => Int, { description: "Adjacent stage pairs without an active SUPPLIES between their firms, before the actions" }) brokenLinksBefore!: number;
  @Field(() => Int, { description: "Adjacent stage pairs without an active SUPPLIES between their firms, after the actions" }) brokenLinksAfter!: number;
}

@ObjectType({ description: "An actor's centrality in the ecosystem before and after the actions" })
export class ActorCentralityChange {
  @Field(() => ID, { description: "The actor's id" }) actorId!: string;
  @Field(() => String, { description: "The actor's name" }) name!: string;
  @Field(() => String, { description: "PLATFORM, NEW (brought into the ecosystem by the actions) or NAMED (named by an action)" }) role!: string;
  @Field(() => MetricChange, { description: "Degree centrality (Freeman)" }) degree!: MetricChange;
  @Field(() => MetricChange, { description: "PageRank" }) pageRank!: MetricChange;
  @Field(() => MetricChange, { description: "Normalised Brandes betweenness; null above STRATEGY_SIMULATION_EXACT_LIMIT" }) betweenness!: MetricChange;
}

@ObjectType({ description: "What the actions would change, computed on an in-memory copy of the ecosystem (the database is not touched)" })
export class SimulationResult {
  @Field(() => ID, { description: "The platform's id" }) platformId!: string;
  @Field(() => String, { nullable: true, description: "The day the ecosystem was taken as of, YYYY-MM-DD; null for today" }) asOf!: string | null;
  @Field(() => [StepOutcome], { description: "What each action did, in the order given" }) steps!: StepOutcome[];
  @Field(() => MetricChange, { description: "Firms with an active membership of the platform" }) activeMembers!: MetricChange;
  @Field(() => MetricChange, { description: "Actors in the ecosystem" }) actors!: MetricChange;
  @Field(() => [CategoryChange], { description: "Every service category" }) serviceCoverage!: CategoryChange[];
  @Field(() => [ChainChange], { description: "The chains the ecosystem's firms operate in, and any chain an action names" }) chains!: ChainChange[];
  @Field(() => MetricChange, { description: "Share of members falling out of the largest component without the platform" }) keystoneFallOutShare!: MetricChange;
  @Field(() => MetricChange, { description: "Shannon H' over populations" }) diversity!: MetricChange;
  @Field(() => MetricChange, { description: "Pielou J'" }) evenness!: MetricChange;
  @Field(() => MetricChange, { description: "HHI of supply volume (0..1)" }) supplyHhi!: MetricChange;
  @Field(() => MetricChange, { description: "HHI of service provision (0..1)" }) serviceHhi!: MetricChange;
  @Field(() => [ActorCentralityChange], { description: "The platform, every actor the actions bring in (NEW) and every actor they name (NAMED)" }) centrality!: ActorCentralityChange[];
}
