import { serverAudits, type AuditResult } from "graphql-http";
import { startTestApi, type TestApi } from "../helpers/test-api";

/**
 * Conformance to the GraphQL-over-HTTP specification, checked with the server audits of the
 * `graphql-http` package (the reference implementation of the spec) against the running API in
 * development mode. Every MUST audit has to pass. SHOULD and MAY audits are recommendations;
 * the ones this API does not follow are listed in the test output, with the reason.
 *
 * The audits send plain requests without a token (anonymous reads are allowed in development)
 * and a few `{ __type(...) }` introspection queries (allowed in development).
 */
describe("GraphQL over HTTP (graphql-http server audits)", () => {
  let api: TestApi;
  const results: AuditResult[] = [];

  beforeAll(async () => {
    api = await startTestApi();
    // One at a time: the results do not depend on it, and the log stays readable.
    for (const audit of serverAudits({ url: `${api.server.url}/graphql`, fetchFn: fetch })) {
      results.push(await audit.fn());
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  const describeResult = (r: AuditResult) => `${r.id} ${r.name}${r.status === "ok" ? "" : `: ${r.reason}`}`;

  it("ran the MUST audits", () => {
    // graphql-http 1.23 has 13 MUST audits (media types, UTF-8, POST, the request parameters).
    expect(results.filter((r) => r.name.startsWith("MUST")).length).toBeGreaterThanOrEqual(13);
  });

  it("passes every MUST audit", () => {
    const failed = results.filter((r) => r.name.startsWith("MUST") && r.status !== "ok").map(describeResult);
    expect(failed).toEqual([]);
  });

  it("refuses mutations over GET (a MAY in the audits; a CSRF hole if allowed)", () => {
    const audit = results.find((r) => r.id === "9C48");
    expect(audit && describeResult(audit)).toBe("9C48 MAY NOT allow executing mutations on GET requests");
  });

  it("departs only from the SHOULD and MAY audits it means to", () => {
    const notFollowed = results.filter((r) => !r.name.startsWith("MUST") && r.status !== "ok");
    console.info(`SHOULD / MAY audits not followed (${notFollowed.length}):\n  ${notFollowed.map(describeResult).join("\n  ") || "none"}`);
    expect(notFollowed.map((r) => r.id).sort()).toEqual(
      [
        // GET requests need the `apollo-require-preflight` header (or a non-simple content type):
        // Apollo Server's CSRF prevention, kept on purpose. The audits send plain GETs.
        "5A70", // MAY accept GET requests
        "6A70", // MAY allow URL-encoded JSON {variables} in GETs (application/json)
        "D6D5", // the same with application/graphql-response+json
        // Apollo Server answers 400, not 200, to a document that does not parse or validate or
        // whose variables do not coerce, also when the client accepts only application/json.
        "572B", // SHOULD use 200 on document parsing failure (application/json)
        "FDE2", // SHOULD use 200 on document validation failure (application/json)
        "7B9B", // SHOULD use 200 on variable coercion failure (application/json)
      ].sort(),
    );
  });
});
