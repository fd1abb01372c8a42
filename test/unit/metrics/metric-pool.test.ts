import { readdirSync, readFileSync } from "node:fs";
import { MetricTooLargeError } from "../../../src/metrics/algorithms/metric-errors";
import { MetricPool, MetricPoolClosedError, MetricsBusyError } from "../../../src/metrics/worker/metric-pool";

jest.setTimeout(180_000);

describe("metric worker pool", () => {
  let pool: MetricPool;
  afterEach(async () => pool?.close());

  const rawPath = (n: number) => {
    // A path 0 – 1 – … – n-1 as the graph reader would hand it over.
    const ids = Array.from({ length: n }, (_, i) => `v${String(i).padStart(6, "0")}`);
    const sources = Int32Array.from({ length: n - 1 }, (_, i) => i);
    const targets = Int32Array.from({ length: n - 1 }, (_, i) => i + 1);
    return { ids, isNode: new Uint8Array(n).fill(1), duplicate: null, sources, targets, weights: null, edgeCount: n - 1 };
  };

  it("builds a graph in a worker and ranks on it, with the project's own errors coming back", async () => {
    pool = new MetricPool({ threads: 1, maxQueue: 4 });
    const graph = await pool.run("buildGraph", { raw: rawPath(5), directed: false, weighted: false });
    expect(graph.ids).toEqual(["v000000", "v000001", "v000002", "v000003", "v000004"]);
    expect(graph.edgeCount).toBe(4);
    expect(Object.prototype.toString.call(graph.out.starts.buffer)).toBe("[object SharedArrayBuffer]");
    const degree = await pool.run("column", { graph, measure: "DEGREE", maxNodesTimesEdges: Infinity });
    expect([...degree.values]).toEqual([1, 2, 2, 2, 1]);
    expect([...degree.order]).toEqual([1, 2, 3, 0, 4]);
    await expect(pool.run("column", { graph, measure: "BETWEENNESS", maxNodesTimesEdges: 10 })).rejects.toThrow(MetricTooLargeError);
    await expect(pool.run("column", { graph, measure: "BETWEENNESS", maxNodesTimesEdges: 10 })).rejects.toThrow(/METRICS_EXACT_LIMIT/);
  });

  it("refuses work beyond its queue bound with METRICS_BUSY and retry advice", async () => {
    pool = new MetricPool({ threads: 1, maxQueue: 1 });
    const graph = await pool.run("buildGraph", { raw: rawPath(3000), directed: false, weighted: false });
    const slow = () => pool.run("column", { graph, measure: "CLOSENESS", maxNodesTimesEdges: Infinity });
    const outcomes = await Promise.allSettled([slow(), slow(), slow(), slow()]);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === "rejected").map((o) => o.reason);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    for (const error of refused) {
      expect(error).toBeInstanceOf(MetricsBusyError);
      expect(error.code).toBe("METRICS_BUSY");
      expect(error.message).toMatch(/Retry in a few seconds/);
    }
    expect(outcomes.some((o) => o.status === "fulfilled")).toBe(true);
  });

  it("closes within its grace even while a task runs: the running and the queued task fail with SHUTTING_DOWN", async () => {
    pool = new MetricPool({ threads: 1, maxQueue: 4, closeGraceMs: 50 });
    const graph = await pool.run("buildGraph", { raw: rawPath(20_000), directed: false, weighted: false });
    // Exact closeness on a 20,000-actor path: seconds of work, far longer than the grace.
    const running = pool.run("column", { graph, measure: "CLOSENESS", maxNodesTimesEdges: Infinity });
    const queued = pool.run("column", { graph, measure: "CLOSENESS", maxNodesTimesEdges: Infinity });
    await new Promise((resolve) => setTimeout(resolve, 200)); // the first task is in its thread
    const [runningOutcome, queuedOutcome] = await Promise.allSettled([running, queued, pool.close()]);
    for (const outcome of [runningOutcome, queuedOutcome]) {
      expect(outcome!.status).toBe("rejected");
      const error = (outcome as PromiseRejectedResult).reason;
      expect(error).toBeInstanceOf(MetricPoolClosedError);
      expect(error.code).toBe("SHUTTING_DOWN");
      expect(error.message).toMatch(/shutting down/);
    }
  });

  it("runs its threads at a lower CPU priority when asked (METRICS_WORKER_NICE), so a request thread is not kept waiting", async () => {
    if (process.platform !== "linux") throw new Error("This check reads /proc (Linux); run the unit tests on Linux.");
    // Field 19 of /proc/<pid>/task/<tid>/stat is the thread's nice value (after the ")" of the name).
    const niceOf = (tid: string | number) => Number(readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1]!.split(" ")[16]);
    const niceOfThreads = () => readdirSync("/proc/self/task").map(niceOf);
    // The main thread's id is the process id (not always the lowest thread id: ids wrap around).
    const mainBefore = niceOf(process.pid);
    pool = new MetricPool({ threads: 1, maxQueue: 4, niceIncrement: 7 });
    await pool.run("sortIds", { ids: ["b", "a"] });
    expect(niceOfThreads().filter((nice) => nice === mainBefore + 7).length).toBeGreaterThanOrEqual(1);
    expect(niceOf(process.pid)).toBe(mainBefore); // the main thread keeps its priority
  });
});
