/** Stops the embedded Neo4j the global setup started (an external NEO4J_URI is left alone). */
export default async function globalTeardown(): Promise<void> {
  await globalThis.__ECOGRAPH_TEST_NEO4J__?.stop();
  globalThis.__ECOGRAPH_TEST_NEO4J__ = undefined;
}
