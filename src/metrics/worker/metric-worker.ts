import { EcographError } from "../../errors";
import { METRIC_TASKS, type MetricTaskName } from "./metric-tasks";

/** What a worker thread is asked: one named task of METRIC_TASKS and its input. */
export interface MetricTaskMessage {
  readonly task: MetricTaskName;
  readonly input: unknown;
}

/**
 * The answer of a worker thread. Errors travel as plain data (code, message and the fields the
 * error classes need), since an Error crossing a thread boundary loses its class and `code`.
 */
export type MetricTaskAnswer =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: { readonly name: string; readonly code: string | null; readonly message: string; readonly fields: Record<string, unknown> } };

/**
 * The piscina worker entry: runs one task. Algorithm tasks are synchronous (this thread does
 * nothing else meanwhile); the graph read awaits Neo4j.
 */
export default async function runMetricTask(message: MetricTaskMessage): Promise<MetricTaskAnswer> {
  const task = METRIC_TASKS[message.task] as ((input: unknown) => unknown) | undefined;
  if (task === undefined) {
    return { ok: false, error: { name: "Error", code: null, message: `Unknown metric task ${JSON.stringify(message.task)}.`, fields: {} } };
  }
  try {
    return { ok: true, value: await task(message.input) };
  } catch (error) {
    const fields: Record<string, unknown> = {};
    if (error instanceof Error) {
      for (const [key, value] of Object.entries(error)) if (typeof value === "number" || typeof value === "string") fields[key] = value;
    }
    return {
      ok: false,
      error: {
        name: error instanceof Error ? error.name : "Error",
        code: error instanceof EcographError ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
        fields,
      },
    };
  }
}
