import type { Database, NamedQuery, QueryObserver } from "../db/database";
import type { ServiceCategory } from "../domain";
import { parseCalendarDate } from "../calendar-date";
import { NotFoundError } from "../errors";
import { activeAt, existedAt } from "./as-of";
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
  /** The day measured ("YYYY-MM-DD"); null for today. */
  readonly asOf: string | null;
  /** The scope in words, e.g. "the ecosystem of Diyiqiang Group as of 2020-06-30". */
  readonly scope: string;
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

/**
 * The platform and its memberships as they stood on `$asOf` (as-of.ts): memberships begun by
 * then, each `active` by the one rule, and an `until` that had not yet come shown as null, so
 * the membership history ends on that day.
 */
export const PLATFORM_FACTS: NamedQuery = {
  name: "health.platformFacts",
  cypher: `
    MATCH (p:Platform {id: $platformId})
    CALL (p) {
      OPTIONAL MATCH (p)<-[m:MEMBER_OF]-(f:Firm)
      WHERE $asOf IS NULL OR (coalesce(m.since <= date($asOf), true) AND ${existedAt("f")})
      RETURN collect(CASE WHEN f IS NULL THEN null ELSE
        {firmId: f.id, since: toString(m.since), active: ${activeAt("m")} AND ${existedAt("f")},
         until: CASE WHEN ${activeAt("m")} THEN null ELSE toString(m.until) END} END) AS memberships
    }
    RETURN p.name AS name, memberships`,
};

export const MEMBER_ACTIVITY: NamedQuery = {
  name: "health.memberActivity",
  cypher: `
    UNWIND $memberIds AS memberId
    MATCH (f:Firm {id: memberId})
    CALL (f) {
      OPTIONAL MATCH (f)-[s:SUPPLIES]->(buyer:Firm)
      WHERE ${activeAt("s")} AND ${existedAt("buyer")}
      RETURN sum(coalesce(s.volume, 0)) AS suppliedVolume
    }
    CALL (f) {
      OPTIONAL MATCH (f)<-[r:SERVES]-(sp:ServiceProvider)
      WHERE ${activeAt("r")} AND ${existedAt("sp")}
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

  /** @param asOf "YYYY-MM-DD" for the ecosystem as it stood that day (as-of.ts); absent for today. */
  async ecosystemHealth(platformId: string, observe?: QueryObserver, asOf?: string): Promise<EcosystemHealth> {
    const day = asOf === undefined ? null : parseCalendarDate(asOf, "asOf");
    const [facts] = await this.db.read<{
      name: string;
      memberships: Array<{ firmId: string; since: string | null; until: string | null; active: boolean }>;
    }>(PLATFORM_FACTS, { platformId, asOf: day }, observe);
    if (!facts) {
      throw new NotFoundError(`No platform has the id ${JSON.stringify(platformId)}. List them with { platforms { id name } }.`);
    }
    const memberIds = [...new Set(facts.memberships.filter((m) => m.active).map((m) => m.firmId))];
    const activity = await this.db.read<{
      firmId: string;
      suppliedVolume: number;
      services: Array<{ providerId: string; category: ServiceCategory }>;
    }>(MEMBER_ACTIVITY, { memberIds, asOf: day }, observe);

    const graph = await this.metrics.graph(
      { ...DEFAULT_SELECTION, scope: { platformId, ...(day === null ? {} : { asOf: day }) } },
      observe,
    );
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
      asOf: day,
      scope: `the ecosystem of ${facts.name}${day === null ? ", today" : ` as of ${day}`}`,
      activeMembers: memberIds.length,
      populationBalance: populationBalance(populationCounts),
      supplyConcentration: herfindahlIndex(activity.map((row) => row.suppliedVolume).filter((v) => v > 0)),
      serviceConcentration: herfindahlIndex([...servicesByProvider.values()]),
      serviceCoverage: serviceCoverage(memberIds, servedBy),
      keystoneDependence: await this.metrics.inWorker("keystoneDependence", { graph: graph.shared, platformId, memberIds, providersByCategory }),
      membership: membershipDynamics(
        facts.memberships.map(({ firmId, since, until }) => ({ firmId, since, until })),
        day === null ? {} : { toYear: Number(day.slice(0, 4)) },
      ),
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
