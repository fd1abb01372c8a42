import { randomUUID } from "node:crypto";
import { metricWorkerConnection } from "../../src/api";
import type { Database, NamedQuery } from "../../src/db/database";
import { BUMP_GRAPH_VERSION } from "../../src/db/graph-version";
import { DatabaseUnavailableError, InvalidInputError } from "../../src/errors";
import { ACTORS_WITH_NEIGHBOURS, ACTORS_WITH_NEIGHBOURS_WITHIN, ECOSYSTEM_ACTORS, selectionFrom } from "../../src/metrics/graph-reader";
import { MetricCache } from "../../src/metrics/metric-cache";
import { CentralityMeasure, MetricsService, type SelectionGraph } from "../../src/metrics/metrics.service";
import { MetricPool } from "../../src/metrics/worker/metric-pool";
import { connectTestDatabase, testConfig } from "../helpers/test-neo4j";
import { removeTestData, uniqueSource } from "../helpers/test-api";

/**
 * Issue 12: the metric graph is read in a worker thread, with the thread's own Neo4j driver, so
 * the event loop never decodes its rows. Against the real Neo4j: the main thread's Database does
 * not run the graph read, the request's query observer still hears every query, an unknown
 * platform is still a clear error, the worker's Neo4j failures come back as the project's mapped
 * errors, a graph read after a newer write is not cached under the older version, and closing
 * the pool closes the threads' drivers.
 */
describe("metric graph read in the worker threads", () => {
  const config = testConfig();
  const source = uniqueSource("worker-read");
  const platform = `p-${randomUUID()}`;
  const firms = Array.from({ length: 5 }, (_, i) => `f${i}-${randomUUID()}`);
  let db: Database;
  let pool: MetricPool;
  let metrics: MetricsService;

  const connection = () => metricWorkerConnection(db, config.neo4j);

  /** The main thread's Database, with every query it runs recorded (the calls go through). */
  const mainThreadQueries: string[] = [];

  beforeAll(async () => {
    db = await connectTestDatabase(config);
    // A star: the platform with five member firms, two of which also supply each other.
    await db.write(
      {
        name: "test.workerReadGraph",
        cypher: `
          CREATE (p:Platform:Actor {id: $platform, name: "Worker read platform", source: $source, population: "PLATFORM"})
          WITH p
          UNWIND $firms AS id
          CREATE (f:Firm:Actor {id: id, name: "Worker read firm " + id, source: $source, population: "FIRM"})
          CREATE (f)-[:MEMBER_OF {since: date("2020-01-01")}]->(p)
          WITH collect(f) AS fs
          WITH fs[0] AS a, fs[1] AS b
          CREATE (a)-[:SUPPLIES {volume: 3.0, since: date("2020-01-01")}]->(b)`,
      },
      { platform, firms, source },
    );
    for (const method of ["read", "readEach", "write"] as const) {
      const original = db[method].bind(db) as (...args: any[]) => Promise<any>;
      jest.spyOn(db, method).mockImplementation(((query: NamedQuery, ...rest: any[]) => {
        mainThreadQueries.push(query.name);
        return original(query, ...rest);
      }) as any);
    }
    pool = new MetricPool({ threads: 1, maxQueue: 4, neo4j: connection() });
    metrics = new MetricsService(db, new MetricCache(db), { maxNodesTimesEdges: 1e8 }, pool);
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await pool?.close();
    if (db) await removeTestData(db, source);
    await db?.close();
  });

  it("reads and builds the graph in the worker: the main thread runs only the version check, the observer hears the worker's queries", async () => {
    mainThreadQueries.length = 0;
    const observed: string[] = [];
    const selection = selectionFrom({ platformId: platform });
    const degree = await metrics.scores(CentralityMeasure.DEGREE, selection, {}, (query) => observed.push(query.name));
    expect(degree).toEqual({ [platform]: 5, [firms[0]!]: 2, [firms[1]!]: 2, [firms[2]!]: 1, [firms[3]!]: 1, [firms[4]!]: 1 });

    expect(mainThreadQueries).not.toContain(ECOSYSTEM_ACTORS.name);
    expect(mainThreadQueries).not.toContain(ACTORS_WITH_NEIGHBOURS_WITHIN.name);
    expect(mainThreadQueries).toEqual(["graphVersion.read"]);
    // The worker's queries reach the request's observer (query counts in GraphQL extensions).
    expect(observed).toEqual(["graphVersion.read", ECOSYSTEM_ACTORS.name, ACTORS_WITH_NEIGHBOURS_WITHIN.name, "graphVersion.read"]);
    expect(pool.openDriverCount).toBe(1);

    // Asked again at the same version: served from the cache, no read at all.
    observed.length = 0;
    await metrics.scores(CentralityMeasure.DEGREE, selection, {}, (query) => observed.push(query.name));
    expect(observed).toEqual(["graphVersion.read"]);
  });

  it("reads the whole graph in the worker too (weighted, every actor)", async () => {
    mainThreadQueries.length = 0;
    const observed: string[] = [];
    const scores = await metrics.scores(CentralityMeasure.WEIGHTED_DEGREE, selectionFrom({ weighted: true }), {}, (query) => observed.push(query.name));
    // Weighted degree: SUPPLIES by volume, MEMBER_OF 1.
    expect(scores[firms[0]!]).toBe(4);
    expect(scores[firms[1]!]).toBe(4);
    expect(scores[platform]).toBe(5);
    expect(observed).toContain(ACTORS_WITH_NEIGHBOURS.name);
    expect(mainThreadQueries).not.toContain(ACTORS_WITH_NEIGHBOURS.name);
  });

  it("refuses an unknown platform with a clear BAD_USER_INPUT error from the worker", async () => {
    const unknown = `no-such-platform-${randomUUID()}`;
    const failure = metrics.graph(selectionFrom({ platformId: unknown }));
    await expect(failure).rejects.toBeInstanceOf(InvalidInputError);
    await expect(failure).rejects.toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining(`No platform has the id "${unknown}"`) });
  });

  it("does not cache a graph read after a newer write under the older version", async () => {
    const cache = new MetricCache(db);
    const service = new MetricsService(db, cache, { maxNodesTimesEdges: 1e8 }, pool);
    const selection = selectionFrom({ platformId: platform });
    const cachedGraph = (version: string, observe: (q: NamedQuery) => void) =>
      (service as unknown as { cachedGraph: (s: typeof selection, v: string, o: typeof observe) => Promise<SelectionGraph> }).cachedGraph(selection, version, observe);

    const before = await cache.refresh();
    await db.write(BUMP_GRAPH_VERSION); // committed after the version check, before the read
    const observed: string[] = [];
    const stale = await cachedGraph(before, (q) => observed.push(q.name));
    expect(stale.atKeyVersion).toBe(false);
    expect(stale.order).toBe(6); // still served to the request that read it
    observed.length = 0;
    await cachedGraph(before, (q) => observed.push(q.name));
    expect(observed).toContain(ACTORS_WITH_NEIGHBOURS_WITHIN.name); // read again: it was not cached

    const now = await cache.refresh();
    const current = await cachedGraph(now, () => undefined);
    expect(current.atKeyVersion).toBe(true);
    observed.length = 0;
    await cachedGraph(now, (q) => observed.push(q.name));
    expect(observed).toEqual([]); // cached at its own version
  });

  it("gives the project's mapped error when the worker's Neo4j fails (and Neo4j's own code for an error it does not map)", async () => {
    // A Neo4j that is not there: the worker's driver fails as the API's would, DATABASE_UNAVAILABLE naming the URI.
    const away = new MetricPool({ threads: 1, maxQueue: 2, neo4j: { ...connection(), uri: "bolt://127.0.0.1:1", connectTimeoutMs: 2_000, maxRetryMs: 500 } });
    try {
      const failure = away.run("readGraph", { selection: selectionFrom() });
      await expect(failure).rejects.toBeInstanceOf(DatabaseUnavailableError);
      await expect(failure).rejects.toMatchObject({ code: "DATABASE_UNAVAILABLE", message: expect.stringContaining("bolt://127.0.0.1:1") });
    } finally {
      await away.close();
    }
    // A database that does not exist: Neo4j's error comes back with its status code, as neo4j-errors.ts leaves it.
    const nowhere = new MetricPool({ threads: 1, maxQueue: 2, neo4j: { ...connection(), database: "nosuchdatabase", maxRetryMs: 500 } });
    try {
      const failure = nowhere.run("readGraph", { selection: selectionFrom() });
      await expect(failure).rejects.toMatchObject({ code: "Neo.ClientError.Database.DatabaseNotFound", message: expect.stringContaining("nosuchdatabase") });
    } finally {
      await nowhere.close();
    }
  });

  it("closes the threads' Neo4j drivers when the pool closes", async () => {
    const own = new MetricPool({ threads: 2, maxQueue: 4, neo4j: connection() });
    await Promise.all([own.run("readGraph", { selection: selectionFrom() }), own.run("readGraph", { selection: selectionFrom({ platformId: platform }) })]);
    expect(own.openDriverCount).toBeGreaterThanOrEqual(1);
    await own.close();
    expect(own.openDriverCount).toBe(0);
  });
});
