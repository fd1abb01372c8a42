import { buildSchema, parse, validate } from "graphql";
import type { QueryLimits } from "../../../src/config";
import { queryLimitRules, requestInputPlugin } from "../../../src/server/query-limits";

const schema = buildSchema(`
  type Query { firms(limit: Int): [Firm!]! firm: Firm platformsConnection(first: Int): PlatformConnection! }
  type Firm { name: String partners(limit: Int): [Firm!]! providers: [Firm!]! }
  type PlatformConnection { totalCount: Int edges: [PlatformEdge!]! }
  type PlatformEdge { node: Firm! }
`);

const LIMITS: QueryLimits = {
  maxDepth: 4,
  maxAliases: 3,
  maxDirectives: 2,
  maxTokens: 1000,
  maxCost: 1_000,
  maxPageSize: 100,
  defaultPageSize: 20,
  maxListItems: 50,
  maxFilterBranches: 5,
  maxSortKeys: 3,
  maxInputDepth: 8,
  maxSearchPhrase: 100,
};

function errorsOf(query: string, limits: Partial<QueryLimits> = {}): string[] {
  return validate(schema, parse(query), queryLimitRules({ ...LIMITS, ...limits })).map((e) => e.message);
}

describe("query limits", () => {
  it("accepts a request within every limit", () => {
    expect(errorsOf(`{ firms(limit: 5) { name partners(limit: 5) { name } } }`)).toEqual([]);
  });

  it("measures depth through fragments and inline fragments", () => {
    expect(errorsOf(`{ firm { partners { partners { name } } } }`)).toEqual([]);
    expect(errorsOf(`{ firm { ...F } } fragment F on Firm { partners { ... on Firm { partners { partners { name } } } } }`, { maxCost: 1e6 })).toEqual([
      "The request nests fields 5 levels deep; the most allowed is 4. Ask for less at once, or page through it.",
    ]);
  });

  it("does not count introspection fields towards depth or cost", () => {
    expect(errorsOf(`{ __schema { types { fields { type { ofType { ofType { ofType { name } } } } } } } }`)).toEqual([]);
  });

  it("counts aliases and directives in the whole document", () => {
    expect(errorsOf(`{ a: firm { name } b: firm { name } c: firm { name } d: firm { name } }`)).toEqual([
      "The request uses 4 aliases; the most allowed is 3.",
    ]);
    expect(errorsOf(`{ firm { name @skip(if: false) @include(if: true) } firms(limit: 1) @include(if: true) { name } }`)).toEqual([
      "The request uses 3 directives; the most allowed is 2.",
    ]);
  });

  it("multiplies cost by page sizes, with a variable page counted at the largest page size", () => {
    // 100 firms × (1 + 100 partners × 1 name) = 100 + 10,000 + 10,000
    expect(errorsOf(`{ firms(limit: 100) { partners(limit: 100) { name } } }`)[0]).toMatch(/estimated cost is more than \d+ .* most allowed is 1000/);
    expect(errorsOf(`query($n: Int) { firms(limit: $n) { name partners(limit: $n) { name } } }`)).toHaveLength(1);
    // Lists without a page size are assumed to hold 10: 1 + 10 × (1 + 10 × 1) = 111.
    expect(errorsOf(`{ firm { providers { providers { name } } } }`)).toEqual([]);
  });

  it("sizes a connection's edges by its `first`, not its totalCount", () => {
    // connection 1 + totalCount 1 + edges 1 + 50 × (node 1 + name 1) = 103.
    expect(errorsOf(`{ platformsConnection(first: 50) { totalCount edges { node { name } } } }`, { maxCost: 103 })).toEqual([]);
    expect(errorsOf(`{ platformsConnection(first: 50) { totalCount edges { node { name } } } }`, { maxCost: 102 })).toHaveLength(1);
    // Without `first`, the default page: 1 + 1 + 20 × 2 = 42.
    expect(errorsOf(`{ platformsConnection { edges { node { name } } } }`, { maxCost: 42 })).toEqual([]);
    expect(errorsOf(`{ platformsConnection { edges { node { name } } } }`, { maxCost: 41 })).toHaveLength(1);
  });

  it("counts a page of 0 or null, or a missing page, as the default page", () => {
    // 1 + 20 × 1 = 21 (LIMITS.defaultPageSize is 20).
    for (const query of [`{ firms(limit: 0) { name } }`, `{ firms(limit: null) { name } }`, `{ firms { name } }`]) {
      expect(errorsOf(query, { maxCost: 21 })).toEqual([]);
      expect(errorsOf(query, { maxCost: 20 })).toHaveLength(1);
    }
    // Six levels of limit: 0 are 20^5 names, not 6 fields.
    expect(errorsOf(`{ firms(limit: 0) { partners(limit: 0) { partners(limit: 0) { name } } } }`, { maxCost: 8_000 })[0]).toMatch(/QUERY|estimated cost/);
  });

  it("counts a list filtered on a unique key as one node", () => {
    const uniqueSchema = buildSchema(`
      type Query { firms(limit: Int, where: FirmWhere): [Firm!]! }
      type Firm { name: String partners(limit: Int): [Firm!]! }
      input FirmWhere { id: IdFilter source: StringFilter externalId: StringFilter name: StringFilter }
      input IdFilter { eq: ID } input StringFilter { eq: String }
    `);
    const errors = (query: string, maxCost: number) => validate(uniqueSchema, parse(query), queryLimitRules({ ...LIMITS, maxCost })).length;
    // 1 + 1 × (name 1 + partners 1 + 50 × name 1) = 53
    expect(errors(`{ firms(where: { id: { eq: "f1" } }) { name partners(limit: 50) { name } } }`, 53)).toBe(0);
    expect(errors(`{ firms(where: { id: { eq: "f1" } }) { name partners(limit: 50) { name } } }`, 52)).toBe(1);
    expect(errors(`{ firms(where: { source: { eq: "crm" }, externalId: { eq: "F-1" } }) { name } }`, 2)).toBe(0);
    // Only one of the two key parts, or another field, is not unique: the default page of 20.
    expect(errors(`{ firms(where: { externalId: { eq: "F-1" } }) { name } }`, 20)).toBe(1);
    expect(errors(`{ firms(where: { name: { eq: "x" } }) { name } }`, 20)).toBe(1);
  });

  it("refuses aliases named after properties of every JavaScript object, and infinite Float literals", () => {
    expect(errorsOf(`{ constructor: firm { name } }`)[0]).toMatch(/may not be named "constructor"/);
    expect(errorsOf(`{ firm { __proto__: name } }`)[0]).toMatch(/"__proto__"/);
    expect(errorsOf(`{ firm { proto: name } }`)).toEqual([]);
  });
});

describe("requestInputPlugin reuses the checks of a document it has seen", () => {
  type Hooks = { didResolveOperation(ctx: { document: ReturnType<typeof parse>; request: { variables?: Record<string, unknown> }; schema: typeof schema }): Promise<void> };
  const run = async (plugin: ReturnType<typeof requestInputPlugin>, document: ReturnType<typeof parse>, variables?: Record<string, unknown>) => {
    const hooks = (await plugin.requestDidStart!({} as never)) as unknown as Hooks;
    const ctx = { document, request: { variables }, schema };
    await hooks.didResolveOperation(ctx);
    return ctx.document;
  };

  it("refuses the same document again when its variables break a limit, after it passed with others", async () => {
    const plugin = requestInputPlugin(LIMITS);
    const document = parse("query Q($n: Int) { firms(limit: $n) { name } }");
    await expect(run(plugin, document, { n: 10 })).resolves.toBe(document);
    await expect(run(plugin, document, { n: 10 })).resolves.toBe(document);
    await expect(run(plugin, document, { n: 101 })).rejects.toThrow(/at most 100 items/);
    await expect(run(plugin, document, { n: 101 })).rejects.toThrow(/at most 100 items/);
    await expect(run(plugin, document, { n: -1 })).rejects.toThrow(/cannot be negative/);
  });

  it("hands out the same rewritten document (page of 0 dropped) every time", async () => {
    const plugin = requestInputPlugin(LIMITS);
    const document = parse("{ firms(limit: 0) { name } }");
    const first = await run(plugin, document);
    expect(first).not.toBe(document);
    expect(JSON.stringify(first)).not.toContain('"limit"');
    await expect(run(plugin, document)).resolves.toBe(first);
  });
});
