import {
  chainCompleteness,
  type ChainStageInput,
} from "../../../src/metrics/algorithms/chain-completeness";
import { MetricInputError } from "../../../src/metrics/algorithms/metric-errors";

const stage = (
  id: string,
  position: number,
  weight: number,
  minFirms: number,
  firmIds: string[],
): ChainStageInput => ({ id, name: `Stage ${id}`, position, weight, minFirms, firmIds });

/*
 * A four-stage chain, given out of order:
 *   s1 (pos 1, w 1, θ 2): f1, f2 (f1 listed twice) → n = 2, covered, depth 1
 *   s2 (pos 2, w 2, θ 2): f3                      → n = 1, gap (missing 1), depth ½, thin (one firm)
 *   s3 (pos 3, w 3, θ 1): f4, f5; f5 is a cut vertex → covered, depth 1, thin (articulation point)
 *   s4 (pos 4, w 4, θ 3): nobody                  → gap, empty, depth 0
 * CC = (1 + 3) / (1 + 2 + 3 + 4) = 0.4
 * CD = (1 + ½ + 1 + 0) / 4 = 0.625
 * Supplies: f1→f3 links s1–s2; f4→f3 (downstream to upstream) links s2–s3; f5→f9 leaves the chain;
 * s3–s4 has no tie → LC = 2/3, broken link s3→s4.
 */
const CHAIN = [
  stage("s3", 3, 3, 1, ["f4", "f5"]),
  stage("s1", 1, 1, 2, ["f1", "f2", "f1"]),
  stage("s4", 4, 4, 3, []),
  stage("s2", 2, 2, 2, ["f3"]),
];
const SUPPLIES = [
  { from: "f1", to: "f3" },
  { from: "f4", to: "f3" },
  { from: "f5", to: "f9" },
];

describe("chainCompleteness", () => {
  const result = chainCompleteness(CHAIN, SUPPLIES, { articulationPoints: new Set(["f5", "f9"]) });

  it("computes coverage, depth and link continuity", () => {
    expect(result.coverage).toBeCloseTo(0.4, 12);
    expect(result.depth).toBeCloseTo(0.625, 12);
    expect(result.linkContinuity).toBeCloseTo(2 / 3, 12);
    expect(result.brokenLinks).toEqual([{ fromStageId: "s3", toStageId: "s4" }]);
  });

  it("lists gaps (n < θ), marking the empty ones", () => {
    expect(result.gaps).toEqual([
      { stageId: "s2", name: "Stage s2", position: 2, firmCount: 1, minFirms: 2, missingFirms: 1, empty: false },
      { stageId: "s4", name: "Stage s4", position: 4, firmCount: 0, minFirms: 3, missingFirms: 3, empty: true },
    ]);
  });

  it("lists thin stages: one firm (even if also a gap) or an articulation point", () => {
    expect(result.thinStages).toEqual([
      { stageId: "s2", name: "Stage s2", position: 2, reason: "SINGLE_FIRM", firmIds: ["f3"] },
      { stageId: "s3", name: "Stage s3", position: 3, reason: "ARTICULATION_POINT", firmIds: ["f5"] },
    ]);
  });

  it("reports every stage upstream first, with depth contributions adding up to CD", () => {
    expect(result.perStage.map((s) => [s.stageId, s.firmCount, s.covered, s.depth])).toEqual([
      ["s1", 2, true, 1],
      ["s2", 1, false, 0.5],
      ["s3", 2, true, 1],
      ["s4", 0, false, 0],
    ]);
    const sum = result.perStage.reduce((total, s) => total + s.depthContribution, 0);
    expect(sum).toBeCloseTo(result.depth, 12);
  });

  it("prefers SINGLE_FIRM when the only firm is also an articulation point, and a θ = 1 single firm is thin but no gap", () => {
    const single = chainCompleteness([stage("a", 1, 1, 1, ["f"])], [], { articulationPoints: new Set(["f"]) });
    expect(single.gaps).toEqual([]);
    expect(single.thinStages).toEqual([{ stageId: "a", name: "Stage a", position: 1, reason: "SINGLE_FIRM", firmIds: ["f"] }]);
    expect(single.coverage).toBe(1);
  });

  it("needs a tie between two different firms: a firm in both stages does not link them by itself", () => {
    const stages = [stage("a", 1, 1, 1, ["f", "g"]), stage("b", 2, 1, 1, ["f"])];
    expect(chainCompleteness(stages, [{ from: "f", to: "f" }]).linkContinuity).toBe(0);
    expect(chainCompleteness(stages, [{ from: "g", to: "f" }]).linkContinuity).toBe(1);
  });

  it("edge cases: no stages → 0 everywhere; one stage → LC = 1; all weights 0 → stages count equally", () => {
    expect(chainCompleteness([], [])).toEqual({
      coverage: 0, depth: 0, linkContinuity: 0, gaps: [], thinStages: [], brokenLinks: [], perStage: [],
    });
    const one = chainCompleteness([stage("a", 1, 5, 2, [])], []);
    expect([one.coverage, one.depth, one.linkContinuity]).toEqual([0, 0, 1]);
    const zeroWeights = chainCompleteness([stage("a", 1, 0, 1, ["f"]), stage("b", 2, 0, 1, [])], []);
    expect(zeroWeights.coverage).toBe(0.5);
  });

  it("rejects θ < 1, negative weights and duplicate stage ids, naming the stage", () => {
    expect(() => chainCompleteness([stage("a", 1, 1, 0, [])], [])).toThrow(MetricInputError);
    expect(() => chainCompleteness([stage("a", 1, 1, 0, [])], [])).toThrow(/"Stage a" \(a\) must have minFirms .* got: 0/);
    expect(() => chainCompleteness([stage("a", 1, -1, 1, [])], [])).toThrow(/finite weight ≥ 0/);
    expect(() => chainCompleteness([stage("a", 1, 1, 1, []), stage("a", 2, 1, 1, [])], [])).toThrow(/"a" appears twice/);
  });
});
