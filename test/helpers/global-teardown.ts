import { rmSync } from "node:fs";
import { TEST_EMBEDDED } from "./test-neo4j";

/**
 * Stops the embedded Neo4j the global setup started and removes its data folder (an external
 * NEO4J_URI is left alone).
 */
export default async function globalTeardown(): Promise<void> {
  const embedded = globalThis.__ECOGRAPH_TEST_NEO4J__;
  if (!embedded) return;
  await embedded.stop();
  globalThis.__ECOGRAPH_TEST_NEO4J__ = undefined;
  rmSync(TEST_EMBEDDED.dataDir, { recursive: true, force: true });
}
