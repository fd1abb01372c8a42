import { Neo4jError } from "neo4j-driver";
import { DatabaseUnavailableError, DuplicateKeyError, EcographError, InvalidInputError, QueryTimeoutError } from "../errors";

/** Neo4j status codes of a broken uniqueness constraint. */
const CONSTRAINT_VIOLATION = "Neo.ClientError.Schema.ConstraintValidationFailed";

/** A procedure failed; for the full-text search procedures that means the search phrase. */
const PROCEDURE_FAILED = "Neo.ClientError.Procedure.ProcedureCallFailed";
const FULLTEXT_QUERY = /db\.index\.fulltext\.query(?:Nodes|Relationships)/;

/** Neo4j ended the transaction at its timeout (the server's, or the one the driver sent). */
const TIMED_OUT = new Set([
  "Neo.ClientError.Transaction.TransactionTimedOut",
  "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
]);

/**
 * The transaction needed more memory than `db.memory.transaction.max` allows (the client error),
 * or the pool all transactions share ran out (the transient one, which has the same cause: a
 * request asking for too much at once).
 */
const OUT_OF_MEMORY = new Set([
  "Neo.ClientError.General.TransactionOutOfMemoryError",
  "Neo.TransientError.General.MemoryPoolOutOfMemoryError",
  "Neo.TransientError.General.TransactionMemoryLimit",
]);

/**
 * Driver error codes that mean "the server is not there right now" rather than "your query is
 * wrong". `ServiceUnavailable` and `SessionExpired` come from the driver itself.
 */
const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/**
 * The one boundary where Neo4j's errors become Ecograph's: a constraint violation becomes a
 * `DuplicateKeyError` naming the conflicting key, an unreachable server a
 * `DatabaseUnavailableError` naming the URI, a search phrase Lucene cannot parse an
 * `InvalidInputError`. Anything else is returned unchanged, to be logged and re-thrown by the
 * caller.
 */
export function mapNeo4jError(error: unknown, uri: string): unknown {
  if (error instanceof EcographError) return error;
  if (!(error instanceof Neo4jError)) return error;

  if (error.code === CONSTRAINT_VIOLATION) {
    return new DuplicateKeyError(describeConstraintViolation(error.message), { cause: error });
  }
  if (error.code === PROCEDURE_FAILED && FULLTEXT_QUERY.test(error.message)) {
    // The phrase reaches Lucene's query parser as it is: an unbalanced quote or bracket, or more
    // than 1,024 terms, is the caller's to fix, not an internal error.
    return new InvalidInputError(describeFulltextFailure(error.message), { cause: error });
  }
  if (TIMED_OUT.has(error.code)) {
    return new QueryTimeoutError(
      "The request did not finish within the transaction timeout (NEO4J_TRANSACTION_TIMEOUT_MS), and Neo4j stopped it. " +
        "Nothing was changed. Ask for less at once: a narrower filter, smaller pages, fewer nested lists.",
      { cause: error },
    );
  }
  if (OUT_OF_MEMORY.has(error.code)) {
    return new InvalidInputError(
      "The request needed more memory than one transaction may use (NEO4J_TRANSACTION_MAX_MEMORY, Neo4j's " +
        "db.memory.transaction.max), and Neo4j stopped it. Nothing was changed. Ask for less at once: a narrower filter, " +
        "smaller pages, fewer nested lists or sort keys.",
      { cause: error },
    );
  }
  if (UNAVAILABLE_CODES.has(error.code)) {
    return new DatabaseUnavailableError(
      `Neo4j at ${uri} is not reachable (${firstLine(error.message)}). ` +
        "The request changed nothing; try again when the database is back.",
      { cause: error },
    );
  }
  return error;
}

/**
 * Turns Neo4j's message, e.g.
 * "Node(12) already exists with label `Actor` and properties `source` = 'crm', `externalId` = 'F-1'",
 * into one that names the key and says what to do.
 */
export function describeConstraintViolation(neo4jMessage: string): string {
  const match = /already exists with label `([^`]+)` and propert(?:y|ies) (.+)$/m.exec(neo4jMessage);
  if (!match) {
    return `The write would create a duplicate of a unique key (${firstLine(neo4jMessage)}). Nothing was written.`;
  }
  const [, label, properties] = match;
  const key = (properties ?? "").replace(/`/g, "").trim();
  return (
    `A ${label} with ${key} already exists, and that key must be unique. Nothing was written. ` +
    "Use a different key, or update the existing record instead of creating a new one."
  );
}

/** What was wrong with a full-text search phrase, from Lucene's exception in Neo4j's message. */
export function describeFulltextFailure(neo4jMessage: string): string {
  if (neo4jMessage.includes("TooManyClauses")) {
    return "The search phrase has too many terms (full-text search allows at most 1,024). Search for fewer words.";
  }
  return (
    "The search phrase is not valid full-text query syntax (Lucene): an unbalanced quote or bracket, or a special " +
    'character such as + - ! ( ) { } [ ] ^ " ~ * ? : \\ / used as an operator. Escape special characters with a ' +
    "backslash, or put the whole phrase in double quotes."
  );
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? text;
}
