import { dirname, join } from "node:path";
import type { Driver, ManagedTransaction, Session } from "neo4j-driver";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { graphql } from "graphql";
import { startApi } from "../../src/api";
import { mintToken } from "../../src/auth/dev-token";
import { Database } from "../../src/db/database";
import { createLogger } from "../../src/server/logger";
import type { RunningServer } from "../../src/server/app";
import { SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import { connectTestDatabase, testConfig } from "../helpers/test-neo4j";

/**
 * patches/@neo4j+graphql+*.patch: a nested relationship list with limit/offset is sorted and cut
 * right after its MATCH and filters, before its children's subqueries, when every sort key is a
 * stored property of the target node. These tests run each query twice against the real Neo4j,
 * with the patched path and with the library's own path (the patch's switch turned off for that
 * request), and check that both return the same, and that both return what hand-written Cypher
 * returns. They also check from the Cypher sent to Neo4j which path was taken.
 */

/** The patched prototype method that decides the path; turned off to get the library's own Cypher. */
type PatchedReadOperation = { canPaginateBeforeSubqueries?: () => boolean };
// The package exports only its index, so the class is loaded from its file (the one the API uses).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ReadOperation } = require(join(dirname(require.resolve("@neo4j/graphql")), "translate/queryAST/ast/operations/ReadOperation.js"));
const patched = ReadOperation.prototype as PatchedReadOperation;

/** Records the Cypher the API sends through the driver (the database behind it is the real one). */
function recordingDriver(driver: Driver, recorded: string[]): Driver {
  const recordTx = (tx: ManagedTransaction) =>
    new Proxy(tx, {
      get: (target, prop) =>
        prop === "run"
          ? (cypher: string, params: Record<string, unknown>) => {
              recorded.push(cypher);
              return target.run(cypher, params);
            }
          : Reflect.get(target, prop, target),
    });
  const bound = <T extends object>(target: T, prop: string | symbol) => {
    const value = Reflect.get(target, prop);
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
  };
  const recordSession = (session: Session) =>
    new Proxy(session, {
      get: (target, prop) =>
        prop === "executeRead"
          ? (work: (tx: ManagedTransaction) => unknown, config?: object) => target.executeRead((tx) => work(recordTx(tx)) as Promise<unknown>, config)
          : bound(target, prop),
    });
  return new Proxy(driver, {
    get: (target, prop) => (prop === "session" ? (config?: object) => recordSession(target.session(config)) : bound(target, prop)),
  });
}

describe("nested relationship lists: sort and limit before the children's subqueries (patched @neo4j/graphql)", () => {
  let db: Database;
  let server: RunningServer;
  const recorded: string[] = [];
  const diyiqiangId = seedNodeId(SEED_FACTS.diyiqiangPlatformKey);

  beforeAll(async () => {
    if (typeof patched.canPaginateBeforeSubqueries !== "function") {
      throw new Error(
        "The patch of @neo4j/graphql is not applied (ReadOperation has no canPaginateBeforeSubqueries). " +
          "Run `npm ci` (its postinstall runs patch-package with patches/).",
      );
    }
    const config = testConfig({ AUTH_ANONYMOUS_READS: "true" });
    db = await connectTestDatabase(config);
    server = await startApi(config, new Database(recordingDriver(db.driver, recorded), db.options), createLogger("silent"));
  });
  afterAll(async () => {
    await server?.stop();
    await db?.close();
  });

  /** Runs a query over HTTP and returns its data and the one generated read statement. */
  async function run(query: string, variables: Record<string, unknown>): Promise<{ data: any; cypher: string }> {
    recorded.length = 0;
    const response = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    const reads = recorded.filter((c) => !c.includes("dbms.components"));
    expect(reads).toHaveLength(1);
    return { data: body.data, cypher: reads[0]! };
  }

  /** The same query with the library's own path (the patch's switch off for this request). */
  async function runUnpatched(query: string, variables: Record<string, unknown>): Promise<{ data: any; cypher: string }> {
    const original = patched.canPaginateBeforeSubqueries;
    patched.canPaginateBeforeSubqueries = () => false;
    try {
      return await run(query, variables);
    } finally {
      patched.canPaginateBeforeSubqueries = original;
    }
  }

  /** True when the members' level (`this1`) is cut (LIMIT) before its first child subquery `CALL (this1)`. */
  function cutsMembersBeforeChildren(cypher: string): boolean {
    const members = cypher.indexOf(":MEMBER_OF]-(this1:");
    const child = cypher.indexOf("CALL (this1)", members);
    if (members === -1 || child === -1) throw new Error(`Unexpected shape of the generated Cypher:\n${cypher}`);
    return /\bLIMIT\b/.test(cypher.slice(members, child));
  }

  const memberNames = async (order: string, where: string, skip: number, limit: number): Promise<string[]> => {
    const rows = await db.read<{ name: string }>(
      {
        name: "test.nestedPagination.members",
        cypher: `MATCH (f:Firm)-[:MEMBER_OF]->(p:Platform {id: $id}) WHERE ${where}
                 WITH DISTINCT f ORDER BY ${order} SKIP toInteger($skip) LIMIT toInteger($limit) RETURN f.name AS name`,
      },
      { id: diyiqiangId, skip, limit },
    );
    return rows.map((r) => r.name);
  };

  const NESTED = `query Members($id: ID!, $sort: [FirmSort!], $offset: Int, $limit: Int, $where: FirmWhere) {
    platforms(where: { id: { eq: $id } }) {
      name
      members(sort: $sort, offset: $offset, limit: $limit, where: $where) {
        name
        foundedYear
        servedBy(sort: [{ name: ASC }], limit: 3) { name partnersWith(sort: [{ name: DESC }], limit: 2) { name } }
      }
    }
  }`;

  const cases: Array<{ what: string; variables: Record<string, unknown>; order: string; where: string; skip: number; limit: number }> = [
    { what: "name ascending, limit", variables: { sort: [{ name: "ASC" }], limit: 10 }, order: "f.name ASC", where: "true", skip: 0, limit: 10 },
    { what: "name descending, offset and limit", variables: { sort: [{ name: "DESC" }], offset: 7, limit: 5 }, order: "f.name DESC", where: "true", skip: 7, limit: 5 },
    {
      what: "two keys (foundedYear descending, then name), offset",
      variables: { sort: [{ foundedYear: "DESC" }, { name: "ASC" }], offset: 3, limit: 12 },
      order: "f.foundedYear DESC, f.name ASC",
      where: "true",
      skip: 3,
      limit: 12,
    },
    {
      what: "with a where on the members",
      variables: { sort: [{ name: "ASC" }], limit: 8, where: { population: { eq: "MANUFACTURER" } } },
      order: "f.name ASC",
      where: "f.population = 'MANUFACTURER'",
      skip: 0,
      limit: 8,
    },
    {
      what: "offset past the end",
      variables: { sort: [{ name: "ASC" }], offset: 100_000, limit: 5 },
      order: "f.name ASC",
      where: "true",
      skip: 100_000,
      limit: 5,
    },
  ];

  it.each(cases)("$what: the same members, in the same order, as the library's own path and as hand-written Cypher", async (c) => {
    const variables = { id: diyiqiangId, ...c.variables };
    const fast = await run(NESTED, variables);
    const slow = await runUnpatched(NESTED, variables);
    expect(fast.data).toEqual(slow.data);
    const [platform] = fast.data.platforms;
    expect(platform.members.map((m: { name: string }) => m.name)).toEqual(await memberNames(c.order, c.where, c.skip, c.limit));
    // The fast path cuts the members before their servedBy subqueries; the library's path after them.
    expect(cutsMembersBeforeChildren(fast.cypher)).toBe(true);
    expect(cutsMembersBeforeChildren(slow.cypher)).toBe(false);
  });

  it("the children below the cut members are the ones hand-written Cypher finds", async () => {
    const { data } = await run(NESTED, { id: diyiqiangId, sort: [{ name: "ASC" }], limit: 6 });
    const [platform] = data.platforms;
    const expected = await db.read<{ name: string; servedBy: Array<{ name: string; partnersWith: Array<{ name: string }> }> }>(
      {
        name: "test.nestedPagination.children",
        cypher: `MATCH (f:Firm)-[:MEMBER_OF]->(:Platform {id: $id})
                 WITH DISTINCT f ORDER BY f.name ASC LIMIT 6
                 CALL (f) {
                   MATCH (s:ServiceProvider)-[:SERVES]->(f)
                   WITH DISTINCT s ORDER BY s.name ASC LIMIT 3
                   CALL (s) {
                     MATCH (s)-[:PARTNERS_WITH]->(o:Platform)
                     WITH DISTINCT o ORDER BY o.name DESC LIMIT 2
                     RETURN collect(o { .name }) AS partnersWith
                   }
                   RETURN collect(s { .name, partnersWith }) AS servedBy
                 }
                 RETURN f.name AS name, servedBy`,
      },
      { id: diyiqiangId },
    );
    expect(platform.members.map((m: any) => ({ name: m.name, servedBy: m.servedBy }))).toEqual(expected);
    expect(platform.members.some((m: any) => m.servedBy.length > 0)).toBe(true);
  });

  it("a limit without a sort returns that many distinct members of the platform, as the library's path does", async () => {
    const query = `query($id: ID!) { platforms(where: { id: { eq: $id } }) { members(limit: 7) { name servedBy(limit: 2) { name } } } }`;
    const fast = await run(query, { id: diyiqiangId });
    const slow = await runUnpatched(query, { id: diyiqiangId });
    const names = fast.data.platforms[0].members.map((m: { name: string }) => m.name);
    expect(names).toHaveLength(7);
    expect(new Set(names).size).toBe(7);
    const all = new Set(await memberNames("f.name", "true", 0, 100_000));
    for (const name of names) expect(all.has(name)).toBe(true);
    expect(slow.data.platforms[0].members).toHaveLength(7);
    expect(cutsMembersBeforeChildren(fast.cypher)).toBe(true);
  });

  it("a sort on relationship properties (membersConnection, edge.since) keeps the library's own cut and returns the same", async () => {
    const query = `query($id: ID!) {
      platforms(where: { id: { eq: $id } }) {
        membersConnection(sort: [{ edge: { since: DESC } }, { node: { name: ASC } }], first: 9) {
          edges { properties { since } node { name servedBy(limit: 2, sort: [{ name: ASC }]) { name } } }
        }
      }
    }`;
    const fast = await run(query, { id: diyiqiangId });
    const slow = await runUnpatched(query, { id: diyiqiangId });
    // A connection is ConnectionReadOperation, which the patch does not touch: it already cuts
    // before its subqueries, with the relationship property in the ORDER BY.
    const connectionCut = /ORDER BY this0\.since DESC, this1\.name ASC\s+LIMIT \$param\d+\s+CALL \(this1\)/;
    expect(fast.cypher).toMatch(connectionCut);
    expect(slow.cypher).toMatch(connectionCut);
    expect(fast.data).toEqual(slow.data);
    const expected = await db.read<{ name: string }>(
      {
        name: "test.nestedPagination.bySince",
        cypher: `MATCH (f:Firm)-[m:MEMBER_OF]->(:Platform {id: $id}) RETURN f.name AS name ORDER BY m.since DESC, f.name ASC LIMIT 9`,
      },
      { id: diyiqiangId },
    );
    expect(fast.data.platforms[0].membersConnection.edges.map((e: any) => e.node.name)).toEqual(expected.map((r) => r.name));
  });

  it("with anonymous reads off, a reader gets the same, checked once before any Cypher (no per-row validate); no token runs nothing", async () => {
    const config = testConfig({ AUTH_ANONYMOUS_READS: "false" });
    const guarded = await startApi(config, new Database(recordingDriver(db.driver, recorded), db.options), createLogger("silent"));
    try {
      const token = await mintToken(config.auth, { roles: ["reader"], subject: "test", expiresIn: "1h" });
      const variables = { id: diyiqiangId, sort: [{ name: "DESC" }], offset: 2, limit: 6 };
      const send = async (authorization?: string) => {
        recorded.length = 0;
        const response = await fetch(`${guarded.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", ...(authorization && { authorization }) },
          body: JSON.stringify({ query: NESTED, variables }),
        });
        const body = (await response.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
        return { body, reads: recorded.filter((c) => !c.includes("dbms.components")) };
      };
      const reader = await send(`Bearer ${token}`);
      expect(reader.body.errors).toBeUndefined();
      expect(reader.reads).toHaveLength(1);
      expect(reader.reads[0]).not.toContain("apoc.util.validate");
      expect(cutsMembersBeforeChildren(reader.reads[0]!)).toBe(true);
      expect(reader.body.data).toEqual((await run(NESTED, variables)).data);

      const anonymous = await send();
      expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(anonymous.reads).toHaveLength(0);
    } finally {
      await guarded.stop();
    }
  });

  describe("fields the patch leaves on the library's path (a schema of the test's own)", () => {
    // Sorting on a @cypher field needs its subquery first; an @alias field sorts on another
    // property name. Both keep the library's own Cypher; a stored property takes the fast path.
    const typeDefs = `
      type TestNpOwner @node { key: String! items: [TestNpItem!]! @relationship(type: "TEST_NP_HAS", direction: OUT) }
      type TestNpItem @node {
        name: String!
        rank: Int
        label: String @alias(property: "storedLabel")
        score: Int @cypher(statement: "RETURN 100 - this.rank AS score", columnName: "score")
        parts: [TestNpItem!]! @relationship(type: "TEST_NP_PART", direction: OUT)
      }`;
    let schema: Awaited<ReturnType<Neo4jGraphQL["getSchema"]>>;
    const key = `np-${process.pid}`;

    beforeAll(async () => {
      schema = await new Neo4jGraphQL({ typeDefs, driver: recordingDriver(db.driver, recorded) }).getSchema();
      await db.write(
        {
          name: "test.nestedPagination.createOwnSchemaData",
          cypher: `CREATE (o:TestNpOwner {key: $key})
                   WITH o UNWIND range(1, 12) AS i
                   CREATE (o)-[:TEST_NP_HAS]->(item:TestNpItem {name: 'item ' + right('0' + toString(i), 2), rank: (i * 7) % 12, storedLabel: 'L' + toString((i * 5) % 12)})
                   CREATE (item)-[:TEST_NP_PART]->(:TestNpItem {name: 'part of ' + toString(i), rank: i})`,
        },
        { key },
      );
    });
    afterAll(async () => {
      await db.write({ name: "test.nestedPagination.removeOwnSchemaData", cypher: "MATCH (n) WHERE n:TestNpOwner OR n:TestNpItem DETACH DELETE n" });
    });

    async function ownQuery(sort: string): Promise<{ data: any; cypher: string }> {
      recorded.length = 0;
      const result = await graphql({
        schema,
        source: `query($key: String!) { testNpOwners(where: { key: { eq: $key } }) { items(sort: ${sort}, offset: 1, limit: 4) { name parts { name } } } }`,
        variableValues: { key },
        contextValue: {},
      });
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
      return { data: result.data, cypher: recorded.filter((c) => !c.includes("dbms.components"))[0]! };
    }
    const itemsCutBeforeParts = (cypher: string) => {
      const items = cypher.indexOf(":TEST_NP_HAS]->(this1:");
      const child = cypher.indexOf("CALL (this1)", items);
      if (items === -1 || child === -1) throw new Error(`Unexpected shape of the generated Cypher:\n${cypher}`);
      return /\bLIMIT\b/.test(cypher.slice(items, child));
    };
    const expectedNames = async (order: string) =>
      (
        await db.read<{ name: string }>(
          {
            name: "test.nestedPagination.ownSchemaExpected",
            cypher: `MATCH (:TestNpOwner {key: $key})-[:TEST_NP_HAS]->(i:TestNpItem) RETURN i.name AS name ORDER BY ${order} SKIP 1 LIMIT 4`,
          },
          { key },
        )
      ).map((r) => r.name);

    it("a @cypher sort field keeps the library's path and sorts on the computed value", async () => {
      const { data, cypher } = await ownQuery("[{ score: ASC }]");
      expect(itemsCutBeforeParts(cypher)).toBe(false);
      expect(data.testNpOwners[0].items.map((i: any) => i.name)).toEqual(await expectedNames("100 - i.rank ASC"));
    });

    it("an @alias sort field keeps the library's path", async () => {
      const { cypher } = await ownQuery("[{ label: ASC }]");
      expect(itemsCutBeforeParts(cypher)).toBe(false);
    });

    it("a stored property (rank descending) takes the fast path and returns what the library's path returns", async () => {
      const fast = await ownQuery("[{ rank: DESC }]");
      const original = patched.canPaginateBeforeSubqueries;
      patched.canPaginateBeforeSubqueries = () => false;
      let slow: { data: any; cypher: string };
      try {
        slow = await ownQuery("[{ rank: DESC }]");
      } finally {
        patched.canPaginateBeforeSubqueries = original;
      }
      expect(itemsCutBeforeParts(fast.cypher)).toBe(true);
      expect(itemsCutBeforeParts(slow.cypher)).toBe(false);
      expect(fast.data).toEqual(slow.data);
      expect(fast.data.testNpOwners[0].items.map((i: any) => i.name)).toEqual(await expectedNames("i.rank DESC"));
      expect(fast.data.testNpOwners[0].items.every((i: any) => i.parts.length === 1)).toBe(true);
    });
  });
});
