import { GraphQLInt, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, Kind, parse, type OperationDefinitionNode } from "graphql";
import { estimateCost } from "../../../src/server/query-limits";

/**
 * A code-first list whose size the code fixes declares it in `extensions.listSize` (type-graphql's
 * `@Extensions({ listSize: n })`); the cost estimate counts that many items instead of the assumed
 * page of 10. Lists without the hint keep the assumption.
 */
const Step = new GraphQLObjectType({ name: "Step", fields: { kind: { type: GraphQLString }, ids: { type: new GraphQLList(GraphQLString) } } });
const Item = new GraphQLObjectType({
  name: "Item",
  fields: {
    name: { type: GraphQLString },
    steps: { type: new GraphQLNonNull(new GraphQLList(Step)), extensions: { listSize: 1 } },
    others: { type: new GraphQLNonNull(new GraphQLList(Step)) },
  },
});
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: "Query",
    fields: {
      seven: { type: new GraphQLList(Item), extensions: { listSize: 7 } },
      unhinted: { type: new GraphQLList(Item) },
      badHint: { type: new GraphQLList(Item), extensions: { listSize: "many" } },
      count: { type: GraphQLInt },
    },
  }),
});

const cost = (query: string) => {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  return estimateCost(schema, document, schema.getQueryType()!, operation.selectionSet, { maxCost: 1_000_000, maxPageSize: 100, defaultPageSize: 20 }).cost;
};

describe("cost hint of fixed-size lists (extensions.listSize)", () => {
  it("counts a hinted list at its declared size, at every level", () => {
    // seven: 1; 7 items × name (7); steps: 7, each 1 step × kind (7)
    expect(cost("{ seven { name steps { kind } } }")).toBe(1 + 7 + 7 + 7);
  });

  it("keeps the assumed page of 10 for a list without a hint, or with a hint that is not a size", () => {
    expect(cost("{ unhinted { name others { kind } } }")).toBe(1 + 10 + 10 + 100);
    expect(cost("{ badHint { name } }")).toBe(1 + 10);
  });
});
