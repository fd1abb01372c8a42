#!/usr/bin/env node
import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { prepareDatabase } from "../api";
import { ConfigError, loadConfigFromProcess } from "../config";
import { openDatabase } from "../db/open-database";
import { EcographError } from "../errors";
import { exportRecords, recordsWithoutSource, toCsv, toJsonLines, type ExportFormat } from "../sync/export";
import { CliUsageError, runImport } from "./import-command";

/**
 * `ecograph`: one command with the subcommands import, export, report, token and seed, each with
 * `--help` (commander). Progress and messages on stderr, data on stdout. Exit codes: 0 done,
 * 1 something was rejected or failed, 2 a usage error or a refusal.
 */

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("must be a whole number above 0");
  return n;
}

/** Runs one of the older entry points with these arguments (they read process.argv). */
async function delegate(module: string, args: readonly string[]): Promise<void> {
  process.argv = [process.argv[0]!, module, ...args];
  await import(module);
}

export function buildProgram(): Command {
  const program = new Command("ecograph")
    .description("Ecograph: a knowledge graph of B2B platform ecosystems — load, export and report on it")
    .showHelpAfterError()
    .exitOverride();

  program
    .command("import")
    .description(
      "Load a CSV, JSON or JSONL file of records (regions, chains, stages, actors, relationships) through the idempotent sync.\n" +
        "With --url and --token it goes to a running API (the API's roles apply: an integrator or admin token).\n" +
        "Without them it writes straight to Neo4j with the database settings (NEO4J_URI ...): the direct mode, for administrators.",
    )
    .argument("<file>", "the file: .jsonl / .csv (streamed) or .json")
    .requiredOption("--source <name>", "the partner system the records come from, e.g. crm-x")
    .option("--url <url>", "the API to send the records to, e.g. http://localhost:4000 (/graphql is added)")
    .option("--token <token>", "bearer token for --url, with the integrator role (ecograph token --role integrator)")
    .option("--dry-run", "report what would happen, write nothing", false)
    .option("--rejects <file>", "where rejected records go, written only when something is rejected (default: <file>.rejected.jsonl)")
    .option("--chunk <n>", "records per sync call (over the API at most the server's SYNC_MAX_RECORDS)", positiveInteger, 2_000)
    .addHelpText("after", "\nExit code: 0 when every record was taken, 1 when any was rejected or a batch failed, 2 on a usage error or refusal.")
    .action(async (file: string, options: { source: string; url?: string; token?: string; dryRun: boolean; rejects?: string; chunk: number }) => {
      process.exitCode = await runImport(file, options);
    });

  program
    .command("export")
    .description(
      "Write the graph in the import format (JSONL or CSV): one source's records, or one platform's ecosystem.\n" +
        "Importing the file under the same or another source and exporting again gives the same file.\n" +
        "Ids and timestamps are not in the format (a new import makes new ones); retired records keep retired: true.",
    )
    .argument("<target>", "a file (with --source), or a folder that gets one <source>.<format> per source")
    .option("--source <name>", "only the records of this source (default: every source, one file each)")
    .option("--platform <id>", "only this platform's ecosystem (members, partners, supporters, providers serving members, their regions and chains)")
    .addOption(new Option("--format <format>", "jsonl or csv").choices(["jsonl", "csv"]).default("jsonl"))
    .action(async (target: string, options: { source?: string; platform?: string; format: ExportFormat }) => {
      process.exitCode = await runExport(target, options);
    });

  program
    .command("report")
    .description("Run a named Cypher report (table, CSV or JSON); `ecograph report --help` lists the options")
    .helpOption(false)
    .allowUnknownOption()
    .argument("[args...]")
    .action(async (args: string[]) => {
      const { runReportCli } = await import("../report-cli");
      process.exitCode = await runReportCli(args, { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });
    });

  program
    .command("token")
    .description("Print a development token: ecograph token --role integrator")
    .helpOption(false)
    .allowUnknownOption()
    .argument("[args...]")
    .action(async (args: string[]) => delegate(join(__dirname, "..", "token-cli"), args));

  program
    .command("seed")
    .description("Load the sample ecosystems through the sync (safe to run again: everything UNCHANGED)")
    .action(async () => delegate(join(__dirname, "..", "seed-cli"), []));

  return program;
}

async function runExport(target: string, options: { source?: string; platform?: string; format: ExportFormat }): Promise<number> {
  const config = loadConfigFromProcess();
  const log = { info: (m: string) => process.stderr.write(`${m}\n`), warn: (m: string) => process.stderr.write(`${m}\n`) };
  const database = await openDatabase(config.neo4j, log);
  try {
    await prepareDatabase(database.db);
    const sources = options.source
      ? [options.source]
      : (await database.db.read<{ source: string }>({ name: "export.sources", cypher: "MATCH (n) WHERE n.source IS NOT NULL RETURN DISTINCT n.source AS source ORDER BY source" })).map((r) => r.source);
    const isDir = !options.source || (statOrNull(target)?.isDirectory() ?? false);
    if (isDir) mkdirSync(target, { recursive: true });
    let problems = 0;
    for (const source of sources) {
      const result = await exportRecords(database.db, { source, platformId: options.platform });
      const file = isDir ? join(target, `${source}.${options.format}`) : target;
      writeFileSync(file, options.format === "csv" ? toCsv(result.records) : toJsonLines(result.records));
      process.stderr.write(`export: ${file}: ${Object.entries(result.counts).map(([k, n]) => `${n} ${k}${n === 1 ? "" : "s"}`).join(", ") || "nothing"}\n`);
      for (const line of result.skipped) process.stderr.write(`export: not written: ${line}\n`);
      problems += result.skipped.length;
    }
    if (!options.source) {
      // A whole-graph export names everything it leaves out: records outside every source cannot be written.
      for (const line of await recordsWithoutSource(database.db, options.platform)) {
        process.stderr.write(`export: not written: ${line}\n`);
        problems += 1;
      }
    }
    return problems > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

if (require.main === module) {
  buildProgram()
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      if (error instanceof CommanderError) {
        process.exitCode = error.exitCode === 0 ? 0 : 2;
      } else if (error instanceof CliUsageError) {
        console.error(`ecograph: ${error.message}`);
        process.exitCode = 2;
      } else if (error instanceof ConfigError || error instanceof EcographError) {
        console.error(`ecograph: ${error.message}`);
        process.exitCode = 2;
      } else {
        console.error("ecograph failed unexpectedly:", error);
        process.exitCode = 1;
      }
    });
}
