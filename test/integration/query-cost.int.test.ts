import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { buildEcographSchema } from "../../src/graphql/build-schema";
import { loadTypeDefs } from "../../src/graphql/type-defs";
import { findProjectRoot } from "../../src/config";
import { estimateCost } from "../../src/server/query-limits";
import { startTestApi, type TestApi } from "../helpers/test-api";
import { testConfig } from "../helpers/test-neo4j";

/**
 * The cost estimate that LIMIT_MAX_COST is compared with counts what a request can return: every
 * field once per item of the lists it is in, with the page sizes that really apply. Here it is
 * compared with what real requests on the sample data do return (every field value in the
 * answer, counted the same way), on several shapes. The estimate is an upper bound (never below
 * what is returned) and, on shapes whose pages fill, within FACTOR of it.
 */
const FACTOR = 1.25;

/** Field values in a response, counted as the estimate counts them: each field of each object once. */
function valuesIn(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((sum: number, item) => sum + valuesIn(item), 0);
  if (data === null || typeof data !== "object") return 0;
  return Object.values(data).reduce((sum: number, value) => sum + 1 + valuesIn(value), 0);
}

describe("the cost estimate against the values really returned", () => {
  let api: TestApi;
  let estimate: (query: string) => number;
  let busyFirm: string;
  let connected: { source: string; externalId: string };

  beforeAll(async () => {
    api = await startTestApi();
    const config = testConfig();
    const schema = await buildEcographSchema(loadTypeDefs(findProjectRoot()), api.db, config);
    estimate = (query) => {
      const document = parse(query);
      const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
      return estimateCost(schema, document, schema.getQueryType()!, operation.selectionSet, { ...config.limits, maxCost: Number.MAX_SAFE_INTEGER }).cost;
    };
    // A firm that supplies at least 5 others, and one with a source and externalId, from the sample data.
    const [row] = await api.db.read<{ id: string; source: string; externalId: string }>({
      name: "test.costShapes",
      cypher: `MATCH (f:Firm)-[:SUPPLIES]->(g:Firm) WITH f, count(DISTINCT g) AS n WHERE n >= 5 AND f.externalId IS NOT NULL
               RETURN f.id AS id, f.source AS source, f.externalId AS externalId ORDER BY f.id LIMIT 1`,
    });
    busyFirm = row!.id;
    connected = { source: row!.source, externalId: row!.externalId };
  });
  afterAll(async () => api?.close());

  const shapes: Array<[string, () => string]> = [
    ["a page given", () => `{ firms(limit: 50, sort: [{ name: ASC }]) { id name } }`],
    ["no page (the default page)", () => `{ firms { id } }`],
    ["a page of 0 (the default page)", () => `{ firms(limit: 0) { id name } }`],
    ["a connection with totalCount", () => `{ firmsConnection(first: 30) { totalCount edges { node { id name } } } }`],
    ["a connection without first", () => `{ firmsConnection { edges { cursor node { id } } } }`],
    ["nested pages", () => `{ platforms(limit: 3, sort: [{ name: ASC }]) { name members(limit: 20) { name } } }`],
    ["a lookup by id with a nested page", () => `{ firms(where: { id: { eq: "${busyFirm}" } }) { id name suppliesTo(limit: 5) { name } } }`],
    ["a lookup by source and externalId", () => `{ firms(where: { source: { eq: "${connected.source}" }, externalId: { eq: "${connected.externalId}" } }) { id suppliesTo(limit: 5) { id } } }`],
  ];

  it.each(shapes)("%s", async (_name, query) => {
    const data = await api.query(query());
    const returned = valuesIn(data);
    const estimated = estimate(query());
    console.log(`[cost] ${_name}: estimated ${estimated}, returned ${returned}, ratio ${(estimated / returned).toFixed(2)}`);
    expect(estimated).toBeGreaterThanOrEqual(returned);
    expect(estimated).toBeLessThanOrEqual(FACTOR * returned);
  });
});
