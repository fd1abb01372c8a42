import type { Database, NamedQuery, QueryObserver } from "../db/database";
import type { ServiceCategory } from "../domain";
import { NotFoundError } from "../errors";
import {
  herfindahlIndex,
  membershipDynamics,
  serviceCoverage,
  shannonDiversity,
  type CategoryCoverage,
  type HerfindahlIndex,
  type KeystoneDependence,
  type MembershipDynamics,
} from "./algorithms/ecosystem-health";
import { DEFAULT_SELECTION } from "./graph-reader";
import type { MetricsService } from "./metrics.service";

/** Shannon's H' (`diversity`) and Pielou's J' (`evenness`) over S populations. */
export interface PopulationBalance {
  readonly diversity: number;
  readonly evenness: number;
  readonly populations: number;
  /** Largest population first. */
  readonly counts: ReadonlyArray<{ readonly population: string; readonly count: number }>;
}

export interface EcosystemHealth {
  readonly platform: { readonly id: string; readonly name: string };
  readonly activeMembers: number;
  /** Diversity over populations, service providers counted once per category they offer. */
  readonly populationBalance: PopulationBalance;
  /** Concentration of active supply volume among the member firms that supply. */
  readonly supplyConcentration: HerfindahlIndex;
  /** Concentration of active services to members among the providers that deliver them. */
  readonly serviceConcentration: HerfindahlIndex;
  readonly serviceCoverage: readonly CategoryCoverage[];
  readonly keystoneDependence: KeystoneDependence;
  readonly membership: MembershipDynamics;
}

export const PLATFORM_FACTS: NamedQuery = {
  name: "health.platformFacts",
  cypher: `
    MATCH (p:Platform {id: $platformId})
    CALL (p) {
      OPTIONAL MATCH (p)<-[m:MEMBER_OF]-(f:Firm)
      RETURN collect(CASE WHEN f IS NULL THEN null ELSE
        {firmId: f.id, since: toString(m.since), until: toString(m.until)} END) AS memberships
    }
    RETURN p.name AS name, memberships`,
};

export const MEMBER_ACTIVITY: NamedQuery = {
  name: "health.memberActivity",
  cypher: `
    UNWIND $memberIds AS memberId
    MATCH (f:Firm {id: memberId})
    CALL (f) {
      OPTIONAL MATCH (f)-[s:SUPPLIES]->(:Firm)
      WHERE s.until IS NULL
      RETURN sum(coalesce(s.volume, 0)) AS suppliedVolume
    }
    CALL (f) {
      OPTIONAL MATCH (f)<-[r:SERVES]-(sp:ServiceProvider)
      WHERE r.until IS NULL
      RETURN collect(CASE WHEN sp IS NULL THEN null ELSE {providerId: sp.id, category: r.category} END) AS services
    }
    RETURN f.id AS firmId, suppliedVolume, services`,
};

export const ACTOR_CATEGORIES: NamedQuery = {
  name: "health.actorCategories",
  cypher: `
    UNWIND $ids AS id
    MATCH (n:Actor {id: id})
    RETURN n.population AS population, n.categories AS categories`,
};

/** Coordination and health of one platform's ecosystem (DESIGN.md, "Metrics — Coordination and health"). */
export class HealthService {
  constructor(
    private readonly db: Database,
    private readonly metrics: MetricsService,
  ) {}

  async ecosystemHealth(platformId: string, observe?: QueryObserver): Promise<EcosystemHealth> {
    const [facts] = await this.db.read<{
      name: string;
      memberships: Array<{ firmId: string; since: string | null; until: string | null }>;
    }>(PLATFORM_FACTS, { platformId }, observe);
    if (!facts) {
      throw new NotFoundError(`No platform has the id ${JSON.stringify(platformId)}. List them with { platforms { id name } }.`);
    }
    const memberIds = [...new Set(facts.memberships.filter((m) => m.until === null).map((m) => m.firmId))];
    const activity = await this.db.read<{
      firmId: string;
      suppliedVolume: number;
      services: Array<{ providerId: string; category: ServiceCategory }>;
    }>(MEMBER_ACTIVITY, { memberIds }, observe);

    const graph = await this.metrics.graph({ ...DEFAULT_SELECTION, scope: { platformId } }, observe);
    const actors = await this.db.read<{ population: string | null; categories: string[] | null }>(
      ACTOR_CATEGORIES,
      { ids: graph.nodes() },
      observe,
    );

    const populationCounts: Record<string, number> = {};
    for (const actor of actors) {
      const groups =
        actor.population === "SERVICE_PROVIDER" && actor.categories?.length
          ? actor.categories.map((category) => `SERVICE_PROVIDER:${category}`)
          : [actor.population ?? "UNKNOWN"];
      for (const group of groups) populationCounts[group] = (populationCounts[group] ?? 0) + 1;
    }

    const servicesByProvider = new Map<string, number>();
    const providersByCategory: Partial<Record<ServiceCategory, string[]>> = {};
    const servedBy = activity.flatMap((row) =>
      row.services.map((service) => {
        servicesByProvider.set(service.providerId, (servicesByProvider.get(service.providerId) ?? 0) + 1);
        (providersByCategory[service.category] ??= []).push(service.providerId);
        return { firmId: row.firmId, category: service.category };
      }),
    );

    return {
      platform: { id: platformId, name: facts.name },
      activeMembers: memberIds.length,
      populationBalance: populationBalance(populationCounts),
      supplyConcentration: herfindahlIndex(activity.map((row) => row.suppliedVolume).filter((v) => v > 0)),
      serviceConcentration: herfindahlIndex([...servicesByProvider.values()]),
      serviceCoverage: serviceCoverage(memberIds, servedBy),
      keystoneDependence: await this.metrics.inWorker("keystoneDependence", { graph: graph.shared, platformId, memberIds, providersByCategory }),
      membership: membershipDynamics(facts.memberships),
    };
  }
}

function populationBalance(counts: Record<string, number>): PopulationBalance {
  const { H, J, S } = shannonDiversity(counts);
  return {
    diversity: H,
    evenness: J,
    populations: S,
    counts: Object.entries(counts)
      .map(([population, count]) => ({ population, count }))
      .sort((a, b) => b.count - a.count || a.population.localeCompare(b.population)),
  };
}
