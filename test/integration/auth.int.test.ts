import { SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import { CAN_ANALYZE, CAN_WRITE, ROLES, type Role } from "../../src/auth/roles";
import { removeTestData, startTestApi, uniqueSource, type GraphQLResponse, type TestApi } from "../helpers/test-api";

/**
 * Roles are enforced alike by the generated CRUD (@authentication rules added to the SDL) and by
 * the code-first resolvers (@Authorized): writes for integrator and admin, metric runs for analyst
 * and admin, reads for every role, anonymous reads as configured.
 */
const diyiqiang = seedNodeId(SEED_FACTS.diyiqiangPlatformKey);

const READS = {
  generatedList: `{ firms(limit: 2) { id name } }`,
  generatedConnection: `{ platformsConnection(first: 1) { totalCount } }`,
  interfaceList: `{ actors(limit: 1) { id } }`,
  centralityRanking: `{ centralityRanking(measure: DEGREE, top: 1, graph: { platform: "${diyiqiang}" }) { rank score } }`,
  ecosystemServices: `{ ecosystemServices(platform: "${diyiqiang}") { platform { name } } }`,
  changes: `{ changes(first: 1) { endCursor } }`,
};

/** Anonymous and each role, with the error each must get (undefined: allowed). */
function whoMay(allowed: readonly Role[]): Array<[string, readonly Role[] | null, string | undefined]> {
  return [["anonymous", null, "UNAUTHENTICATED"], ...ROLES.map((role) => [role, [role], allowed.includes(role) ? undefined : "FORBIDDEN"] as [string, Role[], string | undefined])];
}

function codeOf(body: GraphQLResponse): string | undefined {
  return body.errors?.[0]?.extensions?.code;
}

describe("roles", () => {
  let api: TestApi;
  let source: string;
  beforeAll(async () => {
    api = await startTestApi();
    source = uniqueSource("auth");
  });
  afterAll(async () => {
    await removeTestData(api.db, source);
    await api?.close();
  });

  const createFirm = (externalId: string) => `mutation { createFirms(input: [{ name: "Auth test ${externalId}", source: "${source}", externalId: "${externalId}", population: MANUFACTURER }]) { firms { id } } }`;
  const syncDryRun = () => `mutation { syncPartnerData(source: "${source}", dryRun: true, actors: [{ externalId: "s1", label: Firm, name: "Synced", population: MANUFACTURER }]) { dryRun counts { CREATED } } }`;
  const runMetrics = `mutation { runMetrics(metrics: [DEGREE], graph: { platform: "${diyiqiang}" }, wait: true) { actorCount } }`;

  const firmsWritten = async () =>
    (await api.db.read<{ n: number }>({ name: "test.authFirms", cypher: "MATCH (f:Firm {source: $source}) RETURN count(f) AS n" }, { source }))[0]!.n;

  it.each(Object.entries(READS))("lets anonymous callers read in development (%s)", async (_name, query) => {
    const body = await api.request(query, undefined, { as: null });
    expect(body.errors).toBeUndefined();
  });

  it.each(whoMay(CAN_WRITE))("generated mutations: %s → %s", async (_who, as, expected) => {
    const before = await firmsWritten();
    const body = await api.request(createFirm(`c-${Math.random().toString(36).slice(2)}`), undefined, { as });
    expect(codeOf(body)).toBe(expected);
    expect(await firmsWritten()).toBe(expected ? before : before + 1);
    if (expected === "UNAUTHENTICATED") expect(body.errors?.[0]?.message).toMatch(/integrator or admin.*Authorization: Bearer/);
    if (expected === "FORBIDDEN") expect(body.errors?.[0]?.message).toContain(`this token has ${as!.join(", ")}`);
  });

  it.each(whoMay(CAN_WRITE))("partner sync: %s → %s", async (_who, as, expected) => {
    const body = await api.request(syncDryRun(), undefined, { as });
    expect(codeOf(body)).toBe(expected);
    if (!expected) expect(body.data?.syncPartnerData.counts.CREATED).toBe(1);
  });

  it.each(whoMay(CAN_ANALYZE))("metric write-back: %s → %s", async (_who, as, expected) => {
    const body = await api.request(runMetrics, undefined, { as });
    expect(codeOf(body)).toBe(expected);
    if (!expected) expect(body.data?.runMetrics.actorCount).toBeGreaterThan(SEED_FACTS.diyiqiangActiveMemberCount);
  });

  it.each(whoMay(CAN_ANALYZE))("analyst reports: %s → %s", async (_who, as, expected) => {
    const body = await api.request(`{ reportTopBrokers(platform: "${diyiqiang}", limit: 3) { rank name } }`, undefined, { as });
    expect(codeOf(body)).toBe(expected);
    if (!expected) expect(body.data?.reportTopBrokers).toHaveLength(3);
  });

  it("refuses a token that is there but not valid with 401, never as anonymous", async () => {
    const response = await fetch(`${api.server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer not.a.token" },
      body: JSON.stringify({ query: READS.generatedList }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toContain("Bearer");
    const body = (await response.json()) as GraphQLResponse;
    expect(codeOf(body)).toBe("UNAUTHENTICATED");
    expect(body.errors?.[0]?.message).toMatch(/bearer token was refused/);
  });
});

describe("roles with anonymous reads off", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ AUTH_ANONYMOUS_READS: "false" });
  });
  afterAll(async () => {
    await api?.close();
  });

  it.each(Object.entries(READS))("refuses anonymous %s with UNAUTHENTICATED and reads nothing", async (_name, query) => {
    const body = await api.request(query, undefined, { as: null });
    expect(codeOf(body)).toBe("UNAUTHENTICATED");
    expect(body.errors?.[0]?.message).toMatch(/needs a token with the role reader or analyst or integrator or admin/);
  });

  it.each(Object.entries(READS))("serves %s to a reader token", async (_name, query) => {
    const body = await api.request(query, undefined, { as: ["reader"] });
    expect(body.errors).toBeUndefined();
  });

  it("refuses a valid token without any Ecograph role", async () => {
    const body = await api.request(READS.generatedList, undefined, { as: [] });
    expect(codeOf(body)).toBe("FORBIDDEN");
  });

  it("still keeps writes to integrator and admin", async () => {
    const create = `mutation { createRegions(input: [{ name: "Auth-off test", level: CITY }]) { regions { id } } }`;
    expect(codeOf(await api.request(create, undefined, { as: ["reader"] }))).toBe("FORBIDDEN");
    expect(codeOf(await api.request(create, undefined, { as: null }))).toBe("UNAUTHENTICATED");
  });
});
