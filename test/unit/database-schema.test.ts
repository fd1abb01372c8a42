import { databaseSchemaStatements } from "../../src/db/database-schema";
import { findProjectRoot } from "../../src/config";
import { fulltextIndexesOf, loadTypeDefs } from "../../src/graphql/type-defs";

describe("database schema derived from schema/*.graphql", () => {
  const fulltext = fulltextIndexesOf(loadTypeDefs(findProjectRoot()));

  it("finds one full-text index per searchable type, on the type's own label", () => {
    expect(fulltext).toEqual(
      expect.arrayContaining([
        { indexName: "firmNames", label: "Firm", properties: ["name", "localName", "description"] },
        { indexName: "platformNames", label: "Platform", properties: ["name", "localName", "description"] },
        { indexName: "regionNames", label: "Region", properties: ["name", "localName"] },
      ]),
    );
    expect(new Set(fulltext.map((f) => f.label))).toEqual(
      new Set(["Platform", "Firm", "ServiceProvider", "GovernmentAgency", "Region", "IndustrialChain", "ChainStage"]),
    );
  });

  it("creates every constraint and index idempotently", () => {
    const statements = databaseSchemaStatements(fulltext);
    for (const statement of statements) {
      expect(statement.cypher).toContain("IF NOT EXISTS");
    }
    const cypher = statements.map((s) => s.cypher);
    expect(cypher).toContain(
      "CREATE CONSTRAINT actor_provenance_unique IF NOT EXISTS FOR (n:Actor) REQUIRE (n.source, n.externalId) IS UNIQUE",
    );
    expect(cypher).toContain("CREATE CONSTRAINT firm_id_unique IF NOT EXISTS FOR (n:Firm) REQUIRE n.id IS UNIQUE");
    expect(cypher).toContain(
      "CREATE FULLTEXT INDEX firmNames IF NOT EXISTS FOR (n:Firm) ON EACH [n.name, n.localName, n.description] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    );
    expect(cypher).toContain(
      "CREATE CONSTRAINT supplies_provenance_unique IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE (r.source, r.externalId) IS UNIQUE",
    );
  });

  it("refuses names that are not plain identifiers, since schema statements cannot take parameters", () => {
    expect(() => databaseSchemaStatements([{ indexName: "x] DETACH DELETE n //", label: "Firm", properties: ["name"] }])).toThrow(
      /Not a valid Neo4j identifier/,
    );
  });
});
