/**
 * Two tiers, told apart by file suffix:
 *  - unit:        test/**\/*.test.ts (no database)
 *  - integration: test/**\/*.int.test.ts (real Neo4j: the embedded one unless NEO4J_URI is set,
 *                 started once by the global setup; tests run in band and own their data)
 * @type {import('jest').Config}
 */
// tsconfig.json sets isolatedModules, so ts-jest transpiles each file on its own (no type check per
// test file, which cost more than the tests of several suites); `npm test` type-checks the whole
// project once, before jest starts (the pretest script).
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];

module.exports = {
  // watchman is not on these machines; without this jest waits for it before it runs anything
  watchman: false,
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["\\.int\\.test\\.ts$"],
      transform: { "^.+\\.ts$": tsJest },
    },
    {
      displayName: "integration",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.int.test.ts"],
      transform: { "^.+\\.ts$": tsJest },
      globalSetup: "<rootDir>/test/helpers/global-setup.ts",
      globalTeardown: "<rootDir>/test/helpers/global-teardown.ts",
      setupFiles: ["reflect-metadata"],
      setupFilesAfterEnv: ["<rootDir>/test/helpers/integration-timeout.ts"],
    },
  ],
};
