import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { ACTOR_LABEL_DESCRIPTIONS, AgencyKind, FirmSize, Population, RELATIONSHIP_TYPE_DESCRIPTIONS, ServiceCategory } from "../graphql/enums";
import { ACTOR_LABELS, SYNC_RELATIONSHIP_TYPES } from "./sync-records";

export const ActorLabelEnum = Object.fromEntries(ACTOR_LABELS.map((l) => [l, l])) as { [K in (typeof ACTOR_LABELS)[number]]: K };
registerEnumType(ActorLabelEnum, { name: "ActorLabel", description: "The kind of actor a synced record is", valuesConfig: ACTOR_LABEL_DESCRIPTIONS });

export const SyncRelationshipTypeEnum = Object.fromEntries(Object.keys(SYNC_RELATIONSHIP_TYPES).map((t) => [t, t])) as {
  [K in keyof typeof SYNC_RELATIONSHIP_TYPES]: K;
};
registerEnumType(SyncRelationshipTypeEnum, {
  name: "SyncRelationshipType",
  description:
    "MEMBER_OF Firm→Platform, SUPPLIES Firm→Firm, SERVES ServiceProvider→Firm, PARTNERS_WITH ServiceProvider→Platform, " +
    "SUPPORTS GovernmentAgency→Platform or IndustrialChain, LOCATED_IN any actor→Region, OPERATES_IN Firm→ChainStage",
  valuesConfig: RELATIONSHIP_TYPE_DESCRIPTIONS,
});

export const SyncRegionLevelEnum = { COUNTRY: "COUNTRY", PROVINCE: "PROVINCE", CITY: "CITY", DISTRICT: "DISTRICT" } as const;
registerEnumType(SyncRegionLevelEnum, {
  name: "SyncRegionLevel",
  description: "COUNTRY > PROVINCE > CITY > DISTRICT; a region's parent is of a higher level",
  valuesConfig: {
    COUNTRY: { description: "A country" },
    PROVINCE: { description: "A province, state or other first-level division" },
    CITY: { description: "A city" },
    DISTRICT: { description: "A district or county of a city" },
  },
});

@InputType({ description: "An actor keyed by the integrator's externalId; fields that do not belong to its label are rejected" })
export class SyncActorInput {
  @Field(() => ActorLabelEnum, { description: "The kind of actor" }) label!: string;
  @Field(() => String, { description: "The partner's own key, unique per source" }) externalId!: string;
  @Field(() => String, { description: "The actor's name" }) name!: string;
  @Field(() => String, { nullable: true, description: "The name in the ecosystem's own language (e.g. Chinese); searched like name" }) localName?: string;
  @Field(() => Population, { nullable: true, description: "Required for firms (MANUFACTURER, TRADER, BUYER); implied for the others" }) population?: string;
  @Field(() => String, { nullable: true, description: "Free-text description" }) description?: string;
  @Field(() => Int, { nullable: true, description: "Year the organisation was founded" }) foundedYear?: number;
  @Field(() => String, { nullable: true, description: "Platform" }) website?: string;
  @Field(() => String, { nullable: true, description: "Platform" }) model?: string;
  @Field(() => FirmSize, { nullable: true, description: "Firm" }) size?: string;
  @Field(() => String, { nullable: true, description: "Firm" }) industry?: string;
  @Field(() => Int, { nullable: true, description: "Firm" }) employees?: number;
  @Field(() => [ServiceCategory], { nullable: true, description: "ServiceProvider (required)" }) categories?: string[];
  @Field(() => AgencyKind, { nullable: true, description: "GovernmentAgency (required)" }) kind?: string;
  @Field(() => Boolean, { nullable: true, description: "true retires the actor (kept, with retiredAt), false brings it back" }) retired?: boolean;
}

@InputType({ description: "One end of a relationship: { id } or { externalId, source } (source defaults to the sync's)" })
export class SyncEndInput {
  @Field(() => ID, { nullable: true, description: "Ecograph's id of the actor" }) id?: string;
  @Field(() => String, { nullable: true, description: "The partner's key of the actor" }) externalId?: string;
  @Field(() => String, { nullable: true, description: "The source of the externalId; default: the sync's source" }) source?: string;
}

@InputType({ description: "A region keyed by the integrator's externalId; parent links it into the hierarchy (PART_OF)" })
export class SyncRegionInput {
  @Field(() => String, { description: "The partner's own key, unique per source among regions" }) externalId!: string;
  @Field(() => String, { description: "The region's name" }) name!: string;
  @Field(() => String, { nullable: true, description: "The name in the ecosystem's own language (e.g. Chinese)" }) localName?: string;
  @Field(() => SyncRegionLevelEnum, { description: "Where the region sits in the hierarchy" }) level!: string;
  @Field(() => String, { nullable: true, description: "Administrative code, if any" }) code?: string;
  @Field(() => SyncEndInput, { nullable: true, description: "The enclosing region; leave out to keep the stored one, null to remove it" }) parent?: SyncEndInput | null;
  @Field(() => Boolean, { nullable: true, description: "true retires the region (kept, with retiredAt), false brings it back" }) retired?: boolean;
}

@InputType({ description: "An industrial chain keyed by the integrator's externalId; region is its home region (ANCHORED_IN)" })
export class SyncChainInput {
  @Field(() => String, { description: "The partner's own key, unique per source among chains" }) externalId!: string;
  @Field(() => String, { description: "The chain's name" }) name!: string;
  @Field(() => String, { nullable: true, description: "The name in the ecosystem's own language (e.g. Chinese)" }) localName?: string;
  @Field(() => String, { nullable: true, description: "The chain's industry in plain words, e.g. 'hardware'" }) industry?: string;
  @Field(() => String, { nullable: true, description: "Free-text description" }) description?: string;
  @Field(() => SyncEndInput, { nullable: true, description: "The home region; leave out to keep the stored one, null to remove it" }) region?: SyncEndInput | null;
  @Field(() => Boolean, { nullable: true, description: "true retires the chain (kept, with retiredAt), false brings it back" }) retired?: boolean;
}

@InputType({ description: "A stage of a chain (HAS_STAGE); FEEDS runs from each active stage to the next by position" })
export class SyncStageInput {
  @Field(() => String, { description: "The partner's own key, unique per source among stages" }) externalId!: string;
  @Field(() => SyncEndInput, { description: "The chain the stage belongs to (it does not move to another)" }) chain!: SyncEndInput;
  @Field(() => String, { description: "The stage's name" }) name!: string;
  @Field(() => String, { nullable: true, description: "The name in the ecosystem's own language (e.g. Chinese)" }) localName?: string;
  @Field(() => Int, { description: "1-based, upstream to downstream; unique among the chain's active stages" }) position!: number;
  @Field(() => Float, { description: "Importance in chain coverage, above 0" }) weight!: number;
  @Field(() => Int, { description: "How many active firms make the stage covered, at least 1" }) minFirms!: number;
  @Field(() => Boolean, { nullable: true, description: "true retires the stage: it leaves its chain (HAS_STAGE, FEEDS), the node stays" }) retired?: boolean;
}

@InputType({ description: "A relationship between two nodes; set `until` to end it (history is kept)" })
export class SyncRelationshipInput {
  @Field(() => SyncRelationshipTypeEnum, { description: "The relationship type, which fixes the labels of both ends" }) type!: string;
  @Field(() => String, {
    nullable: true,
    description: "The relationship's own key, unique per source and type: two SUPPLIES between one pair are two relationships. Without it, one relationship per type, from and to (and category for SERVES)",
  })
  externalId?: string;
  @Field(() => SyncEndInput, { description: "The start of the relationship" }) from!: SyncEndInput;
  @Field(() => SyncEndInput, { description: "The end of the relationship" }) to!: SyncEndInput;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" }) since?: string;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; set it to end the relationship" }) until?: string;
  @Field(() => String, { nullable: true, description: "MEMBER_OF" }) tier?: string;
  @Field(() => Float, { nullable: true, description: "SUPPLIES" }) volume?: number;
  @Field(() => ServiceCategory, { nullable: true, description: "SERVES (required)" }) category?: string;
  @Field(() => String, { nullable: true, description: "SUPPORTS" }) policy?: string;
}

@ObjectType({ description: "What happened to one record" })
export class RecordOutcome {
  @Field(() => String, { description: "REGION, CHAIN, STAGE, ACTOR or RELATIONSHIP" }) kind!: string;
  @Field(() => Int, { description: "Position in its list (regions, chains, stages, actors or relationships), from 0" }) position!: number;
  @Field(() => String, { description: "The record's key as sent (externalId, or the relationship's ends)" }) key!: string;
  @Field(() => String, {
    description: "CREATED, UPDATED, UNCHANGED, REJECTED, or UNKNOWN (the connection was lost while its batch was committed: run the same sync again)",
  })
  outcome!: string;
  @Field(() => String, { nullable: true, description: "Why the record was rejected, or why its outcome is unknown" }) reason?: string;
  @Field(() => ID, { nullable: true, description: "Ecograph's id of the record written (null when rejected or unknown)" }) id?: string;
}

@ObjectType({ description: "How many records had each outcome" })
export class OutcomeCounts {
  @Field(() => Int, { description: "Records created" }) CREATED!: number;
  @Field(() => Int, { description: "Records changed" }) UPDATED!: number;
  @Field(() => Int, { description: "Records already as sent" }) UNCHANGED!: number;
  @Field(() => Int, { description: "Records refused, not written (see reason)" }) REJECTED!: number;
  @Field(() => Int, { description: "Records whose batch was being committed when the connection to Neo4j was lost: run the same sync again" })
  UNKNOWN!: number;
}

@ObjectType({ description: "One write transaction of a sync" })
export class BatchReport {
  @Field(() => String, { description: "REGION, CHAIN, STAGE, ACTOR or RELATIONSHIP" }) kind!: string;
  @Field(() => Int, { description: "Position of the batch, from 0" }) index!: number;
  @Field(() => Int, { description: "Records in the batch" }) records!: number;
  @Field(() => Boolean, {
    nullable: true,
    description: "true: committed; false: not written; null: the connection was lost during the commit, so whether it committed is unknown",
  })
  committed!: boolean | null;
}

@ObjectType({ description: "The outcome of a sync, record by record" })
export class SyncReport {
  @Field(() => String, { description: "The partner system" }) source!: string;
  @Field(() => Boolean, { description: "Nothing was written: the outcomes say what would happen" }) dryRun!: boolean;
  @Field(() => Boolean, { description: "false when a batch failed: earlier batches are committed; run the same sync again" }) complete!: boolean;
  @Field(() => OutcomeCounts, { description: "Records per outcome" }) counts!: OutcomeCounts;
  @Field(() => [RecordOutcome], { description: "One entry per record, in input order" }) outcomes!: RecordOutcome[];
  @Field(() => [BatchReport], { description: "The write transactions" }) batches!: BatchReport[];
}

@ObjectType({ description: "A changed actor, or a relationship written by a sync" })
export class Change {
  @Field(() => String, { description: "Position in the feed; pass the last one as `after`" }) cursor!: string;
  @Field(() => String, { description: "ACTOR or RELATIONSHIP" }) kind!: string;
  @Field(() => ID, { description: "Ecograph's id of the actor or relationship" }) id!: string;
  @Field(() => String, { description: "The actor's label or the relationship's type" }) type!: string;
  @Field(() => String, { description: "When it changed (ISO 8601)" }) changedAt!: string;
  @Field(() => String, { nullable: true, description: "The partner system that wrote it" }) source!: string | null;
  @Field(() => String, { nullable: true, description: "The partner's key" }) externalId!: string | null;
  @Field(() => ID, { nullable: true, description: "For a relationship: its start actor's id" }) fromId!: string | null;
  @Field(() => ID, { nullable: true, description: "For a relationship: its end actor's id" }) toId!: string | null;
  @Field(() => Boolean, { description: "A retired actor, or a relationship with an until" }) ended!: boolean;
}

@ObjectType({ description: "A page of the change feed, oldest change first" })
export class ChangePage {
  @Field(() => [Change], { description: "The changes of this page" }) changes!: Change[];
  @Field(() => String, { nullable: true, description: "Pass as `after` next time" }) endCursor!: string | null;
  @Field(() => Boolean, { description: "Whether more changes follow" }) hasNextPage!: boolean;
}
