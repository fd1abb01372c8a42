import { SELF_IMPROVEMENT_SERVICES, SERVICE_CATEGORIES, ServiceCategory } from "../../domain";
import { type AnalysisGraph, type GraphIndex, indexGraph } from "./graph-index";
import { MetricInputError } from "./metric-errors";
import { compareIds } from "./metric-graph";

/**
 * Coordination and health of a platform's ecosystem (DESIGN.md, "Metrics — Coordination and
 * health"): population balance, concentration, service coverage, keystone dependence, and growth
 * and survival over time. Pure functions over plain inputs; every share is in [0, 1] and none is
 * NaN.
 */

/** Every category, the thesis' five self-improvement services first. */
const CATEGORY_ORDER: readonly ServiceCategory[] = [
  ...SELF_IMPROVEMENT_SERVICES,
  ...SERVICE_CATEGORIES.filter((category) => !SELF_IMPROVEMENT_SERVICES.includes(category)),
];

function assertCount(value: number, what: string): void {
  if (!Number.isFinite(value) || value < 0) {
    throw new MetricInputError(`${what} must be a finite number ≥ 0, but got: ${value}`);
  }
}

export interface ShannonDiversity {
  /** H' = −Σ p_i ln p_i (natural log, in nats). */
  H: number;
  /** J' = H' / ln S; 0 when S ≤ 1 (one population is perfectly unbalanced, not undefined). */
  J: number;
  /** Number of populations with a count > 0. */
  S: number;
}

/**
 * Population balance: Shannon's diversity index `H' = −Σ p_i ln p_i` over populations with
 * p_i = count_i / Σ count (C. E. Shannon, "A mathematical theory of communication", Bell System
 * Technical Journal 27:379–423, 1948) and Pielou's evenness `J' = H' / ln S` (E. C. Pielou, "The
 * measurement of diversity in different types of biological collections", J. Theoretical Biology
 * 13:131–144, 1966). Populations with count 0 do not count towards S. DESIGN.md counts service
 * providers per category: the caller passes one key per category. All counts 0 → H = J = S = 0.
 */
export function shannonDiversity(counts: Readonly<Record<string, number>>): ShannonDiversity {
  const values = Object.entries(counts)
    .map(([population, count]) => {
      assertCount(count, `The count of population "${population}"`);
      return count;
    })
    .filter((count) => count > 0);
  const total = values.reduce((sum, count) => sum + count, 0);
  const S = values.length;
  let H = 0;
  for (const count of values) {
    const p = count / total;
    H -= p * Math.log(p);
  }
  return { H, J: S > 1 ? H / Math.log(S) : 0, S };
}

export interface HerfindahlIndex {
  /** Σ s_i² on shares s_i in [0, 1]: 1/N for N equal actors, 1 for a monopoly. */
  hhi: number;
  /** The same on percentage shares, 0–10,000 (the antitrust convention: hhi × 10,000). */
  hhi10000: number;
  /** Number of actors with a value > 0. */
  actors: number;
}

/**
 * Concentration: the Herfindahl–Hirschman index `HHI = Σ s_i²` with s_i = x_i / Σ x (O. C.
 * Herfindahl, *Concentration in the Steel Industry*, 1950; A. O. Hirschman, "The paternity of an
 * index", American Economic Review 54:761, 1964). Takes amounts (supply volume per supplier,
 * services delivered per provider) or shares alike, since it normalises by the sum. Empty input
 * or a zero total → 0 (nothing is concentrated).
 */
export function herfindahlIndex(values: readonly number[]): HerfindahlIndex {
  values.forEach((value, i) => assertCount(value, `Value ${i} of the Herfindahl–Hirschman input`));
  const total = values.reduce((sum, value) => sum + value, 0);
  if (total === 0) return { hhi: 0, hhi10000: 0, actors: 0 };
  let hhi = 0;
  for (const value of values) hhi += (value / total) ** 2;
  return { hhi, hhi10000: hhi * 10_000, actors: values.filter((value) => value > 0).length };
}

export interface ServedBy {
  firmId: string;
  category: ServiceCategory;
}

export interface CategoryCoverage {
  category: ServiceCategory;
  /** One of the thesis' five self-improvement services. */
  selfImprovement: boolean;
  /** Distinct members served in the category. */
  servedMembers: number;
  memberCount: number;
  /** servedMembers / memberCount; 0 when there are no members. */
  share: number;
}

/**
 * Service coverage: per service category, the share of member firms served by at least one
 * provider (an active SERVES tie). Every category appears, the five self-improvement services
 * (financing, industrial research, professional support, legal, branding) first. Services to firms
 * that are not members are ignored; a member served twice counts once.
 */
export function serviceCoverage(
  memberIds: readonly string[],
  servedBy: readonly ServedBy[],
): CategoryCoverage[] {
  const members = new Set(memberIds);
  const served = new Map<ServiceCategory, Set<string>>(
    CATEGORY_ORDER.map((category) => [category, new Set()]),
  );
  for (const { firmId, category } of servedBy) {
    const firms = served.get(category);
    if (!firms) {
      throw new MetricInputError(
        `Service category must be one of ${CATEGORY_ORDER.join(", ")}, but got: ${String(category)} (firm ${firmId})`,
      );
    }
    if (members.has(firmId)) firms.add(firmId);
  }
  return CATEGORY_ORDER.map((category) => {
    const servedMembers = (served.get(category) as Set<string>).size;
    return {
      category,
      selfImprovement: SELF_IMPROVEMENT_SERVICES.includes(category),
      servedMembers,
      memberCount: members.size,
      share: members.size > 0 ? servedMembers / members.size : 0,
    };
  });
}

export interface KeystoneDependenceInput {
  /** The ecosystem's graph; its undirected view is used (a tie connects both ways). */
  graph: AnalysisGraph;
  platformId: string;
  memberIds: readonly string[];
  /** Service providers per category; ids not in the graph have no path and are ignored. */
  providersByCategory: Partial<Record<ServiceCategory, readonly string[]>>;
}

export interface ComponentDependence {
  /** Share of members in the largest connected component of the graph. */
  withPlatform: number;
  /** Share of members in the largest connected component once the platform is removed. */
  withoutPlatform: number;
  /** Share of members in the first but not in the second: they fall out with the platform. */
  fallOutShare: number;
  fallOutMemberIds: string[];
}

export interface CategoryDependence {
  category: ServiceCategory;
  selfImprovement: boolean;
  /** Share of members with a path to at least one provider of the category. */
  reachableWithPlatform: number;
  /** The same once the platform is removed. */
  reachableWithoutPlatform: number;
  /** Share of members that had such a path and lose every one of them without the platform. */
  lostShare: number;
  lostMemberIds: string[];
}

export interface KeystoneDependence {
  memberCount: number;
  largestComponent: ComponentDependence;
  categories: CategoryDependence[];
}

/**
 * Keystone dependence, a robustness measure in the sense of Iansiti & Levien (M. Iansiti & R.
 * Levien, *The Keystone Advantage*, Harvard Business School Press, 2004; "Strategy as ecology",
 * HBR 82(3):68–78, 2004): how much of the ecosystem hangs on the keystone platform. The platform
 * node is removed (a node-removal robustness test, as in Albert, Jeong & Barabási, "Error and
 * attack tolerance of complex networks", Nature 406:378–382, 2000) and, comparing with the intact
 * graph:
 *
 * - per service category, the share of members that had a path to some provider of the category
 *   and have none left (denominator: all members; members that never had access do not "lose" it);
 * - the share of members that were in the largest connected component and are not in the largest
 *   component that remains.
 *
 * The largest component is the one with most nodes; equal sizes are decided by the smallest node
 * id, so the result is deterministic. Members and the platform must be nodes of the graph
 * (`MetricInputError` otherwise); the platform is not counted as a member.
 */
export function keystoneDependence(input: KeystoneDependenceInput): KeystoneDependence {
  const { graph, platformId } = input;
  if (!graph.hasNode(platformId)) {
    throw new MetricInputError(
      `The platform "${platformId}" is not a node of the graph; include it in the scope.`,
    );
  }
  const members = [...new Set(input.memberIds)].filter((id) => id !== platformId).sort(compareIds);
  const missing = members.filter((id) => !graph.hasNode(id));
  if (missing.length > 0) {
    const listed = missing.slice(0, 5).map((id) => `"${id}"`).join(", ");
    const more = missing.length > 5 ? ` and ${missing.length - 5} more` : "";
    throw new MetricInputError(
      `Members must be nodes of the graph, but these are not: ${listed}${more}. ` +
        `Build the graph from the same scope as the member list.`,
    );
  }

  const ties = indexGraph(graph, "both");
  const platform = ties.indexOf.get(platformId) as number;
  const memberIndices = members.map((id) => ties.indexOf.get(id) as number);
  const intact = connectedComponents(ties, -1);
  const removed = connectedComponents(ties, platform);
  const share = (count: number): number => (members.length > 0 ? count / members.length : 0);

  const largestIntact = largestComponent(intact);
  const largestRemoved = largestComponent(removed);
  const inLargestIntact = memberIndices.filter((i) => intact.label[i] === largestIntact);
  const inLargestRemoved = memberIndices.filter((i) => removed.label[i] === largestRemoved);
  const fallOut = inLargestIntact.filter((i) => removed.label[i] !== largestRemoved);

  const categories = CATEGORY_ORDER.map((category): CategoryDependence => {
    const providers = (input.providersByCategory[category] ?? [])
      .map((id) => ties.indexOf.get(id))
      .filter((i): i is number => i !== undefined);
    const servedIntact = new Set(providers.map((i) => intact.label[i]));
    const servedRemoved = new Set(providers.filter((i) => i !== platform).map((i) => removed.label[i]));
    const reachIntact = memberIndices.filter((i) => servedIntact.has(intact.label[i]));
    const reachRemoved = memberIndices.filter((i) => servedRemoved.has(removed.label[i]));
    const lost = reachIntact.filter((i) => !servedRemoved.has(removed.label[i]));
    return {
      category,
      selfImprovement: SELF_IMPROVEMENT_SERVICES.includes(category),
      reachableWithPlatform: share(reachIntact.length),
      reachableWithoutPlatform: share(reachRemoved.length),
      lostShare: share(lost.length),
      lostMemberIds: lost.map((i) => ties.ids[i]),
    };
  });

  return {
    memberCount: members.length,
    largestComponent: {
      withPlatform: share(inLargestIntact.length),
      withoutPlatform: share(inLargestRemoved.length),
      fallOutShare: share(fallOut.length),
      fallOutMemberIds: fallOut.map((i) => ties.ids[i]),
    },
    categories,
  };
}

interface Components {
  /** Component number per node; -1 for the removed node. Numbered in order of smallest node. */
  label: Int32Array;
  size: number[];
}

/** Connected components by breadth-first search, leaving out node `removed` (-1: none). */
function connectedComponents(ties: GraphIndex, removed: number): Components {
  const n = ties.ids.length;
  const label = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const size: number[] = [];
  for (let root = 0; root < n; root++) {
    if (root === removed || label[root] !== -1) continue;
    const component = size.length;
    let tail = 0;
    queue[tail++] = root;
    label[root] = component;
    for (let head = 0; head < tail; head++) {
      const v = queue[head];
      for (let a = ties.starts[v]; a < ties.starts[v + 1]; a++) {
        const w = ties.neighbours[a];
        if (w !== removed && label[w] === -1) {
          label[w] = component;
          queue[tail++] = w;
        }
      }
    }
    size.push(tail);
  }
  return { label, size };
}

/** The largest component; the first (smallest node id) among equals. -1 when there is none. */
function largestComponent(components: Components): number {
  let best = -1;
  components.size.forEach((size, c) => {
    if (best === -1 || size > components.size[best]) best = c;
  });
  return best;
}

export interface MembershipRecord {
  firmId: string;
  /** Date (ISO 8601, e.g. "2019-04-01" or "2019") the membership began; null when unknown. */
  since: string | null;
  /** Date it ended; null while active. */
  until: string | null;
}

export interface MembershipYear {
  year: number;
  /** Distinct firms whose membership began in the year. */
  joined: number;
  /** Distinct firms whose membership ended in the year. */
  left: number;
  /** joined − left */
  netChange: number;
  /** Distinct firms with a membership running at the end of the year (since ≤ year < until). */
  activeAtYearEnd: number;
  /** (active at year end − active at the previous year end) / the latter; null when that is 0. */
  growthRate: number | null;
  /** Firms that joined in the year and are members now (some membership with until = null). */
  survivors: number;
  /** survivors / joined; null when nobody joined (a rate of nothing is undefined, not 0). */
  survivalRate: number | null;
}

export interface MembershipDynamics {
  years: MembershipYear[];
  /** Distinct firms in the input. */
  firms: number;
  /** Distinct firms that are members now. */
  activeNow: number;
  /** Memberships without a start date: active from before the first year, never counted as joined. */
  unknownSince: number;
}

/**
 * Growth and survival of the membership over time from MEMBER_OF `since` / `until`, as proxies of
 * Iansiti & Levien's health measures (*The Keystone Advantage*, 2004, ch. 3) as far as membership
 * data carries them: growth in the number of member firms (joined, left, net change, growth rate
 * of the active population) for productivity and niche creation, and cohort survival (the share of
 * firms that joined in a year and are still members) for robustness.
 *
 * Years run from `fromYear` to `toYear`, by default the first and last year found in any date.
 * A year is read from the first four digits of a date. Counts are of distinct firms, so a firm
 * with two memberships in one year counts once; "now" means `until` is null, so the function
 * needs no clock. A membership ending before it starts throws `MetricInputError`.
 */
export function membershipDynamics(
  memberships: readonly MembershipRecord[],
  options: { fromYear?: number; toYear?: number } = {},
): MembershipDynamics {
  const records = memberships.map((record) => {
    const since = yearOf(record.since, record.firmId, "since");
    const until = yearOf(record.until, record.firmId, "until");
    if (since !== null && until !== null && until < since) {
      throw new MetricInputError(
        `Membership of firm "${record.firmId}" must not end before it starts, but got since ${record.since}, until ${record.until}`,
      );
    }
    return { firmId: record.firmId, since, until };
  });

  const activeNowFirms = new Set(records.filter((r) => r.until === null).map((r) => r.firmId));
  const years = records.flatMap((r) => [r.since, r.until]).filter((y): y is number => y !== null);
  const fromYear = options.fromYear ?? (years.length > 0 ? Math.min(...years) : undefined);
  const toYear = options.toYear ?? (years.length > 0 ? Math.max(...years) : undefined);
  const summary = {
    firms: new Set(records.map((r) => r.firmId)).size,
    activeNow: activeNowFirms.size,
    unknownSince: records.filter((r) => r.since === null).length,
  };
  if (fromYear === undefined || toYear === undefined) return { years: [], ...summary };
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear) {
    throw new MetricInputError(
      `fromYear and toYear must be integers with fromYear ≤ toYear, but got: ${fromYear}, ${toYear}`,
    );
  }

  const activeAtEndOf = (year: number): number =>
    new Set(
      records
        .filter((r) => (r.since === null || r.since <= year) && (r.until === null || r.until > year))
        .map((r) => r.firmId),
    ).size;

  const result: MembershipYear[] = [];
  let previousActive = activeAtEndOf(fromYear - 1);
  for (let year = fromYear; year <= toYear; year++) {
    const joinedFirms = new Set(records.filter((r) => r.since === year).map((r) => r.firmId));
    const left = new Set(records.filter((r) => r.until === year).map((r) => r.firmId)).size;
    const active = activeAtEndOf(year);
    const survivors = [...joinedFirms].filter((firm) => activeNowFirms.has(firm)).length;
    result.push({
      year,
      joined: joinedFirms.size,
      left,
      netChange: joinedFirms.size - left,
      activeAtYearEnd: active,
      growthRate: previousActive > 0 ? (active - previousActive) / previousActive : null,
      survivors,
      survivalRate: joinedFirms.size > 0 ? survivors / joinedFirms.size : null,
    });
    previousActive = active;
  }
  return { years: result, ...summary };
}

function yearOf(date: string | null, firmId: string, field: "since" | "until"): number | null {
  if (date === null) return null;
  const match = /^(\d{4})(?:$|-)/.exec(date.trim());
  if (!match) {
    throw new MetricInputError(
      `Membership of firm "${firmId}" must have ${field} as an ISO 8601 date (e.g. "2019-04-01"), but got: ${JSON.stringify(date)}`,
    );
  }
  return Number(match[1]);
}
