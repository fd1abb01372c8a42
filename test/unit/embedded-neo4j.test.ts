import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EmbeddedNeo4jConfig } from "../../src/config";
import { startEmbeddedNeo4j } from "../../src/db/embedded-neo4j";
import { MissingPrerequisiteError } from "../../src/errors";

/** What a user without Java or Maven sees: a clear error that says what to install. */
describe("startEmbeddedNeo4j prerequisites", () => {
  const log = { info: () => undefined, warn: () => undefined };
  let scratch: string;
  let config: EmbeddedNeo4jConfig;

  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "ecograph-embedded-"));
    const launcherDir = join(scratch, "launcher");
    mkdirSync(join(launcherDir, "src"), { recursive: true });
    writeFileSync(join(launcherDir, "pom.xml"), "<project/>");
    config = {
      launcherDir,
      dataDir: join(scratch, "data"),
      boltPort: 7999,
      heap: "256m",
      pageCache: "64m",
      startTimeoutMs: 5_000,
      javaCommand: join(scratch, "no-such-jdk", "bin", "java"),
      mavenCommand: join(scratch, "no-such-maven", "bin", "mvn"),
      transactionTimeoutSeconds: 30,
      transactionMaxMemory: "256m",
    };
  });

  /** A fake `java` that prints the given version line the way `java -version` does. */
  function fakeJava(versionLine: string): string {
    const path = join(scratch, "java");
    writeFileSync(path, `#!/bin/sh\necho '${versionLine}' >&2\n`);
    chmodSync(path, 0o755);
    return path;
  }

  it("names Java 17 and how to install it when java cannot be run", async () => {
    const attempt = startEmbeddedNeo4j(config, log);
    await expect(attempt).rejects.toBeInstanceOf(MissingPrerequisiteError);
    await expect(attempt).rejects.toThrow(/Java 17 or newer is needed.*Install a JDK 17\+.*or set NEO4J_URI/s);
  });

  it("refuses a Java older than 17, quoting the version it found", async () => {
    const javaCommand = fakeJava('openjdk version "11.0.2" 2019-01-15');
    await expect(startEmbeddedNeo4j({ ...config, javaCommand }, log)).rejects.toThrow(/reports: openjdk version "11\.0\.2"/);
  });

  it("names Maven when the launcher must be built and mvn is missing", async () => {
    const javaCommand = fakeJava('openjdk version "17.0.15" 2025-04-15');
    const attempt = startEmbeddedNeo4j({ ...config, javaCommand }, log);
    await expect(attempt).rejects.toBeInstanceOf(MissingPrerequisiteError);
    await expect(attempt).rejects.toThrow(/Maven is needed to build the embedded Neo4j launcher.*apt-get install maven/s);
  });
});
