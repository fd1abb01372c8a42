import { readFileSync } from "node:fs";

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
