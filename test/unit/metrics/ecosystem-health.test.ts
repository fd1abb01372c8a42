import { SELF_IMPROVEMENT_SERVICES, ServiceCategory } from "../../../src/domain";
import {
  herfindahlIndex,
  keystoneDependence,
  membershipDynamics,
  serviceCoverage,
  shannonDiversity,
} from "../../../src/metrics/algorithms/ecosystem-health";
import { MetricInputError } from "../../../src/metrics/algorithms/metric-errors";
import { buildGraph } from "../../../src/metrics/algorithms/metric-graph";
import { fromPairs } from "./small-graphs";

describe("shannonDiversity", () => {
  it("two equal populations: H = ln 2, J = 1", () => {
    const result = shannonDiversity({ FIRM: 5, SERVICE_PROVIDER: 5 });
    expect(result.H).toBeCloseTo(Math.log(2), 12);
    expect(result.J).toBeCloseTo(1, 12);
    expect(result.S).toBe(2);
  });

  it("shares ½, ¼, ¼: H = ½ ln 2 + 2·¼ ln 4 = 1.5 ln 2 = 1.039721, J = H / ln 3 = 0.946395", () => {
    const result = shannonDiversity({ FIRM: 2, FINANCING: 1, LEGAL: 1, BRANDING: 0 });
    expect(result.H).toBeCloseTo(1.039720771, 8);
    expect(result.J).toBeCloseTo(0.946394630, 8);
    expect(result.S).toBe(3); // the zero count is not a population present
  });

  it("one population or none: H = 0 and J = 0 (not NaN)", () => {
    expect(shannonDiversity({ FIRM: 7, GOVERNMENT: 0 })).toEqual({ H: 0, J: 0, S: 1 });
    expect(shannonDiversity({})).toEqual({ H: 0, J: 0, S: 0 });
    expect(() => shannonDiversity({ FIRM: -1 })).toThrow(MetricInputError);
  });
});

describe("herfindahlIndex", () => {
  it("volumes 50, 30, 20: shares .5, .3, .2 → .25 + .09 + .04 = 0.38 (3,800)", () => {
    const result = herfindahlIndex([50, 30, 20]);
    expect(result.hhi).toBeCloseTo(0.38, 12);
    expect(result.hhi10000).toBeCloseTo(3800, 8);
    expect(result.actors).toBe(3);
    expect(herfindahlIndex([0.5, 0.3, 0.2]).hhi).toBeCloseTo(0.38, 12);
  });

  it("monopoly 1, four equal actors ¼, nothing at all 0", () => {
    expect(herfindahlIndex([0, 12, 0])).toEqual({ hhi: 1, hhi10000: 10_000, actors: 1 });
    expect(herfindahlIndex([3, 3, 3, 3]).hhi).toBeCloseTo(0.25, 12);
    expect(herfindahlIndex([])).toEqual({ hhi: 0, hhi10000: 0, actors: 0 });
    expect(herfindahlIndex([0, 0])).toEqual({ hhi: 0, hhi10000: 0, actors: 0 });
    expect(() => herfindahlIndex([1, Number.NaN])).toThrow(MetricInputError);
  });
});

describe("serviceCoverage", () => {
  it("shares of members served per category, self-improvement services first", () => {
    const coverage = serviceCoverage(
      ["m1", "m2", "m3", "m4"],
      [
        { firmId: "m1", category: ServiceCategory.FINANCING },
        { firmId: "m2", category: ServiceCategory.FINANCING },
        { firmId: "m1", category: ServiceCategory.FINANCING }, // served twice: counts once
        { firmId: "x", category: ServiceCategory.FINANCING }, // not a member: ignored
        { firmId: "m3", category: ServiceCategory.LEGAL },
        { firmId: "m4", category: ServiceCategory.LOGISTICS },
      ],
    );
    expect(coverage).toHaveLength(10);
    expect(coverage.slice(0, 5).map((c) => c.category)).toEqual([...SELF_IMPROVEMENT_SERVICES]);
    expect(coverage.every((c, i) => c.selfImprovement === i < 5)).toBe(true);
    const share = Object.fromEntries(coverage.map((c) => [c.category, c.share]));
    expect(share).toMatchObject({ FINANCING: 0.5, LEGAL: 0.25, LOGISTICS: 0.25, BRANDING: 0, TRAINING: 0 });
    expect(coverage[0]).toEqual({
      category: ServiceCategory.FINANCING, selfImprovement: true, servedMembers: 2, memberCount: 4, share: 0.5,
    });
  });

  it("no members → every share 0; an unknown category is an input error", () => {
    expect(serviceCoverage([], [{ firmId: "m1", category: ServiceCategory.IT }]).every((c) => c.share === 0)).toBe(true);
    expect(() => serviceCoverage(["m1"], [{ firmId: "m1", category: "ASTROLOGY" as ServiceCategory }])).toThrow(
      /must be one of FINANCING, .* got: ASTROLOGY/,
    );
  });
});

describe("keystoneDependence", () => {
  /*
   * Platform P with members m1..m5; providers f (FINANCING) and l (LEGAL); x is another actor.
   *   m1–P, m2–P, m3–P, m4–P, m1–m2, m2–f, P–l, m3–x; m5 is isolated.
   * Intact: {P, m1, m2, m3, m4, f, l, x} is the largest component → 4 of 5 members in it (0.8);
   *   f and l are reachable from m1..m4 (0.8 each).
   * Without P: {m1, m2, f}, {m3, x}, {m4}, {l}, {m5}; the largest is {m1, m2, f} → 0.4;
   *   m3 and m4 fall out (0.4). Financing stays reachable from m1, m2 only: m3, m4 lose it (0.4);
   *   legal was reachable only through P: m1..m4 lose it (0.8).
   */
  const input = fromPairs(["m1-P", "m2-P", "m3-P", "m4-P", "m1-m2", "m2-f", "P-l", "m3-x"]);
  const graph = buildGraph({ ...input, nodes: [...input.nodes, { id: "m5" }] }, { directed: false, weighted: false });
  const result = keystoneDependence({
    graph,
    platformId: "P",
    memberIds: ["m1", "m2", "m3", "m4", "m5", "m1"],
    providersByCategory: { FINANCING: ["f"], LEGAL: ["l", "not-in-scope"] },
  });

  it("measures who falls out of the largest component without the platform", () => {
    expect(result.memberCount).toBe(5);
    expect(result.largestComponent).toEqual({
      withPlatform: 0.8,
      withoutPlatform: 0.4,
      fallOutShare: 0.4,
      fallOutMemberIds: ["m3", "m4"],
    });
  });

  it("measures per category who loses every path to a provider", () => {
    const byCategory = Object.fromEntries(result.categories.map((c) => [c.category, c]));
    expect(byCategory.FINANCING).toMatchObject({
      reachableWithPlatform: 0.8, reachableWithoutPlatform: 0.4, lostShare: 0.4, lostMemberIds: ["m3", "m4"],
    });
    expect(byCategory.LEGAL).toMatchObject({
      reachableWithPlatform: 0.8, reachableWithoutPlatform: 0, lostShare: 0.8, lostMemberIds: ["m1", "m2", "m3", "m4"],
    });
    expect(byCategory.IT).toMatchObject({ reachableWithPlatform: 0, reachableWithoutPlatform: 0, lostShare: 0 });
    expect(result.categories.slice(0, 5).map((c) => c.category)).toEqual([...SELF_IMPROVEMENT_SERVICES]);
  });

  it("breaks a tie between equally large components by the smallest node id", () => {
    const star = buildGraph(fromPairs(["a1-P", "a1-a2", "b1-P", "b1-b2"]), { directed: false, weighted: false });
    const tie = keystoneDependence({ graph: star, platformId: "P", memberIds: ["a1", "b1"], providersByCategory: {} });
    expect(tie.largestComponent).toEqual({ withPlatform: 1, withoutPlatform: 0.5, fallOutShare: 0.5, fallOutMemberIds: ["b1"] });
  });

  it("no members → shares 0; platform or member missing from the graph → input error", () => {
    const empty = keystoneDependence({ graph, platformId: "P", memberIds: [], providersByCategory: {} });
    expect(empty.largestComponent.fallOutShare).toBe(0);
    expect(() => keystoneDependence({ graph, platformId: "Q", memberIds: [], providersByCategory: {} })).toThrow(
      /platform "Q" is not a node/,
    );
    expect(() => keystoneDependence({ graph, platformId: "P", memberIds: ["ghost"], providersByCategory: {} })).toThrow(
      /these are not: "ghost"/,
    );
  });
});

describe("membershipDynamics", () => {
  /*
   *   f1 2018 → now   f2 2018 → 2020   f3 2019 → now   f4 ? → 2019   f5 2020 → 2020   f6 2019 → now
   * Active at the end of 2017: f4 → 1.
   * 2018: joined f1, f2; left –;  active f1 f2 f4 = 3; growth (3−1)/1 = 2; survivors f1 → ½
   * 2019: joined f3, f6; left f4; active f1 f2 f3 f6 = 4; growth ⅓; survivors f3, f6 → 1
   * 2020: joined f5; left f2, f5; active f1 f3 f6 = 3; growth −¼; survivors none → 0
   */
  const memberships = [
    { firmId: "f1", since: "2018-03-01", until: null },
    { firmId: "f2", since: "2018-06-01", until: "2020-02-01" },
    { firmId: "f3", since: "2019-01-01T00:00:00Z", until: null },
    { firmId: "f4", since: null, until: "2019-05-01" },
    { firmId: "f5", since: "2020-01-01", until: "2020-12-31" },
    { firmId: "f6", since: "2019", until: null },
  ];

  it("counts joined, left, active at year end, growth and cohort survival per year", () => {
    const result = membershipDynamics(memberships);
    expect(result.years).toEqual([
      { year: 2018, joined: 2, left: 0, netChange: 2, activeAtYearEnd: 3, growthRate: 2, survivors: 1, survivalRate: 0.5 },
      { year: 2019, joined: 2, left: 1, netChange: 1, activeAtYearEnd: 4, growthRate: 1 / 3, survivors: 2, survivalRate: 1 },
      { year: 2020, joined: 1, left: 2, netChange: -1, activeAtYearEnd: 3, growthRate: -0.25, survivors: 0, survivalRate: 0 },
    ]);
    expect([result.firms, result.activeNow, result.unknownSince]).toEqual([6, 3, 1]);
  });

  it("takes a year range; a year nobody joined has survival null, not 0", () => {
    const result = membershipDynamics(memberships, { fromYear: 2019, toYear: 2021 });
    expect(result.years.map((y) => y.year)).toEqual([2019, 2020, 2021]);
    expect(result.years[0]?.growthRate).toBeCloseTo(1 / 3, 12); // relative to the end of 2018
    expect(result.years[2]).toEqual({
      year: 2021, joined: 0, left: 0, netChange: 0, activeAtYearEnd: 3, growthRate: 0, survivors: 0, survivalRate: null,
    });
  });

  it("edge cases: no memberships, and bad dates named in the error", () => {
    expect(membershipDynamics([])).toEqual({ years: [], firms: 0, activeNow: 0, unknownSince: 0 });
    expect(() => membershipDynamics([{ firmId: "f", since: "2020-01-01", until: "2019-01-01" }])).toThrow(
      /firm "f" must not end before it starts/,
    );
    expect(() => membershipDynamics([{ firmId: "f", since: "soon", until: null }])).toThrow(
      /firm "f" must have since as an ISO 8601 date/,
    );
    expect(() => membershipDynamics(memberships, { fromYear: 2021, toYear: 2019 })).toThrow(MetricInputError);
  });
});
