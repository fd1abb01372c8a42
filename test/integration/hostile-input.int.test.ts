import { createHmac, randomBytes } from "node:crypto";
import { connect } from "node:net";
import { gzipSync } from "node:zlib";
import { SignJWT } from "jose";
import type { Role } from "../../src/auth/roles";
import { loadConfig } from "../../src/config";
import type { Database } from "../../src/db/database";
import { graphChecksum, type GraphChecksum } from "../helpers/graph-checksum";
import { removeTestData, startTestApi, uniqueSource, type TestApi } from "../helpers/test-api";

/**
 * Hostile and malformed requests, sent raw over HTTP (method, headers and body as an attacker
 * would send them) to the real API on the test Neo4j. Every case states the HTTP status and the
 * error code or message it must get; inputs that are harmless rather than refused (a 5 MB search
 * string) state the exact data they must return. After each category the server must still
 * answer /health/live, and the whole graph must be unchanged: same nodes, relationships and
 * properties, checked by a checksum over all of them.
 *
 * Three APIs share the test Neo4j: development mode with the default limits (most cases),
 * production mode with a secret of its own (introspection, error details), and one that
 * requires an issuer and an audience.
 */

// ---------------------------------------------------------------------------------------------
// The limits the development API runs with (the defaults, as the test environment sets them)

const CONFIG = loadConfig({ ...process.env, LOG_LEVEL: "silent" });
const LIMITS = CONFIG.limits;
const PRODUCTION_SECRET = "hostile-suite-production-secret-0123456789abcdef";
const ISSUER = "https://issuer.ecograph.test";
const AUDIENCE = "ecograph-api";
const MB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Cases

type Target = "dev" | "prod" | "issuer";

interface HostileRequest {
  /** Which API receives it (default: the development one). */
  readonly target?: Target;
  readonly method?: string;
  /** Appended to /graphql, e.g. "?query=…". */
  readonly search?: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string | Uint8Array;
  /**
   * The caller: a valid token of the target API with these roles (default: admin, so a refusal
   * is never just a missing role), null for no Authorization header, or the header verbatim.
   */
  readonly as?: readonly Role[] | null | { readonly authorization: string };
}

interface Expected {
  readonly status: number;
  /** An error of the response carries this `extensions.code`. */
  readonly code?: string;
  /** An error message of the response contains this. */
  readonly message?: string;
  /** For input that is harmless rather than refused: the exact `data` of a 200 without errors. */
  readonly data?: unknown;
  /** The response has no body (Node refuses oversized headers before the app sees them). */
  readonly emptyBody?: true;
}

interface HostileResponse {
  readonly status: number;
  readonly contentType: string | null;
  readonly text: string;
  readonly body: { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
}

interface Context {
  readonly apis: Record<Target, TestApi>;
  /** The HS256 secret of the development and issuer APIs. */
  readonly devSecret: string;
}

interface HostileCase {
  readonly name: string;
  readonly request: (ctx: Context) => HostileRequest | Promise<HostileRequest>;
  readonly expect: Expected;
  /** Further checks (what was stored), run after the response checks; cleans up what it wrote. */
  readonly verify?: (response: HostileResponse, ctx: Context) => Promise<void>;
}

/** A GraphQL request as JSON, the way a client sends it. */
function gql(query: string, variables?: Record<string, unknown>, extra: HostileRequest = {}): () => HostileRequest {
  return () => ({ ...extra, body: JSON.stringify({ query, variables }), headers: { "content-type": "application/json", ...extra.headers } });
}

/** A body sent as it is, with the headers given (no content type unless given). */
function raw(body: string | Uint8Array | undefined, headers: Record<string, string> = {}, extra: HostileRequest = {}): () => HostileRequest {
  return () => ({ ...extra, ...(body === undefined ? {} : { body }), headers });
}

/** A JSON body (anything JSON.stringify takes) with content-type application/json. */
function json(body: unknown, extra: HostileRequest = {}): () => HostileRequest {
  return raw(JSON.stringify(body), { "content-type": "application/json" }, extra);
}

/** A GET request with the given search parameters. */
function get(params: Record<string, string>, headers: Record<string, string> = {}): () => HostileRequest {
  return () => ({ method: "GET", search: `?${new URLSearchParams(params)}`, headers });
}

const ALL_CASES: HostileCase[] = [];

// Shared hostile strings
const CYPHER_INJECTION = "' }) MATCH (n) DETACH DELETE n //";
const CYPHER_INJECTION_2 = '"}) WITH 1 AS x MATCH (m) DETACH DELETE m RETURN x //';
const BACKTICK_INJECTION = "x` {name: 'y'}) DETACH DELETE n //";
const WHERE_JSON = JSON.stringify({ $where: "function () { return true; }", $ne: null });
const NUL = "nul\u0000byte";
const RTL = "\u202Egnp.exe\u202C evil";
const REGEX_BOMB = "(a+)+$(.*a){20}";
const FIVE_MB = "x".repeat(5 * MB);
const LONG_ID = "a".repeat(100_000);

const CREATE_MARKER = uniqueSource("hostile-marker");
/** A harmless, recognisable write: if a refused caller got through, the graph checksum shows it. */
const MARKER_WRITE = `mutation { createFirms(input: [{ name: "written by a refused caller", source: "${CREATE_MARKER}", population: TRADER }]) { firms { id } } }`;

const SYNC = `mutation Sync($source: String!, $actors: [SyncActorInput!], $relationships: [SyncRelationshipInput!], $dryRun: Boolean! = false) {
  syncPartnerData(source: $source, actors: $actors, relationships: $relationships, dryRun: $dryRun) {
    counts { CREATED UPDATED UNCHANGED REJECTED }
    outcomes { kind position outcome reason }
  }
}`;

// ---------------------------------------------------------------------------------------------
// JSON Web Tokens built by hand (node:crypto) for the forged and unsigned ones, jose for the rest

const b64url = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

function hmacToken(header: object, payload: object, secret: string, algorithm: "sha256" | "sha384" | "sha512" = "sha256"): string {
  const signingInput = `${b64url(header)}.${b64url(payload)}`;
  return `${signingInput}.${createHmac(algorithm, secret).update(signingInput).digest("base64url")}`;
}

const now = () => Math.floor(Date.now() / 1000);
const adminClaims = () => ({ sub: "attacker", roles: ["admin"], iat: now(), exp: now() + 600 });

async function joseToken(secret: string, claims: Record<string, unknown>, build: (jwt: SignJWT) => SignJWT): Promise<string> {
  return build(new SignJWT(claims).setProtectedHeader({ alg: "HS256", typ: "JWT" }).setSubject("attacker")).sign(new TextEncoder().encode(secret));
}

/** A bearer token case: the marker write sent with this Authorization header must get 401. */
function tokenCase(name: string, authorization: (ctx: Context) => string | Promise<string>, message: string, target: Target = "dev"): HostileCase {
  return {
    name,
    request: async (ctx) => ({ ...gql(MARKER_WRITE)(), target, as: { authorization: await authorization(ctx) } }),
    expect: { status: 401, code: "UNAUTHENTICATED", message },
  };
}

// ---------------------------------------------------------------------------------------------
// The suite

describe("hostile input", () => {
  let ctx: Context;
  let baseline: GraphChecksum;
  const started: TestApi[] = [];

  beforeAll(async () => {
    // One after another: building a schema holds this process's event loop for seconds, and a
    // driver connecting meanwhile (started in parallel) can time out on a busy machine.
    // Each is kept as soon as it runs, so the clean-up stops it even if a later one fails to start.
    const start = async (settings?: Record<string, string>) => {
      const api = await startTestApi(settings);
      started.push(api);
      return api;
    };
    const dev = await start();
    const prod = await start({ NODE_ENV: "production", AUTH_JWT_SECRET: PRODUCTION_SECRET });
    const issuer = await start({ AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE, HTTP_HEADERS_TIMEOUT_MS: "1000", HTTP_REQUEST_TIMEOUT_MS: "2000" });
    ctx = { apis: { dev, prod, issuer }, devSecret: CONFIG.auth.jwtSecret! };
    baseline = await graphChecksum(dev.db);
  });

  afterAll(async () => {
    if (ctx) await removeTestData(ctx.apis.dev.db, CREATE_MARKER);
    await Promise.all(started.map((api) => api.close()));
  });

  /** Declares one category: a test per case, then a check that the server is up and the graph unchanged. */
  function category(title: string, cases: HostileCase[]): void {
    ALL_CASES.push(...cases);
    describe(title, () => {
      it.each(cases)("$name", async (hostile) => {
        const request = await hostile.request(ctx);
        const response = await send(ctx, request);
        checkResponse(response, hostile.expect, request.target ?? "dev");
        await hostile.verify?.(response, ctx);
      });

      it("leaves every server up and the graph unchanged", async () => {
        for (const api of Object.values(ctx.apis)) {
          const live = await fetch(`${api.server.url}/health/live`, { signal: AbortSignal.timeout(5_000) });
          expect(live.status).toBe(200);
        }
        expect(await graphChecksum(ctx.apis.dev.db)).toEqual(baseline);
      });
    });
  }

  // -------------------------------------------------------------------------------------------
  category("invalid JSON bodies", [
    { name: "truncated JSON", request: raw('{"query":"{ __typename', { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "trailing garbage after the object", request: raw('{"query":"{ __typename }"} DROP', { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "NaN as variables", request: raw('{"query":"{ __typename }","variables":NaN}', { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "Infinity as a number", request: raw('{"query":"query($n: Int) { firms(limit: $n) { name } }","variables":{"n":Infinity}}', { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "single-quoted JSON", request: raw("{'query':'{ __typename }'}", { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "JSON with comments", request: raw('{"query":"{ __typename }" /* comment */}', { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "a number as the body", request: raw("42", { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "a string as the body", request: raw('"{ __typename }"', { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "null as the body", request: raw("null", { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "true as the body", request: raw("true", { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "an array of operations (batching is off)", request: json([{ query: "{ __typename }" }, { query: MARKER_WRITE }]), expect: { status: 400, code: "BAD_REQUEST", message: "Operation batching disabled" } },
    { name: "an empty array", request: raw("[]", { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "Operation batching disabled" } },
    { name: "an empty body", request: raw("", { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "POST body missing" } },
    { name: "an empty object", request: raw("{}", { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "POST body missing" } },
    {
      // RFC 8259 §8.1: a parser MAY ignore a byte order mark; body-parser does, and the query runs.
      name: "a UTF-8 byte order mark before the JSON (tolerated)",
      request: raw(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"query":"{ __typename }"}')]), { "content-type": "application/json" }),
      expect: { status: 200, data: { __typename: "Query" } },
    },
    { name: "a UTF-16 body sent as UTF-8", request: raw(Buffer.from('{"query":"{ __typename }"}', "utf16le"), { "content-type": "application/json" }), expect: { status: 400, code: "BAD_REQUEST", message: "not valid JSON" } },
    { name: "an unsupported charset", request: raw('{"query":"{ __typename }"}', { "content-type": "application/json; charset=latin1" }), expect: { status: 415, code: "BAD_REQUEST", message: "unsupported charset" } },
    { name: "content-encoding gzip on a plain body", request: raw('{"query":"{ __typename }"}', { "content-type": "application/json", "content-encoding": "gzip" }), expect: { status: 400, code: "BAD_REQUEST" } },
    { name: "an unknown content-encoding", request: raw('{"query":"{ __typename }"}', { "content-type": "application/json", "content-encoding": "compress" }), expect: { status: 415, code: "BAD_REQUEST", message: "unsupported content encoding" } },
    {
      name: "variables nested 100,000 levels deep in the JSON",
      request: raw(`{"query":"query($w: FirmWhere) { firms(where: $w) { name } }","variables":{"w":${'{"AND":['.repeat(100_000)}{}${"]}".repeat(100_000)}}}`, { "content-type": "application/json" }),
      expect: { status: 400, code: "INPUT_TOO_DEEP" },
    },
  ]);

  // -------------------------------------------------------------------------------------------
  category("content types", [
    { name: "text/plain (a CSRF-able simple request)", request: raw(JSON.stringify({ query: MARKER_WRITE }), { "content-type": "text/plain" }), expect: { status: 400, code: "BAD_REQUEST", message: "Cross-Site Request Forgery" } },
    { name: "application/x-www-form-urlencoded", request: raw(`query=${encodeURIComponent(MARKER_WRITE)}`, { "content-type": "application/x-www-form-urlencoded" }), expect: { status: 400, code: "BAD_REQUEST", message: "Cross-Site Request Forgery" } },
    {
      name: "multipart/form-data",
      request: raw(`--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n${MARKER_WRITE}\r\n--b--\r\n`, { "content-type": "multipart/form-data; boundary=b" }),
      expect: { status: 400, code: "BAD_REQUEST", message: "Cross-Site Request Forgery" },
    },
    { name: "application/xml", request: raw(`<query>${MARKER_WRITE}</query>`, { "content-type": "application/xml" }), expect: { status: 400, code: "BAD_REQUEST", message: "invalid Content-Type" } },
    { name: "no content type at all", request: raw(Buffer.from(JSON.stringify({ query: MARKER_WRITE }))), expect: { status: 400, code: "BAD_REQUEST", message: "Cross-Site Request Forgery" } },
    { name: "application/graphql with a bare document", request: raw(MARKER_WRITE, { "content-type": "application/graphql" }), expect: { status: 400, code: "BAD_REQUEST", message: "invalid Content-Type" } },
    { name: "a look-alike type application/jsonx", request: raw(JSON.stringify({ query: MARKER_WRITE }), { "content-type": "application/jsonx" }), expect: { status: 400, code: "BAD_REQUEST", message: "invalid Content-Type" } },
    {
      name: "text/plain with the preflight header (still not parsed)",
      request: raw(JSON.stringify({ query: MARKER_WRITE }), { "content-type": "text/plain", "apollo-require-preflight": "true" }),
      expect: { status: 400, code: "BAD_REQUEST", message: "invalid Content-Type" },
    },
    { name: "an Accept header the server cannot satisfy", request: gql("{ __typename }", undefined, { headers: { accept: "application/xml" } }), expect: { status: 406, code: "BAD_REQUEST", message: "accept" } },
  ]);

  // -------------------------------------------------------------------------------------------
  category("methods", [
    { name: "PUT", request: () => ({ ...gql(MARKER_WRITE)(), method: "PUT" }), expect: { status: 405, code: "BAD_REQUEST", message: "only GET/POST" } },
    { name: "DELETE", request: () => ({ ...gql(MARKER_WRITE)(), method: "DELETE" }), expect: { status: 405, code: "BAD_REQUEST", message: "only GET/POST" } },
    { name: "PATCH", request: () => ({ ...gql(MARKER_WRITE)(), method: "PATCH" }), expect: { status: 405, code: "BAD_REQUEST", message: "only GET/POST" } },
    { name: "OPTIONS without a preflight header", request: () => ({ method: "OPTIONS" }), expect: { status: 400, code: "BAD_REQUEST", message: "Cross-Site Request Forgery" } },
    { name: "HEAD", request: () => ({ method: "HEAD" }), expect: { status: 400, emptyBody: true } },
    { name: "GET with a mutation, as a link would send it (CSRF)", request: get({ query: MARKER_WRITE }), expect: { status: 400, code: "BAD_REQUEST", message: "Cross-Site Request Forgery" } },
    { name: "GET with a mutation and the preflight header", request: get({ query: MARKER_WRITE }, { "apollo-require-preflight": "true" }), expect: { status: 405, code: "BAD_REQUEST", message: "GET requests only support query operations" } },
    {
      name: "GET selecting the mutation of a mixed document by operationName",
      request: get({ query: `query Q { __typename } ${MARKER_WRITE.replace("mutation", "mutation M")}`, operationName: "M" }, { "apollo-require-preflight": "true" }),
      expect: { status: 405, code: "BAD_REQUEST", message: "GET requests only support query operations" },
    },
    { name: "GET with a mutation and x-apollo-operation-name", request: get({ query: MARKER_WRITE.replace("mutation", "mutation M") }, { "x-apollo-operation-name": "M" }), expect: { status: 405, code: "BAD_REQUEST", message: "GET requests only support query operations" } },
    { name: "GET with a query but no preflight header (CSRF)", request: get({ query: "{ firms(limit: 1) { name } }" }), expect: { status: 400, code: "BAD_REQUEST", message: "Cross-Site Request Forgery" } },
    { name: "GET without a query", request: get({}, { "apollo-require-preflight": "true" }), expect: { status: 400, code: "BAD_REQUEST", message: "non-empty `query`" } },
    { name: "GET with variables that are not JSON", request: get({ query: "{ __typename }", variables: "{not json" }, { "apollo-require-preflight": "true" }), expect: { status: 400, code: "BAD_REQUEST", message: "invalid JSON" } },
  ]);

  // -------------------------------------------------------------------------------------------
  category("request parameters", [
    { name: "no query", request: json({ variables: {} }), expect: { status: 400, code: "BAD_REQUEST", message: "non-empty `query`" } },
    { name: "query null", request: json({ query: null }), expect: { status: 400, code: "BAD_REQUEST", message: "non-empty `query`" } },
    { name: "query empty", request: json({ query: "" }), expect: { status: 400, code: "BAD_REQUEST", message: "non-empty `query`" } },
    { name: "query a number", request: json({ query: 42 }), expect: { status: 400, code: "BAD_REQUEST", message: "must be strings" } },
    { name: "query an object", request: json({ query: { kind: "Document", definitions: [] } }), expect: { status: 400, code: "BAD_REQUEST", message: "must be strings" } },
    { name: "query a list", request: json({ query: ["{ __typename }"] }), expect: { status: 400, code: "BAD_REQUEST", message: "must be strings" } },
    { name: "variables a string", request: json({ query: "{ __typename }", variables: "{}" }), expect: { status: 400, code: "BAD_REQUEST", message: "`variables`" } },
    { name: "variables a list", request: json({ query: "{ __typename }", variables: [1] }), expect: { status: 400, code: "BAD_REQUEST", message: "`variables` in a POST body must be an object" } },
    { name: "variables a number", request: json({ query: "{ __typename }", variables: 5 }), expect: { status: 400, code: "BAD_REQUEST", message: "`variables` in a POST body must be an object" } },
    { name: "operationName a number", request: json({ query: "query A { __typename }", operationName: 5 }), expect: { status: 400, code: "BAD_REQUEST", message: "`operationName`" } },
    { name: "an unknown operationName", request: json({ query: "query A { __typename }", operationName: "B" }), expect: { status: 400, code: "OPERATION_RESOLUTION_FAILURE", message: 'Unknown operation named "B"' } },
    { name: "two operations and no operationName", request: json({ query: `query A { __typename } ${MARKER_WRITE.replace("mutation", "mutation B")}` }), expect: { status: 400, code: "OPERATION_RESOLUTION_FAILURE" } },
    { name: "extensions a string", request: json({ query: "{ __typename }", extensions: "{}" }), expect: { status: 400, code: "BAD_REQUEST", message: "`extensions`" } },
    { name: "a syntax error", request: gql("{ firms { name "), expect: { status: 400, code: "GRAPHQL_PARSE_FAILED", message: "Syntax Error" } },
    { name: "an unknown field", request: gql("{ firmz { name } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: 'Cannot query field "firmz"' } },
    { name: "a subscription (the schema has none)", request: gql("subscription { __typename }"), expect: { status: 400, code: "OPERATION_NOT_SUPPORTED", message: "no subscription operations" } },
    { name: "a variable used but not declared", request: gql("{ firms(limit: $n) { name } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: '"$n" is not defined' } },
  ]);

  // -------------------------------------------------------------------------------------------
  /** `{ platforms(limit: 1) { members(limit: 1) { memberOf(limit: 1) { … name } } } }`, `levels` fields deep (name included). */
  const deepQuery = (levels: number) => {
    let selection = "name";
    for (let level = levels - 2; level >= 1; level--) selection = `${level % 2 === 1 ? "members" : "memberOf"}(limit: 1) { ${selection} }`;
    return `{ platforms(limit: 1) { ${selection} } }`;
  };
  const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

  category("query limits", [
    { name: `depth ${LIMITS.maxDepth + 1} (LIMIT_MAX_DEPTH ${LIMITS.maxDepth})`, request: gql(deepQuery(LIMITS.maxDepth + 1)), expect: { status: 400, code: "QUERY_TOO_DEEP", message: `nests fields ${LIMITS.maxDepth + 1} levels deep; the most allowed is ${LIMITS.maxDepth}` } },
    {
      name: "depth hidden in a chain of fragments",
      request: gql(
        `{ platforms(limit: 1) { ...F0 } } ` +
          Array.from({ length: LIMITS.maxDepth + 1 }, (_, i) =>
            i % 2 === 0 ? `fragment F${i} on Platform { members(limit: 1) { ...F${i + 1} } }` : `fragment F${i} on Firm { memberOf(limit: 1) { ...F${i + 1} } }`,
          ).join(" ") +
          ` fragment F${LIMITS.maxDepth + 1} on ${(LIMITS.maxDepth + 1) % 2 === 0 ? "Platform" : "Firm"} { name }`,
      ),
      expect: { status: 400, code: "QUERY_TOO_DEEP" },
    },
    { name: "depth 500 (a nesting bomb)", request: gql(`{ platforms { ${"members { memberOf { ".repeat(250)}name${" } }".repeat(250)} } }`), expect: { status: 400, code: "QUERY_TOO_DEEP" } },
    { name: `${LIMITS.maxAliases + 1} aliases (LIMIT_MAX_ALIASES ${LIMITS.maxAliases})`, request: gql(aliases(LIMITS.maxAliases + 1, "__typename")), expect: { status: 400, code: "TOO_MANY_ALIASES", message: `the most allowed is ${LIMITS.maxAliases}` } },
    { name: "an alias bomb of 5,000 aliases (stopped by the token limit)", request: gql(aliases(5_000, "__typename")), expect: { status: 400, code: "GRAPHQL_PARSE_FAILED", message: `more that ${LIMITS.maxTokens} tokens` } },
    {
      name: "aliases within the limit on the largest pages (stopped by the cost limit)",
      request: gql(aliases(LIMITS.maxAliases, `firms(limit: ${LIMITS.maxPageSize}) { id name description foundedYear }`)),
      expect: { status: 400, code: "QUERY_TOO_COSTLY" },
    },
    {
      name: `${LIMITS.maxDirectives + 1} directives (LIMIT_MAX_DIRECTIVES ${LIMITS.maxDirectives})`,
      request: gql(`{ ${"... @include(if: true) { __typename } ".repeat(LIMITS.maxDirectives + 1)}}`),
      expect: { status: 400, code: "TOO_MANY_DIRECTIVES", message: `the most allowed is ${LIMITS.maxDirectives}` },
    },
    { name: "one directive repeated on one field", request: gql(`{ __typename ${"@skip(if: false) ".repeat(5)}}`), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "can only be used once" } },
    // graphql-js stops validating after 100 errors, before the directive limit is counted.
    { name: "a flood of unknown directives", request: gql(`{ __typename ${Array.from({ length: 200 }, (_, i) => `@d${i}`).join(" ")} }`), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: 'Unknown directive "@d0"' } },
    { name: `${LIMITS.maxTokens + 1} tokens (LIMIT_MAX_TOKENS ${LIMITS.maxTokens})`, request: gql(`{ ${"__typename ".repeat(LIMITS.maxTokens)}}`), expect: { status: 400, code: "GRAPHQL_PARSE_FAILED", message: `more that ${LIMITS.maxTokens} tokens` } },
    { name: "a 9 MB document of tokens", request: gql(`{ ${"__typename ".repeat(800_000)}}`), expect: { status: 400, code: "GRAPHQL_PARSE_FAILED", message: "tokens" } },
    {
      name: `nested lists costing more than LIMIT_MAX_COST ${LIMITS.maxCost}`,
      request: gql(`{ platforms(limit: 100) { members(limit: 100) { suppliesTo(limit: 100) { name } } } }`),
      expect: { status: 400, code: "QUERY_TOO_COSTLY", message: `the most allowed is ${LIMITS.maxCost}` },
    },
    {
      name: "nested lists with page sizes in variables (counted at the largest page)",
      request: gql(`query($a: Int, $b: Int) { firms(limit: $a) { suppliesTo(limit: $b) { name } } }`, { a: 2, b: 2 }),
      expect: { status: 400, code: "QUERY_TOO_COSTLY" },
    },
    { name: "nested lists without page sizes", request: gql(`{ firms { suppliesTo { suppliedBy { suppliesTo { suppliedBy { name } } } } } }`), expect: { status: 400, code: "QUERY_TOO_COSTLY" } },
    {
      name: `a literal page of ${LIMITS.maxPageSize + 1} (LIMIT_MAX_PAGE_SIZE ${LIMITS.maxPageSize})`,
      request: gql(`{ firms(limit: ${LIMITS.maxPageSize + 1}) { name } }`),
      expect: { status: 400, code: "PAGE_TOO_LARGE", message: `firms(limit: ${LIMITS.maxPageSize + 1})` },
    },
    { name: "a page above the limit in a variable", request: gql("query($n: Int) { firms(limit: $n) { name } }", { n: 1_000_000 }), expect: { status: 400, code: "PAGE_TOO_LARGE", message: "firms(limit: 1000000)" } },
    { name: "a connection page above the limit", request: gql(`{ firmsConnection(first: ${LIMITS.maxPageSize + 1}) { totalCount } }`), expect: { status: 400, code: "PAGE_TOO_LARGE" } },
    { name: "a ranking above the limit", request: gql(`{ centralityRanking(measure: DEGREE, top: ${LIMITS.maxPageSize + 1}) { name } }`), expect: { status: 400, code: "PAGE_TOO_LARGE" } },
    { name: "a negative limit", request: gql("{ firms(limit: -1) { name } }"), expect: { status: 400, code: "BAD_USER_INPUT", message: "cannot be negative" } },
    { name: "a negative offset in a variable", request: gql("query($o: Int) { firms(offset: $o) { name } }", { o: -5 }), expect: { status: 400, code: "BAD_USER_INPUT", message: "firms(offset: -5)" } },
    { name: "a negative connection page", request: gql("{ firmsConnection(first: -1) { totalCount } }"), expect: { status: 400, code: "BAD_USER_INPUT", message: "cannot be negative" } },
    { name: "a page beyond 32-bit", request: gql("{ firms(limit: 99999999999) { name } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "non 32-bit signed integer" } },
    {
      name: "a filter literal nested 700 levels deep",
      request: gql(`{ firms(where: ${"{ AND: [".repeat(700)}{ name: { eq: "x" } }${"] }".repeat(700)}) { name } }`),
      expect: { status: 400, code: "INPUT_TOO_DEEP", message: "argument where" },
    },
    {
      name: "a filter variable nested 5,000 levels deep",
      request: raw(`{"query":"query($w: FirmWhere) { firms(where: $w) { name } }","variables":{"w":${'{"AND":['.repeat(5_000)}{}${"]}".repeat(5_000)}}}`, { "content-type": "application/json" }),
      expect: { status: 400, code: "INPUT_TOO_DEEP", message: "variable $w" },
    },
    {
      name: "a default value nested 100 levels deep",
      request: gql(`query($w: FirmWhere = ${"{ AND: [".repeat(100)}{ name: { eq: "x" } }${"] }".repeat(100)}) { firms(where: $w) { name } }`),
      expect: { status: 400, code: "INPUT_TOO_DEEP", message: "default value of $w" },
    },
  ]);

  // -------------------------------------------------------------------------------------------
  const syncSource = uniqueSource("hostile-sync");
  const storedBy = async (db: Database, source: string) =>
    db.read<{ label: string; externalId: string; name: string; description: string | null; industry: string | null; website: string | null }>(
      {
        name: "test.hostileStored",
        cypher: `MATCH (n:Actor {source: $source})
                 RETURN [l IN labels(n) WHERE l <> 'Actor'][0] AS label, n.externalId AS externalId, n.name AS name,
                        n.description AS description, n.industry AS industry, n.website AS website
                 ORDER BY externalId`,
      },
      { source },
    );

  category("huge inputs", [
    {
      name: `a body over MAX_BODY_BYTES (${CONFIG.maxBodyBytes} bytes)`,
      request: json({ query: MARKER_WRITE, padding: "x".repeat(CONFIG.maxBodyBytes) }),
      expect: { status: 413, code: "PAYLOAD_TOO_LARGE", message: "MAX_BODY_BYTES" },
    },
    {
      name: "a gzip bomb (11 kB that inflates past MAX_BODY_BYTES)",
      request: raw(gzipSync(JSON.stringify({ query: MARKER_WRITE, padding: "x".repeat(CONFIG.maxBodyBytes + MB) })), { "content-type": "application/json", "content-encoding": "gzip" }),
      expect: { status: 413, code: "PAYLOAD_TOO_LARGE" },
    },
    { name: "a 5 MB string in a contains filter (harmless: no match)", request: gql("query($s: String) { firms(where: { name: { contains: $s } }) { name } }", { s: FIVE_MB }), expect: { status: 200, data: { firms: [] } } },
    { name: "a 5 MB string literal in an eq filter (harmless: no match)", request: gql(`{ firms(where: { name: { eq: "${FIVE_MB}" } }) { name } }`), expect: { status: 200, data: { firms: [] } } },
    {
      // Before the phrase was bounded this held a Neo4j thread for more than 30 s.
      name: "a 5 MB full-text search phrase of a million words",
      request: gql("query($s: String!) { firmsByName(phrase: $s, first: 5) { edges { score } } }", { s: "word ".repeat(MB) }),
      expect: { status: 400, code: "SEARCH_PHRASE_TOO_LONG", message: `has ${5 * MB}` },
    },
    { name: "a 5 MB full-text search phrase as a literal", request: gql(`{ platformsByName(phrase: "${FIVE_MB}") { edges { score } } }`), expect: { status: 400, code: "SEARCH_PHRASE_TOO_LONG" } },
    { name: "a search phrase of 999 nested brackets", request: gql("query($s: String!) { firmsByName(phrase: $s, first: 5) { edges { score } } }", { s: "(".repeat(999) }), expect: { status: 200, code: "BAD_USER_INPUT", message: "not valid full-text query syntax" } },
    { name: "a 5 MB platform name", request: gql("query($p: String!) { ecosystemServices(platform: $p) { activeMembers } }", { p: FIVE_MB }), expect: { status: 200, code: "NOT_FOUND", message: `… (${5 * MB} characters)` } },
    { name: "a 100,000-character id", request: gql("query($id: ID!) { ecosystemHealth(platform: $id) { platform { id } } }", { id: LONG_ID }), expect: { status: 200, code: "NOT_FOUND" } },
    { name: "a 100,000-character id in a generated filter (harmless: no match)", request: gql("query($id: ID) { firms(where: { id: { eq: $id } }) { id } }", { id: LONG_ID }), expect: { status: 200, data: { firms: [] } } },
    {
      name: "a list of 20,000 names in an `in` filter",
      request: gql("query($names: [String!]) { firms(where: { name: { in: $names } }) { name } }", { names: Array.from({ length: 20_000 }, (_, i) => `${CYPHER_INJECTION} ${i}`) }),
      expect: { status: 400, code: "LIST_TOO_LONG", message: `at most ${LIMITS.maxListItems} items (LIMIT_MAX_LIST_ITEMS), but the request sends firms(where: a list of 20000)` },
    },
    {
      name: `a sync of SYNC_MAX_RECORDS + 1 (${CONFIG.sync.maxRecords + 1}) records`,
      request: gql(SYNC, {
        source: syncSource,
        actors: Array.from({ length: CONFIG.sync.maxRecords + 1 }, (_, i) => ({ label: "Firm", externalId: `bulk-${i}`, name: "Bulk", population: "TRADER" })),
      }),
      expect: { status: 200, code: "BAD_USER_INPUT", message: `at most ${CONFIG.sync.maxRecords} records` },
    },
    {
      name: "a sync record with a 5 MB name (rejected per record)",
      request: gql(SYNC, { source: syncSource, actors: [{ label: "Firm", externalId: "huge-name", name: FIVE_MB, population: "TRADER" }] }),
      expect: { status: 200 },
      verify: async (response, { apis }) => {
        const report = response.body?.data?.syncPartnerData;
        expect(report.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 1 });
        expect(report.outcomes[0].reason).toContain("at most 500 characters");
        expect(await storedBy(apis.dev.db, syncSource)).toEqual([]);
      },
    },
    {
      name: "a sync record with a 10,001-character description and a 201-character externalId (rejected per record)",
      request: gql(SYNC, {
        source: syncSource,
        actors: [
          { label: "Firm", externalId: "long-text", name: "Long", population: "TRADER", description: "d".repeat(10_001) },
          { label: "Firm", externalId: "k".repeat(201), name: "Long key", population: "TRADER" },
        ],
      }),
      expect: { status: 200 },
      verify: async (response, { apis }) => {
        const report = response.body?.data?.syncPartnerData;
        expect(report.counts.REJECTED).toBe(2);
        expect(report.outcomes.map((o: { reason: string }) => o.reason)).toEqual([
          expect.stringContaining("description must be a string of at most 10000 characters"),
          expect.stringContaining("externalId must be a non-empty string of at most 200 characters"),
        ]);
        expect(await storedBy(apis.dev.db, syncSource)).toEqual([]);
      },
    },
  ]);

  // -------------------------------------------------------------------------------------------
  category("wrong types and missing values", [
    { name: "a string for an Int variable", request: gql("query($n: Int) { firms(limit: $n) { name } }", { n: "ten" }), expect: { status: 400, code: "BAD_USER_INPUT", message: "Int cannot represent" } },
    { name: "a float literal for an Int", request: gql("{ firms(limit: 1.5) { name } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "Int cannot represent" } },
    { name: "an Int variable beyond 32-bit", request: gql("query($n: Int) { firms(where: { foundedYear: { eq: $n } }) { name } }", { n: 2 ** 31 }), expect: { status: 400, code: "BAD_USER_INPUT", message: "non 32-bit signed integer" } },
    { name: "an object for a String", request: gql("query($s: String) { firms(where: { name: { eq: $s } }) { name } }", { s: { $where: "1 == 1" } }), expect: { status: 400, code: "BAD_USER_INPUT", message: "String cannot represent" } },
    { name: "a list for a String", request: gql("query($s: String) { firms(where: { name: { eq: $s } }) { name } }", { s: ["a", "b"] }), expect: { status: 400, code: "BAD_USER_INPUT", message: "String cannot represent" } },
    { name: "a boolean for an ID", request: gql("query($id: ID!) { ecosystemHealth(platform: $id) { platform { id } } }", { id: true }), expect: { status: 400, code: "BAD_USER_INPUT", message: "ID cannot represent" } },
    { name: "null for a non-null variable", request: gql("query($p: String!) { ecosystemServices(platform: $p) { activeMembers } }", { p: null }), expect: { status: 400, code: "BAD_USER_INPUT", message: "must not be null" } },
    { name: "a required variable left out", request: gql("query($p: String!) { ecosystemServices(platform: $p) { activeMembers } }"), expect: { status: 400, code: "BAD_USER_INPUT", message: "was not provided" } },
    { name: "null literal for a non-null argument", request: gql("{ ecosystemServices(platform: null) { activeMembers } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "found null" } },
    { name: "an enum value as a string literal", request: gql('{ centralityRanking(measure: "DEGREE") { name } }'), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "Enum" } },
    { name: "an unknown enum value in a variable", request: gql("query($m: CentralityMeasure!) { centralityRanking(measure: $m) { name } }", { m: "DEGREE; DROP" }), expect: { status: 400, code: "BAD_USER_INPUT", message: "does not exist" } },
    { name: "an unknown filter field in a variable", request: gql("query($w: FirmWhere) { firms(where: $w) { name } }", { w: { password: { eq: "x" } } }), expect: { status: 400, code: "BAD_USER_INPUT", message: 'Field "password" is not defined' } },
    { name: "a variable of the wrong declared type", request: gql("query($n: String) { firms(limit: $n) { name } }", { n: "5" }), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: 'Variable "$n" of type "String" used in position expecting type "Int"' } },
    { name: "a DateTime that is not one", request: gql("query($d: DateTime) { firms(where: { createdAt: { gt: $d } }) { name } }", { d: "2020-13-45T99:00:00Z" }), expect: { status: 400, code: "BAD_USER_INPUT" } },
    { name: "a sort direction that is not an enum value", request: gql('{ firms(sort: [{ name: "ASC; DROP" }]) { name } }'), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED" } },
    { name: "Infinity for a Float (JSON 1e400)", request: raw(`{"query":${JSON.stringify(SYNC)},"variables":{"source":"${syncSource}","relationships":[{"type":"SUPPLIES","from":{"externalId":"a"},"to":{"externalId":"b"},"volume":1e400}]}}`, { "content-type": "application/json" }), expect: { status: 400, code: "BAD_USER_INPUT", message: "Float cannot represent" } },
    { name: "a sync actor label that is not an enum value", request: gql(SYNC, { source: syncSource, actors: [{ label: "Firm:Admin", externalId: "x", name: "x" }] }), expect: { status: 400, code: "BAD_USER_INPUT", message: "ActorLabel" } },
    { name: "a sync relationship type that is not an enum value", request: gql(SYNC, { source: syncSource, relationships: [{ type: "SUPPLIES]->() DETACH DELETE n //", from: { externalId: "a" }, to: { externalId: "b" } }] }), expect: { status: 400, code: "BAD_USER_INPUT", message: "SyncRelationshipType" } },
    { name: "a sync actor with a field the input does not have", request: gql(SYNC, { source: syncSource, actors: [{ label: "Firm", externalId: "x", name: "x", population: "TRADER", isAdmin: true }] }), expect: { status: 400, code: "BAD_USER_INPUT", message: 'Field "isAdmin" is not defined' } },
    { name: "a sync actor without its name", request: gql(SYNC, { source: syncSource, actors: [{ label: "Firm", externalId: "x", population: "TRADER" }] }), expect: { status: 400, code: "BAD_USER_INPUT", message: '"name" of required type' } },
  ]);

  // -------------------------------------------------------------------------------------------
  const injectionSource = uniqueSource("hostile-injection");
  const createdSource = uniqueSource("hostile-create");
  const dryRunSource = uniqueSource("hostile-dry");
  const injectedActors = [
    { label: "Firm", externalId: CYPHER_INJECTION, name: CYPHER_INJECTION_2, population: "TRADER", description: WHERE_JSON, industry: NUL },
    { label: "Firm", externalId: RTL, name: `${RTL}${NUL}`, population: "BUYER", description: REGEX_BOMB },
    { label: "Platform", externalId: BACKTICK_INJECTION, name: BACKTICK_INJECTION, website: "javascript:alert(1)" },
  ];
  const noFirms = { status: 200, data: { firms: [] } } as const;

  category("injection-looking strings", [
    { name: "Cypher injection in an eq filter", request: gql("query($s: String) { firms(where: { name: { eq: $s } }) { name } }", { s: CYPHER_INJECTION }), expect: noFirms },
    { name: "Cypher injection as a literal", request: gql(`{ firms(where: { name: { eq: ${JSON.stringify(CYPHER_INJECTION_2)} } }) { name } }`), expect: noFirms },
    { name: "backtick label injection in a filter", request: gql("query($s: String) { firms(where: { name: { startsWith: $s } }) { name } }", { s: BACKTICK_INJECTION }), expect: noFirms },
    { name: "' OR '1'='1 in contains", request: gql("query($s: String) { firms(where: { name: { contains: $s } }) { name } }", { s: "' OR '1'='1" }), expect: noFirms },
    { name: "$where-style JSON as a filter string", request: gql("query($s: String) { firms(where: { description: { eq: $s } }) { name } }", { s: WHERE_JSON }), expect: noFirms },
    { name: "a NUL byte in a filter", request: gql("query($s: String) { firms(where: { name: { contains: $s } }) { name } }", { s: NUL }), expect: noFirms },
    { name: "a right-to-left override in a filter", request: gql("query($s: String) { firms(where: { name: { endsWith: $s } }) { name } }", { s: RTL }), expect: noFirms },
    { name: "a regex bomb in contains (matched literally)", request: gql("query($s: String) { firms(where: { name: { contains: $s } }) { name } }", { s: REGEX_BOMB }), expect: noFirms },
    { name: "a regex `matches` filter (not offered)", request: gql(`{ firms(where: { name: { matches: "(a+)+$" } }) { name } }`), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: 'Field "matches" is not defined' } },
    { name: "injection in a relationship filter", request: gql("query($s: String) { firms(where: { memberOf: { some: { name: { eq: $s } } } }) { name } }", { s: CYPHER_INJECTION }), expect: noFirms },
    { name: "injection in a platform name", request: gql("query($p: String!) { ecosystemServices(platform: $p) { activeMembers } }", { p: CYPHER_INJECTION }), expect: { status: 200, code: "NOT_FOUND" } },
    { name: "injection in a ranking's scope", request: gql("query($p: ID) { centralityRanking(measure: DEGREE, graph: { platform: $p }) { name } }", { p: CYPHER_INJECTION }), expect: { status: 200, code: "NOT_FOUND" } },
    { name: "Lucene syntax error in a search phrase", request: gql("query($s: String!) { firmsByName(phrase: $s, first: 5) { edges { score } } }", { s: 'name:("unbalanced' }), expect: { status: 200, code: "BAD_USER_INPUT", message: "not valid full-text query syntax" } },
    { name: "injection in an update's filter (matches nothing)", request: gql("mutation($s: String) { updateFirms(where: { name: { eq: $s } }, update: { name: { set: \"pwned\" } }) { firms { id } } }", { s: CYPHER_INJECTION }), expect: { status: 200, data: { updateFirms: { firms: [] } } } },
    { name: "injection in a delete's filter (deletes nothing)", request: gql("mutation($s: String) { deleteFirms(where: { name: { eq: $s } }) { nodesDeleted } }", { s: CYPHER_INJECTION_2 }), expect: { status: 200, data: { deleteFirms: { nodesDeleted: 0 } } } },
    {
      name: "injection in a generated create (stored verbatim as plain data)",
      request: gql(
        "mutation($name: String!, $externalId: String, $description: String, $source: String) { createFirms(input: [{ name: $name, externalId: $externalId, description: $description, source: $source, population: TRADER }]) { firms { name externalId description } } }",
        { name: CYPHER_INJECTION, externalId: BACKTICK_INJECTION, description: `${WHERE_JSON}${NUL}${RTL}`, source: createdSource },
      ),
      expect: { status: 200, data: { createFirms: { firms: [{ name: CYPHER_INJECTION, externalId: BACKTICK_INJECTION, description: `${WHERE_JSON}${NUL}${RTL}` }] } } },
      verify: async (_response, { apis }) => {
        try {
          expect(await storedBy(apis.dev.db, createdSource)).toEqual([
            { label: "Firm", externalId: BACKTICK_INJECTION, name: CYPHER_INJECTION, description: `${WHERE_JSON}${NUL}${RTL}`, industry: null, website: null },
          ]);
        } finally {
          await removeTestData(apis.dev.db, createdSource);
        }
      },
    },
    { name: "injection in a sync source (refused)", request: gql(SYNC, { source: CYPHER_INJECTION, actors: [injectedActors[0]] }), expect: { status: 200, code: "BAD_USER_INPUT", message: "source must be 1 to 100 letters" } },
    {
      name: "injection, NUL, RTL and $where JSON in sync records (stored verbatim as plain data)",
      request: gql(SYNC, { source: injectionSource, actors: injectedActors }),
      expect: { status: 200 },
      verify: async (response, { apis }) => {
        try {
          expect(response.body?.data?.syncPartnerData.counts).toEqual({ CREATED: 3, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 });
          const expected = injectedActors
            .map((a) => ({ label: a.label, externalId: a.externalId, name: a.name, description: a.description ?? null, industry: a.industry ?? null, website: a.website ?? null }))
            .sort((a, b) => (a.externalId < b.externalId ? -1 : 1));
          expect(await storedBy(apis.dev.db, injectionSource)).toEqual(expected);
        } finally {
          await removeTestData(apis.dev.db, injectionSource);
        }
      },
    },
    {
      name: "injection in relationship ends of a sync (rejected per record)",
      request: gql(SYNC, {
        source: injectionSource,
        relationships: [
          { type: "SUPPLIES", from: { externalId: CYPHER_INJECTION }, to: { id: "' OR 1=1 //" } },
          { type: "MEMBER_OF", from: { externalId: "a", source: BACKTICK_INJECTION }, to: { externalId: CYPHER_INJECTION_2 } },
        ],
      }),
      expect: { status: 200 },
      verify: async (response) => {
        const report = response.body?.data?.syncPartnerData;
        expect(report.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: 0, REJECTED: 2 });
        for (const outcome of report.outcomes) expect(outcome.reason).toContain("does not exist");
      },
    },
    {
      name: "injection in a sync date (rejected per record)",
      request: gql(SYNC, {
        source: injectionSource,
        relationships: [{ type: "SUPPLIES", from: { externalId: "a" }, to: { externalId: "b" }, since: "2020-01-01' OR 1=1 //" }],
      }),
      expect: { status: 200 },
      verify: async (response) => {
        const report = response.body?.data?.syncPartnerData;
        expect(report.counts.REJECTED).toBe(1);
        expect(report.outcomes[0].reason).toContain("a calendar date YYYY-MM-DD");
      },
    },
    {
      name: "injection in a dry run (reports, writes nothing)",
      request: gql(SYNC, { source: dryRunSource, actors: injectedActors, dryRun: true }),
      expect: { status: 200 },
      verify: async (response, { apis }) => {
        expect(response.body?.data?.syncPartnerData.counts).toEqual({ CREATED: 3, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 });
        expect(await storedBy(apis.dev.db, dryRunSource)).toEqual([]);
      },
    },
    {
      name: "invalid UTF-8 bytes in a filter (decoded as U+FFFD, no match)",
      request: raw(Buffer.concat([Buffer.from('{"query":"{ firms(where: { name: { eq: \\"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('\\" } }) { name } }"}')]), { "content-type": "application/json" }),
      expect: noFirms,
    },
  ]);

  // -------------------------------------------------------------------------------------------
  const deleteAllFirms = `mutation { deleteFirms(where: { source: { eq: "ecograph-seed" } }) { nodesDeleted } }`;
  const syncWrite = `mutation { syncPartnerData(source: "${CREATE_MARKER}", actors: [{ label: Firm, externalId: "m", name: "m", population: TRADER }]) { counts { CREATED } } }`;
  const runMetrics = `mutation { runMetrics(metrics: [DEGREE]) { actorCount } }`;

  category("writes by callers who may not write", [
    { name: "anonymous create", request: gql(MARKER_WRITE, undefined, { as: null }), expect: { status: 200, code: "UNAUTHENTICATED", message: "needs a token" } },
    { name: "anonymous delete of every seeded firm", request: gql(deleteAllFirms, undefined, { as: null }), expect: { status: 200, code: "UNAUTHENTICATED" } },
    { name: "anonymous update", request: gql(`mutation { updateFirms(update: { name: { set: "pwned" } }) { firms { id } } }`, undefined, { as: null }), expect: { status: 200, code: "UNAUTHENTICATED" } },
    { name: "anonymous sync", request: gql(syncWrite, undefined, { as: null }), expect: { status: 200, code: "UNAUTHENTICATED" } },
    { name: "anonymous metric run", request: gql(runMetrics, undefined, { as: null }), expect: { status: 200, code: "UNAUTHENTICATED" } },
    { name: "reader create", request: gql(MARKER_WRITE, undefined, { as: ["reader"] }), expect: { status: 200, code: "FORBIDDEN", message: "this token has reader" } },
    { name: "reader delete of every seeded firm", request: gql(deleteAllFirms, undefined, { as: ["reader"] }), expect: { status: 200, code: "FORBIDDEN" } },
    { name: "reader sync", request: gql(syncWrite, undefined, { as: ["reader"] }), expect: { status: 200, code: "FORBIDDEN" } },
    { name: "analyst sync", request: gql(syncWrite, undefined, { as: ["analyst"] }), expect: { status: 200, code: "FORBIDDEN" } },
    { name: "integrator metric run", request: gql(runMetrics, undefined, { as: ["integrator"] }), expect: { status: 200, code: "FORBIDDEN" } },
    { name: "reader metric run", request: gql(runMetrics, undefined, { as: ["reader"] }), expect: { status: 200, code: "FORBIDDEN" } },
    {
      name: "a validly signed token whose roles are all unknown",
      request: async ({ devSecret }) => ({ ...gql(deleteAllFirms)(), as: { authorization: `Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, { ...adminClaims(), roles: ["superuser", "root", "ADMIN"] }, devSecret)}` } }),
      expect: { status: 200, code: "FORBIDDEN" },
    },
    {
      name: "a reader write smuggled into a query operation's document",
      request: () => ({ ...json({ query: `query Q { __typename } ${MARKER_WRITE.replace("mutation", "mutation M")}`, operationName: "M" })(), as: ["reader"] }),
      expect: { status: 200, code: "FORBIDDEN" },
    },
  ]);

  // -------------------------------------------------------------------------------------------
  const rs256Header = { alg: "RS256", typ: "JWT" };
  category("bearer tokens", [
    tokenCase("a forged payload under a real signature", async ({ apis }) => {
      const [header, , signature] = (await apis.dev.token(["reader"])).split(".");
      return `Bearer ${header}.${b64url(adminClaims())}.${signature}`;
    }, "its signature does not match"),
    tokenCase("a signature with one changed byte", ({ devSecret }) => {
      // A character in the middle: the last one of a base64url signature partly encodes padding.
      const [header, payload, signature] = hmacToken({ alg: "HS256", typ: "JWT" }, adminClaims(), devSecret).split(".") as [string, string, string];
      const changed = `${signature.slice(0, 10)}${signature[10] === "A" ? "B" : "A"}${signature.slice(11)}`;
      return `Bearer ${header}.${payload}.${changed}`;
    }, "its signature does not match"),
    tokenCase("signed with another secret", () => `Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, adminClaims(), "another-secret-of-at-least-32-characters!!")}`, "its signature does not match"),
    tokenCase("expired an hour ago", ({ devSecret }) => joseToken(devSecret, { roles: ["admin"] }, (jwt) => jwt.setIssuedAt(now() - 7_200).setExpirationTime(now() - 3_600)).then((t) => `Bearer ${t}`), "expired"),
    tokenCase("not valid before an hour from now (nbf)", ({ devSecret }) => joseToken(devSecret, { roles: ["admin"] }, (jwt) => jwt.setIssuedAt().setNotBefore(now() + 3_600).setExpirationTime("2h")).then((t) => `Bearer ${t}`), '"nbf" claim'),
    tokenCase("alg none, unsigned", () => `Bearer ${b64url({ alg: "none", typ: "JWT" })}.${b64url(adminClaims())}.`, "algorithm this API does not accept"),
    tokenCase("alg none with a signature", () => `Bearer ${b64url({ alg: "none", typ: "JWT" })}.${b64url(adminClaims())}.c2lnbmF0dXJl`, "algorithm this API does not accept"),
    tokenCase("alg NoNe (case games)", () => `Bearer ${b64url({ alg: "NoNe", typ: "JWT" })}.${b64url(adminClaims())}.`, "algorithm this API does not accept"),
    tokenCase("HS512 with the right secret", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS512", typ: "JWT" }, adminClaims(), devSecret, "sha512")}`, "algorithm this API does not accept"),
    tokenCase("HS384 with the right secret", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS384", typ: "JWT" }, adminClaims(), devSecret, "sha384")}`, "algorithm this API does not accept"),
    tokenCase("RS256 with a random signature", () => `Bearer ${b64url(rs256Header)}.${b64url(adminClaims())}.${randomBytes(256).toString("base64url")}`, "algorithm this API does not accept"),
    tokenCase("RS256 header, HMAC-signed with the secret (key confusion)", ({ devSecret }) => `Bearer ${hmacToken(rs256Header, adminClaims(), devSecret)}`, "algorithm this API does not accept"),
    tokenCase("an unknown critical header", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256", crit: ["x-evil"], "x-evil": true }, adminClaims(), devSecret)}`, "bearer token was refused"),
    tokenCase("exp that is not a number", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256" }, { ...adminClaims(), exp: "never" }, devSecret)}`, '"exp" claim'),
    tokenCase("a payload that is not JSON", ({ devSecret }) => {
      const signingInput = `${b64url({ alg: "HS256" })}.${b64url("{roles: [admin]")}`;
      return `Bearer ${signingInput}.${createHmac("sha256", devSecret).update(signingInput).digest("base64url")}`;
    }, "not a well-formed JSON Web Token"),
    tokenCase("a header that is not JSON", () => `Bearer ${b64url("{alg:HS256")}.${b64url(adminClaims())}.c2ln`, "bearer token was refused"),
    tokenCase("roles a string", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256" }, { ...adminClaims(), roles: "admin" }, devSecret)}`, '"roles" claim must be a list of strings'),
    tokenCase("roles an object", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256" }, { ...adminClaims(), roles: { admin: true } }, devSecret)}`, '"roles" claim must be a list of strings'),
    tokenCase("roles a list of numbers", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256" }, { ...adminClaims(), roles: [1, 2] }, devSecret)}`, '"roles" claim must be a list of strings'),
    tokenCase("Bearer without a token", () => "Bearer", 'must be "Bearer <token>"'),
    tokenCase("Bearer and spaces", () => "Bearer      ", 'must be "Bearer <token>"'),
    tokenCase("a token of two parts", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256" }, adminClaims(), devSecret).split(".").slice(0, 2).join(".")}`, 'must be "Bearer <token>"'),
    tokenCase("two tokens in one header", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256" }, adminClaims(), devSecret)}, Bearer a.b.c`, 'must be "Bearer <token>"'),
    tokenCase("Basic credentials", () => `Basic ${Buffer.from("admin:admin").toString("base64")}`, 'must be "Bearer <token>"'),
    tokenCase("garbage", () => "!!'; DROP TABLE users; --", 'must be "Bearer <token>"'),
    tokenCase("a 10 kB header", () => `Bearer ${"a".repeat(10 * 1024)}`, "longer than 8192 bytes"),
    {
      name: "a 20 kB header (refused by Node before the app)",
      request: () => ({ ...gql(MARKER_WRITE)(), as: { authorization: `Bearer ${"a".repeat(20 * 1024)}` } }),
      expect: { status: 431, emptyBody: true },
    },
    tokenCase("no issuer and audience where both are required", ({ devSecret }) => joseToken(devSecret, { roles: ["admin"] }, (jwt) => jwt.setIssuedAt().setExpirationTime("10m")).then((t) => `Bearer ${t}`), '"iss" claim', "issuer"),
    tokenCase("another issuer", ({ devSecret }) => joseToken(devSecret, { roles: ["admin"] }, (jwt) => jwt.setIssuedAt().setExpirationTime("10m").setIssuer("https://evil.example").setAudience(AUDIENCE)).then((t) => `Bearer ${t}`), '"iss" claim', "issuer"),
    tokenCase("another audience", ({ devSecret }) => joseToken(devSecret, { roles: ["admin"] }, (jwt) => jwt.setIssuedAt().setExpirationTime("10m").setIssuer(ISSUER).setAudience("another-api")).then((t) => `Bearer ${t}`), '"aud" claim', "issuer"),
    tokenCase("a token without exp (it would never expire)", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, { sub: "attacker", roles: ["admin"], iat: now() }, devSecret)}`, 'no "exp" claim'),
    tokenCase("a token issued an hour in the future", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, { ...adminClaims(), iat: now() + 3_600, exp: now() + 7_200 }, devSecret)}`, '"iat" claim says it was issued'),
    tokenCase("a token valid for a year", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, { ...adminClaims(), exp: now() + 365 * 86_400 }, devSecret)}`, "AUTH_MAX_TOKEN_LIFETIME_SECONDS"),
    tokenCase("a token valid for a year without iat", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, { sub: "attacker", roles: ["admin"], exp: now() + 365 * 86_400 }, devSecret)}`, "longer than the"),
    tokenCase("a development token sent to production", ({ devSecret }) => `Bearer ${hmacToken({ alg: "HS256", typ: "JWT" }, adminClaims(), devSecret)}`, "its signature does not match", "prod"),
  ]);

  // -------------------------------------------------------------------------------------------
  // Page sizes of 0 and null mean the default page at every level, never "everything".
  const DEFAULT_PAGE = LIMITS.defaultPageSize;
  const countOf = (path: (data: any) => unknown[], expected: number) => async (response: HostileResponse) => {
    expect(response.body?.errors).toBeUndefined();
    expect(path(response.body?.data)).toHaveLength(expected);
  };
  category("page sizes of 0, null and absent (the default page)", [
    { name: "firms(limit: 0) returns the default page", request: gql("{ firms(limit: 0) { id } }"), expect: { status: 200 }, verify: countOf((d) => d.firms, DEFAULT_PAGE) },
    { name: "firms(limit: null) returns the default page", request: gql("{ firms(limit: null) { id } }"), expect: { status: 200 }, verify: countOf((d) => d.firms, DEFAULT_PAGE) },
    { name: "limit 0 in a variable returns the default page", request: gql("query($n: Int) { firms(limit: $n) { id } }", { n: 0 }), expect: { status: 200 }, verify: countOf((d) => d.firms, DEFAULT_PAGE) },
    { name: "firms without a limit returns the default page", request: gql("{ firms { id } }"), expect: { status: 200 }, verify: countOf((d) => d.firms, DEFAULT_PAGE) },
    { name: "actors(limit: 0) on the interface returns the default page", request: gql("{ actors(limit: 0) { id } }"), expect: { status: 200 }, verify: countOf((d) => d.actors, DEFAULT_PAGE) },
    {
      name: "firmsConnection(first: 0) returns the default page of edges",
      request: gql("{ firmsConnection(first: 0) { edges { node { id } } } }"),
      expect: { status: 200 },
      verify: countOf((d) => d.firmsConnection.edges, DEFAULT_PAGE),
    },
    {
      name: "a nested limit: 0 is the default page too",
      request: gql("{ platforms(limit: 3, sort: [{ name: ASC }]) { members(limit: 0) { id } membersConnection { totalCount } } }"),
      expect: { status: 200 },
      verify: async (response) => {
        expect(response.body?.errors).toBeUndefined();
        const platforms: Array<{ members: unknown[]; membersConnection: { totalCount: number } }> = response.body?.data?.platforms;
        expect(platforms.length).toBeGreaterThan(0);
        for (const platform of platforms) expect(platform.members).toHaveLength(Math.min(platform.membersConnection.totalCount, DEFAULT_PAGE));
        // The sample data has a platform with more members than the default page, so the bound is seen.
        expect(Math.max(...platforms.map((p) => p.membersConnection.totalCount))).toBeGreaterThan(DEFAULT_PAGE);
      },
    },
    {
      name: "six levels of limit: 0 are costed at the default page, not at 1",
      request: gql("{ platforms(limit: 0) { members(limit: 0) { memberOf(limit: 0) { members(limit: 0) { memberOf(limit: 0) { name } } } } } }"),
      expect: { status: 400, code: "QUERY_TOO_COSTLY", message: "LIMIT_MAX_COST" },
    },
  ]);

  // -------------------------------------------------------------------------------------------
  const orOf = (count: number) => `[${Array.from({ length: count }, (_, i) => `{ memberOf: { some: { name: { eq: "p${i}" } } } }`).join(", ")}]`;
  category("lists bounded before Neo4j sees them", [
    {
      name: `an \`in\` list of LIMIT_MAX_LIST_ITEMS + 1 ids in a variable`,
      request: gql("query($ids: [ID!]) { firms(where: { id: { in: $ids } }) { id } }", { ids: Array.from({ length: LIMITS.maxListItems + 1 }, (_, i) => `id-${i}`) }),
      expect: { status: 400, code: "LIST_TOO_LONG", message: `a list of ${LIMITS.maxListItems + 1}` },
    },
    {
      name: "an `in` list of 100,000 ids",
      request: gql("query($ids: [ID!]) { firms(where: { id: { in: $ids } }) { id } }", { ids: Array.from({ length: 100_000 }, (_, i) => `id-${i}`) }),
      expect: { status: 400, code: "LIST_TOO_LONG", message: "LIMIT_MAX_LIST_ITEMS" },
    },
    {
      name: "an `in` list literal over the bound, nested in a relationship filter",
      request: gql(`{ firms(where: { memberOf: { some: { name: { in: [${Array.from({ length: LIMITS.maxListItems + 1 }, (_, i) => `"n${i}"`).join(",")}] } } } }) { id } }`),
      expect: { status: 400, code: "LIST_TOO_LONG" },
    },
    {
      name: "a create of LIMIT_MAX_LIST_ITEMS + 1 firms",
      request: gql("mutation($input: [FirmCreateInput!]!) { createFirms(input: $input) { info { nodesCreated } } }", {
        input: Array.from({ length: LIMITS.maxListItems + 1 }, (_, i) => ({ name: `bulk ${i}`, population: "TRADER", source: CREATE_MARKER })),
      }),
      expect: { status: 400, code: "LIST_TOO_LONG" },
    },
    {
      name: `an OR of ${LIMITS.maxFilterBranches + 1} relationship filters`,
      request: gql(`{ firms(where: { OR: ${orOf(LIMITS.maxFilterBranches + 1)} }) { id } }`),
      expect: { status: 400, code: "FILTER_TOO_COMPLEX", message: `at most ${LIMITS.maxFilterBranches} AND / OR / NOT operands in all (LIMIT_MAX_FILTER_BRANCHES), but this one has ${LIMITS.maxFilterBranches + 1}` },
    },
    {
      name: "an OR of 1,500 relationship filters in a variable",
      request: gql("query($w: FirmWhere) { firms(where: $w) { id } }", { w: { OR: Array.from({ length: 1_500 }, (_, i) => ({ memberOf: { some: { name: { eq: `p${i}` } } } })) } }),
      expect: { status: 400, code: "FILTER_TOO_COMPLEX", message: "but this one has 1500" },
    },
    {
      name: "AND and OR operands spread over two aliased lists, counted together",
      request: gql(`{ a: firms(where: { AND: ${orOf(30)} }) { id } b: firms(where: { OR: ${orOf(30)} }) { id } }`),
      expect: { status: 400, code: "FILTER_TOO_COMPLEX", message: "but this one has 60" },
    },
    {
      name: `a sort list of ${LIMITS.maxSortKeys + 1} keys`,
      request: gql(`{ firms(limit: 5, sort: [${Array.from({ length: LIMITS.maxSortKeys + 1 }, () => "{ name: ASC }").join(", ")}]) { id } }`),
      expect: { status: 400, code: "SORT_TOO_LONG", message: `at most ${LIMITS.maxSortKeys} keys (LIMIT_MAX_SORT_KEYS), but the request sends firms(sort: ${LIMITS.maxSortKeys + 1} keys)` },
    },
    {
      name: "a sort list of 2,500 keys in a variable",
      request: gql("query($s: [FirmSort!]) { firms(limit: 5, sort: $s) { id } }", { s: Array.from({ length: 2_500 }, (_, i) => (i % 2 ? { name: "ASC" } : { foundedYear: "DESC" })) }),
      expect: { status: 400, code: "SORT_TOO_LONG", message: "2500 keys" },
    },
    {
      name: "a connection sort list over the bound",
      request: gql(`{ firmsConnection(first: 5, sort: [${Array.from({ length: LIMITS.maxSortKeys + 1 }, () => "{ name: ASC }").join(", ")}]) { totalCount } }`),
      expect: { status: 400, code: "SORT_TOO_LONG" },
    },
  ]);

  // -------------------------------------------------------------------------------------------
  const relayCursor = (text: string) => Buffer.from(text).toString("base64");
  const feedCursor = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
  const FIRM_BY_RETIRED = "query($d: Date) { firms(where: { retiredAt: { gt: $d } }) { id } }";
  category("client mistakes answered as client errors", [
    { name: "an alias named constructor", request: gql("{ constructor: firms(limit: 1) { id } }"), expect: { status: 400, code: "BAD_USER_INPUT", message: 'may not be named "constructor"' } },
    { name: "an alias named __proto__", request: gql("{ __proto__: firms(limit: 1) { id } }"), expect: { status: 400, code: "BAD_USER_INPUT", message: '"__proto__"' } },
    { name: "an alias named hasOwnProperty on a nested field", request: gql("{ platforms(limit: 1) { hasOwnProperty: members(limit: 1) { id } } }"), expect: { status: 400, code: "BAD_USER_INPUT", message: '"hasOwnProperty"' } },
    { name: "aliases named toString and valueOf on scalars", request: gql("{ firms(limit: 1) { toString: name valueOf: id } }"), expect: { status: 400, code: "BAD_USER_INPUT", message: '"toString", "valueOf"' } },
    { name: "an alias named like a prototype but not one (works)", request: gql('{ prototype: firms(where: { id: { eq: "no-such-firm" } }) { proto: id } }'), expect: { status: 200, data: { prototype: [] } } },
    { name: "an impossible Date literal (2023-02-30) in a generated filter", request: gql('{ firms(where: { retiredAt: { gt: "2023-02-30" } }) { id } }'), expect: { status: 400, code: "BAD_USER_INPUT", message: 'calendar date YYYY-MM-DD that exists (e.g. "2020-06-30"), but got: "2023-02-30"' } },
    { name: "29 February of a common year in a Date variable", request: gql(FIRM_BY_RETIRED, { d: "2017-02-29" }), expect: { status: 400, code: "BAD_USER_INPUT", message: '"2017-02-29"' } },
    { name: "an English date in a Date variable", request: gql(FIRM_BY_RETIRED, { d: "Jan 1 2017" }), expect: { status: 400, code: "BAD_USER_INPUT", message: "calendar date YYYY-MM-DD" } },
    { name: "a bare year in a Date variable", request: gql(FIRM_BY_RETIRED, { d: "2017" }), expect: { status: 400, code: "BAD_USER_INPUT", message: "calendar date YYYY-MM-DD" } },
    { name: "a date-time in a Date variable", request: gql(FIRM_BY_RETIRED, { d: "2017-01-01T00:00:00Z" }), expect: { status: 400, code: "BAD_USER_INPUT", message: "calendar date YYYY-MM-DD" } },
    { name: "29 February of a leap year (accepted, no match)", request: gql(FIRM_BY_RETIRED, { d: "2996-02-29" }), expect: { status: 200, data: { firms: [] } } },
    { name: "a Float literal beyond a double (1e309)", request: gql("{ firms(where: { pageRank: { gt: 1e309 } }) { id } }"), expect: { status: 400, code: "BAD_USER_INPUT", message: "A Float must be a finite number" } },
    { name: "a negative Float literal beyond a double (-1e400)", request: gql("{ firms(where: { pageRank: { lt: -1e400 } }) { id } }"), expect: { status: 400, code: "BAD_USER_INPUT", message: "finite number" } },
    { name: "an after cursor that is not one", request: gql('{ firmsConnection(first: 2, after: "not-a-cursor") { totalCount } }'), expect: { status: 400, code: "BAD_USER_INPUT", message: "after must be a cursor returned by the same connection" } },
    { name: "an after cursor decoding to a negative offset", request: gql("query($a: String) { firmsConnection(first: 2, after: $a) { totalCount } }", { a: relayCursor("arrayconnection:-5") }), expect: { status: 400, code: "BAD_USER_INPUT", message: "after must be a cursor" } },
    { name: "an after cursor of another format", request: gql("query($a: String) { firmsConnection(first: 2, after: $a) { totalCount } }", { a: relayCursor("arrayconnection:1e3") }), expect: { status: 400, code: "BAD_USER_INPUT" } },
    {
      name: "a real after cursor (works)",
      request: gql("query($a: String) { firmsConnection(first: 1, after: $a, sort: [{ name: ASC }]) { edges { cursor } } }", { a: relayCursor("arrayconnection:0") }),
      expect: { status: 200 },
      verify: async (response) => {
        expect(response.body?.errors).toBeUndefined();
        expect(response.body?.data?.firmsConnection.edges).toEqual([{ cursor: relayCursor("arrayconnection:1") }]);
      },
    },
    { name: "a change-feed cursor on an impossible day", request: gql("query($a: String) { changes(after: $a, first: 5) { endCursor } }", { a: feedCursor(["2023-02-30T10:00:00Z", "ACTOR", "x"]) }), expect: { status: 200, code: "BAD_USER_INPUT", message: "after must be a cursor returned by an earlier changes query" } },
    { name: "a change-feed cursor at hour 25", request: gql("query($a: String) { changes(after: $a, first: 5) { endCursor } }", { a: feedCursor(["2023-02-03T25:00:00Z", "ACTOR", "x"]) }), expect: { status: 200, code: "BAD_USER_INPUT" } },
    { name: "a change-feed cursor of an unknown kind", request: gql("query($a: String) { changes(after: $a, first: 5) { endCursor } }", { a: feedCursor(["2023-02-03T10:00:00Z", "PASSWORD", "x"]) }), expect: { status: 200, code: "BAD_USER_INPUT" } },
    { name: "an unparseable change-feed cursor", request: gql('{ changes(after: "%%%", first: 5) { endCursor } }'), expect: { status: 200, code: "BAD_USER_INPUT", message: 'but got: "%%%"' } },
    { name: "an empty full-text phrase", request: gql('{ firmsByName(phrase: "", first: 5) { edges { score } } }'), expect: { status: 400, code: "BAD_USER_INPUT", message: "at least one word" } },
    { name: "a full-text phrase of spaces in a variable", request: gql("query($s: String!) { firmsByName(phrase: $s, first: 5) { edges { score } } }", { s: "   \t " }), expect: { status: 400, code: "BAD_USER_INPUT", message: "at least one word" } },
  ]);

  // -------------------------------------------------------------------------------------------
  const ONE_MB = "x".repeat(MB);
  const boundedEcho = (response: HostileResponse) => {
    expect(response.text.length).toBeLessThan(5_000);
    expect(response.body?.errors?.map((e) => e.message).join("\n")).toContain("(1048576 characters)");
  };
  category("echoes of received values are bounded", [
    { name: "a 1 MB string for an Int variable", request: gql("query($n: Int) { firms(limit: $n) { id } }", { n: ONE_MB }), expect: { status: 400, code: "BAD_USER_INPUT", message: "Int cannot represent" }, verify: async (r) => boundedEcho(r) },
    { name: "a 1 MB string for an enum variable", request: gql("query($p: Population) { firms(where: { population: { eq: $p } }) { id } }", { p: ONE_MB }), expect: { status: 400, code: "BAD_USER_INPUT" }, verify: async (r) => boundedEcho(r) },
    { name: "a 1 MB Date variable", request: gql(FIRM_BY_RETIRED, { d: ONE_MB }), expect: { status: 400, code: "BAD_USER_INPUT" }, verify: async (r) => boundedEcho(r) },
    { name: "a 1 MB change-feed cursor", request: gql("query($a: String) { changes(after: $a, first: 5) { endCursor } }", { a: ONE_MB }), expect: { status: 200, code: "BAD_USER_INPUT" }, verify: async (r) => boundedEcho(r) },
    { name: "a 1 MB enum literal", request: gql(`{ firms(where: { population: { eq: ${"X".repeat(MB)} } }) { id } }`), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED" }, verify: async (r) => expect(r.text.length).toBeLessThan(5_000) },
  ]);

  // -------------------------------------------------------------------------------------------
  const prodGql = (query: string, variables?: Record<string, unknown>) => () => ({ ...gql(query, variables)(), target: "prod" as const });

  category("production mode", [
    { name: "introspection of the schema", request: prodGql("{ __schema { types { name } } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "introspection is not allowed" } },
    { name: "introspection of one type", request: prodGql('{ __type(name: "Firm") { fields { name } } }'), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "introspection is not allowed" } },
    { name: "introspection hidden in a fragment", request: prodGql("{ ...F } fragment F on Query { __schema { queryType { name } } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "introspection is not allowed" } },
    { name: "introspection by an anonymous caller", request: () => ({ ...prodGql("{ __schema { queryType { name } } }")(), as: null }), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "introspection is not allowed" } },
    { name: "a mistyped field (no suggestion)", request: prodGql("{ firmz { name } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: 'Cannot query field "firmz" on type "Query".' } },
    { name: "a mistyped argument (no suggestion)", request: prodGql("{ firms(limt: 3) { name } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: 'Unknown argument "limt"' } },
    { name: "a mistyped enum literal (no suggestion)", request: prodGql("{ firms(where: { population: { eq: MANUFACTURE } }) { name } }"), expect: { status: 400, code: "GRAPHQL_VALIDATION_FAILED", message: "does not exist" } },
    { name: "a mistyped filter field in a variable (no suggestion)", request: prodGql("query($w: FirmWhere) { firms(where: $w) { name } }", { w: { nme: { eq: "x" } } }), expect: { status: 400, code: "BAD_USER_INPUT", message: 'Field "nme" is not defined by type "FirmWhere".' } },
    { name: "a mistyped enum value in a variable (no suggestion)", request: prodGql("query($p: Population) { firms(where: { population: { eq: $p } }) { name } }", { p: "MANUFACTURE" }), expect: { status: 400, code: "BAD_USER_INPUT", message: "does not exist" } },
    { name: "an anonymous read (anonymous reads are off)", request: () => ({ ...prodGql("{ firms(limit: 1) { name } }")(), as: null }), expect: { status: 200, code: "UNAUTHENTICATED" } },
    { name: "an anonymous write", request: () => ({ ...prodGql(MARKER_WRITE)(), as: null }), expect: { status: 200, code: "UNAUTHENTICATED" } },
    { name: "a depth bomb (no stack trace)", request: prodGql(deepQuery(LIMITS.maxDepth + 1)), expect: { status: 400, code: "QUERY_TOO_DEEP" } },
    { name: "a search phrase Lucene cannot parse (no internal details)", request: prodGql('query { firmsByName(phrase: "\\"unterminated", first: 1) { edges { score } } }'), expect: { status: 200, code: "BAD_USER_INPUT", message: "full-text" } },
  ]);

  // -------------------------------------------------------------------------------------------
  describe("health and slow clients", () => {
    it("answers /health in production with reachable only, without the Neo4j URI", async () => {
      const response = await fetch(`${ctx.apis.prod.server.url}/health`, { signal: AbortSignal.timeout(5_000) });
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({ status: "ok", neo4j: { reachable: true } });
      expect(text).not.toContain("bolt");
      // Development mode keeps the details a developer needs.
      const dev = (await (await fetch(`${ctx.apis.dev.server.url}/health`)).json()) as { neo4j: { uri: string } };
      expect(dev.neo4j.uri).toMatch(/^bolt/);
    });

    it.each([
      ["headers sent a line every 400 ms", "headers"],
      ["a body sent a byte every 400 ms", "body"],
    ])("closes a connection with %s once HTTP_HEADERS_TIMEOUT_MS / HTTP_REQUEST_TIMEOUT_MS pass (408)", async (_name, part) => {
      const { url } = ctx.apis.issuer.server; // started with HTTP_HEADERS_TIMEOUT_MS 1000, HTTP_REQUEST_TIMEOUT_MS 2000
      const { port } = new URL(url);
      const started = Date.now();
      const answer = await new Promise<string>((resolve, reject) => {
        const socket = connect(Number(port), "127.0.0.1");
        let received = "";
        let timer: NodeJS.Timeout | undefined;
        const drip = (chunks: string[]) => {
          const next = chunks.shift();
          if (next === undefined || socket.destroyed) return;
          socket.write(next);
          timer = setTimeout(() => drip(chunks), 400);
        };
        socket.on("connect", () => {
          if (part === "headers") {
            drip(["POST /graphql HTTP/1.1\r\n", "Host: x\r\n", ...Array.from({ length: 40 }, (_, i) => `X-Slow-${i}: y\r\n`)]);
          } else {
            socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n");
            drip(Array.from({ length: 100 }, () => " "));
          }
        });
        socket.on("data", (data) => (received += data.toString()));
        socket.on("close", () => {
          clearTimeout(timer);
          resolve(received);
        });
        socket.on("error", reject);
        setTimeout(() => reject(new Error("the server held the slow connection open for 15 s")), 15_000).unref();
      });
      const elapsed = Date.now() - started;
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(elapsed).toBeLessThan(part === "headers" ? 4_000 : 5_000);
    });
  });

  // -------------------------------------------------------------------------------------------
  // Controls: the same shapes just inside each limit are answered, so the refusals above are the
  // limits' doing and not something else about the requests.
  describe("just inside the limits", () => {
    // Every row has three entries: with fewer, jest would take the test's third parameter for `done`.
    it.each<[string, string, Record<string, unknown> | undefined]>([
      [`depth ${LIMITS.maxDepth}`, deepQuery(LIMITS.maxDepth), undefined],
      [`${LIMITS.maxAliases} aliases`, aliases(LIMITS.maxAliases, "__typename"), undefined],
      [`${LIMITS.maxDirectives} directives`, `{ ${"... @include(if: true) { __typename } ".repeat(LIMITS.maxDirectives)}}`, undefined],
      [`a page of ${LIMITS.maxPageSize}`, `{ firms(limit: ${LIMITS.maxPageSize}) { id } }`, undefined],
      ["a filter nested 30 levels", `{ firms(where: ${"{ AND: [".repeat(15)}{ name: { eq: "x" } }${"] }".repeat(15)}) { name } }`, undefined],
      ["a search phrase of 1,000 characters", "query($s: String!) { firmsByName(phrase: $s, first: 1) { edges { score } } }", { s: "hinge ".repeat(166).padEnd(1_000, "x") }],
      [`an \`in\` list of ${LIMITS.maxListItems} ids`, "query($ids: [ID!]) { firms(where: { id: { in: $ids } }) { id } }", { ids: Array.from({ length: LIMITS.maxListItems }, (_, i) => `id-${i}`) }],
      [`an OR of ${LIMITS.maxFilterBranches} relationship filters`, `{ firms(limit: 5, where: { OR: ${orOf(LIMITS.maxFilterBranches)} }) { id } }`, undefined],
      [`a sort list of ${LIMITS.maxSortKeys} keys`, `{ firms(limit: 5, sort: [${Array.from({ length: LIMITS.maxSortKeys }, () => "{ name: ASC }").join(", ")}]) { id } }`, undefined],
      ["a lookup by id on the largest nested pages (counted as one node)", `{ firms(where: { id: { eq: "no-such-firm" } }) { suppliesTo(limit: ${LIMITS.maxPageSize}) { suppliedBy(limit: 20) { name } } } }`, undefined],
    ])("%s", async (_name, query, variables) => {
      const response = await send(ctx, gql(query, variables)());
      expect(response.status).toBe(200);
      expect(response.body?.errors).toBeUndefined();
    });
  });

  describe("after every category", () => {
    it("sent at least 100 distinct hostile requests", () => {
      const names = ALL_CASES.map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
      expect(names.length).toBeGreaterThanOrEqual(100);
    });

    it("left the whole graph exactly as it was", async () => {
      expect(await graphChecksum(ctx.apis.dev.db)).toEqual(baseline);
    });
  });

  // -------------------------------------------------------------------------------------------
  // Work that outlives its budget is stopped by Neo4j, not only abandoned by the client. Last,
  // because the memory hog leaves Neo4j busy collecting garbage for a while.
  describe("transaction timeout and memory bound, enforced by Neo4j", () => {
    let short: TestApi | undefined;
    const TIMEOUT_MS = 1_000;
    afterAll(async () => short?.close());

    it("stops a runaway generated filter within the transaction timeout and leaves Neo4j free", async () => {
      short = await startTestApi({ NEO4J_TRANSACTION_TIMEOUT_MS: String(TIMEOUT_MS) });
      // Within every bound (50 operands, depth 6), but each operand walks two hops from every firm.
      const runaway = `{ firms(limit: 10, where: { OR: [${Array.from(
        { length: LIMITS.maxFilterBranches },
        (_, i) => `{ suppliesTo: { some: { suppliedBy: { some: { suppliesTo: { some: { name: { contains: "zz-runaway-${i}" } } } } } } } }`,
      ).join(", ")}] }) { id } }`;
      const started = Date.now();
      const response = await short.request(runaway);
      const elapsed = Date.now() - started;
      console.log(`[hostile] runaway filter: ${JSON.stringify(response.errors?.map((e) => e.extensions?.code) ?? "answered")} after ${elapsed} ms (timeout ${TIMEOUT_MS} ms)`);
      expect(response.errors?.map((e) => e.extensions?.code)).toEqual(["QUERY_TIMEOUT"]);
      expect(response.errors?.[0]?.message).toContain("NEO4J_TRANSACTION_TIMEOUT_MS");
      // Neo4j's transaction monitor checks every 2 s (db.transaction.monitor.check.interval); the
      // rest is translation and HTTP on a busy machine. Without the timeout it runs far longer.
      expect(elapsed).toBeLessThan(TIMEOUT_MS + 9_000);
      const running = await short.db.read<{ n: number }>({
        name: "test.runawayStillRunning",
        // The needle is split so that this query does not find itself.
        cypher: "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'zz-' + 'runaway' RETURN count(*) AS n",
      });
      expect(running[0]!.n).toBe(0);
      expect(await graphChecksum(ctx.apis.dev.db)).toEqual(baseline);
    });

    it("ends a transaction that needs more than NEO4J_TRANSACTION_MAX_MEMORY, as a client error", async () => {
      const [setting] = await ctx.apis.dev.db.read<{ value: string }>({
        name: "test.txMaxMemory",
        cypher: "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value",
      });
      expect(setting!.value).toBe("256.00MiB");
      const started = Date.now();
      const error = await ctx.apis.dev.db
        .read({ name: "test.memoryHog", cypher: "UNWIND range(1, 20000000) AS i WITH collect('item ' + toString(i)) AS items RETURN size(items) AS n" })
        .then(() => undefined, (e: unknown) => e);
      console.log(`[hostile] memory hog stopped after ${Date.now() - started} ms: ${(error as Error | undefined)?.message?.slice(0, 120)}`);
      expect(error).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("NEO4J_TRANSACTION_MAX_MEMORY") });
      const live = await fetch(`${ctx.apis.dev.server.url}/health`);
      expect(live.status).toBe(200);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Sending and checking

async function send(ctx: Context, request: HostileRequest): Promise<HostileResponse> {
  const api = ctx.apis[request.target ?? "dev"];
  const headers: Record<string, string> = { ...request.headers };
  const as = request.as === undefined ? (["admin"] as const) : request.as;
  if (as !== null) headers.authorization = "authorization" in as ? as.authorization : `Bearer ${await api.token(as)}`;
  const response = await fetch(`${api.server.url}/graphql${request.search ?? ""}`, {
    method: request.method ?? "POST",
    headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body: HostileResponse["body"];
  try {
    body = text === "" ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, contentType: response.headers.get("content-type"), text, body };
}

function checkResponse(response: HostileResponse, expected: Expected, target: Target): void {
  if (response.status !== expected.status) {
    throw new Error(`Expected HTTP ${expected.status}, got ${response.status}: ${response.text.slice(0, 800)}`);
  }
  if (expected.emptyBody) {
    expect(response.text).toBe("");
    return;
  }
  expect(response.contentType).toMatch(/^application\/(graphql-response\+)?json/);
  expect(response.body).toBeDefined();
  const errors = response.body?.errors ?? [];
  const codes = errors.map((e) => e.extensions?.code);
  const messages = errors.map((e) => e.message);
  // Nothing a client sends may surface as an internal error (its message says which one it was).
  if (codes.includes("INTERNAL_SERVER_ERROR")) {
    throw new Error(`An internal error came back (${target}): ${messages.map((m) => m.slice(0, 400)).join(" | ")}`);
  }
  if (expected.data !== undefined) {
    expect(errors).toEqual([]);
    expect(response.body?.data).toEqual(expected.data);
    return;
  }
  if (response.status >= 400) expect(errors.length).toBeGreaterThan(0);
  if (expected.code !== undefined) expect(codes).toContain(expected.code);
  if (expected.message !== undefined) expect(messages.join("\n")).toContain(expected.message);
  if (target === "prod") {
    for (const error of errors) {
      expect(error.extensions?.stacktrace).toBeUndefined();
      expect(error.message).not.toContain("Did you mean");
    }
  }
}


