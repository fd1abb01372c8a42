import type { Database, NamedQuery } from "./database";

/** A full-text index the GraphQL schema's `@fulltext` directives rely on. */
export interface FulltextIndexSpec {
  readonly indexName: string;
  readonly label: string;
  readonly properties: readonly string[];
}

/** Labels whose nodes Ecograph identifies by `id` and by provenance `(source, externalId)`. */
export const KEYED_LABELS = [
  "Actor",
  "Platform",
  "Firm",
  "ServiceProvider",
  "GovernmentAgency",
  "Region",
  "IndustrialChain",
  "ChainStage",
] as const;

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Schema statements cannot take parameters, so labels and property names are checked against a
 * strict identifier pattern before they are put into the text.
 */
function identifier(name: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new Error(`Not a valid Neo4j identifier for a schema statement: ${JSON.stringify(name)}`);
  }
  return name;
}

/**
 * The constraints and indexes Ecograph needs, every one `IF NOT EXISTS` so start-up can run them
 * on every start:
 * - `id` unique per label (and across all actors through the shared `Actor` label);
 * - `(source, externalId)` unique per label: integrators' keys never duplicate (a composite
 *   property uniqueness constraint, available in Community edition; it applies to nodes that have
 *   both properties, so records created through the API without provenance are not affected);
 * - range indexes for the common filters and sorts, full-text indexes for the name searches.
 */
export function databaseSchemaStatements(fulltext: readonly FulltextIndexSpec[]): NamedQuery[] {
  const statements: NamedQuery[] = [];
  for (const label of KEYED_LABELS) {
    const lower = label.toLowerCase();
    statements.push({
      name: `constraint:${lower}_id`,
      cypher: `CREATE CONSTRAINT ${lower}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
    });
    statements.push({
      name: `constraint:${lower}_provenance`,
      cypher: `CREATE CONSTRAINT ${lower}_provenance_unique IF NOT EXISTS FOR (n:${label}) REQUIRE (n.source, n.externalId) IS UNIQUE`,
    });
  }
  const rangeIndexes: Array<[string, string]> = [
    ["Actor", "population"],
    ["Actor", "name"],
    ["Actor", "updatedAt"],
    ["Firm", "industry"],
    ["ChainStage", "position"],
    ["Region", "level"],
  ];
  for (const [label, property] of rangeIndexes) {
    const name = `${label.toLowerCase()}_${property.toLowerCase()}`;
    statements.push({
      name: `index:${name}`,
      cypher: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
    });
  }
  for (const index of fulltext) {
    const properties = index.properties.map((p) => `n.${identifier(p)}`).join(", ");
    statements.push({
      name: `fulltext:${index.indexName}`,
      cypher:
        `CREATE FULLTEXT INDEX ${identifier(index.indexName)} IF NOT EXISTS ` +
        `FOR (n:${identifier(index.label)}) ON EACH [${properties}]`,
    });
  }
  return statements;
}

const AWAIT_INDEXES: NamedQuery = {
  name: "awaitIndexes",
  cypher: "CALL db.awaitIndexes($timeoutSeconds)",
};

/**
 * Creates the constraints and indexes (idempotent) and waits until every index is online, so the
 * first full-text query after start-up does not fail on an index that is still populating.
 */
export async function ensureDatabaseSchema(
  db: Database,
  fulltext: readonly FulltextIndexSpec[],
): Promise<void> {
  // Schema statements cannot share a transaction with other writes, so each runs on its own.
  for (const statement of databaseSchemaStatements(fulltext)) {
    await db.write(statement);
  }
  await db.write(AWAIT_INDEXES, { timeoutSeconds: 300 });
}
