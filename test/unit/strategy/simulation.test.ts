import { measureScope, type Universe, type UniverseActor, type UniverseEdge } from "../../../src/strategy/scope-model";
import { simulate, type SimulationStep } from "../../../src/strategy/simulation";

/**
 * A hand-made ecosystem: platform P with members f1..f4 (f1, f2 in chain stage s1; f3 in s2;
 * nobody in s3), provider A serving f1 in LEGAL and partnering with P, provider B (LEGAL,
 * outside), firm x outside (works in s3), agency G supporting P.
 */
function universe(): Universe {
  const actor = (id: string, label: UniverseActor["label"], extra: Partial<UniverseActor> = {}): UniverseActor => ({
    id, name: id.toUpperCase(), label, population: label === "Platform" ? "CORE_PLATFORM" : label === "Firm" ? "MANUFACTURER" : label === "ServiceProvider" ? "SERVICE_PROVIDER" : "GOVERNMENT",
    categories: [], regions: [], stageIds: [], externalSupplyVolume: 0, ...extra,
  });
  const edge = (source: string, target: string, type: string, extra: Partial<UniverseEdge> = {}): UniverseEdge => ({ source, target, type, volume: null, category: null, ...extra });
  return {
    platformId: "p",
    asOf: null,
    actors: [
      actor("p", "Platform"),
      actor("f1", "Firm", { stageIds: ["s1"], externalSupplyVolume: 5 }),
      actor("f2", "Firm", { stageIds: ["s1"] }),
      actor("f3", "Firm", { stageIds: ["s2"] }),
      actor("f4", "Firm"),
      actor("x", "Firm", { stageIds: ["s3"] }),
      actor("a", "ServiceProvider", { categories: ["LEGAL"] }),
      actor("b", "ServiceProvider", { categories: ["LEGAL", "FINANCING"] }),
      actor("g", "GovernmentAgency"),
    ],
    edges: [
      ...["f1", "f2", "f3", "f4"].map((f) => edge(f, "p", "MEMBER_OF")),
      edge("a", "p", "PARTNERS_WITH"),
      edge("a", "f1", "SERVES", { category: "LEGAL" }),
      edge("b", "x", "SERVES", { category: "FINANCING" }),
      edge("f1", "f3", "SUPPLIES", { volume: 10 }),
      edge("x", "f3", "SUPPLIES", { volume: 4 }),
      edge("g", "p", "SUPPORTS"),
    ],
    chains: [
      {
        id: "c", name: "Chain", industry: "tools", anchorRegions: [],
        stages: [
          { id: "s1", name: "One", position: 1, weight: 1, minFirms: 2 },
          { id: "s2", name: "Two", position: 2, weight: 2, minFirms: 1 },
          { id: "s3", name: "Three", position: 3, weight: 1, minFirms: 1 },
        ],
      },
    ],
  };
}
const options = { exactLimit: 1_000_000 };
const run = (steps: SimulationStep[], u = universe()) => simulate({ universe: u, steps, options });
const legal = (result: ReturnType<typeof run>) => result.serviceCoverage.find((c) => c.category === "LEGAL")!;

describe("strategy simulation (pure)", () => {
  it("measures the scope by the ecosystem rule: members, partners, providers serving members, supporting agencies", () => {
    const measure = measureScope(universe());
    expect(measure.memberIds).toEqual(["f1", "f2", "f3", "f4"]);
    expect(measure.actorIds).toEqual(["a", "f1", "f2", "f3", "f4", "g", "p"]);
    expect(measure.serviceCoverage.find((c) => c.category === "LEGAL")!.share).toBe(0.25);
    // CC = (w1 + w2) / Σw = 3/4; CD = (1 + 1 + 0)/3; LC: s1–s2 linked by f1→f3, s2–s3 broken.
    expect(measure.chains[0]).toMatchObject({ coverage: 0.75, linkContinuity: 0.5 });
    expect(measure.chains[0]!.depth).toBeCloseTo(2 / 3, 12);
    expect(measure.supplyConcentration).toMatchObject({ hhi: 1, actors: 1 }); // f1 alone supplies: 10 + 5
  });

  it("adds a partner that serves firms: coverage rises by the share of members reached, the provider joins", () => {
    const result = run([{ kind: "ADD_PARTNER", providerId: "b", category: "LEGAL", firmIds: ["f2", "f3"] }]);
    expect(legal(result).share).toEqual({ before: 0.25, after: 0.75, delta: 0.5 });
    expect(result.actors).toEqual({ before: 7, after: 8, delta: 1 });
    const b = result.centrality.find((c) => c.actorId === "b")!;
    expect(b.role).toBe("NEW");
    expect(b.degree).toEqual({ before: null, after: 3, delta: null });
    expect(result.centrality.find((c) => c.role === "PLATFORM")!.degree.delta).toBe(1);
    expect(result.steps[0]!.effect).toContain("serves 2 more firm(s) in LEGAL");
  });

  it("recruits an outside firm into the gap stage: CC rises by w_s / Σw, and the firm's ties come with it", () => {
    const result = run([{ kind: "RECRUIT_FIRM", firmId: "x", stageId: "s3" }]);
    const chain = result.chains[0]!;
    expect(chain.coverage.before).toBe(0.75);
    expect(chain.coverage.after).toBe(1);
    expect(chain.gapsAfter).toEqual([]);
    // x already supplies f3 (s2 → s3 linked now), and b, which serves x, joins the ecosystem.
    expect(chain.linkContinuity).toEqual({ before: 0.5, after: 1, delta: 0.5 });
    expect(result.activeMembers).toEqual({ before: 4, after: 5, delta: 1 });
    expect(result.centrality.map((c) => [c.actorId, c.role])).toEqual([["p", "PLATFORM"], ["b", "NEW"], ["x", "NEW"]]);
    expect(result.serviceCoverage.find((c) => c.category === "FINANCING")!.servedMembers).toEqual({ before: 0, after: 1, delta: 1 });
  });

  it("ends a membership: the firm and what it alone brought leave the scope", () => {
    const result = run([{ kind: "END_MEMBERSHIP", firmId: "f1" }]);
    expect(result.activeMembers.after).toBe(3);
    expect(legal(result).share).toEqual({ before: 0.25, after: 0, delta: -0.25 });
    expect(result.chains[0]!.gapsAfter).toContain("One");
    expect(result.supplyHhi.after).toBe(0);
  });

  it("adds a supply link that mends a broken stage pair", () => {
    const result = run([
      { kind: "RECRUIT_FIRM", firmId: "f4", stageId: "s3" },
      { kind: "ADD_SUPPLY_LINK", fromFirmId: "f3", toFirmId: "f4", volume: 2 },
    ]);
    expect(result.steps[0]!.effect).toContain("already a member");
    expect(result.chains[0]!.linkContinuity.after).toBe(1);
    expect(result.supplyHhi.after).toBeCloseTo((15 / 17) ** 2 + (2 / 17) ** 2, 12);
  });

  it("never changes its input", () => {
    const u = universe();
    const copy = JSON.parse(JSON.stringify(u));
    run([{ kind: "RECRUIT_FIRM", firmId: "x", stageId: "s3" }, { kind: "END_MEMBERSHIP", firmId: "f2" }, { kind: "ADD_SERVICE", providerId: "a", category: "LEGAL", firmIds: ["f4"] }], u);
    expect(u).toEqual(copy);
  });

  it("works on JSON: the input and output survive a structured clone (a worker thread's message)", () => {
    const input = structuredClone({ universe: universe(), steps: [{ kind: "ADD_SERVICE", providerId: "a", category: "LEGAL", firmIds: ["f2"] }] as SimulationStep[], options });
    const result = simulate(input);
    expect(structuredClone(result)).toEqual(result);
    expect(legal(result).share.after).toBe(0.5);
  });

  it("refuses bad steps, all of them in one error, before applying any", () => {
    const attempt = () =>
      run([
        { kind: "ADD_SERVICE", providerId: "a", category: "FINANCING", firmIds: ["f2"] },
        { kind: "RECRUIT_FIRM", firmId: "a" },
        { kind: "END_MEMBERSHIP", firmId: "x" },
        { kind: "ADD_SUPPLY_LINK", fromFirmId: "f1", toFirmId: "f1" },
        { kind: "RECRUIT_FIRM", firmId: "x", stageId: "nowhere" },
        { kind: "FLY" as never },
      ]);
    expect(attempt).toThrow(/action 1 \(ADD_SERVICE\): the provider A does not offer FINANCING/);
    expect(attempt).toThrow(/action 2 \(RECRUIT_FIRM\): firmId "a" is not a Firm/);
    expect(attempt).toThrow(/action 3 \(END_MEMBERSHIP\): X is not an active member/);
    expect(attempt).toThrow(/action 4 \(ADD_SUPPLY_LINK\): a firm cannot supply itself/);
    expect(attempt).toThrow(/action 5 \(RECRUIT_FIRM\): stageId "nowhere"/);
    expect(attempt).toThrow(/action 6 \(FLY\): kind must be one of/);
    expect(() => run([])).toThrow(/at least one action/);
  });
});
