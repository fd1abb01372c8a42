import { useTestApi } from "../helpers/test-api";

/** Partner sync over GraphQL against the real Neo4j. Each test syncs under a source of its own. */
describe("partner data sync", () => {
  const suite = useTestApi({ SYNC_BATCH_SIZE: "3", SYNC_MAX_RECORDS: "100" });
  const newSource = suite.newSource;

  const SYNC = `
    mutation Sync($source: String!, $actors: [SyncActorInput!], $relationships: [SyncRelationshipInput!], $dryRun: Boolean! = false) {
      syncPartnerData(source: $source, actors: $actors, relationships: $relationships, dryRun: $dryRun) {
        complete dryRun
        counts { CREATED UPDATED UNCHANGED REJECTED }
        outcomes { kind position key outcome reason id }
        batches { kind index records committed }
      }
    }`;
  const sync = async (variables: Record<string, unknown>) => (await suite.api.query(SYNC, variables)).syncPartnerData;

  /** Nodes with the source, relationships written by it, and a checksum of their properties. */
  const state = async (source: string) => {
    const [row] = await suite.api.db.read<{ nodes: number; relationships: number; checksum: string }>(
      {
        name: "test.syncState",
        cypher: `
          CALL () { MATCH (n:Actor {source: $source}) RETURN count(n) AS nodes,
                    apoc.util.md5([x IN collect(n {.*}) | apoc.convert.toJson(x)]) AS nodeSum }
          CALL () { MATCH ()-[r {source: $source}]->() RETURN count(r) AS relationships,
                    apoc.util.md5([x IN collect(properties(r)) | apoc.convert.toJson(x)]) AS relSum }
          RETURN nodes, relationships, nodeSum + relSum AS checksum`,
      },
      { source },
    );
    return row!;
  };

  const payload = {
    actors: [
      { label: "Platform", externalId: "P-1", name: "Partner Platform" },
      { label: "Firm", externalId: "F-1", name: "Alpha Hinges", population: "MANUFACTURER", size: "SMALL", employees: 40 },
      { label: "Firm", externalId: "F-2", name: "Beta Locks", population: "TRADER" },
      { label: "ServiceProvider", externalId: "S-1", name: "Gamma Credit", categories: ["FINANCING"] },
    ],
    relationships: [
      { type: "MEMBER_OF", from: { externalId: "F-1" }, to: { externalId: "P-1" }, since: "2021-03-01", tier: "gold" },
      { type: "MEMBER_OF", from: { externalId: "F-2" }, to: { externalId: "P-1" }, since: "2022-01-15" },
      { type: "SUPPLIES", from: { externalId: "F-1" }, to: { externalId: "F-2" }, volume: 12.5 },
      { type: "SERVES", from: { externalId: "S-1" }, to: { externalId: "F-1" }, category: "FINANCING" },
    ],
  };

  it("creates everything once, then reports every record unchanged and changes nothing", async () => {
    const source = newSource("twice");
    const first = await sync({ source, ...payload });
    expect(first.complete).toBe(true);
    expect(first.counts).toEqual({ CREATED: 8, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 });
    const before = await state(source);
    expect(before).toMatchObject({ nodes: 4, relationships: 4 });

    const second = await sync({ source, ...payload });
    expect(second.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: 8, REJECTED: 0 });
    expect(await state(source)).toEqual(before);
  });

  it("updates what changed, ends a relationship and retires an actor without deleting anything", async () => {
    const source = newSource("update");
    await sync({ source, ...payload });
    const result = await sync({
      source,
      actors: [{ label: "Firm", externalId: "F-2", name: "Beta Locks", population: "TRADER", retired: true }],
      relationships: [{ type: "MEMBER_OF", from: { externalId: "F-2" }, to: { externalId: "P-1" }, since: "2022-01-15", until: "2024-06-30" }],
    });
    expect(result.outcomes.map((o: any) => o.outcome)).toEqual(["UPDATED", "UPDATED"]);
    const firm = await suite.api.query(
      `query($s: String!) { firms(where: { source: { eq: $s }, externalId: { eq: "F-2" } }) {
        retiredAt memberOfConnection { edges { properties { since until } } } } }`,
      { s: source },
    );
    expect(firm.firms[0].retiredAt).not.toBeNull();
    expect(firm.firms[0].memberOfConnection.edges[0].properties).toEqual({ since: "2022-01-15", until: "2024-06-30" });
    expect(await state(source)).toMatchObject({ nodes: 4, relationships: 4 });

    const relabel = await sync({ source, actors: [{ label: "Firm", externalId: "P-1", name: "Not a platform", population: "TRADER" }] });
    expect(relabel.outcomes).toEqual([
      expect.objectContaining({ outcome: "REJECTED", reason: `actor 0 (P-1): ${source}/P-1 is already a Platform; it cannot become a Firm` }),
    ]);
    expect(await state(source)).toMatchObject({ nodes: 4, relationships: 4 });
  });

  it("finds relationship ends by id and by another source's key, and keeps an actor created retired", async () => {
    const source = newSource("ends");
    const other = newSource("ends-other");
    const actors = await sync({
      source,
      actors: [
        { label: "Platform", externalId: "P-1", name: "Ends Platform" },
        { label: "Firm", externalId: "F-1", name: "Ends Firm One", population: "TRADER" },
        { label: "Firm", externalId: "F-2", name: "Ends Firm Two", population: "BUYER", retired: true },
      ],
    });
    expect(actors.counts).toEqual({ CREATED: 3, UPDATED: 0, UNCHANGED: 0, REJECTED: 0 });
    const id = (externalId: string) => actors.outcomes.find((o: any) => o.key === externalId).id as string;
    await sync({ source: other, actors: [{ label: "Firm", externalId: "F-9", name: "Other Firm", population: "MANUFACTURER" }] });

    const relationships = [
      { type: "MEMBER_OF", from: { id: id("F-1") }, to: { externalId: "P-1" }, since: "2020-01-01" },
      { type: "MEMBER_OF", from: { externalId: "F-2" }, to: { id: id("P-1") } },
      { type: "SUPPLIES", from: { id: id("F-1") }, to: { id: id("F-2") }, volume: 3 },
      { type: "SUPPLIES", from: { externalId: "F-9", source: other }, to: { externalId: "F-1" } },
      { type: "MEMBER_OF", from: { id: id("P-1") }, to: { externalId: "P-1" } },
      { type: "SUPPLIES", from: { id: id("F-1") }, to: { externalId: "F-1" } },
    ];
    const first = await sync({ source, relationships });
    const reasons = first.outcomes.filter((o: any) => o.outcome === "REJECTED").map((o: any) => o.reason);
    expect(reasons).toEqual([
      `relationship 4 (MEMBER_OF id ${id("P-1")} -> ${source}/P-1): from end (id ${id("P-1")}) is a Platform, but MEMBER_OF goes from a Firm to a Platform`,
      `relationship 5 (SUPPLIES id ${id("F-1")} -> ${source}/F-1): from and to are the same actor`,
    ]);
    expect(first.counts).toEqual({ CREATED: 4, UPDATED: 0, UNCHANGED: 0, REJECTED: 2 });
    expect(await state(source)).toMatchObject({ nodes: 3, relationships: 4 });

    const again = await sync({ source, relationships: relationships.slice(0, 4) });
    expect(again.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: 4, REJECTED: 0 });
    const retired = await sync({ source, actors: [{ label: "Firm", externalId: "F-2", name: "Ends Firm Two", population: "BUYER", retired: true }] });
    expect(retired.counts).toEqual({ CREATED: 0, UPDATED: 0, UNCHANGED: 1, REJECTED: 0 });
    const firm = await suite.api.query(`query($s: String!) { firms(where: { source: { eq: $s }, externalId: { eq: "F-2" } }) { retiredAt } }`, { s: source });
    expect(firm.firms[0].retiredAt).not.toBeNull();
  });

  it("commits the good records and rejects each bad one with its position, key and reason", async () => {
    const source = newSource("bad");
    const result = await sync({
      source,
      actors: [
        { label: "Platform", externalId: "P-1", name: "Partner Platform" },
        { label: "Firm", externalId: "F-1", name: "No Population Ltd" },
        { label: "Firm", externalId: "F-2", name: "Good Firm", population: "BUYER" },
        { label: "Firm", externalId: "F-2", name: "Twin Firm", population: "BUYER" },
        { label: "ServiceProvider", externalId: "S-1", name: "Lawyer", categories: ["LEGAL"], size: "SMALL" },
        { label: "Firm", externalId: "F-3", name: "Bad Year", population: "TRADER", foundedYear: 3000 },
      ],
      relationships: [
        { type: "MEMBER_OF", from: { externalId: "F-2" }, to: { externalId: "P-1" }, since: "2023-02-30" },
        { type: "MEMBER_OF", from: { externalId: "F-2" }, to: { externalId: "NOPE" } },
        { type: "MEMBER_OF", from: { externalId: "P-1" }, to: { externalId: "F-2" } },
        { type: "MEMBER_OF", from: { externalId: "F-2" }, to: { externalId: "P-1" }, since: "2023-02-01" },
        { type: "SUPPLIES", from: { externalId: "F-2" }, to: { externalId: "F-2" } },
      ],
    });
    const reasons = Object.fromEntries(
      result.outcomes.filter((o: any) => o.outcome === "REJECTED").map((o: any) => [`${o.kind}:${o.position}`, o.reason]),
    );
    expect(reasons).toEqual({
      "ACTOR:1": "actor 1 (F-1): population is required for a Firm: one of MANUFACTURER, TRADER, BUYER",
      "ACTOR:3": 'actor 3 (F-2): externalId "F-2" appears again; record 2 already has it',
      "ACTOR:4": "actor 4 (S-1): unknown field size; accepted: label, externalId, population, retired, name, localName, description, foundedYear, categories",
      "ACTOR:5": "actor 5 (F-3): foundedYear must be a number from 1000 to 2100, but got: 3000",
      "RELATIONSHIP:0": 'relationship 0 (MEMBER_OF): since must be a calendar date YYYY-MM-DD that exists, but got: "2023-02-30"',
      "RELATIONSHIP:1": `relationship 1 (MEMBER_OF ${source}/F-2 -> ${source}/NOPE): to end (${source}/NOPE) does not exist: sync that actor first or in the same request`,
      "RELATIONSHIP:2": `relationship 2 (MEMBER_OF ${source}/P-1 -> ${source}/F-2): from end (${source}/P-1) is a Platform, but MEMBER_OF goes from a Firm to a Platform`,
      "RELATIONSHIP:4": `relationship 4 (SUPPLIES ${source}/F-2 -> ${source}/F-2): from and to are the same actor`,
    });
    expect(result.counts).toEqual({ CREATED: 3, UPDATED: 0, UNCHANGED: 0, REJECTED: 8 });
    expect(await state(source)).toMatchObject({ nodes: 2, relationships: 1 });
  });

  it("reports in a dry run exactly what a real run then does, and writes nothing", async () => {
    const source = newSource("dry");
    const dry = await sync({ source, ...payload, dryRun: true });
    expect(dry.dryRun).toBe(true);
    expect(await state(source)).toMatchObject({ nodes: 0, relationships: 0 });
    const real = await sync({ source, ...payload });
    const strip = (outcomes: any[]) => outcomes.map(({ kind, position, key, outcome }) => ({ kind, position, key, outcome }));
    expect(strip(dry.outcomes)).toEqual(strip(real.outcomes));

    const changedDry = await sync({
      source,
      dryRun: true,
      actors: [{ label: "Firm", externalId: "F-1", name: "Alpha Hinges Group", population: "MANUFACTURER", size: "SMALL", employees: 40 }],
      relationships: [{ type: "SUPPLIES", from: { externalId: "F-1" }, to: { externalId: "F-2" }, volume: 12.5 }],
    });
    expect(changedDry.outcomes.map((o: any) => o.outcome)).toEqual(["UPDATED", "UNCHANGED"]);
    const firm = await suite.api.query(`query($s: String!) { firms(where: { source: { eq: $s }, externalId: { eq: "F-1" } }) { name } }`, { s: source });
    expect(firm.firms[0].name).toBe("Alpha Hinges");
  });

  it("leaves no duplicates when two overlapping syncs run at once", async () => {
    const source = newSource("race");
    const firms = Array.from({ length: 20 }, (_, i) => ({ label: "Firm", externalId: `F-${i}`, name: `Racer ${i}`, population: "TRADER" }));
    const actors = [{ label: "Platform", externalId: "P-1", name: "Race Platform" }, ...firms];
    const relationships = firms.map((f) => ({ type: "MEMBER_OF", from: { externalId: f.externalId }, to: { externalId: "P-1" } }));
    const results = await Promise.all([sync({ source, actors, relationships }), sync({ source, actors, relationships })]);
    for (const result of results) expect(result.counts.REJECTED).toBe(0);
    expect(await state(source)).toMatchObject({ nodes: 21, relationships: 20 });
    const created = results.reduce((sum, r) => sum + r.counts.CREATED, 0);
    expect(created).toBe(41);
  });

  it("refuses a request over the record limit as a whole, writing nothing", async () => {
    const source = newSource("limit");
    const actors = Array.from({ length: 101 }, (_, i) => ({ label: "Platform", externalId: `P-${i}`, name: `P ${i}` }));
    const body = await suite.api.request(SYNC, { source, actors });
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(body.errors?.[0]?.message).toContain("at most 100 records (SYNC_MAX_RECORDS), but this one has 101");
    expect(await state(source)).toMatchObject({ nodes: 0 });
    const badSource = await suite.api.request(SYNC, { source: "no spaces allowed", actors: [] });
    expect(badSource.errors?.[0]?.message).toContain('source must be 1 to 100 letters');
  });

  it("feeds the changes since a cursor, in a stable order, page by page", async () => {
    const CHANGES = `query($after: String, $first: Int!) { changes(after: $after, first: $first) {
      endCursor hasNextPage changes { kind type id source externalId fromId toId ended changedAt } } }`;
    // Walk to the end of the feed first: the cursor then stands after everything seen so far.
    let cursor: string | null = null;
    for (;;) {
      const page: any = (await suite.api.query(CHANGES, { after: cursor, first: 1000 })).changes;
      cursor = page.endCursor;
      if (!page.hasNextPage) break;
    }
    const source = newSource("feed");
    await sync({ source, ...payload });

    const seen: any[] = [];
    let after = cursor;
    for (let pages = 0; pages < 10; pages += 1) {
      const page: any = (await suite.api.query(CHANGES, { after, first: 3 })).changes;
      seen.push(...page.changes);
      after = page.endCursor;
      if (!page.hasNextPage) break;
    }
    const mine = seen.filter((c) => c.source === source);
    expect(mine.filter((c) => c.kind === "ACTOR").map((c) => c.externalId).sort()).toEqual(["F-1", "F-2", "P-1", "S-1"]);
    expect(mine.filter((c) => c.kind === "RELATIONSHIP")).toHaveLength(4);
    const order = seen.map((c) => `${c.changedAt}|${c.kind}|${c.id}`);
    expect(new Set(order).size).toBe(order.length);

    const nothingNew: any = (await suite.api.query(CHANGES, { after, first: 10 })).changes;
    expect(nothingNew.changes.filter((c: any) => c.source === source)).toEqual([]);
    const bad = await suite.api.request(`{ changes(after: "not-a-cursor") { hasNextPage } }`);
    expect(bad.errors?.[0]?.message).toContain("after must be a cursor returned by an earlier changes query");
  });
});
