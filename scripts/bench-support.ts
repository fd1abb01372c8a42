import { readFileSync, rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { prepareDatabase } from "../src/api";
import { findProjectRoot, type Config } from "../src/config";
import { connectToNeo4j, type Database } from "../src/db/database";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../src/db/embedded-neo4j";

/**
 * The node options `npm start` gives the API (package.json's "start" script, e.g.
 * `--v8-pool-size=1`), so a benchmark runs the server as users run it.
 */
export function apiNodeOptions(): string[] {
  const manifest = JSON.parse(readFileSync(`${findProjectRoot()}/package.json`, "utf8")) as { scripts: { start: string } };
  const words = manifest.scripts.start.trim().split(/\s+/);
  if (words[0] !== "node" || words[words.length - 1] !== "dist/src/index.js") {
    throw new Error(`package.json's start script should be "node [options] dist/src/index.js", but is: ${manifest.scripts.start}`);
  }
  return words.slice(1, -1);
}

/** Peak resident memory (VmHWM, bytes) of another process, e.g. the embedded Neo4j JVM (Linux only). */
export function processPeakRss(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** CPU time (user + system, in clock ticks) a process has used so far, or null (Linux only). */
function processCpuTicks(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing bracket).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * How long (ms) one thread has so far been ready to run but waiting for a CPU (the run-queue
 * wait of /proc/<pid>/task/<tid>/schedstat), or null (Linux only, or the thread has ended). The
 * main thread of a process has the process id as its thread id.
 */
export function runQueueWaitMs(pid: number, tid = pid): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, "utf8").split(" ")[1]) / 1e6;
  } catch {
    return null;
  }
}

/** Steal and total CPU time of the whole machine so far (clock ticks, /proc/stat), or null. */
export function machineCpuTicks(): { steal: number; total: number } | null {
  try {
    const fields = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1, 9).map(Number);
    return { steal: fields[7]!, total: fields.reduce((sum, x) => sum + x, 0) };
  } catch {
    return null;
  }
}

/**
 * Waits until process `pid` has been nearly idle (under 5 % of one core) for two seconds in a row,
 * at most `maxSeconds`; resolves with the seconds waited. Used after a bulk load, whose aftermath
 * in Neo4j (garbage collection, compilation, flushing) would otherwise fall into the next
 * measurement. Without /proc it waits nothing.
 */
export async function waitUntilIdle(pid: number, maxSeconds = 60): Promise<number> {
  const started = performance.now();
  const TICKS_PER_SECOND = 100;
  let previous = processCpuTicks(pid);
  let quietSeconds = 0;
  while (previous !== null && quietSeconds < 2 && performance.now() - started < maxSeconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = processCpuTicks(pid);
    if (now === null) break;
    quietSeconds = now - previous < 0.05 * TICKS_PER_SECOND ? quietSeconds + 1 : 0;
    previous = now;
  }
  return (performance.now() - started) / 1000;
}

/** A wrong command line: printed as its message alone (no stack), exit code 2. */
export class UsageError extends Error {}

/** The catch-all of a script's main(): usage errors as their message, anything else in full. */
export function exitOnFailure(what: string): (error: unknown) => never {
  return (error) => {
    if (error instanceof UsageError) {
      console.error(`${what}: ${error.message}`);
      process.exit(2);
    }
    console.error(`${what} failed:`, error);
    process.exit(1);
  };
}

/**
 * Parses `--name value` / `--name=value` whole-number options of a benchmark script, each within
 * its [min, max]; `--help` prints `usage` and exits. An unknown flag or a bad value throws with
 * what is accepted.
 */
export function parseIntegerOptions<K extends string>(
  argv: readonly string[],
  defaults: Record<K, number>,
  limits: Record<K, [number, number]>,
  usage: string,
): Record<K, number> {
  const options = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--help" || flag === "-h") {
      console.log(usage);
      process.exit(0);
    }
    const key = flag.replace(/^--/, "") as K;
    if (!(key in limits)) {
      throw new UsageError(`Unknown argument ${JSON.stringify(arg)} (known: ${Object.keys(limits).map((k) => `--${k}`).join(", ")})`);
    }
    const raw = inline ?? argv[++i];
    const value = Number(String(raw).replace(/_/g, ""));
    const [min, max] = limits[key];
    if (!Number.isInteger(value) || value < min || value > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, but got ${raw}`);
    options[key] = value;
  }
  return options;
}

/**
 * A script's private embedded Neo4j: its data folder (which must end with `dataDir`, so a wrong
 * setting never wipes another database) removed, Neo4j started on it, a driver connected and the
 * schema prepared. If connecting or preparing fails, the started Neo4j is stopped again.
 */
export async function startScratchNeo4j(
  config: Config,
  dataDir: string,
  log: (message: string) => void,
  projectRoot: string,
): Promise<{ embedded: EmbeddedNeo4j; db: Database }> {
  const folder = config.neo4j.embedded.dataDir;
  if (!folder.endsWith(dataDir)) throw new Error(`Refusing to wipe unexpected data folder ${folder}`);
  rmSync(folder, { recursive: true, force: true });
  const embedded = await startEmbeddedNeo4j(config.neo4j.embedded, { info: (m) => log(`[neo4j] ${m}`), warn: (m) => console.warn(`[neo4j] ${m}`) });
  try {
    const db = await connectToNeo4j({ ...config.neo4j, uri: embedded.uri });
    await prepareDatabase(db, projectRoot);
    return { embedded, db };
  } catch (error) {
    await embedded.stop().catch(() => undefined);
    throw error;
  }
}

/** Ctrl-C or a TERM signal runs the script's clean-up (children, driver, Neo4j) before it exits. */
export function cleanUpOnSignals(cleanUp: () => Promise<void>): void {
  process.once("SIGTERM", () => void cleanUp().then(() => process.exit(143)));
  process.once("SIGINT", () => void cleanUp().then(() => process.exit(130)));
}
