"use strict";
// Runs metric-worker.ts in a worker thread when Ecograph runs from its TypeScript sources (the
// tests, through ts-jest): TypeScript files are transpiled on load with the project's own
// `typescript`. The built API (dist/) loads metric-worker.js directly and never uses this file.
const { readFileSync } = require("node:fs");
const ts = require("typescript");

require.extensions[".ts"] = (module, filename) => {
  const output = ts.transpileModule(readFileSync(filename, "utf8"), {
    fileName: filename,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      emitDecoratorMetadata: true,
    },
  });
  module._compile(output.outputText, filename);
};

module.exports = require("./metric-worker.ts");
