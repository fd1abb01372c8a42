import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { AgencyKind, FirmSize, Population, ServiceCategory } from "../graphql/enums";
import { ACTOR_LABELS, SYNC_RELATIONSHIP_TYPES } from "./sync-records";

export const ActorLabelEnum = Object.fromEntries(ACTOR_LABELS.map((l) => [l, l])) as { [K in (typeof ACTOR_LABELS)[number]]: K };
registerEnumType(ActorLabelEnum, { name: "ActorLabel", description: "The kind of actor a synced record is" });

export const SyncRelationshipTypeEnum = Object.fromEntries(Object.keys(SYNC_RELATIONSHIP_TYPES).map((t) => [t, t])) as {
  [K in keyof typeof SYNC_RELATIONSHIP_TYPES]: K;
};
registerEnumType(SyncRelationshipTypeEnum, {
  name: "SyncRelationshipType",
  description: "MEMBER_OF Firm→Platform, SUPPLIES Firm→Firm, SERVES ServiceProvider→Firm, PARTNERS_WITH ServiceProvider→Platform, SUPPORTS GovernmentAgency→Platform",
});

@InputType({ description: "An actor keyed by the integrator's externalId; fields that do not belong to its label are rejected" })
export class SyncActorInput {
  @Field(() => ActorLabelEnum) label!: string;
  @Field(() => String, { description: "The partner's own key, unique per source" }) externalId!: string;
  @Field(() => String) name!: string;
  @Field(() => Population, { nullable: true, description: "Required for firms (MANUFACTURER, TRADER, BUYER); implied for the others" }) population?: string;
  @Field(() => String, { nullable: true }) description?: string;
  @Field(() => Int, { nullable: true }) foundedYear?: number;
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
  @Field(() => ID, { nullable: true }) id?: string;
  @Field(() => String, { nullable: true }) externalId?: string;
  @Field(() => String, { nullable: true }) source?: string;
}

@InputType({ description: "A relationship between two actors; set `until` to end it (history is kept)" })
export class SyncRelationshipInput {
  @Field(() => SyncRelationshipTypeEnum) type!: string;
  @Field(() => SyncEndInput) from!: SyncEndInput;
  @Field(() => SyncEndInput) to!: SyncEndInput;
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
  @Field(() => String) key!: string;
  @Field(() => String, {
    description: "CREATED, UPDATED, UNCHANGED, REJECTED, or UNKNOWN (the connection was lost while its batch was committed: run the same sync again)",
  })
  outcome!: string;
  @Field(() => String, { nullable: true, description: "Why the record was rejected, or why its outcome is unknown" }) reason?: string;
  @Field(() => ID, { nullable: true }) id?: string;
}

@ObjectType()
export class OutcomeCounts {
  @Field(() => Int) CREATED!: number;
  @Field(() => Int) UPDATED!: number;
  @Field(() => Int) UNCHANGED!: number;
  @Field(() => Int) REJECTED!: number;
  @Field(() => Int, { description: "Records whose batch was being committed when the connection to Neo4j was lost: run the same sync again" })
  UNKNOWN!: number;
}

@ObjectType({ description: "One write transaction of a sync" })
export class BatchReport {
  @Field(() => String) kind!: string;
  @Field(() => Int) index!: number;
  @Field(() => Int) records!: number;
  @Field(() => Boolean, {
    nullable: true,
    description: "true: committed; false: not written; null: the connection was lost during the commit, so whether it committed is unknown",
  })
  committed!: boolean | null;
}

@ObjectType({ description: "The outcome of a sync, record by record" })
export class SyncReport {
  @Field(() => String) source!: string;
  @Field(() => Boolean) dryRun!: boolean;
  @Field(() => Boolean, { description: "false when a batch failed: earlier batches are committed; run the same sync again" }) complete!: boolean;
  @Field(() => OutcomeCounts) counts!: OutcomeCounts;
  @Field(() => [RecordOutcome]) outcomes!: RecordOutcome[];
  @Field(() => [BatchReport]) batches!: BatchReport[];
}

@ObjectType({ description: "A changed actor, or a relationship written by a sync" })
export class Change {
  @Field(() => String) cursor!: string;
  @Field(() => String, { description: "ACTOR or RELATIONSHIP" }) kind!: string;
  @Field(() => ID) id!: string;
  @Field(() => String, { description: "The actor's label or the relationship's type" }) type!: string;
  @Field(() => String) changedAt!: string;
  @Field(() => String, { nullable: true }) source!: string | null;
  @Field(() => String, { nullable: true }) externalId!: string | null;
  @Field(() => ID, { nullable: true }) fromId!: string | null;
  @Field(() => ID, { nullable: true }) toId!: string | null;
  @Field(() => Boolean, { description: "A retired actor, or a relationship with an until" }) ended!: boolean;
}

@ObjectType()
export class ChangePage {
  @Field(() => [Change]) changes!: Change[];
  @Field(() => String, { nullable: true, description: "Pass as `after` next time" }) endCursor!: string | null;
  @Field(() => Boolean) hasNextPage!: boolean;
}
