import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from "graphql";
import { Authenticator } from "../auth/authenticate";
import { boundEchoes } from "../bounded-text";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { mapNeo4jError } from "../db/neo4j-errors";
import { DuplicateKeyError, EcographError } from "../errors";
import { createRequestContext, type GraphQLContext, type Services } from "../graphql/context";
import { mountExplorer } from "./explorer";
import { mountGraphiQL } from "./graphiql";
import type { Logger } from "./logger";
import { knownOperationTypesRule, queryLimitRules, requestInputPlugin } from "./query-limits";

export interface ServerDependencies {
  readonly config: Pick<Config, "mode" | "host" | "port" | "maxBodyBytes" | "auth" | "limits" | "http"> & {
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
 * HTTP → schema: Express with the GraphQL endpoint at /graphql and the health endpoints
 * /health/live and /health/ready (/health is the readiness check too). Each request gets a fresh
 * context: the caller from its bearer token, a request id, a query counter, the services.
 */
export async function startServer(deps: ServerDependencies): Promise<RunningServer> {
  const { config, db, schema, services, logger } = deps;
  const app = express();
  app.disable("x-powered-by");
  // A client must send its headers within HTTP_HEADERS_TIMEOUT_MS and the whole request within
  // HTTP_REQUEST_TIMEOUT_MS, or Node answers 408 and closes the connection: a body trickled at
  // a byte a second cannot hold a connection (and its memory) open.
  const httpServer = createServer(
    {
      headersTimeout: config.http.headersTimeoutMs,
      requestTimeout: config.http.requestTimeoutMs,
      keepAliveTimeout: config.http.keepAliveTimeoutMs,
      // Node checks both timeouts only this often (30 s by default, which let a slow client hold
      // on for up to 30 s past them).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(config.http.headersTimeoutMs / 2))),
    },
    app,
  );
  const development = config.mode === "development";
  const authenticator = new Authenticator(config.auth);
  let stopping = false;

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: development,
    // In production, errors do not suggest field names ("Did you mean ...?") and carry no stack.
    hideSchemaDetailsFromClientErrors: !development,
    includeStacktraceInErrorResponses: development,
    // Requests are checked against the limits before anything runs; the token limit while parsing.
    validationRules: [...queryLimitRules(config.limits), knownOperationTypesRule],
    parseOptions: { maxTokens: config.limits.maxTokens },
    // One operation per HTTP request: a JSON array of operations is refused with 400.
    allowBatchedHttpRequests: false,
    formatError: (formatted, error) => {
      const result = formatError(formatted, error, { logger, uri: db.options.uri, development });
      // Whatever produced the message (graphql-js quotes a variable's value in full), it quotes at
      // most a few hundred characters of what the caller sent.
      // The development stack trace repeats the message in its first line.
      const stacktrace = result.extensions?.stacktrace;
      return {
        ...result,
        message: boundEchoes(result.message),
        ...(Array.isArray(stacktrace) && { extensions: { ...result.extensions, stacktrace: stacktrace.map((line) => boundEchoes(String(line))) } }),
      };
    },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // In development a browser opening /graphql gets GraphiQL from node_modules (mountGraphiQL),
      // not Apollo's landing page, which loads its IDE from Apollo's CDN.
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are set anywhere (responses are per caller); the default cache-control
      // plugin would still wrap every field resolver of every request to look for them.
      ApolloServerPluginCacheControlDisabled(),
      requestLogging(logger, development),
      requestInputPlugin(config.limits),
    ],
  });
  await apollo.start();

  // Liveness: the process is up and serving HTTP (a supervisor restarts it when this fails).
  app.get("/health/live", (_req, res) => {
    res.json({ status: "alive" });
  });
  // Readiness: Neo4j answers and the server is not shutting down (a load balancer routes by it).
  // In production the answer says only whether Neo4j is reachable: where it is (the URI) and the
  // driver's error text are for the operator's logs, not for anyone who can reach /health.
  const readiness: express.RequestHandler = async (_req, res) => {
    const neo4j = await db.ping(2_000);
    const ready = neo4j.reachable && !stopping;
    res.status(ready ? 200 : 503).json({
      status: ready ? "ok" : stopping ? "stopping" : "unavailable",
      neo4j: development ? { uri: db.options.uri, ...neo4j } : { reachable: neo4j.reachable },
    });
  };
  app.get("/health/ready", readiness);
  app.get("/health", readiness);
  mountExplorer(app);
  if (development) mountGraphiQL(app);

  app.use(
    "/graphql",
    express.json({ limit: config.maxBodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const { caller, jwt } = await authenticateRequest(authenticator, req.headers.authorization);
        return createRequestContext(services, config.neo4j, caller, jwt);
      },
    }),
  );
  app.use(jsonRequestErrors(config.maxBodyBytes));

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}`;
  return {
    url,
    httpServer,
    stop: async () => {
      stopping = true;
      await apollo.stop();
    },
  };
}

/**
 * The caller of a request. A refused token becomes a GraphQL error with HTTP 401 and a
 * `WWW-Authenticate` header, before anything runs.
 */
async function authenticateRequest(authenticator: Authenticator, header: string | undefined) {
  try {
    return await authenticator.authenticate(header);
  } catch (error) {
    if (error instanceof EcographError) {
      throw new GraphQLError(error.message, {
        extensions: {
          code: error.code,
          http: { status: 401, headers: new Map([["www-authenticate", 'Bearer error="invalid_token"']]) },
        },
      });
    }
    throw error;
  }
}

/**
 * Body parsing errors (malformed JSON, a body over the size limit, an unsupported charset) as
 * GraphQL-shaped JSON with their HTTP status, instead of Express's HTML error page.
 */
function jsonRequestErrors(maxBodyBytes: number): express.ErrorRequestHandler {
  return (error: { status?: number; type?: string; message?: string }, _req, res, next) => {
    const status = typeof error.status === "number" && error.status >= 400 && error.status < 500 ? error.status : undefined;
    if (status === undefined) return next(error);
    const message =
      error.type === "entity.too.large"
        ? `The request body is larger than ${maxBodyBytes} bytes (MAX_BODY_BYTES); send less per request.`
        : error.type === "entity.parse.failed"
          ? "The request body is not valid JSON."
          : (error.message ?? "The request could not be read.");
    const code = error.type === "entity.too.large" ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
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
  // Apollo reports every validation error as GRAPHQL_VALIDATION_FAILED; the code a limit rule gave
  // its error (QUERY_TOO_DEEP, TOO_MANY_ALIASES, QUERY_TOO_COSTLY …) tells a client more.
  const ruleError = error instanceof GraphQLError ? error.originalError : undefined;
  if (formatted.extensions?.code === "GRAPHQL_VALIDATION_FAILED" && ruleError instanceof GraphQLError && typeof ruleError.extensions.code === "string") {
    formatted = { ...formatted, extensions: { ...formatted.extensions, code: ruleError.extensions.code } };
  }
  // hideSchemaDetailsFromClientErrors covers validation errors only; variable coercion errors
  // ("Field "nme" is not defined by type "FirmWhere". Did you mean "name"?") would still spell
  // out the schema that production keeps to itself.
  if (!options.development && formatted.message.includes("Did you mean")) {
    formatted = { ...formatted, message: formatted.message.replace(/ ?Did you mean [^?]*\?/g, "") };
  }
  return formatted;
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
