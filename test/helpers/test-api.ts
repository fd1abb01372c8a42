import { randomUUID } from "node:crypto";
import { startApi } from "../../src/api";
import { mintToken } from "../../src/auth/dev-token";
import type { Role } from "../../src/auth/roles";
import type { Database } from "../../src/db/database";
import type { RunningServer } from "../../src/server/app";
import { createLogger } from "../../src/server/logger";
import { connectTestDatabase, testConfig } from "./test-neo4j";

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T | null;
  extensions?: { cypherQueries?: number } & Record<string, unknown>;
  errors?: Array<{ message: string; extensions?: { code?: string } & Record<string, unknown> }>;
}

/** Who a test request is sent as: a token with these roles (default admin), or `null` for no token. */
export interface RequestOptions {
  readonly as?: readonly Role[] | null;
}

/** The real API over HTTP on an ephemeral port, against the test Neo4j. */
export interface TestApi {
  readonly server: RunningServer;
  readonly db: Database;
  /** A valid token for this API with the given roles. */
  token(roles: readonly Role[]): Promise<string>;
  /** POSTs a GraphQL request and returns the parsed body (errors included, not thrown). */
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<GraphQLResponse<T>>;
  /** POSTs a GraphQL request and returns `data`, failing with the errors if there are any. */
  query<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, options?: RequestOptions): Promise<T>;
  close(): Promise<void>;
}

/**
 * `overrides` are environment settings for this API only, e.g. { METRICS_EXACT_LIMIT: "10" }.
 * Requests go with an admin token unless a test says otherwise.
 */
export async function startTestApi(overrides: Record<string, string> = {}): Promise<TestApi> {
  const config = testConfig(overrides);
  const db = await connectTestDatabase(config);
  const server = await startApi(config, db, createLogger("silent"));
  const token = (roles: readonly Role[]) => mintToken(config.auth, { roles, subject: "test", expiresIn: "1h" });
  const request = async <T>(query: string, variables?: Record<string, unknown>, options: RequestOptions = {}) => {
    const roles = options.as === undefined ? (["admin"] as const) : options.as;
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (roles !== null) headers.authorization = `Bearer ${await token(roles)}`;
    const response = await fetch(`${server.url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
    return (await response.json()) as GraphQLResponse<T>;
  };
  return {
    server,
    db,
    token,
    request,
    async query<T>(query: string, variables?: Record<string, unknown>, options?: RequestOptions) {
      const body = await request<T>(query, variables, options);
      if (body.errors?.length) {
        throw new Error(`GraphQL errors: ${JSON.stringify(body.errors, null, 2)}`);
      }
      return body.data as T;
    },
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

/** A provenance `source` no other test uses: a test's records are found and removed by it. */
export function uniqueSource(prefix: string): string {
  return `test-${prefix}-${randomUUID().slice(0, 8)}`;
}

/** Removes every node a test created under its `source`. */
export async function removeTestData(db: Database, source: string): Promise<void> {
  await db.write({ name: "test.removeBySource", cypher: "MATCH (n {source: $source}) DETACH DELETE n" }, { source });
}

/**
 * The usual set-up of a suite that syncs: one API started before its tests (with these settings),
 * `newSource(name)` for a provenance source of each test's own, and after the tests every node made
 * under those sources removed and the API closed.
 */
export function useTestApi(overrides: Record<string, string> = {}): { readonly api: TestApi; newSource(name: string): string } {
  let api: TestApi | undefined;
  const sources: string[] = [];
  beforeAll(async () => {
    api = await startTestApi(overrides);
  });
  afterAll(async () => {
    if (!api) return;
    for (const source of sources) await removeTestData(api.db, source);
    await api.close();
  });
  return {
    get api(): TestApi {
      if (!api) throw new Error("The test API is not started yet: use it inside a test or a hook, not at describe time");
      return api;
    },
    newSource(name: string): string {
      const source = uniqueSource(name);
      sources.push(source);
      return source;
    },
  };
}
