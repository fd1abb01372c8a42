/**
 * The sample data (seed/ecosystems.ts) checked without a database: that the loader can MERGE it
 * (referential integrity, right labels at both ends, no duplicates), that it matches the GraphQL
 * schema (property names and value types, read from schema/*.graphql), that it is deterministic,
 * and that the deliberate weaknesses named in SEED_FACTS are really in the data, computed the way
 * the metrics will see them.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, type FieldDefinitionNode, type TypeNode } from "graphql";
import { buildSeedData, SEED_FACTS } from "../../seed/ecosystems";
import type { SeedLabel, SeedNode, SeedRelationship, SeedRelationshipType, SeedValue } from "../../seed/seed-types";

const data = buildSeedData();
const nodeByKey = new Map(data.nodes.map((node) => [node.key, node]));
const ACTOR_LABELS: readonly SeedLabel[] = ["Platform", "Firm", "ServiceProvider", "GovernmentAgency"];
const LOADER_SET_PROPERTIES = ["id", "source", "externalId", "createdAt", "updatedAt", "syncedAt"];
const DATE_LIMIT = "2026-11-01";

/** Which labels each relationship type may connect (start, end). */
const ENDPOINTS: Record<SeedRelationshipType, readonly [readonly SeedLabel[], readonly SeedLabel[]]> = {
  MEMBER_OF: [["Firm"], ["Platform"]],
  SUPPLIES: [["Firm"], ["Firm"]],
  OPERATES_IN: [["Firm"], ["ChainStage"]],
  SERVES: [["ServiceProvider"], ["Firm"]],
  PARTNERS_WITH: [["ServiceProvider"], ["Platform"]],
  SUPPORTS: [["GovernmentAgency"], ["Platform", "IndustrialChain"]],
  LOCATED_IN: [ACTOR_LABELS, ["Region"]],
  PART_OF: [["Region"], ["Region"]],
  HAS_STAGE: [["IndustrialChain"], ["ChainStage"]],
  FEEDS: [["ChainStage"], ["ChainStage"]],
  ANCHORED_IN: [["IndustrialChain"], ["Region"]],
};

const POPULATIONS_OF: Partial<Record<SeedLabel, readonly string[]>> = {
  Platform: ["CORE_PLATFORM"],
  Firm: ["MANUFACTURER", "TRADER", "BUYER"],
  ServiceProvider: ["SERVICE_PROVIDER"],
  GovernmentAgency: ["GOVERNMENT"],
};

// --- helpers over the data -------------------------------------------------------------------

function nodesOf(label: SeedLabel): SeedNode[] {
  return data.nodes.filter((node) => node.label === label);
}

function relsOf(type: SeedRelationshipType): SeedRelationship[] {
  return data.relationships.filter((rel) => rel.type === type);
}

function isActive(rel: SeedRelationship): boolean {
  return rel.props?.["until"] === null || rel.props?.["until"] === undefined;
}

function firmsIn(stageKey: string): Set<string> {
  return new Set(relsOf("OPERATES_IN").filter((rel) => rel.to === stageKey).map((rel) => rel.from));
}

function activeMembers(platformKey: string): Set<string> {
  return new Set(relsOf("MEMBER_OF").filter((rel) => rel.to === platformKey && isActive(rel)).map((rel) => rel.from));
}

function stagesOf(chainKey: string): SeedNode[] {
  const keys = new Set(relsOf("HAS_STAGE").filter((rel) => rel.from === chainKey).map((rel) => rel.to));
  return nodesOf("ChainStage")
    .filter((stage) => keys.has(stage.key))
    .sort((a, b) => Number(a.props["position"]) - Number(b.props["position"]));
}

/** Whether an active SUPPLIES edge runs (either way) between a firm of `a` and a firm of `b`. */
function hasActiveSupplyBetween(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return relsOf("SUPPLIES").some(
    (rel) => isActive(rel) && ((a.has(rel.from) && b.has(rel.to)) || (b.has(rel.from) && a.has(rel.to))),
  );
}

function intersect(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  return new Set([...a].filter((item) => b.has(item)));
}

/** Share of `members` with an active SERVES in `category`. */
function serviceCoverage(members: ReadonlySet<string>, category: string): number {
  const served = new Set(
    relsOf("SERVES")
      .filter((rel) => isActive(rel) && rel.props?.["category"] === category && members.has(rel.to))
      .map((rel) => rel.to),
  );
  return served.size / members.size;
}

// --- the schema, as the source of property names and value types ----------------------------

interface FieldShape {
  readonly type: string;
  readonly list: boolean;
  readonly required: boolean;
}

interface SchemaShapes {
  /** Scalar and enum fields of each @node type (relationship fields left out). */
  readonly nodeFields: Map<string, Map<string, FieldShape>>;
  /** Fields of each relationship-properties type, keyed by relationship type (MEMBER_OF, ...). */
  readonly relationshipFields: Map<string, Map<string, FieldShape>>;
  readonly enums: Map<string, Set<string>>;
}

function fieldShape(type: TypeNode, required = false): FieldShape {
  if (type.kind === Kind.NON_NULL_TYPE) return fieldShape(type.type, true);
  if (type.kind === Kind.LIST_TYPE) return { ...fieldShape(type.type), list: true, required };
  return { type: type.name.value, list: false, required };
}

function directiveArgument(field: FieldDefinitionNode, directive: string, argument: string): string | undefined {
  const value = field.directives
    ?.find((d) => d.name.value === directive)
    ?.arguments?.find((a) => a.name.value === argument)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function readSchema(): SchemaShapes {
  const dir = join(__dirname, "..", "..", "schema");
  const sdl = readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .map((file) => readFileSync(join(dir, file), "utf8"))
    .join("\n");
  const document = parse(sdl);
  const objectFields = new Map<string, Map<string, FieldShape>>();
  const relationshipPropertiesOf = new Map<string, string>();
  const enums = new Map<string, Set<string>>();

  for (const definition of document.definitions) {
    if (definition.kind === Kind.ENUM_TYPE_DEFINITION) {
      enums.set(definition.name.value, new Set(definition.values?.map((v) => v.name.value)));
    }
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const fields = new Map<string, FieldShape>();
    for (const field of definition.fields ?? []) {
      const relationshipType = directiveArgument(field, "relationship", "type");
      const properties = directiveArgument(field, "relationship", "properties");
      if (relationshipType && properties) relationshipPropertiesOf.set(relationshipType, properties);
      const isRelationship = field.directives?.some((d) => ["relationship", "declareRelationship"].includes(d.name.value));
      if (!isRelationship) fields.set(field.name.value, fieldShape(field.type));
    }
    objectFields.set(definition.name.value, fields);
  }

  const relationshipFields = new Map<string, Map<string, FieldShape>>();
  for (const [type, properties] of relationshipPropertiesOf) {
    relationshipFields.set(type, objectFields.get(properties) ?? new Map());
  }
  return { nodeFields: objectFields, relationshipFields, enums };
}

const schema = readSchema();

/** Problems with `props` measured against the schema's fields (empty when they conform). */
function schemaProblems(what: string, props: Readonly<Record<string, SeedValue>>, fields: Map<string, FieldShape>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(props)) {
    const field = fields.get(name);
    if (!field) {
      problems.push(`${what}: property ${name} is not in the schema`);
      continue;
    }
    if (value === null) {
      if (field.required) problems.push(`${what}: required ${name} is null`);
      continue;
    }
    const values = field.list ? (Array.isArray(value) ? (value as readonly unknown[]) : null) : [value];
    if (values === null) {
      problems.push(`${what}: ${name} should be a list`);
      continue;
    }
    for (const item of values) {
      if (!valueFits(field.type, item)) problems.push(`${what}: ${name} = ${JSON.stringify(item)} is not a ${field.type}`);
    }
  }
  for (const [name, field] of fields) {
    if (field.required && !LOADER_SET_PROPERTIES.includes(name) && !(name in props)) {
      problems.push(`${what}: required property ${name} is missing`);
    }
  }
  return problems;
}

function valueFits(type: string, value: unknown): boolean {
  switch (type) {
    case "String":
    case "ID":
      return typeof value === "string";
    case "Int":
      return Number.isInteger(value);
    case "Float":
      return typeof value === "number" && Number.isFinite(value);
    case "Boolean":
      return typeof value === "boolean";
    case "Date":
      return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value);
    default: {
      const values = schema.enums.get(type);
      return values !== undefined && typeof value === "string" && values.has(value);
    }
  }
}

// --- tests -----------------------------------------------------------------------------------

describe("seed data: integrity", () => {
  it("gives every node a unique key", () => {
    expect(nodeByKey.size).toBe(data.nodes.length);
  });

  it("connects existing nodes of the right labels, without self-loops", () => {
    const problems: string[] = [];
    for (const rel of data.relationships) {
      const from = nodeByKey.get(rel.from);
      const to = nodeByKey.get(rel.to);
      const [fromLabels, toLabels] = ENDPOINTS[rel.type];
      if (!from || !to) problems.push(`${rel.type} ${rel.from} -> ${rel.to}: unknown end`);
      else if (!fromLabels.includes(from.label) || !toLabels.includes(to.label)) {
        problems.push(`${rel.type} ${from.label} -> ${to.label}`);
      }
      if (rel.from === rel.to) problems.push(`${rel.type} self-loop on ${rel.from}`);
    }
    expect(problems).toEqual([]);
  });

  it("has no duplicate relationships (SERVES is identified by its category too)", () => {
    const identities = data.relationships.map((rel) =>
      rel.type === "SERVES" ? `${rel.type}|${rel.from}|${rel.to}|${String(rel.props?.["category"])}` : `${rel.type}|${rel.from}|${rel.to}`,
    );
    expect(new Set(identities).size).toBe(identities.length);
  });

  it("keeps dates well-formed, ordered and before the limit", () => {
    const problems: string[] = [];
    for (const rel of data.relationships) {
      const since = rel.props?.["since"];
      const until = rel.props?.["until"];
      for (const date of [since, until]) {
        if (date === undefined || date === null) continue;
        if (typeof date !== "string" || Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || date >= DATE_LIMIT) {
          problems.push(`${rel.type} ${rel.from} -> ${rel.to}: bad date ${String(date)}`);
        }
      }
      if (typeof since === "string" && typeof until === "string" && !(since < until)) {
        problems.push(`${rel.type} ${rel.from} -> ${rel.to}: since ${since} not before until ${until}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("gives every actor a name, a population of its label and a location", () => {
    const located = new Set(relsOf("LOCATED_IN").map((rel) => rel.from));
    const problems: string[] = [];
    for (const node of data.nodes.filter((n) => ACTOR_LABELS.includes(n.label))) {
      if (typeof node.props["name"] !== "string" || node.props["name"] === "") problems.push(`${node.key}: no name`);
      if (!POPULATIONS_OF[node.label]!.includes(String(node.props["population"]))) problems.push(`${node.key}: population`);
      if (!located.has(node.key)) problems.push(`${node.key}: not LOCATED_IN a region`);
    }
    expect(problems).toEqual([]);
  });

  it("leaves out the properties the loader sets", () => {
    const carriers = [...data.nodes.map((n) => n.props), ...data.relationships.map((r) => r.props ?? {})];
    const found = carriers.flatMap((props) => LOADER_SET_PROPERTIES.filter((name) => name in props));
    expect(found).toEqual([]);
  });

  it("uses the schema's property names and value types on nodes", () => {
    const problems = data.nodes.flatMap((node) => {
      const fields = schema.nodeFields.get(node.label);
      return fields ? schemaProblems(node.key, node.props, fields) : [`${node.label} is not a schema type`];
    });
    expect(problems).toEqual([]);
  });

  it("uses the schema's property names and value types on relationships", () => {
    const problems = data.relationships.flatMap((rel) => {
      const fields = schema.relationshipFields.get(rel.type);
      if (!fields) return rel.props && Object.keys(rel.props).length > 0 ? [`${rel.type} should carry no properties`] : [];
      return schemaProblems(`${rel.type} ${rel.from} -> ${rel.to}`, rel.props ?? {}, fields);
    });
    expect(problems).toEqual([]);
  });

  it("serves only categories the provider offers", () => {
    const problems = relsOf("SERVES").filter((rel) => {
      const categories = nodeByKey.get(rel.from)!.props["categories"] as readonly string[];
      return !categories.includes(String(rel.props?.["category"]));
    });
    expect(problems).toEqual([]);
  });

  it("nests regions country > province > city > district, each below one parent", () => {
    const depth = { COUNTRY: 0, PROVINCE: 1, CITY: 2, DISTRICT: 3 } as Record<string, number>;
    const problems: string[] = [];
    for (const region of nodesOf("Region")) {
      const parents = relsOf("PART_OF").filter((rel) => rel.from === region.key);
      if (region.props["level"] === "COUNTRY") {
        if (parents.length !== 0) problems.push(`${region.key}: a country inside another region`);
        continue;
      }
      if (parents.length !== 1) {
        problems.push(`${region.key}: ${parents.length} parents`);
        continue;
      }
      const parent = nodeByKey.get(parents[0]!.to)!;
      if (depth[String(parent.props["level"])]! >= depth[String(region.props["level"])]!) {
        problems.push(`${region.key} (${String(region.props["level"])}) inside ${parent.key} (${String(parent.props["level"])})`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("starts memberships no earlier than the founding of firm and platform", () => {
    const problems = relsOf("MEMBER_OF").filter((rel) => {
      const year = Number(String(rel.props?.["since"]).slice(0, 4));
      return year < Number(nodeByKey.get(rel.from)!.props["foundedYear"]) || year < Number(nodeByKey.get(rel.to)!.props["foundedYear"]);
    });
    expect(problems).toEqual([]);
  });

  it("gives firms unique names", () => {
    const names = nodesOf("Firm").map((firm) => firm.props["name"]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("seed data: determinism and size", () => {
  it("returns an equal value on every call", () => {
    const again = buildSeedData();
    expect(again).toEqual(data);
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });

  it("has hundreds of actors and over a thousand relationships", () => {
    const actors = data.nodes.filter((node) => ACTOR_LABELS.includes(node.label));
    expect(actors.length).toBeGreaterThanOrEqual(300);
    expect(data.relationships.length).toBeGreaterThanOrEqual(1000);
  });

  it("matches the counts in SEED_FACTS", () => {
    const { counts } = SEED_FACTS;
    expect(nodesOf("Region")).toHaveLength(counts.regions);
    expect(nodesOf("Platform")).toHaveLength(counts.platforms);
    expect(nodesOf("Firm")).toHaveLength(counts.firms);
    expect(nodesOf("ServiceProvider")).toHaveLength(counts.serviceProviders);
    expect(nodesOf("GovernmentAgency")).toHaveLength(counts.governmentAgencies);
    expect(data.nodes.filter((node) => ACTOR_LABELS.includes(node.label))).toHaveLength(counts.actors);
    expect(nodesOf("IndustrialChain")).toHaveLength(counts.industrialChains);
    expect(nodesOf("ChainStage")).toHaveLength(counts.chainStages);
    expect(activeMembers(SEED_FACTS.diyiqiangPlatformKey).size).toBe(SEED_FACTS.diyiqiangActiveMemberCount);
  });

  it("names the three platforms and the chains that exist", () => {
    expect(nodesOf("Platform").map((p) => p.key).sort()).toEqual([...SEED_FACTS.platformKeys].sort());
    expect(nodesOf("Platform").map((p) => p.props["name"]).sort()).toEqual(["Amazon Business", "Diyiqiang Group", "HC360"]);
    const chains = [...SEED_FACTS.diyiqiangChainKeys, ...SEED_FACTS.hc360ChainKeys];
    expect(nodesOf("IndustrialChain").map((c) => c.key).sort()).toEqual([...chains].sort());
  });
});

describe("seed data: ecosystems", () => {
  it.each(nodesOf("IndustrialChain").map((chain) => [chain.key]))("%s has 4 to 6 contiguous, linked stages", (chainKey) => {
    const stages = stagesOf(chainKey);
    expect(stages.length).toBeGreaterThanOrEqual(4);
    expect(stages.length).toBeLessThanOrEqual(6);
    expect(stages.map((stage) => stage.props["position"])).toEqual(stages.map((_, i) => i + 1));
    for (const stage of stages) {
      expect(stage.props["weight"]).toBeGreaterThan(0);
      expect(stage.props["minFirms"]).toBeGreaterThanOrEqual(1);
    }
    const feeds = relsOf("FEEDS").filter((rel) => stages.some((stage) => stage.key === rel.from));
    expect(feeds.map((rel) => [rel.from, rel.to])).toEqual(stages.slice(1).map((stage, i) => [stages[i]!.key, stage.key]));
    expect(relsOf("ANCHORED_IN").filter((rel) => rel.from === chainKey)).toHaveLength(1);
  });

  it("has members of its own on HC360 and Amazon Business, and firms shared between platforms", () => {
    const membersOf = (platform: string) => new Set(relsOf("MEMBER_OF").filter((rel) => rel.to === platform).map((rel) => rel.from));
    const diyiqiang = membersOf(SEED_FACTS.diyiqiangPlatformKey);
    for (const platform of [SEED_FACTS.hc360PlatformKey, SEED_FACTS.amazonBusinessPlatformKey]) {
      const own = [...membersOf(platform)].filter((firm) => !diyiqiang.has(firm));
      expect(own.length).toBeGreaterThanOrEqual(40);
    }
    const platformsPerFirm = new Map<string, number>();
    for (const rel of relsOf("MEMBER_OF")) platformsPerFirm.set(rel.from, (platformsPerFirm.get(rel.from) ?? 0) + 1);
    const counts = [...platformsPerFirm.values()];
    expect(counts.filter((n) => n >= 2)).toHaveLength(SEED_FACTS.firmsOnTwoOrMorePlatforms);
    expect(counts.filter((n) => n === 3)).toHaveLength(SEED_FACTS.firmsOnThreePlatforms);
    expect(platformsPerFirm.size).toBe(nodesOf("Firm").length);
  });

  it("has service providers shared between platforms, covering every category", () => {
    const partnersPerProvider = new Map<string, number>();
    for (const rel of relsOf("PARTNERS_WITH")) partnersPerProvider.set(rel.from, (partnersPerProvider.get(rel.from) ?? 0) + 1);
    expect([...partnersPerProvider.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(3);
    expect(partnersPerProvider.size).toBe(nodesOf("ServiceProvider").length);
    const offered = new Set(nodesOf("ServiceProvider").flatMap((p) => p.props["categories"] as readonly string[]));
    expect([...offered].sort()).toEqual([...schema.enums.get("ServiceCategory")!].sort());
  });

  it("has government support for platforms and chains", () => {
    const targets = new Set(relsOf("SUPPORTS").map((rel) => nodeByKey.get(rel.to)!.label));
    expect([...targets].sort()).toEqual(["IndustrialChain", "Platform"]);
    const kinds = new Set(nodesOf("GovernmentAgency").map((agency) => agency.props["kind"]));
    expect(kinds.size).toBe(3);
  });
});

describe("seed data: the deliberate weaknesses of the Diyiqiang ecosystem", () => {
  const members = activeMembers(SEED_FACTS.diyiqiangPlatformKey);
  const { uncoveredStage, singleFirmStage, brokenLink } = SEED_FACTS;

  it("1. leaves one chain stage without any firm", () => {
    expect(stagesOf(uncoveredStage.chainKey).map((s) => s.key)).toContain(uncoveredStage.stageKey);
    expect(firmsIn(uncoveredStage.stageKey).size).toBe(0);
  });

  it("2. rests one stage on a single firm, an active member, below the stage's threshold", () => {
    expect(stagesOf(singleFirmStage.chainKey).map((s) => s.key)).toContain(singleFirmStage.stageKey);
    expect([...firmsIn(singleFirmStage.stageKey)]).toEqual([singleFirmStage.firmKey]);
    expect(members.has(singleFirmStage.firmKey)).toBe(true);
    expect(nodeByKey.get(singleFirmStage.stageKey)!.props["minFirms"]).toBeGreaterThanOrEqual(2);
  });

  it("covers every other Diyiqiang stage with enough active member firms", () => {
    const thin: string[] = [];
    for (const chainKey of SEED_FACTS.diyiqiangChainKeys) {
      for (const stage of stagesOf(chainKey)) {
        if (stage.key === uncoveredStage.stageKey || stage.key === singleFirmStage.stageKey) continue;
        if (intersect(firmsIn(stage.key), members).size < Number(stage.props["minFirms"])) thin.push(stage.key);
      }
    }
    expect(thin).toEqual([]);
  });

  it("3. serves LEGAL to under 5% of active members while FINANCING and LOGISTICS reach over 40%", () => {
    expect(serviceCoverage(members, SEED_FACTS.underServedCategory)).toBeGreaterThan(0);
    expect(serviceCoverage(members, SEED_FACTS.underServedCategory)).toBeLessThan(0.05);
    for (const category of SEED_FACTS.wellServedCategories) {
      expect(serviceCoverage(members, category)).toBeGreaterThan(0.4);
    }
    const legalProviders = new Set(
      relsOf("SERVES")
        .filter((rel) => rel.props?.["category"] === SEED_FACTS.underServedCategory && members.has(rel.to))
        .map((rel) => rel.from),
    );
    expect([...legalProviders]).toEqual([...SEED_FACTS.underServedCategoryProviderKeys]);
  });

  it("3. makes LEGAL the least-covered service category of Diyiqiang's members", () => {
    const legal = serviceCoverage(members, SEED_FACTS.underServedCategory);
    for (const category of schema.enums.get("ServiceCategory")!) {
      if (category !== SEED_FACTS.underServedCategory) expect(serviceCoverage(members, category)).toBeGreaterThan(legal);
    }
  });

  it("4. has at least 15 memberships that ended", () => {
    const ended = relsOf("MEMBER_OF").filter((rel) => !isActive(rel));
    expect(ended).toHaveLength(SEED_FACTS.endedMembershipCount);
    expect(ended.length).toBeGreaterThanOrEqual(15);
    const perPlatform = (platform: string) => ended.filter((rel) => rel.to === platform).length;
    expect(perPlatform(SEED_FACTS.diyiqiangPlatformKey)).toBe(SEED_FACTS.endedMemberships.diyiqiang);
    expect(perPlatform(SEED_FACTS.hc360PlatformKey)).toBe(SEED_FACTS.endedMemberships.hc360);
    expect(perPlatform(SEED_FACTS.amazonBusinessPlatformKey)).toBe(SEED_FACTS.endedMemberships.amazonBusiness);
  });

  it("5. breaks one link: no trade at all between the firms of two adjacent stages", () => {
    const from = nodeByKey.get(brokenLink.fromStageKey)!;
    const to = nodeByKey.get(brokenLink.toStageKey)!;
    expect(relsOf("FEEDS").some((rel) => rel.from === from.key && rel.to === to.key)).toBe(true);
    expect(stagesOf(brokenLink.chainKey).map((s) => s.key)).toEqual(expect.arrayContaining([from.key, to.key]));
    const upstream = firmsIn(from.key);
    const downstream = firmsIn(to.key);
    expect(upstream.size).toBeGreaterThan(0);
    expect(downstream.size).toBeGreaterThan(0);
    const between = relsOf("SUPPLIES").filter(
      (rel) => (upstream.has(rel.from) && downstream.has(rel.to)) || (downstream.has(rel.from) && upstream.has(rel.to)),
    );
    expect(between).toEqual([]);
    // A separate finding: the broken pair does not touch the uncovered stage.
    expect([from.key, to.key]).not.toContain(uncoveredStage.stageKey);
  });

  it("keeps every other adjacent pair of covered Diyiqiang stages linked by active member trade", () => {
    const unlinked: string[] = [];
    for (const chainKey of SEED_FACTS.diyiqiangChainKeys) {
      const stages = stagesOf(chainKey);
      for (let i = 0; i + 1 < stages.length; i++) {
        const [a, b] = [stages[i]!.key, stages[i + 1]!.key];
        if (a === brokenLink.fromStageKey && b === brokenLink.toStageKey) continue;
        if (a === uncoveredStage.stageKey || b === uncoveredStage.stageKey) continue;
        if (!hasActiveSupplyBetween(intersect(firmsIn(a), members), intersect(firmsIn(b), members))) unlinked.push(`${a} -> ${b}`);
      }
    }
    expect(unlinked).toEqual([]);
  });
});
