import { readFileSync } from "node:fs";
import { PRINT_SCHEMA_COMMAND, PRINTED_SCHEMA_PATH, printedSchemaFile, printServedSchema } from "../../src/graphql/print-schema";

/**
 * The printed, sorted schema (docs/schema.graphql) is what frontends and codegen build against.
 * It must be the schema the API serves: a change to the API must come with the regenerated file,
 * so the diff shows it. Building the schema opens no connection.
 */
describe("the printed schema file", () => {
  let served: string;

  beforeAll(async () => {
    served = await printServedSchema();
  });

  it("has the generated CRUD and the code-first queries in one schema", () => {
    expect(served).toContain("firmsConnection(");
    expect(served).toContain("firmsByName(");
    expect(served).toContain("ecosystemServices(");
    expect(served.match(/^enum ServiceCategory /gm)).toHaveLength(1);
  });

  it(`is up to date (${PRINTED_SCHEMA_PATH}; rewrite it with ${PRINT_SCHEMA_COMMAND})`, () => {
    let committed: string;
    try {
      committed = readFileSync(printedSchemaFile(), "utf8");
    } catch {
      throw new Error(`${PRINTED_SCHEMA_PATH} is missing: run \`${PRINT_SCHEMA_COMMAND}\` and commit the file.`);
    }
    if (committed !== served) {
      const committedLines = committed.split("\n");
      const servedLines = served.split("\n");
      const first = servedLines.findIndex((line, i) => line !== committedLines[i]);
      throw new Error(
        `${PRINTED_SCHEMA_PATH} is stale: it differs from the served schema from line ${first + 1} ` +
          `(file: ${JSON.stringify(committedLines[first] ?? "<end of file>")}, served: ${JSON.stringify(servedLines[first] ?? "<end of file>")}). ` +
          `Run \`${PRINT_SCHEMA_COMMAND}\` and commit the file, saying in the commit why the API changed.`,
      );
    }
  });
});
