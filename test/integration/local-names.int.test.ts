import { buildSeedData } from "../../seed/ecosystems";
import { removeTestData, startTestApi, uniqueSource, type TestApi } from "../helpers/test-api";

/**
 * Names in the ecosystem's own language: `localName` on every named kind, synced and searched
 * with the CJK analyzer, so a two-character Chinese word finds the records whose name holds it.
 */
describe("local-language names", () => {
  let api: TestApi;
  const source = uniqueSource("local-names");
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => {
    await removeTestData(api.db, source);
    await api?.close();
  });

  it("finds the sample firms whose Chinese name holds a two-character word, and only those", async () => {
    const word = "五金";
    const expected = buildSeedData()
      .nodes.filter((n) => n.label === "Firm" && String(n.props["localName"] ?? "").includes(word))
      .map((n) => n.props["localName"])
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const data = await api.query(`query($phrase: String!) { firmsByName(phrase: $phrase, first: 100) { edges { node { name localName } } } }`, { phrase: word });
    const found = data.firmsByName.edges.map((e: { node: { localName: string } }) => e.node.localName).sort();
    expect(found).toEqual(expected);
  });

  it("finds a region and a chain by their Chinese names, and English names as before", async () => {
    const data = await api.query(`{
      regionsByName(phrase: "永康", first: 5) { edges { node { name localName } } }
      industrialChainsByName(phrase: "鞋业", first: 5) { edges { node { name localName } } }
      firmsByName(phrase: "hinge", first: 3) { edges { node { name } } }
    }`);
    expect(data.regionsByName.edges.map((e: any) => e.node)).toEqual([{ name: "Yongkang", localName: "永康市" }]);
    expect(data.industrialChainsByName.edges.map((e: any) => e.node)).toEqual([{ name: "Wenzhou footwear chain", localName: "温州鞋业产业链" }]);
    expect(data.firmsByName.edges.length).toBeGreaterThan(0);
  });

  it("syncs localName on every named kind and finds a synced record by it", async () => {
    const report = (
      await api.query(
        `mutation($source: String!) { syncPartnerData(source: $source,
          regions: [{ externalId: "R", name: "Lishui", localName: "丽水市", level: CITY }],
          chains: [{ externalId: "C", name: "Valve chain", localName: "阀门产业链", region: { externalId: "R" } }],
          stages: [{ externalId: "S", chain: { externalId: "C" }, name: "Casting", localName: "阀体铸造", position: 1, weight: 1, minFirms: 1 }],
          actors: [{ label: Firm, externalId: "F", name: "Oujiang Valves", localName: "瓯江阀门制造厂", population: MANUFACTURER }]
        ) { counts { CREATED REJECTED } } }`,
        { source },
      )
    ).syncPartnerData;
    expect(report.counts).toEqual({ CREATED: 4, REJECTED: 0 });
    const data = await api.query(`{
      firmsByName(phrase: "阀门", first: 5) { edges { node { name } } }
      chainStagesByName(phrase: "铸造", first: 5) { edges { node { localName } } }
    }`);
    expect(data.firmsByName.edges.map((e: any) => e.node.name)).toEqual(["Oujiang Valves"]);
    expect(data.chainStagesByName.edges.map((e: any) => e.node.localName)).toEqual(["阀体铸造"]);
  });
});
