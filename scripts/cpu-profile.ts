/**
 * Long tasks in a V8 CPU profile (`node --cpu-prof`): the stretches in which a thread never went
 * idle, longest first, with the functions that took their time. A stretch of the API's main
 * thread is how long a request arriving at its start had to wait (issue 12's responsiveness).
 *
 *   node dist/scripts/cpu-profile.js FILE.cpuprofile [--top 10] [--min-ms 20]
 *   node dist/scripts/cpu-profile.js FILE.cpuprofile --from 176 --to 186   # self time per function in a window (s)
 *
 * bench:responsiveness -- --cpu-prof DIR prints the same for the API's main thread.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { readonly functionName: string; readonly url: string; readonly lineNumber: number };
}

interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface LongTask {
  /** Milliseconds from the start of the profile. */
  readonly startMs: number;
  readonly durationMs: number;
  /** The functions with the most self time in the stretch: "name (file:line)" and ms. */
  readonly top: ReadonlyArray<{ readonly frame: string; readonly ms: number }>;
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url.replace(/^file:\/\//, "").split("/").slice(-2).join("/");
  return `${functionName || "(anonymous)"}${file ? ` (${file}:${lineNumber + 1})` : ""}`;
}

/** The busy stretches (no "(idle)" sample) of a profile, longest first. */
export function longTasks(profile: CpuProfile, options: { top?: number; minMs?: number } = {}): LongTask[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const tasks: LongTask[] = [];
  let time = 0;
  let start = -1;
  let self = new Map<string, number>();
  const close = (end: number) => {
    if (start >= 0 && (end - start) / 1000 >= (options.minMs ?? 20)) {
      const top = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([frame, us]) => ({ frame, ms: us / 1000 }));
      tasks.push({ startMs: start / 1000, durationMs: (end - start) / 1000, top });
    }
    start = -1;
    self = new Map();
  };
  for (let k = 0; k < profile.samples.length; k++) {
    const delta = profile.timeDeltas[k] ?? 0;
    time += delta;
    const node = byId.get(profile.samples[k]!);
    if (node === undefined || node.callFrame.functionName === "(idle)") {
      close(time);
      continue;
    }
    if (start < 0) start = time;
    // The sample's interval is charged to the function sampled (V8's self time).
    const next = profile.timeDeltas[k + 1] ?? delta;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + next);
  }
  close(time);
  return tasks.sort((a, b) => b.durationMs - a.durationMs).slice(0, options.top ?? 10);
}

/** The main thread's profile in a --cpu-prof folder (thread id 0 in the file name), the newest. */
export function mainThreadProfile(dir: string): string | undefined {
  const files = readdirSync(dir).filter((f) => /\.\d+\.0\.\d+\.cpuprofile$/.test(f)).sort();
  return files.length === 0 ? undefined : join(dir, files[files.length - 1]!);
}

export function describeLongTasks(file: string, options: { top?: number; minMs?: number } = {}): string {
  const tasks = longTasks(JSON.parse(readFileSync(file, "utf8")) as CpuProfile, options);
  const lines = [`Longest busy stretches of ${file} (≥ ${options.minMs ?? 20} ms):`];
  if (tasks.length === 0) lines.push("  none");
  for (const task of tasks) {
    lines.push(`  ${task.durationMs.toFixed(1)} ms at +${(task.startMs / 1000).toFixed(2)} s: ${task.top.map((t) => `${t.frame} ${t.ms.toFixed(1)}`).join("; ")}`);
  }
  return lines.join("\n");
}

/** Busy time and self time per function between `fromS` and `toS` seconds after the profile's start. */
export function describeWindow(file: string, fromS: number, toS: number, top = 25): string {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  let time = 0;
  let busy = 0;
  let total = 0;
  for (let k = 0; k < profile.samples.length; k++) {
    time += profile.timeDeltas[k] ?? 0;
    if (time / 1e6 < fromS || time / 1e6 > toS) continue;
    const node = byId.get(profile.samples[k]!);
    if (node === undefined) continue;
    const ms = (profile.timeDeltas[k + 1] ?? 0) / 1000;
    total += ms;
    if (node.callFrame.functionName !== "(idle)") busy += ms;
    const name = frameName(node);
    self.set(name, (self.get(name) ?? 0) + ms);
  }
  const lines = [`${file}, ${fromS}–${toS} s: busy ${busy.toFixed(0)} ms of ${total.toFixed(0)} ms; self time per function:`];
  for (const [name, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${ms.toFixed(1).padStart(8)} ms  ${name}`);
  return lines.join("\n");
}

if (require.main === module) {
  const [file, ...rest] = process.argv.slice(2);
  if (file === undefined || file === "--help") {
    console.log("Usage: node dist/scripts/cpu-profile.js FILE.cpuprofile [--top 10] [--min-ms 20] | [--from S --to S]");
    process.exit(file === undefined ? 1 : 0);
  }
  const option = (name: string) => {
    const i = rest.indexOf(name);
    return i < 0 ? undefined : Number(rest[i + 1]);
  };
  const from = option("--from");
  const to = option("--to");
  if (from !== undefined || to !== undefined) console.log(describeWindow(file, from ?? 0, to ?? Infinity, option("--top") ?? 25));
  else console.log(describeLongTasks(file, { top: option("--top") ?? 10, minMs: option("--min-ms") ?? 20 }));
}
