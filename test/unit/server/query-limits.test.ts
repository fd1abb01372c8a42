import { buildSchema, parse, validate } from "graphql";
import type { QueryLimits } from "../../../src/config";
import { queryLimitRules } from "../../../src/server/query-limits";

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

  it("sizes a connection's edges by its `first`", () => {
    // 1 + 50 × (edges 1 + node 1 + name 1) = 151 < 1000, while `edges` without `first` would count 10 more.
    expect(errorsOf(`{ platformsConnection(first: 50) { edges { node { name } } } }`)).toEqual([]);
    expect(errorsOf(`{ platformsConnection(first: 50) { edges { node { name } } } }`, { maxCost: 150 })).toHaveLength(1);
  });
});
