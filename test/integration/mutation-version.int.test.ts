import neo4j from "neo4j-driver";
import { useTestApi, type TestApi } from "../helpers/test-api";

/**
 * Issue 12, item 2: a generated @neo4j/graphql mutation runs in a transaction of the Database
 * layer, which bumps the graph version in that same transaction. So no process can see the write
 * without the new version (a cached metric would then be served for a graph that changed), a
 * mutation that fails or is refused bumps nothing, and one that changes nothing bumps nothing.
 */
describe("generated mutations bump the graph version in their own transaction", () => {
  const suite = useTestApi();
  const source = suite.newSource("mutation-version");
  let api: TestApi;
  beforeAll(() => {
    api = suite.api;
  });

  const version = async () =>
    (await api.db.read<{ version: number }>({ name: "test.version", cypher: `MATCH (v:GraphVersion {id: "graph"}) RETURN v.version AS version` }))[0]!.version;
  const firms = async (name?: string) =>
    (
      await api.db.read<{ n: number }>(
        { name: "test.firmsOfSource", cypher: "MATCH (f:Firm {source: $source}) WHERE $name IS NULL OR f.name = $name RETURN count(f) AS n" },
        { source, name: name ?? null },
      )
    )[0]!.n;
  const CREATE = `mutation($source: String!, $key: String!, $name: String! = "Version Firm") {
    createFirms(input: [{ name: $name, population: TRADER, source: $source, externalId: $key }]) { firms { id } }
  }`;

  it("bumps the version exactly once with a committed mutation, and not for one refused by a unique key", async () => {
    const v0 = await version();
    await api.query(CREATE, { source, key: "V-1" });
    expect(await firms()).toBe(1);
    const v1 = await version();
    expect(v1).toBe(v0 + 1);

    const duplicate = await api.request(CREATE, { source, key: "V-1" });
    expect(duplicate.errors?.[0]?.extensions?.code).toBe("DUPLICATE_KEY");
    expect(await firms()).toBe(1);
    expect(await version()).toBe(v1);
  });

  it("commits the write and the new version together: while the bump waits, nobody sees the write", async () => {
    const v0 = await version();
    // Another transaction holds the write lock of the version node, so the mutation's bump waits.
    const session = api.db.driver.session({ database: api.db.options.database, defaultAccessMode: neo4j.session.WRITE });
    const lock = session.beginTransaction();
    let mutation: Promise<unknown> | undefined;
    try {
      await lock.run(`MATCH (v:GraphVersion {id: "graph"}) SET v.heldByTest = true`);
      mutation = api.query(CREATE, { source, key: "V-LOCKED", name: "Locked Firm" });
      await waitForBlockedTransaction(api);
      // The mutation's CREATE has run but is not committed: a reader sees neither it nor a new version.
      expect(await firms("Locked Firm")).toBe(0);
      expect(await version()).toBe(v0);
    } finally {
      await lock.rollback();
      await session.close();
    }
    await mutation;
    expect(await firms("Locked Firm")).toBe(1);
    expect(await version()).toBe(v0 + 1);
  });

  it("gives each root field its own transaction: a failing second field undoes neither the first nor bumps for itself", async () => {
    const v0 = await version();
    const body = await api.request(
      `mutation($source: String!) {
        a: createFirms(input: [{ name: "First field", population: TRADER, source: $source, externalId: "F-1" }]) { firms { id } }
        b: createFirms(input: [{ name: "Clash", population: TRADER, source: $source, externalId: "V-1" }]) { firms { id } }
      }`,
      { source },
    );
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(["DUPLICATE_KEY"]);
    expect(await firms("First field")).toBe(1);
    expect(await firms("Clash")).toBe(0);
    expect(await version()).toBe(v0 + 1);
  });

  it("does not bump for a mutation that changes nothing, nor for one refused before it runs", async () => {
    const v0 = await version();
    const nothing = await api.query<{ updateFirms: { firms: unknown[] } }>(
      `mutation($source: String!) { updateFirms(where: { source: { eq: $source }, name: { eq: "No such firm" } }, update: { name: { set: "x" } }) { firms { id } } }`,
      { source },
    );
    expect(nothing.updateFirms.firms).toEqual([]);
    expect(await version()).toBe(v0);

    const refused = await api.request(CREATE, { source, key: "V-9" }, { as: ["reader"] });
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await firms("Version Firm")).toBe(1);
    expect(await version()).toBe(v0);
  });

  it("answers code-first fields of the mutation's result from the committed write", async () => {
    const body = await api.query<{ createFirms: { firms: Array<{ name: string; metrics: { degree: number } }> } }>(
      `mutation($source: String!) {
        createFirms(input: [{ name: "With metrics", population: TRADER, source: $source, externalId: "M-1" }]) { firms { name metrics { degree } } }
      }`,
      { source },
    );
    expect(body.createFirms.firms).toEqual([{ name: "With metrics", metrics: { degree: 0 } }]);
  });
});

/** Waits until Neo4j reports a transaction blocked by a lock (the mutation waiting for the version node). */
async function waitForBlockedTransaction(api: TestApi): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const blocked = await api.db.read<{ n: number }>({
      name: "test.blockedTransactions",
      cypher: `SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH "Blocked" RETURN count(*) AS n`,
    });
    if (blocked[0]!.n > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("The mutation never waited for the graph version's lock within 20 s: is its bump in another transaction?");
}
