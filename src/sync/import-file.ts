import { createWriteStream, rmSync, type WriteStream } from "node:fs";
import type { Database } from "../db/database";
import { FILE_RECORD_KINDS, readRecords, type FileRecord, type FileRecordKind } from "./record-reader";
import { nodeKey, SyncService, zeroCounts, type Outcome, type PendingNode, type RecordKind, type SyncReport, type SyncRequest } from "./sync.service";

const KIND_OF_MARKER: Record<FileRecordKind, RecordKind> = {
  region: "REGION",
  chain: "CHAIN",
  stage: "STAGE",
  actor: "ACTOR",
  relationship: "RELATIONSHIP",
};
const KEY_LABEL_OF_KIND: Partial<Record<RecordKind, string>> = { REGION: "Region", CHAIN: "IndustrialChain", STAGE: "ChainStage", ACTOR: "Actor" };

export interface ImportOptions {
  readonly source: string;
  readonly file: string;
  readonly dryRun: boolean;
  /** Where rejected records are written, one JSON object per line: { line, reason, record }; only when something was rejected. */
  readonly rejectsFile: string;
  /** Records per sync call. */
  readonly chunk: number;
  /** Records per write transaction (direct mode). */
  readonly batchSize: number;
}

export interface ImportResult {
  readonly read: number;
  readonly counts: Readonly<Record<Outcome, number>>;
  /** The same counts per kind of record. */
  readonly countsByKind: Readonly<Record<RecordKind, Record<Outcome, number>>>;
  /** false when a batch failed: run the same import again to complete it. */
  readonly complete: boolean;
  /** Whether a rejects file was written. */
  readonly rejectsWritten: boolean;
}

/** Progress after each chunk: records read so far and the outcomes. */
export type ImportProgress = (read: number, counts: Readonly<Record<Outcome, number>>) => void;

/** Sends one chunk of records to a sync: the SyncService in this process, or the API over HTTP. */
export type SyncSender = (request: SyncRequest) => Promise<SyncReport>;

/** A sender that writes through a SyncService on this database (the administrators' direct mode). */
export function directSender(db: Database, batchSize: number): SyncSender {
  const sync = new SyncService(db, { maxRecords: Number.MAX_SAFE_INTEGER, batchSize });
  return (request) => sync.sync(request);
}

/**
 * Streams an import file into a sync, one chunk at a time, so memory stays flat however long the
 * file is. Within a chunk records may come in any order; a record may name one of an earlier
 * chunk or already in the graph. Every record that is not taken, unreadable lines included, goes
 * to the rejects file with its line and reason; a record naming one rejected on an earlier line
 * says so.
 */
export async function importFile(db: Database | SyncSender, options: ImportOptions, onProgress?: ImportProgress): Promise<ImportResult> {
  const send = typeof db === "function" ? db : directSender(db, options.batchSize);
  let rejects: WriteStream | undefined;
  const counts = zeroCounts();
  const countsByKind = Object.fromEntries(
    (Object.values(KIND_OF_MARKER) as RecordKind[]).map((k) => [k, zeroCounts()]),
  ) as Record<RecordKind, Record<Outcome, number>>;
  let read = 0;
  let complete = true;
  const dryRunCreated = new Map<string, PendingNode>();
  // Nodes rejected on earlier lines, so a record naming one says where and why.
  const rejectedEarlier = new Map<string, string>();

  // Every line of the rejects file says which it is: REJECTED (not written) or UNKNOWN (maybe written).
  const reject = (line: number, reason: string, record?: unknown, kind?: RecordKind, outcome: "REJECTED" | "UNKNOWN" = "REJECTED") => {
    counts[outcome] += 1;
    if (kind) countsByKind[kind][outcome] += 1;
    rejects ??= createWriteStream(options.rejectsFile);
    rejects.write(`${JSON.stringify({ line, outcome, reason, ...(record !== undefined && { record }) })}\n`);
  };
  const flush = async (chunk: FileRecord[]) => {
    if (chunk.length === 0) return;
    const byKind = new Map<RecordKind, FileRecord[]>();
    for (const entry of chunk) {
      const kind = KIND_OF_MARKER[entry.kind];
      byKind.set(kind, [...(byKind.get(kind) ?? []), entry]);
    }
    const list = (marker: FileRecordKind) => byKind.get(KIND_OF_MARKER[marker])?.map((r) => r.record);
    const report = await send({
      source: options.source,
      dryRun: options.dryRun,
      fromText: chunk[0]!.fromText,
      ...Object.fromEntries((Object.keys(FILE_RECORD_KINDS) as FileRecordKind[]).map((m) => [FILE_RECORD_KINDS[m], list(m)])),
      dryRunCreated,
      rejectedEarlier,
    });
    complete &&= report.complete;
    for (const outcome of report.outcomes) {
      const entry = byKind.get(outcome.kind)![outcome.position]!;
      if (outcome.outcome !== "REJECTED" && outcome.outcome !== "UNKNOWN") {
        counts[outcome.outcome] += 1;
        countsByKind[outcome.kind][outcome.outcome] += 1;
      } else {
        // The sync numbers records within the chunk; the file's line is what a person looks for.
        const reason = (outcome.reason ?? "rejected").replace(/^(region|chain|stage|actor|relationship) \d+ ?/, "$1 ");
        reject(entry.line, `line ${entry.line}: ${reason}`, entry.record, outcome.kind, outcome.outcome);
        const keyLabel = KEY_LABEL_OF_KIND[outcome.kind];
        if (outcome.outcome === "REJECTED" && keyLabel && outcome.key) rejectedEarlier.set(nodeKey(keyLabel, outcome.key), `on line ${entry.line}: ${reason.replace(/^\w+ \([^)]*\): /, "")}`);
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
    const stream = rejects;
    if (stream) await new Promise<void>((resolve) => stream.end(resolve));
  }
  // A rejects file left from an earlier run of the same import would mislead: it goes.
  if (!rejects) rmSync(options.rejectsFile, { force: true });
  return { read, counts, countsByKind, complete, rejectsWritten: rejects !== undefined };
}
