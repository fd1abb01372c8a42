/**
 * The import over the API against the direct mode, records per second, in one run:
 *   npm run bench:import [-- --firms 2000] [--supplies 6000] [--rounds 3] [--chunk 2000]
 *
 * A private embedded Neo4j and an API in this process; one JSONL file (a region, a chain with
 * three stages, firms located in the region and working in a stage, SUPPLIES between them with
 * their own keys); rounds alternate direct, API, direct, API ... each under a fresh source (so
 * every round creates everything); every round printed, then the medians, their ratio and the
 * spread. Written to .tmp/benchmark-import.md.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { prepareDatabase, startApi } from "../src/api";
import { mintToken } from "../src/auth/dev-token";
import { apiSender } from "../src/cli/api-sender";
import { findProjectRoot, loadConfig } from "../src/config";
import { connectToNeo4j } from "../src/db/database";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../src/db/embedded-neo4j";
import { createLogger } from "../src/server/logger";
import { importFile } from "../src/sync/import-file";
import { mulberry32 } from "../src/seeded-random";
import { exitOnFailure, parseIntegerOptions } from "./bench-support";

const options = parseIntegerOptions(
  process.argv.slice(2),
  { firms: 2_000, supplies: 6_000, rounds: 3, chunk: 2_000 },
  { firms: [10, 1_000_000], supplies: [0, 10_000_000], rounds: [1, 20], chunk: [1, 20_000] },
  "usage: npm run bench:import [-- --firms 2000] [--supplies 6000] [--rounds 3] [--chunk 2000]",
);

function generate(file: string): number {
  const random = mulberry32(20_261_201);
  const lines: object[] = [
    { record: "region", externalId: "R", name: "Lishui", level: "CITY" },
    { record: "chain", externalId: "C", name: "Valve chain", region: { externalId: "R" } },
    ...[1, 2, 3].map((p) => ({ record: "stage", externalId: `S-${p}`, chain: { externalId: "C" }, name: `Stage ${p}`, position: p, weight: 1, minFirms: 2 })),
  ];
  for (let i = 0; i < options.firms; i++) lines.push({ record: "actor", label: "Firm", externalId: `F-${i}`, name: `Firm ${i}`, population: "MANUFACTURER" });
  for (let i = 0; i < options.firms; i++) {
    lines.push({ record: "relationship", type: "LOCATED_IN", from: { externalId: `F-${i}` }, to: { externalId: "R" } });
    lines.push({ record: "relationship", type: "OPERATES_IN", from: { externalId: `F-${i}` }, to: { externalId: `S-${1 + (i % 3)}` } });
  }
  for (let k = 0; k < options.supplies; k++) {
    const a = Math.floor(random() * options.firms);
    const b = (a + 1 + Math.floor(random() * (options.firms - 1))) % options.firms;
    lines.push({ record: "relationship", type: "SUPPLIES", externalId: `K-${k}`, from: { externalId: `F-${a}` }, to: { externalId: `F-${b}` }, volume: Math.round(random() * 1000) / 10 });
  }
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n") + "\n");
  return lines.length;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

async function main(): Promise<void> {
  const root = findProjectRoot();
  const env = { ...process.env };
  delete env.NEO4J_URI;
  const config = loadConfig({ ...env, EMBEDDED_NEO4J_DATA_DIR: ".neo4j/bench-import-data", EMBEDDED_NEO4J_BOLT_PORT: "0", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "silent", SYNC_MAX_RECORDS: String(Math.max(options.chunk, 1)) });
  const dataDir = config.neo4j.embedded.dataDir;
  if (!dataDir.endsWith(join(".neo4j", "bench-import-data"))) throw new Error(`Refusing to wipe unexpected data folder ${dataDir}`);
  rmSync(dataDir, { recursive: true, force: true });
  const tmp = join(root, ".tmp");
  mkdirSync(tmp, { recursive: true });
  const file = join(tmp, "benchmark-import.jsonl");
  const records = generate(file);
  let embedded: EmbeddedNeo4j | undefined;
  const log = (m: string) => console.error(m);
  try {
    embedded = await startEmbeddedNeo4j(config.neo4j.embedded, { info: (m) => log(`[neo4j] ${m}`), warn: (m) => log(`[neo4j] ${m}`) });
    const db = await connectToNeo4j({ ...config.neo4j, uri: embedded.uri, transactionTimeoutMs: 120_000 });
    await prepareDatabase(db);
    const server = await startApi(config, db, createLogger("silent"));
    const token = await mintToken(config.auth, { roles: ["integrator"], subject: "bench", expiresIn: "1h" });
    const rates: Record<"direct" | "api", number[]> = { direct: [], api: [] };
    const rows: string[] = [];
    for (let round = 0; round < options.rounds; round++) {
      for (const mode of ["direct", "api"] as const) {
        const source = `bench-${mode}-${round}`;
        const started = performance.now();
        const result = await importFile(mode === "direct" ? db : apiSender(server.url, token), {
          source, file, dryRun: false, rejectsFile: join(tmp, `${source}.rejected.jsonl`), chunk: options.chunk, batchSize: config.sync.batchSize,
        });
        const seconds = (performance.now() - started) / 1000;
        if (result.counts.CREATED !== records) throw new Error(`${mode} round ${round}: ${JSON.stringify(result.counts)}, expected ${records} CREATED`);
        const rate = records / seconds;
        rates[mode].push(rate);
        const row = `| ${round + 1} | ${mode} | ${seconds.toFixed(2)} | ${Math.round(rate)} |`;
        rows.push(row);
        log(row);
      }
    }
    await server.stop();
    await db.close();
    const d = median(rates.direct);
    const a = median(rates.api);
    const spread = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
    const report = [
      `# Import over the API vs direct (${new Date().toISOString()})`,
      "",
      `${records} records (${options.firms} firms, ${options.supplies} keyed SUPPLIES, LOCATED_IN, OPERATES_IN, structure), chunks of ${options.chunk}, batch ${config.sync.batchSize}; load average ${loadavg().map((x) => x.toFixed(2)).join(" ")}.`,
      "",
      "| round | mode | seconds | records/s |",
      "|---:|---|---:|---:|",
      ...rows,
      "",
      `Median records/s: direct ${Math.round(d)} (spread ${spread(rates.direct)}), over the API ${Math.round(a)} (spread ${spread(rates.api)}); API / direct = ${(a / d).toFixed(2)}.`,
    ].join("\n");
    writeFileSync(join(tmp, "benchmark-import.md"), `${report}\n`);
    console.log(report);
  } finally {
    await embedded?.stop();
  }
}

main().catch(exitOnFailure("benchmark-import"));
