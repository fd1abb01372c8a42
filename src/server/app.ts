import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageLocalDefault } from "@apollo/server/plugin/landingPage/default";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import { anonymousCaller } from "../auth/roles";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { mapNeo4jError } from "../db/neo4j-errors";
import { DuplicateKeyError, EcographError } from "../errors";
import { createRequestContext, type GraphQLContext, type Services } from "../graphql/context";
import type { Logger } from "./logger";

export interface ServerDependencies {
  readonly config: Pick<Config, "mode" | "host" | "port" | "maxBodyBytes"> & {
    readonly neo4j: Pick<Config["neo4j"], "transactionTimeoutMs" | "database">;
  };
  readonly db: Database;
  readonly schema: GraphQLSchema;
  readonly services: Services;
  readonly logger: Logger;
}

export interface RunningServer {
  /** Base URL, e.g. http://127.0.0.1:4000 */
  readonly url: string;
  readonly httpServer: Server;
  /** Stops accepting requests, lets in-flight ones finish, then resolves. */
  stop(): Promise<void>;
}

/**
 * HTTP → schema: Express with the GraphQL endpoint at /graphql and a health endpoint at /health.
 * Each request gets a fresh context (request id, query counter, the services).
 */
export async function startServer(deps: ServerDependencies): Promise<RunningServer> {
  const { config, db, schema, services, logger } = deps;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const development = config.mode === "development";

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: development,
    includeStacktraceInErrorResponses: development,
    formatError: (formatted, error) => formatError(formatted, error, { logger, uri: db.options.uri, development }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      development ? ApolloServerPluginLandingPageLocalDefault({ footer: false }) : ApolloServerPluginLandingPageDisabled(),
      requestLogging(logger, development),
      invalidateMetricsOnWrite(services),
    ],
  });
  await apollo.start();

  app.get("/health", async (_req, res) => {
    const neo4j = await db.ping(2_000);
    res.status(neo4j.reachable ? 200 : 503).json({
      status: neo4j.reachable ? "ok" : "unavailable",
      neo4j: { uri: db.options.uri, ...neo4j },
    });
  });

  app.use(
    "/graphql",
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async () => createRequestContext(services, config.neo4j, anonymousCaller(true)),
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}`;
  return { url, httpServer, stop: () => apollo.stop() };
}

/**
 * The error boundary of the API: Ecograph's errors and mapped Neo4j errors keep their message and
 * get their `code`; unknown errors are logged, and in production their details are hidden.
 */
function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  options: { logger: Logger; uri: string; development: boolean },
): GraphQLFormattedError {
  let original = mapNeo4jError(unwrapResolverError(error), options.uri);
  if (original instanceof Error && original.name === "Neo4jGraphQLConstraintValidationError") {
    // A nested write broke a uniqueness constraint (top-level writes are explained in detail by
    // explainDuplicateKeys).
    original = new DuplicateKeyError(
      "The write would duplicate a unique key (an id, or a source together with an externalId). Nothing was written.",
    );
  }
  if (original instanceof EcographError) {
    return { ...formatted, message: original.message, extensions: { ...formatted.extensions, code: original.code } };
  }
  if (formatted.extensions?.code === "INTERNAL_SERVER_ERROR") {
    options.logger.error({ err: original }, "unexpected error while resolving a request");
    if (!options.development) {
      return { message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } };
    }
  }
  return formatted;
}

/**
 * After any mutation (a generated write, a sync, a metric run) the graph may have changed: cached
 * on-demand metrics are dropped.
 */
function invalidateMetricsOnWrite(services: Services): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation }) {
          if (operation?.operation === "mutation") services.metricCache.invalidate();
        },
      };
    },
  };
}

/**
 * One structured log line per GraphQL request: operation, duration, outcome, and how many Cypher
 * queries the code-first resolvers ran. In development mode that count is also returned in the
 * response's `extensions.cypherQueries`, so a frontend developer sees an N+1 at once.
 */
function requestLogging(logger: Logger, development: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ request, response, errors }) {
          const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
          const status = response.http.status ?? 200;
          if (development && response.body.kind === "single") {
            response.body.singleResult.extensions = {
              ...response.body.singleResult.extensions,
              cypherQueries: contextValue.cypherQueries.count,
            };
          }
          logger.info(
            {
              requestId: contextValue.requestId,
              operationName: request.operationName ?? null,
              durationMs: Math.round(durationMs * 10) / 10,
              status,
              cypherQueries: contextValue.cypherQueries.count,
              errors: errors?.map((e) => e.extensions?.code ?? e.message) ?? [],
            },
            "graphql request",
          );
        },
      };
    },
  };
}
