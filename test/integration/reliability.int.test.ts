import { rmSync } from "node:fs";
import { join } from "node:path";
import { prepareDatabase, startApi } from "../../src/api";
import { mintToken } from "../../src/auth/dev-token";
import { findProjectRoot, loadConfig, type Config } from "../../src/config";
import { connectToNeo4j, type Database } from "../../src/db/database";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../src/db/embedded-neo4j";
import type { RunningServer } from "../../src/server/app";
import { createLogger } from "../../src/server/logger";
import { freeTcpPort } from "../helpers/free-port";
import type { GraphQLResponse } from "../helpers/test-api";

/**
 * Neo4j goes away and comes back while the API runs: requests fail fast with a clear error (not a
 * hang), readiness says so, and once Neo4j is back the same API process serves again. Shutdown
 * lets an in-flight request finish. This test stops Neo4j, so it runs its own embedded Neo4j.
 */
describe("the API while Neo4j restarts, and at shutdown", () => {
  const dataDir = join(findProjectRoot(), ".neo4j", `test-reliability-data-${process.pid}`);
  // Neo4j comes back on the same address, so this test needs its port before the first start.
  let boltPort = 0;
  const settings = () => ({
    ...process.env,
    EMBEDDED_NEO4J_DATA_DIR: dataDir,
    EMBEDDED_NEO4J_BOLT_PORT: String(boltPort),
    EMBEDDED_NEO4J_HEAP: "512m",
    NEO4J_URI: `bolt://127.0.0.1:${boltPort}`,
    NEO4J_MAX_RETRY_MS: "1000",
    NEO4J_CONNECT_TIMEOUT_MS: "3000",
    LOG_LEVEL: "silent",
    PORT: "0",
    HOST: "127.0.0.1",
  });
  let config: Config;
  const log = { info: () => undefined, warn: () => undefined };
  let neo4j: EmbeddedNeo4j | undefined;
  let db: Database | undefined;
  let server: RunningServer | undefined;
  let token: string;

  const post = async (query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${server!.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse };
  };
  const health = async (path: string) => (await fetch(`${server!.url}${path}`)).status;

  beforeAll(async () => {
    boltPort = await freeTcpPort();
    config = loadConfig(settings());
    rmSync(dataDir, { recursive: true, force: true });
    neo4j = await startEmbeddedNeo4j(config.neo4j.embedded, log);
    db = await connectToNeo4j({ ...config.neo4j, uri: neo4j.uri });
    await prepareDatabase(db);
    server = await startApi(config, db, createLogger("silent"));
    token = await mintToken(config.auth, { roles: ["admin"], subject: "reliability-test", expiresIn: "1h" });
  });
  afterAll(async () => {
    await server?.stop().catch(() => undefined);
    await db?.close();
    await neo4j?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("fails fast with DATABASE_UNAVAILABLE while Neo4j is away and recovers without a restart", async () => {
    const create = `mutation { createRegions(input: [{ name: "Before", level: CITY }]) { regions { id } } }`;
    expect((await post(create)).body.errors).toBeUndefined();
    expect(await health("/health/ready")).toBe(200);

    await neo4j!.stop();

    for (const query of [`{ regions { name } }`, `{ ecosystemServices(platform: "none") { platform { name } } }`, create]) {
      const started = Date.now();
      const { body } = await post(query);
      expect(Date.now() - started).toBeLessThan(15_000);
      expect(body.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
      expect(body.errors?.[0]?.message).toContain(`Neo4j at bolt://127.0.0.1:${boltPort} is not reachable`);
    }
    expect(await health("/health/ready")).toBe(503);
    expect(await health("/health/live")).toBe(200);

    neo4j = await startEmbeddedNeo4j(config.neo4j.embedded, log);
    let answer: GraphQLResponse | undefined;
    for (let attempt = 0; attempt < 30; attempt++) {
      answer = (await post(`{ regions(where: { name: { eq: "Before" } }) { name } }`)).body;
      if (!answer.errors) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    expect(answer?.errors).toBeUndefined();
    expect(answer?.data?.regions).toEqual([{ name: "Before" }]);
    expect(await health("/health/ready")).toBe(200);
  });

  it("finishes an in-flight request at shutdown, then refuses new connections", async () => {
    const actors = Array.from({ length: 3_000 }, (_, i) => ({ label: "Firm", externalId: `R-${i}`, name: `Firm ${i}`, population: "TRADER" }));
    const inFlight = post(
      `mutation($actors: [SyncActorInput!]) { syncPartnerData(source: "reliability-test", actors: $actors) { complete counts { CREATED } } }`,
      { actors },
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const url = server!.url;
    await server!.stop();
    server = undefined;

    const { status, body } = await inFlight;
    expect(status).toBe(200);
    expect(body.data?.syncPartnerData).toEqual({ complete: true, counts: { CREATED: 3_000 } });
    await expect(fetch(`${url}/health/live`)).rejects.toThrow();
  });
});
