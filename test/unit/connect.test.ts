import { connectToNeo4j } from "../../src/db/database";
import { DatabaseUnavailableError } from "../../src/errors";

describe("connectToNeo4j", () => {
  it("fails fast with an error naming the URI when nothing listens there", async () => {
    const started = Date.now();
    const attempt = connectToNeo4j({
      uri: "bolt://127.0.0.1:9",
      user: "neo4j",
      password: "secret",
      database: undefined,
      connectTimeoutMs: 3_000,
      transactionTimeoutMs: 1_000,
    });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/Cannot connect to Neo4j at bolt:\/\/127\.0\.0\.1:9 as user "neo4j"/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("gives up after the connect timeout when the server never answers", async () => {
    // A local socket that accepts connections but never speaks Bolt stands for a hung server.
    const net = await import("node:net");
    const sockets: import("node:net").Socket[] = [];
    const silent = net.createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const port = (silent.address() as import("node:net").AddressInfo).port;
    try {
      await expect(
        connectToNeo4j({
          uri: `bolt://127.0.0.1:${port}`,
          user: "neo4j",
          password: "x",
          database: undefined,
          connectTimeoutMs: 1_500,
          transactionTimeoutMs: 1_000,
        }),
      ).rejects.toThrow(new RegExp(`Cannot connect to Neo4j at bolt://127\\.0\\.0\\.1:${port}`));
    } finally {
      sockets.forEach((socket) => socket.destroy());
      silent.close();
    }
  });
});
