import { isMainThread } from "node:worker_threads";
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape, type ResultSummary } from "neo4j-driver";
import { DatabaseUnavailableError } from "../errors";
import { BUMP_GRAPH_VERSION } from "./graph-version";
import { mapNeo4jError } from "./neo4j-errors";

/**
 * How many records Neo4j sends `readEach` per batch on the main thread. The records of a batch
 * are decoded and handed over without a break; between batches (one round trip) the event loop
 * takes other work, so an HTTP request waits for at most one batch of a long read. A worker
 * thread, whose event loop serves nothing else, asks for the whole result at once (-1), which
 * saves the round trips: a third of the time of the 100,000-actor graph read (issue 12).
 */
const READ_EACH_FETCH_SIZE = isMainThread ? 2_000 : -1;

/** A Cypher statement with a name, so logs and query counts say which one ran. */
export interface NamedQuery {
  readonly name: string;
  readonly cypher: string;
  /**
   * False for a write that changes nothing metrics read (metric write-back, the graph version
   * itself): it does not bump the graph version. Default true for every write.
   */
  readonly changesGraph?: boolean;
}

/**
 * What code that writes its own Cypher (the generated @neo4j/graphql mutations) is given by
 * `Database.writeTransaction`: statements run in one open transaction.
 */
export interface StatementRunner {
  run(cypher: string, params?: Record<string, unknown>): Promise<QueryResult>;
}

/** Called once per query Ecograph runs; lets a request count its database round trips. */
export type QueryObserver = (query: NamedQuery) => void;

export interface DatabaseOptions {
  /** The Bolt URI, used in error messages. */
  readonly uri: string;
  readonly database: string | undefined;
  readonly transactionTimeoutMs: number;
}

/**
 * Ecograph's access to Neo4j: named queries with parameters, reads through `executeRead` and
 * writes through `executeWrite` (so transient errors are retried and a cluster routes reads to
 * secondaries), every transaction with a timeout, and Neo4j errors mapped at this one boundary.
 * Every write transaction also bumps the graph version (graph-version.ts) before it commits.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly options: DatabaseOptions,
  ) {}

  async read<T extends RecordShape = RecordShape>(
    query: NamedQuery,
    params: Record<string, unknown> = {},
    observe?: QueryObserver,
  ): Promise<T[]> {
    return this.run("READ", query, params, observe);
  }

  async write<T extends RecordShape = RecordShape>(
    query: NamedQuery,
    params: Record<string, unknown> = {},
    observe?: QueryObserver,
  ): Promise<T[]> {
    return this.run("WRITE", query, params, observe);
  }

  /**
   * Runs a read and hands each record to `onRecord` as it arrives, so a large result (a million
   * relationships) is never held as one array of driver records. A retried transaction starts
   * over, so `onRecord` is told through `onRestart` to drop what it collected.
   */
  async readEach<T extends RecordShape = RecordShape>(
    query: NamedQuery,
    params: Record<string, unknown>,
    onRecord: (record: T) => void,
    options: { observe?: QueryObserver | undefined; onRestart?: () => void } = {},
  ): Promise<void> {
    options.observe?.(query);
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.READ, fetchSize: READ_EACH_FETCH_SIZE });
    try {
      let attempt = 0;
      await session.executeRead(
        (tx) => {
          if (attempt++ > 0) options.onRestart?.();
          // The driver's push API hands each record over as it is decoded; the async iterator
          // costs a promise per record, which made the 100,000-actor read a quarter slower.
          return new Promise<void>((resolve, reject) => {
            let failed = false;
            tx.run<T>(query.cypher, params).subscribe({
              onNext: (record) => {
                if (failed) return;
                try {
                  onRecord(record.toObject());
                } catch (error) {
                  // The callback refused a record: the read fails with its error (the
                  // transaction is rolled back) and the records still arriving are ignored.
                  failed = true;
                  reject(error);
                }
              },
              onCompleted: () => resolve(),
              onError: (error) => reject(error),
            });
          });
        },
        { timeout: this.options.transactionTimeoutMs },
      );
    } catch (error) {
      throw mapNeo4jError(error, this.options.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs several writes in one transaction: all of them commit or none does. Each step's records
   * go to its `collect`; a retried transaction runs every step again, so `onRestart` is told to
   * drop what was collected. `beforeCommit` is called when every step has run and the commit is
   * about to be sent.
   */
  async writeAll(
    steps: ReadonlyArray<{ query: NamedQuery; params: Record<string, unknown>; collect?: (record: any) => void }>,
    options: { observe?: QueryObserver | undefined; onRestart?: () => void; beforeCommit?: () => void } = {},
  ): Promise<void> {
    const session = this.driver.session({ database: this.options.database });
    try {
      let attempt = 0;
      await session.executeWrite(
        async (tx) => {
          if (attempt++ > 0) options.onRestart?.();
          let changed = false;
          for (const step of steps) {
            options.observe?.(step.query);
            const result = await tx.run(step.query.cypher, step.params);
            if (step.collect) for (const record of result.records) step.collect(record.toObject());
            if (step.query.changesGraph !== false && changedData(result.summary)) changed = true;
          }
          if (changed) await tx.run(BUMP_GRAPH_VERSION.cypher);
          // Every step ran; the driver commits next. A failure after this point may come after
          // Neo4j committed (the answer to the commit was lost), which the caller must not
          // report as "not written".
          options.beforeCommit?.();
        },
        { timeout: this.options.transactionTimeoutMs },
      );
    } catch (error) {
      throw mapNeo4jError(error, this.options.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Runs `work`, code that sends Cypher of its own (a generated @neo4j/graphql mutation, which
   * takes the runner as its `executionContext`), in one write transaction, and bumps the graph
   * version in that transaction when any statement changed data: the write and the bump commit
   * together or not at all, so no process can see the one without the other. A failure of
   * `work` rolls everything back; a transient Neo4j failure runs `work` again in a fresh
   * transaction. Errors of `work` keep their class (the generated API explains its own).
   */
  async writeTransaction<T>(work: (tx: StatementRunner) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.options.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(
        async (tx) => {
          let changed = false;
          const value = await work({
            run: async (cypher, params) => {
              const result = await tx.run(cypher, params);
              if (changedData(result.summary)) changed = true;
              return result;
            },
          });
          if (changed) await tx.run(BUMP_GRAPH_VERSION.cypher);
          return value;
        },
        { timeout: this.options.transactionTimeoutMs },
      );
    } catch (error) {
      throw mapNeo4jError(error, this.options.uri);
    } finally {
      await session.close();
    }
  }

  /**
   * Answers whether Neo4j responds right now, without retries (for health checks), within
   * `timeoutMs`.
   */
  async ping(timeoutMs: number): Promise<{ reachable: true; latencyMs: number } | { reachable: false; error: string }> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.driver.getServerInfo({ database: this.options.database }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        }),
      ]);
      return { reachable: true, latencyMs: Date.now() - started };
    } catch (error) {
      return { reachable: false, error: error instanceof Error ? error.message.split("\n", 1)[0]! : String(error) };
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  private async run<T extends RecordShape>(
    mode: "READ" | "WRITE",
    query: NamedQuery,
    params: Record<string, unknown>,
    observe: QueryObserver | undefined,
  ): Promise<T[]> {
    observe?.(query);
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    try {
      const work = async (tx: ManagedTransaction): Promise<T[]> => {
        const result = await tx.run<T>(query.cypher, params);
        const records = result.records.map((record) => record.toObject());
        // Every write that changed data bumps the graph version in its own transaction
        // (graph-version.ts), so every process sees it together with the write, or not at all.
        if (mode === "WRITE" && query.changesGraph !== false && changedData(result.summary)) await tx.run(BUMP_GRAPH_VERSION.cypher);
        return records;
      };
      const config = { timeout: this.options.transactionTimeoutMs };
      return mode === "READ"
        ? await session.executeRead(work, config)
        : await session.executeWrite(work, config);
    } catch (error) {
      throw mapNeo4jError(error, this.options.uri);
    } finally {
      await session.close();
    }
  }
}

/** Whether a statement changed nodes, relationships, labels or properties (not schema, not nothing). */
function changedData(summary: ResultSummary): boolean {
  const u = summary.counters.updates();
  return (
    u.nodesCreated + u.nodesDeleted + u.relationshipsCreated + u.relationshipsDeleted + u.propertiesSet + u.labelsAdded + u.labelsRemoved > 0
  );
}

export interface ConnectOptions extends DatabaseOptions {
  readonly user: string;
  readonly password: string;
  /** How long to wait for the server before failing with a clear error. */
  readonly connectTimeoutMs: number;
  /** How long transient failures are retried before a query fails (default 5 s). */
  readonly maxRetryMs?: number;
}

/**
 * Creates the driver and checks that Neo4j answers, within `connectTimeoutMs`. An unreachable or
 * misconfigured server is reported as a `DatabaseUnavailableError` that names the URI, never as a
 * hang. Integers come back as JavaScript numbers (`disableLosslessIntegers`): every count and
 * year Ecograph stores fits in 2^53.
 */
export async function connectToNeo4j(options: ConnectOptions): Promise<Database> {
  const driver = neo4j.driver(options.uri, neo4j.auth.basic(options.user, options.password), {
    disableLosslessIntegers: true,
    connectionTimeout: options.connectTimeoutMs,
    connectionAcquisitionTimeout: options.connectTimeoutMs,
    // While Neo4j is away a request fails with DATABASE_UNAVAILABLE after this long, instead of
    // hanging; when it is back the next request gets a fresh connection from the pool.
    maxTransactionRetryTime: options.maxRetryMs ?? 5_000,
    userAgent: "ecograph",
  });
  const db = new Database(driver, options);
  const answer = await db.ping(options.connectTimeoutMs);
  if (!answer.reachable) {
    await driver.close().catch(() => undefined);
    throw new DatabaseUnavailableError(
      `Cannot connect to Neo4j at ${options.uri} as user "${options.user}": ${answer.error}. ` +
        "Check that Neo4j is running there and that NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD are right, " +
        "or unset NEO4J_URI to use the embedded Neo4j.",
    );
  }
  return db;
}
