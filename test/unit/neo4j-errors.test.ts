import { Neo4jError } from "neo4j-driver";
import { describeConstraintViolation, mapNeo4jError } from "../../src/db/neo4j-errors";
import { DatabaseUnavailableError, DuplicateKeyError } from "../../src/errors";

describe("mapNeo4jError", () => {
  it("turns a uniqueness violation into a DuplicateKeyError naming label and key", () => {
    const neo4jError = new Neo4jError(
      "Node(42) already exists with label `Actor` and properties `source` = 'crm-x', `externalId` = 'F-1'",
      "Neo.ClientError.Schema.ConstraintValidationFailed",
      "22N41",
      "error: data exception",
    );
    const mapped = mapNeo4jError(neo4jError, "bolt://db:7687");
    expect(mapped).toBeInstanceOf(DuplicateKeyError);
    expect((mapped as Error).message).toBe(
      "A Actor with source = 'crm-x', externalId = 'F-1' already exists, and that key must be unique. Nothing was written. " +
        "Use a different key, or update the existing record instead of creating a new one.",
    );
  });

  it("turns an unreachable server into a DatabaseUnavailableError naming the URI", () => {
    const neo4jError = new Neo4jError("Could not perform discovery", "ServiceUnavailable", "08000", "connection exception");
    const mapped = mapNeo4jError(neo4jError, "neo4j://cluster:7687");
    expect(mapped).toBeInstanceOf(DatabaseUnavailableError);
    expect((mapped as Error).message).toContain("neo4j://cluster:7687");
  });

  it("leaves other errors unchanged for the caller to log and re-throw", () => {
    const syntax = new Neo4jError("Invalid input", "Neo.ClientError.Statement.SyntaxError", "42001", "syntax error");
    expect(mapNeo4jError(syntax, "bolt://x")).toBe(syntax);
    const plain = new Error("boom");
    expect(mapNeo4jError(plain, "bolt://x")).toBe(plain);
  });

  it("falls back to Neo4j's first line when the message has an unknown shape", () => {
    expect(describeConstraintViolation("something else\nmore")).toBe(
      "The write would create a duplicate of a unique key (something else). Nothing was written.",
    );
  });
});
