/**
 * The probing client of `npm run bench:responsiveness`, in a process of its own (forked with an
 * IPC channel): it holds nothing but its HTTP connection, so its own garbage collection and event
 * loop stay small, as a real client's would, and do not count as the API's latency. The bench
 * loads the graphs and holds its Neo4j driver in the other process.
 *
 *   argv: <API base URL> <API process id>
 *   parent → child: { kind: "warmUp", probes } | { kind: "start" } | { kind: "stop" }
 *   child → parent: { kind: "warmedUp", seconds } | { kind: "started" } | { kind: "result", latencies, stalls } | { kind: "failed", message }
 */
import { monitorEventLoopDelay, performance, PerformanceObserver } from "node:perf_hooks";
import { machineCpuTicks, runQueueWaitMs } from "./bench-support";

/** Named, so the API's request log lines of the probes can be told apart (server-side time). */
export const PROBE = JSON.stringify({ query: "query Probe { platforms { name } }", operationName: "Probe" });
export const PROBE_INTERVAL_MS = 100;

/**
 * What else held the probes up: the API is not the only process on the machine, and a thread that
 * is ready to run may wait for one of its 2 cores.
 */
export interface ProbeStalls {
  /** Longest delay of the client's event loop (ms): a probe's answer waits at least that long. */
  readonly loopMaxMs: number;
  /** Longest garbage-collection pause of the client (ms). */
  readonly gcMaxMs: number;
  /** During the slowest probe: how long the API's main thread and the client's waited for a CPU (ms, Linux). */
  readonly slowestApiWaitMs: number | null;
  readonly slowestClientWaitMs: number | null;
  /** Share of the machine's CPU time taken by its host for other guests during the phase (Linux). */
  readonly stealPercent: number | null;
}

export type ProbeCommand = { kind: "warmUp"; probes: number } | { kind: "start" } | { kind: "stop" };
export type ProbeReply =
  | { kind: "warmedUp"; seconds: number }
  | { kind: "started" }
  | { kind: "result"; latencies: number[]; stalls: ProbeStalls }
  | { kind: "failed"; message: string };

async function graphql(url: string, body: string): Promise<{ errors?: unknown[] }> {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
  return (await response.json()) as { errors?: unknown[] };
}

/**
 * Sends the trivial query every 100 ms until `stopped()` says so, on a fixed schedule: a slow
 * answer does not delay the next probe. Returns every latency in ms, and what held them up.
 */
async function probe(url: string, apiPid: number, stopped: () => boolean): Promise<{ latencies: number[]; stalls: ProbeStalls }> {
  const latencies: number[] = [];
  let slowest = { ms: -1, apiWaitMs: null as number | null, clientWaitMs: null as number | null };
  const waited = (before: number | null, after: number | null) => (before === null || after === null ? null : after - before);
  const cpuBefore = machineCpuTicks();
  const inFlight: Array<Promise<void>> = [];
  let failures = 0;
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  let gcMaxMs = 0;
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMaxMs = Math.max(gcMaxMs, entry.duration);
  });
  gcObserver.observe({ entryTypes: ["gc"] });
  loopDelay.enable();
  while (!stopped()) {
    const sent = performance.now();
    const apiWait = runQueueWaitMs(apiPid);
    const clientWait = runQueueWaitMs(process.pid);
    inFlight.push(
      graphql(url, PROBE).then(
        (answer) => {
          if (answer.errors) failures++;
          const ms = performance.now() - sent;
          latencies.push(ms);
          if (ms > slowest.ms) slowest = { ms, apiWaitMs: waited(apiWait, runQueueWaitMs(apiPid)), clientWaitMs: waited(clientWait, runQueueWaitMs(process.pid)) };
        },
        () => void failures++,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS - ((performance.now() - sent) % PROBE_INTERVAL_MS)));
  }
  await Promise.all(inFlight);
  loopDelay.disable();
  gcObserver.disconnect();
  if (failures > 0) throw new Error(`${failures} probe queries failed`);
  const cpuAfter = machineCpuTicks();
  const stealPercent = cpuBefore === null || cpuAfter === null ? null : (100 * (cpuAfter.steal - cpuBefore.steal)) / Math.max(1, cpuAfter.total - cpuBefore.total);
  return {
    latencies,
    stalls: { loopMaxMs: loopDelay.max / 1e6, gcMaxMs, slowestApiWaitMs: slowest.apiWaitMs, slowestClientWaitMs: slowest.clientWaitMs, stealPercent },
  };
}

function main(): void {
  const [url, pid] = process.argv.slice(2);
  const apiPid = Number(pid);
  if (url === undefined || !Number.isInteger(apiPid) || process.send === undefined) {
    console.error("probe-client is started by benchmark-responsiveness (fork, with the API's URL and process id)");
    process.exit(2);
  }
  const reply = (message: ProbeReply) => process.send!(message);
  const fail = (error: unknown) => reply({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
  let stop = false;
  process.on("message", (command: ProbeCommand) => {
    if (command.kind === "warmUp") {
      const started = performance.now();
      void (async () => {
        for (let i = 0; i < command.probes; i++) await graphql(url, PROBE);
        reply({ kind: "warmedUp", seconds: (performance.now() - started) / 1000 });
      })().catch(fail);
    } else if (command.kind === "start") {
      stop = false;
      const result = probe(url, apiPid, () => stop);
      reply({ kind: "started" });
      result.then((r) => reply({ kind: "result", ...r }), fail);
    } else {
      stop = true;
    }
  });
  // The bench ended (or died): so does the client.
  process.on("disconnect", () => process.exit(0));
}

if (require.main === module) main();
