import { InvalidInputError } from "../../errors";
import { join } from "node:path";
import Piscina from "piscina";
import { EcographError } from "../../errors";
import { MetricDidNotConvergeError, MetricInputError, MetricTooLargeError } from "../algorithms/metric-errors";
import type { MetricTaskAnswer, MetricTaskMessage } from "./metric-worker";
import type { MetricTaskInput, MetricTaskName, MetricTaskResult } from "./metric-tasks";

/** Every worker thread is busy and the queue of waiting metric tasks is full. */
export class MetricsBusyError extends EcographError {
  readonly code = "METRICS_BUSY";
}

export interface MetricPoolOptions {
  /** Worker threads (METRICS_WORKER_THREADS). */
  readonly threads: number;
  /** Tasks that may wait for a thread; one more is refused with METRICS_BUSY (METRICS_QUEUE_LIMIT). */
  readonly maxQueue: number;
}

/**
 * The worker threads that run every algorithm (metric-tasks.ts), through piscina: a fixed
 * number of threads, a bounded FIFO queue, and a clear `METRICS_BUSY` error over the bound, so
 * the event loop only talks to Neo4j and HTTP. Typed arrays given in `transfer` move to the
 * worker without a copy; arrays in SharedArrayBuffers (cached graphs) are shared.
 */
export class MetricPool {
  private readonly piscina: Piscina<MetricTaskMessage, MetricTaskAnswer>;

  constructor(private readonly options: MetricPoolOptions) {
    // From the sources (ts-jest) the worker is TypeScript and needs a loader; built, it is plain JS.
    const fromSources = __filename.endsWith(".ts");
    this.piscina = new Piscina({
      filename: join(__dirname, fromSources ? "ts-worker.js" : "metric-worker.js"),
      minThreads: 0,
      maxThreads: options.threads,
      maxQueue: options.maxQueue,
      idleTimeout: 60_000,
      name: "default",
    });
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

  async close(): Promise<void> {
    await this.piscina.close({ force: true });
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
    default: {
      const rebuilt = new Error(error.message);
      rebuilt.name = error.name;
      return rebuilt;
    }
  }
}
