import { randomUUID } from "node:crypto";
import { createServices } from "../../src/api";
import { BUMP_GRAPH_VERSION } from "../../src/db/graph-version";
import type { NamedQuery } from "../../src/db/database";
import type { Services } from "../../src/graphql/context";
import { selectionFrom } from "../../src/metrics/graph-reader";
import { MetricRunsService } from "../../src/metrics/metric-runs.service";
import { removeTestData, startTestApi, uniqueSource, type TestApi } from "../helpers/test-api";
import { testConfig } from "../helpers/test-neo4j";

/**
 * Issue 12, items 4, 5 and 6 against the real Neo4j: write-back as jobs (progress per batch,
 * interrupted by a stop, abandoned by a dead process, joined, refused input), per-actor history
 * in GraphQL and plain Cypher, rankings read page by page with cursors bound to the graph
 * version, and sampled betweenness above the exact limit within its stated error bound.
 *
 * The graph is the test's own: a platform with 200 member firms and a supply chain between them.
 */
describe("metric jobs, history, ranking pages, sampled betweenness", () => {
  let api: TestApi;
  let small: TestApi;
  let services: Services;
  const source = uniqueSource("jobs");
  const platform = `p-${randomUUID()}`;
  const firmIds = Array.from({ length: 200 }, (_, i) => `f${i}-${randomUUID()}`);
  const graph = `{ platform: "${platform}" }`;
  /** The platform and its 200 firms. */
  const ACTORS = 201;
  const q = (name: string, cypher: string): NamedQuery => ({ name, cypher });

  beforeAll(async () => {
    api = await startTestApi();
    // Exact betweenness refused above n·m = 10: this replica must estimate (or refuse).
    small = await startTestApi({ METRICS_EXACT_LIMIT: "10" });
    services = createServices(api.db, testConfig());
    await api.db.write(
      q(
        "test.jobsGraph",
        `CREATE (p:Platform:Actor {id: $platform, name: "Jobs platform", source: $source, population: "PLATFORM"})
         WITH p
         UNWIND range(0, size($firms) - 1) AS i
         CREATE (f:Firm:Actor {id: $firms[i], name: "Jobs firm " + toString(i), source: $source, population: "FIRM"})
         CREATE (f)-[:MEMBER_OF {since: date("2020-01-01")}]->(p)
         WITH collect(f) AS firms
         UNWIND range(1, size(firms) - 1) AS i
         WITH firms, i WHERE i % 3 <> 0
         WITH firms[i - 1] AS a, firms[i] AS b, i
         CREATE (a)-[:SUPPLIES {volume: toFloat(i), since: date("2020-01-01")}]->(b)`,
      ),
      { platform, firms: firmIds, source },
    );
  });
  afterAll(async () => {
    if (api) {
      await api.db.write(q("test.jobsHistory", "MATCH (v:MetricValue) WHERE v.actorId IN $ids DETACH DELETE v"), { ids: [platform, ...firmIds] });
      await removeTestData(api.db, source);
    }
    await services?.metrics.close();
    await api?.close();
    await small?.close();
  });

  const JOB = `query($id: ID!) { metricJob(id: $id) { id state progress writtenActors actorCount startedAt finishedAt durationMs error { code message } } }`;
  async function until(id: string, via: TestApi = api) {
    for (let i = 0; i < 600; i++) {
      const { metricJob } = await via.query(JOB, { id });
      if (metricJob.state === "DONE" || metricJob.state === "FAILED") return metricJob;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`metric job ${id} did not finish within 60 s`);
  }
  const jobCount = async () =>
    (await api.db.read<{ n: number }>(q("test.jobCount", "MATCH (j:MetricJob) RETURN count(j) AS n")))[0]!.n;

  describe("write-back as a job", () => {
    it("answers at once with a job, which ends DONE with every value written, a MetricRun and the history", async () => {
      const { runMetrics: started } = await api.query(`mutation { runMetrics(metrics: [PAGERANK, IN_DEGREE, OUT_DEGREE], graph: { platform: "${platform}", directed: true }) {
        id state joined progress error { code } } }`);
      expect(["QUEUED", "RUNNING", "WRITING", "DONE"]).toContain(started.state);
      expect(started.joined).toBe(false);
      expect(started.error).toBeNull();

      const done = await until(started.id);
      expect(done).toMatchObject({ state: "DONE", progress: 1, writtenActors: ACTORS, actorCount: ACTORS, error: null });
      expect(Date.parse(done.finishedAt)).toBeGreaterThanOrEqual(Date.parse(done.startedAt));
      expect(done.durationMs).toBeGreaterThanOrEqual(0);

      // The values are on the nodes (in- and out-degree of the directed graph included) ...
      const { firms, metricRuns } = await api.query(
        `query($id: ID!, $run: ID!) { firms(where: { id: { eq: $id } }) { inDegree outDegree pageRank metricsRunId }
           metricRuns(where: { id: { eq: $run } }) { id actorCount } }`,
        { id: firmIds[1], run: started.id },
      );
      // Firm 1 is supplied by firm 0, supplies firm 2, and is a member of the platform.
      expect(firms[0]).toMatchObject({ inDegree: 1, outDegree: 2, metricsRunId: started.id });
      expect(metricRuns).toEqual([{ id: started.id, actorCount: ACTORS }]);

      // ... and in the history, in GraphQL and in the README's plain Cypher.
      const { metricHistory } = await api.query(`query($a: ID!) { metricHistory(actor: $a) { actorId measure value job computedAt scope } }`, { a: firmIds[1] });
      expect(metricHistory.map((v: any) => v.measure).sort()).toEqual(["IN_DEGREE", "OUT_DEGREE", "PAGERANK"]);
      expect(metricHistory.find((v: any) => v.measure === "PAGERANK").value).toBeCloseTo(firms[0].pageRank, 12);
      expect(JSON.parse(metricHistory[0].scope)).toMatchObject({ platformId: platform, directed: true });
      const cypher = await api.db.read<{ value: number; job: string }>(
        q(
          "test.readmeHistory",
          `MATCH (a:Actor {id: $id})
           MATCH (v:MetricValue {actorId: a.id, measure: "OUT_DEGREE"})
           MATCH (j:MetricJob {id: v.job, state: "DONE"})
           RETURN v.value AS value, v.job AS job, v.computedAt AS computedAt ORDER BY v.computedAt DESC`,
        ),
        { id: firmIds[1] },
      );
      expect(cypher).toEqual([expect.objectContaining({ value: 2, job: started.id })]);
    });

    it("keeps every run in the history: a second run adds values, it does not replace them", async () => {
      const run = async () =>
        (await api.query(`mutation { runMetrics(metrics: [DEGREE], graph: ${graph}, wait: true) { id state actorCount durationMs } }`)).runMetrics;
      const first = await run();
      const second = await run();
      expect(first.state).toBe("DONE");
      expect(second.id).not.toBe(first.id);
      const { metricHistory } = await api.query(`query($a: ID!) { metricHistory(actor: $a, measure: DEGREE) { job value } }`, { a: platform });
      expect(metricHistory.slice(0, 2)).toEqual([
        { job: second.id, value: 200 },
        { job: first.id, value: 200 },
      ]);
    });

    it("joins an identical job that is running, and starts its own for other metrics", async () => {
      const mutation = (metrics: string) => `mutation { runMetrics(metrics: [${metrics}], graph: ${graph}) { id joined } }`;
      const [a, b] = await Promise.all([api.query(mutation("CLOSENESS, BETWEENNESS")), api.query(mutation("BETWEENNESS, CLOSENESS"))]);
      expect(a.runMetrics.id).toBe(b.runMetrics.id);
      expect([a.runMetrics.joined, b.runMetrics.joined].sort()).toEqual([false, true]);
      const other = await api.query(mutation("EIGENVECTOR"));
      expect(other.runMetrics.id).not.toBe(a.runMetrics.id);
      expect((await until(a.runMetrics.id)).state).toBe("DONE");
      expect((await until(other.runMetrics.id)).state).toBe("DONE");
    });

    it("writes in batches with growing progress, and a job interrupted by a stop ends FAILED, never DONE", async () => {
      // Progress, seen from Neo4j before each batch of 10 actors.
      const progress: Promise<number>[] = [];
      const runs = new MetricRunsService(api.db, services.metrics, { batchSize: 10 });
      const watch = (query: NamedQuery) => {
        if (query.name === "metricRuns.writeValues") {
          progress.push(
            api.db
              .read<{ written: number }>(q("test.progress", "MATCH (j:MetricJob {owner: $owner, state: 'WRITING'}) RETURN j.writtenActors AS written"), { owner: runs.owner })
              .then((rows) => rows[0]?.written ?? -1),
          );
        }
      };
      const done = await runs.run(["WEIGHTED_DEGREE"], selectionFrom({ platformId: platform }), {}, watch);
      expect(done).toMatchObject({ state: "DONE", writtenActors: ACTORS, progress: 1 });
      const seen = await Promise.all(progress);
      expect(seen).toHaveLength(21); // 201 actors, 10 per batch
      expect(seen.filter((w) => w > 0 && w < ACTORS).length).toBeGreaterThan(0);
      expect([...seen].sort((x, y) => x - y)).toEqual(seen);

      // Stopped while writing: the second batch triggers the stop.
      const stopping = new MetricRunsService(api.db, services.metrics, { batchSize: 10 });
      let batches = 0;
      let closed: Promise<void> | undefined;
      const before = await jobCount();
      const started = await stopping.start(["BETWEENNESS"], selectionFrom({ platformId: platform }), {}, undefined, (query) => {
        if (query.name === "metricRuns.writeValues" && ++batches === 2) closed = stopping.close();
      });
      await expect(stopping.finished(started.id)).rejects.toMatchObject({ code: "METRIC_JOB_INTERRUPTED" });
      await closed;
      const job = await stopping.job(started.id);
      expect(job.state).toBe("FAILED");
      expect(job.errorCode).toBe("METRIC_JOB_INTERRUPTED");
      expect(job.writtenActors).toBeLessThan(ACTORS);
      expect(job.finishedAt).not.toBeNull();
      expect(await jobCount()).toBe(before + 1);
      // No MetricRun, and its values are not in the history.
      const { metricRuns, metricHistory } = await api.query(
        `query($id: ID!, $a: ID!) { metricRuns(where: { id: { eq: $id } }) { id } metricHistory(actor: $a, measure: BETWEENNESS) { job } }`,
        { id: started.id, a: firmIds[0] },
      );
      expect(metricRuns).toEqual([]);
      expect(metricHistory.map((v: any) => v.job)).not.toContain(started.id);
      // A stopped service starts nothing.
      await expect(stopping.start(["DEGREE"], selectionFrom({ platformId: platform }))).rejects.toMatchObject({ code: "SHUTTING_DOWN" });
    });

    it("reports a job left RUNNING by a process that died as FAILED (no heartbeat), and does not join it", async () => {
      const id = `dead-${randomUUID()}`;
      const runs = new MetricRunsService(api.db, services.metrics);
      await api.db.write(
        q(
          "test.deadJob",
          `CREATE (:MetricJob {id: $id, key: "dead-process-key", state: "RUNNING", owner: "a process that died", metrics: ["DEGREE"],
                               parameters: "{}", scope: "{}", createdAt: datetime() - duration("PT1H"), startedAt: datetime() - duration("PT1H"),
                               heartbeatAt: datetime() - duration("PT1H"), writtenActors: 0})`,
        ),
        { id },
      );
      const { metricJob } = await api.query(JOB, { id });
      expect(metricJob.state).toBe("FAILED");
      expect(metricJob.error.code).toBe("METRIC_JOB_ABANDONED");
      expect(metricJob.error.message).toContain("heartbeat");
      expect((await runs.job(id)).state).toBe("FAILED");
      await api.db.write(q("test.removeDeadJob", "MATCH (j:MetricJob {id: $id}) DELETE j"), { id });
    });

    it("refuses bad input with a clear error and records no job", async () => {
      const before = await jobCount();
      const empty = await api.request(`mutation { runMetrics(metrics: [], graph: ${graph}) { id } }`);
      expect(empty.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(empty.errors?.[0]?.message).toContain("at least one of DEGREE");
      const damping = await api.request(`mutation { runMetrics(metrics: [PAGERANK], graph: ${graph}, damping: 2) { id } }`);
      expect(damping.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(damping.errors?.[0]?.message).toContain("damping must be between 0 and 1");
      const unknown = await api.request(`{ metricJob(id: "no-such-job") { id } }`);
      expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      const noActor = await api.request(`{ metricHistory(actor: "no-such-actor") { value } }`);
      expect(noActor.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
      expect(await jobCount()).toBe(before);
    });

    it("ends a job refused by a metric FAILED with the metric's code, or returns that error with wait: true", async () => {
      const started = await small.query(`mutation { runMetrics(metrics: [BETWEENNESS], graph: ${graph}) { id } }`);
      const failed = await until(started.runMetrics.id, small);
      expect(failed.state).toBe("FAILED");
      expect(failed.error.code).toBe("METRIC_TOO_LARGE");
      expect(failed.writtenActors).toBe(0);
      const waited = await small.request(`mutation { runMetrics(metrics: [BETWEENNESS], graph: ${graph}, wait: true) { id } }`);
      expect(waited.errors?.[0]?.extensions?.code).toBe("METRIC_TOO_LARGE");
    });
  });

  describe("rankings page by page", () => {
    const PAGE = `query($after: String, $first: Int!) {
      centralityRankingPage(measure: DEGREE, first: $first, after: $after, graph: { platform: "${platform}" }) {
        totalCount edges { cursor node { id name rank score } } pageInfo { hasNextPage endCursor } estimate { exact }
      } }`;

    it("reads every actor's score, in the order of centralityRanking, 7 at a time", async () => {
      const all: any[] = [];
      let after: string | null = null;
      for (let pages = 0; ; pages++) {
        expect(pages).toBeLessThan(40);
        const { centralityRankingPage: page }: any = await api.query(PAGE, { after, first: 7 });
        expect(page.totalCount).toBe(ACTORS);
        expect(page.estimate.exact).toBe(true);
        all.push(...page.edges.map((e: any) => e.node));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(all.map((a) => a.rank)).toEqual(Array.from({ length: ACTORS }, (_, i) => i + 1));
      expect(new Set(all.map((a) => a.id)).size).toBe(ACTORS);
      const { centralityRanking } = await api.query(`{ centralityRanking(measure: DEGREE, top: 1000, graph: { platform: "${platform}" }) { id name rank score } }`);
      expect(all).toEqual(centralityRanking);
    });

    it("refuses a cursor after a write (CURSOR_STALE), a cursor of another query, and text that is no cursor", async () => {
      const { centralityRankingPage: first } = await api.query(PAGE, { after: null, first: 5 });
      const other = await api.request(`query($after: String) { centralityRankingPage(measure: PAGERANK, after: $after, graph: { platform: "${platform}" }) { totalCount } }`, {
        after: first.pageInfo.endCursor,
      });
      expect(other.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(other.errors?.[0]?.message).toContain("cursor of another ranking");
      const garbage = await api.request(PAGE, { after: "not-a-cursor", first: 5 });
      expect(garbage.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      // A plain-Cypher write with the documented version bump.
      await api.db.write(q("test.touchPlatform", "MATCH (p:Platform {id: $id}) SET p.description = 'touched'"), { id: platform });
      await api.db.write(BUMP_GRAPH_VERSION);
      const stale = await api.request(PAGE, { after: first.pageInfo.endCursor, first: 5 });
      expect(stale.errors?.[0]?.extensions?.code).toBe("CURSOR_STALE");
      expect(stale.errors?.[0]?.message).toContain("start again without after");
      const again = await api.query(PAGE, { after: null, first: 5 });
      expect(again.centralityRankingPage.edges).toHaveLength(5);
    });
  });

  describe("sampled betweenness in GraphQL", () => {
    const BETWEENNESS = (args: string) => `{ centralityRankingPage(measure: BETWEENNESS, first: 1000, graph: { platform: "${platform}" }${args}) {
      totalCount edges { node { id score } } estimate { exact samples errorBound confidence } } }`;

    it("above the exact limit: refused by default, estimated on request within its stated bound", async () => {
      const refused = await small.request(BETWEENNESS(""));
      expect(refused.errors?.[0]?.extensions?.code).toBe("METRIC_TOO_LARGE");

      const { centralityRankingPage: estimated } = await small.query(BETWEENNESS(", estimateAboveLimit: true"));
      const { centralityRankingPage: exact } = await api.query(BETWEENNESS(""));
      expect(exact.estimate).toEqual({ exact: true, samples: null, errorBound: null, confidence: null });
      expect(estimated.estimate.exact).toBe(false);
      expect(estimated.estimate.samples).toBeGreaterThan(0);
      expect(estimated.estimate.samples).toBeLessThan(ACTORS);
      expect(estimated.estimate.errorBound).toBeLessThan(1);
      expect(estimated.estimate.confidence).toBe(0.95);
      const exactScore = new Map<string, number>(exact.edges.map((e: any) => [e.node.id, e.node.score as number]));
      const errors = estimated.edges.map((e: any) => Math.abs(e.node.score - exactScore.get(e.node.id)!));
      expect(Math.max(...errors)).toBeLessThanOrEqual(estimated.estimate.errorBound);

      const chosen = await api.query(BETWEENNESS(", samples: 20"));
      expect(chosen.centralityRankingPage.estimate).toMatchObject({ exact: false, samples: 20 });
      const wrongMeasure = await api.request(`{ centralityRankingPage(measure: PAGERANK, samples: 5) { totalCount } }`);
      expect(wrongMeasure.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const tooMany = await api.request(BETWEENNESS(", samples: 1000"));
      expect(tooMany.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
  });
});
