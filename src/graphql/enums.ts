import { registerEnumType } from "type-graphql";
import { ServiceCategory } from "../domain";

/**
 * Registers the domain enums for the code-first resolvers under the same names and values as the
 * SDL in schema/, so the merged schema has one `ServiceCategory`.
 */
registerEnumType(ServiceCategory, {
  name: "ServiceCategory",
  description: "The services around a platform; the first five are the thesis' self-improvement services",
});

export { ServiceCategory };

/** Same names and values as the enums in schema/actors.graphql, for code-first inputs. */
export const Population = {
  CORE_PLATFORM: "CORE_PLATFORM",
  MANUFACTURER: "MANUFACTURER",
  TRADER: "TRADER",
  BUYER: "BUYER",
  SERVICE_PROVIDER: "SERVICE_PROVIDER",
  GOVERNMENT: "GOVERNMENT",
} as const;
registerEnumType(Population, { name: "Population" });

export const FirmSize = { MICRO: "MICRO", SMALL: "SMALL", MEDIUM: "MEDIUM", LARGE: "LARGE" } as const;
registerEnumType(FirmSize, { name: "FirmSize" });

export const AgencyKind = {
  LOCAL_GOVERNMENT: "LOCAL_GOVERNMENT",
  INDUSTRIAL_PARK: "INDUSTRIAL_PARK",
  INDUSTRY_ASSOCIATION: "INDUSTRY_ASSOCIATION",
} as const;
registerEnumType(AgencyKind, { name: "AgencyKind" });

/** What each actor relationship type means, for the enums that name them (metrics, sync, graph). */
export const RELATIONSHIP_TYPE_DESCRIPTIONS = {
  MEMBER_OF: { description: "A firm's membership of a platform (Firm → Platform)" },
  SUPPLIES: { description: "Trade between firms (Firm → Firm), weighted by volume" },
  SERVES: { description: "A service delivered (ServiceProvider → Firm)" },
  PARTNERS_WITH: { description: "A provider is part of a platform's offer (ServiceProvider → Platform)" },
  SUPPORTS: { description: "Public support (GovernmentAgency → Platform or IndustrialChain)" },
  LOCATED_IN: { description: "Where an actor is (any actor → Region)" },
  OPERATES_IN: { description: "A firm works in a stage of an industrial chain (Firm → ChainStage)" },
} as const;

/** What each actor label means, for the enums that name them. */
export const ACTOR_LABEL_DESCRIPTIONS = {
  Platform: { description: "A core B2B platform" },
  Firm: { description: "A corporate customer: manufacturer, trader or buyer" },
  ServiceProvider: { description: "A provider of services to firms" },
  GovernmentAgency: { description: "Local government, an industrial park administration or an industry association" },
} as const;
