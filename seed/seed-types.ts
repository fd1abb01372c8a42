/**
 * The shape of Ecograph's sample data. The data itself (`ecosystems.ts`) is plain values; the
 * loader (`load-seed.ts`) turns it into import records and writes them through the sync service,
 * keyed by (`SEED_SOURCE`, `key`), so loading it twice changes nothing (every record UNCHANGED).
 */

/** Provenance of every seeded node and relationship. */
export const SEED_SOURCE = "ecograph-seed";

export type ActorLabel = "Platform" | "Firm" | "ServiceProvider" | "GovernmentAgency";
export type SeedLabel = ActorLabel | "Region" | "IndustrialChain" | "ChainStage";

export type Population =
  | "CORE_PLATFORM"
  | "MANUFACTURER"
  | "TRADER"
  | "BUYER"
  | "SERVICE_PROVIDER"
  | "GOVERNMENT";

export type ServiceCategory =
  | "FINANCING"
  | "INDUSTRIAL_RESEARCH"
  | "PROFESSIONAL_SUPPORT"
  | "LEGAL"
  | "BRANDING"
  | "LOGISTICS"
  | "IT"
  | "MARKETING"
  | "CERTIFICATION"
  | "TRAINING";

/** Property values a seeded node or relationship may carry (dates as "YYYY-MM-DD" strings). */
export type SeedValue = string | number | boolean | null | readonly string[];

export interface SeedNode {
  readonly label: SeedLabel;
  /** Stable key within the seed, stored as `externalId`; also the source of the node's `id`. */
  readonly key: string;
  /**
   * Node properties as in schema/*.graphql (name, population, description, ...), without id,
   * source, externalId, createdAt, updatedAt, which the loader sets. Properties whose names are
   * listed in `DATE_PROPERTIES` are stored as Neo4j dates.
   */
  readonly props: Readonly<Record<string, SeedValue>>;
}

export type SeedRelationshipType =
  | "MEMBER_OF"
  | "SUPPLIES"
  | "OPERATES_IN"
  | "SERVES"
  | "PARTNERS_WITH"
  | "SUPPORTS"
  | "LOCATED_IN"
  | "PART_OF"
  | "HAS_STAGE"
  | "FEEDS"
  | "ANCHORED_IN";

export interface SeedRelationship {
  readonly type: SeedRelationshipType;
  /** Key of the start node. */
  readonly from: string;
  /** Key of the end node. */
  readonly to: string;
  /**
   * Relationship properties. For SERVES, `category` is part of the relationship's identity (a
   * provider may serve one firm in several categories); other types have at most one relationship
   * per (from, to).
   */
  readonly props?: Readonly<Record<string, SeedValue>>;
}

export interface SeedData {
  readonly nodes: readonly SeedNode[];
  readonly relationships: readonly SeedRelationship[];
}

/** Properties stored as Neo4j `Date` values (the GraphQL `Date` scalar). */
export const DATE_PROPERTIES = ["since", "until"] as const;

/**
 * Properties stored as Neo4j integers (the GraphQL `Int` fields). The driver sends every
 * JavaScript number as a float, so these are converted explicitly; `weight` and `volume` stay
 * floats even when whole.
 */
export const INTEGER_PROPERTIES = ["foundedYear", "employees", "position", "minFirms"] as const;
