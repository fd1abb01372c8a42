import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { createInterface } from "node:readline";
import { parse } from "csv-parse";
import { InvalidInputError } from "../errors";

/** The `record` marker of each kind, and the list of the sync request (and of a JSON file) it goes to. */
export const FILE_RECORD_KINDS = {
  region: "regions",
  chain: "chains",
  stage: "stages",
  actor: "actors",
  relationship: "relationships",
} as const;
export type FileRecordKind = keyof typeof FILE_RECORD_KINDS;
const MARKERS = Object.keys(FILE_RECORD_KINDS) as FileRecordKind[];
const MARKER_LIST = MARKERS.map((m) => `"${m}"`).join(", ");

/** One record of an import file, with where it stands in the file. */
export interface FileRecord {
  /** Line (JSONL, CSV: the record's first line) or position (JSON, from 1) in the file. */
  readonly line: number;
  readonly kind: FileRecordKind;
  /** The record without its `record` marker, as the sync expects it. */
  readonly record: Record<string, unknown>;
  /** Values came from text (CSV): numbers and booleans are still strings. */
  readonly fromText: boolean;
}

/** A line the reader could not turn into a record; reported like a rejected record. */
export interface UnreadableRecord {
  readonly line: number;
  readonly reason: string;
}

export type FileEntry = FileRecord | UnreadableRecord;

/** JSON files are parsed whole; above this size use JSONL or CSV, which are streamed. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/**
 * Reads an import file record by record:
 * - `.jsonl`: one JSON object per line, each with `"record"`: "region", "chain", "stage", "actor" or "relationship" (streamed);
 *   (not `kind`, which is a field of government agencies);
 * - `.csv`: a header row; a `record` column; nested fields as dotted columns (`from.externalId`);
 *   lists (`categories`) separated by `|`; empty cells mean "not given" (streamed);
 * - `.json`: `{ "regions": [...], "chains": [...], "stages": [...], "actors": [...], "relationships": [...] }`, every list optional (read whole, up to MAX_JSON_BYTES).
 * A line that cannot be read is yielded as an `UnreadableRecord`, never skipped.
 */
export async function* readRecords(path: string): AsyncGenerator<FileEntry> {
  const extension = extname(path).toLowerCase();
  if (extension === ".jsonl" || extension === ".ndjson") yield* readJsonLines(path);
  else if (extension === ".csv") yield* readCsv(path);
  else if (extension === ".json") yield* readJson(path);
  else throw new InvalidInputError(`The import file must end in .csv, .json or .jsonl, but got: ${path}`);
}

async function* readJsonLines(path: string): AsyncGenerator<FileEntry> {
  const lines = createInterface({ input: createReadStream(path, "utf8"), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { line, reason: `line ${line} is not valid JSON (${(error as Error).message})` };
      continue;
    }
    yield withKind(value, line, false);
  }
}

async function* readCsv(path: string): AsyncGenerator<FileEntry> {
  const parser = createReadStream(path).pipe(parse({ columns: true, bom: true, trim: true, info: true, relax_column_count: false }));
  try {
    for await (const row of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const nested: Record<string, unknown> = {};
      for (const [column, value] of Object.entries(row.record)) {
        if (value === "") continue;
        const [head, tail] = column.split(".", 2) as [string, string | undefined];
        if (tail === undefined) nested[head] = value;
        else nested[head] = { ...(nested[head] as Record<string, unknown> | undefined), [tail]: value };
      }
      yield withKind(nested, row.info.lines, true);
    }
  } catch (error) {
    // csv-parse stops at a malformed row; what was read before it has been yielded.
    throw new InvalidInputError(`${path} is not valid CSV: ${(error as Error).message}`);
  }
}

async function* readJson(path: string): AsyncGenerator<FileEntry> {
  const { size } = await stat(path);
  if (size > MAX_JSON_BYTES) {
    throw new InvalidInputError(`${path} is ${size} bytes; JSON files are read whole up to ${MAX_JSON_BYTES} bytes. Use JSONL or CSV for larger files: they are streamed.`);
  }
  let document: unknown;
  try {
    document = JSON.parse(await readFile(path, "utf8"));
  } catch (error) {
    throw new InvalidInputError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
  const lists = (document ?? {}) as Record<string, unknown>;
  const names: readonly string[] = Object.values(FILE_RECORD_KINDS);
  if (typeof document !== "object" || document === null || Array.isArray(document) || Object.keys(lists).some((k) => !names.includes(k)) || names.some((n) => lists[n] !== undefined && !Array.isArray(lists[n]))) {
    throw new InvalidInputError(`${path} must hold one object { ${names.map((n) => `"${n}": [...]`).join(", ")} } (each list optional) and nothing else`);
  }
  let position = 0;
  for (const kind of MARKERS) {
    for (const record of (lists[FILE_RECORD_KINDS[kind]] as unknown[] | undefined) ?? []) {
      yield { line: ++position, kind, record: asRecord(record), fromText: false };
    }
  }
}

function withKind(value: unknown, line: number, fromText: boolean): FileEntry {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return { line, reason: `line ${line} must be a JSON object with "record": one of ${MARKER_LIST}, but got: ${JSON.stringify(value)}` };
  }
  const { record: kind, ...record } = value as Record<string, unknown>;
  if (typeof kind !== "string" || !(MARKERS as readonly string[]).includes(kind)) {
    return { line, reason: `line ${line}: record must be one of ${MARKER_LIST}, but got: ${JSON.stringify(kind) ?? "nothing"}` };
  }
  return { line, kind: kind as FileRecordKind, record, fromText };
}

/** Non-object entries of a JSON file are passed on as they are, for the sync to reject with a reason. */
function asRecord(value: unknown): Record<string, unknown> {
  return value as Record<string, unknown>;
}
