import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { graphql } from "graphql";
import { buildSeedData, SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import type { SeedRelationship } from "../../seed/seed-types";
import { createServices } from "../../src/api";
import type { Caller } from "../../src/auth/roles";
import { findProjectRoot, type Config } from "../../src/config";
import type { Database } from "../../src/db/database";
import { SELF_IMPROVEMENT_SERVICES, SERVICE_CATEGORIES } from "../../src/domain";
import { buildEcographSchema } from "../../src/graphql/build-schema";
import { createRequestContext, type Services } from "../../src/graphql/context";
import { loadTypeDefs } from "../../src/graphql/type-defs";
import { selectionFrom } from "../../src/metrics/graph-reader";
import { runReportCli } from "../../src/report-cli";
import { defaultReportLibrary } from "../../src/reports/report-library";
import type { ReportRow } from "../../src/reports/report.service";
import { connectTestDatabase, testConfig } from "../helpers/test-neo4j";

/**
 * Every report of the library against the sample ecosystems as the global setup loaded them.
 * Expected rows are worked out here from the seed itself (buildSeedData() and SEED_FACTS), and,
 * where Ecograph computes the same measure another way (the metric services, in TypeScript),
 * the two must agree.
 */

// ---------------------------------------------------------------------------------------------
// The seed, read directly: what the reports must find
// ---------------------------------------------------------------------------------------------

const seed = buildSeedData();
const nodeByKey = new Map(seed.nodes.map((node) => [node.key, node]));
const id = seedNodeId;
const nameOf = (key: string) => nodeByKey.get(key)!.props["name"] as string;
const isActive = (r: SeedRelationship) => r.props?.["until"] === undefined || r.props?.["until"] === null;
const relationships = (type: SeedRelationship["type"]) => seed.relationships.filter((r) => r.type === type);
const nodesOf = (label: string) => seed.nodes.filter((node) => node.label === label).map((node) => node.key);
const unique = <T>(items: Iterable<T>) => [...new Set(items)];
/** The order Cypher sorts strings in (code units), which is also `<` on strings. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const DIYIQIANG = SEED_FACTS.diyiqiangPlatformKey;
const PLATFORM_KEYS: readonly string[] = SEED_FACTS.platformKeys;
const PLATFORM_IDS = PLATFORM_KEYS.map((key) => id(key));

function activeMembers(platformKey: string): string[] {
  return unique(relationships("MEMBER_OF").filter((r) => r.to === platformKey && isActive(r)).map((r) => r.from));
}

function partnersOf(platformKey: string): Set<string> {
  return new Set(relationships("PARTNERS_WITH").filter((r) => r.to === platformKey && isActive(r)).map((r) => r.from));
}

/** Active supply volume each firm delivers, to any firm. */
const suppliedVolume = new Map<string, number>();
for (const r of relationships("SUPPLIES").filter(isActive)) {
  suppliedVolume.set(r.from, (suppliedVolume.get(r.from) ?? 0) + Number(r.props?.["volume"] ?? 0));
}

function stagesOf(chainKey: string): Array<{ key: string; position: number; minFirms: number; firms: string[] }> {
  return relationships("HAS_STAGE")
    .filter((r) => r.from === chainKey)
    .map((r) => {
      const props = nodeByKey.get(r.to)!.props;
      const firms = unique(relationships("OPERATES_IN").filter((o) => o.to === r.to).map((o) => o.from));
      return { key: r.to, position: props["position"] as number, minFirms: props["minFirms"] as number, firms };
    })
    .sort((a, b) => a.position - b.position);
}

/** Firms located in the region or in a region inside it (PART_OF, any depth). */
function firmsIn(regionKey: string): Set<string> {
  const parent = new Map(relationships("PART_OF").map((r) => [r.from, r.to]));
  const inside = (key: string | undefined): boolean => key !== undefined && (key === regionKey || inside(parent.get(key)));
  return new Set(relationships("LOCATED_IN").filter((r) => r.from.startsWith("firm:") && inside(r.to)).map((r) => r.from));
}

/** The rows chain-gaps must return for one chain measured in one region. */
function expectedGaps(chainKey: string, regionKey: string, includeCovered: boolean) {
  const scope = firmsIn(regionKey);
  return stagesOf(chainKey)
    .map((stage) => {
      const firms = stage.firms.filter((firm) => scope.has(firm));
      const n = firms.length;
      const status = n === 0 ? "EMPTY" : n < stage.minFirms ? "BELOW_THRESHOLD" : n === 1 ? "SINGLE_FIRM" : "COVERED";
      return {
        chainId: id(chainKey),
        regionId: id(regionKey),
        position: stage.position,
        stageId: id(stage.key),
        minFirms: stage.minFirms,
        firmCount: n,
        missingFirms: Math.max(0, stage.minFirms - n),
        status,
        firms: firms.map(nameOf).sort(byText).slice(0, 10),
      };
    })
    .filter((row) => includeCovered || row.status !== "COVERED");
}

function herfindahl(volumes: readonly number[]): number {
  const total = volumes.reduce((sum, v) => sum + v, 0);
  return total === 0 ? 0 : volumes.reduce((sum, v) => sum + (v / total) ** 2, 0);
}

/** Equal up to floating-point summation order. */
function expectClose(actual: unknown, expected: number): void {
  expect(typeof actual).toBe("number");
  expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

const pick = (row: ReportRow, keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, row[key]]));

// ---------------------------------------------------------------------------------------------

describe("the report library against the sample ecosystems", () => {
  let db: Database;
  let config: Config;
  let services: Services;
  const run = (name: string, params: Record<string, unknown> = {}) => services.reports.run(name, params).then((r) => r.rows);

  beforeAll(async () => {
    config = testConfig();
    db = await connectTestDatabase(config);
    services = createServices(db, config);
  });
  afterAll(async () => db?.close());

  it("has a test below for every report of the library", () => {
    expect(defaultReportLibrary().names()).toEqual([
      "chain-gaps",
      "membership-growth",
      "platform-dependence",
      "service-coverage",
      "stage-supply-concentration",
      "supply-concentration",
      "top-brokers",
    ]);
  });

  describe("top-brokers", () => {
    it("ranks Diyiqiang Group itself first, tied to every active member, partner and supporting agency", async () => {
      const rows = await run("top-brokers", { platform: id(DIYIQIANG), limit: 5 });
      expect(rows.map((row) => row["rank"])).toEqual([1, 2, 3, 4, 5]);
      const agencies = unique(relationships("SUPPORTS").filter((r) => r.to === DIYIQIANG).map((r) => r.from));
      const contacts = activeMembers(DIYIQIANG).length + partnersOf(DIYIQIANG).size + agencies.length;
      expect(activeMembers(DIYIQIANG)).toHaveLength(SEED_FACTS.diyiqiangActiveMemberCount);
      expect(rows[0]).toMatchObject({ actorId: id(DIYIQIANG), name: "Diyiqiang Group", label: "Platform", contacts });
      for (const row of rows) {
        expectClose(row["efficiency"], (row["effectiveSize"] as number) / (row["contacts"] as number));
        expect(row["constraint"]).toBeGreaterThan(0);
        expect(row["constraint"]).toBeLessThanOrEqual(1);
      }
      const constraints = rows.map((row) => row["constraint"] as number);
      expect(constraints).toEqual([...constraints].sort((a, b) => a - b));
    });

    it("agrees with the brokerage metric computed in TypeScript on the same ecosystem", async () => {
      for (const platformKey of PLATFORM_KEYS) {
        const rows = await run("top-brokers", { platform: id(platformKey), limit: 8 });
        const brokerage = await services.metrics.brokerage(selectionFrom({ platformId: id(platformKey) }), 8);
        expect(rows.map((row) => row["actorId"])).toEqual(brokerage.topBrokers.map((broker) => broker.id));
        rows.forEach((row, i) => {
          expectClose(row["constraint"], brokerage.topBrokers[i]!.constraint!);
          expectClose(row["effectiveSize"], brokerage.topBrokers[i]!.effectiveSize!);
        });
      }
    });

    it("lists 10 actors by default", async () => {
      expect(await run("top-brokers", { platform: id(SEED_FACTS.hc360PlatformKey) })).toHaveLength(10);
    });
  });

  describe("chain-gaps", () => {
    const anchorOf = (chainKey: string) => relationships("ANCHORED_IN").find((r) => r.from === chainKey)!.to;
    const chainKeys = [...SEED_FACTS.diyiqiangChainKeys, ...SEED_FACTS.hc360ChainKeys];
    const keys = ["chainId", "regionId", "position", "stageId", "minFirms", "firmCount", "missingFirms", "status", "firms"];

    it("measures each chain in its home region with homeRegion and lists its gaps, the footwear design stage among them", async () => {
      const rows = await run("chain-gaps", { homeRegion: true });
      const expected = chainKeys
        .sort((a, b) => byText(nameOf(a), nameOf(b)))
        .flatMap((chainKey) => expectedGaps(chainKey, anchorOf(chainKey), false));
      expect(rows.map((row) => pick(row, keys))).toEqual(expected);
      expect(rows).toContainEqual(
        expect.objectContaining({
          stageId: id(SEED_FACTS.uncoveredStage.stageKey),
          chain: "Wenzhou footwear chain",
          region: "Wenzhou",
          status: "EMPTY",
          firmCount: 0,
          firms: [],
        }),
      );
    });

    it("lists every stage with includeCovered, and the hardware chain's single surface-treatment firm across Zhejiang", async () => {
      const zhejiang = "region:cn-zj";
      const chain = SEED_FACTS.singleFirmStage.chainKey;
      const rows = await run("chain-gaps", { chain: id(chain), region: id(zhejiang), includeCovered: true });
      expect(rows.map((row) => pick(row, keys))).toEqual(expectedGaps(chain, zhejiang, true));
      expect(rows).toHaveLength(stagesOf(chain).length);
      expect(rows.find((row) => row["stageId"] === id(SEED_FACTS.singleFirmStage.stageKey))).toMatchObject({
        firmCount: 1,
        minFirms: 2,
        missingFirms: 1,
        status: "BELOW_THRESHOLD",
        firms: [nameOf(SEED_FACTS.singleFirmStage.firmKey)],
      });
    });

    it("gives the same statuses and counts as chainCompleteness for every chain and scope of the sample data, today and as of 2020", async () => {
      const scopes: Array<{ platformId?: string; regionId?: string }> = [
        {},
        ...nodesOf("Platform").map((key) => ({ platformId: id(key) })),
        ...nodesOf("Region").map((key) => ({ regionId: id(key) })),
      ];
      let compared = 0;
      for (const asOf of [undefined, "2020-06-30"]) {
        for (const chainKey of chainKeys) {
          for (const scope of scopes) {
            const rows = await run("chain-gaps", {
              chain: id(chainKey),
              platform: scope.platformId,
              region: scope.regionId,
              asOf,
              includeCovered: true,
            });
            const metric = await services.chains.completeness(id(chainKey), { ...scope, asOf });
            expect(rows.map((row) => [row["stageId"], row["status"], row["firmCount"], row["missingFirms"]])).toEqual(
              metric.perStage.map((stage) => [stage.stageId, stage.status, stage.firmCount, Math.max(0, stage.minFirms - stage.firmCount)]),
            );
            expect(rows.filter((row) => row["status"] === "EMPTY" || row["status"] === "BELOW_THRESHOLD").map((row) => row["stageId"]))
              .toEqual(metric.gaps.map((gap) => gap.stageId));
            // both name the same scope
            expect(rows.every((row) => row["scope"] === metric.scope.description)).toBe(true);
            expect(rows.every((row) => row["asOf"] === (asOf ?? null))).toBe(true);
            compared += rows.length;
          }
        }
      }
      expect(compared).toBeGreaterThan(0);
      // chains × (every firm, 3 platforms, every region) × 2 days: a few hundred metric answers
    }, 600_000);

    it("by default counts every firm, as chainCompleteness does: the hardware surface-treatment stage rests on one firm", async () => {
      const chain = SEED_FACTS.singleFirmStage.chainKey;
      const rows = await run("chain-gaps", { chain: id(chain), includeCovered: true });
      const metric = await services.chains.completeness(id(chain), {});
      const stage = rows.find((row) => row["stageId"] === id(SEED_FACTS.singleFirmStage.stageKey))!;
      expect(stage["scope"]).toBe("every firm, today");
      expect(metric.scope).toMatchObject({ kind: "ALL_FIRMS", asOf: null, description: "every firm, today" });
      expect(stage["firmCount"]).toBe(metric.perStage.find((s) => s.stageId === stage["stageId"])!.firmCount);
    });

    it("counts only a platform's active members when given one", async () => {
      const chain = SEED_FACTS.diyiqiangChainKeys[0];
      const rows = await run("chain-gaps", { chain: id(chain), platform: id(SEED_FACTS.hc360PlatformKey), homeRegion: true, includeCovered: true });
      const members = new Set(activeMembers(SEED_FACTS.hc360PlatformKey));
      const scope = firmsIn(anchorOf(chain));
      expect(rows.map((row) => row["firmCount"])).toEqual(
        stagesOf(chain).map((stage) => stage.firms.filter((firm) => members.has(firm) && scope.has(firm)).length),
      );
    });
  });

  describe("service-coverage", () => {
    it("finds LEGAL under-served and FINANCING and LOGISTICS well served among Diyiqiang's members", async () => {
      const rows = await run("service-coverage", { platform: id(DIYIQIANG) });
      const categoryOrder = [...SELF_IMPROVEMENT_SERVICES, ...SERVICE_CATEGORIES.filter((c) => !SELF_IMPROVEMENT_SERVICES.includes(c))];
      expect(rows.map((row) => row["category"])).toEqual(categoryOrder);

      const members = new Set(activeMembers(DIYIQIANG));
      const partners = partnersOf(DIYIQIANG);
      const expected = categoryOrder.map((category) => {
        const services = relationships("SERVES").filter((r) => isActive(r) && r.props?.["category"] === category && members.has(r.to));
        const providers = unique(services.map((r) => r.from));
        const served = unique(services.map((r) => r.to)).length;
        return {
          scope: "the ecosystem of Diyiqiang Group, today",
          category,
          selfImprovement: SELF_IMPROVEMENT_SERVICES.includes(category),
          activeMembers: SEED_FACTS.diyiqiangActiveMemberCount,
          servedMembers: served,
          share: served / members.size,
          providers: providers.length,
          partnerProviders: providers.filter((p) => partners.has(p)).length,
        };
      });
      expect(rows).toEqual(expected);

      const byCategory = Object.fromEntries(rows.map((row) => [row["category"], row]));
      expect(byCategory[SEED_FACTS.underServedCategory]!["share"]).toBeLessThan(0.05);
      expect(byCategory[SEED_FACTS.underServedCategory]!["providers"]).toBe(SEED_FACTS.underServedCategoryProviderKeys.length);
      for (const category of SEED_FACTS.wellServedCategories) expect(byCategory[category]!["share"]).toBeGreaterThan(0.4);
    });

    it("keeps only the categories below a share, and agrees with ecosystemHealth", async () => {
      const below = await run("service-coverage", { platform: id(DIYIQIANG), belowShare: 0.05 });
      expect(below.map((row) => row["category"])).toEqual([SEED_FACTS.underServedCategory]);

      const rows = await run("service-coverage", { platform: id(DIYIQIANG) });
      const health = await services.health.ecosystemHealth(id(DIYIQIANG));
      expect(rows.map((row) => [row["category"], row["servedMembers"]])).toEqual(
        health.serviceCoverage.map((c) => [c.category, c.servedMembers]),
      );
    });
  });

  describe("platform-dependence", () => {
    function expectedDependence(platformKey: string) {
      const partners = partnersOf(platformKey);
      return activeMembers(platformKey)
        .map((firm) => {
          const membership = relationships("MEMBER_OF").find((r) => r.from === firm && r.to === platformKey && isActive(r))!;
          const otherPlatforms = unique(
            relationships("MEMBER_OF").filter((r) => r.from === firm && r.to !== platformKey && isActive(r)).map((r) => r.to),
          ).length;
          const tradePartners = unique(
            relationships("SUPPLIES")
              .filter((r) => isActive(r) && (r.from === firm || r.to === firm))
              .map((r) => (r.from === firm ? r.to : r.from)),
          ).length;
          const providers = unique(relationships("SERVES").filter((r) => isActive(r) && r.to === firm).map((r) => r.from));
          const otherTies = otherPlatforms + tradePartners + providers.length;
          return {
            scope: `active members of ${nameOf(platformKey)}, today`,
            firmId: id(firm),
            firm: nameOf(firm),
            population: nodeByKey.get(firm)!.props["population"],
            memberSince: membership.props!["since"],
            otherPlatforms,
            tradePartners,
            providers: providers.length,
            partnerProviders: providers.filter((p) => partners.has(p)).length,
            otherTies,
            soleTie: otherTies === 0,
          };
        })
        .sort((a, b) => a.otherTies - b.otherTies || byText(a.firm, b.firm) || byText(a.firmId, b.firmId));
    }

    it("lists every active Diyiqiang member with its other ties, most dependent first", async () => {
      const rows = await run("platform-dependence", { platform: id(DIYIQIANG) });
      const expected = expectedDependence(DIYIQIANG);
      expect(rows).toHaveLength(SEED_FACTS.diyiqiangActiveMemberCount);
      expect(rows).toEqual(expected);
      // The Yongkang and Wenzhou firms that also sell on HC360 or Amazon Business.
      expect(rows.filter((row) => (row["otherPlatforms"] as number) > 0).length).toBeGreaterThan(0);
    });

    it("keeps only the firms with at most maxOtherTies other ties", async () => {
      const rows = await run("platform-dependence", { platform: id(DIYIQIANG), maxOtherTies: 0 });
      expect(rows).toEqual(expectedDependence(DIYIQIANG).filter((row) => row.soleTie));
      const amazon = await run("platform-dependence", { platform: id(SEED_FACTS.amazonBusinessPlatformKey), maxOtherTies: 1 });
      expect(amazon).toEqual(expectedDependence(SEED_FACTS.amazonBusinessPlatformKey).filter((row) => row.otherTies <= 1));
    });
  });

  describe("membership-growth", () => {
    it("counts the ended memberships of every platform and ends with today's members", async () => {
      const rows = (await run("membership-growth")).filter((row) => PLATFORM_IDS.includes(row["platformId"] as string));
      const ended = SEED_FACTS.endedMemberships;
      const expectedLeft: Record<string, number> = {
        [id(DIYIQIANG)]: ended.diyiqiang,
        [id(SEED_FACTS.hc360PlatformKey)]: ended.hc360,
        [id(SEED_FACTS.amazonBusinessPlatformKey)]: ended.amazonBusiness,
      };
      for (const platformKey of PLATFORM_KEYS) {
        const years = rows.filter((row) => row["platformId"] === id(platformKey));
        const memberships = relationships("MEMBER_OF").filter((r) => r.to === platformKey);
        const yearOf = (date: unknown) => Number(String(date).slice(0, 4));
        const dates = memberships.flatMap((r) => [r.props!["since"], r.props!["until"]]).filter((d) => d !== null && d !== undefined);
        const first = Math.min(...dates.map(yearOf));
        const last = Math.max(...dates.map(yearOf));
        expect(years.map((row) => row["year"])).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
        expect(years.reduce((sum, row) => sum + (row["left"] as number), 0)).toBe(expectedLeft[id(platformKey)]);
        for (const row of years) {
          const joined = unique(memberships.filter((r) => yearOf(r.props!["since"]) === row["year"]).map((r) => r.from)).length;
          expect(row["joined"]).toBe(joined);
          expect(row["netChange"]).toBe(joined - (row["left"] as number));
        }
        expect(years[years.length - 1]!["activeAtYearEnd"]).toBe(activeMembers(platformKey).length);
      }
    });

    it("agrees with ecosystemHealth's membership years for Diyiqiang", async () => {
      const rows = await run("membership-growth", { platform: id(DIYIQIANG) });
      const health = await services.health.ecosystemHealth(id(DIYIQIANG));
      expect(rows.map((row) => pick(row, ["year", "joined", "left", "netChange", "activeAtYearEnd", "survivors"]))).toEqual(
        health.membership.years.map((y) => pick(y as unknown as ReportRow, ["year", "joined", "left", "netChange", "activeAtYearEnd", "survivors"])),
      );
      rows.forEach((row, i) => {
        const year = health.membership.years[i]!;
        for (const rate of ["growthRate", "survivalRate"] as const) {
          if (year[rate] === null) expect(row[rate]).toBeNull();
          else expectClose(row[rate], year[rate]!);
        }
      });
    });

    it("lists exactly the years asked for, a year without changes included", async () => {
      const rows = await run("membership-growth", { platform: id(DIYIQIANG), fromYear: 2024, toYear: 2026 });
      expect(rows.map((row) => row["year"])).toEqual([2024, 2025, 2026]);
      expect(rows[2]).toMatchObject({ joined: 0, left: 0, netChange: 0, activeAtYearEnd: 161, growthRate: 0, survivors: 0, survivalRate: null });
    });
  });

  describe("supply-concentration", () => {
    it("computes the HHI, CR4 and largest supplier of each platform's members from their active supply volume", async () => {
      const rows = (await run("supply-concentration")).filter((row) => PLATFORM_IDS.includes(row["platformId"] as string));
      expect(rows.map((row) => row["platform"])).toEqual(PLATFORM_KEYS.map(nameOf).sort(byText));
      for (const platformKey of PLATFORM_KEYS) {
        const row = rows.find((r) => r["platformId"] === id(platformKey))!;
        const suppliers = activeMembers(platformKey)
          .map((firm) => ({ firm, volume: suppliedVolume.get(firm) ?? 0 }))
          .filter((s) => s.volume > 0)
          .sort((a, b) => b.volume - a.volume || byText(nameOf(a.firm), nameOf(b.firm)));
        const total = suppliers.reduce((sum, s) => sum + s.volume, 0);
        const hhi = herfindahl(suppliers.map((s) => s.volume));
        expect(row["suppliers"]).toBe(suppliers.length);
        expectClose(row["totalVolume"], total);
        expectClose(row["hhi"], hhi);
        expectClose(row["hhi10000"], hhi * 10_000);
        expectClose(row["equivalentSuppliers"], 1 / hhi);
        expectClose(row["cr4"], suppliers.slice(0, 4).reduce((sum, s) => sum + s.volume, 0) / total);
        expect(row["topSupplierId"]).toBe(id(suppliers[0]!.firm));
        expect(row["topSupplier"]).toBe(nameOf(suppliers[0]!.firm));
        expectClose(row["topSupplierShare"], suppliers[0]!.volume / total);
      }
    });

    it("agrees with ecosystemHealth's supply concentration", async () => {
      const [row] = await run("supply-concentration", { platform: id(DIYIQIANG) });
      const health = await services.health.ecosystemHealth(id(DIYIQIANG));
      expect(row!["suppliers"]).toBe(health.supplyConcentration.actors);
      expectClose(row!["hhi"], health.supplyConcentration.hhi);
    });
  });

  describe("stage-supply-concentration", () => {
    it("shows the surface-treatment stage resting on one supplier and the empty design stage without any", async () => {
      const rows = await run("stage-supply-concentration", { chain: id(SEED_FACTS.singleFirmStage.chainKey) });
      const single = rows.find((row) => row["stageId"] === id(SEED_FACTS.singleFirmStage.stageKey))!;
      expect(single).toMatchObject({ firms: 1, suppliers: 1, hhi: 1, equivalentSuppliers: 1, topSupplierShare: 1 });
      expect(single["topSupplier"]).toBe(nameOf(SEED_FACTS.singleFirmStage.firmKey));

      const footwear = await run("stage-supply-concentration", { chain: id(SEED_FACTS.uncoveredStage.chainKey) });
      expect(footwear.find((row) => row["stageId"] === id(SEED_FACTS.uncoveredStage.stageKey))).toMatchObject({
        firms: 0,
        suppliers: 0,
        totalVolume: 0,
        hhi: 0,
        equivalentSuppliers: null,
        topSupplier: null,
        topSupplierShare: null,
      });
    });

    it("computes every stage of every chain from the seed's supply volumes", async () => {
      const rows = await run("stage-supply-concentration");
      const chainKeys = [...SEED_FACTS.diyiqiangChainKeys, ...SEED_FACTS.hc360ChainKeys].sort((a, b) => byText(nameOf(a), nameOf(b)));
      const expected = chainKeys.flatMap((chainKey) =>
        stagesOf(chainKey).map((stage) => {
          const volumes = stage.firms.map((firm) => suppliedVolume.get(firm) ?? 0).filter((v) => v > 0);
          return { chainId: id(chainKey), stageId: id(stage.key), position: stage.position, firms: stage.firms.length, suppliers: volumes.length, hhi: herfindahl(volumes) };
        }),
      );
      expect(rows.map((row) => pick(row, ["chainId", "stageId", "position", "firms", "suppliers"]))).toEqual(
        expected.map(({ hhi: _hhi, ...rest }) => rest),
      );
      rows.forEach((row, i) => expectClose(row["hhi"], expected[i]!.hhi));
    });

    it("counts only a platform's active members when given one", async () => {
      const chain = SEED_FACTS.hc360ChainKeys[0];
      const rows = await run("stage-supply-concentration", { chain: id(chain), platform: id(SEED_FACTS.amazonBusinessPlatformKey) });
      const members = new Set(activeMembers(SEED_FACTS.amazonBusinessPlatformKey));
      expect(rows.map((row) => row["firms"])).toEqual(stagesOf(chain).map((stage) => stage.firms.filter((f) => members.has(f)).length));
    });
  });

  describe("every report names its scope, the metric's for the same scope", () => {
    const days = [undefined, "2020-06-30"];

    it("top-brokers: the ecosystem ecosystemHealth and brokerage measure, and the day", async () => {
      for (const platformKey of PLATFORM_KEYS) {
        for (const asOf of days) {
          const rows = await run("top-brokers", { platform: id(platformKey), limit: 5, asOf });
          const health = await services.health.ecosystemHealth(id(platformKey), undefined, asOf);
          const brokerage = await services.metrics.brokerage(selectionFrom({ platformId: id(platformKey), asOf }), 5);
          expect(rows.length).toBeGreaterThan(0);
          expect(rows.every((row) => row["scope"] === health.scope)).toBe(true);
          expect(rows.map((row) => row["actorId"])).toEqual(brokerage.topBrokers.map((b) => b.id));
        }
      }
    });

    it("supply-concentration: ecosystemHealth's scope and supply concentration, today and as of a day", async () => {
      for (const asOf of days) {
        const rows = await run("supply-concentration", { asOf });
        expect(rows.map((row) => row["platformId"]).sort()).toEqual([...PLATFORM_IDS].sort());
        for (const row of rows) {
          const health = await services.health.ecosystemHealth(row["platformId"] as string, undefined, asOf);
          expect(row["scope"]).toBe(health.scope);
          expect(row["suppliers"]).toBe(health.supplyConcentration.actors);
          expectClose(row["hhi"], health.supplyConcentration.hhi);
        }
      }
    });

    it("service-coverage: ecosystemHealth's scope and coverage, today and as of a day", async () => {
      for (const asOf of days) {
        const rows = await run("service-coverage", { platform: id(DIYIQIANG), asOf });
        const health = await services.health.ecosystemHealth(id(DIYIQIANG), undefined, asOf);
        expect(rows.every((row) => row["scope"] === health.scope)).toBe(true);
        expect(rows.map((row) => [row["category"], row["servedMembers"], row["activeMembers"]])).toEqual(
          health.serviceCoverage.map((c) => [c.category, c.servedMembers, health.activeMembers]),
        );
      }
    });

    it("platform-dependence: one row per active member ecosystemHealth counts, and the day", async () => {
      for (const asOf of days) {
        const rows = await run("platform-dependence", { platform: id(DIYIQIANG), asOf });
        const health = await services.health.ecosystemHealth(id(DIYIQIANG), undefined, asOf);
        expect(rows).toHaveLength(health.activeMembers);
        const expected = `active members of ${nameOf(DIYIQIANG)}${asOf === undefined ? ", today" : ` as of ${asOf}`}`;
        expect(rows.every((row) => row["scope"] === expected)).toBe(true);
      }
    });

    it("stage-supply-concentration: chain-gaps' and chainCompleteness' scope text and firm counts per stage", async () => {
      const chainKeys = [...SEED_FACTS.diyiqiangChainKeys, ...SEED_FACTS.hc360ChainKeys];
      for (const chainKey of chainKeys) {
        for (const platformId of [undefined, ...PLATFORM_IDS]) {
          for (const asOf of days) {
            const rows = await run("stage-supply-concentration", { chain: id(chainKey), platform: platformId, asOf });
            const metric = await services.chains.completeness(id(chainKey), { platformId, asOf });
            expect(rows.every((row) => row["scope"] === metric.scope.description)).toBe(true);
            expect(rows.every((row) => row["platformId"] === (platformId ?? null))).toBe(true);
            expect(rows.map((row) => [row["stageId"], row["firms"]])).toEqual(metric.perStage.map((stage) => [stage.stageId, stage.firmCount]));
          }
        }
      }
    }, 600_000);

    it("membership-growth: the platform's memberships by year, as ecosystemHealth's membership years", async () => {
      const rows = await run("membership-growth", { platform: id(DIYIQIANG) });
      const health = await services.health.ecosystemHealth(id(DIYIQIANG));
      expect(rows.map((row) => row["year"])).toEqual(health.membership.years.map((y) => y.year));
      expect(rows.every((row) => row["scope"] === `every membership of a firm in ${nameOf(DIYIQIANG)}, by calendar year`)).toBe(true);
    });
  });

  describe("through GraphQL", () => {
    const analyst: Caller = { subject: "analyst-1", authenticated: true, roles: ["analyst"] };
    const reader: Caller = { subject: "reader-1", authenticated: true, roles: ["reader"] };

    it("serves every report as a typed query of the API's schema, to analysts only", async () => {
      const schema = await buildEcographSchema(loadTypeDefs(findProjectRoot()), db, config);
      const source = `query Brokers($platform: ID!) {
        reportTopBrokers(platform: $platform, limit: 3) { scope rank actorId name label contacts effectiveSize efficiency constraint }
        reports { name query }
      }`;
      const variableValues = { platform: id(DIYIQIANG) };
      const allowed = await graphql({ schema, source, variableValues, contextValue: createRequestContext(services, config.neo4j, analyst) });
      expect(allowed.errors).toBeUndefined();
      expect((allowed.data as any).reportTopBrokers).toEqual(await run("top-brokers", { platform: id(DIYIQIANG), limit: 3 }));
      expect((allowed.data as any).reports.map((r: { name: string }) => r.name)).toEqual(defaultReportLibrary().names());

      const refused = await graphql({ schema, source, variableValues, contextValue: createRequestContext(services, config.neo4j, reader) });
      expect(refused.errors?.map((e) => (e.originalError as { code?: string } | undefined)?.code)).toContain("FORBIDDEN");
      expect(refused.data).toBeNull();
    });

    it("gives a clear error for a bad argument", async () => {
      const schema = await buildEcographSchema(loadTypeDefs(findProjectRoot()), db, config);
      const result = await graphql({
        schema,
        source: `{ reportServiceCoverage(platform: "no-such-platform") { category } }`,
        contextValue: createRequestContext(services, config.neo4j, analyst),
      });
      expect(result.errors?.[0]?.message).toBe(
        'The report "service-coverage" takes platform as the id of a Platform (or its exact name): No platform has the id or name "no-such-platform" (platform). List them with the query { platforms { id name } }.',
      );
    });
  });

  describe("from the command line", () => {
    function cli(argv: string[]) {
      const out = { stdout: "", stderr: "", opened: 0 };
      const done = runReportCli(argv, {
        stdout: (text) => (out.stdout += text),
        stderr: (text) => (out.stderr += text),
        // The test's own connection; the CLI closes what it opened, so hand it a no-op close.
        openDatabase: async () => {
          out.opened += 1;
          return { db, close: async () => undefined };
        },
      });
      return done.then((code) => ({ code, ...out }));
    }

    it("writes CSV with a header line and one record per row", async () => {
      const result = await cli(["service-coverage", "--param", `platform=${id(DIYIQIANG)}`, "--format", "csv"]);
      expect(result.code).toBe(0);
      const lines = result.stdout.split("\r\n");
      expect(lines[0]).toBe("scope,category,selfImprovement,activeMembers,servedMembers,share,providers,partnerProviders");
      expect(lines).toHaveLength(1 + SERVICE_CATEGORIES.length + 1); // header, rows, and the empty string after the last CRLF
      expect(lines.find((line) => line.includes(`,${SEED_FACTS.underServedCategory},`))).toMatch(/^"the ecosystem of Diyiqiang Group, today",LEGAL,true,161,\d+,0\.0\d+,1,1$/);
    });

    it("writes JSON to a file with --out", async () => {
      const file = join(mkdtempSync(join(tmpdir(), "ecograph-report-")), "gaps.json");
      const result = await cli(["chain-gaps", "-p", `chain=${id(SEED_FACTS.uncoveredStage.chainKey)}`, "--format", "json", "--out", file]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe("");
      const document = JSON.parse(readFileSync(file, "utf8"));
      expect(document).toMatchObject({
        report: "chain-gaps",
        parameters: { chain: id(SEED_FACTS.uncoveredStage.chainKey), region: null, platform: null, includeCovered: false },
      });
      expect(document.rows).toEqual(await run("chain-gaps", { chain: id(SEED_FACTS.uncoveredStage.chainKey) }));
      expect(result.stderr).toContain(`${document.rows.length} row`);
    });

    it("prints an aligned table by default", async () => {
      const result = await cli(["top-brokers", "-p", `platform=${id(DIYIQIANG)}`, "-p", "limit=2"]);
      expect(result.code).toBe(0);
      const lines = result.stdout.trimEnd().split("\n");
      expect(lines[0]).toMatch(/^scope\s+rank\s+actorId\s+name\s+label\s+contacts\s+effectiveSize\s+efficiency\s+constraint$/);
      expect(lines[2]).toMatch(new RegExp(`^the ecosystem of Diyiqiang Group, today\\s+1  ${id(DIYIQIANG)}  Diyiqiang Group\\s+Platform\\s+\\d+\\s+\\d+\\.\\d{4}`));
      expect(lines[lines.length - 1]).toBe("(2 rows)");
    });

    it("exits with 2 for an unknown report or parameter without opening Neo4j, and for an id that names nothing", async () => {
      const unknownReport = await cli(["no-such-report"]);
      expect(unknownReport).toMatchObject({ code: 2, opened: 0, stdout: "" });
      expect(unknownReport.stderr).toContain("The reports are: chain-gaps, membership-growth, platform-dependence");

      const unknownParameter = await cli(["top-brokers", "-p", `platform=${id(DIYIQIANG)}`, "-p", "top=3"]);
      expect(unknownParameter).toMatchObject({ code: 2, opened: 0 });
      expect(unknownParameter.stderr).toContain('unknown parameter "top". It accepts: platform (id of a Platform, required), limit (int 1..1000, default 10), asOf (date YYYY-MM-DD, optional).');

      const unknownId = await cli(["top-brokers", "-p", "platform=no-such-platform"]);
      expect(unknownId).toMatchObject({ code: 2, opened: 1, stdout: "" });
      expect(unknownId.stderr).toContain('No platform has the id or name "no-such-platform"');
    });
  });
});
