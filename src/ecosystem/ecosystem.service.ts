import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { SERVICE_CATEGORIES, type ServiceCategory } from "../domain";
import { ScopeNames } from "./scope-names";
import { parseCalendarDate } from "../calendar-date";
import { activeAt, existedAt } from "../metrics/as-of";

/** The platform a question is about. */
export interface PlatformRef {
  readonly id: string;
  readonly name: string;
}

export interface ProviderSummary {
  readonly id: string;
  readonly name: string;
  /** Active member firms of the platform this provider serves in the category. */
  readonly firmsServed: number;
}

export interface CategoryProviders {
  readonly category: ServiceCategory;
  /** Distinct active member firms served in the category by any provider. */
  readonly firmsServed: number;
  /** `firmsServed` / active members (0 when the platform has no active members). */
  readonly shareOfMembersServed: number;
  /** Most firms served first, then by name. */
  readonly providers: readonly ProviderSummary[];
}

export interface EcosystemServices {
  readonly platform: PlatformRef;
  /** The day measured; null for today. */
  readonly asOf: string | null;
  readonly activeMembers: number;
  /** Every service category, the thesis' five self-improvement services first. */
  readonly categories: readonly CategoryProviders[];
}

/**
 * Memberships and services active on `$asOf` (as-of.ts; today when null): who served the
 * platform's members then.
 */
export const SERVICES_OF_ACTIVE_MEMBERS: NamedQuery = {
  name: "ecosystem.servicesOfActiveMembers",
  cypher: `
    OPTIONAL MATCH (:Platform {id: $platformId})<-[m:MEMBER_OF]-(member:Firm)
    WHERE ${activeAt("m")} AND ${existedAt("member")}
    WITH collect(DISTINCT member) AS members
    // one row even without members, so activeMembers is always returned
    UNWIND CASE size(members) WHEN 0 THEN [null] ELSE members END AS f
    OPTIONAL MATCH (f)<-[s:SERVES]-(sp:ServiceProvider)
    WHERE ${activeAt("s")} AND ${existedAt("sp")}
    WITH size(members) AS activeMembers, s.category AS category, sp, collect(DISTINCT f.id) AS firmIds
    RETURN activeMembers, category, sp.id AS providerId, sp.name AS providerName, firmIds`,
};

/** Questions about one platform's ecosystem that the generated CRUD cannot answer in one query. */
export class EcosystemService {
  constructor(
    private readonly db: Database,
    private readonly names: ScopeNames = new ScopeNames(db),
  ) {}

  /** Finds a platform by id or exact name (ScopeNames, the one lookup every entry point uses). */
  async findPlatform(platform: string, observe?: QueryObserver): Promise<PlatformRef> {
    return this.names.resolve("Platform", platform, "platform", observe);
  }

  /**
   * The service providers that serve the platform's active member firms, grouped by service
   * category, with how many members each category and provider reaches.
   */
  async servicesByCategory(platform: string, observe?: QueryObserver, asOf?: string): Promise<EcosystemServices> {
    const day = asOf === undefined ? null : parseCalendarDate(asOf, "asOf");
    const ref = await this.findPlatform(platform, observe);
    const rows = await this.db.read<{
      activeMembers: number;
      category: ServiceCategory | null;
      providerId: string | null;
      providerName: string | null;
      firmIds: string[] | null;
    }>(SERVICES_OF_ACTIVE_MEMBERS, { platformId: ref.id, asOf: day }, observe);

    const activeMembers = rows[0]?.activeMembers ?? 0;
    const byCategory = new Map<ServiceCategory, { firms: Set<string>; providers: ProviderSummary[] }>(
      SERVICE_CATEGORIES.map((c) => [c, { firms: new Set<string>(), providers: [] }]),
    );
    for (const row of rows) {
      if (row.category === null || row.providerId === null) continue;
      const group = byCategory.get(row.category);
      if (!group) continue; // a category the schema does not know cannot be stored through the API
      const firmIds = row.firmIds ?? [];
      firmIds.forEach((id) => group.firms.add(id));
      group.providers.push({ id: row.providerId, name: row.providerName ?? "", firmsServed: firmIds.length });
    }

    const categories = [...byCategory.entries()].map(([category, group]) => ({
      category,
      firmsServed: group.firms.size,
      shareOfMembersServed: activeMembers === 0 ? 0 : group.firms.size / activeMembers,
      providers: group.providers.sort((a, b) => b.firmsServed - a.firmsServed || a.name.localeCompare(b.name)),
    }));
    return { platform: ref, asOf: day, activeMembers, categories };
  }
}
