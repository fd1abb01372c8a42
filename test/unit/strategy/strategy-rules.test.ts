import {
  differentiationScore,
  localScore,
  rankProviderCandidates,
  rankRecruitCandidates,
  serviceScore,
  statusOf,
  type ProviderFacts,
  type RecruitFacts,
} from "../../../src/strategy/strategy-rules";

const thresholds = { criticalBelow: 0.25, weakBelow: 0.5, strongFrom: 0.8 };

describe("strategy rules", () => {
  it("maps a score to a status at the configured thresholds, each bound belonging to the status above it", () => {
    expect(statusOf(0, thresholds)).toBe("CRITICAL");
    expect(statusOf(0.2499, thresholds)).toBe("CRITICAL");
    expect(statusOf(0.25, thresholds)).toBe("WEAK");
    expect(statusOf(0.5, thresholds)).toBe("ADEQUATE");
    expect(statusOf(0.7999, thresholds)).toBe("ADEQUATE");
    expect(statusOf(0.8, thresholds)).toBe("STRONG");
    expect(statusOf(0.3, { criticalBelow: 0.4, weakBelow: 0.6, strongFrom: 0.9 })).toBe("CRITICAL");
  });

  it("scores a service as its coverage over the target share, capped at 1", () => {
    expect(serviceScore(0.025, { serviceTargetShare: 0.5 })).toBeCloseTo(0.05, 12);
    expect(serviceScore(0.52, { serviceTargetShare: 0.5 })).toBe(1);
    expect(serviceScore(0.25, { serviceTargetShare: 0.25 })).toBe(1);
  });

  it("scores local operation as the mean of local chain coverage and local service scores", () => {
    expect(localScore([0.5, 1], [0.25, 0.5], { serviceTargetShare: 0.5 })).toBeCloseTo((0.75 + 0.75) / 2, 12);
    expect(localScore([], [0.5], { serviceTargetShare: 0.5 })).toBe(1);
    expect(localScore([1], [], { serviceTargetShare: 0.5 })).toBe(0.5);
  });

  it("scores differentiation as leads / (leads + lags) at the margin, 0.5 when the platform differs nowhere", () => {
    const d = (category: string, difference: number) => ({ category, share: 0.5 + difference, peerMean: 0.5, difference });
    const result = differentiationScore([d("A", 0.2), d("B", -0.1), d("C", 0.05), d("D", -0.3)], { differentiationMargin: 0.1 });
    expect(result.score).toBeCloseTo(1 / 3, 12);
    expect(result.leads.map((l) => l.category)).toEqual(["A"]);
    expect(result.lags.map((l) => l.category)).toEqual(["D", "B"]);
    expect(differentiationScore([d("A", 0.05)], { differentiationMargin: 0.1 }).score).toBe(0.5);
  });

  it("ranks provider candidates by reach, existing clients before peer partners, and reaches local members first", () => {
    const provider = (id: string, extra: Partial<ProviderFacts>): ProviderFacts => ({
      id, name: id, regionId: null, capacity: 0, memberClientIds: [], partnerPlatformIds: [], ...extra,
    });
    const uncovered = [
      { id: "m1", name: "Alpha", regionIds: ["r-far"] },
      { id: "m2", name: "Beta", regionIds: ["r-home", "r-province"] },
      { id: "m3", name: "Gamma", regionIds: ["r-far"] },
    ];
    const ranked = rankProviderCandidates(
      "P",
      [
        provider("clients", { memberClientIds: ["m1", "m3", "served-already"], partnerPlatformIds: ["P"] }),
        provider("peer", { capacity: 2, partnerPlatformIds: ["Q"], regionId: "r-province" }),
        provider("peer-big", { capacity: 10, partnerPlatformIds: ["Q"] }),
        provider("nobody", { capacity: 5 }),
        provider("own-partner-no-clients", { capacity: 5, partnerPlatformIds: ["P"] }),
      ],
      uncovered,
      { partnerCapacityFactor: 1, maxCandidates: 10 },
    );
    expect(ranked.map((c) => [c.provider.id, c.basis, c.reachIds])).toEqual([
      ["peer-big", "PEER_PARTNER", ["m1", "m2", "m3"]],
      ["clients", "EXISTING_CLIENTS", ["m1", "m3"]],
      ["peer", "PEER_PARTNER", ["m2", "m1"]],
    ]);
    expect(ranked[1]!.partner).toBe(true);
    const halved = rankProviderCandidates("P", [provider("peer", { capacity: 3, partnerPlatformIds: ["Q"] })], uncovered, { partnerCapacityFactor: 0.5, maxCandidates: 1 });
    expect(halved[0]!.reachIds).toHaveLength(2);
  });

  it("ranks recruit candidates by basis, then home region, then supply ties, then name", () => {
    const firm = (id: string, extra: Partial<RecruitFacts>): RecruitFacts => ({
      id, name: id, basis: "SAME_INDUSTRY", regionId: null, regionName: null, inAnchorRegion: false, tiesToChain: 0, ...extra,
    });
    const ranked = rankRecruitCandidates(
      [
        firm("industry-local", { inAnchorRegion: true }),
        firm("adjacent-far", { basis: "ADJACENT_STAGE" }),
        firm("stage", { basis: "WORKS_IN_STAGE" }),
        firm("adjacent-tied", { basis: "ADJACENT_STAGE", tiesToChain: 3 }),
        firm("adjacent-local", { basis: "ADJACENT_STAGE", inAnchorRegion: true }),
      ],
      { maxCandidates: 4 },
    );
    expect(ranked.map((f) => f.id)).toEqual(["stage", "adjacent-local", "adjacent-tied", "adjacent-far"]);
  });
});
