import { randomUUID } from "node:crypto";
import type { QueryObserver } from "../db/database";
import type { EcosystemService } from "../ecosystem/ecosystem.service";

/** The services code-first resolvers call; created once at start-up. */
export interface Services {
  readonly ecosystem: EcosystemService;
}

/**
 * Per-request context shared by the generated CRUD (@neo4j/graphql reads `sessionConfig` and
 * `transaction` from it) and the code-first resolvers (which call `services`).
 */
export interface GraphQLContext {
  readonly services: Services;
  readonly requestId: string;
  /** Passed to every service call, so a request knows how many Cypher queries it caused. */
  readonly observeQuery: QueryObserver;
  /** Cypher queries the code-first resolvers have run for this request so far. */
  readonly queryCount: number;
  readonly sessionConfig: { readonly database?: string };
  readonly transaction: { readonly timeout: number };
}

/** A fresh context for one request (fresh counters now; fresh DataLoaders when features add them). */
export function createRequestContext(
  services: Services,
  neo4j: { readonly database: string | undefined; readonly transactionTimeoutMs: number },
): GraphQLContext {
  let queryCount = 0;
  return {
    services,
    requestId: randomUUID(),
    observeQuery: () => {
      queryCount += 1;
    },
    get queryCount() {
      return queryCount;
    },
    sessionConfig: neo4j.database ? { database: neo4j.database } : {},
    transaction: { timeout: neo4j.transactionTimeoutMs },
  };
}
