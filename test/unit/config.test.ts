import { ConfigError, loadConfig } from "../../src/config";

describe("loadConfig", () => {
  it("uses laptop-friendly defaults and starts the embedded Neo4j when NEO4J_URI is unset", () => {
    const config = loadConfig({});
    expect(config.mode).toBe("development");
    expect(config.port).toBe(4000);
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.embedded.heap).toBe("1g");
    expect(config.neo4j.embedded.pageCache).toBe("256m");
    expect(config.neo4j.embedded.boltPort).toBe(7687);
    expect(config.neo4j.embedded.dataDir).toMatch(/\.neo4j[/\\]data$/);
  });

  it("takes an existing Neo4j, routing URIs included, as it is", () => {
    const config = loadConfig({ NEO4J_URI: "neo4j+s://abc.databases.neo4j.io", NEO4J_USER: "u", NEO4J_PASSWORD: "p" });
    expect(config.neo4j.uri).toBe("neo4j+s://abc.databases.neo4j.io");
    expect(config.neo4j.user).toBe("u");
  });

  it("reports every invalid setting at once, saying what was expected and what it got", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "http", NEO4J_URI: "localhost:7687", EMBEDDED_NEO4J_HEAP: "lots", NODE_ENV: "staging" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT must be a whole number from 0 to 65535, but got: "http"');
    expect(message).toContain('NEO4J_URI must be a Bolt URI');
    expect(message).toContain('"localhost:7687"');
    expect(message).toContain('EMBEDDED_NEO4J_HEAP must be a size such as 512m or 2g, but got: "lots"');
    expect(message).toContain("NODE_ENV must be one of development, production");
  });

  it("reads the metric job settings: heartbeat, stale window (larger than the heartbeat) and history retention", () => {
    expect(loadConfig({}).metricJobs).toEqual({ heartbeatMs: 5_000, staleAfterMs: 30_000, historyRuns: 0 });
    expect(loadConfig({ METRICS_JOB_HEARTBEAT_MS: "200", METRICS_JOB_STALE_MS: "1500", METRICS_HISTORY_RUNS: "3" }).metricJobs).toEqual({
      heartbeatMs: 200,
      staleAfterMs: 1500,
      historyRuns: 3,
    });
    expect(() => loadConfig({ METRICS_JOB_HEARTBEAT_MS: "2000", METRICS_JOB_STALE_MS: "2000" })).toThrow(
      "METRICS_JOB_STALE_MS (2000) must be larger than METRICS_JOB_HEARTBEAT_MS (2000)",
    );
    expect(() => loadConfig({ METRICS_HISTORY_RUNS: "-1" })).toThrow('METRICS_HISTORY_RUNS must be a whole number from 0 to 1000000, but got: "-1"');
    expect(() => loadConfig({ METRICS_JOB_HEARTBEAT_MS: "10" })).toThrow("METRICS_JOB_HEARTBEAT_MS must be a whole number from 50 to 600000");
  });

  it("treats jest's NODE_ENV=test as development", () => {
    expect(loadConfig({ NODE_ENV: "test" }).mode).toBe("development");
  });

  it("returns a frozen object", () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.neo4j.embedded)).toBe(true);
  });
});
