import type { Database, NamedQuery, QueryObserver } from "../db/database";
import type { ServiceCategory } from "../domain";
import type { ChainService } from "../metrics/chain.service";
import type { HealthService } from "../metrics/health.service";

/** A chain's completeness among a platform's members on one day. */
export interface ChainFigures {
  readonly chain: { readonly id: string; readonly name: string };
  readonly coverage: number;
  readonly depth: number;
  readonly linkContinuity: number;
  /** Stages below their threshold θ. */
  readonly gaps: number;
}

export interface CoverageFigures {
  readonly category: ServiceCategory;
  readonly selfImprovement: boolean;
  readonly servedMembers: number;
  readonly share: number;
  /** Keystone dependence for the category: share of members that lose every path to it without the platform. */
  readonly lostWithoutPlatform: number;
}

/**
 * The figures one platform's ecosystem is followed and compared by (issue 14: trends and side by
 * side), all from the same services as `ecosystemHealth` and `chainCompleteness` with the same
 * `asOf`, so a point of a trend equals those answers for its day.
 */
export interface EcosystemFigures {
  readonly platform: { readonly id: string; readonly name: string };
  /** "YYYY-MM-DD"; null for today. */
  readonly asOf: string | null;
  readonly scope: string;
  readonly activeMembers: number;
  /** Shannon H' over populations (providers per category). */
  readonly diversity: number;
  /** Pielou J'. */
  readonly evenness: number;
  /** HHI (0..1) of supply volume among supplying members. */
  readonly supplyHhi: number;
  /** HHI (0..1) of services to members among providers. */
  readonly serviceHhi: number;
  /** Share of members that fall out of the largest component without the platform. */
  readonly keystoneFallOutShare: number;
  /** Every category, the five self-improvement services first. */
  readonly serviceCoverage: readonly CoverageFigures[];
  /** The chains the platform's members (at any time) work in, by name. */
  readonly chains: readonly ChainFigures[];
}

/** Chains with a stage that some member of the platform, past or present, works in. */
export const CHAINS_OF_PLATFORM: NamedQuery = {
  name: "analysis.chainsOfPlatform",
  cypher: `
    MATCH (:Platform {id: $platformId})<-[:MEMBER_OF]-(:Firm)-[:OPERATES_IN]->(:ChainStage)<-[:HAS_STAGE]-(c:IndustrialChain)
    RETURN DISTINCT c.id AS id, c.name AS name
    ORDER BY name, id`,
};

/** Reads the chains a platform's figures cover; one list for every day of a trend, so lines continue. */
export async function chainsOfPlatform(db: Database, platformId: string, observe?: QueryObserver) {
  return db.read<{ id: string; name: string }>(CHAINS_OF_PLATFORM, { platformId }, observe);
}

/** The figures of one platform's ecosystem on a day (null: today). */
export async function ecosystemFigures(
  services: { readonly health: HealthService; readonly chains: ChainService },
  platformId: string,
  chains: ReadonlyArray<{ id: string; name: string }>,
  asOf: string | null,
  observe?: QueryObserver,
): Promise<EcosystemFigures> {
  const health = await services.health.ecosystemHealth(platformId, observe, asOf ?? undefined);
  const lost = new Map(health.keystoneDependence.categories.map((c) => [c.category, c.lostShare]));
  const chainFigures: ChainFigures[] = [];
  for (const chain of chains) {
    const report = await services.chains.completeness(chain.id, { platformId, asOf: asOf ?? undefined }, observe);
    chainFigures.push({
      chain,
      coverage: report.coverage,
      depth: report.depth,
      linkContinuity: report.linkContinuity,
      gaps: report.gaps.length,
    });
  }
  return {
    platform: health.platform,
    asOf,
    scope: health.scope,
    activeMembers: health.activeMembers,
    diversity: health.populationBalance.diversity,
    evenness: health.populationBalance.evenness,
    supplyHhi: health.supplyConcentration.hhi,
    serviceHhi: health.serviceConcentration.hhi,
    keystoneFallOutShare: health.keystoneDependence.largestComponent.fallOutShare,
    serviceCoverage: health.serviceCoverage.map((c) => ({
      category: c.category,
      selfImprovement: c.selfImprovement,
      servedMembers: c.servedMembers,
      share: c.share,
      lostWithoutPlatform: lost.get(c.category) ?? 0,
    })),
    chains: chainFigures,
  };
}
