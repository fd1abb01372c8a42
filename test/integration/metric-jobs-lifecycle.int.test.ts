import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { mintToken } from "../../src/auth/dev-token";
import { findProjectRoot } from "../../src/config";
import type { NamedQuery } from "../../src/db/database";
import { READ_GRAPH_VERSION } from "../../src/db/graph-version";
import { removeTestData, startTestApi, uniqueSource, type TestApi } from "../helpers/test-api";
import { testConfig } from "../helpers/test-neo4j";

/**
 * Issue 12, item 4, against the real Neo4j: a write-back job whose API process is killed
 * (SIGKILL, a real OS process, no shutdown) is reported FAILED METRIC_JOB_ABANDONED by another
 * API once its heartbeat is stale (METRICS_JOB_HEARTBEAT_MS / METRICS_JOB_STALE_MS), and history
 * retention (METRICS_HISTORY_RUNS) keeps only the newest runs of a selection.
 */
describe("metric job lifecycle: a killed process, history retention", () => {
  const q = (name: string, cypher: string): NamedQuery => ({ name, cypher });
  const JOB = `query($id: ID!) { metricJob(id: $id) { id state writtenActors valuesPrunedAt error { code message } } }`;
  const SHORT = { METRICS_JOB_HEARTBEAT_MS: "200", METRICS_JOB_STALE_MS: "1500" };

  describe("a job whose API process is killed", () => {
    const source = uniqueSource("killed");
    const platform = `p-${randomUUID()}`;
    /** Enough actors that exact betweenness and closeness still run when the process is killed. */
    const FIRMS = 1500;
    let child: ChildProcess | undefined;
    let api: TestApi | undefined;

    afterAll(async () => {
      if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      if (api) {
        await api.db.write(q("test.killedValues", "MATCH (v:MetricValue) WHERE v.scope CONTAINS $platform DETACH DELETE v"), { platform });
        await removeTestData(api.db, source);
        await api.close();
      }
    });

    it("is marked FAILED METRIC_JOB_ABANDONED, leaves no MetricRun and no history, and is not joined by a new run", async () => {
      api = await startTestApi(SHORT);
      await api.db.write(
        q(
          "test.killedGraph",
          `CREATE (p:Platform:Actor {id: $platform, name: "Killed platform", source: $source, population: "PLATFORM"})
           WITH p UNWIND range(0, $n - 1) AS i
           CREATE (f:Firm:Actor {id: $platform + "-f" + toString(i), name: "Killed firm " + toString(i), source: $source, population: "FIRM"})
           CREATE (f)-[:MEMBER_OF {since: date("2020-01-01")}]->(p)
           WITH collect(f) AS firms
           UNWIND range(1, size(firms) - 1) AS i
           WITH firms[i - 1] AS a, firms[i] AS b, firms[(i * 7) % size(firms)] AS c
           CREATE (a)-[:SUPPLIES {since: date("2020-01-01")}]->(b)
           CREATE (b)-[:SUPPLIES {since: date("2020-01-01")}]->(c)`,
        ),
        { platform, source, n: FIRMS },
      );

      // The API as `npm start` runs it: its own OS process, built from this checkout.
      const root = findProjectRoot();
      try {
        execFileSync(process.execPath, [join(root, "scripts", "build-if-stale.mjs")], { cwd: root, stdio: "pipe", timeout: 600_000 });
      } catch (error) {
        throw new Error(`Cannot build the API for the child process (node scripts/build-if-stale.mjs): ${String((error as { stderr?: Buffer }).stderr ?? error)}`);
      }
      const config = testConfig(SHORT);
      child = spawn(process.execPath, [join(root, "dist", "src", "index.js")], {
        cwd: root,
        env: { ...process.env, ...SHORT, PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", SEED_WHEN_EMPTY: "false" },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const started = child;
      const stderr: string[] = [];
      started.stderr!.on("data", (chunk: Buffer) => stderr.push(chunk.toString()));
      const exited = new Promise<void>((resolve) => started.once("exit", () => resolve()));
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`The child API (pid ${started.pid}) did not log "Ecograph is ready" within 120 s: ${stderr.join("").trim()}`)), 120_000);
        started.once("exit", (code, signal) => {
          clearTimeout(timer);
          reject(new Error(`The child API exited (code ${code}, signal ${signal}) before it was ready: ${stderr.join("").trim()}`));
        });
        createInterface({ input: started.stdout! }).on("line", (line) => {
          try {
            const entry = JSON.parse(line) as { msg?: string; url?: string };
            if (typeof entry.url === "string" && entry.msg?.startsWith("Ecograph is ready")) {
              clearTimeout(timer);
              resolve(entry.url);
            }
          } catch {
            // not a log line
          }
        });
      });

      const token = await mintToken(config.auth, { roles: ["admin"], subject: "test", expiresIn: "1h" });
      const MUTATION = `mutation { runMetrics(metrics: [BETWEENNESS, CLOSENESS], graph: { platform: "${platform}" }) { id state joined } }`;
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: MUTATION }),
      });
      const body = (await response.json()) as { data?: { runMetrics: { id: string; state: string } }; errors?: unknown };
      // Killed at once: the job is still computing (never DONE before this point).
      started.kill("SIGKILL");
      await exited;
      expect(started.signalCode).toBe("SIGKILL");
      if (!body.data) throw new Error(`runMetrics on the child API failed: ${JSON.stringify(body.errors)}`);
      const { id, state } = body.data.runMetrics;
      expect(["QUEUED", "RUNNING", "WRITING"]).toContain(state);

      // Another API (in this process, same short settings) finds the heartbeat stale.
      let job: any;
      for (let i = 0; i < 100; i++) {
        job = (await api.query(JOB, { id })).metricJob;
        if (job.state === "FAILED" || job.state === "DONE") break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(job.state).toBe("FAILED");
      expect(job.error.code).toBe("METRIC_JOB_ABANDONED");
      expect(job.error.message).toContain("1500 ms");

      const { metricRuns, metricHistory } = await api.query(
        `query($id: ID!, $a: ID!) { metricRuns(where: { id: { eq: $id } }) { id } metricHistory(actor: $a) { job } }`,
        { id, a: `${platform}-f1` },
      );
      expect(metricRuns).toEqual([]);
      expect(metricHistory.map((v: any) => v.job)).not.toContain(id);

      // The same run again is a new job, not joined to the dead one, and it finishes.
      const again = await api.query(`mutation { runMetrics(metrics: [CLOSENESS, BETWEENNESS], graph: { platform: "${platform}" }, wait: true) { id state joined } }`);
      expect(again.runMetrics).toMatchObject({ state: "DONE", joined: false });
      expect(again.runMetrics.id).not.toBe(id);
    });
  });

  describe("history retention (METRICS_HISTORY_RUNS=2)", () => {
    const source = uniqueSource("retention");
    const platform = `p-${randomUUID()}`;
    const firms = Array.from({ length: 20 }, (_, i) => `${platform}-f${i}`);
    let api: TestApi;

    beforeAll(async () => {
      api = await startTestApi({ METRICS_HISTORY_RUNS: "2" });
      await api.db.write(
        q(
          "test.retentionGraph",
          `CREATE (p:Platform:Actor {id: $platform, name: "Retention platform", source: $source, population: "PLATFORM"})
           WITH p UNWIND $firms AS id
           CREATE (f:Firm:Actor {id: id, name: "Retention firm " + id, source: $source, population: "FIRM"})
           CREATE (f)-[:MEMBER_OF {since: date("2020-01-01")}]->(p)`,
        ),
        { platform, source, firms },
      );
    });
    afterAll(async () => {
      if (api) {
        await api.db.write(q("test.retentionValues", "MATCH (v:MetricValue) WHERE v.actorId IN $ids DETACH DELETE v"), { ids: [platform, ...firms] });
        await removeTestData(api.db, source);
        await api.close();
      }
    });

    const run = async (graph: string) =>
      (await api.query(`mutation { runMetrics(metrics: [DEGREE], graph: ${graph}, wait: true) { id state } }`)).runMetrics as { id: string; state: string };
    const valuesOf = async (job: string) =>
      (await api.db.read<{ n: number }>(q("test.valuesOf", "MATCH (v:MetricValue {job: $job}) RETURN count(v) AS n"), { job }))[0]!.n;

    it("keeps the values of the newest 2 runs of a selection, deletes older ones, leaves other selections alone", async () => {
      const other = await run(`{ platform: "${platform}", directed: true }`);
      const first = await run(`{ platform: "${platform}" }`);
      const second = await run(`{ platform: "${platform}" }`);
      expect(await valuesOf(first.id)).toBe(21);
      const version = (await api.db.read<{ version: number }>(READ_GRAPH_VERSION))[0]!.version;
      const third = await run(`{ platform: "${platform}" }`);
      expect([first, second, third, other].map((r) => r.state)).toEqual(["DONE", "DONE", "DONE", "DONE"]);

      // The first run's values are gone; the two newest and the other selection's are kept.
      expect(await valuesOf(first.id)).toBe(0);
      expect(await valuesOf(second.id)).toBe(21);
      expect(await valuesOf(third.id)).toBe(21);
      expect(await valuesOf(other.id)).toBe(21);
      for (const actor of [platform, firms[3]!]) {
        const { metricHistory } = await api.query(`query($a: ID!) { metricHistory(actor: $a, measure: DEGREE) { job } }`, { a: actor });
        expect(metricHistory.map((v: any) => v.job).sort()).toEqual([third.id, second.id, other.id].sort());
      }

      // The pruned run still answers, and says its values were pruned; kept runs do not.
      const pruned = (await api.query(JOB, { id: first.id })).metricJob;
      expect(pruned.state).toBe("DONE");
      expect(Date.parse(pruned.valuesPrunedAt)).toBeGreaterThan(0);
      for (const kept of [second, third, other]) expect((await api.query(JOB, { id: kept.id })).metricJob.valuesPrunedAt).toBeNull();
      const runs = await api.db.read<{ id: string; pruned: boolean }>(
        q("test.prunedRuns", "MATCH (r:MetricRun) WHERE r.id IN $ids RETURN r.id AS id, r.valuesPrunedAt IS NOT NULL AS pruned"),
        { ids: [first.id, second.id] },
      );
      expect(Object.fromEntries(runs.map((r) => [r.id, r.pruned]))).toEqual({ [first.id]: true, [second.id]: false });

      // Metric writes and pruning are outputs: the graph version stays.
      expect((await api.db.read<{ version: number }>(READ_GRAPH_VERSION))[0]!.version).toBe(version);
    });
  });
});
