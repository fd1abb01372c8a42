import { writeFileSync } from "node:fs";
import { ConfigError, loadConfigFromProcess } from "./config";
import type { Database } from "./db/database";
import { openDatabase } from "./db/open-database";
import { EcographError, InvalidInputError, NotFoundError } from "./errors";
import { formatReport, REPORT_FORMATS, type ReportFormat } from "./reports/report-format";
import { columnTypeText, defaultReportLibrary, type ReportLibrary } from "./reports/report-library";
import { describeParameter } from "./reports/report-parameters";
import { prepareReport, ReportService } from "./reports/report.service";
import { strategyAssessmentReport } from "./strategy/strategy-report";

export const USAGE = `Usage: npm run report -- <name> [--param key=value ...] [--format table|csv|json] [--out file]
       npm run report -- --list

Options:
  --param, -p <key=value>  a parameter of the report; repeat it for several (--list shows them)
  --format <format>        table (default), csv or json
  --out <file>             write the report to this file instead of standard output
  --list                   list the reports with their parameters and columns
  --help, -h               show this text

Neo4j: NEO4J_URI when it is set, otherwise the embedded Neo4j (the running one, or one started
for the report). Use "npm run --silent report -- ..." to keep npm's own lines out of the output.

Exit code: 0 on success, 2 on a usage error (unknown report, option or parameter, an id that
names nothing), 1 when the report could not run.`;

/** What the command line asks for. */
export type ReportCommand =
  | { readonly kind: "help" }
  | { readonly kind: "list" }
  | {
      readonly kind: "run";
      readonly report: string;
      /** Parameters as given, still text: the report's header decides their types. */
      readonly params: Readonly<Record<string, string>>;
      readonly format: ReportFormat;
      readonly out: string | undefined;
    };

/** A command line that cannot be understood; the message says what was wrong. */
export class ReportUsageError extends Error {}

/** Reads the command line (without `node` and the script). Throws `ReportUsageError`. */
export function parseReportArgs(argv: readonly string[]): ReportCommand {
  let report: string | undefined;
  let format: ReportFormat = "table";
  let out: string | undefined;
  let list = false;
  const params: Record<string, string> = {};

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    // --name=value is the same as --name value
    const equals = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const option = equals > 0 ? arg.slice(0, equals) : arg;
    const inline = equals > 0 ? arg.slice(equals + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("-")) throw new ReportUsageError(`${option} needs a value`);
      i += 1;
      return next;
    };

    if (option === "--help" || option === "-h") return { kind: "help" };
    else if (option === "--list") list = true;
    else if (option === "--param" || option === "-p") {
      const pair = value();
      const split = pair.indexOf("=");
      if (split <= 0) throw new ReportUsageError(`${option} needs key=value, but got: ${JSON.stringify(pair)}`);
      const key = pair.slice(0, split).trim();
      if (Object.hasOwn(params, key)) throw new ReportUsageError(`the parameter ${key} is given twice`);
      params[key] = pair.slice(split + 1);
    } else if (option === "--format") {
      const given = value();
      if (!(REPORT_FORMATS as readonly string[]).includes(given)) {
        throw new ReportUsageError(`--format must be one of ${REPORT_FORMATS.join(", ")}, but got: ${JSON.stringify(given)}`);
      }
      format = given as ReportFormat;
    } else if (option === "--out") {
      out = value();
    } else if (arg.startsWith("-")) {
      throw new ReportUsageError(`unknown option ${option}; the options are --param, --format, --out, --list and --help`);
    } else if (report === undefined) {
      report = arg;
    } else {
      throw new ReportUsageError(`one report at a time, but got ${report} and ${arg}`);
    }
  }
  if (list) return { kind: "list" };
  if (report === undefined) throw new ReportUsageError("the name of the report is missing (npm run report -- --list shows them)");
  return { kind: "run", report, params, format, out };
}

/** An open database and how to close it (and the embedded Neo4j, if the CLI started one). */
export interface OpenedDatabase {
  readonly db: Database;
  close(): Promise<void>;
}

export interface ReportCliEnvironment {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The report library; the project's reports/ folder by default. */
  readonly library?: () => ReportLibrary;
  /** Opens Neo4j; by default NEO4J_URI or the embedded Neo4j, as `npm start` does. */
  readonly openDatabase?: (log: (message: string) => void) => Promise<OpenedDatabase>;
}

/**
 * `npm run report`: runs one report of the library and prints it as a table, CSV or JSON, or
 * lists the reports. Everything that can be checked without Neo4j (the report's name, its
 * parameters, the options) is checked first. Returns the exit code.
 */
export async function runReportCli(argv: readonly string[], env: ReportCliEnvironment): Promise<number> {
  let command: ReportCommand;
  try {
    command = parseReportArgs(argv);
  } catch (error) {
    if (!(error instanceof ReportUsageError)) throw error;
    env.stderr(`report: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.kind === "help") {
    env.stdout(`${USAGE}\n`);
    return 0;
  }

  let library: ReportLibrary;
  try {
    library = (env.library ?? cliReportLibrary)();
  } catch (error) {
    return failure(env, error);
  }
  if (command.kind === "list") {
    env.stdout(listReports(library));
    return 0;
  }

  let prepared;
  try {
    prepared = prepareReport(library, command.report, command.params);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    env.stderr(`report: ${error.message}\nRun "npm run report -- --list" to see every report and its parameters.\n`);
    return 2;
  }

  let database: OpenedDatabase;
  try {
    database = await (env.openDatabase ?? openConfiguredDatabase)((message) => env.stderr(`${message}\n`));
  } catch (error) {
    return failure(env, error);
  }
  try {
    const result = await new ReportService(database.db, library).run(prepared.report.name, prepared.parameters);
    const text = formatReport(result, command.format);
    if (command.out === undefined) {
      env.stdout(text);
    } else {
      writeFileSync(command.out, text);
      env.stderr(`report: ${result.rows.length} ${result.rows.length === 1 ? "row" : "rows"} of ${result.report.name} written to ${command.out}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof InvalidInputError) {
      env.stderr(`report: ${error.message}\n`);
      return 2;
    }
    return failure(env, error);
  } finally {
    await database.close();
  }
}

/** The report library with the reports computed by services (strategy-assessment). */
export function cliReportLibrary(): ReportLibrary {
  return defaultReportLibrary().with([strategyAssessmentReport(loadConfigFromProcess().strategy)]);
}

/** Every report: name and title, then its parameters (with how to pass them) and its columns. */
export function listReports(library: ReportLibrary): string {
  const blocks = library.reports.map((report) => {
    const lines = [`${report.name} — ${report.title}`];
    if (report.parameters.length === 0) lines.push("  no parameters");
    for (const parameter of report.parameters) {
      lines.push(`  --param ${describeParameter(parameter).replace(" (", "=… (")}  ${parameter.description}`);
    }
    lines.push(`  columns: ${report.columns.map((column) => `${column.name} (${columnTypeText(column)})`).join(", ")}`);
    return lines.join("\n");
  });
  return `${blocks.join("\n\n")}\n`;
}

async function openConfiguredDatabase(log: (message: string) => void): Promise<OpenedDatabase> {
  const config = loadConfigFromProcess();
  return openDatabase(config.neo4j, { info: log, warn: log });
}

function failure(env: ReportCliEnvironment, error: unknown): number {
  if (error instanceof ConfigError || error instanceof EcographError) env.stderr(`report: ${error.message}\n`);
  else env.stderr(`report failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

if (require.main === module) {
  runReportCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    // Exit once standard output is flushed: a report piped into another program must arrive whole.
    (code) => process.stdout.write("", () => process.exit(code)),
    (error: unknown) => {
      console.error("report failed unexpectedly:", error);
      process.exit(1);
    },
  );
}
