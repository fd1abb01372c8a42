/**
 * Ecograph's own errors. Each carries a stable `code` that the GraphQL layer puts into
 * `extensions.code`, and a message that says what was wrong and how to fix it.
 */
export abstract class EcographError extends Error {
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Neo4j cannot be reached (at start-up, or while serving a request). */
export class DatabaseUnavailableError extends EcographError {
  readonly code = "DATABASE_UNAVAILABLE";
}

/** A write would break a uniqueness constraint (a duplicate id or (source, externalId)). */
export class DuplicateKeyError extends EcographError {
  readonly code = "DUPLICATE_KEY";
}

/** The caller asked for something that does not exist. */
export class NotFoundError extends EcographError {
  readonly code = "NOT_FOUND";
}

/** The caller's input is not acceptable; nothing was changed. */
export class InvalidInputError extends EcographError {
  readonly code = "BAD_USER_INPUT";
}

/** A program Ecograph needs on this machine (Java, Maven) is missing or too old. */
export class MissingPrerequisiteError extends EcographError {
  readonly code = "MISSING_PREREQUISITE";
}

/** The embedded Neo4j could not be built or started. */
export class EmbeddedNeo4jError extends EcographError {
  readonly code = "EMBEDDED_NEO4J_FAILED";
}

/**
 * A transaction ran past NEO4J_TRANSACTION_TIMEOUT_MS and Neo4j ended it; nothing it would have
 * written was written.
 */
export class QueryTimeoutError extends EcographError {
  readonly code = "QUERY_TIMEOUT";
}
