import { createHash, randomUUID } from "node:crypto";
import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { EcographError, InvalidInputError, NotFoundError } from "../errors";
import { describeSelection, type GraphSelection } from "./graph-reader";
import { CentralityMeasure, checkParameters, type MetricsService, type PowerIterationParameters } from "./metrics.service";

/**
 * Metrics that can be written onto actor nodes, and the node property each is stored in. The
 * properties are declared on the actor types in schema/actors.graphql, so the generated `where`
 * and `sort` arguments (and plain Cypher) can filter and sort on them.
 */
export const STORED_METRICS = {
  DEGREE: "degree",
  IN_DEGREE: "inDegree",
  OUT_DEGREE: "outDegree",
  WEIGHTED_DEGREE: "weightedDegree",
  BETWEENNESS: "betweenness",
  CLOSENESS: "closeness",
  EIGENVECTOR: "eigenvector",
  PAGERANK: "pageRank",
  CONSTRAINT: "burtConstraint",
  EFFECTIVE_SIZE: "effectiveSize",
  ARTICULATION_POINT: "articulationPoint",
} as const;
export type StoredMetric = keyof typeof STORED_METRICS;

/**
 * Where a write-back job is (issue 12, item 4). QUEUED: recorded, not started; RUNNING: reading
 * the graph and computing; WRITING: storing the values batch by batch; DONE: every value stored
 * and the MetricRun recorded; FAILED: stopped with an error (bad input found late, a metric
 * refused, the API process stopped or died). DONE and FAILED are final.
 */
export type MetricJobState = "QUEUED" | "RUNNING" | "WRITING" | "DONE" | "FAILED";
const ACTIVE_STATES: readonly MetricJobState[] = ["QUEUED", "RUNNING", "WRITING"];

/** A write-back job as stored in its `(:MetricJob)` node. */
export interface MetricJobRecord {
  readonly id: string;
  readonly state: MetricJobState;
  readonly metrics: readonly StoredMetric[];
  /** JSON of the selection (scope, relationship types, direction, weights) and the parameters. */
  readonly parameters: string;
  /** When the job was recorded (ISO 8601). */
  readonly createdAt: string;
  /** When it began computing; null while queued. */
  readonly startedAt: string | null;
  /** When it became DONE or FAILED; null before. */
  readonly finishedAt: string | null;
  /** From start to finish, or to now while it runs; null while queued. */
  readonly durationMs: number | null;
  /** Actors in the graph (known once the graph is read). */
  readonly actorCount: number | null;
  readonly relationshipCount: number | null;
  /** Actors whose values are stored so far. */
  readonly writtenActors: number;
  /** writtenActors / actorCount: 0 until writing starts, 1 when done. */
  readonly progress: number;
  readonly errorCode: string | null;
  readonly errorMessage: string | null;
  /** When the retention bound (METRICS_HISTORY_RUNS) deleted this DONE run's history values; null while kept. */
  readonly valuesPrunedAt: string | null;
}

/** The answer to starting a job: the job, and whether it joined one already running. */
export interface StartedMetricJob extends MetricJobRecord {
  /** True when an identical job (same metrics, selection and parameters) was running: this is that job. */
  readonly joined: boolean;
}

/** One stored value of an actor's metric history (a `(:MetricValue)` node). */
export interface MetricHistoryEntry {
  readonly actorId: string;
  readonly measure: StoredMetric;
  /** The value; 1 / 0 for ARTICULATION_POINT; null where the measure is undefined (constraint of an isolate). */
  readonly value: number | null;
  /** The job (and MetricRun) that computed it. */
  readonly job: string;
  readonly computedAt: string;
  /** JSON of the selection the value was computed on. */
  readonly scope: string;
}

/** A job that ended FAILED, for a caller that waited for it (`runMetrics(wait: true)`). */
export class MetricJobFailedError extends EcographError {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** The API process is stopping: no new job is accepted. */
export class MetricJobsStoppingError extends EcographError {
  readonly code = "SHUTTING_DOWN";
}

const INTERRUPTED = "METRIC_JOB_INTERRUPTED";
const ABANDONED = "METRIC_JOB_ABANDONED";

export const METRIC_JOB_CONSTRAINT: NamedQuery = {
  name: "metricJobs.constraint",
  cypher: "CREATE CONSTRAINT metric_job_id IF NOT EXISTS FOR (j:MetricJob) REQUIRE j.id IS UNIQUE",
  changesGraph: false,
};

export const METRIC_JOB_KEY_CONSTRAINT: NamedQuery = {
  name: "metricJobs.keyConstraint",
  cypher: "CREATE CONSTRAINT metric_job_key IF NOT EXISTS FOR (k:MetricJobKey) REQUIRE k.key IS UNIQUE",
  changesGraph: false,
};

export const METRIC_VALUE_INDEX: NamedQuery = {
  name: "metricJobs.valueIndex",
  cypher: "CREATE INDEX metric_value_actor IF NOT EXISTS FOR (v:MetricValue) ON (v.actorId, v.measure)",
  changesGraph: false,
};

/** History values by job, so the values of a pruned run are found without a label scan. */
export const METRIC_VALUE_JOB_INDEX: NamedQuery = {
  name: "metricJobs.valueJobIndex",
  cypher: "CREATE INDEX metric_value_job IF NOT EXISTS FOR (v:MetricValue) ON (v.job)",
  changesGraph: false,
};

/** The statements prepareDatabase runs for jobs and history (idempotent). */
export const METRIC_JOB_SCHEMA: readonly NamedQuery[] = [METRIC_JOB_CONSTRAINT, METRIC_JOB_KEY_CONSTRAINT, METRIC_VALUE_INDEX, METRIC_VALUE_JOB_INDEX];

/**
 * Takes the lock of a job key: one `(:MetricJobKey)` node per selection, so two processes that
 * start the same job at once are serialised on it, and the second sees the first's job.
 */
export const LOCK_JOB_KEY: NamedQuery = {
  name: "metricJobs.lockKey",
  cypher: `MERGE (k:MetricJobKey {key: $key}) SET k.lockedAt = datetime()`,
  changesGraph: false,
};

/** Active jobs whose owner stopped sending heartbeats: the process running them died. */
const STALE = `j.state IN $active AND j.heartbeatAt < datetime() - duration({milliseconds: $staleMs})`;
/** What a job whose process died becomes: FAILED, with the code and message that say so. */
const MARK_ABANDONED = `SET j.state = 'FAILED', j.finishedAt = datetime(), j.errorCode = '${ABANDONED}', j.errorMessage = $abandoned`;

export const FAIL_ABANDONED_JOBS_OF_KEY: NamedQuery = {
  name: "metricJobs.failAbandonedOfKey",
  cypher: `
    MATCH (j:MetricJob {key: $key}) WHERE ${STALE}
    ${MARK_ABANDONED}`,
  changesGraph: false,
};

/** Joins the active job of the key, or records a new one (QUEUED), under the key's lock. */
export const CREATE_OR_JOIN_JOB: NamedQuery = {
  name: "metricJobs.createOrJoin",
  cypher: `
    OPTIONAL MATCH (active:MetricJob {key: $key}) WHERE active.state IN $active
    WITH active ORDER BY active.createdAt DESC LIMIT 1
    CALL (active) {
      WITH active WHERE active IS NULL
      CREATE (j:MetricJob {id: $id, key: $key, state: 'QUEUED', owner: $owner, metrics: $metrics, parameters: $parameters,
                           scope: $scope, createdAt: datetime(), heartbeatAt: datetime(), writtenActors: 0})
      RETURN j
      UNION
      WITH active WHERE active IS NOT NULL
      RETURN active AS j
    }
    RETURN j.id AS id`,
  changesGraph: false,
};

export const READ_JOB: NamedQuery = {
  name: "metricJobs.read",
  cypher: `
    MATCH (j:MetricJob {id: $id})
    RETURN j.id AS id, j.state AS state, j.metrics AS metrics, j.parameters AS parameters,
           toString(j.createdAt) AS createdAt, toString(j.startedAt) AS startedAt, toString(j.finishedAt) AS finishedAt,
           CASE WHEN j.startedAt IS NULL THEN null
                ELSE duration.inSeconds(j.startedAt, coalesce(j.finishedAt, datetime())).milliseconds END AS durationMs,
           j.actorCount AS actorCount, j.relationshipCount AS relationshipCount, j.writtenActors AS writtenActors,
           j.errorCode AS errorCode, j.errorMessage AS errorMessage, toString(j.valuesPrunedAt) AS valuesPrunedAt, ${STALE} AS stale`,
};

export const FAIL_ABANDONED_JOB: NamedQuery = {
  name: "metricJobs.failAbandoned",
  cypher: `
    MATCH (j:MetricJob {id: $id}) WHERE ${STALE}
    ${MARK_ABANDONED}`,
  changesGraph: false,
};

export const HEARTBEAT: NamedQuery = {
  name: "metricJobs.heartbeat",
  cypher: `MATCH (j:MetricJob {id: $id, owner: $owner}) WHERE j.state IN $active SET j.heartbeatAt = datetime()`,
  changesGraph: false,
};

export const MARK_RUNNING: NamedQuery = {
  name: "metricJobs.running",
  cypher: `
    MATCH (j:MetricJob {id: $id, owner: $owner}) WHERE j.state = 'QUEUED'
    SET j.state = 'RUNNING', j.startedAt = datetime(), j.heartbeatAt = datetime()
    RETURN j.id AS id`,
  changesGraph: false,
};

export const MARK_WRITING: NamedQuery = {
  name: "metricJobs.writing",
  cypher: `
    MATCH (j:MetricJob {id: $id, owner: $owner}) WHERE j.state = 'RUNNING'
    SET j.state = 'WRITING', j.actorCount = $actorCount, j.relationshipCount = $relationshipCount, j.heartbeatAt = datetime()
    RETURN j.id AS id`,
  changesGraph: false,
};

/**
 * One batch of values: onto the actor nodes (the latest values, which generated filters and
 * Cypher sort on) and into the history (one `(:MetricValue)` per actor and measure), together
 * with the job's progress, in one transaction. Nothing is written unless the job is still
 * WRITING and owned by this process: a job marked FAILED by a stop writes no further batch.
 */
export const WRITE_BATCH: NamedQuery = {
  name: "metricRuns.writeValues",
  cypher: `
    MATCH (j:MetricJob {id: $id, owner: $owner}) WHERE j.state = 'WRITING'
    SET j.writtenActors = j.writtenActors + size($rows), j.heartbeatAt = datetime()
    WITH j
    CALL (j) {
      UNWIND $rows AS row
      MATCH (n:Actor {id: row.id})
      SET n += row.values, n.metricsRunId = j.id, n.metricsComputedAt = j.startedAt
      WITH n, row
      UNWIND row.history AS h
      CREATE (:MetricValue {actorId: n.id, job: j.id, measure: h.measure, value: h.value, computedAt: j.startedAt, scope: j.scope})
    }
    RETURN j.writtenActors AS written`,
  // Metric values are outputs, not inputs of any metric: the graph version stays.
  changesGraph: false,
};

/** DONE, and the run's record (`(:MetricRun)`, same id as the job), in one statement. */
export const MARK_DONE: NamedQuery = {
  name: "metricJobs.done",
  cypher: `
    MATCH (j:MetricJob {id: $id, owner: $owner}) WHERE j.state = 'WRITING'
    SET j.state = 'DONE', j.finishedAt = datetime(), j.heartbeatAt = datetime()
    CREATE (:MetricRun {id: j.id, startedAt: j.startedAt, durationMs: duration.inSeconds(j.startedAt, j.finishedAt).milliseconds,
                        metrics: j.metrics, parameters: j.parameters, actorCount: j.actorCount, relationshipCount: j.relationshipCount})
    RETURN j.id AS id`,
  changesGraph: false,
};

export const MARK_FAILED: NamedQuery = {
  name: "metricJobs.failed",
  cypher: `
    MATCH (j:MetricJob {id: $id, owner: $owner}) WHERE j.state IN $active
    SET j.state = 'FAILED', j.finishedAt = datetime(), j.errorCode = $code, j.errorMessage = $message`,
  changesGraph: false,
};

/** An actor's history of one measure (or all), newest first, from DONE jobs only. */
export const READ_HISTORY: NamedQuery = {
  name: "metricJobs.history",
  cypher: `
    MATCH (v:MetricValue {actorId: $actorId})
    WHERE $measure IS NULL OR v.measure = $measure
    MATCH (j:MetricJob {id: v.job}) WHERE j.state = 'DONE' AND j.valuesPrunedAt IS NULL
    RETURN v.actorId AS actorId, v.measure AS measure, v.value AS value, v.job AS job,
           toString(v.computedAt) AS computedAt, v.scope AS scope
    ORDER BY v.computedAt DESC, v.measure
    LIMIT toInteger($first)`,
};

/**
 * History retention (METRICS_HISTORY_RUNS): the DONE runs of a job key (same metrics, selection
 * and parameters) beyond the newest $keep, marked pruned (on the MetricJob and the MetricRun) in
 * this statement, so the history hides them at once. Only DONE jobs: an active job is never
 * touched, and the run just finished is the newest, so it is kept. Runs marked before (whose
 * deletion a dead process may have left unfinished) are returned again, so their values go too.
 */
export const MARK_PRUNED_RUNS: NamedQuery = {
  name: "metricJobs.markPruned",
  cypher: `
    MATCH (j:MetricJob {key: $key, state: 'DONE'}) WHERE j.id <> $id
    WITH j ORDER BY j.finishedAt DESC, j.id DESC
    SKIP toInteger($keep) - 1
    SET j.valuesPrunedAt = coalesce(j.valuesPrunedAt, datetime())
    WITH j
    OPTIONAL MATCH (r:MetricRun {id: j.id})
    SET r.valuesPrunedAt = j.valuesPrunedAt
    RETURN j.id AS id`,
  changesGraph: false,
};

/** Deletes one bounded batch of the history values of pruned runs; run until it deletes none. */
export const DELETE_PRUNED_VALUES: NamedQuery = {
  name: "metricJobs.deletePrunedValues",
  cypher: `
    MATCH (v:MetricValue) WHERE v.job IN $jobs
    WITH v LIMIT toInteger($limit)
    DELETE v
    RETURN count(*) AS deleted`,
  // History values are outputs, not inputs of any metric: the graph version stays.
  changesGraph: false,
};

/** A pruning that failed after the run was DONE: said on the job; the next DONE run of the key retries it. */
export const RECORD_PRUNE_ERROR: NamedQuery = {
  name: "metricJobs.pruneError",
  cypher: `MATCH (j:MetricJob {id: $id}) SET j.pruneError = $message`,
  changesGraph: false,
};

export const ACTOR_EXISTS: NamedQuery = {
  name: "metricJobs.actorExists",
  cypher: "MATCH (n:Actor {id: $actorId}) RETURN n.id AS id",
};

export interface MetricJobOptions {
  /** Actors per write transaction (default 10,000). */
  readonly batchSize?: number;
  /** How often a running job tells Neo4j its process is alive (default 5 s). */
  readonly heartbeatMs?: number;
  /** A job without a heartbeat for this long is reported FAILED: its process died (default 30 s). */
  readonly staleAfterMs?: number;
  /**
   * DONE runs per job key (same metrics, selection and parameters) whose history values are kept;
   * when a run finishes, older runs' values are deleted in batches. 0 (default) keeps every run.
   */
  readonly historyRuns?: number;
  /** History values deleted per transaction when pruning (default 10,000). */
  readonly pruneBatchSize?: number;
}

type Column = Record<string, number | boolean | null>;

interface LocalJob {
  readonly done: Promise<void>;
  readonly abort: AbortController;
  error?: unknown;
}

/**
 * Write-back as jobs (issue 12, item 4): `start` records a `(:MetricJob)` node in Neo4j and
 * answers at once; the job computes the metrics (in the worker threads), then stores them batch
 * by batch on the actor nodes and in the per-actor history (`(:MetricValue)` nodes), and ends
 * with a `(:MetricRun)` record. Because the job lives in Neo4j, every API replica can read it;
 * its owner process sends heartbeats, so a job whose process died is reported FAILED
 * (METRIC_JOB_ABANDONED), and `close` (server stop) marks this process's jobs FAILED
 * (METRIC_JOB_INTERRUPTED) and lets them write nothing more. A job is never DONE unless every
 * batch was written. A second start of the same metrics on the same selection with the same
 * parameters, while one runs, joins it (same id, `joined: true`).
 */
export class MetricRunsService {
  /** This process, as the owner of the jobs it runs. */
  readonly owner: string = randomUUID();
  private readonly local = new Map<string, LocalJob>();
  private stopping = false;
  private readonly batchSize: number;
  private readonly heartbeatMs: number;
  private readonly staleAfterMs: number;
  private readonly historyRuns: number;
  private readonly pruneBatchSize: number;

  constructor(
    private readonly db: Database,
    private readonly metrics: MetricsService,
    options: MetricJobOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 10_000;
    this.heartbeatMs = options.heartbeatMs ?? 5_000;
    this.staleAfterMs = options.staleAfterMs ?? 30_000;
    this.historyRuns = options.historyRuns ?? 0;
    this.pruneBatchSize = options.pruneBatchSize ?? 10_000;
    if (this.staleAfterMs <= this.heartbeatMs) {
      throw new InvalidInputError(`staleAfterMs (${this.staleAfterMs}) must be larger than heartbeatMs (${this.heartbeatMs}): a live job would be reported abandoned between two heartbeats.`);
    }
  }

  /**
   * Starts (or joins) a write-back job and answers once it is recorded. Bad input is refused
   * here, before anything is recorded; what can only be found on the graph (a metric above the
   * exact limit) ends the job FAILED with that error's code.
   */
  async start(
    metricNames: readonly StoredMetric[],
    selection: GraphSelection,
    parameters: PowerIterationParameters = {},
    observe?: QueryObserver,
    /** Told about every query the job itself runs (a script timing it); a request's observer is not. */
    observeJob?: QueryObserver,
  ): Promise<StartedMetricJob> {
    if (metricNames.length === 0) {
      throw new InvalidInputError(`metrics must name at least one of ${Object.keys(STORED_METRICS).join(", ")}.`);
    }
    for (const name of metricNames) {
      if (!(name in STORED_METRICS)) {
        throw new InvalidInputError(`metrics must be among ${Object.keys(STORED_METRICS).join(", ")}, but got: ${JSON.stringify(name)}`);
      }
    }
    checkParameters(parameters);
    if (this.stopping) throw new MetricJobsStoppingError("The API is stopping and starts no new metric job; send runMetrics to another replica or after the restart.");
    // Stored in the caller's order; the job key does not depend on it.
    const metrics = [...new Set(metricNames)];
    const power = { damping: parameters.damping ?? null, tolerance: parameters.tolerance ?? null };
    const scope = describeSelection(selection);
    const key = createHash("sha256").update(JSON.stringify({ metrics: [...metrics].sort(), scope, power })).digest("hex");
    const id = randomUUID();
    let jobId: string = id;
    await this.db.writeAll(
      [
        { query: LOCK_JOB_KEY, params: { key } },
        { query: FAIL_ABANDONED_JOBS_OF_KEY, params: { key, ...this.staleness() } },
        {
          query: CREATE_OR_JOIN_JOB,
          params: {
            key,
            id,
            owner: this.owner,
            active: ACTIVE_STATES,
            metrics,
            scope,
            parameters: JSON.stringify({ selection: JSON.parse(scope), ...parameters }),
          },
          collect: (row: { id: string }) => {
            jobId = row.id;
          },
        },
      ],
      { observe },
    );
    if (jobId === id) this.launch(id, key, metrics as StoredMetric[], selection, parameters, observeJob);
    return { ...(await this.job(jobId, observe)), joined: jobId !== id };
  }

  /**
   * A job by id, as stored in Neo4j. An active job whose owner stopped sending heartbeats is
   * marked FAILED (METRIC_JOB_ABANDONED) first.
   */
  async job(id: string, observe?: QueryObserver): Promise<MetricJobRecord> {
    const [row] = await this.db.read<MetricJobRow>(READ_JOB, { id, ...this.staleness() }, observe);
    if (!row) throw new NotFoundError(`No metric job has the id ${JSON.stringify(id)}; runMetrics answers with the id of the job it started.`);
    if (row.stale) {
      await this.db.write(FAIL_ABANDONED_JOB, { id, ...this.staleness() }, observe);
      return this.job(id, observe);
    }
    return recordOf(row);
  }

  /**
   * Waits until a job is DONE or FAILED and returns it; a job of this process is awaited, one
   * of another replica is read every `pollMs`.
   */
  async wait(id: string, observe?: QueryObserver, pollMs = 250): Promise<MetricJobRecord> {
    for (;;) {
      const local = this.local.get(id);
      if (local) await local.done;
      const job = await this.job(id, observe);
      if (job.state === "DONE" || job.state === "FAILED") return job;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /** An actor's stored values (newest first), of one measure or of all, from jobs that finished DONE. */
  async history(actorId: string, measure: StoredMetric | undefined, first: number, observe?: QueryObserver): Promise<MetricHistoryEntry[]> {
    if (!Number.isInteger(first) || first < 1 || first > 1000) {
      throw new InvalidInputError(`first must be a whole number from 1 to 1000, but got: ${first}`);
    }
    const rows = await this.db.read<MetricHistoryEntry>(READ_HISTORY, { actorId, measure: measure ?? null, first }, observe);
    if (rows.length === 0 && (await this.db.read(ACTOR_EXISTS, { actorId }, observe)).length === 0) {
      throw new NotFoundError(`No actor has the id ${JSON.stringify(actorId)}; pass an actor's id (the id field of a Firm, Platform, ServiceProvider or GovernmentAgency).`);
    }
    return rows;
  }

  /**
   * Stops: accepts no new job, marks every job of this process that is still active FAILED
   * (METRIC_JOB_INTERRUPTED) and waits until each has stopped (a job in a worker computation
   * stops when the computation returns or the pool closes; it writes nothing more either way).
   */
  async close(): Promise<void> {
    this.stopping = true;
    const jobs = [...this.local.entries()];
    await Promise.all(
      jobs.map(async ([id, job]) => {
        job.abort.abort();
        await this.fail(id, INTERRUPTED, "The API process running the job stopped before it was done; values of the batches written so far are on the actors (metricsRunId), not in the history. Run it again.").catch(() => undefined);
      }),
    );
    await Promise.race([Promise.all(jobs.map(([, job]) => job.done)), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
  }

  private staleness() {
    return {
      active: ACTIVE_STATES,
      staleMs: this.staleAfterMs,
      abandoned: `The API process running the job sent no heartbeat for ${this.staleAfterMs} ms (it stopped or died) before the job was done. Run it again.`,
    };
  }

  /**
   * Starts a job (or joins the running one) and waits for it: the record of a DONE job, or the
   * job's error thrown (its own class when this process ran it, MetricJobFailedError otherwise).
   */
  async run(
    metricNames: readonly StoredMetric[],
    selection: GraphSelection,
    parameters: PowerIterationParameters = {},
    observe?: QueryObserver,
  ): Promise<StartedMetricJob & { readonly actorCount: number; readonly relationshipCount: number; readonly durationMs: number }> {
    const started = await this.start(metricNames, selection, parameters, observe, observe);
    const done = await this.finished(started.id, observe);
    // A DONE job has read its graph and finished.
    return { ...done, actorCount: done.actorCount ?? 0, relationshipCount: done.relationshipCount ?? 0, durationMs: done.durationMs ?? 0, joined: started.joined };
  }

  /** Waits for a job; a FAILED job is thrown as its error. */
  async finished(id: string, observe?: QueryObserver): Promise<MetricJobRecord> {
    const local = this.local.get(id);
    const job = await this.wait(id, observe);
    if (job.state === "FAILED") {
      const error = local?.error;
      if (error instanceof Error) throw error;
      throw new MetricJobFailedError(job.errorCode ?? "INTERNAL_SERVER_ERROR", job.errorMessage ?? "The metric job failed.");
    }
    return job;
  }

  private launch(id: string, key: string, metrics: StoredMetric[], selection: GraphSelection, parameters: PowerIterationParameters, observe?: QueryObserver): void {
    const abort = new AbortController();
    const entry: { done: Promise<void>; abort: AbortController; error?: unknown } = { done: Promise.resolve(), abort };
    entry.done = this.execute(id, key, metrics, selection, parameters, abort.signal, observe).catch(async (error: unknown) => {
      entry.error = error;
      const code = error instanceof EcographError ? error.code : "INTERNAL_SERVER_ERROR";
      const message = error instanceof Error ? error.message : String(error);
      await this.fail(id, code, message).catch(() => undefined);
    }).finally(() => {
      this.local.delete(id);
    });
    this.local.set(id, entry);
  }

  private async execute(
    id: string,
    key: string,
    metrics: StoredMetric[],
    selection: GraphSelection,
    parameters: PowerIterationParameters,
    signal: AbortSignal,
    observe?: QueryObserver,
  ): Promise<void> {
    const owner = this.owner;
    const timer = setInterval(() => {
      this.db.write(HEARTBEAT, { id, owner, active: ACTIVE_STATES }).catch(() => undefined);
    }, this.heartbeatMs);
    timer.unref();
    try {
      if ((await this.db.write(MARK_RUNNING, { id, owner }, observe)).length === 0) return;
      const graph = await this.metrics.graph(selection, observe);
      // Every metric is computed before anything is written, so a metric that is refused (too
      // large) or fails leaves the nodes as they were.
      const columns: Array<[StoredMetric, Column]> = [];
      for (const name of metrics) {
        if (signal.aborted) return;
        columns.push([name, await this.compute(name, selection, parameters, observe)]);
      }
      if (signal.aborted) return;
      if ((await this.db.write(MARK_WRITING, { id, owner, actorCount: graph.order, relationshipCount: graph.size }, observe)).length === 0) return;
      const ids = graph.nodes();
      for (let start = 0; start < ids.length; start += this.batchSize) {
        if (signal.aborted) return;
        const rows = ids.slice(start, start + this.batchSize).map((actor) => ({
          id: actor,
          values: Object.fromEntries(columns.map(([name, values]) => [STORED_METRICS[name], values[actor] ?? null])),
          history: columns.map(([name, values]) => ({ measure: name, value: historyValue(values[actor]) })),
        }));
        // No row: the job is no longer WRITING (a stop marked it FAILED).
        if ((await this.db.write(WRITE_BATCH, { id, owner, rows }, observe)).length === 0) return;
      }
      if (signal.aborted) return;
      if ((await this.db.write(MARK_DONE, { id, owner }, observe)).length === 0) return;
      if (this.historyRuns > 0) {
        // The run is DONE either way; a failed pruning is recorded on it and retried by the next
        // DONE run of the key (marked runs are returned again), not reported as the run's failure.
        await this.prune(id, key, observe).catch((error: unknown) =>
          this.db.write(RECORD_PRUNE_ERROR, { id, message: error instanceof Error ? error.message : String(error) }).catch(() => undefined),
        );
      }
    } finally {
      clearInterval(timer);
    }
  }

  /**
   * History retention: keeps the values of the newest `historyRuns` DONE runs of the key (the
   * run `id` just finished among them) and deletes the older runs' values, `pruneBatchSize` per
   * transaction. Pruned runs are marked first, so the history never shows a half-deleted run.
   */
  private async prune(id: string, key: string, observe?: QueryObserver): Promise<void> {
    const pruned = await this.db.write<{ id: string }>(MARK_PRUNED_RUNS, { id, key, keep: this.historyRuns }, observe);
    if (pruned.length === 0) return;
    const jobs = pruned.map((row) => row.id);
    for (;;) {
      const [row] = await this.db.write<{ deleted: number }>(DELETE_PRUNED_VALUES, { jobs, limit: this.pruneBatchSize }, observe);
      if (!row || row.deleted === 0) return;
    }
  }

  private async fail(id: string, code: string, message: string): Promise<void> {
    await this.db.write(MARK_FAILED, { id, owner: this.owner, active: ACTIVE_STATES, code, message });
  }

  /** The error a job of this process failed with (its own class), if this process ran it. */
  errorOf(id: string): unknown {
    return this.local.get(id)?.error;
  }

  private async compute(name: StoredMetric, selection: GraphSelection, parameters: PowerIterationParameters, observe?: QueryObserver): Promise<Column> {
    switch (name) {
      case "CONSTRAINT":
      case "EFFECTIVE_SIZE": {
        // Undefined for isolates: stored as null (the property is removed).
        const values = await this.metrics.scores(name, selection, parameters, observe);
        const graph = await this.metrics.graph(selection, observe);
        return Object.fromEntries(graph.nodes().map((id) => [id, values[id] ?? null]));
      }
      case "ARTICULATION_POINT": {
        const graph = await this.metrics.graph(selection, observe);
        const cuts = new Set(await this.metrics.articulationPoints(graph));
        return Object.fromEntries(graph.nodes().map((id) => [id, cuts.has(id)]));
      }
      default:
        return this.metrics.scores(CentralityMeasure[name], selection, parameters, observe);
    }
  }
}

interface MetricJobRow extends Omit<MetricJobRecord, "progress" | "writtenActors"> {
  readonly writtenActors: number | null;
  readonly stale: boolean;
}

function recordOf(row: MetricJobRow): MetricJobRecord {
  const { stale: _stale, ...rest } = row;
  const writtenActors = row.writtenActors ?? 0;
  const progress = row.state === "DONE" ? 1 : row.actorCount ? writtenActors / row.actorCount : 0;
  return { ...rest, writtenActors, progress };
}

function historyValue(value: number | boolean | null | undefined): number | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value;
}
