import neo4j, { Neo4jError } from "neo4j-driver";
import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { SCOPE_LABELS, ScopeNames, type ScopeLabel } from "../ecosystem/scope-names";
import { EcographError, InvalidInputError, NotFoundError, QueryTimeoutError } from "../errors";
import {
  ID_LABELS,
  ReportLibraryError,
  columnTypeText,
  type IdLabel,
  type ParameterValue,
  type ReportColumn,
  type ReportDefinition,
  type ReportLibrary,
} from "./report-library";
import { coerceParameters, didYouMean, parameterTypeText } from "./report-parameters";

/** A value in a report row: plain JSON (dates as ISO 8601 text). */
export type ReportScalar = number | string | boolean;
export type ReportValue = ReportScalar | null | readonly ReportScalar[];
export type ReportRow = Readonly<Record<string, ReportValue>>;

/** A report with its parameters checked, ready to run. */
export interface PreparedReport {
  readonly report: ReportDefinition;
  /** Every declared parameter: the given value, its default, or null. */
  readonly parameters: Readonly<Record<string, ParameterValue | null>>;
}

export interface ReportResult extends PreparedReport {
  /** One object per row, with exactly the report's declared columns, in the report's order. */
  readonly rows: readonly ReportRow[];
}

/** A report did not finish within the transaction timeout. */
export class ReportTimeoutError extends EcographError {
  readonly code = "REPORT_TIMEOUT";
}

/** Existence checks of `id:<Label>` parameters, one per label (labels cannot be parameters). */
const ID_EXISTS: Readonly<Record<IdLabel, NamedQuery>> = Object.fromEntries(
  ID_LABELS.map((label) => [label, { name: `report.idExists.${label}`, cypher: `MATCH (n:${label} {id: $id}) RETURN count(n) > 0 AS found` }]),
) as Record<IdLabel, NamedQuery>;

/**
 * Looks a report up and checks its parameters, without touching the database: an unknown report
 * or a bad parameter is an `InvalidInputError` that lists what is accepted. The CLI calls this
 * before it connects, so a typo never waits for Neo4j.
 */
export function prepareReport(library: ReportLibrary, name: string, given: Readonly<Record<string, unknown>>): PreparedReport {
  const report = library.get(name);
  if (!report) {
    throw new InvalidInputError(
      `There is no report named ${JSON.stringify(name)}${didYouMean(name, library.names())}. The reports are: ${library.names().join(", ")}.`,
    );
  }
  return { report, parameters: coerceParameters(report, given) };
}

/**
 * Runs the report library's reports (DESIGN.md: "named Cypher reports runnable from a CLI"):
 * parameters checked against the report's header, ids of `id:<Label>` parameters checked to exist,
 * the Cypher run in a read transaction with the configured timeout, and every row checked against
 * the declared columns and turned into plain JSON. Imports nothing from GraphQL: the CLI and the
 * resolvers call it alike.
 */
export class ReportService {
  constructor(
    private readonly db: Database,
    readonly library: ReportLibrary,
    private readonly names: ScopeNames = new ScopeNames(db),
  ) {}

  /** Every report, by name. */
  list(): readonly ReportDefinition[] {
    return this.library.reports;
  }

  prepare(name: string, given: Readonly<Record<string, unknown>>): PreparedReport {
    return prepareReport(this.library, name, given);
  }

  async run(name: string, given: Readonly<Record<string, unknown>>, observe?: QueryObserver): Promise<ReportResult> {
    const prepared = this.prepare(name, given);
    const { report } = prepared;
    const parameters = await this.resolveIds(report, prepared.parameters, observe);
    let records: Array<Record<string, unknown>>;
    try {
      records = report.compute
        ? await report.compute(this.db, parameters, observe)
        : await this.db.read(report.query, toCypherParameters(report, parameters), observe);
    } catch (error) {
      // The database maps Neo4j's timeout to a QueryTimeoutError; the report says which report and what to do.
      if ((error instanceof Neo4jError && error.code.includes("TransactionTimedOut")) || error instanceof QueryTimeoutError) {
        throw new ReportTimeoutError(
          `The report "${report.name}" did not finish within the transaction timeout of ${this.db.options.transactionTimeoutMs} ms ` +
            "(NEO4J_TRANSACTION_TIMEOUT_MS). Narrow it with its parameters, or raise the timeout.",
          { cause: error },
        );
      }
      throw error;
    }
    return { ...prepared, parameters, rows: records.map((record, index) => toReportRow(report, record, index)) };
  }

  /**
   * An id that names no node would make an empty report; say so instead. A platform, chain,
   * stage or region may be given by id or exact name, as everywhere else in the API (ScopeNames):
   * the report runs with its id.
   */
  private async resolveIds(
    report: ReportDefinition,
    parameters: Readonly<Record<string, ParameterValue | null>>,
    observe: QueryObserver | undefined,
  ): Promise<Readonly<Record<string, ParameterValue | null>>> {
    const resolved: Record<string, ParameterValue | null> = { ...parameters };
    for (const parameter of report.parameters) {
      const id = parameters[parameter.name];
      if (parameter.label === undefined || id === null || id === undefined) continue;
      if ((SCOPE_LABELS as readonly string[]).includes(parameter.label)) {
        try {
          resolved[parameter.name] = (await this.names.resolve(parameter.label as ScopeLabel, String(id), parameter.name, observe)).id;
        } catch (error) {
          if (!(error instanceof EcographError)) throw error;
          const Refusal = error instanceof NotFoundError ? NotFoundError : InvalidInputError;
          throw new Refusal(`The report "${report.name}" takes ${parameter.name} as the ${parameterTypeText(parameter)} (or its exact name): ${error.message}`);
        }
        continue;
      }
      const [row] = await this.db.read<{ found: boolean }>(ID_EXISTS[parameter.label], { id }, observe);
      if (!row?.found) {
        throw new NotFoundError(
          `The report "${report.name}" takes ${parameter.name} as the ${parameterTypeText(parameter)}, ` +
            `but no ${parameter.label} has the id ${JSON.stringify(id)}.`,
        );
      }
    }
    return resolved;
  }
}

/**
 * The parameters as Cypher needs them. The driver sends every JavaScript number as a float, and
 * `LIMIT 10.0` is an error, so int parameters go as Neo4j integers.
 */
export function toCypherParameters(
  report: ReportDefinition,
  parameters: Readonly<Record<string, ParameterValue | null>>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const parameter of report.parameters) {
    const value = parameters[parameter.name] ?? null;
    values[parameter.name] = parameter.type === "int" && typeof value === "number" ? neo4j.int(value) : value;
  }
  return values;
}

/**
 * One record as a plain row with exactly the declared columns. A record that does not match the
 * header is a bug in the report file: the error names the file, the row and the column.
 */
export function toReportRow(report: ReportDefinition, record: Readonly<Record<string, unknown>>, index: number): ReportRow {
  const declared = report.columns.map((column) => column.name);
  const returned = Object.keys(record);
  const missing = declared.filter((name) => !returned.includes(name));
  const extra = returned.filter((name) => !declared.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    throw new ReportLibraryError(
      `${report.file}: the Cypher returns the columns ${returned.join(", ")}, but the header declares ${declared.join(", ")}` +
        `${missing.length ? ` (missing: ${missing.join(", ")})` : ""}${extra.length ? ` (not declared: ${extra.join(", ")})` : ""}.`,
    );
  }
  const row: Record<string, ReportValue> = {};
  for (const column of report.columns) {
    const value = plainValue(column, record[column.name]);
    if (value instanceof Mismatch) {
      throw new ReportLibraryError(
        `${report.file}: row ${index + 1}, column ${column.name} is declared {${columnTypeText(column)}}, ` +
          `but the Cypher returned ${value.got}.`,
      );
    }
    row[column.name] = value;
  }
  return row;
}

class Mismatch {
  constructor(readonly got: string) {}
}

/** A Neo4j value as the column's plain JSON value, or a `Mismatch` saying what came instead. */
function plainValue(column: ReportColumn, value: unknown): ReportValue | Mismatch {
  if (value === null || value === undefined) return column.nullable ? null : new Mismatch("null (mark the column with ? if it may be null)");
  if (column.list) {
    if (!Array.isArray(value)) return new Mismatch(`${describe(value)} instead of a list`);
    const items: ReportScalar[] = [];
    for (const item of value) {
      const plain = item === null || item === undefined ? new Mismatch("a list holding null") : plainScalar(column, item);
      if (plain instanceof Mismatch) return plain;
      items.push(plain);
    }
    return items;
  }
  return plainScalar(column, value);
}

function plainScalar(column: ReportColumn, value: unknown): ReportScalar | Mismatch {
  const number = neo4j.isInt(value) ? toSafeNumber(value) : value;
  switch (column.type) {
    case "int":
      return typeof number === "number" && Number.isSafeInteger(number) ? number : new Mismatch(describe(value));
    case "float":
      return typeof number === "number" && Number.isFinite(number) ? number : new Mismatch(describe(value));
    case "string":
    case "id":
      return typeof value === "string" ? value : new Mismatch(describe(value));
    case "boolean":
      return typeof value === "boolean" ? value : new Mismatch(describe(value));
    case "date":
      return neo4j.isDate(value) ? value.toString() : new Mismatch(describe(value));
    case "datetime":
      return neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) ? value.toString() : new Mismatch(describe(value));
  }
}

function toSafeNumber(value: { toNumber(): number; inSafeRange(): boolean }): number | undefined {
  return value.inSafeRange() ? value.toNumber() : undefined;
}

function describe(value: unknown): string {
  if (neo4j.isNode(value)) return "a node (return its properties instead)";
  if (neo4j.isRelationship(value)) return "a relationship (return its properties instead)";
  if (neo4j.isDate(value)) return `the date ${value.toString()}`;
  if (neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return `the date-time ${value.toString()}`;
  if (neo4j.isInt(value)) return `the integer ${value.toString()}`;
  if (typeof value === "number") return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)} (not finite)`;
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (Array.isArray(value)) return "a list";
  return typeof value === "object" ? "a map" : `${typeof value} ${String(value)}`;
}
