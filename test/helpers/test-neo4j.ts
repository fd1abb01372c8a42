import { join } from "node:path";
import { findProjectRoot, loadConfig, type Config } from "../../src/config";
import { connectToNeo4j, type Database } from "../../src/db/database";

/**
 * Where the test run's embedded Neo4j keeps its data and listens: a folder of this run's own and
 * any free port (the launcher reports the one it took), so tests never touch the database
 * `npm start` uses and two test runs on one machine never share a database or a port.
 * TEST_NEO4J_BOLT_PORT pins the port.
 */
export const TEST_EMBEDDED = {
  dataDir: join(findProjectRoot(), ".neo4j", `test-data-${process.pid}`),
  boltPort: process.env.TEST_NEO4J_BOLT_PORT ?? "0",
};

/** The configuration tests run with: the environment, quiet logs, an ephemeral HTTP port. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  if (!process.env.NEO4J_URI) {
    throw new Error(
      "NEO4J_URI is not set in the test process: the integration tests' global setup " +
        "(test/helpers/global-setup.ts) starts Neo4j and sets it. Run the tests with `npm test`.",
    );
  }
  return loadConfig({ ...process.env, LOG_LEVEL: "silent", PORT: "0", HOST: "127.0.0.1", ...overrides });
}

/** A connection to the test Neo4j; close it in afterAll. */
export async function connectTestDatabase(config = testConfig()): Promise<Database> {
  return connectToNeo4j({ ...config.neo4j, uri: config.neo4j.uri! });
}
