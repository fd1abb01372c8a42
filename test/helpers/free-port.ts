import { createServer } from "node:net";

/**
 * A TCP port on 127.0.0.1 that nothing listens on right now. For a test that must know its port
 * before the server starts (one that stops and restarts Neo4j on the same address); everything
 * else passes port 0 and reads the port the server took.
 */
export function freeTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("the OS gave no free port"))));
    });
  });
}
