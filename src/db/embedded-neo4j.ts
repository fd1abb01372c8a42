import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, utimesSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import type { EmbeddedNeo4jConfig } from "../config";
import { EmbeddedNeo4jError, MissingPrerequisiteError } from "../errors";

/** Printed by the Java launcher once Bolt accepts connections (see neo4j-embedded/). */
const READY_LINE = /^ECOGRAPH_NEO4J_READY (\S+) neo4j=(\S+) apoc=(\S+)/;
const MAIN_CLASS = "ecograph.embedded.EmbeddedNeo4j";
const MIN_JAVA_MAJOR = 17;

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

/** A running embedded Neo4j. */
export interface EmbeddedNeo4j {
  readonly uri: string;
  readonly neo4jVersion: string;
  readonly apocVersion: string;
  readonly pid: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after 30 s) and resolves once it has exited. */
  stop(): Promise<void>;
}

/**
 * Builds the Java launcher if needed (Maven; the first build downloads Neo4j and APOC from Maven
 * Central) and starts it: Bolt on 127.0.0.1, data in `config.dataDir`. Resolves when Neo4j has
 * printed its ready line; rejects with a message that says what is missing or what went wrong.
 */
export async function startEmbeddedNeo4j(config: EmbeddedNeo4jConfig, log: Logger): Promise<EmbeddedNeo4j> {
  const javaMajor = checkJava(config.javaCommand);
  ensureLauncherBuilt(config, log);
  mkdirSync(config.dataDir, { recursive: true });

  const classPath = [join(config.launcherDir, "target", "neo4j-embedded.jar"), join(config.launcherDir, "target", "lib", "*")].join(
    process.platform === "win32" ? ";" : ":",
  );
  const args = [
    `-Xmx${config.heap}`,
    "-XX:+UseG1GC",
    // Neo4j's page cache and file channels use these JDK internals; without them it falls back
    // to slower paths and fills debug.log with warnings.
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "-cp",
    classPath,
    MAIN_CLASS,
    "--data-dir",
    config.dataDir,
    "--bolt-port",
    String(config.boltPort),
    "--pagecache",
    config.pageCache,
    "--plugins-dir",
    join(config.launcherDir, "target", "plugins"),
    // Work that outlives its budget is stopped by Neo4j itself: the transaction timeout (also sent
    // by the driver with every transaction) and a memory bound per transaction.
    ...(config.transactionTimeoutSeconds > 0 ? ["--tx-timeout", String(config.transactionTimeoutSeconds)] : []),
    ...(config.transactionMaxMemory ? ["--tx-max-memory", config.transactionMaxMemory] : []),
    // The launcher watches its stdin: if this process dies without stopping it, the pipe closes
    // and Neo4j shuts down instead of lingering with the data folder locked.
    "--exit-on-stdin-eof",
  ];
  log.info(`starting embedded Neo4j (Java ${javaMajor}, heap ${config.heap}, page cache ${config.pageCache}) on 127.0.0.1:${config.boltPort}`);
  const child = spawn(config.javaCommand, args, { stdio: ["pipe", "pipe", "pipe"] });
  return waitUntilReady(child, config, log);
}

function waitUntilReady(child: ChildProcess, config: EmbeddedNeo4jConfig, log: Logger): Promise<EmbeddedNeo4j> {
  const stderrTail: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  return new Promise<EmbeddedNeo4j>((resolve, reject) => {
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new EmbeddedNeo4jError(message));
    };
    const timer = setTimeout(
      () => fail(`The embedded Neo4j did not become ready within ${config.startTimeoutMs} ms (EMBEDDED_NEO4J_START_TIMEOUT_MS). ${tail(stderrTail)}`),
      config.startTimeoutMs,
    );

    createInterface({ input: child.stderr! }).on("line", (line) => {
      stderrTail.push(line);
      if (stderrTail.length > 20) stderrTail.shift();
    });
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const ready = READY_LINE.exec(line);
      if (!ready || settled) return;
      settled = true;
      clearTimeout(timer);
      const [, uri, neo4jVersion, apocVersion] = ready as unknown as [string, string, string, string];
      log.info(`embedded Neo4j ${neo4jVersion} with APOC ${apocVersion} ready at ${uri}`);
      resolve({
        uri,
        neo4jVersion,
        apocVersion,
        pid: child.pid ?? -1,
        stop: () => stopProcess(child, exited),
      });
    });
    child.once("error", (error) => fail(`Could not run java: ${error.message}`));
    void exited.then((code) =>
      fail(`The embedded Neo4j exited with code ${code} before it was ready. ${tail(stderrTail)}`),
    );
  });
}

async function stopProcess(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), 30_000);
  await exited;
  clearTimeout(killer);
}

function tail(lines: string[]): string {
  return lines.length === 0 ? "" : `Its last output:\n${lines.join("\n")}`;
}

/** Returns the major version of `java` on PATH, or throws saying what to install. */
function checkJava(javaCommand: string): number {
  const result = spawnSync(javaCommand, ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) {
    throw new MissingPrerequisiteError(
      `Java ${MIN_JAVA_MAJOR} or newer is needed to run the embedded Neo4j, but \`${javaCommand}\` could not be run (${result.error?.message ?? result.stderr}). ` +
        "Install a JDK 17+ (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless) and put it on PATH or set JAVA_HOME, " +
        "or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  const major = match ? Number(match[1] === "1" ? match[2] : match[1]) : NaN;
  if (!(major >= MIN_JAVA_MAJOR)) {
    throw new MissingPrerequisiteError(
      `Java ${MIN_JAVA_MAJOR} or newer is needed to run the embedded Neo4j, but \`${javaCommand} -version\` reports: ${result.stderr.split("\n", 1)[0]}. ` +
        "Install a JDK 17+ and put it first on PATH or set JAVA_HOME to it, or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  return major;
}

/**
 * Builds neo4j-embedded/ with Maven when its jar is missing or older than its sources. The first
 * build downloads Neo4j Community and APOC core (about 150 MB) into ~/.m2.
 */
function ensureLauncherBuilt(config: EmbeddedNeo4jConfig, log: Logger): void {
  const jar = join(config.launcherDir, "target", "neo4j-embedded.jar");
  if (existsSync(jar) && newestSource(config.launcherDir) <= statSync(jar).mtimeMs) return;

  const mvn = spawnSync(config.mavenCommand, ["-v"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0) {
    throw new MissingPrerequisiteError(
      "Maven is needed to build the embedded Neo4j launcher (once, on the first start), but `mvn` could not be run. " +
        "Install Maven 3.8+ (Debian/Ubuntu: apt-get install maven), or set NEO4J_URI to use an existing Neo4j.",
    );
  }
  log.info("building the embedded Neo4j launcher with Maven (the first build downloads Neo4j and APOC from Maven Central) ...");
  const started = Date.now();
  const build = spawnSync(config.mavenCommand, ["-B", "-q", "clean", "package"], {
    cwd: config.launcherDir,
    encoding: "utf8",
    timeout: config.startTimeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.status !== 0) {
    const output = `${build.stdout ?? ""}\n${build.stderr ?? ""}`.trim().split("\n").slice(-30).join("\n");
    throw new EmbeddedNeo4jError(
      `Building the embedded Neo4j launcher failed (mvn -B -q clean package in ${config.launcherDir}, exit ${build.status ?? build.signal}). ` +
        `Maven Central must be reachable for the first build. Maven's last output:\n${output}`,
    );
  }
  // Maven leaves an unchanged jar untouched; mark it fresh so the next start does not rebuild.
  const now = new Date();
  utimesSync(jar, now, now);
  log.info(`embedded Neo4j launcher built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function newestSource(launcherDir: string): number {
  let newest = statSync(join(launcherDir, "pom.xml")).mtimeMs;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(launcherDir, "src"));
  return newest;
}
