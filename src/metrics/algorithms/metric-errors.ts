import { EcographError } from "../../errors";

/**
 * An exact algorithm whose running time grows as n·m (Brandes' betweenness, all-pairs shortest
 * paths for closeness) was asked for on a graph above the configured size. DESIGN.md: "above a
 * configured size, refuse with a clear error that names the limit ... never hang".
 */
export class MetricTooLargeError extends EcographError {
  readonly code = "METRIC_TOO_LARGE";

  constructor(
    /** The configured bound on n·m (METRICS_EXACT_LIMIT). */
    readonly limit: number,
    /** n·m of the graph that was refused. */
    readonly actual: number,
    readonly algorithm: string,
    readonly nodeCount: number,
    readonly edgeCount: number,
  ) {
    super(
      `Exact ${algorithm} takes time proportional to nodes × edges; this graph has ` +
        `${nodeCount} nodes × ${edgeCount} edges = ${actual}, above the limit of ${limit} ` +
        `(METRICS_EXACT_LIMIT). Narrow the scope (one platform's ecosystem, a region, fewer ` +
        `relationship types) or raise METRICS_EXACT_LIMIT.`,
    );
  }
}

/** An iterative algorithm (power iteration) did not reach its tolerance within its iteration limit. */
export class MetricDidNotConvergeError extends EcographError {
  readonly code = "METRIC_DID_NOT_CONVERGE";

  constructor(
    readonly algorithm: string,
    readonly maxIterations: number,
    readonly tolerance: number,
    options?: { cause?: unknown },
  ) {
    super(
      `${algorithm} did not converge within the iteration limit of ${maxIterations} iterations ` +
        `(tolerance ${tolerance}). Pass a looser \`tolerance\` argument (e.g. 1e-6); the iteration limit is fixed.`,
      options,
    );
  }
}

/**
 * The input handed to a metric function breaks its contract (an edge pointing at a node that is
 * not in the graph, a negative weight, a chain stage with θ < 1 ...). It signals a bug or bad data
 * in the layer that assembled the input, so the message names the offending item.
 */
export class MetricInputError extends EcographError {
  readonly code = "METRIC_INPUT_INVALID";
}
