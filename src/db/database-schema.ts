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

/** Relationship types a sync may key by their own (source, externalId). */
export const KEYED_RELATIONSHIP_TYPES = ["MEMBER_OF", "SUPPLIES", "SERVES", "PARTNERS_WITH", "SUPPORTS", "LOCATED_IN", "OPERATES_IN"] as const;

/**
 * The analyzer of every full-text index. Lucene's CJK analyzer indexes Chinese, Japanese and
 * Korean text as overlapping two-character grams (so a two-character word such as 五金 is found
 * inside 永康五金制品厂) and other text as the standard analyzer does (words, lower case,
 * English stop words removed), so English names are found as before.
 */
export const FULLTEXT_ANALYZER = "cjk";

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
  for (const type of KEYED_RELATIONSHIP_TYPES) {
    const lower = type.toLowerCase();
    // A relationship property uniqueness constraint (Community edition since 5.7): a relationship
    // key is unique per source and type, and the sync finds a keyed relationship by index seek.
    statements.push({
      name: `constraint:${lower}_provenance`,
      cypher: `CREATE CONSTRAINT ${lower}_provenance_unique IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE (r.source, r.externalId) IS UNIQUE`,
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
        `FOR (n:${identifier(index.label)}) ON EACH [${properties}] ` +
        `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${FULLTEXT_ANALYZER}'}}`,
    });
  }
  return statements;
}

const FULLTEXT_INDEXES: NamedQuery = {
  name: "fulltextIndexes",
  cypher: `SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes, properties, options
           RETURN name, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
};

/**
 * Full-text indexes that exist with other labels, properties or analyzer than wanted (a database
 * made by an older version: without localName, with the standard analyzer). `IF NOT EXISTS`
 * would leave them as they are, so they are dropped and created again.
 */
async function dropOutdatedFulltextIndexes(db: Database, fulltext: readonly FulltextIndexSpec[]): Promise<void> {
  const existing = await db.read<{ name: string; labelsOrTypes: string[]; properties: string[]; analyzer: string | null }>(FULLTEXT_INDEXES);
  for (const index of existing) {
    const wanted = fulltext.find((f) => f.indexName === index.name);
    if (!wanted) continue;
    const same =
      index.labelsOrTypes.length === 1 && index.labelsOrTypes[0] === wanted.label &&
      index.properties.join(",") === wanted.properties.join(",") && index.analyzer === FULLTEXT_ANALYZER;
    if (!same) await db.write({ name: `fulltext:drop:${wanted.indexName}`, cypher: `DROP INDEX ${identifier(wanted.indexName)} IF EXISTS` });
  }
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
  await dropOutdatedFulltextIndexes(db, fulltext);
  // Schema statements cannot share a transaction with other writes, so each runs on its own.
  for (const statement of databaseSchemaStatements(fulltext)) {
    await db.write(statement);
  }
  await db.write(AWAIT_INDEXES, { timeoutSeconds: 300 });
}
