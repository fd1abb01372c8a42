import { createReadStream, existsSync, statSync } from "node:fs";
import { extname } from "node:path";
import { SingleBar } from "cli-progress";
import { prepareDatabase } from "../api";
import { loadConfigFromProcess } from "../config";
import { openDatabase } from "../db/open-database";
import { importFile, type ImportResult, type SyncSender } from "../sync/import-file";
import { OUTCOMES, type Outcome, type RecordKind } from "../sync/sync.service";
import { apiSender } from "./api-sender";

export interface ImportCommandOptions {
  readonly source: string;
  readonly dryRun: boolean;
  readonly rejects?: string | undefined;
  readonly chunk: number;
  readonly url?: string | undefined;
  readonly token?: string | undefined;
}

/** A usage mistake: the message says what is wrong; the command exits 2. */
export class CliUsageError extends Error {}

const KIND_NAMES: Record<RecordKind, string> = { REGION: "regions", CHAIN: "chains", STAGE: "stages", ACTOR: "actors", RELATIONSHIP: "relationships" };

/**
 * `ecograph import`: over the API (`--url`, `--token`: the API's roles apply, no database access
 * needed) or, for administrators, straight to Neo4j with the database settings. A progress bar on
 * a terminal (share done, time left, records per second), plain lines when piped; a summary table
 * per kind on standard output. Exit 0 when every record was taken, 1 when any was rejected or a
 * batch failed, 2 on a usage error or refusal.
 */
export async function runImport(file: string, options: ImportCommandOptions): Promise<number> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliUsageError(`no such file: ${file}`);
  if (options.url && !options.token) throw new CliUsageError("--url needs --token: a token with the integrator role (ecograph token --role integrator)");
  if (options.token && !options.url) throw new CliUsageError("--token goes with --url (the API to send the records to)");
  const rejects = options.rejects ?? `${file}.rejected.jsonl`;
  const total = await countRecords(file);
  const progress = startProgress(total);
  const started = Date.now();
  let result: ImportResult;
  const run = (sender: SyncSender | Parameters<typeof importFile>[0], batchSize: number) =>
    importFile(sender, { source: options.source, file, dryRun: options.dryRun, rejectsFile: rejects, chunk: options.chunk, batchSize }, (read, counts) =>
      progress.update(read, counts, started),
    );
  try {
    if (options.url) {
      result = await run(apiSender(options.url, options.token!), 0);
    } else {
      const config = loadConfigFromProcess();
      const log = { info: (m: string) => process.stderr.write(`${m}\n`), warn: (m: string) => process.stderr.write(`${m}\n`) };
      const database = await openDatabase(config.neo4j, log);
      try {
        await prepareDatabase(database.db);
        result = await run(database.db, config.sync.batchSize);
      } finally {
        await database.close();
      }
    }
  } finally {
    progress.stop();
  }
  const seconds = (Date.now() - started) / 1000;
  printSummary(file, options, rejects, result, seconds);
  return result.counts.REJECTED > 0 || result.counts.UNKNOWN > 0 || !result.complete ? 1 : 0;
}

/** Records in the file, when cheap to know (lines of JSONL, rows of CSV); undefined for JSON. */
async function countRecords(file: string): Promise<number | undefined> {
  const extension = extname(file).toLowerCase();
  if (![".jsonl", ".ndjson", ".csv"].includes(extension)) return undefined;
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    for (const byte of chunk) if (byte === 10) lines += 1;
    last = chunk[chunk.length - 1] ?? last;
  }
  if (last !== 10) lines += 1;
  return extension === ".csv" ? Math.max(0, lines - 1) : lines;
}

interface Progress {
  update(read: number, counts: Readonly<Record<Outcome, number>>, started: number): void;
  stop(): void;
}

/** A cli-progress bar on a terminal; a line every few seconds (and at the end) when stderr is piped. */
function startProgress(total: number | undefined): Progress {
  if (process.stderr.isTTY) {
    const bar = new SingleBar(
      {
        stream: process.stderr,
        format: total
          ? "import [{bar}] {percentage}% | {value}/{total} records | {rate}/s | {rejected} rejected | ETA {eta_formatted}"
          : "import {value} records | {rate}/s | {rejected} rejected",
        hideCursor: true,
        etaBuffer: 20,
      },
    );
    bar.start(total ?? 0, 0, { rate: 0, rejected: 0 });
    return {
      update: (read, counts, started) => bar.update(read, { rate: rate(read, started), rejected: counts.REJECTED }),
      stop: () => bar.stop(),
    };
  }
  let lastLine = 0;
  let latest = "";
  return {
    update: (read, counts, started) => {
      latest = `import: ${read}${total ? `/${total}` : ""} records, ${counts.CREATED} created, ${counts.UPDATED} updated, ${counts.UNCHANGED} unchanged, ${counts.REJECTED} rejected${counts.UNKNOWN > 0 ? `, ${counts.UNKNOWN} unknown` : ""} (${rate(read, started)}/s)`;
      if (Date.now() - lastLine >= 5_000) {
        lastLine = Date.now();
        process.stderr.write(`${latest}\n`);
      }
    },
    stop: () => {
      if (latest && lastLine !== 0) process.stderr.write(`${latest}\n`);
    },
  };
}

function rate(read: number, started: number): number {
  const seconds = (Date.now() - started) / 1000;
  return seconds > 0 ? Math.round(read / seconds) : 0;
}

function printSummary(file: string, options: ImportCommandOptions, rejects: string, result: ImportResult, seconds: number): void {
  const lines: string[] = [];
  lines.push(`source   ${options.source}`);
  lines.push(`file     ${file}`);
  lines.push(`mode     ${options.url ? `over the API at ${options.url}` : "direct to Neo4j (administrators)"}${options.dryRun ? ", dry run (nothing written)" : ""}`);
  lines.push(`read     ${result.read} records in ${seconds.toFixed(1)} s (${seconds > 0 ? Math.round(result.read / seconds) : result.read} records/s)`);
  lines.push("");
  const header = ["kind", "created", "updated", "unchanged", "rejected", "unknown"];
  const rows = (Object.keys(KIND_NAMES) as RecordKind[])
    .map((kind) => [KIND_NAMES[kind], ...OUTCOMES.map((o) => String(result.countsByKind[kind][o]))])
    .filter((row) => row.slice(1).some((v) => v !== "0"));
  const unreadable = result.counts.REJECTED - (Object.values(result.countsByKind) as Array<Record<Outcome, number>>).reduce((s, c) => s + c.REJECTED, 0);
  if (unreadable > 0) rows.push(["unreadable", "0", "0", "0", String(unreadable), "0"]);
  rows.push(["total", ...OUTCOMES.map((o) => String(result.counts[o]))]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ");
  lines.push(format(header), ...rows.map(format));
  if (result.rejectsWritten) lines.push("", `rejected and unknown-outcome records, with line and reason: ${rejects}`);
  if (result.counts.UNKNOWN > 0) {
    lines.push("", "Records with an unknown outcome may or may not be stored (the connection was lost during their commit): the same import run again settles them.");
  }
  if (!result.complete) lines.push("", "A batch failed and later records were not written: run the same import again to complete it.");
  process.stdout.write(`${lines.join("\n")}\n`);
}
