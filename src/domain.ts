/**
 * Domain vocabulary shared by services (no GraphQL imports here). The values match the enums of
 * schema/actors.graphql; the GraphQL layer registers them for the code-first resolvers.
 */

export enum ServiceCategory {
  FINANCING = "FINANCING",
  INDUSTRIAL_RESEARCH = "INDUSTRIAL_RESEARCH",
  PROFESSIONAL_SUPPORT = "PROFESSIONAL_SUPPORT",
  LEGAL = "LEGAL",
  BRANDING = "BRANDING",
  LOGISTICS = "LOGISTICS",
  IT = "IT",
  MARKETING = "MARKETING",
  CERTIFICATION = "CERTIFICATION",
  TRAINING = "TRAINING",
}

/** The thesis' five self-improvement services, listed first in every per-category result. */
export const SELF_IMPROVEMENT_SERVICES: readonly ServiceCategory[] = [
  ServiceCategory.FINANCING,
  ServiceCategory.INDUSTRIAL_RESEARCH,
  ServiceCategory.PROFESSIONAL_SUPPORT,
  ServiceCategory.LEGAL,
  ServiceCategory.BRANDING,
];

/** Every category, the self-improvement services first, then the others in declaration order. */
export const SERVICE_CATEGORIES: readonly ServiceCategory[] = Object.values(ServiceCategory);
