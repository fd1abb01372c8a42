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
  description: "MEMBER_OF Firm→Platform, SUPPLIES Firm→Firm, SERVES ServiceProvider→Firm, PARTNERS_WITH ServiceProvider→Platform, SUPPORTS GovernmentAgency→Platform",
  valuesConfig: RELATIONSHIP_TYPE_DESCRIPTIONS,
});

@InputType({ description: "An actor keyed by the integrator's externalId; fields that do not belong to its label are rejected" })
export class SyncActorInput {
  @Field(() => ActorLabelEnum, { description: "The kind of actor" }) label!: string;
  @Field(() => String, { description: "The partner's own key, unique per source" }) externalId!: string;
  @Field(() => String, { description: "The actor's name" }) name!: string;
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

@InputType({ description: "A relationship between two actors; set `until` to end it (history is kept)" })
export class SyncRelationshipInput {
  @Field(() => SyncRelationshipTypeEnum, { description: "The relationship type, which fixes the labels of both ends" }) type!: string;
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
  @Field(() => String, { description: "ACTOR or RELATIONSHIP" }) kind!: string;
  @Field(() => Int, { description: "Position in its list (actors or relationships), from 0" }) position!: number;
  @Field(() => String, { description: "The record's key as sent (externalId, or the relationship's ends)" }) key!: string;
  @Field(() => String, { description: "CREATED, UPDATED, UNCHANGED or REJECTED" }) outcome!: string;
  @Field(() => String, { nullable: true, description: "Why the record was rejected" }) reason?: string;
  @Field(() => ID, { nullable: true, description: "Ecograph's id of the record written (null when rejected)" }) id?: string;
}

@ObjectType({ description: "How many records had each outcome" })
export class OutcomeCounts {
  @Field(() => Int, { description: "Records created" }) CREATED!: number;
  @Field(() => Int, { description: "Records changed" }) UPDATED!: number;
  @Field(() => Int, { description: "Records already as sent" }) UNCHANGED!: number;
  @Field(() => Int, { description: "Records refused (see reason)" }) REJECTED!: number;
}

@ObjectType({ description: "One write transaction of a sync" })
export class BatchReport {
  @Field(() => String, { description: "ACTOR or RELATIONSHIP" }) kind!: string;
  @Field(() => Int, { description: "Position of the batch, from 0" }) index!: number;
  @Field(() => Int, { description: "Records in the batch" }) records!: number;
  @Field(() => Boolean, { description: "Whether the batch was written (false in a dry run or when it failed)" }) committed!: boolean;
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
