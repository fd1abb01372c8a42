import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createServices } from "./api";
import { EcographError, InvalidInputError, NotFoundError } from "./errors";
import { TREND_STEPS, trendDays, type EcosystemTrend, type TrendStep } from "./analysis/trend.service";
import { formatCsv, formatTable, REPORT_FORMATS, type ReportFormat } from "./reports/report-format";
import type { ReportColumn } from "./reports/report-library";
import type { ReportRow } from "./reports/report.service";
import type { OpenedDatabase } from "./report-cli";
import { ConfigError, loadConfigFromProcess } from "./config";
import { openDatabase } from "./db/open-database";

export const TREND_USAGE = `Usage: npm run trend -- <platform> --from YYYY-MM-DD --to YYYY-MM-DD [--step YEAR|QUARTER|MONTH] [--format table|csv|json] [--out file]

The ecosystem of a platform (its id or exact name) over time: one row per day, with the same
figures as the ecosystemTrend query (members, diversity, evenness, supply and service HHI,
keystone dependence, coverage of the five self-improvement services, and coverage / depth /
link continuity of each chain the platform's members work in).

Exit code: 0 on success, 2 on a usage error (bad option or date, unknown platform), 1 when the
trend could not be computed.`;

export interface TrendCommand {
  readonly platform: string;
  readonly from: string;
  readonly to: string;
  readonly step: TrendStep;
  readonly format: ReportFormat;
  readonly out: string | undefined;
}

/** Reads the command line; throws InvalidInputError with what was wrong. `null`: --help. */
export function parseTrendArgs(argv: readonly string[]): TrendCommand | null {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        step: { type: "string", default: "YEAR" },
        format: { type: "string", default: "table" },
        out: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    throw new InvalidInputError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return null;
  if (positionals.length !== 1) throw new InvalidInputError(`name one platform (id or exact name), but got ${positionals.length}`);
  if (values.from === undefined || values.to === undefined) throw new InvalidInputError("--from and --to are required");
  const step = values.step!.toUpperCase();
  if (!(TREND_STEPS as readonly string[]).includes(step)) {
    throw new InvalidInputError(`--step must be one of ${TREND_STEPS.join(", ")}, but got: ${JSON.stringify(values.step)}`);
  }
  if (!(REPORT_FORMATS as readonly string[]).includes(values.format!)) {
    throw new InvalidInputError(`--format must be one of ${REPORT_FORMATS.join(", ")}, but got: ${JSON.stringify(values.format)}`);
  }
  // the dates and the span are checked here, before Neo4j is opened
  trendDays(values.from, values.to, step as TrendStep);
  return { platform: positionals[0]!, from: values.from, to: values.to, step: step as TrendStep, format: values.format as ReportFormat, out: values.out };
}

const column = (name: string, type: ReportColumn["type"], description: string): ReportColumn => ({
  name,
  type,
  list: false,
  nullable: false,
  description,
});

/** The trend as columns and rows: one row per day, chains and categories as columns of their own. */
export function trendTable(trend: EcosystemTrend): { columns: ReportColumn[]; rows: ReportRow[] } {
  const first = trend.points[0];
  const categories = (first?.serviceCoverage ?? []).filter((c) => c.selfImprovement).map((c) => c.category);
  const chains = first?.chains.map((c) => c.chain) ?? [];
  const columns = [
    column("asOf", "string", "the day"),
    column("activeMembers", "int", "active member firms"),
    column("diversity", "float", "Shannon H'"),
    column("evenness", "float", "Pielou J'"),
    column("supplyHhi", "float", "HHI of supply volume"),
    column("serviceHhi", "float", "HHI of services"),
    column("keystoneFallOut", "float", "share of members falling out without the platform"),
    ...categories.map((c) => column(`coverage${c}`, "float", `share of members served in ${c}`)),
    ...chains.flatMap((c, i) => [
      column(`chain${i + 1}Coverage`, "float", `${c.name}: CC`),
      column(`chain${i + 1}Depth`, "float", `${c.name}: CD`),
      column(`chain${i + 1}Links`, "float", `${c.name}: LC`),
    ]),
  ];
  const rows = trend.points.map((point) => {
    const row: Record<string, number | string> = {
      asOf: point.asOf ?? "",
      activeMembers: point.activeMembers,
      diversity: point.diversity,
      evenness: point.evenness,
      supplyHhi: point.supplyHhi,
      serviceHhi: point.serviceHhi,
      keystoneFallOut: point.keystoneFallOutShare,
    };
    for (const c of point.serviceCoverage) if (c.selfImprovement) row[`coverage${c.category}`] = c.share;
    point.chains.forEach((c, i) => {
      row[`chain${i + 1}Coverage`] = c.coverage;
      row[`chain${i + 1}Depth`] = c.depth;
      row[`chain${i + 1}Links`] = c.linkContinuity;
    });
    return row;
  });
  return { columns, rows };
}

export function formatTrend(trend: EcosystemTrend, format: ReportFormat): string {
  if (format === "json") return `${JSON.stringify(trend, null, 2)}\n`;
  const { columns, rows } = trendTable(trend);
  if (format === "csv") return formatCsv(columns, rows);
  const chains = trend.points[0]?.chains.map((c, i) => `chain${i + 1} = ${c.chain.name}`) ?? [];
  return `${trend.points[0]?.scope.replace(/ as of .*$/, "") ?? trend.platform.name}, ${trend.from} to ${trend.to} by ${trend.step}` +
    `${chains.length ? ` (${chains.join(", ")})` : ""}\n${formatTable(columns, rows)}`;
}

export interface TrendCliEnvironment {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly openDatabase?: (log: (message: string) => void) => Promise<OpenedDatabase>;
}

/** `npm run trend`: the ecosystemTrend query on the command line. Returns the exit code. */
export async function runTrendCli(argv: readonly string[], env: TrendCliEnvironment): Promise<number> {
  let command: TrendCommand | null;
  try {
    command = parseTrendArgs(argv);
  } catch (error) {
    if (!(error instanceof InvalidInputError)) throw error;
    env.stderr(`trend: ${error.message}\n\n${TREND_USAGE}\n`);
    return 2;
  }
  if (command === null) {
    env.stdout(`${TREND_USAGE}\n`);
    return 0;
  }
  let database: OpenedDatabase;
  let services: ReturnType<typeof createServices> | undefined;
  try {
    database = await (env.openDatabase ?? openConfiguredDatabase)((message) => env.stderr(`${message}\n`));
  } catch (error) {
    return failure(env, error);
  }
  try {
    // The same services the API composes, so the trend is computed exactly as ecosystemTrend's.
    services = createServices(database.db, loadConfigFromProcess());
    const trend = await services.trends.trend(command.platform, command.from, command.to, command.step);
    const text = formatTrend(trend, command.format);
    if (command.out === undefined) env.stdout(text);
    else {
      writeFileSync(command.out, text);
      env.stderr(`trend: ${trend.points.length} days of ${trend.platform.name} written to ${command.out}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof InvalidInputError) {
      env.stderr(`trend: ${error.message}\n`);
      return 2;
    }
    return failure(env, error);
  } finally {
    await services?.metrics.close();
    await database.close();
  }
}

async function openConfiguredDatabase(log: (message: string) => void): Promise<OpenedDatabase> {
  const config = loadConfigFromProcess();
  return openDatabase(config.neo4j, { info: log, warn: log });
}

function failure(env: TrendCliEnvironment, error: unknown): number {
  if (error instanceof ConfigError || error instanceof EcographError) env.stderr(`trend: ${error.message}\n`);
  else env.stderr(`trend failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}

if (require.main === module) {
  runTrendCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then(
    (code) => process.stdout.write("", () => process.exit(code)),
    (error: unknown) => {
      console.error("trend failed unexpectedly:", error);
      process.exit(1);
    },
  );
}
