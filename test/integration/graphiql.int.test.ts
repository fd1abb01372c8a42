import type { BrowserContext } from "playwright-core";
import { launchTestBrowser, type TestBrowser } from "../helpers/chromium";
import { startTestApi, type TestApi } from "../helpers/test-api";

/**
 * The GraphQL IDE a frontend developer opens first: GET /graphql in a browser, in development
 * mode. It must load from the API's own origin only (GraphiQL, React and ReactDOM from
 * node_modules), read the schema, and run a query, in the real Chromium.
 */
describe("the GraphQL IDE at /graphql in headless Chromium", () => {
  let api: TestApi;
  let context: BrowserContext;
  let browser: TestBrowser | undefined;

  beforeAll(async () => {
    api = await startTestApi();
    browser = await launchTestBrowser("ecograph-graphiql");
    context = browser.context;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  it("opens GraphiQL from the API's own origin, shows the schema's descriptions and runs a query", async () => {
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => {
      requests.push(request.url());
    });
    page.on("pageerror", (error) => {
      problems.push(error.message);
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`${message.text()} ${message.location().url}`);
    });

    const response = await page.goto(`${api.server.url}/graphql`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'self'");
    await page.waitForSelector(".graphiql-container", { timeout: 60_000 });

    // Run the default query (ListPlatforms) with the execute button.
    await page.click(".graphiql-execute-button");
    await page.waitForFunction(() => ((globalThis as any).document.querySelector(".result-window")?.textContent ?? "").includes("Diyiqiang Group"), undefined, {
      timeout: 60_000,
    });

    // The Docs pane reads the schema by introspection, descriptions included.
    await page.click('button[aria-label="Show Documentation Explorer"]');
    await page.waitForSelector(".graphiql-doc-explorer", { timeout: 30_000 });
    await page.click(".graphiql-doc-explorer a.graphiql-doc-explorer-type-name >> text=Query");
    await page.waitForFunction(() => ((globalThis as any).document.querySelector(".graphiql-doc-explorer")?.textContent ?? "").includes("ecosystemServices"), undefined, {
      timeout: 30_000,
    });

    const foreign = requests.filter((url) => !url.startsWith(api.server.url) && !url.startsWith("data:"));
    expect(foreign).toEqual([]);
    expect(requests).toEqual(expect.arrayContaining([`${api.server.url}/graphql-ide/graphiql.min.js`, `${api.server.url}/graphql-ide/react.production.min.js`]));
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it("leaves /graphql to the API for everything but a browser's page request", async () => {
    const get = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent("{ platforms { name } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(((await get.json()) as any).data.platforms.length).toBe(3);
    const missing = await fetch(`${api.server.url}/graphql-ide/nothing.js`);
    expect(missing.status).toBe(404);
  });
});
