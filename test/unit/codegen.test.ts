import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { generate } from "@graphql-codegen/cli";
import ts from "typescript";
import config from "../../codegen";
import { findProjectRoot } from "../../src/config";

const ROOT = findProjectRoot();
const GENERATED = join(ROOT, "examples", "generated");

/**
 * `npm run codegen` (GraphQL Code Generator, client preset) turns examples/operations/*.graphql
 * into typed documents against docs/schema.graphql. The generation itself validates every
 * operation against the schema; this test also checks that the committed output is current and
 * that it, and the typed request helper built on it, compile under the project's strict settings.
 */
describe("npm run codegen", () => {
  it("validates every example operation against the printed schema and produces the committed files", async () => {
    const outputs = (await generate({ ...config, cwd: ROOT, silent: true }, false)) as Array<{ filename: string; content: string }>;
    expect(outputs.length).toBeGreaterThan(0);
    for (const output of outputs) {
      const file = join(ROOT, output.filename);
      const committed = readFileSync(file, "utf8");
      if (committed !== output.content) {
        throw new Error(`${relative(ROOT, file)} is stale: run \`npm run codegen\` and commit the result.`);
      }
    }
    const operations = readdirSync(join(ROOT, "examples", "operations")).filter((f) => f.endsWith(".graphql"));
    const graphql = readFileSync(join(GENERATED, "graphql.ts"), "utf8");
    for (const file of operations) {
      expect(graphql).toContain(`export const ${file.replace(/\.graphql$/, "")}Document = `);
    }
  }, 60_000);

  it("produces TypeScript that type-checks, with the typed request helper", () => {
    const parsed = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!parsed) throw new Error("tsconfig.json could not be read");
    const files = [join(GENERATED, "index.ts"), join(GENERATED, "graphql.ts"), join(GENERATED, "gql.ts"), join(ROOT, "examples", "typed-request.ts")];
    const program = ts.createProgram(files, { ...parsed.options, noEmit: true });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
    expect(diagnostics).toEqual([]);
  }, 60_000);
});
