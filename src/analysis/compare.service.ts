import type { Database, NamedQuery, QueryObserver } from "../db/database";
import type { EcosystemService, PlatformRef } from "../ecosystem/ecosystem.service";
import { parseCalendarDate } from "../calendar-date";
import { InvalidInputError } from "../errors";
import type { ChainService } from "../metrics/chain.service";
import { ECOSYSTEM_ACTORS } from "../metrics/graph-reader";
import type { HealthService } from "../metrics/health.service";
import { chainsOfPlatform, ecosystemFigures, type EcosystemFigures } from "./ecosystem-figures";

/** Most platforms in one comparison. */
export const MAX_COMPARED_PLATFORMS = 10;

export interface SharedActor {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  /** Ids of the compared platforms whose ecosystems the actor is in, in the order asked. */
  readonly platformIds: readonly string[];
}

export interface SharedPopulation {
  readonly population: string;
  readonly count: number;
  /** By name, then id. */
  readonly actors: readonly SharedActor[];
}

export interface EcosystemComparison {
  readonly asOf: string | null;
  /** In the order asked. */
  readonly ecosystems: readonly EcosystemFigures[];
  /** Actors (other than the platforms) in more than one of the compared ecosystems, by population, largest first. */
  readonly shared: readonly SharedPopulation[];
}

export const ACTOR_SUMMARIES: NamedQuery = {
  name: "analysis.actorSummaries",
  cypher: `
    UNWIND $ids AS id
    MATCH (n:Actor {id: id})
    RETURN n.id AS id, n.name AS name, n.population AS population,
           head([l IN labels(n) WHERE l IN ['Platform', 'Firm', 'ServiceProvider', 'GovernmentAgency']]) AS label`,
};

/**
 * Several platforms' ecosystems side by side (issue 14; the thesis compares Diyiqiang, HC360 and
 * Amazon Business): the same figures as a trend's point for each, on one day, and the actors they
 * share. An ecosystem's actors are those of a metric's platform scope (ECOSYSTEM_ACTORS).
 */
export class CompareService {
  constructor(
    private readonly db: Database,
    private readonly ecosystem: EcosystemService,
    private readonly services: { readonly health: HealthService; readonly chains: ChainService },
  ) {}

  async compare(platforms: readonly string[], asOf: string | undefined, observe?: QueryObserver): Promise<EcosystemComparison> {
    if (platforms.length < 2 || platforms.length > MAX_COMPARED_PLATFORMS) {
      throw new InvalidInputError(
        `platforms must name 2 to ${MAX_COMPARED_PLATFORMS} platforms (ids or exact names), but got ${platforms.length}.`,
      );
    }
    const day = asOf === undefined ? null : parseCalendarDate(asOf, "asOf");
    const refs: PlatformRef[] = [];
    for (const platform of platforms) refs.push(await this.ecosystem.findPlatform(platform, observe));
    const repeated = refs.find((ref, i) => refs.findIndex((other) => other.id === ref.id) !== i);
    if (repeated) throw new InvalidInputError(`platforms names ${repeated.name} (${repeated.id}) twice; name each platform once.`);

    const ecosystems: EcosystemFigures[] = [];
    const inEcosystems = new Map<string, string[]>();
    const platformIds = new Set(refs.map((ref) => ref.id));
    for (const ref of refs) {
      const chains = await chainsOfPlatform(this.db, ref.id, observe);
      ecosystems.push(await ecosystemFigures(this.services, ref.id, chains, day, observe));
      const actors = await this.db.read<{ id: string }>(ECOSYSTEM_ACTORS, { platformId: ref.id, asOf: day }, observe);
      for (const { id } of actors) {
        if (platformIds.has(id)) continue;
        const list = inEcosystems.get(id) ?? [];
        list.push(ref.id);
        inEcosystems.set(id, list);
      }
    }
    const sharedIds = [...inEcosystems.entries()].filter(([, ids]) => ids.length > 1).map(([id]) => id);
    const rows = await this.db.read<{ id: string; name: string; population: string | null; label: string }>(
      ACTOR_SUMMARIES,
      { ids: sharedIds },
      observe,
    );
    const byPopulation = new Map<string, SharedActor[]>();
    for (const row of rows) {
      const population = row.population ?? "UNKNOWN";
      const list = byPopulation.get(population) ?? [];
      list.push({ id: row.id, name: row.name, label: row.label, platformIds: inEcosystems.get(row.id)! });
      byPopulation.set(population, list);
    }
    const shared = [...byPopulation.entries()]
      .map(([population, actors]) => ({
        population,
        count: actors.length,
        actors: actors.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1)),
      }))
      .sort((a, b) => b.count - a.count || a.population.localeCompare(b.population));
    return { asOf: day, ecosystems, shared };
  }
}
