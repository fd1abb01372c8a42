import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { RELATIONSHIP_TYPE_DESCRIPTIONS, ServiceCategory } from "../graphql/enums";
import { ACTOR_RELATIONSHIP_TYPES } from "./graph-reader";
import { CentralityMeasure } from "./metrics.service";
import { STORED_METRICS } from "./metric-runs.service";

registerEnumType(CentralityMeasure, {
  name: "CentralityMeasure",
  description: "A centrality measure (DESIGN.md, Metrics): degree variants, Brandes betweenness, harmonic closeness, eigenvector, PageRank",
  valuesConfig: {
    DEGREE: { description: "Number of distinct partners (Freeman degree)" },
    IN_DEGREE: { description: "Relationships pointing to the actor (directed graphs)" },
    OUT_DEGREE: { description: "Relationships starting at the actor (directed graphs)" },
    WEIGHTED_DEGREE: { description: "Sum of the weights of the actor's relationships (SUPPLIES volume when weighted)" },
    BETWEENNESS: { description: "Brandes betweenness, normalised: share of shortest paths through the actor" },
    CLOSENESS: { description: "Harmonic closeness 1/(n-1) Σ 1/d(i,j), defined on disconnected graphs" },
    EIGENVECTOR: { description: "Eigenvector centrality, L2-normalised (Bonacich 1972)" },
    PAGERANK: { description: "PageRank (Brin & Page 1998); damping and tolerance are arguments" },
  },
});

/** The stored metrics as a GraphQL enum (same names as STORED_METRICS' keys). */
export const StoredMetricEnum = Object.fromEntries(Object.keys(STORED_METRICS).map((k) => [k, k])) as {
  [K in keyof typeof STORED_METRICS]: K;
};
registerEnumType(StoredMetricEnum, {
  name: "StoredMetric",
  description: "A metric that runMetrics can write onto the actor nodes",
  valuesConfig: {
    DEGREE: { description: "Stored as `degree`: distinct partners" },
    IN_DEGREE: { description: "Stored as `inDegree`: relationships pointing to the actor (directed graphs)" },
    OUT_DEGREE: { description: "Stored as `outDegree`: relationships starting at the actor (directed graphs)" },
    WEIGHTED_DEGREE: { description: "Stored as `weightedDegree`" },
    BETWEENNESS: { description: "Stored as `betweenness`: Brandes, normalised" },
    CLOSENESS: { description: "Stored as `closeness`: harmonic" },
    EIGENVECTOR: { description: "Stored as `eigenvector`" },
    PAGERANK: { description: "Stored as `pageRank`" },
    CONSTRAINT: { description: "Stored as `burtConstraint`: Burt's constraint" },
    EFFECTIVE_SIZE: { description: "Stored as `effectiveSize`: Burt's effective size" },
    ARTICULATION_POINT: { description: "Stored as `articulationPoint`: whether the actor is a cut vertex" },
  },
});

export const MetricJobStateEnum = { QUEUED: "QUEUED", RUNNING: "RUNNING", WRITING: "WRITING", DONE: "DONE", FAILED: "FAILED" } as const;
registerEnumType(MetricJobStateEnum, {
  name: "MetricJobState",
  description: "Where a metric write-back job is; DONE and FAILED are final",
  valuesConfig: {
    QUEUED: { description: "Recorded, not started" },
    RUNNING: { description: "Reading the graph and computing the metrics (nothing written yet)" },
    WRITING: { description: "Writing the values batch by batch (progress grows)" },
    DONE: { description: "Every value written, and the MetricRun recorded" },
    FAILED: { description: "Stopped with an error (see error); never became DONE" },
  },
});

export const RelationshipTypeEnum = Object.fromEntries(ACTOR_RELATIONSHIP_TYPES.map((t) => [t, t])) as {
  [K in (typeof ACTOR_RELATIONSHIP_TYPES)[number]]: K;
};
registerEnumType(RelationshipTypeEnum, {
  name: "ActorRelationshipType",
  description: "A relationship type between actors",
  valuesConfig: RELATIONSHIP_TYPE_DESCRIPTIONS,
});

/** The one description of every `asOf` argument. */
export const AS_OF_DESCRIPTION =
  "The day to take the ecosystem as of, YYYY-MM-DD: relationships with since ≤ that day and no until before it, actors founded by then and not retired; today when left out";

@InputType({ description: "The graph a metric is computed on. Leaving every field out means: all actors, all actor relationships, undirected, unweighted." })
export class GraphSelectionInput {
  @Field(() => ID, { nullable: true, description: "Restrict to this platform's ecosystem (the platform, its active members, its partners and the providers serving its members, its supporting agencies): its id or exact name; null or left out for the whole graph" })
  platform?: string | null;

  @Field(() => [RelationshipTypeEnum], { nullable: true, description: "Relationship types to use; default all" })
  relationshipTypes?: string[];

  @Field(() => Boolean, { nullable: true, description: "Respect relationship direction; default false" })
  directed?: boolean;

  @Field(() => String, { nullable: true, description: AS_OF_DESCRIPTION })
  asOf?: string;

  @Field(() => Boolean, { nullable: true, description: "Weight SUPPLIES by volume (shortest paths use 1/volume); default false" })
  weighted?: boolean;
}

@ObjectType({ description: "An actor named in a metric result" })
export class ActorSummary {
  @Field(() => ID, { description: "The actor's id" }) id!: string;
  @Field(() => String, { description: "The actor's name" }) name!: string;
  @Field(() => String, { description: "Platform, Firm, ServiceProvider or GovernmentAgency" }) label!: string;
}

@ObjectType({ description: "An actor's place in a ranking; ties are broken by name, then id" })
export class RankedActor extends ActorSummary {
  @Field(() => Int, { description: "1 for the highest score" }) rank!: number;
  @Field(() => Float, { description: "The measure's value for the actor" }) score!: number;
}

@ObjectType({ description: "An actor's brokerage: Burt's constraint and effective size" })
export class BrokerScore extends ActorSummary {
  @Field(() => Float, { nullable: true, description: "Burt's constraint c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²" })
  constraint!: number | null;

  @Field(() => Float, { nullable: true, description: "Burt's effective size" })
  effectiveSize!: number | null;
}

@ObjectType({ description: "Brokerage of a selection: Burt's structural holes and single points of failure" })
export class Brokerage {
  @Field(() => Int, { description: "Actors in the selected graph" }) actorCount!: number;

  @Field(() => [ActorSummary], { description: "Actors whose removal disconnects part of the graph" })
  articulationPoints!: ActorSummary[];

  @Field(() => [BrokerScore], { description: "Lowest constraint first: the actors spanning the most structural holes" })
  topBrokers!: BrokerScore[];
}

@ObjectType({ description: "A stage of an industrial chain named in a result" })
export class StageSummary {
  @Field(() => ID, { description: "The ChainStage's id" }) stageId!: string;
  @Field(() => String, { description: "The stage's name" }) name!: string;
  @Field(() => Int, { description: "1-based, upstream first" }) position!: number;
}

@ObjectType({ description: "A stage with fewer active firms than its threshold θ" })
export class ChainGap extends StageSummary {
  @Field(() => Int, { description: "Active firms in scope working in the stage (n_s)" }) firmCount!: number;
  @Field(() => Int, { description: "Firms needed to cover the stage (θ_s)" }) minFirms!: number;
  @Field(() => Int, { description: "minFirms - firmCount: how many firms to recruit" }) missingFirms!: number;
  @Field(() => Boolean, { description: "No firm in scope works in the stage at all" }) empty!: boolean;
}

@ObjectType({ description: "A stage that rests on one firm, or on an articulation point" })
export class ThinStage extends StageSummary {
  @Field(() => String, { description: "SINGLE_FIRM or ARTICULATION_POINT" }) reason!: string;
  @Field(() => [ID], { description: "Ids of the firms the stage rests on" }) firmIds!: string[];
}

@ObjectType({ description: "Adjacent stages without an active SUPPLIES relationship between their firms" })
export class BrokenLink {
  @Field(() => ID, { description: "The upstream stage's id" }) fromStageId!: string;
  @Field(() => ID, { description: "The next stage downstream's id" }) toStageId!: string;
}

@ObjectType({ description: "One stage's coverage in the scope" })
export class StageCompleteness extends StageSummary {
  @Field(() => Int, { description: "Active firms in scope working in the stage (n_s)" }) firmCount!: number;
  @Field(() => Int, { description: "θ_s: firms that make the stage covered" }) minFirms!: number;
  @Field(() => String, {
    description: "EMPTY, BELOW_THRESHOLD, SINGLE_FIRM or COVERED: the same rule and words as the chain-gaps report",
  })
  status!: string;
  @Field(() => Boolean, { description: "firmCount ≥ minFirms (n_s ≥ θ_s)" }) covered!: boolean;
  @Field(() => Float, { description: "min(1, n_s/θ_s)" }) depth!: number;
}

@ObjectType({ description: "A firm outside the scope that already works in a gap stage" })
export class RecruitCandidate extends ActorSummary {
  @Field(() => ID, { description: "The gap stage the firm works in" }) stageId!: string;
}

@ObjectType({ description: "A chain or platform named in a result" })
export class ChainRef {
  @Field(() => ID, { description: "Its id" }) id!: string;
  @Field(() => String, { description: "Its name" }) name!: string;
}

@ObjectType({ description: "The scope an answer was measured in" })
export class ScopeDescription {
  @Field(() => String, { description: "PLATFORM_MEMBERS, REGION or ALL_FIRMS" }) kind!: string;
  @Field(() => ChainRef, { nullable: true, description: "The platform whose active members were counted (PLATFORM_MEMBERS); null otherwise" }) platform!: ChainRef | null;
  @Field(() => ChainRef, { nullable: true, description: "The region whose firms (located in it or a region inside it) were counted (REGION); null otherwise" }) region!: ChainRef | null;
  @Field(() => String, { nullable: true, description: "The day measured, YYYY-MM-DD; null for today" }) asOf!: string | null;
  @Field(() => String, { description: "The scope in words" }) description!: string;
}

@ObjectType({ description: "Completeness of an industrial chain in a scope" })
export class ChainCompletenessReport {
  @Field(() => ChainRef, { description: "The chain" }) chain!: ChainRef;
  @Field(() => ScopeDescription, { description: "Which firms were counted, and on which day" }) scope!: ScopeDescription;
  @Field(() => Float, { description: "CC = Σ w_s·[n_s ≥ θ_s] / Σ w_s" }) coverage!: number;
  @Field(() => Float, { description: "CD = (1/m) Σ min(1, n_s/θ_s)" }) depth!: number;
  @Field(() => Float, { description: "Share of adjacent stage pairs linked by active supply" }) linkContinuity!: number;
  @Field(() => [ChainGap], { description: "Stages to fill: recruit firms" }) gaps!: ChainGap[];
  @Field(() => [ThinStage], { description: "Stages to strengthen" }) thinStages!: ThinStage[];
  @Field(() => [BrokenLink], { description: "Adjacent stages with no active SUPPLIES between their firms in scope" }) brokenLinks!: BrokenLink[];
  @Field(() => [StageCompleteness], { description: "Every stage, upstream first" }) perStage!: StageCompleteness[];
  @Field(() => [RecruitCandidate], { description: "Firms outside the scope working in gap stages, at most 10 per stage" })
  recruitCandidates!: RecruitCandidate[];
}

@ObjectType({ description: "How many actors of the ecosystem belong to one population" })
export class PopulationCount {
  @Field(() => String, { description: "A population; service providers as SERVICE_PROVIDER:<category>" }) population!: string;
  @Field(() => Int, { description: "Actors in the population" }) count!: number;
}

@ObjectType({ description: "Shannon diversity H' = -Σ p_i ln p_i and evenness J' = H'/ln S over populations" })
export class PopulationBalance {
  @Field(() => Float, { description: "Shannon diversity H'" }) diversity!: number;
  @Field(() => Float, { description: "Pielou evenness J' = H'/ln S (0 with fewer than two populations)" }) evenness!: number;
  @Field(() => Int, { description: "Populations present (S)" }) populations!: number;
  @Field(() => [PopulationCount], { description: "Actors per population" }) counts!: PopulationCount[];
}

@ObjectType({ description: "Herfindahl–Hirschman index Σ s_i² of shares" })
export class Concentration {
  @Field(() => Float, { description: "0..1" }) hhi!: number;
  @Field(() => Float, { description: "0..10,000 (the antitrust scale)" }) hhi10000!: number;
  @Field(() => Int, { description: "Actors with a share" }) actors!: number;
}

@ObjectType({ description: "How many of the platform's active members one service category reaches" })
export class CategoryCoverage {
  @Field(() => ServiceCategory, { description: "The service category" }) category!: ServiceCategory;
  @Field(() => Boolean, { description: "One of the thesis' five self-improvement services" }) selfImprovement!: boolean;
  @Field(() => Int, { description: "Active members served in the category" }) servedMembers!: number;
  @Field(() => Float, { description: "servedMembers / active members" }) share!: number;
}

@ObjectType({ description: "What the member firms lose in reach of a service category without the core platform" })
export class CategoryDependence {
  @Field(() => ServiceCategory, { description: "The service category" }) category!: ServiceCategory;
  @Field(() => Boolean, { description: "One of the thesis' five self-improvement services" }) selfImprovement!: boolean;
  @Field(() => Float, { description: "Share of members with a path to a provider of the category" }) reachableWithPlatform!: number;
  @Field(() => Float, { description: "The same with the platform removed" }) reachableWithoutPlatform!: number;
  @Field(() => Float, { description: "Share of members that lose every path to the category" }) lostShare!: number;
  @Field(() => [ID], { description: "The members that lose every path to the category" }) lostMemberIds!: string[];
}

@ObjectType({ description: "Members in the largest connected component, with and without the core platform" })
export class ComponentDependence {
  @Field(() => Float, { description: "Share of members in the largest component" }) withPlatform!: number;
  @Field(() => Float, { description: "The same with the platform removed" }) withoutPlatform!: number;
  @Field(() => Float, { description: "Share of members that fall out of the largest component" }) fallOutShare!: number;
  @Field(() => [ID], { description: "The members that fall out" }) fallOutMemberIds!: string[];
}

@ObjectType({ description: "Keystone dependence (Iansiti & Levien): the ecosystem with its core platform removed" })
export class KeystoneDependence {
  @Field(() => Int, { description: "Active members considered" }) memberCount!: number;
  @Field(() => ComponentDependence, { description: "Connectivity without the platform" }) largestComponent!: ComponentDependence;
  @Field(() => [CategoryDependence], { description: "Reach of each service category without the platform" }) categories!: CategoryDependence[];
}

@ObjectType({ description: "Membership growth and survival in one year" })
export class MembershipYear {
  @Field(() => Int, { description: "The calendar year" }) year!: number;
  @Field(() => Int, { description: "Memberships that began in the year" }) joined!: number;
  @Field(() => Int, { description: "Memberships that ended in the year" }) left!: number;
  @Field(() => Int, { description: "joined - left" }) netChange!: number;
  @Field(() => Int, { description: "Members at the end of the year" }) activeAtYearEnd!: number;
  @Field(() => Float, { nullable: true, description: "netChange / members at the start of the year; null when there were none" }) growthRate!: number | null;
  @Field(() => Int, { description: "Firms that joined this year and are members today" }) survivors!: number;
  @Field(() => Float, { nullable: true, description: "survivors / joined; null when nobody joined" }) survivalRate!: number | null;
}

@ObjectType({ description: "Membership over time, from MEMBER_OF since / until" })
export class MembershipDynamics {
  @Field(() => [MembershipYear], { description: "One entry per year, oldest first" }) years!: MembershipYear[];
  @Field(() => Int, { description: "Distinct firms that ever were members" }) firms!: number;
  @Field(() => Int, { description: "Active members today" }) activeNow!: number;
}

@ObjectType({ description: "Coordination and health of a platform's ecosystem" })
export class EcosystemHealth {
  @Field(() => ChainRef, { description: "The platform" }) platform!: ChainRef;
  @Field(() => String, { nullable: true, description: "The day measured, YYYY-MM-DD; null for today" }) asOf!: string | null;
  @Field(() => String, { description: "The scope in words, e.g. \"the ecosystem of Diyiqiang Group as of 2020-06-30\"" }) scope!: string;
  @Field(() => Int, { description: "Active member firms (MEMBER_OF without until)" }) activeMembers!: number;
  @Field(() => PopulationBalance, { description: "Diversity and evenness of the populations" }) populationBalance!: PopulationBalance;
  @Field(() => Concentration, { description: "HHI of active supply volume among supplying members" }) supplyConcentration!: Concentration;
  @Field(() => Concentration, { description: "HHI of active services to members among providers" }) serviceConcentration!: Concentration;
  @Field(() => [CategoryCoverage], { description: "Share of members served per category, self-improvement services first" })
  serviceCoverage!: CategoryCoverage[];
  @Field(() => KeystoneDependence, { description: "What the members lose without the core platform" }) keystoneDependence!: KeystoneDependence;
  @Field(() => MembershipDynamics, { description: "Growth and survival of memberships by year" }) membership!: MembershipDynamics;
}

@ObjectType({ description: "Why a metric job failed" })
export class MetricJobError {
  @Field(() => String, {
    description: "A stable code: METRIC_JOB_INTERRUPTED (its API process stopped), METRIC_JOB_ABANDONED (its process sent no heartbeat: it died), or the metric's own error code, e.g. METRIC_TOO_LARGE",
  })
  code!: string;

  @Field(() => String, { description: "What went wrong and what to do" }) message!: string;
}

@ObjectType({
  description: "A metric write-back job (runMetrics): stored in Neo4j as a (:MetricJob) node, so every API replica reports it; when DONE, a MetricRun with the same id records it",
})
export class MetricJob {
  @Field(() => ID, { description: "The job's id: metricJob(id), the MetricRun's id and metricsRunId on the actors it wrote" }) id!: string;
  @Field(() => MetricJobStateEnum, { description: "QUEUED, RUNNING, WRITING, DONE or FAILED" }) state!: string;
  @Field(() => Boolean, { description: "True when runMetrics joined an identical job that was already running (same metrics, graph and parameters) instead of starting one" })
  joined!: boolean;
  @Field(() => [StoredMetricEnum], { description: "The metrics the job computes and writes" }) metrics!: string[];
  @Field(() => String, { description: "JSON: the selection and the parameters" }) parameters!: string;
  @Field(() => String, { description: "When the job was recorded (ISO 8601)" }) createdAt!: string;
  @Field(() => String, { nullable: true, description: "When it began computing (ISO 8601); null while QUEUED" }) startedAt!: string | null;
  @Field(() => String, { nullable: true, description: "When it became DONE or FAILED (ISO 8601); null before" }) finishedAt!: string | null;
  @Field(() => Int, { nullable: true, description: "Milliseconds from start to finish, or to now while it runs; null while QUEUED" }) durationMs!: number | null;
  @Field(() => Int, { nullable: true, description: "Actors in the graph (each gets the metrics); null until the graph is read" }) actorCount!: number | null;
  @Field(() => Int, { nullable: true, description: "Relationships in the graph; null until the graph is read" }) relationshipCount!: number | null;
  @Field(() => Int, { description: "Actors whose values are written so far (batch by batch)" }) writtenActors!: number;
  @Field(() => Float, { description: "Share done, 0 to 1: writtenActors / actorCount (0 while computing, 1 when DONE)" }) progress!: number;
  @Field(() => MetricJobError, { nullable: true, description: "Why the job FAILED; null otherwise" }) error!: MetricJobError | null;
  @Field(() => String, {
    nullable: true,
    description:
      "When this DONE run's history values were deleted by the retention bound (METRICS_HISTORY_RUNS: newer runs of the same metrics, graph and parameters took their place), ISO 8601; null while they are kept. The values on the actor nodes and the MetricRun record stay",
  })
  valuesPrunedAt!: string | null;
}

@ObjectType({ description: "One stored value of an actor's metric, from one write-back job" })
export class MetricHistoryValue {
  @Field(() => ID, { description: "The actor's id" }) actorId!: string;
  @Field(() => StoredMetricEnum, { description: "The metric" }) measure!: string;
  @Field(() => Float, { nullable: true, description: "The value (ARTICULATION_POINT: 1 or 0); null where the measure is undefined, e.g. constraint of an actor without ties" })
  value!: number | null;
  @Field(() => ID, { description: "The job (and MetricRun) that computed it" }) job!: string;
  @Field(() => String, { description: "When that job started computing (ISO 8601)" }) computedAt!: string;
  @Field(() => String, { description: "JSON: the graph selection it was computed on (platform, asOf, relationship types, direction, weights)" }) scope!: string;
}

@ObjectType({ description: "How scores were computed: exactly, or estimated from sampled pivots (betweenness above METRICS_EXACT_LIMIT)" })
export class MetricEstimate {
  @Field(() => Boolean, { description: "True for exact scores" }) exact!: boolean;
  @Field(() => Int, { nullable: true, description: "Pivots (source actors) sampled (Brandes–Pich); null when exact" }) samples!: number | null;
  @Field(() => Float, { nullable: true, description: "Largest error of any actor's normalised score, at the confidence below (Hoeffding bound with a union bound over the actors); null when exact" })
  errorBound!: number | null;
  @Field(() => Float, { nullable: true, description: "Probability that every score is within errorBound of the exact one; null when exact" }) confidence!: number | null;
}

@ObjectType({ description: "An actor in one page of a ranking, with the cursor that points after it" })
export class RankingEdge {
  @Field(() => String, { description: "Pass as after to read the actors after this one" }) cursor!: string;
  @Field(() => RankedActor, { description: "The actor, its rank and score" }) node!: RankedActor;
}

@ObjectType({ description: "Where a page of a ranking ends" })
export class RankingPageInfo {
  @Field(() => Boolean, { description: "More actors follow" }) hasNextPage!: boolean;
  @Field(() => String, { nullable: true, description: "The last edge's cursor; null on an empty page" }) endCursor!: string | null;
}

@ObjectType({ description: "One page of the ranking of every actor of a selection by a measure (connection-style; its cursors are bound to the query and the graph version)" })
export class RankingPage {
  @Field(() => [RankingEdge], { description: "The actors of this page, highest score first (ties by name, then id)" }) edges!: RankingEdge[];
  @Field(() => RankingPageInfo, { description: "Whether more follow, and the cursor to read them" }) pageInfo!: RankingPageInfo;
  @Field(() => Int, { description: "Actors with a score in the selection, every page together" }) totalCount!: number;
  @Field(() => MetricEstimate, { description: "Exact, or estimated (and how well)" }) estimate!: MetricEstimate;
}
