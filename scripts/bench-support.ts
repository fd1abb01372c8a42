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
