import type { Neo4jConfig } from "../config";
import { DatabaseUnavailableError } from "../errors";
import { connectToNeo4j, type Database } from "./database";
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type Logger } from "./embedded-neo4j";

/** A connected database and, when Ecograph started it, the embedded Neo4j behind it. */
export interface OpenDatabase {
  readonly db: Database;
  readonly embedded: EmbeddedNeo4j | undefined;
  /** Closes the driver, then stops the embedded Neo4j if there is one. */
  close(): Promise<void>;
}

/**
 * Connects to the Neo4j named by NEO4J_URI, used as it is (bolt:// or neo4j:// routing, Aura, a
 * cluster), or, when no URI is configured, to the embedded Neo4j: the one already running on its
 * port, or one it starts.
 */
export async function openDatabase(config: Neo4jConfig, log: Logger): Promise<OpenDatabase> {
  if (config.uri === undefined) {
    const running = await embeddedAlreadyRunning(config);
    if (running) {
      log.info(`using the embedded Neo4j that is already running at ${running.options.uri}`);
      return { db: running, embedded: undefined, close: () => running.close() };
    }
  }
  const embedded = config.uri === undefined ? await startEmbeddedNeo4j(config.embedded, log) : undefined;
  const uri = config.uri ?? embedded!.uri;
  let db: Database;
  try {
    db = await connectToNeo4j({
      uri,
      user: config.user,
      password: config.password,
      database: config.database,
      connectTimeoutMs: config.connectTimeoutMs,
      transactionTimeoutMs: config.transactionTimeoutMs,
      maxRetryMs: config.maxRetryMs,
    });
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  return {
    db,
    embedded,
    async close() {
      await db.close();
      await embedded?.stop();
    },
  };
}

/**
 * The embedded Neo4j of another Ecograph process (`npm start` while `npm run import` or
 * `npm run seed` runs) holds the data folder; a second one could not start, so use it.
 */
async function embeddedAlreadyRunning(config: Neo4jConfig): Promise<Database | undefined> {
  try {
    return await connectToNeo4j({
      uri: `bolt://127.0.0.1:${config.embedded.boltPort}`,
      user: config.user,
      password: config.password,
      database: config.database,
      connectTimeoutMs: 1_000,
      transactionTimeoutMs: config.transactionTimeoutMs,
      maxRetryMs: config.maxRetryMs,
    });
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) return undefined;
    throw error;
  }
}
