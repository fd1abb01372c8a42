import type { Database, NamedQuery } from "../../src/db/database";
import { connectTestDatabase, testConfig } from "../helpers/test-neo4j";

/**
 * `Database.readEach` streams a read's records into a callback (the driver's push API, in
 * batches of 2,000 on the main thread). Against the real Neo4j: every record arrives once and in
 * order across batches, a callback that refuses a record fails the read with its own error, and
 * an error Neo4j raises mid-stream fails it too; neither leaves the driver unusable.
 */
describe("Database.readEach", () => {
  let db: Database;
  const numbers: NamedQuery = { name: "test.numbers", cypher: "UNWIND range(1, $n) AS i RETURN i, 'n' + toString(i) AS label" };

  beforeAll(async () => {
    db = await connectTestDatabase(testConfig());
  });

  afterAll(async () => {
    await db?.close();
  });

  it("hands over every record once, in order, across several batches", async () => {
    const seen: number[] = [];
    await db.readEach<{ i: number; label: string }>(numbers, { n: 5_001 }, (row) => {
      expect(row.label).toBe(`n${row.i}`);
      seen.push(row.i);
    });
    expect(seen).toHaveLength(5_001);
    expect(seen.every((value, index) => value === index + 1)).toBe(true);
  });

  it("fails with the callback's own error when it refuses a record, and stops handing records over", async () => {
    const refusal = new Error("record 3 is refused");
    let calls = 0;
    await expect(
      db.readEach<{ i: number }>(numbers, { n: 10_000 }, (row) => {
        calls++;
        if (row.i === 3) throw refusal;
      }),
    ).rejects.toBe(refusal);
    expect(calls).toBe(3);
    const [after] = await db.read<{ one: number }>({ name: "test.one", cypher: "RETURN 1 AS one" });
    expect(after!.one).toBe(1);
  });

  it("fails with Neo4j's error when the query fails after some records", async () => {
    const seen: number[] = [];
    await expect(
      db.readEach<{ i: number }>({ name: "test.failsMidway", cypher: "UNWIND range(1, 5000) AS i RETURN i, 1 / (i - 4000) AS x" }, {}, (row) => void seen.push(row.i)),
    ).rejects.toThrow(/by zero/i);
    expect(seen.length).toBeLessThan(4_000);
    const [after] = await db.read<{ one: number }>({ name: "test.one", cypher: "RETURN 1 AS one" });
    expect(after!.one).toBe(1);
  });
});
