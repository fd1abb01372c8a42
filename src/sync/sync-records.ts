import { isCalendarDate } from "../calendar-date";
import { SERVICE_CATEGORIES } from "../domain";

/**
 * The records integrators sync, and their validation. Everything a record may carry is listed
 * here; a field that is not listed is an error, never silently ignored. Messages name the record
 * (its position and key) and the field.
 */

export const ACTOR_LABELS = ["Platform", "Firm", "ServiceProvider", "GovernmentAgency"] as const;
export type ActorLabel = (typeof ACTOR_LABELS)[number];

/** The labels of the structure of an ecosystem: places and industrial chains. */
export const STRUCTURE_LABELS = ["Region", "IndustrialChain", "ChainStage"] as const;
export type StructureLabel = (typeof STRUCTURE_LABELS)[number];
/** A label a relationship end may need; `Actor` is any of the four actor labels. */
export type EndLabel = ActorLabel | StructureLabel | "Actor";

/** The relationship types a sync writes, with the labels of their ends (`to`: any of the list). */
export const SYNC_RELATIONSHIP_TYPES = {
  MEMBER_OF: { from: "Firm", to: ["Platform"] },
  SUPPLIES: { from: "Firm", to: ["Firm"] },
  SERVES: { from: "ServiceProvider", to: ["Firm"] },
  PARTNERS_WITH: { from: "ServiceProvider", to: ["Platform"] },
  SUPPORTS: { from: "GovernmentAgency", to: ["Platform", "IndustrialChain"] },
  LOCATED_IN: { from: "Actor", to: ["Region"] },
  OPERATES_IN: { from: "Firm", to: ["ChainStage"] },
} as const satisfies Record<string, { from: EndLabel; to: readonly EndLabel[] }>;
export type SyncRelationshipType = keyof typeof SYNC_RELATIONSHIP_TYPES;

/** Whether a node of `label` may stand where `expected` is required. */
export function fitsLabel(label: string, expected: EndLabel): boolean {
  return label === expected || (expected === "Actor" && (ACTOR_LABELS as readonly string[]).includes(label));
}

/** Region levels from the top; a region's parent must be of a level above its own. */
export const REGION_LEVELS = ["COUNTRY", "PROVINCE", "CITY", "DISTRICT"] as const;

/**
 * A structure record (region, chain or stage): its key, its properties, and the one node it is
 * linked to (a region's parent, a chain's home region, a stage's chain). `link` undefined leaves
 * the stored link as it is, null removes it.
 */
export interface StructureRecord {
  readonly label: StructureLabel;
  readonly externalId: string;
  readonly props: Readonly<Record<string, unknown>>;
  readonly link: EndRef | null | undefined;
  readonly retired: boolean | undefined;
}

export interface ActorRecord {
  readonly label: ActorLabel;
  readonly externalId: string;
  /** Properties to store (null removes a property). */
  readonly props: Readonly<Record<string, unknown>>;
  /** true retires the actor (sets retiredAt), false brings it back; undefined leaves it. */
  readonly retired: boolean | undefined;
}

/** One end of a relationship: an Ecograph id, or a (source, externalId) key. */
export type EndRef = { readonly id: string } | { readonly source: string; readonly externalId: string };

export interface RelationshipRecord {
  readonly type: SyncRelationshipType;
  readonly from: EndRef;
  readonly to: EndRef;
  /** The relationship's own key (unique per source and type); without it, (type, from, to) is the key. */
  readonly externalId: string | undefined;
  readonly props: Readonly<Record<string, unknown>>;
}

export type Validated<T> = { readonly ok: T } | { readonly reason: string };

type FieldKind = "string" | "text" | "int" | "float" | "date" | "boolean" | { enum: readonly string[] } | "categories";
interface FieldSpec {
  readonly kind: FieldKind;
  readonly required?: boolean;
  readonly min?: number;
  readonly max?: number;
  /** The number must be above min (min itself refused). */
  readonly aboveMin?: boolean;
}

const POPULATIONS_BY_LABEL: Record<ActorLabel, readonly string[]> = {
  Platform: ["CORE_PLATFORM"],
  Firm: ["MANUFACTURER", "TRADER", "BUYER"],
  ServiceProvider: ["SERVICE_PROVIDER"],
  GovernmentAgency: ["GOVERNMENT"],
};

/** The name in the ecosystem's own language (e.g. Chinese), searched like `name`. */
const LOCAL_NAME: FieldSpec = { kind: "string" };

const COMMON_ACTOR_FIELDS: Record<string, FieldSpec> = {
  name: { kind: "string", required: true },
  localName: LOCAL_NAME,
  description: { kind: "text" },
  foundedYear: { kind: "int", min: 1000, max: 2100 },
};

const ACTOR_FIELDS: Record<ActorLabel, Record<string, FieldSpec>> = {
  Platform: { ...COMMON_ACTOR_FIELDS, website: { kind: "string" }, model: { kind: "text" } },
  Firm: {
    ...COMMON_ACTOR_FIELDS,
    size: { kind: { enum: ["MICRO", "SMALL", "MEDIUM", "LARGE"] } },
    industry: { kind: "string" },
    employees: { kind: "int", min: 0, max: 10_000_000 },
  },
  ServiceProvider: { ...COMMON_ACTOR_FIELDS, categories: { kind: "categories", required: true } },
  GovernmentAgency: {
    ...COMMON_ACTOR_FIELDS,
    kind: { kind: { enum: ["LOCAL_GOVERNMENT", "INDUSTRIAL_PARK", "INDUSTRY_ASSOCIATION"] }, required: true },
  },
};

const RELATIONSHIP_FIELDS: Record<SyncRelationshipType, Record<string, FieldSpec>> = {
  MEMBER_OF: { since: { kind: "date" }, until: { kind: "date" }, tier: { kind: "string" } },
  SUPPLIES: { since: { kind: "date" }, until: { kind: "date" }, volume: { kind: "float", min: 0 } },
  SERVES: { since: { kind: "date" }, until: { kind: "date" }, category: { kind: { enum: SERVICE_CATEGORIES } as FieldKind, required: true } },
  PARTNERS_WITH: { since: { kind: "date" }, until: { kind: "date" } },
  SUPPORTS: { since: { kind: "date" }, policy: { kind: "text" } },
  LOCATED_IN: {},
  OPERATES_IN: { since: { kind: "date" }, until: { kind: "date" } },
};

/** Per structure label: its fields, and the field that names its link (and the label linked to). */
const STRUCTURE_FIELDS: Record<StructureLabel, { fields: Record<string, FieldSpec>; link: { field: string; label: StructureLabel; required: boolean } }> = {
  Region: {
    fields: { name: { kind: "string", required: true }, localName: LOCAL_NAME, level: { kind: { enum: REGION_LEVELS }, required: true }, code: { kind: "string" } },
    link: { field: "parent", label: "Region", required: false },
  },
  IndustrialChain: {
    fields: { name: { kind: "string", required: true }, localName: LOCAL_NAME, industry: { kind: "string" }, description: { kind: "text" } },
    link: { field: "region", label: "Region", required: false },
  },
  ChainStage: {
    fields: {
      name: { kind: "string", required: true },
      localName: LOCAL_NAME,
      position: { kind: "int", required: true, min: 1, max: 1000 },
      weight: { kind: "float", required: true, min: 0, aboveMin: true, max: 1_000_000 },
      minFirms: { kind: "int", required: true, min: 1, max: 1_000_000 },
    },
    link: { field: "chain", label: "IndustrialChain", required: true },
  },
};

/** The property fields a record of this actor label, structure label or relationship type carries (for the export). */
export function recordFieldsOf(labelOrType: string): readonly string[] {
  if (labelOrType in ACTOR_FIELDS) return ["population", ...Object.keys(ACTOR_FIELDS[labelOrType as ActorLabel])];
  if (labelOrType in STRUCTURE_FIELDS) return Object.keys(STRUCTURE_FIELDS[labelOrType as StructureLabel].fields);
  if (labelOrType in RELATIONSHIP_FIELDS) return Object.keys(RELATIONSHIP_FIELDS[labelOrType as SyncRelationshipType]);
  throw new Error(`No record fields for ${labelOrType}`);
}

/** The field of a structure record that names the node it is linked to. */
export function linkFieldOf(label: StructureLabel): { field: string; label: StructureLabel; required: boolean } {
  return STRUCTURE_FIELDS[label].link;
}

const MAX_STRING = 500;
const MAX_TEXT = 10_000;
const MAX_KEY = 200;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

class RecordError extends Error {}

/**
 * Validates one actor record. `fromText` accepts numbers and booleans written as text (CSV).
 * Accepted fields: label, externalId, population, retired, and those of ACTOR_FIELDS[label].
 */
export function validateActor(raw: unknown, fromText = false): Validated<ActorRecord> {
  try {
    const record = asObject(raw);
    const label = requireEnum(record, "label", ACTOR_LABELS);
    const externalId = requireKey(record, "externalId");
    const fields = ACTOR_FIELDS[label];
    rejectUnknown(record, ["label", "externalId", "population", "retired", ...Object.keys(fields)]);

    const allowed = POPULATIONS_BY_LABEL[label];
    const population = record.population === undefined || record.population === "" ? (allowed.length === 1 ? allowed[0] : undefined) : record.population;
    if (typeof population !== "string" || !allowed.includes(population)) {
      throw new RecordError(
        population === undefined
          ? `population is required for a ${label}: one of ${allowed.join(", ")}`
          : `population of a ${label} must be one of ${allowed.join(", ")}, but got: ${JSON.stringify(population)}`,
      );
    }
    const props: Record<string, unknown> = { population };
    for (const [name, spec] of Object.entries(fields)) {
      const value = readField(record, name, spec, fromText);
      if (value !== undefined) props[name] = value;
    }
    const retired = readField(record, "retired", { kind: "boolean" }, fromText) as boolean | null | undefined;
    return { ok: { label, externalId, props, retired: retired ?? undefined } };
  } catch (error) {
    if (error instanceof RecordError) return { reason: error.message };
    throw error;
  }
}

/**
 * Validates one relationship record: `type`, `from` and `to` (each `{ id }` or
 * `{ externalId, source? }`, the source defaulting to the sync's), and the type's properties.
 */
export function validateRelationship(raw: unknown, source: string, fromText = false): Validated<RelationshipRecord> {
  try {
    const record = asObject(raw);
    const type = requireEnum(record, "type", Object.keys(SYNC_RELATIONSHIP_TYPES) as SyncRelationshipType[]);
    const fields = RELATIONSHIP_FIELDS[type];
    rejectUnknown(record, ["type", "externalId", "from", "to", ...Object.keys(fields)]);
    const externalId = record.externalId === undefined || record.externalId === null || record.externalId === "" ? undefined : requireKey(record, "externalId");
    const from = endRef(record.from, "from", source);
    const to = endRef(record.to, "to", source);
    const props: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(fields)) {
      const value = readField(record, name, spec, fromText);
      if (value !== undefined) props[name] = value;
    }
    if (typeof props.since === "string" && typeof props.until === "string" && props.until < props.since) {
      throw new RecordError(`until (${props.until}) must not be before since (${props.since})`);
    }
    return { ok: { type, from, to, externalId, props } };
  } catch (error) {
    if (error instanceof RecordError) return { reason: error.message };
    throw error;
  }
}

/**
 * Validates one structure record of `label`: externalId, its fields, its link (`parent` of a
 * region, `region` of a chain, `chain` of a stage: `{ externalId, source? }` or `{ id }`) and
 * `retired`. What needs the graph (the link exists, levels, positions) is checked by the sync.
 */
export function validateStructure(label: StructureLabel, raw: unknown, source: string, fromText = false): Validated<StructureRecord> {
  try {
    const record = asObject(raw);
    const externalId = requireKey(record, "externalId");
    const { fields, link } = STRUCTURE_FIELDS[label];
    rejectUnknown(record, ["externalId", link.field, "retired", ...Object.keys(fields)]);
    const props: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(fields)) {
      const value = readField(record, name, spec, fromText);
      if (value !== undefined) props[name] = value;
    }
    const rawLink = record[link.field];
    let linked: EndRef | null | undefined;
    if (rawLink === undefined || (fromText && rawLink === "")) {
      if (link.required) throw new RecordError(`${link.field} is required: { externalId, source? } or { id } of its ${link.label}`);
      linked = undefined;
    } else if (rawLink === null) {
      if (link.required) throw new RecordError(`${link.field} is required and cannot be null`);
      linked = null;
    } else {
      linked = endRef(rawLink, link.field, source, link.label);
    }
    const retired = readField(record, "retired", { kind: "boolean" }, fromText) as boolean | null | undefined;
    return { ok: { label, externalId, props, link: linked, retired: retired ?? undefined } };
  } catch (error) {
    if (error instanceof RecordError) return { reason: error.message };
    throw error;
  }
}

/** A short, stable description of a relationship's ends, for outcomes and messages. */
export function describeEnd(end: EndRef): string {
  return "id" in end ? `id ${end.id}` : `${end.source}/${end.externalId}`;
}

function asObject(raw: unknown): Record<string, unknown> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new RecordError(`a record must be an object, but got: ${raw === null ? "null" : Array.isArray(raw) ? "an array" : typeof raw}`);
  }
  return raw as Record<string, unknown>;
}

function rejectUnknown(record: Record<string, unknown>, accepted: readonly string[]): void {
  const unknown = Object.keys(record).filter((key) => !accepted.includes(key) && record[key] !== undefined);
  if (unknown.length > 0) {
    throw new RecordError(`unknown field${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}; accepted: ${accepted.join(", ")}`);
  }
}

function requireEnum<T extends string>(record: Record<string, unknown>, field: string, values: readonly T[]): T {
  const value = record[field];
  if (typeof value !== "string" || !(values as readonly string[]).includes(value)) {
    throw new RecordError(`${field} must be one of ${values.join(", ")}, but got: ${value === undefined ? "nothing" : JSON.stringify(value)}`);
  }
  return value as T;
}

function requireKey(record: Record<string, unknown>, field: string): string {
  const value = record[field];
  if (typeof value !== "string" || value.trim() === "" || value.length > MAX_KEY) {
    throw new RecordError(`${field} must be a non-empty string of at most ${MAX_KEY} characters, but got: ${value === undefined ? "nothing" : JSON.stringify(value)}`);
  }
  return value;
}

function endRef(raw: unknown, field: string, source: string, what = "actor"): EndRef {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    throw new RecordError(`${field} must be an object { externalId, source? } or { id }, but got: ${JSON.stringify(raw) ?? "nothing"}`);
  }
  const ref = raw as Record<string, unknown>;
  const present = (key: string) => ref[key] !== undefined && ref[key] !== "";
  const extra = Object.keys(ref).filter((key) => !["id", "externalId", "source"].includes(key));
  if (extra.length > 0) throw new RecordError(`${field} has unknown field(s) ${extra.join(", ")}; accepted: id, externalId, source`);
  if (present("id") && (present("externalId") || present("source"))) {
    throw new RecordError(`${field} must name its ${what} either by id or by externalId (and source), not both`);
  }
  if (present("id")) return { id: requireKey(ref, "id") };
  if (!present("externalId")) throw new RecordError(`${field} must name its ${what} by id or by externalId (and source)`);
  return { externalId: requireKey(ref, "externalId"), source: present("source") ? requireKey(ref, "source") : source };
}

function readField(record: Record<string, unknown>, name: string, spec: FieldSpec, fromText: boolean): unknown {
  let value = record[name];
  if (value === undefined || (fromText && value === "")) {
    if (spec.required) throw new RecordError(`${name} is required`);
    return undefined;
  }
  if (value === null) {
    if (spec.required) throw new RecordError(`${name} is required and cannot be null`);
    return null;
  }
  const kind = spec.kind;
  const bad = (expected: string) =>
    new RecordError(`${name} must be ${expected}, but got: ${JSON.stringify(value)}`);

  if (fromText && typeof value === "string") {
    if (kind === "int" || kind === "float") value = value.trim() === "" ? value : Number(value);
    else if (kind === "boolean") value = value === "true" ? true : value === "false" ? false : value;
    else if (kind === "categories") value = value.split("|").map((c) => c.trim()).filter((c) => c !== "");
  }
  switch (kind) {
    case "string":
    case "text": {
      const max = kind === "string" ? MAX_STRING : MAX_TEXT;
      if (typeof value !== "string" || (spec.required && value.trim() === "") || value.length > max) {
        throw bad(`${spec.required ? "a non-empty" : "a"} string of at most ${max} characters`);
      }
      return value;
    }
    case "int":
    case "float": {
      if (typeof value !== "number" || !Number.isFinite(value) || (kind === "int" && !Number.isInteger(value))) {
        throw bad(kind === "int" ? "a whole number" : "a number");
      }
      if ((spec.min !== undefined && (spec.aboveMin ? value <= spec.min : value < spec.min)) || (spec.max !== undefined && value > spec.max)) {
        throw bad(spec.aboveMin ? `a number above ${spec.min} and at most ${spec.max ?? "∞"}` : `a number from ${spec.min ?? "-∞"} to ${spec.max ?? "∞"}`);
      }
      return value;
    }
    case "boolean":
      if (typeof value !== "boolean") throw bad("true or false");
      return value;
    case "date": {
      // The project's one calendar-date rule (src/calendar-date.ts).
      const match = typeof value === "string" ? DATE.exec(value) : null;
      if (!match || !isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
        throw bad("a calendar date YYYY-MM-DD that exists");
      }
      return value;
    }
    case "categories": {
      if (!Array.isArray(value) || value.length === 0) throw bad(`a non-empty list of ${SERVICE_CATEGORIES.join(", ")}`);
      for (const category of value) {
        if (!(SERVICE_CATEGORIES as readonly unknown[]).includes(category)) {
          throw new RecordError(`categories must be among ${SERVICE_CATEGORIES.join(", ")}, but got: ${JSON.stringify(category)}`);
        }
      }
      return [...new Set(value as string[])].sort();
    }
    default:
      if (typeof value !== "string" || !kind.enum.includes(value)) throw bad(`one of ${kind.enum.join(", ")}`);
      return value;
  }
}
