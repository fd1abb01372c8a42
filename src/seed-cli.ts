import { buildSeedData } from "../seed/ecosystems";
import { loadSeed } from "../seed/load-seed";
import { prepareDatabase } from "./api";
import { ConfigError, loadConfigFromProcess } from "./config";
import { openDatabase } from "./db/open-database";
import { EcographError } from "./errors";

/** `npm run seed`: MERGEs the sample ecosystems into Neo4j (safe to run again). */
async function main(): Promise<void> {
  const config = loadConfigFromProcess();
  const log = { info: (m: string) => console.log(m), warn: (m: string) => console.warn(m) };
  const database = await openDatabase(config.neo4j, log);
  try {
    await prepareDatabase(database.db);
    const report = await loadSeed(database.db, buildSeedData());
    console.log(
      `seed: ${report.nodes} nodes (${report.createdNodes} new), ${report.relationships} relationships ` +
        `(${report.createdRelationships} new) in ${(report.durationMs / 1000).toFixed(1)} s`,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || error instanceof EcographError ? `ecograph: ${error.message}` : error,
  );
  process.exit(1);
});
