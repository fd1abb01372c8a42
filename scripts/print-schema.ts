/**
 * `npm run schema:print`: writes the served schema, sorted, to docs/schema.graphql (the file
 * `test/unit/schema-file.test.ts` compares with the built schema).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { printedSchemaFile, printServedSchema } from "../src/graphql/print-schema";
import { exitOnFailure } from "./bench-support";

async function main(): Promise<void> {
  const file = printedSchemaFile();
  const sdl = await printServedSchema();
  let before: string | undefined;
  try {
    before = readFileSync(file, "utf8");
  } catch {
    before = undefined;
  }
  writeFileSync(file, sdl);
  const lines = sdl.split("\n").length;
  console.error(`${relative(process.cwd(), file)}: ${before === sdl ? "unchanged" : "written"} (${lines} lines)`);
}

main().catch(exitOnFailure("schema:print"));
