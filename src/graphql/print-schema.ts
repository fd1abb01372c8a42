import "reflect-metadata";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { printSchema } from "graphql";
import { findProjectRoot, loadConfig } from "../config";
import { Database } from "../db/database";
import { buildEcographSchema, sortedSchema } from "./build-schema";
import { loadTypeDefs } from "./type-defs";

/** Where the printed schema is committed, relative to the project root. */
export const PRINTED_SCHEMA_PATH = "docs/schema.graphql";

/** The command that rewrites the printed schema. */
export const PRINT_SCHEMA_COMMAND = "npm run schema:print";

/**
 * The schema the API serves with the default configuration, sorted (types, fields, arguments and
 * enum values in name order) and printed as SDL: the file frontends and codegen build against.
 * Building it opens no connection (the driver is created against an unused address and closed).
 */
export async function printServedSchema(projectRoot = findProjectRoot()): Promise<string> {
  const driver = neo4j.driver("bolt://127.0.0.1:9");
  try {
    const db = new Database(driver, { uri: "bolt://127.0.0.1:9", database: undefined, transactionTimeoutMs: 1000 });
    const schema = await buildEcographSchema(loadTypeDefs(projectRoot), db, loadConfig({}, projectRoot));
    const header = `# The schema Ecograph serves (default configuration), sorted. Generated: do not edit.\n# Rewrite it with \`${PRINT_SCHEMA_COMMAND}\` after changing schema/*.graphql or a resolver.\n\n`;
    return `${header}${printSchema(sortedSchema(schema))}\n`;
  } finally {
    await driver.close();
  }
}

/** Absolute path of the printed schema file. */
export function printedSchemaFile(projectRoot = findProjectRoot()): string {
  return join(projectRoot, PRINTED_SCHEMA_PATH);
}
