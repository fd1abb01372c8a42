import "reflect-metadata";
import neo4j from "neo4j-driver";
import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from "graphql";
import { findProjectRoot, loadConfig } from "../../src/config";
import { Database } from "../../src/db/database";
import { buildEcographSchema } from "../../src/graphql/build-schema";
import { loadTypeDefs } from "../../src/graphql/type-defs";

interface Tally {
  total: number;
  missing: string[];
}

/** Every named thing a frontend sees in introspection, by kind, and those without a description. */
function tallyDescriptions(schema: GraphQLSchema) {
  const kinds = ["types", "fields", "inputFields", "arguments", "enumValues", "queryFields", "mutationFields"] as const;
  const tally = Object.fromEntries(kinds.map((k) => [k, { total: 0, missing: [] as string[] }])) as Record<(typeof kinds)[number], Tally>;
  const count = (kind: (typeof kinds)[number], name: string, description: string | null | undefined) => {
    tally[kind].total += 1;
    if (!description?.trim()) tally[kind].missing.push(name);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    // graphql-js's own introspection types and built-in scalars are described by graphql-js.
    if (type.name.startsWith("__") || isSpecifiedScalarType(type)) continue;
    if (type.name !== "Query" && type.name !== "Mutation") count("types", type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        const kind = type.name === "Query" ? "queryFields" : type.name === "Mutation" ? "mutationFields" : "fields";
        count(kind, `${type.name}.${field.name}`, field.description);
        for (const arg of field.args) count("arguments", `${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) count("inputFields", `${type.name}.${field.name}`, field.description);
    }
    if (isEnumType(type)) {
      for (const value of type.getValues()) count("enumValues", `${type.name}.${value.name}`, value.description);
    }
  }
  return tally;
}

/**
 * Introspection is the documentation a frontend reads first (GraphiQL's docs pane, editor hovers,
 * generated types' comments): every type, field, argument and enum value of the served schema has
 * a description: the ones written in schema/*.graphql and the code-first decorators, and for what
 * @neo4j/graphql generates, the ones src/graphql/schema-descriptions.ts adds.
 */
describe("descriptions in the served schema", () => {
  const driver = neo4j.driver("bolt://127.0.0.1:9");
  let tally: ReturnType<typeof tallyDescriptions>;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    const db = new Database(driver, { uri: "bolt://127.0.0.1:9", database: undefined, transactionTimeoutMs: 1000 });
    schema = await buildEcographSchema(loadTypeDefs(findProjectRoot()), db, loadConfig({}));
    tally = tallyDescriptions(schema);
  });
  afterAll(() => driver.close());

  it.each(["queryFields", "mutationFields", "types", "fields", "inputFields", "arguments", "enumValues"] as const)(
    "describes 100%% of the %s",
    (kind) => {
      const { total, missing } = tally[kind];
      expect(total).toBeGreaterThan(0);
      // The list names what to describe: in schema/*.graphql, a decorator's `description`, or a
      // rule in src/graphql/schema-descriptions.ts for a new kind of generated member.
      expect({ kind, described: `${total - missing.length} of ${total}`, missing }).toEqual({ kind, described: `${total} of ${total}`, missing: [] });
    },
  );

  it("keeps what schema/*.graphql says, including the Actor interface's description", () => {
    expect(schema.getType("Actor")?.description).toMatch(/Every actor of an ecosystem/);
    expect(schema.getType("Population")?.description).toMatch(/population/i);
  });

  it("says what a generated filter field filters on, with the field's own description", () => {
    const where = schema.getType("ChainStageWhere");
    expect(isInputObjectType(where) && where.getFields()["minFirms"]?.description).toMatch(/^Filter on `minFirms`: how many active firms/);
  });
});
