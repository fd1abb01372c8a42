/**
 * Strategy simulation benchmark: ten actions on a generated 10,000-actor ecosystem, in process
 * (no Neo4j: the simulation is a pure function of its input, and this measures that function).
 *
 *   A = simulate(input): checks and applies the ten actions to a copy, measures before and after
 *       (service coverage, keystone dependence, diversity, HHI, chain completeness, centrality);
 *   B = the plain alternative: a script that pushes the same ten changes onto copied arrays by
 *       hand and calls the same metric functions (measureScope twice, centralityOf twice).
 *
 * Rounds alternate A, B, A, B ...; every round is printed, then medians, spread and A / B.
 * Also printed: the time of a structured clone of the input and the result, what handing the
 * simulation to a worker thread adds.
 *
 *   npm run bench:strategy -- [--actors 10000] [--rounds 7]
 */
import { performance } from "node:perf_hooks";
import { mulberry32 } from "../src/seeded-random";
import { centralityOf, measureScope, type Universe, type UniverseActor, type UniverseEdge } from "../src/strategy/scope-model";
import { simulate, type SimulationStep } from "../src/strategy/simulation";
import { exitOnFailure, parseIntegerOptions } from "./bench-support";

const USAGE = "Usage: npm run bench:strategy -- [--actors 10000] [--rounds 7]";
const CATEGORIES = ["FINANCING", "INDUSTRIAL_RESEARCH", "PROFESSIONAL_SUPPORT", "LEGAL", "BRANDING", "LOGISTICS", "IT", "MARKETING", "CERTIFICATION", "TRAINING"];

/** A platform, 85 % firms (a tenth of them outside), 12 % providers, 3 % agencies; 3 chains of 5 stages. */
export function generateUniverse(actorCount: number, seed = 15): Universe {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const actors: UniverseActor[] = [];
  const edges: UniverseEdge[] = [];
  const base = { regions: [], stageIds: [] as string[], externalSupplyVolume: 0, categories: [] as string[] };
  actors.push({ ...base, id: "p", name: "Platform", label: "Platform", population: "CORE_PLATFORM" });
  const chains = [0, 1, 2].map((c) => ({
    id: `c${c}`, name: `Chain ${c}`, industry: `industry ${c}`, anchorRegions: [],
    stages: [1, 2, 3, 4, 5].map((position) => ({ id: `c${c}s${position}`, name: `Stage ${c}.${position}`, position, weight: 1 + position / 2, minFirms: 3 })),
  }));
  const firms = Math.round(actorCount * 0.85);
  const providers = Math.round(actorCount * 0.12);
  const agencies = actorCount - 1 - firms - providers;
  for (let i = 0; i < firms; i++) {
    const chain = chains[int(3)]!;
    const stageIds = random() < 0.6 ? [chain.stages[int(5)]!.id] : [];
    actors.push({ ...base, id: `f${i}`, name: `Firm ${i}`, label: "Firm", population: random() < 0.7 ? "MANUFACTURER" : "TRADER", stageIds, externalSupplyVolume: int(50) });
    if (i % 10 !== 0) edges.push({ source: `f${i}`, target: "p", type: "MEMBER_OF", volume: null, category: null });
  }
  for (let i = 0; i < firms; i++) {
    for (let k = 0; k < 3; k++) edges.push({ source: `f${i}`, target: `f${int(firms)}`, type: "SUPPLIES", volume: 1 + int(100), category: null });
  }
  for (let i = 0; i < providers; i++) {
    const categories = [CATEGORIES[int(10)]!, CATEGORIES[int(10)]!].filter((c, k, all) => all.indexOf(c) === k);
    actors.push({ ...base, id: `sp${i}`, name: `Provider ${i}`, label: "ServiceProvider", population: "SERVICE_PROVIDER", categories });
    if (random() < 0.7) edges.push({ source: `sp${i}`, target: "p", type: "PARTNERS_WITH", volume: null, category: null });
    const clients = 2 + int(20);
    for (let k = 0; k < clients; k++) edges.push({ source: `sp${i}`, target: `f${int(firms)}`, type: "SERVES", volume: null, category: categories[int(categories.length)]! });
  }
  for (let i = 0; i < agencies; i++) {
    actors.push({ ...base, id: `g${i}`, name: `Agency ${i}`, label: "GovernmentAgency", population: "GOVERNMENT" });
    edges.push({ source: `g${i}`, target: "p", type: "SUPPORTS", volume: null, category: null });
  }
  return { platformId: "p", asOf: null, actors, edges, chains };
}

/** Ten actions of every kind, on actors that exist in the generated universe. */
function tenActions(universe: Universe): SimulationStep[] {
  const provider = universe.actors.find((a) => a.label === "ServiceProvider" && a.categories.includes("LEGAL"))!;
  const other = universe.actors.filter((a) => a.label === "ServiceProvider" && a.categories.length > 0)[5]!;
  const firms = (from: number, count: number) => Array.from({ length: count }, (_, k) => `f${from + k * 7 + 1}`);
  return [
    { kind: "ADD_PARTNER", providerId: provider.id, category: "LEGAL", firmIds: firms(1, 200) },
    { kind: "ADD_SERVICE", providerId: other.id, category: other.categories[0]!, firmIds: firms(3, 150) },
    { kind: "RECRUIT_FIRM", firmId: "f0", stageId: "c0s1" },
    { kind: "RECRUIT_FIRM", firmId: "f10", stageId: "c1s2" },
    { kind: "RECRUIT_FIRM", firmId: "f20", stageId: "c2s3" },
    { kind: "ADD_SUPPLY_LINK", fromFirmId: "f1", toFirmId: "f2", volume: 40 },
    { kind: "ADD_SUPPLY_LINK", fromFirmId: "f3", toFirmId: "f4", volume: 40 },
    { kind: "END_MEMBERSHIP", firmId: "f5" },
    { kind: "END_MEMBERSHIP", firmId: "f6" },
    { kind: "ADD_PARTNER", providerId: universe.actors.find((a) => a.label === "ServiceProvider" && !universe.edges.some((e) => e.source === a.id && e.type === "PARTNERS_WITH"))!.id },
  ];
}

/** The plain alternative: the same changes pushed by hand, the same metric functions called directly. */
function plain(universe: Universe, steps: readonly SimulationStep[], exactLimit: number): unknown {
  const edges = [...universe.edges];
  const actors = universe.actors.map((a) => ({ ...a, stageIds: [...a.stageIds] }));
  const byId = new Map(actors.map((a) => [a.id, a]));
  for (const step of steps) {
    if (step.kind === "ADD_PARTNER") edges.push({ source: step.providerId!, target: "p", type: "PARTNERS_WITH", volume: null, category: null });
    if (step.kind === "ADD_PARTNER" || step.kind === "ADD_SERVICE") {
      for (const firmId of step.firmIds ?? []) edges.push({ source: step.providerId!, target: firmId, type: "SERVES", volume: null, category: step.category! });
    }
    if (step.kind === "RECRUIT_FIRM") {
      edges.push({ source: step.firmId!, target: "p", type: "MEMBER_OF", volume: null, category: null });
      byId.get(step.firmId!)!.stageIds.push(step.stageId!);
    }
    if (step.kind === "ADD_SUPPLY_LINK") edges.push({ source: step.fromFirmId!, target: step.toFirmId!, type: "SUPPLIES", volume: step.volume!, category: null });
    if (step.kind === "END_MEMBERSHIP") {
      const i = edges.findIndex((e) => e.type === "MEMBER_OF" && e.source === step.firmId && e.target === "p");
      edges.splice(i, 1);
    }
  }
  const before = measureScope(universe);
  const after = measureScope({ ...universe, actors, edges });
  const beforeIds = new Set(before.actorIds);
  const ids = ["p", ...after.actorIds.filter((id) => !beforeIds.has(id))];
  return [centralityOf(before, ids, { exactLimit }), centralityOf(after, ids, { exactLimit }), before.serviceCoverage, after.chains];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const options = parseIntegerOptions(process.argv.slice(2), { actors: 10_000, rounds: 7 }, { actors: [100, 1_000_000], rounds: [1, 100] }, USAGE);
  const universe = generateUniverse(options.actors);
  const steps = tenActions(universe);
  const exactLimit = 20_000_000;
  const input = { universe, steps, options: { exactLimit } };
  const measured = measureScope(universe);
  console.log(`ecosystem: ${universe.actors.length} actors in the universe, ${measured.actorIds.length} in scope, ${measured.memberIds.length} members, ${universe.edges.length} relationships; ${steps.length} actions`);
  console.log(`load average: ${(await import("node:os")).loadavg().map((l) => l.toFixed(2)).join(" ")} (2 cores shared with other agents)`);
  simulate(input); // warm-up
  plain(universe, steps, exactLimit);
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    let t = performance.now();
    const result = simulate(input);
    a.push(performance.now() - t);
    t = performance.now();
    plain(universe, steps, exactLimit);
    b.push(performance.now() - t);
    if (round === 1) {
      t = performance.now();
      structuredClone(input);
      structuredClone(result);
      console.log(`structured clone of input + result (a worker thread's messages): ${(performance.now() - t).toFixed(0)} ms`);
    }
    console.log(`round ${round}: simulate ${a[round - 1]!.toFixed(0)} ms, plain script ${b[round - 1]!.toFixed(0)} ms, ratio ${(a[round - 1]! / b[round - 1]!).toFixed(2)}`);
  }
  const ratios = a.map((x, i) => x / b[i]!);
  console.log(
    `median: simulate ${median(a).toFixed(0)} ms (${Math.min(...a).toFixed(0)}–${Math.max(...a).toFixed(0)}), ` +
      `plain script ${median(b).toFixed(0)} ms (${Math.min(...b).toFixed(0)}–${Math.max(...b).toFixed(0)}), ` +
      `ratio simulate / plain ${median(ratios).toFixed(2)} (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
}

main().catch(exitOnFailure("benchmark-strategy"));
