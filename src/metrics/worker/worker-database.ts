import { BroadcastChannel, isMainThread, threadId, workerData } from "node:worker_threads";
import { connectToNeo4j, type ConnectOptions, type Database } from "../../db/database";

/**
 * What a metric worker thread needs to open its own Neo4j driver (issue 12: the graph read runs
 * in the worker, so the event loop that answers HTTP never decodes its rows). The pool passes it
 * as `workerData`; the values come from config.ts and the API's own connection, never from the
 * environment here.
 */
export interface MetricWorkerData {
  /** Connection settings, the same the API's Database uses; absent for pools that never read Neo4j. */
  readonly neo4j?: ConnectOptions;
  /** BroadcastChannel on which the pool tells its threads to close their drivers. */
  readonly channel: string;
  /** A thread closes its driver after this long without a read (before piscina ends an idle thread). */
  readonly driverIdleMs: number;
}

/** Messages on the pool's channel. */
export type PoolChannelMessage =
  | { readonly kind: "close" }
  | { readonly kind: "opened"; readonly threadId: number }
  | { readonly kind: "closed"; readonly threadId: number };

let opening: Promise<Database> | undefined;
let channel: BroadcastChannel | undefined;
let idleTimer: NodeJS.Timeout | undefined;
let reading = 0;

function settings(): MetricWorkerData {
  const data = workerData as MetricWorkerData | undefined;
  if (isMainThread || data === undefined || typeof data.channel !== "string") {
    throw new Error("workerDatabase() runs only inside a metric worker thread started by MetricPool.");
  }
  return data;
}

/**
 * Runs `work` with this thread's Database, opened on first use (one driver per thread, through
 * connectToNeo4j like the API's, so errors are mapped at the same boundary). The driver is closed
 * when the pool closes, or after `driverIdleMs` without a read.
 */
export async function withWorkerDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const data = settings();
  if (data.neo4j === undefined) {
    throw new Error("This metric pool was created without Neo4j settings (MetricPoolOptions.neo4j), so its threads cannot read the graph.");
  }
  clearTimeout(idleTimer);
  reading++;
  try {
    if (opening === undefined) {
      listen(data.channel);
      const connecting = connectToNeo4j(data.neo4j);
      opening = connecting;
      connecting.then(
        () => channel?.postMessage({ kind: "opened", threadId } satisfies PoolChannelMessage),
        () => {
          if (opening === connecting) opening = undefined;
        },
      );
    }
    return await work(await opening);
  } finally {
    if (--reading === 0) idleTimer = setTimeout(() => void closeWorkerDatabase(), data.driverIdleMs).unref();
  }
}

function listen(name: string): void {
  if (channel !== undefined) return;
  channel = new BroadcastChannel(name);
  channel.unref();
  channel.onmessage = (event) => {
    if ((event as { data?: PoolChannelMessage }).data?.kind === "close") void closeWorkerDatabase();
  };
}

/** Closes this thread's driver (if open) and tells the pool. */
async function closeWorkerDatabase(): Promise<void> {
  clearTimeout(idleTimer);
  const open = opening;
  opening = undefined;
  if (open !== undefined) {
    const db = await open.catch(() => undefined);
    await db?.close().catch(() => undefined);
    channel?.postMessage({ kind: "closed", threadId } satisfies PoolChannelMessage);
  }
}
