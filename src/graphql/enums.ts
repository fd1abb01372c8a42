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
