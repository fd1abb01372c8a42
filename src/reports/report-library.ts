import { readdirSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { findProjectRoot } from "../config";
import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { EcographError } from "../errors";
import { coerceParameterValue, INTEGER_TEXT, NUMBER_TEXT } from "./report-parameters";
import { KEYED_LABELS } from "../db/database-schema";
import { activeAt, existedAt } from "../metrics/as-of";

/**
 * The report library: named, parameterised, documented Cypher reports, one `reports/<name>.cypher`
 * file each. A file opens with a header comment that says what the report is, which parameters it
 * takes and which columns it returns; the rest of the file is the Cypher, with every input a
 * `$parameter`. The header is the one description of a report: the service validates parameters
 * and rows against it, the CLI lists it, and the GraphQL schema is generated from it.
 *
 * ```
 * /**
 *  * @report top-brokers
 *  * @title Top brokers of a platform's ecosystem
 *  * @description
 *  *   What the report shows, how it is computed; may run over several lines.
 *  * @param {id:Platform} platform The platform whose ecosystem is read
 *  * @param {int 1..1000} [limit=10] How many actors to list
 *  * @param {float 0..1} [belowShare] Optional without a default: null when left out
 *  * @column {int} rank 1 for the lowest constraint
 *  * @column {float?} growthRate A column that may be null
 *  * @column {string[]} firms A list column
 *  *\/
 * MATCH ...
 * ```
 *
 * Parameter types: int, float, string, boolean, date (a calendar day YYYY-MM-DD, see
 * calendar-date.ts), and id — `id:<Label>` also makes the service check that a node with that
 * label and id exists.
 *
 * "As of a date": the Cypher writes `ACTIVE_AT(r)` for "relationship r was active on $asOf" and
 * `EXISTED_AT(n)` for "actor n existed on $asOf"; the library puts in the same fragments the
 * metrics use (src/metrics/as-of.ts), so a report and a metric share one definition of a day.
 * A report that uses them declares `@param {date} [asOf]` (null: today). int and float take an optional range `a..b`
 * (either end may be left out). Column types: int, float, string, id, boolean, date, datetime;
 * `?` marks a column that may be null, `[]` a list.
 */

export const PARAMETER_TYPES = ["int", "float", "string", "id", "boolean", "date"] as const;
export type ParameterType = (typeof PARAMETER_TYPES)[number];

export const COLUMN_TYPES = ["int", "float", "string", "id", "boolean", "date", "datetime"] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

/**
 * Labels an `id:<Label>` parameter may name. Labels cannot be Cypher parameters, so the existence
 * check puts the label into the query text: only these are accepted.
 */
export const ID_LABELS = KEYED_LABELS;
export type IdLabel = (typeof ID_LABELS)[number];

/** A parameter value after coercion: what the Cypher receives (integers are converted there). */
export type ParameterValue = number | string | boolean;

export interface ReportParameter {
  readonly name: string;
  readonly type: ParameterType;
  /** For `id:<Label>` parameters: the label of the node the id must belong to. */
  readonly label: IdLabel | undefined;
  /** Required parameters have no default; optional ones are null in the Cypher when left out. */
  readonly required: boolean;
  readonly defaultValue: ParameterValue | null;
  /** Inclusive bounds of int and float parameters. */
  readonly min: number | undefined;
  readonly max: number | undefined;
  readonly description: string;
}

export interface ReportColumn {
  readonly name: string;
  readonly type: ColumnType;
  readonly list: boolean;
  readonly nullable: boolean;
  readonly description: string;
}

export interface ReportDefinition {
  /** Kebab-case, the file's name without `.cypher`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly parameters: readonly ReportParameter[];
  readonly columns: readonly ReportColumn[];
  /** The Cypher after the header, named `report.<name>` for query logs and counts. */
  readonly query: NamedQuery;
  /** The file the report was read from, relative to the project root where possible. */
  readonly file: string;
  /**
   * A report computed by a service rather than by its Cypher (e.g. strategy-assessment): the
   * rows, checked against the declared columns like a Cypher report's. `query` then only names it.
   */
  readonly compute?: ReportCompute;
}

/** Rows of a computed report from its checked parameters; reads only. */
export type ReportCompute = (
  db: Database,
  parameters: Readonly<Record<string, ParameterValue | null>>,
  observe?: QueryObserver,
) => Promise<Array<Record<string, unknown>>>;

/** A report file that cannot be used: the message names the file, the line and what to write. */
export class ReportLibraryError extends EcographError {
  readonly code = "REPORT_LIBRARY_INVALID";
}

const REPORT_NAME = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** Parameter and column names are GraphQL names too: camelCase, letters and digits. */
const FIELD_NAME = /^[a-z][A-Za-z0-9]*$/;
/** Clauses that write. Reports run in read transactions anyway; this says so at load time. */
const WRITE_CLAUSE = /\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|FOREACH|LOAD\s+CSV)\b/i;
const TAGS = ["report", "title", "description", "param", "column"] as const;
type Tag = (typeof TAGS)[number];

interface TagText {
  readonly tag: Tag;
  readonly line: number;
  text: string;
}

/**
 * Parses one report file. `file` names it in error messages; the report's name must equal the
 * file's base name. Every problem in the file is reported at once.
 */
export function parseReport(source: string, file: string): ReportDefinition {
  const problems: string[] = [];
  const fail = (line: number | undefined, message: string) =>
    problems.push(line === undefined ? message : `line ${line}: ${message}`);

  const header = splitHeader(source);
  if (!header) {
    throw new ReportLibraryError(
      `${file}: a report file must start with a header comment "/** @report <name> ... */" ` +
        "(see src/reports/report-library.ts for its tags), followed by the Cypher.",
    );
  }

  const tags = readTags(header.lines, fail);
  const single = (tag: Tag): TagText | undefined => {
    const found = tags.filter((t) => t.tag === tag);
    if (found.length === 0) fail(undefined, `@${tag} is missing`);
    if (found.length > 1) fail(found[1]!.line, `@${tag} may appear once, but appears ${found.length} times`);
    return found[0];
  };

  const nameTag = single("report");
  const name = nameTag?.text.trim() ?? "";
  const expected = basename(file).replace(/\.cypher$/, "");
  if (nameTag && !REPORT_NAME.test(name)) {
    fail(nameTag.line, `the report name must be kebab-case (e.g. top-brokers), but got: ${JSON.stringify(name)}`);
  } else if (nameTag && name !== expected) {
    fail(nameTag.line, `the report is named ${JSON.stringify(name)}, but its file is ${expected}.cypher: rename one of them`);
  }
  const titleTag = single("title");
  if (titleTag && (titleTag.text.trim() === "" || titleTag.text.includes("\n"))) {
    fail(titleTag.line, "@title needs one line of text");
  }
  const descriptionTag = single("description");
  if (descriptionTag && descriptionTag.text.trim() === "") fail(descriptionTag.line, "@description needs text");

  const parameters = tags.filter((t) => t.tag === "param").map((t) => parseParameter(t, fail)).filter(isDefined);
  const columns = tags.filter((t) => t.tag === "column").map((t) => parseColumn(t, fail)).filter(isDefined);
  if (columns.length === 0) fail(undefined, "a report needs at least one @column");
  for (const [what, names] of [["parameter", parameters.map((p) => p.name)], ["column", columns.map((c) => c.name)]] as const) {
    const duplicates = names.filter((n, i) => names.indexOf(n) !== i);
    if (duplicates.length > 0) fail(undefined, `the ${what} ${JSON.stringify(duplicates[0])} is declared twice`);
  }

  const cypher = expandAsOf(header.body.trim());
  if (cypher === "") {
    fail(undefined, "the Cypher is missing after the header");
  } else {
    // A @param that failed to parse is already reported; its $name is not "undeclared" as well.
    const attempted = tags.filter((t) => t.tag === "param").map((t) => /^\{[^}]*\}\s+\[?([A-Za-z_]\w*)/.exec(t.text)?.[1]);
    checkCypher(cypher, header.bodyLine, parameters, new Set(attempted.filter(isDefined)), fail);
  }

  if (problems.length > 0) {
    throw new ReportLibraryError(`${file}: ${problems.length === 1 ? problems[0] : `\n  - ${problems.join("\n  - ")}`}`);
  }
  return {
    name,
    title: titleTag!.text.trim(),
    description: normaliseText(descriptionTag!.text),
    parameters,
    columns,
    query: { name: `report.${name}`, cypher },
    file,
  };
}

/** The report library: every `*.cypher` file of a folder, checked when it is loaded. */
export class ReportLibrary {
  private readonly byName: ReadonlyMap<string, ReportDefinition>;

  constructor(readonly reports: readonly ReportDefinition[]) {
    this.byName = new Map(reports.map((report) => [report.name, report]));
  }

  /** Report names, in the library's order (file-name order when loaded from a folder). */
  names(): string[] {
    return this.reports.map((report) => report.name);
  }

  get(name: string): ReportDefinition | undefined {
    return this.byName.get(name);
  }

  /** This library with more reports (computed ones, say) after its own; a name may appear once. */
  with(reports: readonly ReportDefinition[]): ReportLibrary {
    for (const report of reports) {
      if (this.byName.has(report.name)) throw new ReportLibraryError(`The report ${report.name} is defined twice; rename one of them.`);
    }
    return new ReportLibrary([...this.reports, ...reports]);
  }
}

/**
 * Loads and checks every `*.cypher` file in `dir`, in name order. Any malformed file fails the
 * whole load with one error that lists each file's problems: a broken report is found when the
 * API or the CLI starts, not when someone runs it.
 */
export function loadReportLibrary(dir: string, projectRoot?: string): ReportLibrary {
  let files: string[];
  try {
    files = readdirSync(dir).filter((file) => file.endsWith(".cypher")).sort();
  } catch (error) {
    throw new ReportLibraryError(`Cannot read the report library folder ${dir}: ${(error as Error).message}`, { cause: error });
  }
  const reports: ReportDefinition[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const shown = projectRoot ? relative(projectRoot, path) : path;
    try {
      reports.push(parseReport(readFileSync(path, "utf8"), shown));
    } catch (error) {
      if (!(error instanceof ReportLibraryError)) throw error;
      problems.push(error.message);
    }
  }
  if (problems.length > 0) {
    throw new ReportLibraryError(`The report library has ${problems.length} malformed file(s):\n${problems.join("\n")}`);
  }
  if (reports.length === 0) throw new ReportLibraryError(`The report library folder ${dir} holds no *.cypher report.`);
  return new ReportLibrary(reports);
}

const loaded = new Map<string, ReportLibrary>();

/**
 * The project's `reports/` folder, loaded once per process: the API's schema and its service, and
 * the CLI, all see the same library. Changing a report file takes a restart.
 */
export function defaultReportLibrary(projectRoot = findProjectRoot()): ReportLibrary {
  const dir = join(projectRoot, "reports");
  let library = loaded.get(dir);
  if (!library) {
    library = loadReportLibrary(dir, projectRoot);
    loaded.set(dir, library);
  }
  return library;
}

/** "float?", "string[]". */
export function columnTypeText(column: ReportColumn): string {
  return `${column.type}${column.list ? "[]" : ""}${column.nullable ? "?" : ""}`;
}

// ---------------------------------------------------------------------------------------------

interface Header {
  readonly lines: ReadonlyArray<{ readonly text: string; readonly line: number }>;
  readonly body: string;
  /** Line number of the body's first non-blank line (where the trimmed Cypher starts). */
  readonly bodyLine: number;
}

/** The header comment's lines (without the leading ` * `) and the text after it. */
function splitHeader(source: string): Header | undefined {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const start = text.search(/\S/);
  if (start === -1 || !text.startsWith("/**", start)) return undefined;
  const end = text.indexOf("*/", start + 3);
  if (end === -1) return undefined;
  const firstLine = text.slice(0, start).split("\n").length;
  const lines = text
    .slice(start + 3, end)
    .split("\n")
    .map((raw, i) => ({ text: raw.replace(/^\s*\* ?/, "").trimEnd(), line: firstLine + i }));
  const body = text.slice(end + 2);
  const bodyStart = end + 2 + Math.max(0, body.search(/\S/));
  return { lines, body, bodyLine: text.slice(0, bodyStart).split("\n").length };
}

/** Groups header lines by tag; a line without a tag continues the tag before it. */
function readTags(lines: Header["lines"], fail: (line: number | undefined, message: string) => void): TagText[] {
  const tags: TagText[] = [];
  for (const { text, line } of lines) {
    const match = /^@(\w+)\s*(.*)$/.exec(text.trim());
    if (match) {
      const tag = match[1]!;
      if (!(TAGS as readonly string[]).includes(tag)) {
        fail(line, `unknown tag @${tag}; a header has ${TAGS.map((t) => `@${t}`).join(", ")}`);
        continue;
      }
      tags.push({ tag: tag as Tag, line, text: match[2]! });
    } else if (text.trim() !== "") {
      const current = tags[tags.length - 1];
      if (current) current.text += `\n${text.trim()}`;
      else fail(line, `text before the first tag: ${JSON.stringify(text.trim())}; start the header with @report <name>`);
    }
  }
  return tags;
}

const PARAM_SYNTAX = '"@param {type} name description", "@param {type} [name] ..." or "@param {type} [name=default] ..."';

function parseParameter(tag: TagText, fail: (line: number, message: string) => void): ReportParameter | undefined {
  const match = /^\{([^}]*)\}\s+(?:([A-Za-z_]\w*)|\[([A-Za-z_]\w*)(?:=("(?:[^"\\]|\\.)*"|[^\]\s]*))?\])(?:\s+([\s\S]*))?$/.exec(tag.text);
  if (!match) {
    fail(tag.line, `@param must be written ${PARAM_SYNTAX}, but got: ${JSON.stringify(tag.text.split("\n")[0])}`);
    return undefined;
  }
  const [, typeText = "", requiredName, optionalName, defaultText, description = ""] = match;
  const name = (requiredName ?? optionalName)!;
  const problems: string[] = [];
  if (!FIELD_NAME.test(name)) problems.push(`the parameter name must be camelCase (letters and digits), but got: ${JSON.stringify(name)}`);
  if (description.trim() === "") problems.push(`the parameter ${name} needs a description after its name`);

  const typeMatch = /^\s*(\w+)(?::(\w+))?(?:\s+(-?[\d.eE+-]*)\.\.(-?[\d.eE+-]*))?\s*$/.exec(typeText);
  const type = typeMatch?.[1] as ParameterType | undefined;
  if (!typeMatch || !type || !(PARAMETER_TYPES as readonly string[]).includes(type)) {
    fail(tag.line, `the parameter ${name} has the type {${typeText}}; a type is one of ${PARAMETER_TYPES.join(", ")}, ` +
      "with id:<Label> for a node id and an optional range for numbers, e.g. {int 1..1000}");
    return undefined;
  }
  const label = typeMatch[2];
  if (label !== undefined && (type !== "id" || !(ID_LABELS as readonly string[]).includes(label))) {
    problems.push(type === "id"
      ? `the label of {id:${label}} must be one of ${ID_LABELS.join(", ")}`
      : `only id parameters name a label, but ${name} is ${type}`);
  }
  let min: number | undefined;
  let max: number | undefined;
  if (typeMatch[3] !== undefined || typeMatch[4] !== undefined) {
    if (type !== "int" && type !== "float") problems.push(`only int and float parameters take a range, but ${name} is ${type}`);
    const bound = (text: string | undefined) => {
      if (text === undefined || text === "") return undefined;
      const ok = type === "int" ? INTEGER_TEXT.test(text) : NUMBER_TEXT.test(text);
      if (!ok) problems.push(`the range of ${name} must be made of ${type === "int" ? "whole numbers" : "numbers"}, but got: ${text}`);
      return Number(text);
    };
    min = bound(typeMatch[3]);
    max = bound(typeMatch[4]);
    if (min !== undefined && max !== undefined && min > max) problems.push(`the range of ${name} is empty (${min} > ${max})`);
  }

  let defaultValue: ParameterValue | null = null;
  if (defaultText !== undefined) {
    const raw = defaultText.startsWith('"') ? (JSON.parse(defaultText) as string) : defaultText;
    const coerced = coerceParameterValue({ name, type, min, max }, raw);
    if ("problem" in coerced) problems.push(`the default: ${coerced.problem}`);
    else defaultValue = coerced.value;
  }
  for (const problem of problems) fail(tag.line, problem);
  if (problems.length > 0) return undefined;
  return {
    name,
    type,
    label: label as IdLabel | undefined,
    required: requiredName !== undefined,
    defaultValue,
    min,
    max,
    description: normaliseText(description),
  };
}

const COLUMN_SYNTAX = '"@column {type} name description", with type e.g. int, float?, string[]';

function parseColumn(tag: TagText, fail: (line: number, message: string) => void): ReportColumn | undefined {
  const match = /^\{\s*(\w+)(\[\])?(\?)?\s*\}\s+([A-Za-z_]\w*)(?:\s+([\s\S]*))?$/.exec(tag.text);
  if (!match) {
    fail(tag.line, `@column must be written ${COLUMN_SYNTAX}, but got: ${JSON.stringify(tag.text.split("\n")[0])}`);
    return undefined;
  }
  const [, type = "", list, nullable, name = "", description = ""] = match;
  let ok = true;
  if (!(COLUMN_TYPES as readonly string[]).includes(type)) {
    fail(tag.line, `the column ${name} has the type ${type}; a column type is one of ${COLUMN_TYPES.join(", ")}`);
    ok = false;
  }
  if (!FIELD_NAME.test(name)) {
    fail(tag.line, `the column name must be camelCase (letters and digits), but got: ${JSON.stringify(name)}`);
    ok = false;
  }
  if (description.trim() === "") {
    fail(tag.line, `the column ${name} needs a description after its name`);
    ok = false;
  }
  return ok
    ? { name, type: type as ColumnType, list: list !== undefined, nullable: nullable !== undefined, description: normaliseText(description) }
    : undefined;
}

/**
 * Checks the Cypher against the header: every `$parameter` it uses is declared and every declared
 * parameter is used (a typo would otherwise silently be null), and it has no writing clause.
 */
function checkCypher(
  cypher: string,
  firstLine: number,
  parameters: readonly ReportParameter[],
  attempted: ReadonlySet<string>,
  fail: (line: number | undefined, message: string) => void,
): void {
  const code = stripCommentsAndStrings(cypher);
  const lineOf = (index: number) => firstLine + cypher.slice(0, index).split("\n").length - 1;
  const declared = parameters.map((p) => p.name);
  const known = new Set([...declared, ...attempted]);
  const used = new Set<string>();
  for (const match of code.matchAll(/\$([A-Za-z_]\w*)/g)) {
    used.add(match[1]!);
    if (!known.has(match[1]!)) {
      fail(lineOf(match.index), `the Cypher uses $${match[1]}, which no @param declares` +
        (declared.length > 0 ? ` (declared: ${declared.join(", ")})` : ""));
      known.add(match[1]!); // report each undeclared name once
    }
  }
  for (const parameter of parameters) {
    if (!used.has(parameter.name)) fail(undefined, `the parameter ${parameter.name} is declared but the Cypher never uses $${parameter.name}`);
  }
  const write = WRITE_CLAUSE.exec(code);
  if (write) fail(lineOf(write.index), `reports are read-only, but the Cypher uses ${write[1]!.toUpperCase()}`);
}

/**
 * Puts the as-of fragments (src/metrics/as-of.ts) in place of `ACTIVE_AT(x)` and `EXISTED_AT(x)`,
 * on one line each, so the Cypher's line numbers in error messages stay right.
 */
export function expandAsOf(cypher: string): string {
  const oneLine = (text: string) => text.replace(/\s*\n\s*/g, " ");
  return cypher
    .replace(/\bACTIVE_AT\(\s*([A-Za-z_]\w*)\s*\)/g, (_, name: string) => oneLine(activeAt(name)))
    .replace(/\bEXISTED_AT\(\s*([A-Za-z_]\w*)\s*\)/g, (_, name: string) => oneLine(existedAt(name)));
}

/** Blanks out comments and string literals (keeping line breaks), so they are not read as code. */
function stripCommentsAndStrings(cypher: string): string {
  return cypher.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, (part) =>
    part.replace(/[^\n]/g, " "),
  );
}

function normaliseText(text: string): string {
  return text.trim().split("\n").map((line) => line.trim()).join(" ");
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
