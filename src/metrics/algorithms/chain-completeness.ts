import { MetricInputError } from "./metric-errors";
import { compareIds } from "./metric-graph";

/**
 * Completeness of an industrial chain in a scope (DESIGN.md, "Metrics — Chain completeness"):
 * coverage, depth, link continuity, gaps and thin stages. Pure: the caller supplies, per stage,
 * the active firms of the scope operating in it, and the active SUPPLIES ties among those firms.
 */

export interface ChainStageInput {
  id: string;
  name: string;
  /** Order from upstream (1) to downstream. */
  position: number;
  /** w_s ≥ 0: importance of the stage in coverage. */
  weight: number;
  /** θ_s ≥ 1: how many active firms make the stage covered. */
  minFirms: number;
  /** Active firms in scope operating in the stage (duplicates are counted once). */
  firmIds: string[];
}

/** An active SUPPLIES tie between two firms in scope; direction does not matter here. */
export interface SupplyLink {
  from: string;
  to: string;
}

export interface ChainCompletenessOptions {
  /** Articulation points of the scope's graph (see `articulationPoints`), to find thin stages. */
  articulationPoints?: ReadonlySet<string>;
}

export interface StageRef {
  stageId: string;
  name: string;
  position: number;
}

/** A stage with n_s < θ_s: "fill the chain" (recruit firms). */
export interface ChainGap extends StageRef {
  firmCount: number;
  minFirms: number;
  /** θ_s − n_s: how many firms are missing for coverage. */
  missingFirms: number;
  /** n_s = 0: nobody in scope works in the stage at all. */
  empty: boolean;
}

export type ThinStageReason = "SINGLE_FIRM" | "ARTICULATION_POINT";

/** A stage whose activity rests on one firm or on an articulation point: "strengthen the chain". */
export interface ThinStage extends StageRef {
  /** SINGLE_FIRM when n_s = 1 (it wins when that firm is also an articulation point). */
  reason: ThinStageReason;
  /** The single firm, or the stage's firms that are articulation points (sorted). */
  firmIds: string[];
}

export interface BrokenLink {
  fromStageId: string;
  toStageId: string;
}

export interface StageCompleteness extends StageRef {
  /** n_s */
  firmCount: number;
  /** n_s ≥ θ_s */
  covered: boolean;
  /** min(1, n_s/θ_s), the stage's depth. */
  depth: number;
  /** depth / m: the stage's share of CD, so the contributions add up to `depth` of the chain. */
  depthContribution: number;
}

export interface ChainCompleteness {
  /** CC = Σ w_s·[n_s ≥ θ_s] / Σ w_s */
  coverage: number;
  /** CD = (1/m) Σ min(1, n_s/θ_s) */
  depth: number;
  /** LC = share of adjacent stage pairs (k, k+1) with at least one SUPPLIES tie between them. */
  linkContinuity: number;
  gaps: ChainGap[];
  thinStages: ThinStage[];
  /** Adjacent stage pairs without any SUPPLIES tie between their firms, upstream first. */
  brokenLinks: BrokenLink[];
  /** Every stage, upstream first. */
  perStage: StageCompleteness[];
}

/**
 * Chain completeness, with n_s the number of distinct firms listed for stage s and m stages:
 *
 * - coverage `CC = Σ w_s·[n_s ≥ θ_s] / Σ w_s`; if every weight is 0 the stages count equally
 *   (CC = covered stages / m) rather than 0/0;
 * - depth `CD = (1/m) Σ min(1, n_s/θ_s)`;
 * - link continuity `LC` = share of the m−1 adjacent pairs (k, k+1), stages sorted by position
 *   (then id, for equal positions), with ≥ 1 SUPPLIES tie in either direction between a firm of
 *   stage k and a firm of stage k+1 (a firm's tie with itself, when it works in both stages, does
 *   not count);
 * - `gaps`: stages not covered, n_s < θ_s ("gaps (uncovered stages)"), each marked `empty` when
 *   n_s = 0;
 * - `thinStages`: stages with n_s ≥ 1 whose activity rests on one firm (n_s = 1) or that contain
 *   an articulation point of the scope. A one-firm stage with θ_s ≥ 2 is therefore both a gap and
 *   thin: it must be filled, and what exists is fragile.
 *
 * Edge cases, all without NaN: no stages (m = 0) → CC = CD = LC = 0; one stage → LC = 1 (no pair
 * can be broken). Input errors (θ_s < 1 or not an integer, negative or non-finite weight,
 * duplicate stage id) throw `MetricInputError` naming the stage.
 */
export function chainCompleteness(
  stages: readonly ChainStageInput[],
  supplies: readonly SupplyLink[],
  options: ChainCompletenessOptions = {},
): ChainCompleteness {
  validateStages(stages);
  const sorted = [...stages].sort((a, b) => a.position - b.position || compareIds(a.id, b.id));
  const m = sorted.length;
  if (m === 0) {
    const nothing = { gaps: [], thinStages: [], brokenLinks: [], perStage: [] };
    return { coverage: 0, depth: 0, linkContinuity: 0, ...nothing };
  }

  const firmSets = sorted.map((stage) => new Set(stage.firmIds));
  const totalWeight = sorted.reduce((sum, stage) => sum + stage.weight, 0);
  const articulation = options.articulationPoints ?? new Set<string>();

  let coveredWeight = 0;
  let coveredCount = 0;
  let depthSum = 0;
  const perStage: StageCompleteness[] = [];
  const gaps: ChainGap[] = [];
  const thinStages: ThinStage[] = [];

  sorted.forEach((stage, k) => {
    const firms = firmSets[k];
    const firmCount = firms.size;
    const covered = firmCount >= stage.minFirms;
    const depth = Math.min(1, firmCount / stage.minFirms);
    const ref: StageRef = { stageId: stage.id, name: stage.name, position: stage.position };
    if (covered) {
      coveredWeight += stage.weight;
      coveredCount++;
    }
    depthSum += depth;
    perStage.push({ ...ref, firmCount, covered, depth, depthContribution: depth / m });

    if (!covered) {
      gaps.push({
        ...ref,
        firmCount,
        minFirms: stage.minFirms,
        missingFirms: stage.minFirms - firmCount,
        empty: firmCount === 0,
      });
    }
    if (firmCount === 1) {
      thinStages.push({ ...ref, reason: "SINGLE_FIRM", firmIds: [...firms] });
    } else {
      const cutFirms = [...firms].filter((id) => articulation.has(id)).sort(compareIds);
      if (cutFirms.length > 0) {
        thinStages.push({ ...ref, reason: "ARTICULATION_POINT", firmIds: cutFirms });
      }
    }
  });

  const linked = linkedPairs(firmSets, supplies);
  const brokenLinks: BrokenLink[] = [];
  for (let k = 0; k + 1 < m; k++) {
    if (!linked[k]) {
      brokenLinks.push({ fromStageId: sorted[k].id, toStageId: sorted[k + 1].id });
    }
  }

  return {
    coverage: totalWeight > 0 ? coveredWeight / totalWeight : coveredCount / m,
    depth: depthSum / m,
    linkContinuity: m === 1 ? 1 : (m - 1 - brokenLinks.length) / (m - 1),
    gaps,
    thinStages,
    brokenLinks,
    perStage,
  };
}

/** linked[k] is true when some tie joins a firm of stage k and a firm of stage k+1. */
function linkedPairs(firmSets: ReadonlyArray<Set<string>>, supplies: readonly SupplyLink[]): boolean[] {
  const stagesOfFirm = new Map<string, number[]>();
  firmSets.forEach((firms, k) => {
    for (const firm of firms) {
      const list = stagesOfFirm.get(firm);
      if (list) list.push(k);
      else stagesOfFirm.set(firm, [k]);
    }
  });
  const linked = new Array<boolean>(Math.max(0, firmSets.length - 1)).fill(false);
  for (const { from, to } of supplies) {
    if (from === to) continue;
    for (const k of stagesOfFirm.get(from) ?? []) {
      // from in k, to in k+1 (downstream) or k-1 (upstream): either direction counts.
      if (firmSets[k + 1]?.has(to)) linked[k] = true;
      if (k > 0 && firmSets[k - 1]?.has(to)) linked[k - 1] = true;
    }
  }
  return linked;
}

function validateStages(stages: readonly ChainStageInput[]): void {
  const seen = new Set<string>();
  for (const stage of stages) {
    if (seen.has(stage.id)) {
      throw new MetricInputError(`Chain stage ids must be unique, but "${stage.id}" appears twice.`);
    }
    seen.add(stage.id);
    if (!Number.isInteger(stage.minFirms) || stage.minFirms < 1) {
      throw new MetricInputError(
        `Chain stage "${stage.name}" (${stage.id}) must have minFirms (θ) an integer ≥ 1, but got: ${stage.minFirms}`,
      );
    }
    if (!Number.isFinite(stage.weight) || stage.weight < 0) {
      throw new MetricInputError(
        `Chain stage "${stage.name}" (${stage.id}) must have a finite weight ≥ 0, but got: ${stage.weight}`,
      );
    }
    if (!Number.isFinite(stage.position)) {
      throw new MetricInputError(
        `Chain stage "${stage.name}" (${stage.id}) must have a finite position, but got: ${stage.position}`,
      );
    }
  }
}
