import type { StrategyConfig } from "../config";
import { compareIds } from "../metrics/algorithms/metric-graph";

/**
 * The strategy advisor's rules (docs/strategies.md): pure functions from measured figures to a
 * score in [0, 1], a status, and the ranking of candidates. Every threshold comes in as an
 * argument (the `strategy` settings of config.ts), none is a constant here.
 */

export const STRATEGIES = [
  "FINANCING_SERVICE",
  "INDUSTRIAL_RESEARCH_SERVICE",
  "PROFESSIONAL_SUPPORT_SERVICE",
  "LEGAL_SERVICE",
  "BRANDING_SERVICE",
  "INTENSIVE_LOCAL_OPERATION",
  "DIFFERENTIATED_DOMESTIC_SERVICE",
] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** The five self-improvement strategies and the service category each is measured by. */
export const SERVICE_STRATEGY_CATEGORY: Readonly<Partial<Record<Strategy, string>>> = {
  FINANCING_SERVICE: "FINANCING",
  INDUSTRIAL_RESEARCH_SERVICE: "INDUSTRIAL_RESEARCH",
  PROFESSIONAL_SUPPORT_SERVICE: "PROFESSIONAL_SUPPORT",
  LEGAL_SERVICE: "LEGAL",
  BRANDING_SERVICE: "BRANDING",
};

export type StrategyStatus = "CRITICAL" | "WEAK" | "ADEQUATE" | "STRONG";

export type StrategyRules = Pick<
  StrategyConfig,
  | "serviceTargetShare"
  | "criticalBelow"
  | "weakBelow"
  | "strongFrom"
  | "partnerCapacityFactor"
  | "differentiationMargin"
  | "localRegionLevel"
  | "regionGroupLevel"
  | "maxCandidates"
>;

/** CRITICAL below `criticalBelow`, WEAK below `weakBelow`, STRONG from `strongFrom`, ADEQUATE between. */
export function statusOf(score: number, rules: Pick<StrategyRules, "criticalBelow" | "weakBelow" | "strongFrom">): StrategyStatus {
  if (score < rules.criticalBelow) return "CRITICAL";
  if (score < rules.weakBelow) return "WEAK";
  if (score >= rules.strongFrom) return "STRONG";
  return "ADEQUATE";
}

function clamp01(value: number): number {
  return Math.max(0, Math.min(1, value));
}

/** A self-improvement service: score = min(1, share of members served / target share). */
export function serviceScore(share: number, rules: Pick<StrategyRules, "serviceTargetShare">): number {
  return clamp01(share / rules.serviceTargetShare);
}

/**
 * Intensive local operation: the mean of (a) the mean coverage CC of the chains anchored in the
 * home area and (b) the mean, over the five self-improvement services, of min(1, share of the
 * home area's members served / target share). Without a local chain, (b) alone; without local
 * members, 0 for (b).
 */
export function localScore(localChainCoverages: readonly number[], localServiceShares: readonly number[], rules: Pick<StrategyRules, "serviceTargetShare">): number {
  const services = localServiceShares.length === 0 ? 0 : mean(localServiceShares.map((share) => serviceScore(share, rules)));
  if (localChainCoverages.length === 0) return services;
  return (mean(localChainCoverages) + services) / 2;
}

export interface CategoryDifference {
  category: string;
  share: number;
  peerMean: number;
  /** share − peerMean */
  difference: number;
}

/**
 * Differentiated domestic service: over the service categories, L = those where the platform's
 * coverage is at least `differentiationMargin` above the peers' mean, B = at least that far
 * below. Score = |L| / (|L| + |B|): 1 when wherever the platform differs from its peers it is
 * ahead, 0 when it is behind wherever it differs; 0.5 when it differs nowhere (no distinct profile).
 */
export function differentiationScore(
  differences: readonly CategoryDifference[],
  rules: Pick<StrategyRules, "differentiationMargin">,
): { score: number; leads: CategoryDifference[]; lags: CategoryDifference[] } {
  const leads = differences.filter((d) => d.difference >= rules.differentiationMargin);
  const lags = differences.filter((d) => d.difference <= -rules.differentiationMargin);
  const score = leads.length + lags.length === 0 ? 0.5 : leads.length / (leads.length + lags.length);
  return { score, leads, lags: [...lags].sort((a, b) => a.difference - b.difference || compareIds(a.category, b.category)) };
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Why a provider is a candidate for a category: it already serves members, or a peer platform. */
export type ProviderBasis = "EXISTING_CLIENTS" | "PEER_PARTNER";

export interface ProviderFacts {
  id: string;
  name: string;
  regionId: string | null;
  /** Distinct firms it serves in the category today (anywhere). */
  capacity: number;
  /** Active members of the platform it serves in any category. */
  memberClientIds: readonly string[];
  /** Platforms it partners with. */
  partnerPlatformIds: readonly string[];
}

export interface ProviderCandidate {
  provider: ProviderFacts;
  basis: ProviderBasis;
  /** Already a partner of the platform. */
  partner: boolean;
  /** The uncovered members it would reach, in the order they were chosen. */
  reachIds: string[];
}

/**
 * Provider candidates for a category with uncovered members U (docs/strategies.md):
 * - EXISTING_CLIENTS: it offers the category and already serves members in another one; it would
 *   reach its member clients in U;
 * - PEER_PARTNER: otherwise, it offers the category and partners with another platform; it would
 *   reach up to ⌈capacity × partnerCapacityFactor⌉ members of U, those located in its own region
 *   (or inside it) first, then by name.
 * Ranked by reach (most first), EXISTING_CLIENTS before PEER_PARTNER, then by name and id.
 * Candidates that would reach nobody are left out.
 */
export function rankProviderCandidates(
  platformId: string,
  providers: readonly ProviderFacts[],
  uncovered: ReadonlyArray<{ id: string; name: string; regionIds: readonly string[] }>,
  rules: Pick<StrategyRules, "partnerCapacityFactor" | "maxCandidates">,
): ProviderCandidate[] {
  const candidates: ProviderCandidate[] = [];
  const uncoveredIds = new Set(uncovered.map((m) => m.id));
  for (const provider of providers) {
    const partner = provider.partnerPlatformIds.includes(platformId);
    const clients = provider.memberClientIds.filter((id) => uncoveredIds.has(id)).sort(compareIds);
    if (clients.length > 0) {
      candidates.push({ provider, basis: "EXISTING_CLIENTS", partner, reachIds: clients });
      continue;
    }
    const peers = provider.partnerPlatformIds.filter((id) => id !== platformId);
    if (partner || peers.length === 0) continue;
    const room = Math.ceil(provider.capacity * rules.partnerCapacityFactor);
    const ordered = [...uncovered].sort(
      (a, b) =>
        Number(provider.regionId !== null && b.regionIds.includes(provider.regionId)) -
          Number(provider.regionId !== null && a.regionIds.includes(provider.regionId)) ||
        a.name.localeCompare(b.name) ||
        compareIds(a.id, b.id),
    );
    const reachIds = ordered.slice(0, room).map((m) => m.id);
    if (reachIds.length > 0) candidates.push({ provider, basis: "PEER_PARTNER", partner, reachIds });
  }
  const basisOrder: Record<ProviderBasis, number> = { EXISTING_CLIENTS: 0, PEER_PARTNER: 1 };
  return candidates
    .sort(
      (a, b) =>
        b.reachIds.length - a.reachIds.length ||
        basisOrder[a.basis] - basisOrder[b.basis] ||
        a.provider.name.localeCompare(b.provider.name) ||
        compareIds(a.provider.id, b.provider.id),
    )
    .slice(0, rules.maxCandidates);
}

/** Why a firm is a recruit candidate for a stage, strongest first. */
export type RecruitBasis = "WORKS_IN_STAGE" | "ADJACENT_STAGE" | "SAME_INDUSTRY";
export const RECRUIT_BASIS_ORDER: readonly RecruitBasis[] = ["WORKS_IN_STAGE", "ADJACENT_STAGE", "SAME_INDUSTRY"];

export interface RecruitFacts {
  id: string;
  name: string;
  basis: RecruitBasis;
  regionId: string | null;
  regionName: string | null;
  /** Located in the chain's home region (or inside it). */
  inAnchorRegion: boolean;
  /** Active SUPPLIES ties with the chain's firms in the scope. */
  tiesToChain: number;
}

/**
 * Recruit candidates for a gap or thin stage (firms outside the scope): those working in the
 * stage, then in an adjacent stage of the chain, then in the chain's industry; within a basis,
 * located in the chain's home region first, then most supply ties with the chain's firms in the
 * scope, then by name and id.
 */
export function rankRecruitCandidates(candidates: readonly RecruitFacts[], rules: Pick<StrategyRules, "maxCandidates">): RecruitFacts[] {
  return [...candidates]
    .sort(
      (a, b) =>
        RECRUIT_BASIS_ORDER.indexOf(a.basis) - RECRUIT_BASIS_ORDER.indexOf(b.basis) ||
        Number(b.inAnchorRegion) - Number(a.inAnchorRegion) ||
        b.tiesToChain - a.tiesToChain ||
        a.name.localeCompare(b.name) ||
        compareIds(a.id, b.id),
    )
    .slice(0, rules.maxCandidates);
}
