import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { BroadcastChannel } from "node:worker_threads";
import Piscina from "piscina";
import type { ConnectOptions } from "../../db/database";
import { DatabaseUnavailableError, EcographError, InvalidInputError, NotFoundError, QueryTimeoutError } from "../../errors";
import { MetricDidNotConvergeError, MetricInputError, MetricTooLargeError } from "../algorithms/metric-errors";
import type { MetricTaskAnswer, MetricTaskMessage } from "./metric-worker";
import type { MetricTaskInput, MetricTaskName, MetricTaskResult } from "./metric-tasks";
import type { MetricWorkerData, PoolChannelMessage } from "./worker-database";

/** Every worker thread is busy and the queue of waiting metric tasks is full. */
export class MetricsBusyError extends EcographError {
  readonly code = "METRICS_BUSY";
}

/** The pool was closed (the API is stopping) before a task finished. */
export class MetricPoolClosedError extends EcographError {
  readonly code = "SHUTTING_DOWN";
}

export interface MetricPoolOptions {
  /** Worker threads (METRICS_WORKER_THREADS). */
  readonly threads: number;
  /** Tasks that may wait for a thread; one more is refused with METRICS_BUSY (METRICS_QUEUE_LIMIT). */
  readonly maxQueue: number;
  /**
   * Neo4j connection settings for the threads' own drivers (the graph read runs in the worker:
   * `readGraph`); the same the API's Database was opened with. Without them `readGraph` fails.
   */
  readonly neo4j?: ConnectOptions;
  /**
   * How much lower the threads' CPU priority is (Unix nice increment, METRICS_WORKER_NICE; 0 =
   * the same): on a busy machine a request thread that wakes up gets a core before a computing
   * worker, so answers do not wait for the algorithm's time slice. Default 0.
   */
  readonly niceIncrement?: number;
  /**
   * How long `close` lets running tasks finish before it ends their threads (default 5 s). A
   * task whose thread is ended fails with SHUTTING_DOWN; a metric job it served has already been
   * marked METRIC_JOB_INTERRUPTED by the job service, which closes before the pool.
   */
  readonly closeGraceMs?: number;
}

/** A thread closes its driver after this long without a read, before piscina ends the idle thread. */
const DRIVER_IDLE_MS = 30_000;
const THREAD_IDLE_MS = 60_000;
/** How long `close` waits for the threads to close their drivers. */
const DRIVER_CLOSE_WAIT_MS = 5_000;
const CLOSE_GRACE_MS = 5_000;

/**
 * The worker threads that run every algorithm (metric-tasks.ts), through piscina: a fixed
 * number of threads, a bounded FIFO queue, and a clear `METRICS_BUSY` error over the bound, so
 * the event loop only talks to Neo4j and HTTP. Typed arrays given in `transfer` move to the
 * worker without a copy; arrays in SharedArrayBuffers (cached graphs) are shared.
 */
export class MetricPool {
  private readonly piscina: Piscina<MetricTaskMessage, MetricTaskAnswer>;
  /** Where threads say they opened or closed their Neo4j driver, and hear that the pool closes. */
  private readonly channel: BroadcastChannel;
  /** Threads whose driver is open. */
  private readonly openDrivers = new Set<number>();
  private driversClosed: (() => void) | undefined;
  private closing = false;

  constructor(private readonly options: MetricPoolOptions) {
    // From the sources (ts-jest) the worker is TypeScript and needs a loader; built, it is plain JS.
    const fromSources = __filename.endsWith(".ts");
    const workerData: MetricWorkerData = {
      ...(options.neo4j && { neo4j: options.neo4j }),
      channel: `ecograph-metric-pool-${randomUUID()}`,
      driverIdleMs: DRIVER_IDLE_MS,
    };
    this.channel = new BroadcastChannel(workerData.channel);
    this.channel.unref();
    this.channel.onmessage = (event) => {
      const message = (event as { data?: PoolChannelMessage }).data;
      if (message === undefined) return;
      if (message.kind === "opened") this.openDrivers.add(message.threadId);
      if (message.kind === "closed") this.openDrivers.delete(message.threadId);
      if (this.openDrivers.size === 0) this.driversClosed?.();
    };
    this.piscina = new Piscina({
      filename: join(__dirname, fromSources ? "ts-worker.js" : "metric-worker.js"),
      minThreads: 0,
      maxThreads: options.threads,
      maxQueue: options.maxQueue,
      idleTimeout: THREAD_IDLE_MS,
      name: "default",
      workerData,
      // "async": an idle thread keeps its event loop running (piscina's default "sync" blocks it in
      // Atomics.wait), so its Neo4j driver can be closed when the pool closes or it idles.
      atomics: "async",
      // Applied per thread on Linux (through piscina's optional @napi-rs/nice; ignored without it).
      niceIncrement: options.niceIncrement ?? 0,
      // A task still running when the pool closes (a graph read whose driver was just closed
      // never settles) may not hold the API's stop for piscina's default 30 s.
      closeTimeout: options.closeGraceMs ?? CLOSE_GRACE_MS,
    });
    // When the grace runs out piscina emits CloseTimeout and then ends the threads, which is
    // what `close` wants; any other error event stays as loud as it was without a listener.
    this.piscina.on("error", (error: unknown) => {
      if (!(this.closing && error instanceof Error && /close operation timed out/i.test(error.message))) throw error;
    });
  }

  /** Threads whose Neo4j driver is open (tests check that `close` closes them). */
  get openDriverCount(): number {
    return this.openDrivers.size;
  }

  /** Tasks running or waiting. */
  get pending(): number {
    return this.piscina.queueSize + (this.piscina.threads.length - this.piscina.idleThreads);
  }

  async run<K extends MetricTaskName>(task: K, input: MetricTaskInput<K>, transfer: ArrayBuffer[] = []): Promise<MetricTaskResult<K>> {
    let answer: MetricTaskAnswer;
    try {
      answer = await this.piscina.run({ task, input }, { transferList: transfer });
    } catch (error) {
      if (this.closing && error instanceof Error && (/Terminating worker thread/i.test(error.message) || error.name === "AbortError")) {
        throw new MetricPoolClosedError(
          "The metric engine stopped (the API is shutting down) before this computation finished. Nothing was cached; " +
            "send the request again once the API is back.",
          { cause: error },
        );
      }
      if (error instanceof Error && /queue is at limit|No task queue available/i.test(error.message)) {
        throw new MetricsBusyError(
          `The metric engine is busy: ${this.options.threads} worker thread(s) are computing and ${this.options.maxQueue} ` +
            `request(s) are waiting (METRICS_QUEUE_LIMIT). Retry in a few seconds, or ask for a cached result ` +
            `(the same selection again) or a smaller scope.`,
          { cause: error },
        );
      }
      throw error;
    }
    if (answer.ok) return answer.value as MetricTaskResult<K>;
    throw rebuildError(answer.error);
  }

  /**
   * Closes the threads' Neo4j drivers (waiting up to a few seconds for them), then the threads:
   * queued tasks fail at once, running ones get `closeGraceMs`, then fail with SHUTTING_DOWN.
   */
  async close(): Promise<void> {
    this.closing = true;
    if (this.openDrivers.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        this.driversClosed = resolve;
        timer = setTimeout(resolve, DRIVER_CLOSE_WAIT_MS);
        this.channel.postMessage({ kind: "close" } satisfies PoolChannelMessage);
      });
      clearTimeout(timer);
    }
    await this.piscina.close({ force: true });
    this.channel.close();
  }
}

/** The project's own error class again, from the plain data a worker sent. */
function rebuildError(error: Extract<MetricTaskAnswer, { ok: false }>["error"]): Error {
  const f = error.fields as Record<string, any>;
  switch (error.code) {
    case "METRIC_TOO_LARGE":
      return new MetricTooLargeError(f.limit, f.actual, f.algorithm, f.nodeCount, f.edgeCount);
    case "METRIC_DID_NOT_CONVERGE":
      return new MetricDidNotConvergeError(f.algorithm, f.maxIterations, f.tolerance);
    case "METRIC_INPUT_INVALID":
      return new MetricInputError(error.message);
    case "BAD_USER_INPUT":
      return new InvalidInputError(error.message);
    case "NOT_FOUND":
      return new NotFoundError(error.message);
    // Neo4j errors of the worker's own read, mapped there by neo4j-errors.ts.
    case "DATABASE_UNAVAILABLE":
      return new DatabaseUnavailableError(error.message);
    case "QUERY_TIMEOUT":
      return new QueryTimeoutError(error.message);
    default: {
      const rebuilt = new Error(error.message) as Error & { code?: unknown };
      rebuilt.name = error.name;
      // An unmapped Neo4jError keeps its status code (e.g. Neo.ClientError.Statement.SyntaxError).
      if (typeof f.code === "string") rebuilt.code = f.code;
      return rebuilt;
    }
  }
}
