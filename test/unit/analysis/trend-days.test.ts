import { ServiceCategory } from "../../../src/domain";
import { trendDays } from "../../../src/analysis/trend.service";
import { formatTrend, parseTrendArgs } from "../../../src/trend-cli";

describe("the days of a trend", () => {
  it("steps by year, quarter and month from `from`, up to `to` inclusive", () => {
    expect(trendDays("2019-12-31", "2022-12-31", "YEAR")).toEqual(["2019-12-31", "2020-12-31", "2021-12-31", "2022-12-31"]);
    expect(trendDays("2020-01-31", "2020-08-01", "QUARTER")).toEqual(["2020-01-31", "2020-04-30", "2020-07-31"]);
    expect(trendDays("2020-01-31", "2020-03-31", "MONTH")).toEqual(["2020-01-31", "2020-02-29", "2020-03-31"]);
    expect(trendDays("2020-02-29", "2021-03-01", "YEAR")).toEqual(["2020-02-29", "2021-02-28"]);
    expect(trendDays("2020-06-30", "2020-06-30", "YEAR")).toEqual(["2020-06-30"]);
  });

  it("refuses bad days, a backwards span, an unknown step and more than 60 days, saying why", () => {
    expect(() => trendDays("2021-02-29", "2022-01-01", "YEAR")).toThrow('from must be a calendar date YYYY-MM-DD that exists (e.g. "2020-06-30"), but got: "2021-02-29"');
    expect(() => trendDays("2022-01-01", "2020-01-01", "YEAR")).toThrow("from must not be after to, but got from 2022-01-01 and to 2020-01-01.");
    expect(() => trendDays("2020-01-01", "2021-01-01", "WEEK" as never)).toThrow("step must be one of YEAR, QUARTER, MONTH");
    expect(() => trendDays("2000-01-01", "2020-01-01", "MONTH")).toThrow("A trend holds at most 60 days");
  });
});

describe("npm run trend", () => {
  it("reads its command line and checks the dates before opening Neo4j", () => {
    expect(parseTrendArgs(["Diyiqiang Group", "--from", "2019-12-31", "--to", "2021-12-31", "--format", "csv"])).toEqual({
      platform: "Diyiqiang Group", from: "2019-12-31", to: "2021-12-31", step: "YEAR", format: "csv", out: undefined,
    });
    expect(parseTrendArgs(["--help"])).toBeNull();
    expect(() => parseTrendArgs(["x", "--from", "2019-12-31"])).toThrow("--from and --to are required");
    expect(() => parseTrendArgs(["x", "--from", "2019-12-31", "--to", "2020-12-31", "--step", "decade"])).toThrow("--step must be one of YEAR, QUARTER, MONTH");
  });

  it("prints one row per day with the trend's figures", () => {
    const point = (asOf: string, members: number) => ({
      platform: { id: "p", name: "P" }, asOf, scope: `the ecosystem of P as of ${asOf}`, activeMembers: members,
      diversity: 1, evenness: 0.5, supplyHhi: 0.25, serviceHhi: 0.2, keystoneFallOutShare: 0.1,
      serviceCoverage: [{ category: ServiceCategory.FINANCING, selfImprovement: true, servedMembers: 1, share: 0.5, lostWithoutPlatform: 0 }],
      chains: [{ chain: { id: "c", name: "C" }, coverage: 0.75, depth: 0.5, linkContinuity: 1, gaps: 1 }],
    });
    const trend = { platform: { id: "p", name: "P" }, from: "2020-12-31", to: "2021-12-31", step: "YEAR" as const, points: [point("2020-12-31", 3), point("2021-12-31", 4)] };
    expect(formatTrend(trend, "csv").split("\r\n")).toEqual([
      "asOf,activeMembers,diversity,evenness,supplyHhi,serviceHhi,keystoneFallOut,coverageFINANCING,chain1Coverage,chain1Depth,chain1Links",
      "2020-12-31,3,1,0.5,0.25,0.2,0.1,0.5,0.75,0.5,1",
      "2021-12-31,4,1,0.5,0.25,0.2,0.1,0.5,0.75,0.5,1",
      "",
    ]);
    expect(formatTrend(trend, "table")).toContain("the ecosystem of P, 2020-12-31 to 2021-12-31 by YEAR (chain1 = C)");
  });
});
