import { randomUUID } from "node:crypto";
import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { InvalidInputError } from "../errors";
import { describeSelection, type GraphSelection } from "./graph-reader";
import { CentralityMeasure, type MetricsService, type PowerIterationParameters } from "./metrics.service";

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

export interface MetricRunRecord {
  readonly id: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly metrics: readonly StoredMetric[];
  /** JSON of the selection (scope, relationship types, direction, weights) and the parameters. */
  readonly parameters: string;
  readonly actorCount: number;
  readonly relationshipCount: number;
}

/** How many nodes one write transaction updates. */
const WRITE_BATCH = 10_000;

export const WRITE_METRIC_VALUES: NamedQuery = {
  name: "metricRuns.writeValues",
  cypher: `
    UNWIND $rows AS row
    MATCH (n:Actor {id: row.id})
    SET n += row.values, n.metricsRunId = $runId, n.metricsComputedAt = datetime($computedAt)`,
  // Metric values are outputs, not inputs of any metric: the graph version stays.
  changesGraph: false,
};

export const CREATE_METRIC_RUN: NamedQuery = {
  name: "metricRuns.create",
  cypher: `
    CREATE (r:MetricRun {id: $id, startedAt: datetime($startedAt), durationMs: $durationMs, metrics: $metrics,
                         parameters: $parameters, actorCount: $actorCount, relationshipCount: $relationshipCount})`,
  changesGraph: false,
};

/**
 * Write-back: computes metrics for a selection and stores them on the actor nodes together with
 * a `MetricRun` node (when, what, parameters, duration). The actors carry the values of the
 * latest run that computed them and that run's id (`metricsRunId`); every run's record stays.
 */
export class MetricRunsService {
  constructor(
    private readonly db: Database,
    private readonly metrics: MetricsService,
  ) {}

  async run(
    metricNames: readonly StoredMetric[],
    selection: GraphSelection,
    parameters: PowerIterationParameters = {},
    observe?: QueryObserver,
  ): Promise<MetricRunRecord> {
    if (metricNames.length === 0) {
      throw new InvalidInputError(`metrics must name at least one of ${Object.keys(STORED_METRICS).join(", ")}.`);
    }
    const started = Date.now();
    const startedAt = new Date(started).toISOString();
    const graph = await this.metrics.graph(selection, observe);
    const unique = [...new Set(metricNames)];

    // Every metric is computed before anything is written, so a metric that is refused (too
    // large) or fails leaves the nodes as they were.
    const columns: Array<[string, Record<string, number | boolean | null>]> = [];
    for (const name of unique) {
      columns.push([STORED_METRICS[name], await this.compute(name, selection, parameters, observe)]);
    }

    const runId = randomUUID();
    const ids = graph.nodes();
    for (let start = 0; start < ids.length; start += WRITE_BATCH) {
      const rows = ids.slice(start, start + WRITE_BATCH).map((id) => ({
        id,
        values: Object.fromEntries(columns.map(([property, values]) => [property, values[id] ?? null])),
      }));
      await this.db.write(WRITE_METRIC_VALUES, { rows, runId, computedAt: startedAt }, observe);
    }

    const record: MetricRunRecord = {
      id: runId,
      startedAt,
      durationMs: Date.now() - started,
      metrics: unique,
      parameters: JSON.stringify({ selection: JSON.parse(describeSelection(selection)), ...parameters }),
      actorCount: graph.order,
      relationshipCount: graph.size,
    };
    await this.db.write(CREATE_METRIC_RUN, { ...record, metrics: [...record.metrics] }, observe);
    return record;
  }

  private async compute(
    name: StoredMetric,
    selection: GraphSelection,
    parameters: PowerIterationParameters,
    observe?: QueryObserver,
  ): Promise<Record<string, number | boolean | null>> {
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
