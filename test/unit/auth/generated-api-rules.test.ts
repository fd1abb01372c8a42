import { Kind, parse, type DocumentNode, type ObjectTypeDefinitionNode, type SchemaExtensionNode } from "graphql";
import { withGeneratedApiRules } from "../../../src/auth/generated-api-rules";

const SDL = `
type Firm @node { id: ID! name: String! }
type Region @node { id: ID! name: String! }
`;
const rules = { maxPageSize: 500, defaultPageSize: 100 };

function directivesOf(document: DocumentNode, type: string): string[] {
  const definition = document.definitions.find(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === type,
  );
  return (definition?.directives ?? []).map((d) => d.name.value);
}

function schemaExtensions(document: DocumentNode): SchemaExtensionNode[] {
  return document.definitions.filter((d): d is SchemaExtensionNode => d.kind === Kind.SCHEMA_EXTENSION);
}

describe("withGeneratedApiRules", () => {
  it("with anonymous reads off, adds one schema-wide @authentication for READ and AGGREGATE (checked once per request, not per row)", () => {
    const document = parse(withGeneratedApiRules(SDL, { ...rules, anonymousReads: false }));
    const [extension, ...more] = schemaExtensions(document);
    expect(more).toHaveLength(0);
    const directive = extension?.directives?.[0];
    expect(directive?.name.value).toBe("authentication");
    const operations = directive?.arguments?.find((a) => a.name.value === "operations")?.value;
    expect(operations?.kind === Kind.LIST && operations.values.map((v) => (v.kind === Kind.ENUM ? v.value : "?"))).toEqual(["READ", "AGGREGATE"]);
    // No per-type @authorization(validate) read rule any more: that one ran apoc.util.validate per row.
    for (const type of ["Firm", "Region"]) {
      expect(directivesOf(document, type)).toEqual(["node", "authentication", "limit"]);
    }
  });

  it("with anonymous reads on, adds no read rule at all", () => {
    const document = parse(withGeneratedApiRules(SDL, { ...rules, anonymousReads: true }));
    expect(schemaExtensions(document)).toHaveLength(0);
    expect(directivesOf(document, "Firm")).toEqual(["node", "authentication", "limit"]);
  });
});
