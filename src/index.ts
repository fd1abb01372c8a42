import "reflect-metadata";
import { buildSeedData } from "../seed/ecosystems";
import { loadSeedIfEmpty } from "../seed/load-seed";
import { prepareDatabase, startApi } from "./api";
import { ConfigError, loadConfigFromProcess } from "./config";
import { openDatabase } from "./db/open-database";
import { EcographError } from "./errors";
import { createLogger, type Logger } from "./server/logger";

/** Wiring only: config → Neo4j (embedded or NEO4J_URI) → schema and seed → server. */
async function main(): Promise<void> {
  const config = loadConfigFromProcess();
  const logger = createLogger(config.logLevel);
  const started = Date.now();

  const database = await openDatabase(config.neo4j, logAdapter(logger));
  // Signals are handled from the moment Neo4j runs, so a Ctrl-C during start-up still stops it.
  let stopServer: (() => Promise<void>) | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down: finishing in-flight requests");
    await stopServer?.().catch((error) => logger.error({ err: error }, "error while stopping the server"));
    await database.close().catch((error) => logger.error({ err: error }, "error while closing Neo4j"));
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  try {
    await prepareDatabase(database.db);
    if (config.seedWhenEmpty) {
      const seeded = await loadSeedIfEmpty(database.db, buildSeedData);
      if (seeded) logger.info(seeded, "the database was empty: loaded the sample ecosystems");
    }
    const server = await startApi(config, database.db, logger);
    stopServer = server.stop;
    logger.info(
      { url: `${server.url}/graphql`, explorer: `${server.url}/explorer/`, health: `${server.url}/health/ready`, neo4j: database.db.options.uri, startupMs: Date.now() - started },
      `Ecograph is ready: GraphQL at ${server.url}/graphql`,
    );
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

function logAdapter(logger: Logger) {
  return { info: (message: string) => logger.info(message), warn: (message: string) => logger.warn(message) };
}

main().catch((error: unknown) => {
  // Known failures (bad settings, Neo4j unreachable, Java missing) are explained in one message;
  // only unexpected errors get their stack trace.
  if (error instanceof ConfigError || error instanceof EcographError) {
    console.error(`ecograph: ${error.message}`);
  } else {
    console.error("ecograph: start-up failed unexpectedly:", error);
  }
  process.exit(1);
});
