import "reflect-metadata";
import { rmSync } from "node:fs";
import { buildSeedData } from "../../seed/ecosystems";
import { loadSeed } from "../../seed/load-seed";
import { prepareDatabase } from "../../src/api";
import { loadConfig } from "../../src/config";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded-neo4j";
import { connectTestDatabase, TEST_EMBEDDED } from "./test-neo4j";

declare global {
  // eslint-disable-next-line no-var
  var __ECOGRAPH_TEST_NEO4J__: EmbeddedNeo4j | undefined;
}

/**
 * Starts the real Neo4j the integration tests run against (the embedded one, on a fresh data
 * folder, unless NEO4J_URI names another), creates the schema and loads the sample data once.
 * If Neo4j cannot start (no Java, no Maven, port taken), this throws and the run fails with
 * that reason: integration tests never skip.
 */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  if (!process.env.NEO4J_URI) {
    rmSync(TEST_EMBEDDED.dataDir, { recursive: true, force: true });
    const config = loadConfig({
      ...process.env,
      EMBEDDED_NEO4J_DATA_DIR: TEST_EMBEDDED.dataDir,
      EMBEDDED_NEO4J_BOLT_PORT: TEST_EMBEDDED.boltPort,
    });
    const log = { info: (m: string) => console.log(`[test neo4j] ${m}`), warn: (m: string) => console.warn(`[test neo4j] ${m}`) };
    const embedded = await startEmbeddedNeo4j(config.neo4j.embedded, log);
    globalThis.__ECOGRAPH_TEST_NEO4J__ = embedded;
    process.env.NEO4J_URI = embedded.uri;
  }
  const db = await connectTestDatabase();
  try {
    await prepareDatabase(db);
    await loadSeed(db, buildSeedData());
  } finally {
    await db.close();
  }
  console.log(`[test neo4j] ready at ${process.env.NEO4J_URI} with the sample data in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
