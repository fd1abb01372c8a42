import { existsSync, statSync } from "node:fs";
import { prepareDatabase } from "./api";
import { ConfigError, loadConfigFromProcess } from "./config";
import { openDatabase } from "./db/open-database";
import { EcographError } from "./errors";
import { importFile } from "./sync/import-file";
import type { Outcome } from "./sync/sync.service";

const USAGE = `Usage: npm run import -- --source <partner> <file.csv|file.json|file.jsonl> [options]

Options:
  --source <name>     the partner system the records come from (required), e.g. crm-x
  --dry-run           report what would happen, write nothing
  --rejects <file>    where rejected (and unknown-outcome) records go (default: <file>.rejected.jsonl)
  --chunk <n>         records per sync call (default 5000)

Exit code: 0 when every record was taken, 1 when any was rejected, 2 on a usage error or failure.`;

interface Options {
  readonly source: string;
  readonly file: string;
  readonly dryRun: boolean;
  readonly rejects: string;
  readonly chunk: number;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Options {
  let source: string | undefined;
  let file: string | undefined;
  let dryRun = false;
  let rejects: string | undefined;
  let chunk = 5_000;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === "--source") source = value();
    else if (arg === "--dry-run") dryRun = true;
    else if (arg === "--rejects") rejects = value();
    else if (arg === "--chunk") {
      chunk = Number(value());
      if (!Number.isInteger(chunk) || chunk < 1) throw new UsageError(`--chunk must be a whole number above 0, but got: ${argv[i]}`);
    } else if (arg === "--help" || arg === "-h") throw new UsageError("");
    else if (arg.startsWith("--")) throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`only one file at a time, but got ${file} and ${arg}`);
  }
  if (!source) throw new UsageError("--source is required");
  if (!file) throw new UsageError("the file to import is missing");
  if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`no such file: ${file}`);
  return { source, file, dryRun, rejects: rejects ?? `${file}.rejected.jsonl`, chunk };
}

/**
 * `npm run import`: streams a CSV / JSON / JSONL file through `importFile`, with a progress
 * line, a summary table, and every rejected record written to a file with its reason.
 */
async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const config = loadConfigFromProcess();
  const log = { info: (m: string) => process.stderr.write(`${m}\n`), warn: (m: string) => process.stderr.write(`${m}\n`) };
  const database = await openDatabase(config.neo4j, log);
  const started = Date.now();
  try {
    await prepareDatabase(database.db);
    const result = await importFile(
      database.db,
      { ...options, rejectsFile: options.rejects, batchSize: config.sync.batchSize },
      (read, counts) => progress(read, counts, started),
    );
    process.stderr.write("\n");
    printSummary(options, result.counts, result.read, Date.now() - started, !result.complete);
    return result.counts.REJECTED > 0 || result.counts.UNKNOWN > 0 || !result.complete ? 1 : 0;
  } finally {
    await database.close();
  }
}

function progress(read: number, counts: Record<Outcome, number>, started: number): void {
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? Math.round(read / seconds) : 0;
  const text = `${read} records read, ${counts.CREATED} created, ${counts.UPDATED} updated, ${counts.UNCHANGED} unchanged, ${counts.REJECTED} rejected${counts.UNKNOWN > 0 ? `, ${counts.UNKNOWN} unknown` : ""} (${rate}/s)`;
  process.stderr.write(process.stderr.isTTY ? `\r${text}` : `${text}\n`);
}

function printSummary(options: Options, counts: Record<Outcome, number>, read: number, durationMs: number, incomplete: boolean): void {
  const rows: Array<[string, string]> = [
    ["source", options.source],
    ["file", options.file],
    ["mode", options.dryRun ? "dry run (nothing written)" : "written"],
    ["records read", String(read)],
    ["created", String(counts.CREATED)],
    ["updated", String(counts.UPDATED)],
    ["unchanged", String(counts.UNCHANGED)],
    ["rejected", `${counts.REJECTED}${counts.REJECTED > 0 ? ` (not written; see ${options.rejects})` : ""}`],
    ["unknown", `${counts.UNKNOWN}${counts.UNKNOWN > 0 ? ` (maybe written: the connection was lost during their commit; see ${options.rejects})` : ""}`],
    ["time", `${(durationMs / 1000).toFixed(1)} s`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);
  if (incomplete) console.log("\nA batch failed and later records were not written: run the same import again to complete it.");
  if (counts.UNKNOWN > 0) console.log("Records with an unknown outcome may or may not be stored: the same import run again settles them.");
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      if (error.message) console.error(`import: ${error.message}\n`);
      console.error(USAGE);
    } else if (error instanceof ConfigError || error instanceof EcographError) {
      console.error(`import: ${error.message}`);
    } else {
      console.error("import failed unexpectedly:", error);
    }
    process.exit(2);
  },
);
