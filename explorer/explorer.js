/*
 * Ecograph explorer: one platform's ecosystem as a graph (Cytoscape.js) and the completeness of
 * its industrial chains. Plain browser JavaScript, no build step. Every piece of data comes from
 * the GraphQL API of the same origin (POST ../graphql); the page loads nothing from elsewhere.
 * Data is put into the page with textContent only, never as HTML.
 */
"use strict";

(function explorer() {
  const GRAPHQL_URL = new URL("../graphql", window.location.href).toString();
  const TOKEN_KEY = "ecograph.explorer.token";
  /** Actors asked for at most: the API allows 2000; a browser lays out a few hundred quickly. */
  const GRAPH_LIMIT = 1000;
  /** centralityRanking returns at most this many actors. */
  const RANKING_LIMIT = 1000;
  /** Firms listed per chain stage (the count says how many there are in all). */
  const FIRMS_PER_STAGE = 50;
  /** Firms listed in a stage's card before "n more firms". */
  const FIRMS_SHOWN = 5;
  /** Actors whose names are always drawn; the others' appear when zooming in. */
  const ALWAYS_LABELLED = 6;
  /** How far down the ranking a name may be shown when higher-ranked names leave room for it. */
  const LABEL_CANDIDATES = 12;

  /** Colour-blind-safe colours (Okabe & Ito) per population, in the order of the legend. */
  /** Each population has a shape of its own too, so colour is never the only signal. */
  const POPULATIONS = [
    { key: "CORE_PLATFORM", name: "Core platform", colour: "#D55E00", shape: "star", symbol: "★" },
    { key: "MANUFACTURER", name: "Manufacturer", colour: "#0072B2", shape: "ellipse", symbol: "●" },
    { key: "TRADER", name: "Trader", colour: "#56B4E9", shape: "hexagon", symbol: "⬢" },
    { key: "BUYER", name: "Buyer", colour: "#CC79A7", shape: "triangle", symbol: "▲" },
    { key: "SERVICE_PROVIDER", name: "Service provider", colour: "#009E73", shape: "round-rectangle", symbol: "■" },
    { key: "GOVERNMENT", name: "Government", colour: "#E69F00", shape: "diamond", symbol: "◆" },
  ];
  const UNKNOWN_POPULATION = { key: "", name: "Unknown", colour: "#8a94a3", shape: "ellipse", symbol: "●" };
  /** Shape per kind of actor, so the kind is told apart without colour too. */
  const SHAPES = { Platform: "star", Firm: "ellipse", ServiceProvider: "round-rectangle", GovernmentAgency: "diamond" };
  const KIND_NAMES = { Platform: "Platform", Firm: "Firm", ServiceProvider: "Service provider", GovernmentAgency: "Government agency" };
  /** Line colour and line style per relationship type (the style tells them apart without colour). */
  const RELATIONSHIP_TYPES = [
    { type: "MEMBER_OF", name: "Member of", ends: "firm → platform, dotted", colour: "#9aa5b4", line: "dotted" },
    { type: "SUPPLIES", name: "Supplies", ends: "firm → firm, solid with arrow", colour: "#3d4b5f", line: "solid" },
    { type: "SERVES", name: "Serves", ends: "provider → firm, dashed", colour: "#5fb89a", line: "dashed" },
    { type: "PARTNERS_WITH", name: "Partners with", ends: "provider → platform, dashed", colour: "#8c7fd0", line: "dashed" },
    { type: "SUPPORTS", name: "Supports", ends: "agency → platform, dotted", colour: "#d9a441", line: "dotted" },
  ];
  /** The first year the time control offers. */
  const FIRST_YEAR = 2005;
  /** Years a trend chart covers at most (each year is a full health computation in the API). */
  const TREND_YEARS = 10;
  const MEASURES = [
    { value: "DEGREE", name: "Degree", field: "degree" },
    { value: "PAGERANK", name: "PageRank", field: "pageRank" },
    { value: "BETWEENNESS", name: "Betweenness", field: "betweenness" },
    { value: "CLOSENESS", name: "Closeness (harmonic)", field: "closeness" },
    { value: "EIGENVECTOR", name: "Eigenvector", field: "eigenvector" },
  ];
  const LEVEL_INDENT = { COUNTRY: 0, PROVINCE: 1, CITY: 2, DISTRICT: 3 };

  // ---------------------------------------------------------------------------------------------
  // GraphQL documents: every request the page makes
  // ---------------------------------------------------------------------------------------------

  const PLATFORMS_QUERY = `query ExplorerPlatforms {
    platforms(sort: [{ name: ASC }], limit: 1000) {
      id name
      membersConnection(where: { edge: { until: { eq: null } } }) { totalCount }
    }
  }`;

  const GRAPH_QUERY = `query ExplorerGraph($platform: String!, $limit: Int!, $asOf: String) {
    ecosystemGraph(platform: $platform, limit: $limit, asOf: $asOf) {
      platform { id name }
      asOf actorCount truncated
      nodes { id name label population regionIds stageIds degree }
      edges { id source target type volume category tier since }
      regions { id name level parentId }
      stages { id name position chainId chainName }
    }
  }`;

  const RANKING_QUERY = `query ExplorerRanking($measure: CentralityMeasure!, $top: Int!, $graph: GraphSelectionInput!) {
    centralityRanking(measure: $measure, top: $top, graph: $graph) { id rank score }
  }`;

  const ACTOR_QUERY = `query ExplorerActor($id: ID!) {
    actors(where: { id: { eq: $id } }, limit: 1) {
      id name localName population description foundedYear source externalId
      ... on Platform { website model metrics { ...Metrics } }
      ... on Firm { size industry employees metrics { ...Metrics } }
      ... on ServiceProvider { categories metrics { ...Metrics } }
      ... on GovernmentAgency { kind metrics { ...Metrics } }
    }
  }
  fragment Metrics on ActorMetrics {
    degree pageRank eigenvector betweenness closeness constraint effectiveSize articulationPoint
  }`;

  const CHAIN_QUERY = `query ExplorerChain($chain: ID!, $platform: ID!, $asOf: String) {
    chainCompleteness(chain: $chain, platform: $platform, asOf: $asOf) {
      chain { id name }
      scope { description }
      coverage depth linkContinuity
      gaps { stageId firmCount minFirms missingFirms empty }
      thinStages { stageId reason firmIds }
      brokenLinks { fromStageId toStageId }
      perStage { stageId name position firmCount minFirms status covered depth }
      recruitCandidates { id name stageId }
    }
  }`;

  const HEALTH_QUERY = `query ExplorerHealth($platform: ID!, $asOf: String) {
    ecosystemHealth(platform: $platform, asOf: $asOf) {
      scope activeMembers
      serviceCoverage { category selfImprovement servedMembers share }
      membership { years { year joined left activeAtYearEnd survivors survivalRate } }
    }
  }`;

  const TREND_QUERY = `query ExplorerTrend($platform: String!, $from: String!, $to: String!) {
    ecosystemTrend(platform: $platform, from: $from, to: $to, step: YEAR) {
      points { asOf activeMembers evenness supplyHhi keystoneFallOutShare chains { chain { id name } coverage } }
    }
  }`;

  const COMPARE_QUERY = `query ExplorerCompare($platforms: [String!]!, $asOf: String) {
    compareEcosystems(platforms: $platforms, asOf: $asOf) {
      asOf
      ecosystems { platform { id name } scope activeMembers diversity evenness supplyHhi keystoneFallOutShare
        serviceCoverage { category selfImprovement share } }
      shared { population count }
    }
  }`;

  const STEP_FIELDS = "kind providerId category firmIds firmId stageId fromFirmId toFirmId volume";

  /** The seven strategies with their evidence and candidates: one request within the default cost limit. */
  const STRATEGY_QUERY = `query ExplorerStrategies($platform: ID!, $asOf: String) {
    strategyAssessment(platform: $platform, asOf: $asOf) {
      platform { id name } asOf scope activeMembers peers { id name }
      strategies {
        strategy thesis status score rule
        evidence { metric label value unit scope peers { platformId value } }
        actions {
          rank kind title targetName
          candidates { rank actor { id name } region { name } basis reach facts { name value unit } steps { ${STEP_FIELDS} } }
        }
      }
    }
  }`;

  const CHANGE_FIELDS = "before after delta";
  const SIMULATION_QUERY = `query ExplorerSimulation($platform: ID!, $actions: [SimulationStepInput!]!, $asOf: String) {
    simulateStrategy(platform: $platform, actions: $actions, asOf: $asOf) {
      asOf steps { index kind effect }
      activeMembers { ${CHANGE_FIELDS} }
      serviceCoverage { category selfImprovement servedMembers { ${CHANGE_FIELDS} } share { ${CHANGE_FIELDS} } lostShareWithoutPlatform { ${CHANGE_FIELDS} } }
      chains { chainId name coverage { ${CHANGE_FIELDS} } depth { ${CHANGE_FIELDS} } linkContinuity { ${CHANGE_FIELDS} } }
      keystoneFallOutShare { ${CHANGE_FIELDS} } diversity { ${CHANGE_FIELDS} } evenness { ${CHANGE_FIELDS} }
      supplyHhi { ${CHANGE_FIELDS} } serviceHhi { ${CHANGE_FIELDS} }
    }
  }`;

  // ---------------------------------------------------------------------------------------------
  // State and elements
  // ---------------------------------------------------------------------------------------------

  const $ = (id) => {
    const element = document.getElementById(id);
    if (!element) throw new Error(`The page has no element #${id}`);
    return element;
  };
  const ui = {
    platform: $("platform"),
    tokenForm: $("token-form"),
    token: $("token"),
    tokenClear: $("token-clear"),
    tokenState: $("token-state"),
    errors: $("errors"),
    region: $("filter-region"),
    chainFilter: $("filter-chain"),
    types: $("filter-types"),
    measure: $("measure"),
    layout: $("layout"),
    find: $("find"),
    findOptions: $("find-options"),
    legendPopulations: $("legend-populations"),
    graphTitle: $("graph-title"),
    graphStatus: $("graph-status"),
    graph: $("graph"),
    details: $("details"),
    chain: $("chain"),
    chainReports: $("chain-reports"),
    chainsScope: $("chains-scope"),
    year: $("year"),
    filters: $("filters"),
    markGaps: $("mark-gaps"),
    sizeLegend: $("size-legend"),
    actorList: $("actor-list"),
    gapMarks: $("gap-marks"),
    healthScope: $("health-scope"),
    comparisonScope: $("comparison-scope"),
    sharedActors: $("shared-actors"),
    strategies: $("strategies"),
    strategiesScope: $("strategies-scope"),
    strategyList: $("strategy-list"),
    simulation: $("simulation"),
    simulationStatus: $("simulation-status"),
    simulationTable: $("simulation-table"),
  };

  const state = {
    /** The answer of ecosystemGraph for the chosen platform. */
    graph: null,
    nodesById: new Map(),
    regionsById: new Map(),
    stagesById: new Map(),
    /** Actor id → { rank, score } of the current centrality measure. */
    ranking: new Map(),
    rankingMeasure: null,
    /** Incremented on every ranking request, so only the latest one is drawn. */
    rankingRequest: 0,
    /** Font scale of the names always shown, set when the layout was fitted to the view. */
    labelScale: 1,
    selectedId: null,
    /** The selected actor as the API described it (null until it has answered). */
    selectedActor: null,
    cy: null,
    /** Incremented on every load, so a late answer for an earlier choice is dropped. */
    generation: 0,
    errors: new Map(),
    /** Every platform, as listed at the start (for the comparison). */
    platforms: [],
    /** Firm id → the gap or thin stages (names) it works in, from the chain view. */
    gapFirms: new Map(),
    /** Chart.js instances by canvas id. */
    charts: {},
    /** The strategyAssessment answer shown in the Strategies panel. */
    assessment: null,
    /** The last simulateStrategy answer for the ticked candidates (null when none is ticked). */
    simulation: null,
    /** Incremented on every simulation request, so only the latest answer is shown. */
    simulationRequest: 0,
  };

  /** The day the page shows: the end of the chosen year, or null for today. */
  const asOf = () => (ui.year.value ? `${ui.year.value}-12-31` : null);

  // ---------------------------------------------------------------------------------------------
  // Small helpers
  // ---------------------------------------------------------------------------------------------

  /** Creates an element; children are nodes or strings (as text). */
  function el(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name === "className") element.className = value;
      else if (name === "dataset") Object.assign(element.dataset, value);
      // Through the CSSOM, which the Content-Security-Policy allows (a style attribute it would not).
      else if (name === "style") Object.assign(element.style, value);
      else element.setAttribute(name, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  const numberFormat = new Intl.NumberFormat("en");
  const percent = (value) => `${Math.round(value * 1000) / 10} %`;
  function formatScore(value) {
    if (value === null || value === undefined) return "–";
    if (Number.isInteger(value)) return numberFormat.format(value);
    return Math.abs(value) >= 100 ? value.toFixed(1) : Number(value.toPrecision(4)).toString();
  }
  const populationOf = (key) => POPULATIONS.find((p) => p.key === key) || UNKNOWN_POPULATION;
  const plural = (n, one, many) => `${numberFormat.format(n)} ${n === 1 ? one : many || `${one}s`}`;

  // ---------------------------------------------------------------------------------------------
  // GraphQL over fetch, and errors shown in the page
  // ---------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(message, errors) {
      super(message);
      this.errors = errors || [];
    }
  }

  async function graphql(query, variables) {
    const headers = { "content-type": "application/json", accept: "application/json" };
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.authorization = `Bearer ${token}`;
    let response;
    try {
      response = await fetch(GRAPHQL_URL, { method: "POST", headers, body: JSON.stringify({ query, variables }), credentials: "same-origin" });
    } catch (error) {
      throw new ApiError(`Cannot reach the API at ${GRAPHQL_URL}: ${error.message}. Is the server running?`);
    }
    let body;
    try {
      body = await response.json();
    } catch {
      throw new ApiError(`The API answered HTTP ${response.status} ${response.statusText} without a GraphQL response.`);
    }
    if (body.errors && body.errors.length > 0) {
      throw new ApiError(body.errors.map((e) => e.message).join(" "), body.errors);
    }
    if (!response.ok || !body.data) {
      throw new ApiError(`The API answered HTTP ${response.status} ${response.statusText}.`);
    }
    return body.data;
  }


  /** Shows (or, with no error, clears) the error of one part of the page. */
  function reportError(part, error) {
    if (error) state.errors.set(part, error);
    else state.errors.delete(part);
    ui.errors.replaceChildren();
    if (state.errors.size === 0) {
      ui.errors.hidden = true;
      return;
    }
    ui.errors.append(el("h2", {}, "The API reported a problem"));
    const list = el("ul");
    for (const [where, problem] of state.errors) {
      const graphQLErrors = problem instanceof ApiError && problem.errors.length > 0 ? problem.errors : [{ message: problem.message }];
      for (const e of graphQLErrors) {
        const code = e.extensions && e.extensions.code;
        const path = Array.isArray(e.path) ? e.path.join(".") : null;
        list.append(
          el(
            "li",
            { dataset: { part: where, code: code || "" } },
            el("strong", {}, `${where}: `),
            e.message,
            code ? el("code", {}, code) : null,
            path ? el("span", { className: "muted" }, ` at ${path}`) : null,
          ),
        );
      }
    }
    ui.errors.append(list);
    if (graphQLErrorsNeedToken()) {
      ui.errors.append(el("p", {}, "If the API needs a token, paste one into “Access token” at the top."));
    }
    ui.errors.hidden = false;
  }

  function graphQLErrorsNeedToken() {
    for (const problem of state.errors.values()) {
      if (!(problem instanceof ApiError)) continue;
      if (problem.errors.some((e) => e.extensions && ["UNAUTHENTICATED", "FORBIDDEN"].includes(e.extensions.code))) return true;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Token (kept for this browser tab only)
  // ---------------------------------------------------------------------------------------------

  function showTokenState() {
    const token = sessionStorage.getItem(TOKEN_KEY);
    ui.tokenState.textContent = token ? "Token in use for this tab" : "Anonymous";
    ui.token.value = token || "";
  }

  ui.tokenForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const token = ui.token.value.trim().replace(/^Bearer\s+/i, "");
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
    showTokenState();
    start();
  });
  ui.tokenClear.addEventListener("click", () => {
    sessionStorage.removeItem(TOKEN_KEY);
    showTokenState();
    start();
  });

  // ---------------------------------------------------------------------------------------------
  // Static controls: measures, relationship types, legends
  // ---------------------------------------------------------------------------------------------

  function buildControls() {
    ui.measure.replaceChildren(...MEASURES.map((m) => el("option", { value: m.value }, m.name)));
    ui.types.replaceChildren(
      ...RELATIONSHIP_TYPES.map((t) =>
        el(
          "label",
          { className: "check" },
          el("input", { type: "checkbox", value: t.type, checked: true }),
          el("span", { className: `swatch swatch--line swatch--${t.line}`, style: { borderTopColor: t.colour } }),
          el("span", {}, t.name, el("small", {}, t.ends)),
        ),
      ),
    );
    ui.legendPopulations.replaceChildren(
      ...POPULATIONS.map((p) => el("li", {}, el("span", { className: "shape", style: { color: p.colour }, "aria-hidden": "true" }, p.symbol), p.name)),
    );
    const thisYear = new Date().getFullYear();
    const years = [];
    for (let year = thisYear - 1; year >= FIRST_YEAR; year--) years.push(el("option", { value: String(year) }, `end of ${year}`));
    ui.year.replaceChildren(el("option", { value: "" }, "Today"), ...years);
    const wantedYear = new URLSearchParams(window.location.search).get("year");
    if (wantedYear && [...ui.year.options].some((o) => o.value === wantedYear)) ui.year.value = wantedYear;
    else if (wantedYear) reportError("Address", new Error(`The address asks for the year ${JSON.stringify(wantedYear)}; the time control offers ${FIRST_YEAR} to ${thisYear - 1} or today. Showing today.`));
    // On a phone the filters start folded, so the graph is on the first screen.
    if (window.matchMedia("(max-width: 700px)").matches) ui.filters.open = false;
  }

  const selectedTypes = () => [...ui.types.querySelectorAll("input:checked")].map((input) => input.value);

  // ---------------------------------------------------------------------------------------------
  // Loading
  // ---------------------------------------------------------------------------------------------

  async function start() {
    const generation = ++state.generation;
    reportError("Platforms", null);
    ui.platform.disabled = true;
    setGraphState("loading", "Loading…");
    setChainsState("loading", "Loading the chains…");
    let data;
    try {
      data = await graphql(PLATFORMS_QUERY);
    } catch (error) {
      if (generation !== state.generation) return;
      reportError("Platforms", error);
      setGraphState("error", "Could not list the platforms.");
      setChainsState("error", "");
      return;
    }
    if (generation !== state.generation) return;
    const platforms = data.platforms;
    if (platforms.length === 0) {
      ui.platform.replaceChildren(el("option", { value: "" }, "No platform yet"));
      setGraphState("empty", "The database holds no platform. Load the sample data with npm run seed.");
      setChainsState("ready", "");
      return;
    }
    ui.platform.replaceChildren(
      ...platforms.map((p) => el("option", { value: p.id }, `${p.name} (${plural(p.membersConnection.totalCount, "member")})`)),
    );
    // A platform named in the address (id or exact name) wins; otherwise the one with the most
    // active members. A name the list does not hold goes to the API as it is, so an unknown one
    // is shown as the API's NOT_FOUND error instead of being replaced by another platform.
    state.platforms = platforms;
    const wanted = new URLSearchParams(window.location.search).get("platform");
    const chosen =
      wanted === null
        ? platforms.reduce((best, p) => (p.membersConnection.totalCount > best.membersConnection.totalCount ? p : best))
        : platforms.find((p) => p.id === wanted || p.name === wanted);
    ui.platform.disabled = false;
    if (!chosen) {
      ui.platform.value = "";
      await loadPlatform(wanted);
      return;
    }
    ui.platform.value = chosen.id;
    await loadPlatform();
  }

  ui.platform.addEventListener("change", () => {
    const url = new URL(window.location.href);
    url.searchParams.set("platform", ui.platform.value);
    window.history.replaceState(null, "", url);
    loadPlatform();
  });

  async function loadPlatform(named) {
    const generation = ++state.generation;
    const platformId = named ?? ui.platform.value;
    setGraphState("loading", "Loading the ecosystem…");
    setChainsState("loading", "Loading the chains…");
    state.selectedId = null;
    state.selectedActor = null;
    clearDetails();
    let data;
    try {
      data = await graphql(GRAPH_QUERY, { platform: platformId, limit: GRAPH_LIMIT, asOf: asOf() });
      reportError("Ecosystem graph", null);
    } catch (error) {
      if (generation !== state.generation) return;
      reportError("Ecosystem graph", error);
      setGraphState("error", "Could not load the ecosystem.");
      setChainsState("error", "");
      return;
    }
    if (generation !== state.generation) return;

    const graph = data.ecosystemGraph;
    state.graph = graph;
    state.nodesById = new Map(graph.nodes.map((n) => [n.id, n]));
    state.regionsById = new Map(graph.regions.map((r) => [r.id, r]));
    state.stagesById = new Map(graph.stages.map((s) => [s.id, s]));
    state.ranking = new Map();
    state.rankingMeasure = null;
    state.rankingRequest += 1; // an answer for the previous platform is no longer wanted
    ui.graphTitle.textContent = `${graph.platform.name}: ecosystem${graph.asOf ? ` as of ${graph.asOf}` : ""}`;
    state.gapFirms = new Map();
    fillActorList(graph.nodes);
    fillRegionFilter(graph.regions);
    fillChainChoices(graph.stages);
    ui.findOptions.replaceChildren(...graph.nodes.map((n) => el("option", { value: n.name })));

    const ranked = await loadRanking();
    if (generation !== state.generation) return;
    // When a later ranking request (a measure or relationship type changed meanwhile) took over,
    // its handler draws the graph.
    if (ranked) drawGraph();
    loadChains(generation);
    loadCharts(generation);
    loadStrategies(generation);
  }

  /** The keyboard route to every actor: a list of buttons, by name. */
  function fillActorList(nodes) {
    const sorted = nodes.slice().sort((a, b) => a.name.localeCompare(b.name));
    ui.actorList.replaceChildren(
      ...sorted.map((n) => {
        const button = el("button", { type: "button", className: "link-button", dataset: { actorId: n.id } }, n.name);
        button.addEventListener("click", () => selectActor(n.id));
        const population = populationOf(n.population);
        return el("li", {}, el("span", { className: "shape", style: { color: population.colour }, "aria-hidden": "true" }, population.symbol), " ", button);
      }),
    );
    ui.actorList.previousElementSibling.textContent = `Every actor as a list (${numberFormat.format(nodes.length)}; keyboard route)`;
  }

  /**
   * Scores of the chosen measure over the shown relationship types. Resolves true when this was
   * the latest request and its result (or its error) is now the page's state.
   */
  async function loadRanking() {
    const request = ++state.rankingRequest;
    const types = selectedTypes();
    const measure = ui.measure.value;
    const graph = state.graph;
    let ranking = new Map();
    let measured = null;
    let problem = null;
    if (graph && types.length > 0 && graph.nodes.length > 0) {
      try {
        const data = await graphql(RANKING_QUERY, {
          measure,
          top: Math.min(RANKING_LIMIT, graph.nodes.length),
          graph: { platform: graph.platform.id, relationshipTypes: types, ...(graph.asOf ? { asOf: graph.asOf } : {}) },
        });
        ranking = new Map(data.centralityRanking.map((r) => [r.id, { rank: r.rank, score: r.score }]));
        measured = measure;
      } catch (error) {
        problem = error;
      }
    }
    if (request !== state.rankingRequest || graph !== state.graph) return false;
    state.ranking = ranking;
    state.rankingMeasure = measured;
    reportError("Node size", problem);
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Filters
  // ---------------------------------------------------------------------------------------------

  function fillRegionFilter(regions) {
    const children = new Map();
    for (const region of regions) {
      const key = region.parentId && state.regionsById.has(region.parentId) ? region.parentId : "";
      if (!children.has(key)) children.set(key, []);
      children.get(key).push(region);
    }
    const options = [el("option", { value: "" }, "All regions")];
    const visit = (parentKey, depth) => {
      const list = (children.get(parentKey) || []).slice().sort((a, b) => a.name.localeCompare(b.name));
      for (const region of list) {
        const indent = "\u00a0\u00a0".repeat(depth);
        options.push(el("option", { value: region.id }, `${indent}${region.name}`));
        visit(region.id, depth + 1);
      }
    };
    visit("", 0);
    ui.region.replaceChildren(...options);
  }

  /** Chains the ecosystem's firms work in, by name: for the graph filter and the chain view. */
  function chainsOf(stages) {
    const chains = new Map();
    for (const stage of stages) if (!chains.has(stage.chainId)) chains.set(stage.chainId, stage.chainName);
    return [...chains.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }

  function fillChainChoices(stages) {
    const chains = chainsOf(stages);
    ui.chainFilter.replaceChildren(el("option", { value: "" }, "All actors"), ...chains.map((c) => el("option", { value: c.id }, c.name)));
    ui.chain.replaceChildren(
      el("option", { value: "" }, chains.length === 1 ? "The ecosystem's chain" : `All chains of the ecosystem (${chains.length})`),
      ...chains.map((c) => el("option", { value: c.id }, c.name)),
    );
  }

  /**
   * What the filters let through. Region: actors located in it or in a region inside it. Chain:
   * firms working in one of its stages, and the actors directly linked to them by a shown
   * relationship. Relationship types: only relationships of the checked types.
   */
  function visibleElements() {
    const graph = state.graph;
    const types = new Set(selectedTypes());
    const regionId = ui.region.value;
    const chainId = ui.chainFilter.value;
    const inRegion = (node) => !regionId || node.regionIds.includes(regionId);
    let edges = graph.edges.filter((e) => types.has(e.type));
    let nodes = graph.nodes.filter(inRegion);
    if (chainId) {
      const chainFirms = new Set(
        nodes.filter((n) => n.stageIds.some((id) => state.stagesById.get(id)?.chainId === chainId)).map((n) => n.id),
      );
      const linked = new Set(chainFirms);
      for (const e of edges) {
        if (chainFirms.has(e.source)) linked.add(e.target);
        if (chainFirms.has(e.target)) linked.add(e.source);
      }
      nodes = nodes.filter((n) => chainFirms.has(n.id) || (n.label !== "Firm" && linked.has(n.id)));
    }
    const kept = new Set(nodes.map((n) => n.id));
    edges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    return { nodes, edges };
  }

  // ---------------------------------------------------------------------------------------------
  // The graph
  // ---------------------------------------------------------------------------------------------

  function setChainsState(value, message) {
    ui.chainReports.dataset.state = value;
    ui.chainReports.replaceChildren(...(message ? [el("p", { className: "muted" }, message)] : []));
  }

  function setGraphState(value, message) {
    ui.graph.dataset.state = value;
    ui.graphStatus.textContent = message;
    if (value !== "ready") {
      ui.graph.dataset.nodeCount = "0";
      ui.graph.dataset.edgeCount = "0";
    }
  }

  const graphStyle = [
    {
      selector: "node",
      style: {
        "background-color": "data(colour)",
        shape: "data(shape)",
        width: "data(size)",
        height: "data(size)",
        "border-width": 1,
        "border-color": "#ffffff",
        label: "data(label)",
        "font-family": "system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif",
        "font-size": 6,
        "min-zoomed-font-size": 11,
        color: "#1d2733",
        "text-valign": "bottom",
        "text-margin-y": 3,
        "text-outline-color": "#ffffff",
        "text-outline-width": 2,
        "text-outline-opacity": 0.9,
        "text-max-width": "110px",
        "text-wrap": "wrap",
      },
    },
    { selector: "node.labelled", style: { "font-size": 11, "min-zoomed-font-size": 0, "font-weight": 600, "z-index": 20 } },
    // The platform's name is drawn above every other name, on a white ground.
    {
      selector: "node.platform",
      style: {
        "z-index": 100,
        "font-weight": 700,
        "min-zoomed-font-size": 0,
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": 2,
        "border-width": 2,
        "border-color": "#1d2733",
      },
    },
    // Firms of gap and thin stages, on request: a thick dashed ring (and ⚠ in the name), not colour alone.
    { selector: "node.gap-firm", style: { "border-width": 5, "border-style": "dashed", "border-color": "#b42318", "z-index": 50 } },
    {
      selector: "edge",
      style: {
        width: 1,
        "line-color": "data(colour)",
        opacity: 0.45,
        "curve-style": "haystack",
        "haystack-radius": 0,
        "line-style": "data(line)",
      },
    },
    {
      selector: "edge[type = 'SUPPLIES']",
      style: {
        width: 1.4,
        opacity: 0.7,
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "target-arrow-color": "data(colour)",
        "arrow-scale": 0.7,
      },
    },
    { selector: ".faded", style: { opacity: 0.08, "text-opacity": 0 } },
    { selector: "edge.neighbourhood", style: { opacity: 0.9, width: 2, "z-index": 10 } },
    {
      selector: "node:selected",
      style: { "border-width": 4, "border-color": "#111111", "font-size": 12, "min-zoomed-font-size": 0, "font-weight": 700, "z-index": 30 },
    },
  ];

  /** Smallest and largest node diameter, in model pixels. */
  const MIN_SIZE = 12;
  const MAX_SIZE = 60;

  /**
   * Node diameter by rank among the shown actors (1 = largest): a rank scale spreads the sizes
   * evenly however skewed the scores are (betweenness, closeness), so the measure's order is
   * visible. Ties share a size. Without a ranking every node has one size.
   */
  function sizesByRank(scores) {
    const present = scores.filter((score) => score !== null);
    if (present.length === 0) return scores.map(() => 22);
    const distinct = [...new Set(present)].sort((a, b) => b - a);
    const place = new Map(distinct.map((score, i) => [score, i]));
    const steps = Math.max(1, distinct.length - 1);
    return scores.map((score) => (score === null ? MIN_SIZE : MAX_SIZE - ((MAX_SIZE - MIN_SIZE) * place.get(score)) / steps));
  }

  /** The size legend: the smallest and the largest value of the measure among the shown actors. */
  function showSizeLegend(scores) {
    const measure = MEASURES.find((m) => m.value === state.rankingMeasure);
    const present = scores.filter((score) => score !== null);
    ui.sizeLegend.replaceChildren();
    if (!measure || present.length === 0) {
      ui.sizeLegend.append("Node size: uniform (no centrality available).");
      ui.sizeLegend.dataset.min = "";
      ui.sizeLegend.dataset.max = "";
      return;
    }
    const min = Math.min(...present);
    const max = Math.max(...present);
    const dot = (size) => el("span", { className: "size-dot", style: { width: `${size / 3}px`, height: `${size / 3}px` }, "aria-hidden": "true" });
    ui.sizeLegend.dataset.min = String(min);
    ui.sizeLegend.dataset.max = String(max);
    ui.sizeLegend.append(
      el("strong", {}, `Node size: ${measure.name}, by rank`),
      dot(MIN_SIZE * 1.5),
      `smallest ${formatScore(min)}`,
      dot(MAX_SIZE),
      `largest ${formatScore(max)}`,
    );
  }

  /**
   * Draws what the filters let through. The layout runs again only when the set of actors
   * changed (or `relayout` asks for it): a new centrality or other relationship types keep every
   * actor where it was, so the picture stays recognisable.
   */
  function drawGraph({ relayout = false } = {}) {
    const graph = state.graph;
    const { nodes, edges } = visibleElements();
    const scores = nodes.map((n) => (state.ranking.has(n.id) ? state.ranking.get(n.id).score : null));
    const sizes = sizesByRank(scores);
    showSizeLegend(scores);
    // Candidates for a name that is always shown: the platform, then the top-ranked actors.
    const candidates = [
      ...(nodes.some((n) => n.id === graph.platform.id) ? [graph.platform.id] : []),
      ...nodes
        .filter((n) => state.ranking.has(n.id) && n.id !== graph.platform.id)
        .sort((a, b) => state.ranking.get(a.id).rank - state.ranking.get(b.id).rank)
        .slice(0, LABEL_CANDIDATES)
        .map((n) => n.id),
    ];
    const labelled = new Set(candidates);
    const typeColour = new Map(RELATIONSHIP_TYPES.map((t) => [t.type, t.colour]));

    const elements = [
      ...nodes.map((n, i) => ({
        group: "nodes",
        data: {
          id: n.id,
          name: n.name,
          label: nodeLabel(n),
          colour: populationOf(n.population).colour,
          shape: n.label === "Firm" || n.label === "Platform" ? populationOf(n.population).shape : SHAPES[n.label] || "ellipse",
          size: sizes[i],
          score: scores[i] ?? 0,
        },
        classes: [labelled.has(n.id) ? "labelled" : "", n.id === graph.platform.id ? "platform" : "", markedGap(n.id) ? "gap-firm" : ""].join(" ").trim(),
        position: initialPosition(n, i, nodes.length),
      })),
      ...edges.map((e) => ({
        group: "edges",
        data: {
          id: e.id,
          source: e.source,
          target: e.target,
          type: e.type,
          colour: typeColour.get(e.type) || "#999999",
          line: RELATIONSHIP_TYPES.find((t) => t.type === e.type)?.line || "solid",
        },
      })),
    ];

    if (!state.cy) {
      state.cy = window.cytoscape({
        container: ui.graph,
        style: graphStyle,
        minZoom: 0.1,
        maxZoom: 4,
        boxSelectionEnabled: false,
        selectionType: "single",
      });
      state.cy.on("tap", "node", (event) => selectActor(event.target.id(), { fromGraph: true }));
      state.cy.on("tap", (event) => {
        if (event.target === state.cy) clearSelection();
      });
      // The Cytoscape instance, for the end-to-end test (it clicks nodes where they are drawn)
      // and for looking around in the browser's console.
      window.ecographExplorer = { cy: state.cy, charts: state.charts };
    }
    const cy = state.cy;
    const previous = new Map(cy.nodes().map((node) => [node.id(), { ...node.position() }]));
    const sameActors = previous.size === nodes.length && nodes.every((n) => previous.has(n.id));
    const keepPositions = sameActors && !relayout;
    if (keepPositions) for (const element of elements) if (element.group === "nodes") element.position = previous.get(element.data.id);

    ui.graph.dataset.state = "drawing";
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    const finish = () => {
      placeLabels(cy, candidates);
      if (state.selectedId && cy.getElementById(state.selectedId).nonempty()) highlight(state.selectedId);
      ui.graph.dataset.state = "ready";
    };
    if (keepPositions) {
      finish();
    } else {
      const layout = cy.layout(layoutOptions());
      layout.one("layoutstop", () => {
        cy.fit(undefined, 24);
        // The names that are always shown stay legible however far the fit zoomed out.
        state.labelScale = Math.max(1, 1 / cy.zoom());
        finish();
      });
      layout.run();
    }

    ui.graph.dataset.nodeCount = String(nodes.length);
    ui.graph.dataset.edgeCount = String(edges.length);
    ui.graph.dataset.totalNodes = String(graph.nodes.length);
    ui.graph.dataset.totalEdges = String(graph.edges.length);
    ui.graph.dataset.platformId = graph.platform.id;
    ui.graphStatus.textContent = statusLine(nodes.length, edges.length);
  }

  const markedGap = (id) => ui.markGaps.checked && state.gapFirms.has(id);
  const nodeLabel = (n) => (markedGap(n.id) ? `⚠ ${n.name}` : n.name);

  /** Marks (or unmarks) the firms of gap and thin stages in the drawn graph, without a new layout. */
  function applyGapMarks() {
    if (!state.cy) return;
    state.cy.batch(() => {
      state.cy.nodes().forEach((node) => {
        const n = state.nodesById.get(node.id());
        if (!n) return;
        node.toggleClass("gap-firm", markedGap(n.id));
        node.data("label", nodeLabel(n));
      });
    });
    ui.graph.dataset.gapFirms = String(state.cy.nodes(".gap-firm").length);
    ui.gapMarks.hidden = !ui.markGaps.checked;
  }

  /**
   * Shows the names of the candidates (in order) whose labels do not overlap a name already
   * shown, at most ALWAYS_LABELLED of them; Cytoscape itself does not avoid label collisions.
   */
  function placeLabels(cy, candidates) {
    const scale = state.labelScale;
    const shown = [];
    for (const id of candidates) {
      const node = cy.getElementById(id);
      if (node.empty()) continue;
      node.style({ "font-size": 12 * scale, "text-max-width": `${160 * scale}px` });
      const box = node.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
      const gap = 6 * scale; // keep neighbouring names apart, not just not overlapping
      const overlaps = shown.some(
        (other) => box.x1 < other.x2 + gap && other.x1 < box.x2 + gap && box.y1 < other.y2 + gap && other.y1 < box.y2 + gap,
      );
      if (overlaps || shown.length >= ALWAYS_LABELLED) {
        node.removeClass("labelled");
        node.removeStyle("font-size text-max-width");
      } else {
        shown.push(box);
      }
    }
  }

  function statusLine(nodeCount, edgeCount) {
    const graph = state.graph;
    const shown = `Showing ${plural(nodeCount, "actor")} and ${plural(edgeCount, "active relationship")}`;
    const filtered =
      nodeCount < graph.nodes.length || edgeCount < graph.edges.length
        ? ` (filtered from ${numberFormat.format(graph.nodes.length)} and ${numberFormat.format(graph.edges.length)})`
        : "";
    const truncated = graph.truncated
      ? ` The ecosystem has ${plural(graph.actorCount, "actor")}; the ${numberFormat.format(graph.nodes.length)} best-connected are loaded.`
      : "";
    const measure = MEASURES.find((m) => m.value === state.rankingMeasure);
    const size = measure ? ` Size: ${measure.name} in this ecosystem.` : " Size: uniform (no centrality available).";
    return `${shown}${filtered}.${size}${truncated}`;
  }

  /**
   * Deterministic start positions (a circle grouped by kind, chain stage and name), so the same
   * data gives the same drawing; the force-directed layout then starts from them.
   */
  function initialPosition(node, index, count) {
    if (node.id === state.graph.platform.id) return { x: 0, y: 0 };
    const angle = (2 * Math.PI * index) / Math.max(1, count);
    const radius = 40 * Math.sqrt(count);
    return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
  }

  const IDEAL_EDGE_LENGTH = { SUPPLIES: 40, MEMBER_OF: 180, SERVES: 120, PARTNERS_WITH: 140, SUPPORTS: 140 };
  const EDGE_ELASTICITY = { SUPPLIES: 60, MEMBER_OF: 400, SERVES: 250, PARTNERS_WITH: 250, SUPPORTS: 250 };

  function layoutOptions() {
    if (ui.layout.value === "concentric") {
      return {
        name: "concentric",
        animate: false,
        concentric: (node) => node.data("score"),
        levelWidth: (nodes) => Math.max(...nodes.map((n) => n.data("score"))) / 8 || 1,
        minNodeSpacing: 6,
        padding: 24,
      };
    }
    return {
      name: "cose",
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: false,
      // Trade (SUPPLIES) pulls firms of a chain together; memberships and services, which tie
      // nearly everyone to the platform and the big providers, pull less.
      idealEdgeLength: (edge) => IDEAL_EDGE_LENGTH[edge.data("type")] || 80,
      edgeElasticity: (edge) => EDGE_ELASTICITY[edge.data("type")] || 100,
      nodeRepulsion: () => 16000,
      gravity: 0.5,
      nestingFactor: 1,
      numIter: 1000,
      // Cools in about 130 rounds: a quarter of a second for a few hundred actors, and a layout
      // as readable as the default's slower cooling.
      coolingFactor: 0.95,
      componentSpacing: 60,
      padding: 24,
    };
  }

  function highlight(id) {
    const cy = state.cy;
    const node = cy.getElementById(id);
    cy.elements().removeClass("faded neighbourhood");
    cy.elements().unselect();
    if (node.empty()) return;
    const neighbourhood = node.closedNeighborhood();
    cy.elements().not(neighbourhood).addClass("faded");
    neighbourhood.edges().addClass("neighbourhood");
    node.select();
  }

  function clearSelection() {
    state.selectedId = null;
    state.selectedActor = null;
    if (state.cy) {
      state.cy.elements().removeClass("faded neighbourhood");
      state.cy.elements().unselect();
    }
    clearDetails();
  }

  // ---------------------------------------------------------------------------------------------
  // Details of one actor
  // ---------------------------------------------------------------------------------------------

  function clearDetails() {
    ui.details.dataset.actorId = "";
    ui.details.replaceChildren(
      el("h2", { id: "details-title" }, "Details"),
      el("p", { className: "muted" }, "Click a node in the graph, a firm in the chain view, or find an actor by name."),
    );
  }

  function definitionList(rows) {
    const list = el("dl", { className: "facts" });
    for (const [term, value] of rows) {
      if (value === undefined || value === null || value === "") continue;
      list.append(el("dt", {}, term), el("dd", {}, value));
    }
    return list;
  }

  async function selectActor(id, options = {}) {
    const node = state.nodesById.get(id);
    if (!node) return;
    state.selectedId = id;
    state.selectedActor = null;
    if (state.cy && state.cy.getElementById(id).nonempty()) {
      highlight(id);
      if (!options.fromGraph) state.cy.animate({ center: { eles: state.cy.getElementById(id) }, duration: 250 });
    }
    renderDetails(node, null, true);
    try {
      const data = await graphql(ACTOR_QUERY, { id });
      reportError("Actor details", null);
      if (state.selectedId !== id) return;
      state.selectedActor = data.actors[0] || null;
      renderDetails(node, state.selectedActor, false);
    } catch (error) {
      reportError("Actor details", error);
      if (state.selectedId === id) renderDetails(node, null, false);
    }
  }

  /** "Firm · Manufacturer"; just "Service provider" where kind and population say the same. */
  function kindAndPopulation(label, populationName) {
    const kind = KIND_NAMES[label] || label;
    if (label === "Platform") return populationName;
    return kind.toLowerCase() === populationName.toLowerCase() ? kind : `${kind} · ${populationName}`;
  }

  function renderDetails(node, actor, loading) {
    const population = populationOf(node.population);
    const regions = node.regionIds.map((id) => state.regionsById.get(id)?.name).filter(Boolean);
    const stages = node.stageIds
      .map((id) => state.stagesById.get(id))
      .filter(Boolean)
      .map((s) => `${s.chainName}: ${s.position}. ${s.name}`);
    const relationshipCounts = new Map();
    for (const e of state.graph.edges) {
      if (e.source === node.id || e.target === node.id) relationshipCounts.set(e.type, (relationshipCounts.get(e.type) || 0) + 1);
    }
    const ranked = state.ranking.get(node.id);
    const measure = MEASURES.find((m) => m.value === state.rankingMeasure);

    const children = [
      el("h2", { id: "details-title" }, node.name),
      el(
        "p",
        { className: "kind" },
        el("span", { className: "swatch", style: { backgroundColor: population.colour } }),
        kindAndPopulation(node.label, population.name),
      ),
    ];
    if (actor && actor.localName) children.push(el("p", { className: "local-name", lang: "zh" }, actor.localName));
    if (actor && actor.description) children.push(el("p", { className: "description" }, actor.description));
    children.push(
      definitionList([
        ["Located in", regions.join(" › ") || "–"],
        ["Chain stages", stages.length ? stages.join("; ") : null],
        ["Founded", actor && actor.foundedYear],
        ["Size", actor && actor.size],
        ["Industry", actor && actor.industry],
        ["Employees", actor && actor.employees != null ? numberFormat.format(actor.employees) : null],
        ["Services", actor && actor.categories ? actor.categories.join(", ") : null],
        ["Kind", actor && actor.kind],
        ["Model", actor && actor.model],
        ["Website", actor && actor.website],
        ["Source", actor && actor.source ? `${actor.source} / ${actor.externalId || "–"}` : null],
      ]),
    );
    children.push(el("h3", {}, "In this ecosystem"));
    children.push(
      definitionList([
        [
          measure ? measure.name : "Centrality",
          ranked && measure
            ? `${formatScore(ranked.score)} (rank ${ranked.rank} of ${numberFormat.format(state.ranking.size)})`
            : "–",
        ],
        ...RELATIONSHIP_TYPES.filter((t) => relationshipCounts.has(t.type)).map((t) => [t.name, numberFormat.format(relationshipCounts.get(t.type))]),
      ]),
    );
    children.push(el("h3", {}, "Metrics over the whole graph"));
    if (loading) {
      children.push(el("p", { className: "muted" }, "Loading…"));
    } else if (actor && actor.metrics) {
      const m = actor.metrics;
      children.push(
        definitionList([
          ["Degree", formatScore(m.degree)],
          ["PageRank", formatScore(m.pageRank)],
          ["Eigenvector", formatScore(m.eigenvector)],
          ["Betweenness", m.betweenness === null ? "above the size limit" : formatScore(m.betweenness)],
          ["Closeness", m.closeness === null ? "above the size limit" : formatScore(m.closeness)],
          ["Burt's constraint", formatScore(m.constraint)],
          ["Effective size", formatScore(m.effectiveSize)],
          ["Single point of failure", m.articulationPoint ? "yes (articulation point)" : "no"],
        ]),
      );
    } else {
      children.push(el("p", { className: "muted" }, "No metrics available."));
    }
    ui.details.dataset.actorId = node.id;
    ui.details.dataset.state = loading ? "loading" : "ready";
    ui.details.replaceChildren(...children);
  }

  ui.find.addEventListener("change", () => {
    const name = ui.find.value.trim().toLowerCase();
    if (!state.graph || !name) return;
    const node = state.graph.nodes.find((n) => n.name.toLowerCase() === name) || state.graph.nodes.find((n) => n.name.toLowerCase().includes(name));
    if (node) selectActor(node.id);
  });

  // ---------------------------------------------------------------------------------------------
  // Chain completeness
  // ---------------------------------------------------------------------------------------------

  async function loadChains(generation) {
    const platformId = state.graph.platform.id;
    const all = chainsOf(state.graph.stages);
    const chains = ui.chain.value ? all.filter((c) => c.id === ui.chain.value) : all;
    if (chains.length === 0) {
      setChainsState("ready", "No member firm of this platform works in an industrial chain.");
      return;
    }
    setChainsState("loading", "Loading the chains…");
    const results = await Promise.all(
      chains.map((chain) =>
        graphql(CHAIN_QUERY, { chain: chain.id, platform: platformId, asOf: asOf() }).then(
          (data) => ({ chain, data }),
          (error) => ({ chain, error }),
        ),
      ),
    );
    if (generation !== state.generation) return;
    const failed = results.find((r) => r.error);
    reportError("Chain completeness", failed ? failed.error : null);
    const answered = results.filter((r) => r.data);
    if (answered[0]) ui.chainsScope.textContent = `Scope: ${answered[0].data.chainCompleteness.scope.description}. Stages run upstream to downstream.`;
    markGapStages(answered.map((r) => r.data.chainCompleteness));
    ui.chainReports.replaceChildren(...answered.map((r) => chainReport(r.data)));
    ui.chainReports.dataset.state = failed ? "error" : "ready";
  }

  /** The firms of gap and thin stages, for the graph's marks, and the gap stages with their recruit candidates. */
  function markGapStages(reports) {
    const gapFirms = new Map();
    const items = [];
    for (const report of reports) {
      const flagged = new Map();
      for (const gap of report.gaps) flagged.set(gap.stageId, gap.empty ? "gap: no firm" : `gap: ${gap.missingFirms} short`);
      for (const thin of report.thinStages) if (!flagged.has(thin.stageId)) flagged.set(thin.stageId, thin.reason === "SINGLE_FIRM" ? "thin: a single firm" : "thin: single point of failure");
      for (const [stageId, why] of flagged) {
        const stage = report.perStage.find((s) => s.stageId === stageId);
        const firms = state.graph.nodes.filter((n) => n.label === "Firm" && n.stageIds.includes(stageId));
        for (const firm of firms) gapFirms.set(firm.id, `${report.chain.name}: ${stage ? stage.name : stageId}`);
        const recruits = report.recruitCandidates.filter((c) => c.stageId === stageId).map((c) => c.name);
        items.push(
          el(
            "li",
            { dataset: { stageId } },
            el("strong", {}, `${report.chain.name}, ${stage ? `${stage.position}. ${stage.name}` : stageId}`),
            ` (${why}): ${firms.length ? firms.map((f) => f.name).join(", ") : "no member firm"}`,
            recruits.length ? `; could recruit ${recruits.join(", ")}` : "",
          ),
        );
      }
    }
    state.gapFirms = gapFirms;
    ui.gapMarks.replaceChildren(el("strong", {}, "Chain gap and thin stages, their firms (marked ⚠ in the graph) and recruit candidates"), el("ul", {}, ...items));
    applyGapMarks();
  }

  function stageStatus(stageId, report) {
    const gap = report.gaps.find((g) => g.stageId === stageId);
    const thin = report.thinStages.find((t) => t.stageId === stageId);
    return { gap, thin, status: gap ? "gap" : thin ? "thin" : "covered" };
  }

  function chainReport(data) {
    const report = data.chainCompleteness;
    // The firms of a stage: the ecosystem's member firms (as of the chosen day) working in it.
    const stageInfo = new Map(
      report.perStage.map((s) => [
        s.stageId,
        {
          minFirms: s.minFirms,
          firms: state.graph.nodes
            .filter((n) => n.label === "Firm" && n.stageIds.includes(s.stageId))
            .sort((a, b) => a.name.localeCompare(b.name))
            .slice(0, FIRMS_PER_STAGE),
        },
      ]),
    );
    const stages = report.perStage.slice().sort((a, b) => a.position - b.position);
    const broken = new Set(report.brokenLinks.map((l) => `${l.fromStageId}>${l.toStageId}`));
    const pairs = Math.max(0, stages.length - 1);

    const header = el(
      "header",
      { className: "chain-report-head" },
      el("h3", {}, report.chain.name),
      definitionList([
        ["Coverage", percent(report.coverage)],
        ["Depth", percent(report.depth)],
        ["Link continuity", `${pairs - report.brokenLinks.length} of ${plural(pairs, "link")} (${percent(report.linkContinuity)})`],
        ["Gaps", String(report.gaps.length)],
        ["Thin stages", String(report.thinStages.length)],
      ]),
    );

    const list = el("ol", {
      className: "stages",
      dataset: { count: String(stages.length) },
      style: { gridTemplateColumns: `repeat(${Math.max(1, stages.length)}, minmax(10rem, 1fr))` },
    });
    stages.forEach((stage, index) => {
      const info = stageInfo.get(stage.stageId);
      const { gap, thin, status } = stageStatus(stage.stageId, report);
      const next = stages[index + 1];
      const linkBroken = next ? broken.has(`${stage.stageId}>${next.stageId}`) : false;
      list.append(stageCard(stage, info, { gap, thin, status }, next, linkBroken, report));
    });

    const children = [header, list];
    if (report.brokenLinks.length > 0) {
      const byId = new Map(stages.map((s) => [s.stageId, s]));
      children.push(
        el(
          "p",
          { className: "broken-summary" },
          el("strong", {}, "Broken supply links: "),
          report.brokenLinks
            .map((l) => `${byId.get(l.fromStageId)?.position}. ${byId.get(l.fromStageId)?.name} → ${byId.get(l.toStageId)?.position}. ${byId.get(l.toStageId)?.name}`)
            .join("; "),
          " (no active supply between their firms).",
        ),
      );
    }
    return el("article", { className: "chain-report", dataset: { chainId: report.chain.id } }, ...children);
  }

  function stageCard(stage, info, { gap, thin, status }, next, linkBroken, report) {
    const firms = info ? info.firms : [];
    const threshold = info ? info.minFirms : gap ? gap.minFirms : null;
    const badges = [];
    if (status === "covered") badges.push(el("span", { className: "badge badge--covered" }, "✓ Covered"));
    if (gap) badges.push(el("span", { className: "badge badge--gap" }, gap.empty ? "✕ Gap: no firm" : `✕ Gap: ${gap.missingFirms} firm${gap.missingFirms === 1 ? "" : "s"} short`));
    if (thin) {
      badges.push(el("span", { className: "badge badge--thin" }, thin.reason === "SINGLE_FIRM" ? "! Thin: a single firm" : "! Thin: single point of failure"));
    }
    const count = `${plural(stage.firmCount, "firm")}${threshold ? ` · needs ${threshold}` : ""}`;

    const firmItem = (firm) => {
      const button = el("button", { type: "button", className: "link-button", dataset: { actorId: firm.id } }, firm.name);
      button.addEventListener("click", () => selectActor(firm.id));
      return el("li", {}, button);
    };
    const firmList = el("ul", { className: "firms" }, firms.slice(0, FIRMS_SHOWN).map(firmItem));
    if (stage.firmCount === 0) firmList.append(el("li", { className: "muted" }, "No member firm works here."));
    let moreFirms = null;
    if (stage.firmCount > FIRMS_SHOWN) {
      const rest = firms.slice(FIRMS_SHOWN);
      const unlisted = stage.firmCount - firms.length;
      moreFirms = el(
        "details",
        { className: "more-firms" },
        el("summary", {}, `${plural(stage.firmCount - FIRMS_SHOWN, "more firm")}`),
        el("ul", { className: "firms" }, rest.map(firmItem), unlisted > 0 ? el("li", { className: "muted" }, `and ${unlisted} not listed`) : null),
      );
    }
    const recruits = report.recruitCandidates.filter((c) => c.stageId === stage.stageId);

    const connector = next
      ? el(
          "div",
          {
            className: `connector connector--${linkBroken ? "broken" : "linked"}`,
            dataset: { link: linkBroken ? "broken" : "linked" },
            title: linkBroken ? `No active supply from “${stage.name}” to “${next.name}”` : `Firms of “${stage.name}” supply firms of “${next.name}”`,
          },
          el("span", { "aria-hidden": "true" }, linkBroken ? "✕" : "→"),
          el("span", { className: "visually-hidden" }, linkBroken ? `Broken link to stage ${next.position}: no active supply.` : `Linked to stage ${next.position} by active supply.`),
        )
      : null;

    return el(
      "li",
      {
        className: `stage stage--${status}`,
        dataset: { stageId: stage.stageId, position: String(stage.position), status, thin: thin ? thin.reason : "", linkToNext: next ? (linkBroken ? "broken" : "linked") : "" },
      },
      el("div", { className: "stage-head" }, el("span", { className: "stage-position" }, String(stage.position)), el("h4", {}, stage.name)),
      el("div", { className: "badges" }, ...badges),
      el("p", { className: "stage-count" }, count),
      firmList,
      moreFirms,
      recruits.length > 0
        ? el(
            "details",
            { className: "recruits" },
            el("summary", {}, `Could recruit ${plural(recruits.length, "firm")} from outside`),
            el("ul", { className: "firms" }, recruits.map((r) => el("li", {}, r.name))),
          )
        : null,
      connector,
    );
  }

  // ---------------------------------------------------------------------------------------------
  // Charts (Chart.js): health, trend, comparison. Each chart has a table of the same numbers.
  // ---------------------------------------------------------------------------------------------

  const CATEGORY_NAMES = {
    FINANCING: "Financing", INDUSTRIAL_RESEARCH: "Industrial research", PROFESSIONAL_SUPPORT: "Professional support",
    LEGAL: "Legal", BRANDING: "Branding", LOGISTICS: "Logistics", IT: "IT", MARKETING: "Marketing",
    CERTIFICATION: "Certification", TRAINING: "Training",
  };
  /** Okabe & Ito colours for series; series also differ in point style and dash. */
  const SERIES = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];
  const POINT_STYLES = ["circle", "rect", "triangle", "rectRot", "star", "crossRot", "cross"];
  const DASHES = [[], [6, 3], [2, 2], [8, 3, 2, 3], [4, 4], [1, 3], [10, 2]];

  function drawChart(id, config) {
    if (typeof window.Chart !== "function") return null;
    if (state.charts[id]) state.charts[id].destroy();
    const canvas = $(id);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
    state.charts[id] = new window.Chart(canvas, config);
    return state.charts[id];
  }

  function fillTable(id, head, rows) {
    $(id).replaceChildren(
      el("thead", {}, el("tr", {}, ...head.map((h) => el("th", { scope: "col" }, h)))),
      el("tbody", {}, ...rows.map((row) => el("tr", {}, ...row.map((cell, i) => (i === 0 ? el("th", { scope: "row" }, cell) : el("td", {}, cell)))))),
    );
  }

  const today = () => new Date().toISOString().slice(0, 10);

  async function loadCharts(generation) {
    const platformId = state.graph.platform.id;
    const day = asOf();
    const charts = $("health");
    charts.dataset.state = "loading";
    $("comparison").dataset.state = "loading";
    let health = null;
    try {
      health = (await graphql(HEALTH_QUERY, { platform: platformId, asOf: day })).ecosystemHealth;
      reportError("Health", null);
    } catch (error) {
      if (generation === state.generation) reportError("Health", error);
    }
    if (generation !== state.generation) return;
    if (health) drawHealth(health);
    charts.dataset.state = health ? "ready" : "error";

    const toDay = day || today();
    const years = health ? health.membership.years.map((y) => y.year) : [];
    const lastYear = Number(toDay.slice(0, 4));
    const firstYear = Math.max(years.length ? Math.min(...years) : lastYear, lastYear - TREND_YEARS + 1);
    const fromDay = `${firstYear}-12-31` <= toDay ? `${firstYear}-12-31` : toDay;
    const others = state.platforms.map((p) => p.id);
    const [trend, comparison] = await Promise.all([
      graphql(TREND_QUERY, { platform: platformId, from: fromDay, to: toDay }).then((d) => d.ecosystemTrend, (error) => ({ error })),
      others.length >= 2
        ? graphql(COMPARE_QUERY, { platforms: others, asOf: day }).then((d) => d.compareEcosystems, (error) => ({ error }))
        : Promise.resolve(null),
    ]);
    if (generation !== state.generation) return;
    reportError("Trend", trend.error || null);
    if (!trend.error) drawTrend(trend);
    $("chart-trend").dataset.state = trend.error ? "error" : "ready";
    reportError("Comparison", comparison && comparison.error ? comparison.error : null);
    if (comparison && !comparison.error) drawComparison(comparison);
    $("comparison").dataset.state = comparison && comparison.error ? "error" : "ready";
    charts.dataset.trend = trend.error ? "error" : "ready";
  }

  function drawHealth(health) {
    ui.healthScope.textContent = `Scope: ${health.scope}; ${plural(health.activeMembers, "active member")}.`;
    const coverage = health.serviceCoverage;
    const weakestSelf = Math.min(...coverage.filter((c) => c.selfImprovement).map((c) => c.share));
    const weakest = new Set(coverage.filter((c) => c.selfImprovement && c.share === weakestSelf).map((c) => c.category));
    const labels = coverage.map((c) => `${weakest.has(c.category) ? "⚠ " : ""}${CATEGORY_NAMES[c.category] || c.category}${c.selfImprovement ? " *" : ""}`);
    drawChart("chart-coverage", {
      type: "bar",
      data: {
        labels,
        datasets: [
          {
            label: "Share of members served",
            data: coverage.map((c) => c.share),
            backgroundColor: coverage.map((c) => (weakest.has(c.category) ? "#b42318" : c.selfImprovement ? "#0072B2" : "#9aa5b4")),
            borderColor: coverage.map((c) => (weakest.has(c.category) ? "#5c1310" : "#1d2733")),
            borderWidth: coverage.map((c) => (weakest.has(c.category) ? 3 : 0)),
            borderDash: [4, 2],
          },
        ],
      },
      options: {
        indexAxis: "y",
        scales: { x: { min: 0, max: 1, ticks: { callback: (v) => `${Math.round(v * 100)} %` } } },
        plugins: { legend: { display: false } },
      },
    });
    $("chart-coverage").dataset.weakest = [...weakest].join(",");
    fillTable(
      "table-coverage",
      ["Category", "Self-improvement", "Members served", "Share"],
      coverage.map((c) => [`${weakest.has(c.category) ? "⚠ " : ""}${CATEGORY_NAMES[c.category] || c.category}`, c.selfImprovement ? "yes" : "no", String(c.servedMembers), percent(c.share)]),
    );

    const years = health.membership.years;
    drawChart("chart-membership", {
      data: {
        labels: years.map((y) => String(y.year)),
        datasets: [
          { type: "bar", label: "Joined", data: years.map((y) => y.joined), backgroundColor: SERIES[0], yAxisID: "y" },
          { type: "bar", label: "Left", data: years.map((y) => y.left), backgroundColor: SERIES[1], yAxisID: "y" },
          {
            type: "line", label: "Members at year end", data: years.map((y) => y.activeAtYearEnd), borderColor: SERIES[2],
            backgroundColor: SERIES[2], pointStyle: "triangle", pointRadius: 4, borderDash: [6, 3], yAxisID: "y",
          },
          {
            type: "line", label: "Survival of the year's joiners", data: years.map((y) => y.survivalRate), borderColor: SERIES[3],
            backgroundColor: SERIES[3], pointStyle: "rect", pointRadius: 4, yAxisID: "rate",
          },
        ],
      },
      options: {
        scales: {
          y: { beginAtZero: true, title: { display: true, text: "firms" } },
          rate: { position: "right", min: 0, max: 1, grid: { drawOnChartArea: false }, ticks: { callback: (v) => `${Math.round(v * 100)} %` } },
        },
        plugins: { legend: { labels: { usePointStyle: true } } },
      },
    });
    fillTable(
      "table-membership",
      ["Year", "Joined", "Left", "Members at year end", "Survivors", "Survival"],
      years.map((y) => [String(y.year), String(y.joined), String(y.left), String(y.activeAtYearEnd), String(y.survivors), y.survivalRate === null ? "–" : percent(y.survivalRate)]),
    );
  }

  function drawTrend(trend) {
    const points = trend.points;
    const chains = points.length ? points[0].chains.map((c) => c.chain) : [];
    const series = [
      { label: "Evenness J'", values: points.map((p) => p.evenness) },
      { label: "Supply HHI", values: points.map((p) => p.supplyHhi) },
      { label: "Keystone dependence (fall-out share)", values: points.map((p) => p.keystoneFallOutShare) },
      ...chains.map((chain, i) => ({ label: `Coverage: ${chain.name}`, values: points.map((p) => p.chains[i].coverage) })),
    ];
    drawChart("chart-trend", {
      type: "line",
      data: {
        labels: points.map((p) => p.asOf),
        datasets: series.map((serie, i) => ({
          label: serie.label,
          data: serie.values,
          borderColor: SERIES[i % SERIES.length],
          backgroundColor: SERIES[i % SERIES.length],
          pointStyle: POINT_STYLES[i % POINT_STYLES.length],
          pointRadius: 4,
          borderDash: DASHES[i % DASHES.length],
        })),
      },
      options: { scales: { y: { min: 0, max: 1 } }, plugins: { legend: { labels: { usePointStyle: true } } } },
    });
    fillTable(
      "table-trend",
      ["As of", "Members", ...series.map((serie) => serie.label)],
      points.map((p, k) => [p.asOf, String(p.activeMembers), ...series.map((serie) => formatScore(serie.values[k]))]),
    );
  }

  function drawComparison(comparison) {
    const ecosystems = comparison.ecosystems;
    ui.comparisonScope.textContent = `Each platform's ecosystem ${comparison.asOf ? `as of ${comparison.asOf}` : "today"}.`;
    const categories = ecosystems.length ? ecosystems[0].serviceCoverage.filter((c) => c.selfImprovement).map((c) => c.category) : [];
    drawChart("chart-comparison", {
      type: "bar",
      data: {
        labels: categories.map((c) => CATEGORY_NAMES[c] || c),
        datasets: ecosystems.map((e, i) => ({
          label: e.platform.name,
          data: categories.map((c) => e.serviceCoverage.find((x) => x.category === c).share),
          backgroundColor: SERIES[i % SERIES.length],
          borderColor: "#1d2733",
          borderWidth: i,
        })),
      },
      options: { scales: { y: { min: 0, max: 1, ticks: { callback: (v) => `${Math.round(v * 100)} %` } } } },
    });
    fillTable(
      "table-comparison",
      ["Platform", "Members", "Diversity H'", "Evenness J'", "Supply HHI", "Keystone", ...categories.map((c) => CATEGORY_NAMES[c] || c)],
      ecosystems.map((e) => [
        e.platform.name,
        String(e.activeMembers),
        formatScore(e.diversity),
        formatScore(e.evenness),
        formatScore(e.supplyHhi),
        percent(e.keystoneFallOutShare),
        ...categories.map((c) => percent(e.serviceCoverage.find((x) => x.category === c).share)),
      ]),
    );
    const shared = comparison.shared;
    ui.sharedActors.textContent = shared.length
      ? `Shared by more than one ecosystem: ${shared.map((g) => `${plural(g.count, (POPULATIONS.find((p) => p.key === g.population) || { name: g.population }).name.toLowerCase())}`).join(", ")}.`
      : "No actor is in more than one of these ecosystems.";
  }

  // ---------------------------------------------------------------------------------------------
  // Strategies: the assessment, ticked candidates and their simulated change
  // ---------------------------------------------------------------------------------------------

  /** Status → badge class and symbol: the symbol and the word carry the status, not the colour alone. */
  const STRATEGY_STATUS = {
    CRITICAL: { badge: "badge--gap", symbol: "✕", name: "Critical" },
    WEAK: { badge: "badge--thin", symbol: "!", name: "Weak" },
    ADEQUATE: { badge: "badge--covered", symbol: "✓", name: "Adequate" },
    STRONG: { badge: "badge--strong", symbol: "★", name: "Strong" },
  };
  const STRATEGY_NAMES = {
    FINANCING_SERVICE: "Financing service", INDUSTRIAL_RESEARCH_SERVICE: "Industrial research service",
    PROFESSIONAL_SUPPORT_SERVICE: "Professional support service", LEGAL_SERVICE: "Legal service",
    BRANDING_SERVICE: "Branding service", INTENSIVE_LOCAL_OPERATION: "Intensive local operation",
    DIFFERENTIATED_DOMESTIC_SERVICE: "Differentiated domestic service",
  };
  /** The service category a self-improvement strategy is scored on (for the simulated column). */
  const STRATEGY_CATEGORY = {
    FINANCING_SERVICE: "FINANCING", INDUSTRIAL_RESEARCH_SERVICE: "INDUSTRIAL_RESEARCH", PROFESSIONAL_SUPPORT_SERVICE: "PROFESSIONAL_SUPPORT",
    LEGAL_SERVICE: "LEGAL", BRANDING_SERVICE: "BRANDING",
  };
  /** Evidence metric → the simulation's figure for the strategy's category. */
  const SIMULATED_EVIDENCE = {
    "serviceCoverage.share": (c) => c.share,
    "serviceCoverage.servedMembers": (c) => c.servedMembers,
    "keystoneDependence.lostShare": (c) => c.lostShareWithoutPlatform,
  };
  /** A value in its evidence unit: shares as per cent, everything else as a number. */
  const inUnit = (value, unit) => (value === null || value === undefined ? "–" : /^share/.test(unit) ? percent(value) : formatScore(value));
  const signed = (text, delta) => (delta > 0 ? `+${text}` : text);

  async function loadStrategies(generation) {
    const platformId = state.graph.platform.id;
    ui.strategies.dataset.state = "loading";
    ui.strategiesScope.textContent = "Loading the assessment…";
    ui.strategyList.replaceChildren();
    state.assessment = null;
    state.simulationRequest += 1; // a simulation for the previous platform or day is no longer wanted
    showSimulation(null);
    let assessment;
    try {
      assessment = (await graphql(STRATEGY_QUERY, { platform: platformId, asOf: asOf() })).strategyAssessment;
      reportError("Strategies", null);
    } catch (error) {
      if (generation !== state.generation) return;
      reportError("Strategies", error);
      ui.strategiesScope.textContent = "No assessment: see the problem reported above.";
      ui.strategies.dataset.state = "error";
      return;
    }
    if (generation !== state.generation) return;
    state.assessment = assessment;
    drawStrategies(assessment);
    ui.strategies.dataset.state = "ready";
  }

  function drawStrategies(assessment) {
    const peers = assessment.peers;
    ui.strategiesScope.textContent =
      `Scope: ${assessment.scope}; ${plural(assessment.activeMembers, "active member")}; ` +
      `${assessment.asOf ? `as of ${assessment.asOf}` : "as of today"}. ` +
      (peers.length ? `Peers compared: ${peers.map((p) => p.name).join(", ")}.` : "No peer platform to compare with.");
    ui.strategyList.replaceChildren(...assessment.strategies.map((result) => strategyCard(result, peers)));
  }

  function strategyCard(result, peers) {
    const status = STRATEGY_STATUS[result.status] || { badge: "", symbol: "?", name: result.status };
    const headingId = `strategy-${result.strategy}`;
    const evidence = el("table", { className: "numbers evidence", dataset: { strategy: result.strategy } });
    evidence.append(
      el("caption", { className: "visually-hidden" }, `Evidence for ${STRATEGY_NAMES[result.strategy] || result.strategy}`),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, "Metric"),
          el("th", { scope: "col" }, "Value"),
          el("th", { scope: "col" }, "Simulated"),
          ...peers.map((p) => el("th", { scope: "col" }, p.name)),
        ),
      ),
      el(
        "tbody",
        {},
        ...result.evidence.map((item) =>
          el(
            "tr",
            { dataset: { metric: item.metric } },
            el("th", { scope: "row" }, item.label, el("small", {}, `${item.metric} · ${item.unit}`)),
            el("td", { dataset: { value: String(item.value) } }, inUnit(item.value, item.unit)),
            el("td", { className: "simulated", dataset: { strategy: result.strategy, metric: item.metric } }, "–"),
            ...peers.map((peer) => {
              const value = item.peers.find((v) => v.platformId === peer.id);
              return el("td", {}, value ? inUnit(value.value, item.unit) : "–");
            }),
          ),
        ),
      ),
    );
    const scopes = [...new Set(result.evidence.map((item) => item.scope))];
    const actions = result.actions.length
      ? el("ol", { className: "strategy-actions" }, ...result.actions.map((action) => actionItem(result, action)))
      : el("p", { className: "muted" }, "No action recommended.");
    return el(
      "article",
      { className: `strategy strategy--${result.status.toLowerCase()}`, "aria-labelledby": headingId, dataset: { strategy: result.strategy, status: result.status } },
      el(
        "div",
        { className: "strategy-head" },
        el("h3", { id: headingId }, STRATEGY_NAMES[result.strategy] || result.strategy),
        el("span", { className: `badge ${status.badge}`, dataset: { status: result.status } }, `${status.symbol} ${status.name}`),
        el("span", { className: "strategy-score" }, `score ${formatScore(result.score)} of 1`),
      ),
      el("p", { className: "muted strategy-thesis" }, result.thesis),
      el("p", { className: "strategy-rule" }, el("strong", {}, "Rule: "), result.rule),
      // Focusable, so a table wider than a phone scrolls from the keyboard too.
      el("div", { className: "table-scroll", tabindex: "0", role: "region", "aria-label": `Evidence for ${STRATEGY_NAMES[result.strategy] || result.strategy} (scrolls sideways on a narrow screen)` }, evidence),
      el("p", { className: "muted strategy-evidence-scope" }, `Evidence scope: ${scopes.join("; ")}`),
      el("h4", {}, "Actions and candidates"),
      actions,
    );
  }

  function actionItem(result, action) {
    const candidates = action.candidates.length
      ? el(
          "ul",
          { className: "candidates" },
          ...action.candidates.map((candidate) => {
            const key = `${result.strategy}|${action.rank}|${candidate.rank}`;
            const facts = candidate.facts.length
              ? el(
                  "details",
                  { className: "candidate-facts" },
                  el("summary", {}, "Evidence for this candidate"),
                  el("ul", {}, ...candidate.facts.map((f) => el("li", {}, el("strong", {}, formatScore(f.value)), ` ${f.name}: ${f.unit}`))),
                )
              : null;
            return el(
              "li",
              {},
              el(
                "label",
                { className: "check candidate" },
                el("input", {
                  type: "checkbox",
                  className: "candidate-tick",
                  dataset: { key, strategy: result.strategy, action: String(action.rank), candidate: String(candidate.rank), actorId: candidate.actor.id },
                }),
                el(
                  "span",
                  {},
                  `#${candidate.rank} ${candidate.actor.name}`,
                  el("span", { className: "muted" }, ` · ${candidate.basis}${candidate.region ? ` · ${candidate.region.name}` : ""} · reach ${formatScore(candidate.reach)}`),
                ),
              ),
              facts,
            );
          }),
        )
      : el("p", { className: "muted" }, "No candidate found in the graph.");
    return el("li", { dataset: { kind: action.kind } }, el("span", { className: "action-title" }, action.title), el("span", { className: "muted" }, ` (${action.kind})`), candidates);
  }

  /** The steps of every ticked candidate, in the order of the page. */
  function tickedSteps() {
    const steps = [];
    const names = [];
    for (const input of ui.strategyList.querySelectorAll("input.candidate-tick:checked")) {
      const [strategy, actionRank, candidateRank] = input.dataset.key.split("|");
      const result = state.assessment.strategies.find((r) => r.strategy === strategy);
      const action = result && result.actions.find((a) => String(a.rank) === actionRank);
      const candidate = action && action.candidates.find((c) => String(c.rank) === candidateRank);
      if (!candidate) continue;
      names.push(candidate.actor.name);
      for (const step of candidate.steps) {
        const input = {};
        for (const [field, value] of Object.entries(step)) if (value !== null && value !== undefined) input[field] = value;
        steps.push(input);
      }
    }
    return { steps, names };
  }

  async function runSimulation() {
    if (!state.assessment) return;
    const request = ++state.simulationRequest;
    const { steps, names } = tickedSteps();
    if (steps.length === 0) {
      showSimulation(null);
      return;
    }
    ui.simulation.dataset.state = "loading";
    ui.simulationStatus.textContent = `Simulating ${plural(steps.length, "action")} (${names.join(", ")})…`;
    let result;
    try {
      result = (await graphql(SIMULATION_QUERY, { platform: state.assessment.platform.id, actions: steps, asOf: state.assessment.asOf })).simulateStrategy;
      reportError("Simulation", null);
    } catch (error) {
      if (request !== state.simulationRequest) return;
      reportError("Simulation", error);
      ui.simulation.dataset.state = "error";
      ui.simulationStatus.textContent = "The simulation failed: see the problem reported above.";
      return;
    }
    if (request !== state.simulationRequest) return;
    showSimulation(result, names);
  }

  function changeCells(change, asShare) {
    const show = (v) => (v === null || v === undefined ? "–" : asShare ? percent(v) : formatScore(v));
    const delta = change.delta;
    const direction = delta === null || delta === 0 ? "" : delta > 0 ? "▲ " : "▼ ";
    return [show(change.before), show(change.after), delta === null ? "–" : `${direction}${signed(show(delta), delta)}`];
  }

  function showSimulation(result, names = []) {
    state.simulation = result;
    for (const cell of ui.strategyList.querySelectorAll("td.simulated")) {
      cell.textContent = "–";
      delete cell.dataset.after;
      delete cell.dataset.delta;
    }
    if (!result) {
      ui.simulation.dataset.state = "idle";
      ui.simulationStatus.textContent = "Tick one or more candidates to see what they would change.";
      ui.simulationTable.hidden = true;
      ui.simulationTable.replaceChildren();
      return;
    }
    // Next to the current values: the simulated value of each strategy's service evidence.
    for (const cell of ui.strategyList.querySelectorAll("td.simulated")) {
      const category = STRATEGY_CATEGORY[cell.dataset.strategy];
      const pick = SIMULATED_EVIDENCE[cell.dataset.metric];
      const coverage = category && result.serviceCoverage.find((c) => c.category === category);
      if (!coverage || !pick) continue;
      const change = pick(coverage);
      const asShare = cell.dataset.metric !== "serviceCoverage.servedMembers";
      const [, after, delta] = changeCells(change, asShare);
      cell.textContent = change.delta === 0 ? `${after} (no change)` : `${after} (${delta})`;
      cell.dataset.after = String(change.after);
      cell.dataset.delta = String(change.delta);
    }
    const rows = [];
    const row = (name, change, asShare, data) =>
      rows.push({ name, cells: changeCells(change, asShare), data: { ...data, before: String(change.before), after: String(change.after), delta: String(change.delta) } });
    row("Active members", result.activeMembers, false, { figure: "activeMembers" });
    for (const c of result.serviceCoverage) {
      row(`Service coverage: ${CATEGORY_NAMES[c.category] || c.category}${c.selfImprovement ? " (self-improvement)" : ""}`, c.share, true, { figure: "coverage", category: c.category });
    }
    for (const c of result.serviceCoverage.filter((x) => x.selfImprovement)) {
      row(`Keystone dependence: ${CATEGORY_NAMES[c.category] || c.category}`, c.lostShareWithoutPlatform, true, { figure: "lostShare", category: c.category });
    }
    for (const chain of result.chains) {
      row(`${chain.name}: coverage`, chain.coverage, true, { figure: "chainCoverage", chain: chain.chainId });
      row(`${chain.name}: depth`, chain.depth, true, { figure: "chainDepth", chain: chain.chainId });
      row(`${chain.name}: link continuity`, chain.linkContinuity, true, { figure: "linkContinuity", chain: chain.chainId });
    }
    row("Keystone fall-out share", result.keystoneFallOutShare, true, { figure: "keystoneFallOutShare" });
    row("Diversity (Shannon H′)", result.diversity, false, { figure: "diversity" });
    row("Evenness (Pielou J′)", result.evenness, false, { figure: "evenness" });
    row("Supply HHI", result.supplyHhi, false, { figure: "supplyHhi" });
    row("Service HHI", result.serviceHhi, false, { figure: "serviceHhi" });
    ui.simulationTable.replaceChildren(
      el("caption", { className: "visually-hidden" }, "Simulated change: now, after the ticked actions, and the change"),
      el("thead", {}, el("tr", {}, ...["Figure", "Now", "After", "Change"].map((h) => el("th", { scope: "col" }, h)))),
      el(
        "tbody",
        {},
        ...rows.map((r) =>
          el(
            "tr",
            { dataset: r.data, className: r.cells[2] !== "–" && !/^0( %)?$/.test(r.cells[2]) ? "changed" : "" },
            el("th", { scope: "row" }, r.name),
            ...r.cells.map((cell) => el("td", {}, cell)),
          ),
        ),
      ),
    );
    ui.simulationTable.hidden = false;
    ui.simulationStatus.textContent =
      `${plural(result.steps.length, "simulated action")} (${names.join(", ")}) on a copy of the ecosystem ${result.asOf ? `as of ${result.asOf}` : "today"}: ` +
      result.steps.map((s) => s.effect).join(" ");
    ui.simulation.dataset.state = "ready";
  }

  ui.strategyList.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.classList.contains("candidate-tick")) runSimulation();
  });

  // ---------------------------------------------------------------------------------------------
  // Wiring
  // ---------------------------------------------------------------------------------------------

  ui.region.addEventListener("change", () => state.graph && drawGraph());
  ui.chainFilter.addEventListener("change", () => state.graph && drawGraph());
  ui.layout.addEventListener("change", () => state.graph && drawGraph({ relayout: true }));
  ui.types.addEventListener("change", async () => {
    if (state.graph && (await loadRanking())) drawGraph();
  });
  ui.measure.addEventListener("change", async () => {
    if (!state.graph || !(await loadRanking())) return;
    drawGraph();
    if (state.selectedId) renderDetails(state.nodesById.get(state.selectedId), state.selectedActor, false);
  });
  ui.chain.addEventListener("change", () => state.graph && loadChains(state.generation));
  ui.markGaps.addEventListener("change", applyGapMarks);
  ui.year.addEventListener("change", () => {
    const url = new URL(window.location.href);
    if (ui.year.value) url.searchParams.set("year", ui.year.value);
    else url.searchParams.delete("year");
    window.history.replaceState(null, "", url);
    if (ui.platform.value) loadPlatform();
  });

  if (typeof window.Chart !== "function") {
    reportError("Page", new Error("The chart library (vendor/chart.umd.min.js) did not load."));
  }
  if (typeof window.cytoscape !== "function") {
    reportError("Page", new Error("The graph library (vendor/cytoscape.min.js) did not load."));
    return;
  }
  buildControls();
  showTokenState();
  start();
})();
