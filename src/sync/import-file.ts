import { createWriteStream } from "node:fs";
import type { Database } from "../db/database";
import { readRecords, type FileRecord } from "./record-reader";
import type { ActorLabel } from "./sync-records";
import { SyncService, zeroCounts, type Outcome } from "./sync.service";

export interface ImportOptions {
  readonly source: string;
  readonly file: string;
  readonly dryRun: boolean;
  /** Where rejected records are written, one JSON object per line: { line, reason, record }. */
  readonly rejectsFile: string;
  /** Records per sync call. */
  readonly chunk: number;
  /** Records per write transaction. */
  readonly batchSize: number;
}

export interface ImportResult {
  readonly read: number;
  readonly counts: Readonly<Record<Outcome, number>>;
  /** false when a batch failed: run the same import again to complete it. */
  readonly complete: boolean;
}

/**
 * Streams an import file into the same SyncService the GraphQL mutation uses, one chunk at a time,
 * so memory stays flat however long the file is. Records a chunk's relationships name must be in
 * that chunk or an earlier one: put actors before relationships. Every record that is not taken,
 * unreadable lines included, goes to the rejects file with its line and reason.
 */
export async function importFile(
  db: Database,
  options: ImportOptions,
  onProgress?: (read: number, counts: Readonly<Record<Outcome, number>>) => void,
): Promise<ImportResult> {
  const sync = new SyncService(db, { maxRecords: Number.MAX_SAFE_INTEGER, batchSize: options.batchSize });
  const rejects = createWriteStream(options.rejectsFile);
  const counts = zeroCounts();
  let read = 0;
  let complete = true;
  const dryRunCreated = new Map<string, ActorLabel>();

  // Every line of the rejects file says which it is: REJECTED (not written) or UNKNOWN (maybe written).
  const reject = (line: number, reason: string, record?: unknown, outcome: "REJECTED" | "UNKNOWN" = "REJECTED") => {
    counts[outcome] += 1;
    rejects.write(`${JSON.stringify({ line, outcome, reason, ...(record !== undefined && { record }) })}\n`);
  };
  const flush = async (chunk: FileRecord[]) => {
    if (chunk.length === 0) return;
    const actors = chunk.filter((r) => r.kind === "actor");
    const relationships = chunk.filter((r) => r.kind === "relationship");
    const report = await sync.sync({
      source: options.source,
      dryRun: options.dryRun,
      fromText: chunk[0]!.fromText,
      actors: actors.map((r) => r.record),
      relationships: relationships.map((r) => r.record),
      dryRunCreated,
    });
    complete &&= report.complete;
    for (const outcome of report.outcomes) {
      const entry = (outcome.kind === "ACTOR" ? actors : relationships)[outcome.position]!;
      if (outcome.outcome !== "REJECTED" && outcome.outcome !== "UNKNOWN") counts[outcome.outcome] += 1;
      else {
        // The sync numbers records within the chunk; the file's line is what a person looks for.
        const reason = (outcome.reason ?? "rejected").replace(/^(actor|relationship) \d+ ?/, "$1 ");
        reject(entry.line, `line ${entry.line}: ${reason}`, entry.record, outcome.outcome);
      }
    }
    onProgress?.(read, counts);
  };

  try {
    let chunk: FileRecord[] = [];
    for await (const entry of readRecords(options.file)) {
      read += 1;
      if ("reason" in entry) {
        reject(entry.line, entry.reason);
        continue;
      }
      chunk.push(entry);
      if (chunk.length >= options.chunk) {
        await flush(chunk);
        chunk = [];
      }
    }
    await flush(chunk);
  } finally {
    await new Promise<void>((resolve) => rejects.end(resolve));
  }
  return { read, counts, complete };
}
