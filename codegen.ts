import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * `npm run codegen`: TypeScript types and typed documents (GraphQL Code Generator, client preset)
 * for the example operations in examples/operations/, against the printed schema
 * docs/schema.graphql (`npm run schema:print`). A frontend copies this set-up and points
 * `documents` at its own operations.
 */
const config: CodegenConfig = {
  schema: "docs/schema.graphql",
  documents: ["examples/operations/*.graphql"],
  ignoreNoDocuments: false,
  generates: {
    "examples/generated/": {
      preset: "client",
      config: {
        // Dates and date-times travel as ISO 8601 strings.
        scalars: { Date: "string", DateTime: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
        // Only the types the operations use (and the enums and inputs they need), not all of the schema.
        onlyOperationTypes: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
