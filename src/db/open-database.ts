import type { Neo4jConfig } from "../config";
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
 * cluster), or, when no URI is configured, starts the embedded Neo4j and connects to it.
 */
export async function openDatabase(config: Neo4jConfig, log: Logger): Promise<OpenDatabase> {
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
