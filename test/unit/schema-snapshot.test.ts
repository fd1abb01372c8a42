import "reflect-metadata";
import neo4j from "neo4j-driver";
import { printSchema } from "graphql";
import { findProjectRoot, loadConfig } from "../../src/config";
import { Database } from "../../src/db/database";
import { buildEcographSchema, sortedSchema } from "../../src/graphql/build-schema";
import { loadTypeDefs } from "../../src/graphql/type-defs";

/**
 * The printed, sorted schema is what frontends build against: a change to it must be deliberate
 * (update the snapshot with `npx jest -u test/unit/schema-snapshot.test.ts` and say why in the
 * commit). Building the schema opens no connection.
 */
describe("the GraphQL schema", () => {
  let sdl: string;
  const driver = neo4j.driver("bolt://127.0.0.1:9");

  beforeAll(async () => {
    const db = new Database(driver, { uri: "bolt://127.0.0.1:9", database: undefined, transactionTimeoutMs: 1000 });
    sdl = printSchema(sortedSchema(await buildEcographSchema(loadTypeDefs(findProjectRoot()), db, loadConfig({}))));
  });
  afterAll(() => driver.close());

  it("has the generated CRUD and the code-first queries in one schema", () => {
    expect(sdl).toContain("firmsConnection(");
    expect(sdl).toContain("firmsByName(");
    expect(sdl).toContain("ecosystemServices(");
    expect(sdl.match(/^enum ServiceCategory /gm)).toHaveLength(1);
  });

  it("matches the committed snapshot", () => {
    expect(sdl).toMatchSnapshot();
  });
});
