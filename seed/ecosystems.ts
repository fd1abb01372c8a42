/**
 * Ecograph's sample data: the thesis' three B2B platform ecosystems (Diyiqiang Group, HC360,
 * Amazon Business) with their firms, service providers, government agencies, regions and
 * industrial chains.
 *
 * The data is illustrative. Apart from the three platforms and real place names, every name is
 * invented (the Chinese `localName`s of the Diyiqiang ecosystem too, see local-names.ts); the Diyiqiang ecosystem is modelled as centred on Yongkang hardware and Wenzhou
 * footwear, and its numbers are not survey data.
 *
 * Hand-written parts (regions, platforms, chains, providers, agencies) are tables; firms and most
 * relationships come from generation loops driven by a seeded PRNG, so `buildSeedData()` returns
 * the same graph on every call (the loader syncs by key, and a seed that changed between loads
 * would churn the database).
 *
 * The Diyiqiang ecosystem carries deliberate weaknesses that the metrics must find; `SEED_FACTS`
 * names them so tests can refer to them:
 *  1. an uncovered chain stage (footwear sole & component design: no firm at all);
 *  2. a thin stage (hardware surface treatment: exactly one firm, θ = 2);
 *  3. an under-served service category (LEGAL: one provider, a handful of member firms);
 *  4. memberships that ended (on all three platforms);
 *  5. a broken link (hardware raw steel & alloys → die casting & stamping: no SUPPLIES between
 *     the firms of the two stages).
 */
import { mulberry32 } from "../src/seeded-random";
import { withLocalNames } from "./local-names";
import type {
  Population,
  SeedData,
  SeedLabel,
  SeedNode,
  SeedRelationship,
  SeedRelationshipType,
  SeedValue,
  ServiceCategory,
} from "./seed-types";

const DIYIQIANG = "platform:diyiqiang";
const HC360 = "platform:hc360";
const AMAZON_BUSINESS = "platform:amazon-business";
type PlatformKey = typeof DIYIQIANG | typeof HC360 | typeof AMAZON_BUSINESS;

/** Keys of the deliberate weaknesses and the headline counts of the sample data. */
export const SEED_FACTS = {
  diyiqiangPlatformKey: DIYIQIANG,
  hc360PlatformKey: HC360,
  amazonBusinessPlatformKey: AMAZON_BUSINESS,
  platformKeys: [DIYIQIANG, HC360, AMAZON_BUSINESS],
  /** The industrial chains of the Diyiqiang ecosystem (its members operate in them). */
  diyiqiangChainKeys: ["chain:dyq-hardware", "chain:dyq-footwear"],
  hc360ChainKeys: ["chain:hc-equipment"],
  /** Weakness 1: no firm operates in this stage (an industrial-design gap). */
  uncoveredStage: { chainKey: "chain:dyq-footwear", stageKey: "stage:dyq-footwear-2" },
  /** Weakness 2: exactly one firm (an active Diyiqiang member) operates in this stage; minFirms is 2. */
  singleFirmStage: {
    chainKey: "chain:dyq-hardware",
    stageKey: "stage:dyq-hardware-3",
    firmKey: "firm:dyq-hw-3-01",
  },
  /** Weakness 5: no SUPPLIES (either direction) between firms of these two adjacent stages. */
  brokenLink: {
    chainKey: "chain:dyq-hardware",
    fromStageKey: "stage:dyq-hardware-1",
    toStageKey: "stage:dyq-hardware-2",
  },
  /** Weakness 3: the one category that reaches under 5% of Diyiqiang's active member firms. */
  underServedCategory: "LEGAL",
  /** The only provider serving Diyiqiang members in the under-served category. */
  underServedCategoryProviderKeys: ["provider:jh-zhengda-law"],
  /** Categories that reach a large share (over 40%) of Diyiqiang's active member firms. */
  wellServedCategories: ["FINANCING", "LOGISTICS"],
  /** Weakness 4: memberships with `until` set, per platform and in total. */
  endedMemberships: { diyiqiang: 9, hc360: 6, amazonBusiness: 5 },
  endedMembershipCount: 20,
  /** Firms whose home platform is Diyiqiang and whose Diyiqiang membership is active. */
  diyiqiangActiveMemberCount: 161,
  /** Firms that are members (active or ended) of two or more platforms, and of all three. */
  firmsOnTwoOrMorePlatforms: 30,
  firmsOnThreePlatforms: 8,
  counts: {
    regions: 35,
    platforms: 3,
    firms: 276,
    serviceProviders: 52,
    governmentAgencies: 12,
    actors: 343,
    industrialChains: 3,
    chainStages: 14,
  },
} as const;

/** The last year generated dates fall in: every date stays before the 2026-11-01 bound. */
const LAST_YEAR = 2025;
const PRNG_SEED = 20_180_611;

type RegionLevel = "COUNTRY" | "PROVINCE" | "CITY" | "DISTRICT";
type FirmSize = "MICRO" | "SMALL" | "MEDIUM" | "LARGE";
type AgencyKind = "LOCAL_GOVERNMENT" | "INDUSTRIAL_PARK" | "INDUSTRY_ASSOCIATION";
type Props = Record<string, SeedValue>;
/** Options with relative weights. */
type Weighted<T> = readonly (readonly [T, number])[];

// ---------------------------------------------------------------------------------------------
// Deterministic randomness
// ---------------------------------------------------------------------------------------------

class Rng {
  private readonly draw: () => number;

  constructor(seed: number) {
    this.draw = mulberry32(seed);
  }

  float(): number {
    return this.draw();
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.draw() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.draw() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Cannot pick from an empty list");
    return items[this.int(0, items.length - 1)]!;
  }

  weighted<T>(options: Weighted<T>): T {
    const total = options.reduce((sum, [, weight]) => sum + weight, 0);
    let remaining = this.draw() * total;
    for (const [value, weight] of options) {
      remaining -= weight;
      if (remaining < 0) return value;
    }
    return options[options.length - 1]![0];
  }

  /** Up to `count` distinct items, in draw order (a partial Fisher–Yates shuffle of a copy). */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = items.slice();
    const n = Math.min(count, copy.length);
    for (let i = 0; i < n; i++) {
      const j = this.int(i, copy.length - 1);
      [copy[i], copy[j]] = [copy[j]!, copy[i]!];
    }
    return copy.slice(0, n);
  }

  /** A "YYYY-MM-DD" date in the given years (days up to 28, so every month is valid). */
  date(fromYear: number, toYear: number): string {
    const year = this.int(fromYear, Math.max(fromYear, toYear));
    const month = this.int(1, 12);
    const day = this.int(1, 28);
    return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  }
}

function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A start date no earlier than `earliestYear` (and never after LAST_YEAR). */
function sinceDate(rng: Rng, earliestYear: number, latestYear = LAST_YEAR): string {
  const from = Math.min(earliestYear, latestYear);
  return rng.date(from, latestYear);
}

/** An end date in a later year than `since`. */
function endDate(rng: Rng, since: string): string {
  const from = yearOf(since) + 1;
  if (from > LAST_YEAR) throw new Error(`No room for an end date after ${since}`);
  return rng.date(from, LAST_YEAR);
}

/** With the given probability an end date after `since`, otherwise null (still active). */
function maybeEnded(rng: Rng, since: string, probability: number): string | null {
  if (yearOf(since) >= LAST_YEAR || !rng.chance(probability)) return null;
  return endDate(rng, since);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

// ---------------------------------------------------------------------------------------------
// Graph builder: keeps keys unique and relationships free of duplicates
// ---------------------------------------------------------------------------------------------

class GraphBuilder {
  private readonly nodes: SeedNode[] = [];
  private readonly relationships: SeedRelationship[] = [];
  private readonly labels = new Map<string, SeedLabel>();
  private readonly identities = new Set<string>();

  node(label: SeedLabel, key: string, props: Props): void {
    if (this.labels.has(key)) throw new Error(`Duplicate seed key ${key}`);
    this.labels.set(key, label);
    this.nodes.push({ label, key, props });
  }

  /**
   * Adds a relationship unless it would repeat one already present or be a self-loop (then it
   * returns false), so generators may draw pairs freely. An unknown key is a bug in the tables
   * and throws.
   */
  rel(type: SeedRelationshipType, from: string, to: string, props?: Props): boolean {
    for (const end of [from, to]) {
      if (!this.labels.has(end)) throw new Error(`${type} ${from} -> ${to}: unknown key ${end}`);
    }
    if (from === to) return false;
    const identity = relationshipIdentity(type, from, to, props?.["category"]);
    if (this.identities.has(identity)) return false;
    this.identities.add(identity);
    this.relationships.push(props ? { type, from, to, props } : { type, from, to });
    return true;
  }

  has(type: SeedRelationshipType, from: string, to: string): boolean {
    return this.identities.has(relationshipIdentity(type, from, to, undefined));
  }

  build(): SeedData {
    return { nodes: this.nodes, relationships: this.relationships };
  }
}

/** SERVES is identified by its category too; every other type by its two ends. */
function relationshipIdentity(type: SeedRelationshipType, from: string, to: string, category: SeedValue | undefined): string {
  return type === "SERVES" ? `${type}|${from}|${to}|${String(category)}` : `${type}|${from}|${to}`;
}

// ---------------------------------------------------------------------------------------------
// Regions
// ---------------------------------------------------------------------------------------------

/**
 * [key, name, level, administrative code, parent, place name used in firm names]. County-level
 * cities (Yongkang, Yiwu, Ruian) sit at DISTRICT level under their prefecture-level city. Codes
 * are China's administrative division codes and ISO 3166 codes; US cities have none.
 */
type RegionRow = readonly [key: string, name: string, level: RegionLevel, code: string | null, parent: string | null, place?: string];

const REGIONS: readonly RegionRow[] = [
  ["region:cn", "China", "COUNTRY", "CN", null],
  ["region:cn-zj", "Zhejiang", "PROVINCE", "330000", "region:cn"],
  ["region:cn-zj-hangzhou", "Hangzhou", "CITY", "330100", "region:cn-zj"],
  ["region:cn-zj-ningbo", "Ningbo", "CITY", "330200", "region:cn-zj"],
  ["region:cn-zj-wenzhou", "Wenzhou", "CITY", "330300", "region:cn-zj"],
  ["region:cn-zj-lucheng", "Lucheng District", "DISTRICT", "330302", "region:cn-zj-wenzhou", "Wenzhou"],
  ["region:cn-zj-ouhai", "Ouhai District", "DISTRICT", "330304", "region:cn-zj-wenzhou", "Wenzhou"],
  ["region:cn-zj-ruian", "Ruian", "DISTRICT", "330381", "region:cn-zj-wenzhou"],
  ["region:cn-zj-jinhua", "Jinhua", "CITY", "330700", "region:cn-zj"],
  ["region:cn-zj-wuyi", "Wuyi County", "DISTRICT", "330723", "region:cn-zj-jinhua", "Wuyi"],
  ["region:cn-zj-yiwu", "Yiwu", "DISTRICT", "330782", "region:cn-zj-jinhua"],
  ["region:cn-zj-yongkang", "Yongkang", "DISTRICT", "330784", "region:cn-zj-jinhua"],
  ["region:cn-bj", "Beijing", "PROVINCE", "110000", "region:cn"],
  ["region:cn-bj-chaoyang", "Chaoyang District", "DISTRICT", "110105", "region:cn-bj", "Beijing"],
  ["region:cn-bj-haidian", "Haidian District", "DISTRICT", "110108", "region:cn-bj", "Beijing"],
  ["region:cn-sh", "Shanghai", "PROVINCE", "310000", "region:cn"],
  ["region:cn-js", "Jiangsu", "PROVINCE", "320000", "region:cn"],
  ["region:cn-js-wuxi", "Wuxi", "CITY", "320200", "region:cn-js"],
  ["region:cn-js-suzhou", "Suzhou", "CITY", "320500", "region:cn-js"],
  ["region:cn-gd", "Guangdong", "PROVINCE", "440000", "region:cn"],
  ["region:cn-gd-guangzhou", "Guangzhou", "CITY", "440100", "region:cn-gd"],
  ["region:cn-gd-shenzhen", "Shenzhen", "CITY", "440300", "region:cn-gd"],
  ["region:cn-gd-foshan", "Foshan", "CITY", "440600", "region:cn-gd"],
  ["region:cn-gd-dongguan", "Dongguan", "CITY", "441900", "region:cn-gd"],
  ["region:us", "United States", "COUNTRY", "US", null],
  ["region:us-wa", "Washington", "PROVINCE", "US-WA", "region:us"],
  ["region:us-wa-seattle", "Seattle", "CITY", null, "region:us-wa"],
  ["region:us-ca", "California", "PROVINCE", "US-CA", "region:us"],
  ["region:us-ca-los-angeles", "Los Angeles", "CITY", null, "region:us-ca"],
  ["region:us-il", "Illinois", "PROVINCE", "US-IL", "region:us"],
  ["region:us-il-chicago", "Chicago", "CITY", null, "region:us-il"],
  ["region:us-tx", "Texas", "PROVINCE", "US-TX", "region:us"],
  ["region:us-tx-dallas", "Dallas", "CITY", null, "region:us-tx"],
  ["region:us-ny", "New York", "PROVINCE", "US-NY", "region:us"],
  ["region:us-ny-new-york", "New York City", "CITY", null, "region:us-ny", "New York"],
];

/** The place name a firm located in `regionKey` puts in front of its name. */
function placeName(regionKey: string): string {
  const row = REGIONS.find(([key]) => key === regionKey);
  if (!row) throw new Error(`Unknown region ${regionKey}`);
  return row[5] ?? row[1];
}

// ---------------------------------------------------------------------------------------------
// Platforms
// ---------------------------------------------------------------------------------------------

interface PlatformSpec {
  readonly key: PlatformKey;
  readonly name: string;
  readonly description: string;
  readonly foundedYear: number;
  /** Omitted where the sample data has no reliable address. */
  readonly website?: string;
  readonly model: string;
  readonly region: string;
  /** Earliest year a membership may start (the platform's B2B marketplace was running). */
  readonly membersFrom: number;
}

const PLATFORMS: readonly PlatformSpec[] = [
  {
    key: DIYIQIANG,
    name: "Diyiqiang Group",
    description:
      "Regional B2B platform in Zhejiang serving the Yongkang hardware and Wenzhou footwear clusters " +
      "with trading, supply-chain finance, logistics and industrial-chain services (illustrative data).",
    foundedYear: 2005,
    model: "regional B2B marketplace with supply-chain services for local industrial clusters",
    region: "region:cn-zj-yongkang",
    membersFrom: 2006,
  },
  {
    key: HC360,
    name: "HC360",
    description:
      "Nationwide B2B information and trading platform headquartered in Beijing, strong in industrial " +
      "equipment, electronics and construction supplies.",
    foundedYear: 1992,
    website: "https://www.hc360.com",
    model: "national B2B marketplace with industry information, marketing and trade services",
    region: "region:cn-bj-haidian",
    membersFrom: 2000,
  },
  {
    key: AMAZON_BUSINESS,
    name: "Amazon Business",
    description:
      "Amazon's B2B marketplace for business buyers, with business pricing, purchasing controls and " +
      "a global base of third-party sellers.",
    foundedYear: 2015,
    website: "https://business.amazon.com",
    model: "global B2B marketplace for procurement with third-party sellers",
    region: "region:us-wa-seattle",
    membersFrom: 2015,
  },
];

const PLATFORM_BY_KEY = new Map(PLATFORMS.map((platform) => [platform.key, platform]));

// ---------------------------------------------------------------------------------------------
// Industrial chains and the firms working in them
// ---------------------------------------------------------------------------------------------

interface StageSpec {
  readonly name: string;
  readonly weight: number;
  /** θ: how many active firms make the stage covered. */
  readonly minFirms: number;
  /** Firms whose main work is this stage (0 and 1 are the deliberate gap and thin stage). */
  readonly firms: number;
  /** How many of them also operate in the next stage (integrated firms). */
  readonly alsoNext?: number;
  readonly populations: Weighted<Population>;
  /** Words that name the firms' products or trade, e.g. "Precision Hinge". */
  readonly products: readonly string[];
}

/** Customers in stage `to` buy from `suppliers` (min, max) firms of stage `from`; `share` of them do. */
interface Flow {
  readonly from: number;
  readonly to: number;
  readonly suppliers: readonly [number, number];
  readonly share: number;
}

interface ChainSpec {
  readonly key: string;
  readonly name: string;
  readonly industry: string;
  readonly description: string;
  readonly anchor: string;
  readonly platform: PlatformKey;
  /** Prefix of the keys of the chain's firms: `firm:<prefix>-<position>-<nn>`. */
  readonly firmPrefix: string;
  readonly firmRegions: Weighted<string>;
  readonly founded: readonly [number, number];
  readonly stages: readonly StageSpec[];
  /**
   * Trade along the chain. Adjacent pairs make link continuity; a few flows skip a stage (castings
   * that need no finishing, leather bought by shoe makers directly). The hardware chain has no
   * 1 → 2 flow: that is the deliberate broken link.
   */
  readonly flows: readonly Flow[];
}

const MAKER: Weighted<Population> = [["MANUFACTURER", 1]];
const SELLER: Weighted<Population> = [["TRADER", 1]];

const CHAINS: readonly ChainSpec[] = [
  {
    key: "chain:dyq-hardware",
    name: "Yongkang hardware chain",
    industry: "hardware",
    description: "Yongkang's hardware cluster: metals, casting, finishing, assembly of tools, locks and hinges, distribution.",
    anchor: "region:cn-zj-yongkang",
    platform: DIYIQIANG,
    firmPrefix: "dyq-hw",
    firmRegions: [
      ["region:cn-zj-yongkang", 70],
      ["region:cn-zj-wuyi", 15],
      ["region:cn-zj-jinhua", 8],
      ["region:cn-zj-yiwu", 7],
    ],
    founded: [1988, 2019],
    stages: [
      {
        name: "Raw steel & alloys",
        weight: 1.0,
        minFirms: 3,
        firms: 12,
        populations: [["MANUFACTURER", 6], ["TRADER", 4]],
        products: ["Steel Materials", "Special Steel", "Aluminium Alloy", "Zinc Alloy Materials", "Metal Materials", "Stainless Steel Strip"],
      },
      {
        name: "Die casting & stamping",
        weight: 1.5,
        minFirms: 4,
        firms: 22,
        populations: MAKER,
        products: ["Die Casting", "Precision Stamping", "Metal Forming", "Precision Casting", "Forging"],
      },
      {
        name: "Surface treatment",
        weight: 1.2,
        minFirms: 2,
        firms: 1,
        populations: MAKER,
        products: ["Surface Treatment"],
      },
      {
        name: "Assembly of tools, locks & hinges",
        weight: 2.0,
        minFirms: 5,
        firms: 35,
        alsoNext: 5,
        populations: MAKER,
        products: ["Precision Hinge", "Lock", "Door Hardware", "Power Tools", "Hand Tools", "Garden Tools", "Cabinet Hardware", "Security Door"],
      },
      {
        name: "Branding & distribution",
        weight: 1.5,
        minFirms: 3,
        firms: 14,
        populations: SELLER,
        products: ["Hardware Trading", "Tools Import & Export", "Hardware Supply Chain", "Hardware Distribution"],
      },
    ],
    flows: [
      { from: 2, to: 3, suppliers: [4, 6], share: 1 },
      { from: 3, to: 4, suppliers: [1, 1], share: 0.3 },
      { from: 2, to: 4, suppliers: [1, 2], share: 0.7 },
      { from: 1, to: 4, suppliers: [1, 1], share: 0.3 },
      { from: 4, to: 5, suppliers: [2, 4], share: 1 },
    ],
  },
  {
    key: "chain:dyq-footwear",
    name: "Wenzhou footwear chain",
    industry: "footwear",
    description: "Wenzhou's shoe cluster: leather and materials, sole and component design, uppers, assembly, wholesale and export.",
    anchor: "region:cn-zj-wenzhou",
    platform: DIYIQIANG,
    firmPrefix: "dyq-fw",
    firmRegions: [
      ["region:cn-zj-lucheng", 45],
      ["region:cn-zj-ouhai", 35],
      ["region:cn-zj-ruian", 12],
      ["region:cn-zj-wenzhou", 8],
    ],
    founded: [1986, 2019],
    stages: [
      {
        name: "Leather & materials",
        weight: 1.0,
        minFirms: 3,
        firms: 14,
        populations: [["MANUFACTURER", 7], ["TRADER", 3]],
        products: ["Leather", "Synthetic Leather", "Shoe Materials", "Textile Materials", "Tannery"],
      },
      {
        name: "Sole & component design",
        weight: 1.5,
        minFirms: 2,
        firms: 0,
        populations: MAKER,
        products: ["Sole Design"],
      },
      {
        name: "Upper making",
        weight: 1.2,
        minFirms: 3,
        firms: 18,
        alsoNext: 4,
        populations: MAKER,
        products: ["Shoe Upper", "Upper Stitching", "Vamp Craft"],
      },
      {
        name: "Shoe assembly",
        weight: 2.0,
        minFirms: 4,
        firms: 30,
        alsoNext: 4,
        populations: MAKER,
        products: ["Shoes", "Footwear", "Leather Shoes", "Casual Shoes", "Boots"],
      },
      {
        name: "Wholesale & export",
        weight: 1.5,
        minFirms: 3,
        firms: 14,
        populations: SELLER,
        products: ["Footwear Trading", "Shoes Import & Export", "Footwear Wholesale"],
      },
    ],
    flows: [
      { from: 1, to: 3, suppliers: [1, 2], share: 1 },
      { from: 1, to: 4, suppliers: [1, 2], share: 0.6 },
      { from: 3, to: 4, suppliers: [1, 3], share: 1 },
      { from: 4, to: 5, suppliers: [2, 4], share: 1 },
    ],
  },
  {
    key: "chain:hc-equipment",
    name: "Suzhou industrial equipment chain",
    industry: "industrial equipment",
    description: "Industrial equipment made around Suzhou and the Pearl River Delta: components, drives and controls, machines, distribution.",
    anchor: "region:cn-js-suzhou",
    platform: HC360,
    firmPrefix: "hc-eq",
    firmRegions: [
      ["region:cn-js-suzhou", 45],
      ["region:cn-js-wuxi", 25],
      ["region:cn-gd-dongguan", 15],
      ["region:cn-gd-foshan", 15],
    ],
    founded: [1990, 2019],
    stages: [
      {
        name: "Precision components",
        weight: 1.0,
        minFirms: 3,
        firms: 12,
        populations: MAKER,
        products: ["Bearing", "Precision Parts", "Gear", "Hydraulic Components", "Fastener"],
      },
      {
        name: "Motors & controls",
        weight: 1.5,
        minFirms: 3,
        firms: 10,
        populations: MAKER,
        products: ["Motor", "Automation Controls", "Drive Systems", "Sensor Technology"],
      },
      {
        name: "Machine assembly",
        weight: 2.0,
        minFirms: 4,
        firms: 14,
        alsoNext: 3,
        populations: MAKER,
        products: ["Machinery", "CNC Machine Tool", "Packaging Machinery", "Industrial Equipment"],
      },
      {
        name: "Industrial distribution",
        weight: 1.2,
        minFirms: 3,
        firms: 10,
        populations: SELLER,
        products: ["Industrial Supply", "Equipment Trading", "MRO Supply"],
      },
    ],
    flows: [
      { from: 1, to: 2, suppliers: [1, 3], share: 1 },
      { from: 2, to: 3, suppliers: [1, 3], share: 1 },
      { from: 1, to: 3, suppliers: [1, 2], share: 0.5 },
      { from: 3, to: 4, suppliers: [2, 3], share: 1 },
    ],
  },
];

function stageKey(chainKey: string, position: number): string {
  return `stage:${chainKey.slice("chain:".length)}-${position}`;
}

// ---------------------------------------------------------------------------------------------
// Firms outside the chains: corporate buyers, Amazon Business sellers and makers
// ---------------------------------------------------------------------------------------------

interface ProductLine {
  readonly word: string;
  readonly industry: string;
}

function lines(industry: string, words: readonly string[]): ProductLine[] {
  return words.map((word) => ({ word, industry }));
}

interface FirmGroupSpec {
  /** Keys are `<keyPrefix>-<nn>`. */
  readonly keyPrefix: string;
  readonly count: number;
  readonly home: PlatformKey;
  readonly naming: "cn" | "us";
  readonly populations: Weighted<Population>;
  readonly lines: readonly ProductLine[];
  readonly regions: Weighted<string>;
  readonly founded: readonly [number, number];
  readonly describe: (line: ProductLine) => string;
}

const US_CITIES: Weighted<string> = [
  ["region:us-wa-seattle", 30],
  ["region:us-ca-los-angeles", 20],
  ["region:us-il-chicago", 20],
  ["region:us-tx-dallas", 15],
  ["region:us-ny-new-york", 15],
];

const FIRM_GROUPS: readonly FirmGroupSpec[] = [
  {
    keyPrefix: "firm:dyq-buyer",
    count: 10,
    home: DIYIQIANG,
    naming: "cn",
    populations: [["BUYER", 1]],
    lines: [
      ...lines("retail", ["Building Materials Supermarket", "Home Improvement Stores", "Department Stores"]),
      ...lines("real estate", ["Property Development"]),
      ...lines("hospitality", ["Hotel Management"]),
      ...lines("construction", ["Construction Engineering"]),
    ],
    regions: [
      ["region:cn-zj-hangzhou", 40],
      ["region:cn-zj-ningbo", 30],
      ["region:cn-sh", 20],
      ["region:cn-zj-jinhua", 10],
    ],
    founded: [1990, 2015],
    describe: (line) => `Corporate buyer (${line.industry}) sourcing hardware and footwear through Diyiqiang.`,
  },
  {
    keyPrefix: "firm:hc-buyer",
    count: 10,
    home: HC360,
    naming: "cn",
    populations: [["BUYER", 1]],
    lines: [
      ...lines("construction", ["Construction Group"]),
      ...lines("real estate", ["Property Services"]),
      ...lines("electronics", ["Electronics Manufacturing"]),
      ...lines("facilities management", ["Facilities Management"]),
      ...lines("healthcare", ["Medical Centre"]),
      ...lines("transport", ["Rail Transit Maintenance"]),
    ],
    regions: [
      ["region:cn-bj-haidian", 20],
      ["region:cn-bj-chaoyang", 20],
      ["region:cn-gd-guangzhou", 25],
      ["region:cn-sh", 20],
      ["region:cn-gd-shenzhen", 15],
    ],
    founded: [1985, 2016],
    describe: (line) => `Corporate buyer (${line.industry}) procuring equipment and supplies on HC360.`,
  },
  {
    keyPrefix: "firm:amzb-buyer",
    count: 26,
    home: AMAZON_BUSINESS,
    naming: "us",
    populations: [["BUYER", 1]],
    lines: [
      ...lines("healthcare", ["Dental Group", "Family Clinics"]),
      ...lines("hospitality", ["Hospitality Group"]),
      ...lines("facilities management", ["Facilities Services"]),
      ...lines("construction", ["Builders"]),
      ...lines("life sciences", ["Research Labs"]),
      ...lines("real estate", ["Property Management"]),
      ...lines("food service", ["Restaurant Group"]),
      ...lines("professional services", ["Architects"]),
      ...lines("automotive services", ["Auto Repair"]),
    ],
    regions: US_CITIES,
    founded: [1965, 2018],
    describe: (line) => `Business buyer (${line.industry}) purchasing supplies on Amazon Business.`,
  },
  {
    keyPrefix: "firm:amzb-trader",
    count: 14,
    home: AMAZON_BUSINESS,
    naming: "us",
    populations: [["TRADER", 1]],
    lines: [
      ...lines("office supplies", ["Office Supply"]),
      ...lines("industrial supplies", ["Industrial Supply"]),
      ...lines("cleaning supplies", ["Janitorial Supply"]),
      ...lines("medical supplies", ["Medical Supply"]),
      ...lines("hardware", ["Tool Supply"]),
    ],
    regions: US_CITIES,
    founded: [1970, 2018],
    describe: (line) => `Reseller of ${line.industry} to businesses, selling on Amazon Business.`,
  },
  {
    keyPrefix: "firm:amzb-maker",
    count: 6,
    home: AMAZON_BUSINESS,
    naming: "us",
    populations: [["MANUFACTURER", 1]],
    lines: [
      ...lines("metal fabrication", ["Fabrication"]),
      ...lines("plastics", ["Plastics"]),
      ...lines("furniture", ["Woodworks"]),
      ...lines("packaging", ["Packaging"]),
    ],
    regions: US_CITIES,
    founded: [1960, 2015],
    describe: (line) => `Manufacturer (${line.industry}) selling to businesses through Amazon Business.`,
  },
  {
    keyPrefix: "firm:amzb-cn",
    count: 4,
    home: AMAZON_BUSINESS,
    naming: "cn",
    populations: [["TRADER", 1]],
    lines: lines("consumer electronics", ["Electronics Trading", "Smart Home Technology", "Digital Accessories"]),
    regions: [
      ["region:cn-gd-shenzhen", 70],
      ["region:cn-gd-guangzhou", 30],
    ],
    founded: [2005, 2018],
    describe: (line) => `Cross-border seller (${line.industry}) supplying business buyers on Amazon Business.`,
  },
];

/**
 * Firms that join further platforms (processed in order; a firm is chosen once). These are the
 * shared actors between ecosystems: Yongkang assemblers and traders also selling nationwide on
 * HC360 and abroad on Amazon Business, Wenzhou exporters and Suzhou machine makers on Amazon.
 */
interface SharedJoinSpec {
  readonly chainKey: string;
  readonly positions: readonly number[];
  readonly count: number;
  readonly platforms: readonly PlatformKey[];
}

const SHARED_JOINS: readonly SharedJoinSpec[] = [
  { chainKey: "chain:dyq-hardware", positions: [4, 5], count: 8, platforms: [HC360, AMAZON_BUSINESS] },
  { chainKey: "chain:dyq-hardware", positions: [4, 5], count: 10, platforms: [HC360] },
  { chainKey: "chain:dyq-footwear", positions: [5], count: 6, platforms: [AMAZON_BUSINESS] },
  { chainKey: "chain:hc-equipment", positions: [3, 4], count: 6, platforms: [AMAZON_BUSINESS] },
];

const ENDED_MEMBERSHIPS: Readonly<Record<PlatformKey, number>> = {
  [DIYIQIANG]: SEED_FACTS.endedMemberships.diyiqiang,
  [HC360]: SEED_FACTS.endedMemberships.hc360,
  [AMAZON_BUSINESS]: SEED_FACTS.endedMemberships.amazonBusiness,
};

// ---------------------------------------------------------------------------------------------
// Service providers
// ---------------------------------------------------------------------------------------------

/**
 * Groups of firms a provider draws its clients from. Pools hold a platform's *home* firms with
 * an active home membership, so that another platform's lawyers do not quietly fill Diyiqiang's
 * LEGAL gap through the firms the ecosystems share.
 */
type ClientPool = "dyq" | "dyq-hw" | "dyq-fw" | "hc" | "hc-eq" | "amzb";

/** [category, pool, number of firms served in that category]. */
type ClientSpec = readonly [ServiceCategory, ClientPool, number];

interface ProviderSpec {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly founded: number;
  readonly region: string;
  readonly partners: readonly PlatformKey[];
  readonly clients: readonly ClientSpec[];
  /** The categories offered: those of `clients`, plus any listed here. */
  readonly categories: readonly ServiceCategory[];
}

function provider(
  key: string,
  name: string,
  region: string,
  founded: number,
  partners: readonly PlatformKey[],
  clients: readonly ClientSpec[],
  description: string,
): ProviderSpec {
  const categories = [...new Set(clients.map(([category]) => category))];
  return { key: `provider:${key}`, name, region, founded, partners, clients, categories, description };
}

const YK = "region:cn-zj-yongkang";
const JH = "region:cn-zj-jinhua";
const LC = "region:cn-zj-lucheng";
const OH = "region:cn-zj-ouhai";
const HZ = "region:cn-zj-hangzhou";

const PROVIDERS: readonly ProviderSpec[] = [
  // Diyiqiang's own partners. Financing and logistics reach most members; LEGAL has one small
  // provider (weakness 3).
  provider("yk-rural-bank", "Yongkang Rural Commercial Bank", YK, 2011, [DIYIQIANG], [["FINANCING", "dyq-hw", 34]],
    "Local bank lending working capital to hardware SMEs against platform trade records."),
  provider("wz-shoe-guarantee", "Wenzhou Shoe Industry Credit Guarantee Co.", LC, 2006, [DIYIQIANG], [["FINANCING", "dyq-fw", 26]],
    "Guarantees bank loans of footwear makers and traders."),
  provider("zj-jinqiao-scf", "Zhejiang Jinqiao Supply-Chain Finance Co.", HZ, 2014, [DIYIQIANG], [["FINANCING", "dyq", 22]],
    "Order and receivables financing on platform transactions."),
  provider("jh-equipment-leasing", "Jinhua Equipment Leasing Co.", JH, 2010, [DIYIQIANG], [["FINANCING", "dyq-hw", 8]],
    "Finance leases for casting, stamping and CNC equipment."),
  provider("wz-xinhe-microcredit", "Wenzhou Xinhe Microcredit Co.", LC, 2012, [DIYIQIANG], [["FINANCING", "dyq-fw", 12]],
    "Small short-term loans for workshops in the footwear cluster."),
  provider("yk-hardware-logistics", "Yongkang Hardware City Logistics Co.", YK, 2004, [DIYIQIANG], [["LOGISTICS", "dyq-hw", 36]],
    "Less-than-truckload freight from the Yongkang hardware market to all provinces."),
  provider("wz-ouhai-express", "Wenzhou Ouhai Express Freight Co.", OH, 2008, [DIYIQIANG], [["LOGISTICS", "dyq-fw", 30]],
    "Express and consolidated freight for shoe makers and wholesalers."),
  provider("zj-anda-warehousing", "Zhejiang Anda Warehousing & Distribution Co.", JH, 2012, [DIYIQIANG], [["LOGISTICS", "dyq", 14]],
    "Bonded and general warehousing with regional distribution."),
  provider("jh-zhengda-law", "Jinhua Zhengda Law & Consulting", JH, 2009, [DIYIQIANG], [["LEGAL", "dyq", 4], ["PROFESSIONAL_SUPPORT", "dyq", 14]],
    "Small law and consulting practice: contracts, disputes, company registration."),
  provider("yk-huaxin-accounting", "Yongkang Huaxin Accounting Services", YK, 2003, [DIYIQIANG], [["PROFESSIONAL_SUPPORT", "dyq-hw", 18]],
    "Bookkeeping, tax filing and audit support for hardware SMEs."),
  provider("wz-lucheng-tax", "Wenzhou Lucheng Tax & Accounting Agency", LC, 2007, [DIYIQIANG], [["PROFESSIONAL_SUPPORT", "dyq-fw", 14]],
    "Tax and accounting agency for footwear firms."),
  provider("yk-hardware-institute", "Yongkang Hardware Industry Research Institute", YK, 2001, [DIYIQIANG],
    [["INDUSTRIAL_RESEARCH", "dyq-hw", 12], ["CERTIFICATION", "dyq-hw", 8]],
    "Applied research, product testing and standards work for the hardware cluster."),
  provider("wz-footwear-testing", "Zhejiang Footwear Materials Testing Centre", OH, 2005, [DIYIQIANG],
    [["INDUSTRIAL_RESEARCH", "dyq-fw", 6], ["CERTIFICATION", "dyq-fw", 12]],
    "Materials testing and export certification for shoes and shoe materials."),
  provider("wz-yijia-brand", "Wenzhou Yijia Brand Design Studio", LC, 2013, [DIYIQIANG], [["BRANDING", "dyq-fw", 12]],
    "Brand identity and packaging for footwear labels."),
  provider("yk-qiming-brand", "Yongkang Qiming Brand & Packaging Design", YK, 2011, [DIYIQIANG],
    [["BRANDING", "dyq-hw", 10], ["MARKETING", "dyq-hw", 8]],
    "Brand and packaging design and trade-fair marketing for hardware makers."),
  provider("hz-xunlian-marketing", "Hangzhou Xunlian Digital Marketing Co.", HZ, 2015, [DIYIQIANG], [["MARKETING", "dyq", 16]],
    "Search, social and marketplace advertising for manufacturers."),
  provider("yk-yunduan-erp", "Yongkang Yunduan ERP Software Co.", YK, 2016, [DIYIQIANG], [["IT", "dyq-hw", 14]],
    "Cloud ERP and order management connected to the platform."),
  provider("wz-footwear-school", "Wenzhou Footwear Vocational Training School", OH, 1999, [DIYIQIANG], [["TRAINING", "dyq-fw", 14]],
    "Pattern-making, stitching and e-commerce courses for shoe workers."),
  provider("yk-skills-centre", "Yongkang Hardware Skills Training Centre", YK, 2006, [DIYIQIANG], [["TRAINING", "dyq-hw", 10]],
    "Vocational training in casting, machining and quality control."),
  provider("jh-hongtu-design", "Jinhua Hongtu Industrial Design Co.", JH, 2017, [DIYIQIANG],
    [["INDUSTRIAL_RESEARCH", "dyq-hw", 6], ["BRANDING", "dyq-hw", 5]],
    "Industrial design of tools and household hardware."),
  provider("yiwu-sourcing-marketing", "Yiwu Global Sourcing Marketing Co.", "region:cn-zj-yiwu", 2015, [DIYIQIANG], [["MARKETING", "dyq", 10]],
    "Buyer matchmaking and trade-show marketing for small exporters."),
  provider("nb-anxin-customs", "Zhejiang Anxin Customs Brokerage Co.", "region:cn-zj-ningbo", 2008, [DIYIQIANG],
    [["PROFESSIONAL_SUPPORT", "dyq", 8], ["LOGISTICS", "dyq-fw", 8]],
    "Customs declaration and export documentation through Ningbo port."),
  provider("hz-tianyuan-research", "Hangzhou Tianyuan Industrial Internet Research Center", HZ, 2018, [DIYIQIANG], [["INDUSTRIAL_RESEARCH", "dyq", 6]],
    "Research on cluster digitalisation and industrial-chain data."),

  // Shared with other platforms (none of them offers LEGAL to Diyiqiang members).
  provider("huaxia-logistics", "Huaxia Cross-Border Logistics Co.", "region:cn-zj-ningbo", 2009, [DIYIQIANG, HC360],
    [["LOGISTICS", "dyq", 16], ["LOGISTICS", "hc", 12]],
    "Sea and rail freight forwarding for exporters in eastern China."),
  provider("cloudbridge-it", "Cloudbridge Industrial Internet Technology Co.", HZ, 2014, [DIYIQIANG, HC360],
    [["IT", "dyq", 10], ["IT", "hc", 10], ["MARKETING", "hc", 6]],
    "SaaS for online shops, product data and digital marketing on B2B platforms."),
  provider("asia-pacific-cert", "Asia Pacific Quality Certification Centre", "region:cn-sh", 2002, [DIYIQIANG, HC360, AMAZON_BUSINESS],
    [["CERTIFICATION", "dyq", 6], ["CERTIFICATION", "hc", 8], ["CERTIFICATION", "amzb", 4], ["TRAINING", "hc", 4]],
    "ISO and product certification with auditor training."),
  provider("zj-export-credit", "Zhejiang Export Credit Insurance Agency", HZ, 2010, [DIYIQIANG, AMAZON_BUSINESS], [["FINANCING", "dyq", 10]],
    "Export credit insurance and pre-shipment finance for firms selling abroad."),

  // HC360's partners.
  provider("bj-hengxin-credit", "Beijing Hengxin SME Credit Co.", "region:cn-bj-haidian", 2008, [HC360], [["FINANCING", "hc", 16]],
    "Credit lines for SMEs based on their trading history."),
  provider("gz-yuexiu-factoring", "Guangzhou Yuexiu Trade Factoring Co.", "region:cn-gd-guangzhou", 2013, [HC360], [["FINANCING", "hc", 10]],
    "Receivables factoring for suppliers of large buyers."),
  provider("sz-equipment-lease", "Suzhou Industrial Equipment Finance Lease Co.", "region:cn-js-suzhou", 2011, [HC360], [["FINANCING", "hc-eq", 8]],
    "Leasing of machine tools and production lines."),
  provider("bj-jingheng-law", "Beijing Jingheng Law Firm", "region:cn-bj-chaoyang", 2001, [HC360], [["LEGAL", "hc", 8]],
    "Commercial contracts, trade disputes and IP for B2B sellers."),
  provider("gz-huanan-law", "Guangzhou Huanan IP & Trade Law Office", "region:cn-gd-guangzhou", 2006, [HC360],
    [["LEGAL", "hc", 5], ["PROFESSIONAL_SUPPORT", "hc", 5]],
    "Trademark, patent and trade compliance advice."),
  provider("sz-jinhe-logistics", "Suzhou Jinhe Logistics Co.", "region:cn-js-suzhou", 2007, [HC360], [["LOGISTICS", "hc-eq", 15]],
    "Heavy and project freight for machinery makers."),
  provider("gz-nansha-freight", "Guangzhou Nansha Freight Services Co.", "region:cn-gd-guangzhou", 2005, [HC360], [["LOGISTICS", "hc", 10]],
    "Port logistics and domestic distribution in southern China."),
  provider("bj-market-research", "Beijing Industrial Market Research Institute", "region:cn-bj-haidian", 1998, [HC360],
    [["INDUSTRIAL_RESEARCH", "hc", 8], ["PROFESSIONAL_SUPPORT", "hc", 6]],
    "Industry reports, price indices and market-entry studies."),
  provider("sz-automation-consult", "Suzhou Automation Engineering Consultancy", "region:cn-js-suzhou", 2012, [HC360],
    [["PROFESSIONAL_SUPPORT", "hc-eq", 6], ["INDUSTRIAL_RESEARCH", "hc-eq", 5], ["TRAINING", "hc-eq", 6]],
    "Automation engineering, process studies and technician training."),
  provider("bj-mingjian-brand", "Beijing Mingjian Brand Strategy Co.", "region:cn-bj-chaoyang", 2010, [HC360],
    [["BRANDING", "hc", 8], ["MARKETING", "hc", 8]],
    "Brand strategy and industrial marketing campaigns."),
  provider("bj-shuzhi-saas", "Beijing Shuzhi Procurement SaaS Co.", "region:cn-bj-haidian", 2017, [HC360], [["IT", "hc", 10]],
    "E-procurement and supplier management software."),
  provider("wuxi-machinery-cert", "Wuxi Machinery Inspection & Certification Co.", "region:cn-js-wuxi", 2004, [HC360], [["CERTIFICATION", "hc-eq", 10]],
    "Safety inspection and CE / CCC certification of machinery."),
  provider("gz-deli-accounting", "Guangzhou Deli Accounting Firm", "region:cn-gd-guangzhou", 2000, [HC360], [["PROFESSIONAL_SUPPORT", "hc", 8]],
    "Accounting, tax and payroll services."),

  // Shared by HC360 and Amazon Business.
  provider("pacific-bridge-freight", "Pacific Bridge Freight Forwarding Co.", "region:cn-gd-shenzhen", 2006, [HC360, AMAZON_BUSINESS],
    [["LOGISTICS", "hc", 8], ["LOGISTICS", "amzb", 10]],
    "Trans-Pacific freight forwarding and fulfilment-centre delivery."),
  provider("trans-pacific-compliance", "Trans-Pacific Trade Compliance Partners LLP", "region:us-wa-seattle", 2011, [HC360, AMAZON_BUSINESS],
    [["LEGAL", "hc", 3], ["LEGAL", "amzb", 6], ["CERTIFICATION", "amzb", 5]],
    "Import law, product compliance and certification for cross-border trade."),

  // Amazon Business' partners.
  provider("cascade-trade-credit", "Cascade Trade Credit LLC", "region:us-wa-seattle", 2012, [AMAZON_BUSINESS], [["FINANCING", "amzb", 14]],
    "Net-terms credit lines for business purchasing."),
  provider("evergreen-capital", "Evergreen Business Capital Inc.", "region:us-il-chicago", 2009, [AMAZON_BUSINESS], [["FINANCING", "amzb", 8]],
    "Working-capital loans for small sellers."),
  provider("northstar-freight", "Northstar Freight Services Inc.", "region:us-tx-dallas", 2004, [AMAZON_BUSINESS], [["LOGISTICS", "amzb", 12]],
    "Freight brokerage and LTL shipping across the US."),
  provider("harbor-line-fulfillment", "Harbor Line Fulfillment LLC", "region:us-ca-los-angeles", 2014, [AMAZON_BUSINESS], [["LOGISTICS", "amzb", 10]],
    "Warehousing and order fulfilment near the ports of Los Angeles and Long Beach."),
  provider("rainier-law", "Rainier Business Law Group PLLC", "region:us-wa-seattle", 2007, [AMAZON_BUSINESS], [["LEGAL", "amzb", 6]],
    "Business law for online sellers and buyers."),
  provider("summit-analytics", "Summit Procurement Analytics Inc.", "region:us-ny-new-york", 2016, [AMAZON_BUSINESS],
    [["IT", "amzb", 10], ["INDUSTRIAL_RESEARCH", "amzb", 4]],
    "Spend analytics and procurement integrations."),
  provider("bayview-brand-works", "Bayview Brand Works LLC", "region:us-ca-los-angeles", 2013, [AMAZON_BUSINESS],
    [["BRANDING", "amzb", 6], ["MARKETING", "amzb", 8]],
    "Brand design and marketplace advertising."),
  provider("meridian-accounting", "Meridian Accounting & Tax Advisors LLP", "region:us-il-chicago", 2002, [AMAZON_BUSINESS],
    [["PROFESSIONAL_SUPPORT", "amzb", 9]],
    "Accounting and sales-tax compliance for small businesses."),
  provider("pioneer-training", "Pioneer Supplier Training Institute", "region:us-wa-seattle", 2015, [AMAZON_BUSINESS], [["TRAINING", "amzb", 6]],
    "Courses for suppliers on business selling and procurement."),
  provider("keystone-labs", "Keystone Product Safety Labs Inc.", "region:us-il-chicago", 2006, [AMAZON_BUSINESS], [["CERTIFICATION", "amzb", 6]],
    "Product safety testing and certification."),
];

// ---------------------------------------------------------------------------------------------
// Government agencies
// ---------------------------------------------------------------------------------------------

interface AgencySpec {
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly kind: AgencyKind;
  readonly founded: number;
  readonly region: string;
  /** [platform or chain key, policy, year the support started]. */
  readonly supports: readonly (readonly [target: string, policy: string, since: number])[];
}

const AGENCIES: readonly AgencySpec[] = [
  {
    key: "agency:yongkang-commerce",
    name: "Yongkang Municipal Bureau of Commerce",
    description: "Local commerce bureau promoting e-commerce and trade of the hardware cluster.",
    kind: "LOCAL_GOVERNMENT",
    founded: 1985,
    region: YK,
    supports: [
      [DIYIQIANG, "county e-commerce demonstration programme", 2014],
      ["chain:dyq-hardware", "hardware cluster digital upgrading plan", 2017],
    ],
  },
  {
    key: "agency:yongkang-hardware-park",
    name: "Yongkang Hardware Industrial Park Administration",
    description: "Administration of the industrial park housing casting, finishing and assembly plants.",
    kind: "INDUSTRIAL_PARK",
    founded: 2003,
    region: YK,
    supports: [
      ["chain:dyq-hardware", "workshop rent subsidy for hardware assemblers", 2012],
      [DIYIQIANG, "on-site platform service centre in the park", 2016],
    ],
  },
  {
    key: "agency:jinhua-hardware-association",
    name: "Jinhua Hardware Industry Association",
    description: "Association of hardware makers in Jinhua, Yongkang and Wuyi.",
    kind: "INDUSTRY_ASSOCIATION",
    founded: 1994,
    region: JH,
    supports: [["chain:dyq-hardware", "collective quality standards for locks and hinges", 2015]],
  },
  {
    key: "agency:wenzhou-commerce",
    name: "Wenzhou Municipal Bureau of Commerce",
    description: "Local commerce bureau of Wenzhou, in charge of export promotion.",
    kind: "LOCAL_GOVERNMENT",
    founded: 1983,
    region: "region:cn-zj-wenzhou",
    supports: [
      [DIYIQIANG, "cross-border e-commerce pilot zone", 2016],
      ["chain:dyq-footwear", "footwear export promotion fund", 2013],
    ],
  },
  {
    key: "agency:wenzhou-footwear-association",
    name: "Wenzhou Footwear Industry Association",
    description: "Association of shoe makers, material suppliers and traders in Wenzhou.",
    kind: "INDUSTRY_ASSOCIATION",
    founded: 1991,
    region: LC,
    supports: [
      ["chain:dyq-footwear", "regional footwear brand campaign", 2010],
      [DIYIQIANG, "member referral agreement", 2018],
    ],
  },
  {
    key: "agency:ouhai-footwear-park",
    name: "Ouhai Footwear Industrial Park Administration",
    description: "Administration of the footwear park in Ouhai district.",
    kind: "INDUSTRIAL_PARK",
    founded: 2006,
    region: OH,
    supports: [["chain:dyq-footwear", "shared sample-making workshop", 2019]],
  },
  {
    key: "agency:zhejiang-commerce",
    name: "Zhejiang Provincial Department of Commerce",
    description: "Provincial department for trade and e-commerce policy.",
    kind: "LOCAL_GOVERNMENT",
    founded: 1979,
    region: HZ,
    supports: [[DIYIQIANG, "provincial industrial internet platform pilot", 2020]],
  },
  {
    key: "agency:beijing-commerce",
    name: "Beijing Municipal Commerce Bureau",
    description: "Municipal bureau for trade, e-commerce and services in Beijing.",
    kind: "LOCAL_GOVERNMENT",
    founded: 1980,
    region: "region:cn-bj",
    supports: [[HC360, "B2B e-commerce demonstration enterprise", 2012]],
  },
  {
    key: "agency:haidian-digital-park",
    name: "Haidian Digital Economy Park Administration",
    description: "Administration of a digital-economy park in Haidian district.",
    kind: "INDUSTRIAL_PARK",
    founded: 2009,
    region: "region:cn-bj-haidian",
    supports: [[HC360, "digital economy office subsidy", 2018]],
  },
  {
    key: "agency:suzhou-equipment-park",
    name: "Suzhou Intelligent Equipment Industrial Park Administration",
    description: "Administration of an equipment-making park in Suzhou.",
    kind: "INDUSTRIAL_PARK",
    founded: 2008,
    region: "region:cn-js-suzhou",
    supports: [
      ["chain:hc-equipment", "equipment cluster upgrading programme", 2016],
      [HC360, "industrial procurement service station", 2019],
    ],
  },
  {
    key: "agency:guangdong-machinery-association",
    name: "Guangdong Machinery Industry Association",
    description: "Association of machinery makers and distributors in Guangdong.",
    kind: "INDUSTRY_ASSOCIATION",
    founded: 1993,
    region: "region:cn-gd-guangzhou",
    supports: [
      [HC360, "member procurement days", 2017],
      ["chain:hc-equipment", "supplier matchmaking for Pearl River Delta makers", 2018],
    ],
  },
  {
    key: "agency:puget-sound-procurement-council",
    name: "Puget Sound Small Business Procurement Council",
    description: "Regional association helping small businesses win corporate and public contracts.",
    kind: "INDUSTRY_ASSOCIATION",
    founded: 1998,
    region: "region:us-wa-seattle",
    supports: [[AMAZON_BUSINESS, "small-business supplier diversity programme", 2018]],
  },
];

// ---------------------------------------------------------------------------------------------
// Firm generation
// ---------------------------------------------------------------------------------------------

const CN_BRANDS = [
  "Hengda", "Ruifeng", "Jinli", "Xinhua", "Tianyi", "Huasheng", "Mingtai", "Yongxin", "Dongfang", "Baoli",
  "Kaiyuan", "Hongtai", "Shengda", "Jiahe", "Fuda", "Haitian", "Longsheng", "Xingwang", "Zhongyi", "Jinma",
  "Huayu", "Yuanda", "Sanli", "Dingxin", "Taihe", "Guanghui", "Lianfa", "Tongda", "Jiecheng", "Liangguang",
  "Meida", "Weixing", "Anxing", "Boya", "Changsheng", "Dexin", "Fengyuan", "Guoxin", "Hualong", "Jiayi",
  "Kangli", "Lida", "Minghui", "Nanfang", "Qiangsheng", "Ruida", "Shunfa", "Tianrun", "Wanli", "Xinyuan",
  "Yida", "Zhengtai", "Baisheng", "Chenguang", "Feiyue", "Hongyun", "Jinding", "Yinhe", "Zhongxing", "Rongsheng",
];

const US_BRANDS = [
  "Cascade", "Evergreen", "Rainier", "Harbor", "Summit", "Pioneer", "Lakeside", "Redwood", "Granite", "Prairie",
  "Liberty", "Bayview", "Northstar", "Cedar", "Ironwood", "Silverline", "Keystone", "Meridian", "Blue Ridge", "Coastal",
  "Juniper", "Timberline", "Westgate", "Olympic", "Riverbend", "Highland", "Maple Leaf", "Copperfield", "Sierra", "Lone Star",
];

/** Hands out firm names and refuses repeats, so full-text search finds one firm per name. */
class NameRegistry {
  private readonly used = new Set<string>();

  reserve(name: string): void {
    if (this.used.has(name)) throw new Error(`Duplicate name ${name}`);
    this.used.add(name);
  }

  firmName(rng: Rng, naming: "cn" | "us", place: string, word: string): string {
    for (let attempt = 0; attempt < 100; attempt++) {
      const name =
        naming === "cn"
          ? `${place} ${rng.pick(CN_BRANDS)} ${word} Co., Ltd.`
          : `${rng.pick(US_BRANDS)} ${word} ${rng.pick(["LLC", "Inc."])}`;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error(`Ran out of names for ${place} ${word}`);
  }
}

interface FirmRecord {
  readonly key: string;
  readonly name: string;
  readonly population: Population;
  readonly description: string;
  readonly founded: number;
  readonly size: FirmSize;
  readonly employees: number;
  readonly industry: string;
  readonly region: string;
  readonly home: PlatformKey;
  readonly chainKey: string | null;
  /** Stage keys the firm operates in (one, or two adjacent ones). */
  readonly stageKeys: readonly string[];
}

const SIZE_WEIGHTS: Weighted<FirmSize> = [
  ["MICRO", 15],
  ["SMALL", 50],
  ["MEDIUM", 27],
  ["LARGE", 8],
];

/** Employee bands of the size classes (the usual SME bands for industry). */
const EMPLOYEE_BANDS: Readonly<Record<FirmSize, readonly [number, number]>> = {
  MICRO: [3, 19],
  SMALL: [20, 299],
  MEDIUM: [300, 999],
  LARGE: [1000, 6000],
};

function drawSize(rng: Rng): { size: FirmSize; employees: number } {
  const size = rng.weighted(SIZE_WEIGHTS);
  const [min, max] = EMPLOYEE_BANDS[size];
  return { size, employees: rng.int(min, max) };
}

function populationNoun(population: Population): string {
  return population === "TRADER" ? "Trader" : population === "BUYER" ? "Buyer" : "Manufacturer";
}

function firmKey(prefix: string, index: number): string {
  return `${prefix}-${String(index + 1).padStart(2, "0")}`;
}

/** The firms of each chain, stage by stage; a few per stage also work in the next stage. */
function generateChainFirms(rng: Rng, names: NameRegistry, chain: ChainSpec): FirmRecord[] {
  const firms: FirmRecord[] = [];
  chain.stages.forEach((stage, index) => {
    const position = index + 1;
    const integrated = new Set(rng.sample([...Array(stage.firms).keys()], stage.alsoNext ?? 0));
    for (let i = 0; i < stage.firms; i++) {
      const positions = integrated.has(i) ? [position, position + 1] : [position];
      const stageNames = positions.map((p) => chain.stages[p - 1]!.name.toLowerCase());
      const population = rng.weighted(stage.populations);
      const region = rng.weighted(chain.firmRegions);
      firms.push({
        key: firmKey(`firm:${chain.firmPrefix}-${position}`, i),
        name: names.firmName(rng, "cn", placeName(region), rng.pick(stage.products)),
        population,
        description: `${populationNoun(population)} in the ${chain.name}: ${stageNames.join(" and ")}.`,
        founded: rng.int(chain.founded[0], chain.founded[1]),
        ...drawSize(rng),
        industry: chain.industry,
        region,
        home: chain.platform,
        chainKey: chain.key,
        stageKeys: positions.map((p) => stageKey(chain.key, p)),
      });
    }
  });
  return firms;
}

function generateGroupFirms(rng: Rng, names: NameRegistry, group: FirmGroupSpec): FirmRecord[] {
  const firms: FirmRecord[] = [];
  for (let i = 0; i < group.count; i++) {
    const line = rng.pick(group.lines);
    const region = rng.weighted(group.regions);
    firms.push({
      key: firmKey(group.keyPrefix, i),
      name: names.firmName(rng, group.naming, placeName(region), line.word),
      population: rng.weighted(group.populations),
      description: group.describe(line),
      founded: rng.int(group.founded[0], group.founded[1]),
      ...drawSize(rng),
      industry: line.industry,
      region,
      home: group.home,
      chainKey: null,
      stageKeys: [],
    });
  }
  return firms;
}

// ---------------------------------------------------------------------------------------------
// Memberships
// ---------------------------------------------------------------------------------------------

interface Membership {
  readonly firm: FirmRecord;
  readonly platform: PlatformKey;
  ended: boolean;
}

/** Home memberships, the shared joins, then the deliberately ended memberships. */
function planMemberships(rng: Rng, firms: readonly FirmRecord[]): Membership[] {
  const memberships: Membership[] = firms.map((firm) => ({ firm, platform: firm.home, ended: false }));

  const joined = new Set<string>();
  for (const join of SHARED_JOINS) {
    const stageKeys = new Set(join.positions.map((position) => stageKey(join.chainKey, position)));
    const candidates = firms.filter(
      (firm) =>
        !joined.has(firm.key) &&
        firm.key !== SEED_FACTS.singleFirmStage.firmKey &&
        firm.stageKeys.some((key) => stageKeys.has(key)),
    );
    for (const firm of rng.sample(candidates, join.count)) {
      joined.add(firm.key);
      for (const platform of join.platforms) memberships.push({ firm, platform, ended: false });
    }
  }

  // The thin stage's only firm stays an active member, or the stage would be uncovered instead.
  for (const platform of PLATFORMS.map((p) => p.key)) {
    const candidates = memberships.filter(
      (m) => m.platform === platform && m.firm.key !== SEED_FACTS.singleFirmStage.firmKey,
    );
    for (const membership of rng.sample(candidates, ENDED_MEMBERSHIPS[platform])) membership.ended = true;
  }
  return memberships;
}

function drawTier(rng: Rng, size: FirmSize): string {
  if (size === "LARGE") return rng.weighted([["gold", 5], ["silver", 3], ["basic", 2]]);
  return rng.weighted([["basic", 6], ["silver", 3], ["gold", 1]]);
}

// ---------------------------------------------------------------------------------------------
// Trade
// ---------------------------------------------------------------------------------------------

/** Yearly volume in 10k units of the reporting currency, scaled by the customer's size. */
const VOLUME_BASE: Readonly<Record<FirmSize, number>> = { MICRO: 20, SMALL: 80, MEDIUM: 300, LARGE: 900 };

/**
 * Adds SUPPLIES edges: a `share` of the customers each buy from between min and max of the
 * suppliers. `forbidden` vetoes pairs (the deliberate broken link), whatever stages a firm spans.
 */
function linkSuppliers(
  rng: Rng,
  graph: GraphBuilder,
  suppliers: readonly FirmRecord[],
  customers: readonly FirmRecord[],
  [min, max]: readonly [number, number],
  share: number,
  forbidden: (from: string, to: string) => boolean,
  earliestYear = 2008,
): void {
  if (suppliers.length === 0) return;
  for (const customer of customers) {
    if (!rng.chance(share)) continue;
    for (const supplier of rng.sample(suppliers, rng.int(min, max))) {
      if (supplier.key === customer.key || forbidden(supplier.key, customer.key)) continue;
      if (graph.has("SUPPLIES", supplier.key, customer.key)) continue;
      const since = sinceDate(rng, Math.max(supplier.founded, customer.founded, earliestYear) + 1);
      graph.rel("SUPPLIES", supplier.key, customer.key, {
        volume: round1(VOLUME_BASE[customer.size] * (0.3 + 3 * rng.float() ** 2)),
        since,
        until: maybeEnded(rng, since, 0.05),
      });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The whole graph
// ---------------------------------------------------------------------------------------------

/** Builds the sample data; deterministic, so every call returns an equal value. */
export function buildSeedData(): SeedData {
  const rng = new Rng(PRNG_SEED);
  const graph = new GraphBuilder();
  const names = new NameRegistry();

  addRegions(graph);
  addPlatforms(graph);
  addChains(graph);

  for (const spec of PROVIDERS) names.reserve(spec.name);
  const firms = [
    ...CHAINS.flatMap((chain) => generateChainFirms(rng, names, chain)),
    ...FIRM_GROUPS.flatMap((group) => generateGroupFirms(rng, names, group)),
  ];
  addFirms(graph, firms);

  const memberships = planMemberships(rng, firms);
  addMemberships(rng, graph, memberships);
  addTrade(rng, graph, firms, memberships);

  addProviders(rng, graph, clientPools(firms, memberships));
  addAgencies(graph);
  return withLocalNames(graph.build());
}

function addRegions(graph: GraphBuilder): void {
  for (const [key, name, level, code] of REGIONS) {
    graph.node("Region", key, code === null ? { name, level } : { name, level, code });
  }
  for (const [key, , , , parent] of REGIONS) {
    if (parent) graph.rel("PART_OF", key, parent);
  }
}

function addPlatforms(graph: GraphBuilder): void {
  for (const platform of PLATFORMS) {
    const props: Props = {
      name: platform.name,
      population: "CORE_PLATFORM",
      description: platform.description,
      foundedYear: platform.foundedYear,
      model: platform.model,
    };
    if (platform.website) props["website"] = platform.website;
    graph.node("Platform", platform.key, props);
    graph.rel("LOCATED_IN", platform.key, platform.region);
  }
}

function addChains(graph: GraphBuilder): void {
  for (const chain of CHAINS) {
    graph.node("IndustrialChain", chain.key, { name: chain.name, industry: chain.industry, description: chain.description });
    graph.rel("ANCHORED_IN", chain.key, chain.anchor);
    chain.stages.forEach((stage, index) => {
      const key = stageKey(chain.key, index + 1);
      graph.node("ChainStage", key, { name: stage.name, position: index + 1, weight: stage.weight, minFirms: stage.minFirms });
      graph.rel("HAS_STAGE", chain.key, key);
      if (index > 0) graph.rel("FEEDS", stageKey(chain.key, index), key);
    });
  }
}

function addFirms(graph: GraphBuilder, firms: readonly FirmRecord[]): void {
  for (const firm of firms) {
    graph.node("Firm", firm.key, {
      name: firm.name,
      population: firm.population,
      description: firm.description,
      foundedYear: firm.founded,
      size: firm.size,
      industry: firm.industry,
      employees: firm.employees,
    });
    graph.rel("LOCATED_IN", firm.key, firm.region);
    for (const stage of firm.stageKeys) graph.rel("OPERATES_IN", firm.key, stage);
  }
}

function addMemberships(rng: Rng, graph: GraphBuilder, memberships: readonly Membership[]): void {
  for (const { firm, platform, ended } of memberships) {
    const earliest = Math.max(firm.founded + 1, PLATFORM_BY_KEY.get(platform)!.membersFrom);
    // Ended memberships start early enough to have run for at least a year.
    const since = ended ? sinceDate(rng, earliest, Math.max(earliest, LAST_YEAR - 3)) : sinceDate(rng, earliest);
    graph.rel("MEMBER_OF", firm.key, platform, {
      since,
      until: ended ? endDate(rng, since) : null,
      tier: drawTier(rng, firm.size),
    });
  }
}

/** Trade along every chain, then trade with corporate buyers and across platforms. */
function addTrade(rng: Rng, graph: GraphBuilder, firms: readonly FirmRecord[], memberships: readonly Membership[]): void {
  const inStage = (key: string) => firms.filter((firm) => firm.stageKeys.includes(key));
  const broken = SEED_FACTS.brokenLink;
  const upstream = new Set(inStage(broken.fromStageKey).map((firm) => firm.key));
  const downstream = new Set(inStage(broken.toStageKey).map((firm) => firm.key));
  const forbidden = (from: string, to: string) =>
    (upstream.has(from) && downstream.has(to)) || (downstream.has(from) && upstream.has(to));

  for (const chain of CHAINS) {
    for (const flow of chain.flows) {
      const suppliers = inStage(stageKey(chain.key, flow.from));
      const customers = inStage(stageKey(chain.key, flow.to));
      linkSuppliers(rng, graph, suppliers, customers, flow.suppliers, flow.share, forbidden);
    }
  }

  const group = (prefix: string) => firms.filter((firm) => firm.key.startsWith(`${prefix}-`));
  const onPlatform = (platform: PlatformKey, home: PlatformKey) =>
    memberships.filter((m) => m.platform === platform && m.firm.home === home).map((m) => m.firm);
  const hardwareSellers = inStage(stageKey("chain:dyq-hardware", 5));
  const footwearSellers = inStage(stageKey("chain:dyq-footwear", 5));

  // Diyiqiang's corporate buyers buy from the distributors of both chains.
  linkSuppliers(rng, graph, [...hardwareSellers, ...footwearSellers], group("firm:dyq-buyer"), [2, 5], 1, forbidden);
  // HC360's buyers buy from equipment distributors and makers, and from Yongkang firms on HC360.
  linkSuppliers(rng, graph, inStage(stageKey("chain:hc-equipment", 4)), group("firm:hc-buyer"), [2, 3], 1, forbidden);
  linkSuppliers(rng, graph, inStage(stageKey("chain:hc-equipment", 3)), group("firm:hc-buyer"), [1, 1], 0.5, forbidden);
  linkSuppliers(rng, graph, onPlatform(HC360, DIYIQIANG), group("firm:hc-buyer"), [1, 2], 0.6, forbidden, 2010);
  // Amazon Business: US resellers stock Chinese goods bought through the platform and US-made goods.
  const chineseSellersOnAmazon = [...onPlatform(AMAZON_BUSINESS, DIYIQIANG), ...onPlatform(AMAZON_BUSINESS, HC360)];
  linkSuppliers(rng, graph, chineseSellersOnAmazon, group("firm:amzb-trader"), [1, 2], 1, forbidden, 2015);
  linkSuppliers(rng, graph, group("firm:amzb-maker"), group("firm:amzb-trader"), [1, 1], 0.5, forbidden, 2015);
  linkSuppliers(rng, graph, group("firm:amzb-trader"), group("firm:amzb-buyer"), [1, 3], 1, forbidden, 2015);
  linkSuppliers(rng, graph, group("firm:amzb-cn"), group("firm:amzb-buyer"), [1, 1], 0.3, forbidden, 2015);
  linkSuppliers(rng, graph, group("firm:amzb-maker"), group("firm:amzb-buyer"), [1, 1], 0.3, forbidden, 2015);
}

function clientPools(firms: readonly FirmRecord[], memberships: readonly Membership[]): Record<ClientPool, FirmRecord[]> {
  const activeHome = new Set(
    memberships.filter((m) => m.platform === m.firm.home && !m.ended).map((m) => m.firm.key),
  );
  const home = (platform: PlatformKey, chainKey?: string) =>
    firms.filter((f) => f.home === platform && activeHome.has(f.key) && (chainKey === undefined || f.chainKey === chainKey));
  return {
    dyq: home(DIYIQIANG),
    "dyq-hw": home(DIYIQIANG, "chain:dyq-hardware"),
    "dyq-fw": home(DIYIQIANG, "chain:dyq-footwear"),
    hc: home(HC360),
    "hc-eq": home(HC360, "chain:hc-equipment"),
    amzb: home(AMAZON_BUSINESS),
  };
}

function addProviders(rng: Rng, graph: GraphBuilder, pools: Record<ClientPool, FirmRecord[]>): void {
  for (const spec of PROVIDERS) {
    graph.node("ServiceProvider", spec.key, {
      name: spec.name,
      population: "SERVICE_PROVIDER",
      description: spec.description,
      foundedYear: spec.founded,
      categories: spec.categories,
    });
    graph.rel("LOCATED_IN", spec.key, spec.region);
    for (const platform of spec.partners) {
      const earliest = Math.max(spec.founded, PLATFORM_BY_KEY.get(platform)!.foundedYear) + 1;
      graph.rel("PARTNERS_WITH", spec.key, platform, { since: sinceDate(rng, earliest, LAST_YEAR - 1) });
    }
    for (const [category, pool, count] of spec.clients) {
      for (const firm of rng.sample(pools[pool], count)) {
        const since = sinceDate(rng, Math.max(spec.founded, firm.founded, 2008) + 1);
        graph.rel("SERVES", spec.key, firm.key, { category, since, until: maybeEnded(rng, since, 0.08) });
      }
    }
  }
}

function addAgencies(graph: GraphBuilder): void {
  for (const agency of AGENCIES) {
    graph.node("GovernmentAgency", agency.key, {
      name: agency.name,
      population: "GOVERNMENT",
      description: agency.description,
      foundedYear: agency.founded,
      kind: agency.kind,
    });
    graph.rel("LOCATED_IN", agency.key, agency.region);
    for (const [target, policy, year] of agency.supports) {
      graph.rel("SUPPORTS", agency.key, target, { policy, since: `${year}-03-01` });
    }
  }
}
