import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { SEED_FACTS } from "../../seed/ecosystems";
import { seedNodeId } from "../../seed/load-seed";
import { findProjectRoot } from "../../src/config";
import { EcosystemGraphService } from "../../src/ecosystem/ecosystem-graph.service";
import { EcosystemService } from "../../src/ecosystem/ecosystem.service";
import { InvalidInputError } from "../../src/errors";
import { launchTestBrowser, type TestBrowser } from "../helpers/chromium";
import { startTestApi, type TestApi } from "../helpers/test-api";

// Functions passed to page.evaluate run in the browser; the project compiles without the DOM
// library, so they reach the page's globals through `globalThis as any`.

/**
 * The explorer page end to end: the `ecosystemGraph` query it draws from, the page's HTTP
 * headers, and the page itself in headless Chromium (Debian's `chromium` package driven by
 * playwright-core) against the real API and the sample data. Expected numbers come from Cypher
 * written here, not from the code under test.
 */

const ROOT = findProjectRoot();
const SCREENSHOTS = join(ROOT, ".tmp", "screenshots");
const README_SCREENSHOT = join(ROOT, "docs", "explorer.png");
const RELATIONSHIP_TYPES = ["MEMBER_OF", "SUPPLIES", "SERVES", "PARTNERS_WITH", "SUPPORTS"];

const diyiqiangId = seedNodeId(SEED_FACTS.diyiqiangPlatformKey);
const hardwareChainId = seedNodeId(SEED_FACTS.singleFirmStage.chainKey);
const footwearChainId = seedNodeId(SEED_FACTS.uncoveredStage.chainKey);

/**
 * A platform's ecosystem as DESIGN.md defines it (the platform, its active members, its active
 * partners, the providers actively serving its active members, its supporting agencies), written
 * independently of src/ so the page is checked against Cypher, not against itself.
 */
const EXPECTED_ACTORS = {
  name: "test.explorer.ecosystemActors",
  cypher: `
    MATCH (p:Platform {id: $platformId})
    OPTIONAL MATCH (p)<-[m:MEMBER_OF]-(member:Firm) WHERE m.until IS NULL
    WITH p, collect(DISTINCT member) AS members
    OPTIONAL MATCH (p)<-[pw:PARTNERS_WITH]-(partner:ServiceProvider) WHERE pw.until IS NULL
    WITH p, members, collect(DISTINCT partner) AS partners
    OPTIONAL MATCH (server:ServiceProvider)-[s:SERVES]->(served:Firm) WHERE s.until IS NULL AND served IN members
    WITH p, members, partners, collect(DISTINCT server) AS servers
    OPTIONAL MATCH (agency:GovernmentAgency)-[:SUPPORTS]->(p)
    WITH p, members, partners, servers, collect(DISTINCT agency) AS agencies
    WITH [p] + members + partners + servers + agencies AS actors
    UNWIND actors AS actor
    WITH DISTINCT actor
    RETURN actor.id AS id`,
};

const EXPECTED_RELATIONSHIPS = {
  name: "test.explorer.ecosystemRelationships",
  cypher: `
    MATCH (a:Actor)-[r]->(b:Actor)
    WHERE a.id IN $ids AND b.id IN $ids AND r.until IS NULL AND type(r) IN $types
    RETURN count(r) AS count`,
};

interface Expected {
  readonly actorIds: readonly string[];
  readonly relationships: number;
}

async function expectedEcosystem(api: TestApi, platformId: string, types = RELATIONSHIP_TYPES): Promise<Expected> {
  const actors = await api.db.read<{ id: string }>(EXPECTED_ACTORS, { platformId });
  const actorIds = actors.map((a) => a.id);
  const [row] = await api.db.read<{ count: number }>(EXPECTED_RELATIONSHIPS, { ids: actorIds, types });
  return { actorIds, relationships: row!.count };
}

async function stageNames(api: TestApi, chainId: string): Promise<string[]> {
  const rows = await api.db.read<{ name: string }>(
    {
      name: "test.explorer.stageNames",
      cypher: "MATCH (:IndustrialChain {id: $chainId})-[:HAS_STAGE]->(s:ChainStage) RETURN s.name AS name ORDER BY s.position",
    },
    { chainId },
  );
  return rows.map((r) => r.name);
}

const GRAPH_QUERY = `query G($platform: String!, $limit: Int, $types: [ActorRelationshipType!]) {
  ecosystemGraph(platform: $platform, limit: $limit, relationshipTypes: $types) {
    platform { id name } actorCount truncated
    nodes { id name label population regionIds stageIds degree }
    edges { id source target type volume category tier since }
    regions { id name level parentId }
    stages { id name position chainId chainName }
  }
}`;

describe("ecosystemGraph: a platform's ecosystem as nodes and edges", () => {
  let api: TestApi;
  let expected: Expected;

  beforeAll(async () => {
    api = await startTestApi();
    expected = await expectedEcosystem(api, diyiqiangId);
  });
  afterAll(async () => api?.close());

  it("returns every actor of Diyiqiang's ecosystem and every active relationship among them", async () => {
    const { ecosystemGraph: graph } = await api.query(GRAPH_QUERY, { platform: "Diyiqiang Group" });
    expect(graph.platform).toEqual({ id: diyiqiangId, name: "Diyiqiang Group" });
    expect(graph.truncated).toBe(false);
    expect(graph.actorCount).toBe(expected.actorIds.length);
    expect(graph.nodes.map((n: any) => n.id).sort()).toEqual([...expected.actorIds].sort());
    expect(graph.edges).toHaveLength(expected.relationships);
    expect(graph.nodes[0]).toMatchObject({ id: diyiqiangId, label: "Platform", population: "CORE_PLATFORM" });

    const ids = new Set(graph.nodes.map((n: any) => n.id));
    for (const edge of graph.edges) {
      expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
      expect(RELATIONSHIP_TYPES).toContain(edge.type);
    }
    const memberships = graph.edges.filter((e: any) => e.type === "MEMBER_OF");
    expect(memberships).toHaveLength(SEED_FACTS.diyiqiangActiveMemberCount);
    expect(memberships.every((e: any) => e.target === diyiqiangId)).toBe(true);
    expect(new Set(graph.edges.map((e: any) => e.id)).size).toBe(graph.edges.length);
    // SERVES edges carry their category, SUPPLIES their volume.
    expect(graph.edges.filter((e: any) => e.type === "SERVES").every((e: any) => typeof e.category === "string")).toBe(true);
    expect(graph.edges.some((e: any) => e.type === "SUPPLIES" && e.volume > 0)).toBe(true);
  });

  it("names each firm's chain stages and each actor's regions, innermost first", async () => {
    const { ecosystemGraph: graph } = await api.query(GRAPH_QUERY, { platform: diyiqiangId });
    const stages = new Map(graph.stages.map((s: any) => [s.id, s]));
    const regions = new Map(graph.regions.map((r: any) => [r.id, r]));

    const loneFirm = graph.nodes.find((n: any) => n.id === seedNodeId(SEED_FACTS.singleFirmStage.firmKey));
    expect(loneFirm.label).toBe("Firm");
    expect(loneFirm.stageIds).toContain(seedNodeId(SEED_FACTS.singleFirmStage.stageKey));
    expect(stages.get(seedNodeId(SEED_FACTS.singleFirmStage.stageKey))).toEqual({
      id: seedNodeId(SEED_FACTS.singleFirmStage.stageKey),
      name: "Surface treatment",
      position: 3,
      chainId: hardwareChainId,
      chainName: "Yongkang hardware chain",
    });
    // Nobody works in the uncovered stage, so no node names it.
    expect(stages.has(seedNodeId(SEED_FACTS.uncoveredStage.stageKey))).toBe(false);
    expect(new Set(graph.stages.map((s: any) => s.chainId))).toEqual(new Set(SEED_FACTS.diyiqiangChainKeys.map(seedNodeId)));

    const platform = graph.nodes[0];
    expect(platform.regionIds.map((id: string) => (regions.get(id) as any).name)).toEqual(["Yongkang", "Jinhua", "Zhejiang", "China"]);
    for (const region of graph.regions) {
      if (region.level === "COUNTRY") expect(region.parentId).toBeNull();
      else expect(regions.has(region.parentId)).toBe(true);
    }
  });

  it("scores exactly its nodes in a centrality ranking over the same platform scope", async () => {
    const { ecosystemGraph: graph } = await api.query(GRAPH_QUERY, { platform: diyiqiangId });
    const { centralityRanking } = await api.query(
      `query R($platform: ID!) { centralityRanking(measure: DEGREE, top: 1000, graph: { platform: $platform }) { id } }`,
      { platform: diyiqiangId },
    );
    expect(centralityRanking.map((r: any) => r.id).sort()).toEqual(graph.nodes.map((n: any) => n.id).sort());
  });

  it("keeps the platform and the best-connected actors under a limit, and says it truncated", async () => {
    const { ecosystemGraph: graph } = await api.query(GRAPH_QUERY, { platform: diyiqiangId, limit: 10 });
    expect(graph.truncated).toBe(true);
    expect(graph.actorCount).toBe(expected.actorIds.length);
    expect(graph.nodes).toHaveLength(10);
    expect(graph.nodes[0].id).toBe(diyiqiangId);
    const degrees = graph.nodes.slice(1).map((n: any) => n.degree);
    expect([...degrees].sort((a, b) => b - a)).toEqual(degrees);
    const kept = new Set(graph.nodes.map((n: any) => n.id));
    for (const edge of graph.edges) expect(kept.has(edge.source) && kept.has(edge.target)).toBe(true);
  });

  it("returns only the relationship types asked for", async () => {
    const { ecosystemGraph: graph } = await api.query(GRAPH_QUERY, { platform: diyiqiangId, types: ["SUPPLIES"] });
    const supplies = await expectedEcosystem(api, diyiqiangId, ["SUPPLIES"]);
    expect(graph.nodes).toHaveLength(expected.actorIds.length);
    expect(graph.edges).toHaveLength(supplies.relationships);
    expect(graph.edges.every((e: any) => e.type === "SUPPLIES")).toBe(true);
  });

  it("refuses a limit out of range and an unknown platform with clear errors", async () => {
    // limit: 0 takes the default page, like an absent limit (issue 11), never everything
    const none = await api.request(GRAPH_QUERY, { platform: diyiqiangId, limit: 0 });
    const absent = await api.request(GRAPH_QUERY, { platform: diyiqiangId });
    expect(none.errors).toBeUndefined();
    expect((none.data as any).ecosystemGraph.nodes.length).toBe((absent.data as any).ecosystemGraph.nodes.length);
    // Over HTTP the API's page-size limit may refuse a large `limit` before the query runs; the
    // service's own bound holds whatever that limit is set to.
    const tooMany = await api.request(GRAPH_QUERY, { platform: diyiqiangId, limit: 2001 });
    expect(tooMany.data?.ecosystemGraph ?? null).toBeNull();
    expect(tooMany.errors?.[0]?.message).toMatch(/2001/);
    const service = new EcosystemGraphService(api.db, new EcosystemService(api.db));
    await expect(service.graph(diyiqiangId, { limit: 2001 })).rejects.toThrow(
      new InvalidInputError("limit must be a whole number from 1 to 2000, but got: 2001"),
    );
    const unknown = await api.request(GRAPH_QUERY, { platform: "No Such Platform" });
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("the explorer page's HTTP side", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(async () => api?.close());

  it("redirects /explorer to /explorer/ and serves the page with a strict Content-Security-Policy", async () => {
    const redirect = await fetch(`${api.server.url}/explorer`, { redirect: "manual" });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get("location")).toBe("/explorer/");

    const page = await fetch(`${api.server.url}/explorer/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await page.text();
    expect(html).toContain('src="vendor/cytoscape.min.js"');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // nothing from another host
  });

  it("serves Cytoscape.js from node_modules and nothing else under /explorer", async () => {
    const library = await fetch(`${api.server.url}/explorer/vendor/cytoscape.min.js`);
    expect(library.status).toBe(200);
    expect(library.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(library.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await library.text()).length).toBeGreaterThan(100_000);
    for (const path of ["/explorer/package.json", "/explorer/%2e%2e/package.json", "/explorer/vendor/"]) {
      const response = await fetch(`${api.server.url}${path}`);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
  });
});

describe("the explorer in headless Chromium", () => {
  let api: TestApi;
  let context: BrowserContext;
  let browser: TestBrowser | undefined;
  let expected: Expected;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    mkdirSync(join(ROOT, "docs"), { recursive: true });
    api = await startTestApi();
    expected = await expectedEcosystem(api, diyiqiangId);
    // A fresh profile for every run: no cache, no stored token from an earlier run.
    browser = await launchTestBrowser("ecograph-chromium", { viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
    context = browser.context;
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
  });

  /** A new tab on the explorer, recording every request and every console error of the page. */
  async function openExplorer(path = "/explorer/") {
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on("request", (request) => {
      requests.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    page.on("pageerror", (error) => {
      problems.push(error.message);
    });
    await page.goto(`${api.server.url}${path}`);
    await waitUntilDrawn(page);
    return {
      page,
      requests,
      problems,
      /** Hosts other than the API's that the page asked anything of (should be none). */
      foreignRequests: () => requests.filter((url) => new URL(url).origin !== api.server.url),
    };
  }

  async function waitUntilDrawn(page: Page) {
    await page.waitForSelector('#graph[data-state="ready"]', { timeout: 60_000 });
    await page.waitForSelector('#chain-reports[data-state="ready"]', { timeout: 60_000 });
  }

  const graphCounts = (page: Page) =>
    page.$eval("#graph", (graph) => ({
      nodes: Number((graph as any).dataset.nodeCount),
      edges: Number((graph as any).dataset.edgeCount),
    }));

  /** Clicks a node where Cytoscape drew it, as a user would. */
  async function clickNode(page: Page, id: string) {
    const point = await page.evaluate((nodeId) => {
      const cy = (globalThis as any).ecographExplorer.cy;
      const position = cy.getElementById(nodeId).renderedPosition();
      const box = (globalThis as any).document.getElementById("graph")!.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, id);
    await page.mouse.click(point.x, point.y);
  }

  it("draws the Diyiqiang ecosystem with every actor and relationship, loading nothing from other hosts", async () => {
    const { page, foreignRequests, problems } = await openExplorer();
    expect(await page.$eval("#platform", (select) => (select as any).value)).toBe(diyiqiangId);
    expect(await page.textContent("#graph-title")).toBe("Diyiqiang Group: ecosystem");
    expect(await graphCounts(page)).toEqual({ nodes: expected.actorIds.length, edges: expected.relationships });
    const drawn = await page.evaluate(() => {
      const cy = (globalThis as any).ecographExplorer.cy;
      return { nodes: cy.nodes().length, edges: cy.edges().length, ids: cy.nodes().map((n: any) => n.id()) };
    });
    expect(drawn.nodes).toBe(expected.actorIds.length);
    expect(drawn.edges).toBe(expected.relationships);
    expect([...drawn.ids].sort()).toEqual([...expected.actorIds].sort());
    expect(await page.textContent("#graph-status")).toContain(`Showing ${expected.actorIds.length} actors and ${expected.relationships} active relationships`);
    expect(await page.isHidden("#errors")).toBe(true);

    await page.screenshot({ path: README_SCREENSHOT, fullPage: true });
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-diyiqiang.png"), fullPage: true });
    expect(foreignRequests()).toEqual([]);
    expect(problems).toEqual([]); // a blocked resource or a CSP violation would show here
    await page.close();
  });

  it("shows an actor's details and metrics when its node is clicked", async () => {
    const { page, foreignRequests } = await openExplorer();
    await clickNode(page, diyiqiangId);
    await page.waitForSelector(`#details[data-actor-id="${diyiqiangId}"][data-state="ready"]`);
    const details = await page.textContent("#details");
    expect(await page.textContent("#details h2")).toBe("Diyiqiang Group");
    expect(details).toContain("Core platform");
    expect(await page.textContent("#details .local-name")).toBe("第一枪集团");
    expect(details).toContain("Yongkang › Jinhua › Zhejiang › China");
    expect(details).toContain(`Member of${SEED_FACTS.diyiqiangActiveMemberCount}`);
    expect(details).toContain("rank 1 of");
    expect(details).toContain("Single point of failureyes (articulation point)");
    expect(await page.evaluate(() => (globalThis as any).ecographExplorer.cy.$(":selected").map((n: any) => n.id()))).toEqual([diyiqiangId]);
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-details.png"), fullPage: true });

    // A firm in the chain view selects it too.
    const loneFirmId = seedNodeId(SEED_FACTS.singleFirmStage.firmKey);
    await page.click(`#chain-reports button[data-actor-id="${loneFirmId}"]`);
    await page.waitForSelector(`#details[data-actor-id="${loneFirmId}"][data-state="ready"]`);
    expect(await page.textContent("#details")).toContain("Yongkang hardware chain: 3. Surface treatment");
    expect(foreignRequests()).toEqual([]);
    await page.close();
  });

  it("lists each chain's stages in order, with the seed's gap, thin stage and broken links marked", async () => {
    const { page, foreignRequests } = await openExplorer();
    const chains = await page.$$eval("#chain-reports article", (articles) =>
      articles.map((article) => ({
        chainId: (article as any).dataset.chainId,
        title: article.querySelector("h3")?.textContent,
        stages: [...article.querySelectorAll("li.stage")].map((li) => {
          const stage = li as any;
          return {
            id: stage.dataset.stageId,
            position: Number(stage.dataset.position),
            name: stage.querySelector("h4")?.textContent,
            status: stage.dataset.status,
            thin: stage.dataset.thin,
            linkToNext: stage.dataset.linkToNext,
            badges: [...stage.querySelectorAll(".badge")].map((badge) => badge.textContent),
            firms: [...stage.querySelectorAll("button[data-actor-id]")].map((button) => (button as any).dataset.actorId),
          };
        }),
      })),
    );
    expect(chains.map((c) => c.title)).toEqual(["Wenzhou footwear chain", "Yongkang hardware chain"]);
    const footwear = chains.find((c) => c.chainId === footwearChainId)!;
    const hardware = chains.find((c) => c.chainId === hardwareChainId)!;
    expect(footwear.stages.map((s) => s.name)).toEqual(await stageNames(api, footwearChainId));
    expect(hardware.stages.map((s) => s.name)).toEqual(await stageNames(api, hardwareChainId));
    expect(hardware.stages.map((s) => s.position)).toEqual([1, 2, 3, 4, 5]);

    // Footwear: sole & component design is an empty gap; the links into and out of it are broken.
    const sole = footwear.stages.find((s) => s.id === seedNodeId(SEED_FACTS.uncoveredStage.stageKey))!;
    expect(sole).toMatchObject({ status: "gap", thin: "", firms: [] });
    expect(sole.badges).toEqual(["✕ Gap: no firm"]);
    expect(footwear.stages.map((s) => s.linkToNext)).toEqual(["broken", "broken", "linked", "linked", ""]);

    // Hardware: surface treatment rests on one firm (and is short of θ = 2); stage 1 → 2 is broken.
    const surface = hardware.stages.find((s) => s.id === seedNodeId(SEED_FACTS.singleFirmStage.stageKey))!;
    expect(surface).toMatchObject({ status: "gap", thin: "SINGLE_FIRM", firms: [seedNodeId(SEED_FACTS.singleFirmStage.firmKey)] });
    expect(surface.badges).toEqual(["✕ Gap: 1 firm short", "! Thin: a single firm"]);
    expect(hardware.stages.map((s) => s.linkToNext)).toEqual(["broken", "linked", "linked", "linked", ""]);
    for (const stage of [...footwear.stages, ...hardware.stages].filter((s) => s.status === "covered")) {
      expect(stage.badges).toEqual(["✓ Covered"]);
      expect(stage.firms.length).toBeGreaterThan(0);
    }
    const text = await page.textContent("#chain-reports");
    expect(text).toContain("Broken supply links: 1. Raw steel & alloys → 2. Die casting & stamping");

    // One chain at a time.
    await page.selectOption("#chain", hardwareChainId);
    await page.waitForFunction(() => (globalThis as any).document.querySelectorAll("#chain-reports article").length === 1);
    await page.waitForSelector('#chain-reports[data-state="ready"]');
    expect(await page.textContent("#chain-reports h3")).toBe("Yongkang hardware chain");
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-chain.png"), fullPage: true });
    expect(foreignRequests()).toEqual([]);
    await page.close();
  });

  it("filters by relationship type, region and chain, matching Cypher's counts", async () => {
    const { page, foreignRequests } = await openExplorer();
    for (const type of ["MEMBER_OF", "SERVES", "PARTNERS_WITH", "SUPPORTS"]) {
      await page.uncheck(`#filter-types input[value="${type}"]`);
    }
    await page.waitForFunction(() => (globalThis as any).document.getElementById("graph")!.dataset.state === "ready");
    const supplies = await expectedEcosystem(api, diyiqiangId, ["SUPPLIES"]);
    await expect(waitForCounts(page, { nodes: expected.actorIds.length, edges: supplies.relationships })).resolves.toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-supplies.png"), fullPage: false });
    for (const type of ["MEMBER_OF", "SERVES", "PARTNERS_WITH", "SUPPORTS"]) {
      await page.check(`#filter-types input[value="${type}"]`);
    }

    const [wenzhou] = await api.db.read<{ id: string }>({
      name: "test.explorer.wenzhou",
      cypher: "MATCH (r:Region {name: 'Wenzhou'}) RETURN r.id AS id",
    });
    const inWenzhou = await api.db.read<{ id: string }>(
      {
        name: "test.explorer.inRegion",
        cypher: `MATCH (a:Actor)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId})
                 WHERE a.id IN $ids RETURN DISTINCT a.id AS id`,
      },
      { regionId: wenzhou!.id, ids: expected.actorIds },
    );
    const [between] = await api.db.read<{ count: number }>(EXPECTED_RELATIONSHIPS, {
      ids: inWenzhou.map((a) => a.id),
      types: RELATIONSHIP_TYPES,
    });
    await page.selectOption("#filter-region", wenzhou!.id);
    await expect(waitForCounts(page, { nodes: inWenzhou.length, edges: between!.count })).resolves.toBe(true);
    expect(inWenzhou.length).toBeGreaterThan(10);
    expect(inWenzhou.length).toBeLessThan(expected.actorIds.length);
    await page.selectOption("#filter-region", "");

    // A chain: the firms working in it, and the actors (not firms) directly linked to them.
    const [hardware] = await api.db.read<{ ids: string[] }>(
      {
        name: "test.explorer.chainNeighbourhood",
        cypher: `MATCH (f:Firm)-[:OPERATES_IN]->(:ChainStage)<-[:HAS_STAGE]-(:IndustrialChain {id: $chainId})
                 WHERE f.id IN $ids
                 WITH collect(DISTINCT f) AS firms
                 OPTIONAL MATCH (x:Actor)-[r]-(f:Firm)
                 WHERE f IN firms AND NOT x:Firm AND x.id IN $ids AND r.until IS NULL AND type(r) IN $types
                 WITH firms, collect(DISTINCT x.id) AS linked
                 RETURN [firm IN firms | firm.id] + linked AS ids`,
      },
      { chainId: hardwareChainId, ids: expected.actorIds, types: RELATIONSHIP_TYPES },
    );
    const [withinChain] = await api.db.read<{ count: number }>(EXPECTED_RELATIONSHIPS, { ids: hardware!.ids, types: RELATIONSHIP_TYPES });
    await page.selectOption("#filter-chain", hardwareChainId);
    await expect(waitForCounts(page, { nodes: hardware!.ids.length, edges: withinChain!.count })).resolves.toBe(true);
    expect(hardware!.ids).toContain(diyiqiangId);
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-hardware-chain.png"), fullPage: false });
    expect(foreignRequests()).toEqual([]);
    await page.close();
  });

  it("sizes nodes by the chosen centrality and sends a token, when given, as a bearer header", async () => {
    const { page, foreignRequests } = await openExplorer();
    await page.selectOption("#measure", "PAGERANK");
    await page.waitForFunction(() => (globalThis as any).document.getElementById("graph-status")!.textContent!.includes("Size: PageRank"));
    const sizes = await page.evaluate((platformId) => {
      const cy = (globalThis as any).ecographExplorer.cy;
      return { platform: cy.getElementById(platformId).data("size"), largest: Math.max(...cy.nodes().map((n: any) => n.data("size"))) };
    }, diyiqiangId);
    expect(sizes.platform).toBe(sizes.largest);

    const authorizations: Array<string | undefined> = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/graphql")) authorizations.push(request.headers()["authorization"]);
    });
    await page.click(".token-box summary"); // the token form folds away in the top bar
    await page.fill("#token", "explorer-test-token");
    await page.click('#token-form button[type="submit"]');
    await page.waitForFunction(() => (globalThis as any).document.getElementById("token-state")!.textContent === "Token in use for this tab");
    // Whether this API accepts the token or refuses it, the page settles: drawn, or an error shown.
    await page.waitForFunction(() =>
      ["graph", "chain-reports"].every((id) => ["ready", "error"].includes((globalThis as any).document.getElementById(id)!.dataset.state!)),
    );
    expect(authorizations.length).toBeGreaterThan(0);
    expect(new Set(authorizations)).toEqual(new Set(["Bearer explorer-test-token"]));
    expect(await page.evaluate(() => (globalThis as any).sessionStorage.getItem("ecograph.explorer.token"))).toBe("explorer-test-token");

    authorizations.length = 0;
    await page.click("#token-clear");
    await waitUntilDrawn(page);
    expect(authorizations.length).toBeGreaterThan(0);
    expect(authorizations.every((header) => header === undefined)).toBe(true);
    expect(foreignRequests()).toEqual([]);
    await page.close();
  });

  it("shows the API's errors in the page and still draws what it can", async () => {
    const strict = await startTestApi({ METRICS_EXACT_LIMIT: "1000" });
    const page = await context.newPage();
    try {
      await page.goto(`${strict.server.url}/explorer/`);
      await waitUntilDrawn(page);
      await page.selectOption("#measure", "BETWEENNESS");
      await page.waitForSelector("#errors:not([hidden])");
      const error = await page.textContent("#errors");
      expect(error).toContain("Node size");
      expect(error).toContain("METRIC_TOO_LARGE");
      expect(error).toContain("METRICS_EXACT_LIMIT");
      await page.waitForFunction(() => (globalThis as any).document.getElementById("graph")!.dataset.state === "ready");
      expect((await graphCounts(page)).nodes).toBe(expected.actorIds.length);
      expect(await page.textContent("#graph-status")).toContain("Size: uniform");
      await page.screenshot({ path: join(SCREENSHOTS, "explorer-error.png"), fullPage: false });
    } finally {
      await page.close();
      await strict.close();
    }
  });

  it("opens the platform named in ?platform= by id or exact name, and shows an unknown one as NOT_FOUND instead of another platform", async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${api.server.url}/explorer/?platform=${encodeURIComponent("HC360")}`);
      await waitUntilDrawn(page);
      expect(await page.$eval("#platform", (select) => (select as any).selectedOptions[0].textContent)).toContain("HC360");

      await page.goto(`${api.server.url}/explorer/?platform=${encodeURIComponent("No Such Platform")}`);
      await page.waitForSelector("#errors:not([hidden])");
      const error = await page.textContent("#errors");
      expect(error).toContain("NOT_FOUND");
      expect(error).toContain('No platform has the id or name "No Such Platform"');
      expect(await page.$eval("#graph", (graph) => (graph as any).dataset.state)).toBe("error");
      expect(await page.$eval("#graph", (graph) => (graph as any).dataset.platformId ?? null)).toBeNull();
    } finally {
      await page.close();
    }
  });


  // ---------------------------------------------------------------------------------------------
  // Issue 14: the time control, the charts, every screen

  const HEALTH = `query H($p: ID!, $d: String) { ecosystemHealth(platform: $p, asOf: $d) {
    activeMembers serviceCoverage { category selfImprovement share } membership { years { year joined left activeAtYearEnd } } } }`;
  const noOverflow = (page: Page) =>
    page.evaluate(() => {
      const doc = (globalThis as any).document.documentElement;
      return { scrollWidth: doc.scrollWidth as number, innerWidth: (globalThis as any).innerWidth as number };
    });
  const chartData = (page: Page, id: string) =>
    page.evaluate((chartId) => {
      const chart = (globalThis as any).ecographExplorer.charts[chartId];
      return chart ? chart.data.datasets.map((d: any) => d.data) : null;
    }, id);
  async function waitForCharts(page: Page) {
    await page.waitForSelector('#health[data-state="ready"][data-trend="ready"]', { timeout: 120_000 });
    await page.waitForSelector('#comparison[data-state="ready"]', { timeout: 120_000 });
  }

  it("draws the health and comparison charts with the API's numbers, at 1440 × 900 without horizontal overflow", async () => {
    const { page, foreignRequests, problems } = await openExplorer();
    await waitForCharts(page);
    const { scrollWidth, innerWidth } = await noOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);

    const { ecosystemHealth: health } = await api.query(HEALTH, { p: diyiqiangId, d: null });
    expect(await chartData(page, "chart-coverage")).toEqual([health.serviceCoverage.map((c: any) => c.share)]);
    const years = health.membership.years;
    const membership = await chartData(page, "chart-membership");
    expect(membership!.slice(0, 3)).toEqual([years.map((y: any) => y.joined), years.map((y: any) => y.left), years.map((y: any) => y.activeAtYearEnd)]);
    // the weakest self-improvement service is marked, not by colour alone
    const selfImprovement = health.serviceCoverage.filter((c: any) => c.selfImprovement);
    const weakest = selfImprovement.filter((c: any) => c.share === Math.min(...selfImprovement.map((x: any) => x.share))).map((c: any) => c.category);
    expect(await page.$eval("#chart-coverage", (canvas) => (canvas as any).dataset.weakest)).toBe(weakest.join(","));
    expect(await page.textContent("#table-coverage")).toContain("⚠ ");

    const platforms = SEED_FACTS.platformKeys.map((key) => seedNodeId(key));
    const { compareEcosystems } = await api.query(
      `query C($p: [String!]!) { compareEcosystems(platforms: $p) { ecosystems { platform { id } serviceCoverage { category selfImprovement share } } } }`,
      { p: platforms },
    );
    const comparison = await chartData(page, "chart-comparison");
    expect([...comparison!].sort()).toEqual(
      compareEcosystems.ecosystems.map((e: any) => e.serviceCoverage.filter((c: any) => c.selfImprovement).map((c: any) => c.share)).sort(),
    );
    expect(await page.textContent("#shared-actors")).toContain("Shared by more than one ecosystem");
    await page.$eval("#health", (section) => (section as any).scrollIntoView());
    await page.screenshot({ path: join(ROOT, "docs", "explorer-charts.png"), fullPage: false });
    expect(foreignRequests()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("redraws the graph, the chain view and the charts as of the chosen year, as the API says", async () => {
    const { page } = await openExplorer();
    await waitForCharts(page);
    await page.selectOption("#year", "2020");
    await page.waitForFunction(() => (globalThis as any).document.getElementById("graph-title")!.textContent!.includes("as of 2020-12-31"));
    await waitUntilDrawn(page);
    await waitForCharts(page);
    const { ecosystemGraph } = await api.query(
      `query G($p: String!) { ecosystemGraph(platform: $p, asOf: "2020-12-31", limit: 1000) { nodes { id } edges { id } } }`,
      { p: diyiqiangId },
    );
    expect(await graphCounts(page)).toEqual({ nodes: ecosystemGraph.nodes.length, edges: ecosystemGraph.edges.length });
    expect(ecosystemGraph.nodes.length).toBeLessThan(expected.actorIds.length); // the ecosystem grew since
    const { ecosystemHealth: health } = await api.query(HEALTH, { p: diyiqiangId, d: "2020-12-31" });
    expect(await chartData(page, "chart-coverage")).toEqual([health.serviceCoverage.map((c: any) => c.share)]);
    expect(await page.textContent("#chains-scope")).toContain("as of 2020-12-31");
    expect(await page.textContent("#health-scope")).toContain(`as of 2020-12-31; ${health.activeMembers} active members`);
    const trendLabels = await page.evaluate(() => (globalThis as any).ecographExplorer.charts["chart-trend"].data.labels);
    expect(trendLabels[trendLabels.length - 1]).toBe("2020-12-31");
    expect(new URL(page.url()).searchParams.get("year")).toBe("2020");
    await page.close();
  });

  it("scales node size by rank with a legend of the smallest and largest value, puts the platform's name on top and marks gap stages on request", async () => {
    const { page } = await openExplorer();
    const legend = await page.$eval("#size-legend", (p) => ({ ...(p as any).dataset, text: p.textContent }));
    const { centralityRanking } = await api.query(
      `query R($p: ID!) { centralityRanking(measure: DEGREE, top: 1000, graph: { platform: $p }) { score } }`,
      { p: diyiqiangId },
    );
    const scores = centralityRanking.map((r: any) => r.score);
    expect(Number(legend.min)).toBe(Math.min(...scores));
    expect(Number(legend.max)).toBe(Math.max(...scores));
    const sizes = await page.evaluate((platformId) => {
      const cy = (globalThis as any).ecographExplorer.cy;
      const all = cy.nodes().map((n: any) => n.data("size"));
      const platform = cy.getElementById(platformId);
      return { min: Math.min(...all), max: Math.max(...all), platform: platform.data("size"), z: platform.style("z-index"), isPlatform: platform.hasClass("platform") };
    }, diyiqiangId);
    expect(sizes.max / sizes.min).toBeGreaterThanOrEqual(4);
    expect(sizes.platform).toBe(sizes.max);
    expect(sizes.isPlatform).toBe(true);
    expect(Number(sizes.z)).toBe(100);

    await page.check("#mark-gaps");
    await page.waitForFunction(() => Number((globalThis as any).document.getElementById("graph")!.dataset.gapFirms) > 0);
    const lone = seedNodeId(SEED_FACTS.singleFirmStage.firmKey);
    const marked = await page.evaluate((id) => {
      const node = (globalThis as any).ecographExplorer.cy.getElementById(id);
      return { gap: node.hasClass("gap-firm"), label: node.data("label"), border: node.style("border-style") };
    }, lone);
    expect(marked).toMatchObject({ gap: true, border: "dashed" });
    expect(marked.label.startsWith("⚠ ")).toBe(true);
    expect(await page.textContent("#gap-marks")).toContain("Surface treatment");
    await page.close();
  });

  const STEP_FIELDS = "kind providerId category firmIds firmId stageId fromFirmId toFirmId volume";
  const STRATEGIES = `query A($p: ID!) { strategyAssessment(platform: $p) {
    asOf scope peers { id }
    strategies { strategy status score evidence { metric value peers { platformId value } }
      actions { rank candidates { rank actor { id name } steps { ${STEP_FIELDS} } } } } } }`;
  const SIMULATE = `query S($p: ID!, $a: [SimulationStepInput!]!) { simulateStrategy(platform: $p, actions: $a) {
    serviceCoverage { category share { before after delta } } } }`;
  /** A step as simulateStrategy takes it: the fields the assessment left null are left out. */
  const asInput = (step: Record<string, unknown>) => Object.fromEntries(Object.entries(step).filter(([, v]) => v !== null));
  const waitForStrategies = (page: Page) => page.waitForSelector('#strategies[data-state="ready"]', { timeout: 180_000 });

  it("lists the seven strategies with the API's statuses and evidence, and shows the LEGAL coverage change simulateStrategy gives for a ticked candidate", async () => {
    const { page, foreignRequests, problems } = await openExplorer();
    await waitForStrategies(page);
    const { strategyAssessment: assessment } = await api.query(STRATEGIES, { p: diyiqiangId });
    const shown = await page.$$eval("#strategy-list article.strategy", (articles) =>
      articles.map((a: any) => ({
        strategy: a.dataset.strategy,
        status: a.dataset.status,
        badge: a.querySelector(".badge").textContent,
        values: [...a.querySelectorAll("table.evidence tbody tr")].map((tr: any) => [tr.dataset.metric, Number(tr.querySelector("td").dataset.value)]),
        candidates: a.querySelectorAll("input.candidate-tick").length,
      })),
    );
    expect(shown.map((s) => [s.strategy, s.status])).toEqual(assessment.strategies.map((s: any) => [s.strategy, s.status]));
    expect(shown).toHaveLength(7);
    for (const [i, s] of shown.entries()) {
      // the status is written out, not told by colour alone
      expect(s.badge.toUpperCase()).toContain(s.status);
      const result = assessment.strategies[i];
      expect(s.values).toEqual(result.evidence.map((e: any) => [e.metric, e.value]));
      expect(s.candidates).toBe(result.actions.reduce((n: number, a: any) => n + a.candidates.length, 0));
    }
    expect(await page.textContent("#strategies-scope")).toContain(assessment.scope);
    expect(await page.textContent("#strategies-scope")).toContain("as of today");

    const legal = assessment.strategies.find((s: any) => s.strategy === "LEGAL_SERVICE");
    expect(["CRITICAL", "WEAK"]).toContain(legal.status);
    const candidate = legal.actions[0].candidates[0];
    // Ticked from the keyboard, as an analyst without a mouse would.
    const tick = `input.candidate-tick[data-strategy="LEGAL_SERVICE"][data-action="${legal.actions[0].rank}"][data-candidate="${candidate.rank}"]`;
    await page.focus(tick);
    await page.keyboard.press("Space");
    await page.waitForSelector('#simulation[data-state="ready"]', { timeout: 120_000 });
    const { simulateStrategy } = await api.query(SIMULATE, { p: diyiqiangId, a: candidate.steps.map(asInput) });
    const expectedLegal = simulateStrategy.serviceCoverage.find((c: any) => c.category === "LEGAL").share;
    expect(expectedLegal.delta).toBeGreaterThan(0);
    const row = await page.$eval('#simulation-table tr[data-figure="coverage"][data-category="LEGAL"]', (tr: any) => ({ ...tr.dataset, text: tr.textContent }));
    expect({ before: Number(row.before), after: Number(row.after), delta: Number(row.delta) }).toEqual(expectedLegal);
    expect(row.text).toContain("▲ +"); // the direction in a symbol as well
    // next to the current value, in the LEGAL strategy's evidence
    const besideEvidence = await page.$eval('td.simulated[data-strategy="LEGAL_SERVICE"][data-metric="serviceCoverage.share"]', (td: any) => ({ ...td.dataset }));
    expect(Number(besideEvidence.after)).toBe(expectedLegal.after);
    expect(Number(besideEvidence.delta)).toBe(expectedLegal.delta);
    expect(await page.textContent("#simulation-status")).toContain(candidate.actor.name);

    // unticking clears the simulation
    await page.keyboard.press("Space");
    await page.waitForSelector('#simulation[data-state="idle"]');

    const { scrollWidth, innerWidth } = await noOverflow(page);
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await page.keyboard.press("Space");
    await page.waitForSelector('#simulation[data-state="ready"]', { timeout: 120_000 });
    await page.$eval('article[data-strategy="LEGAL_SERVICE"]', (article) => (article as any).scrollIntoView());
    await page.screenshot({ path: join(ROOT, "docs", "explorer-strategies.png"), fullPage: false });
    await page.screenshot({ path: join(SCREENSHOTS, "explorer-strategies-full.png"), fullPage: true });
    expect(foreignRequests()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("offers every actor to the keyboard", async () => {
    const { page } = await openExplorer();
    expect(await page.$$eval("#actor-list button", (buttons) => buttons.length)).toBe(expected.actorIds.length);
    await page.click("#actor-list-box summary");
    await page.focus(`#actor-list button[data-actor-id="${diyiqiangId}"]`);
    await page.keyboard.press("Enter");
    await page.waitForSelector(`#details[data-actor-id="${diyiqiangId}"][data-state="ready"]`);
    await page.close();
  });

  describe("on a phone (390 × 844, touch)", () => {
    let phone: BrowserContext;
    let phoneBrowser: TestBrowser | undefined;
    beforeAll(async () => {
      phoneBrowser = await launchTestBrowser("ecograph-chromium-phone", {
        viewport: { width: 390, height: 844 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
      });
      phone = phoneBrowser.context;
    });
    afterAll(async () => {
      await phoneBrowser?.close();
    });

    it("has no horizontal overflow from 360 px, shows the graph on the first screen with the filters folded, and selects a node on a tap", async () => {
      const page = await phone.newPage();
      await page.goto(`${api.server.url}/explorer/`);
      await waitUntilDrawn(page);
      await waitForCharts(page);
      for (const width of [390, 360]) {
        await page.setViewportSize({ width, height: 844 });
        const { scrollWidth, innerWidth } = await noOverflow(page);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      }
      await page.setViewportSize({ width: 390, height: 844 });
      expect(await page.$eval("#filters", (d) => (d as any).open)).toBe(false);
      const box = (await page.$eval("#graph", (g) => {
        const r = g.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: r.height };
      }))!;
      expect(box.top).toBeLessThan(844 / 2);
      expect(box.bottom).toBeLessThanOrEqual(844);
      expect(box.height).toBeGreaterThan(400);
      await page.screenshot({ path: join(ROOT, "docs", "explorer-phone.png"), fullPage: false });

      const point = await page.evaluate((nodeId) => {
        const cy = (globalThis as any).ecographExplorer.cy;
        const position = cy.getElementById(nodeId).renderedPosition();
        const rect = (globalThis as any).document.getElementById("graph")!.getBoundingClientRect();
        return { x: rect.left + position.x, y: rect.top + position.y };
      }, diyiqiangId);
      await page.touchscreen.tap(point.x, point.y);
      await page.waitForSelector(`#details[data-actor-id="${diyiqiangId}"]`, { timeout: 10_000 });
      await page.close();
    });

    it("shows the Strategies panel without horizontal overflow, and simulates a tapped candidate", async () => {
      const page = await phone.newPage();
      await page.goto(`${api.server.url}/explorer/`);
      await waitForStrategies(page);
      const tick = 'input.candidate-tick[data-strategy="LEGAL_SERVICE"][data-candidate="1"]';
      await page.$eval(tick, (input) => (input as any).scrollIntoView({ block: "center" }));
      const box = (await (await page.$(tick))!.boundingBox())!;
      await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
      await page.waitForSelector('#simulation[data-state="ready"]', { timeout: 120_000 });
      for (const width of [390, 360]) {
        await page.setViewportSize({ width, height: 844 });
        const { scrollWidth, innerWidth } = await noOverflow(page);
        expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
      }
      await page.setViewportSize({ width: 390, height: 844 });
      await page.$eval('article[data-strategy="LEGAL_SERVICE"]', (a) => (a as any).scrollIntoView());
      await page.screenshot({ path: join(SCREENSHOTS, "explorer-strategies-phone.png"), fullPage: false });
      await page.close();
    });
  });
});

/** Waits until the graph shows these counts; resolves true, or rejects naming the last counts seen. */
async function waitForCounts(page: Page, counts: { nodes: number; edges: number }): Promise<boolean> {
  try {
    await page.waitForFunction(
      ({ nodes, edges }) => {
        const graph = (globalThis as any).document.getElementById("graph")!;
        return graph.dataset.state === "ready" && Number(graph.dataset.nodeCount) === nodes && Number(graph.dataset.edgeCount) === edges;
      },
      counts,
      { timeout: 15_000 },
    );
    return true;
  } catch {
    const seen = await page.$eval("#graph", (graph) => ({ ...(graph as any).dataset }));
    throw new Error(`Expected the graph to show ${JSON.stringify(counts)}, but it shows ${JSON.stringify(seen)}`);
  }
}
