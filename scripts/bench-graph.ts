/**
 * The generated ecosystems of the metric benchmarks (bench:metrics, bench:responsiveness): a
 * deterministic graph of n actors with about 5 relationships per actor, loaded into Neo4j with
 * batched UNWIND CREATE, and deleted again.
 */
import { performance } from "node:perf_hooks";
import type { Database, NamedQuery } from "../src/db/database";
import { mulberry32 } from "../src/seeded-random";

export const BENCH_SOURCE = "ecograph-bench";
/** Rows per UNWIND batch when loading the generated graph. */
const LOAD_BATCH = 10_000;
const SEED = 20240611;

function uuidLike(random: () => number): string {
  const hex = (digits: number) =>
    Array.from({ length: digits }, () => Math.floor(random() * 16).toString(16)).join("");
  const variant = "89ab"[Math.floor(random() * 4)]!;
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`;
}

type ActorLabel = "Platform" | "Firm" | "ServiceProvider" | "GovernmentAgency";
type RelType = "MEMBER_OF" | "SUPPLIES" | "SERVES" | "PARTNERS_WITH" | "SUPPORTS";

const SERVICE_CATEGORIES = [
  "FINANCING", "INDUSTRIAL_RESEARCH", "PROFESSIONAL_SUPPORT", "LEGAL", "BRANDING",
  "LOGISTICS", "IT", "MARKETING", "CERTIFICATION", "TRAINING",
];

interface NodeRow {
  id: string;
  name: string;
  population: string;
  source: string;
  externalId: string;
}

interface RelRow {
  s: string;
  t: string;
  p: Record<string, string | number>;
}

/**
 * A deterministic ecosystem of `n` actors: 1% platforms, 80% firms, 15% service providers, 4%
 * government agencies; about 5 relationships per actor (average degree ≈ 10):
 * - MEMBER_OF firm→platform: 1 or 2 per firm (1.5), platforms picked with a strong skew (u³), so a
 *   few platforms are big;
 * - SUPPLIES firm→firm: 3 per firm, the buyer picked with a skew (u²), with a volume;
 * - SERVES provider→firm: 8 per provider, uniform, with a service category;
 * - PARTNERS_WITH provider→platform: 1 per provider (skewed like memberships);
 * - SUPPORTS agency→platform: 1 or 2 per agency.
 * Expected relationships: 0.8·(1.5+3) + 0.15·(8+1) + 0.04·1.5 ≈ 5.01 per actor.
 */
export class GeneratedEcosystem {
  readonly ids: string[];
  readonly platforms: number;
  readonly firms: number;
  readonly providers: number;
  readonly agencies: number;

  constructor(readonly size: number) {
    this.platforms = Math.max(1, Math.round(size * 0.01));
    this.providers = Math.round(size * 0.15);
    this.agencies = Math.round(size * 0.04);
    this.firms = size - this.platforms - this.providers - this.agencies;
    const random = mulberry32(SEED ^ size);
    this.ids = Array.from({ length: size }, () => uuidLike(random));
  }

  private get firmStart(): number {
    return this.platforms;
  }
  private get providerStart(): number {
    return this.platforms + this.firms;
  }
  private get agencyStart(): number {
    return this.platforms + this.firms + this.providers;
  }

  labelCounts(): Record<ActorLabel, number> {
    return { Platform: this.platforms, Firm: this.firms, ServiceProvider: this.providers, GovernmentAgency: this.agencies };
  }

  /** Node rows of one label, in batches. */
  *nodes(label: ActorLabel): Generator<NodeRow[]> {
    const random = mulberry32(SEED + label.length * 7919 + this.size);
    const [start, count] = {
      Platform: [0, this.platforms],
      Firm: [this.firmStart, this.firms],
      ServiceProvider: [this.providerStart, this.providers],
      GovernmentAgency: [this.agencyStart, this.agencies],
    }[label] as [number, number];
    let batch: NodeRow[] = [];
    for (let k = 0; k < count; k++) {
      const i = start + k;
      const population =
        label === "Platform"
          ? "CORE_PLATFORM"
          : label === "ServiceProvider"
            ? "SERVICE_PROVIDER"
            : label === "GovernmentAgency"
              ? "GOVERNMENT"
              : (() => {
                  const u = random();
                  return u < 0.5 ? "MANUFACTURER" : u < 0.8 ? "TRADER" : "BUYER";
                })();
      batch.push({
        id: this.ids[i]!,
        name: `Bench ${label} ${String(k).padStart(6, "0")}`,
        population,
        source: BENCH_SOURCE,
        externalId: `${label.toLowerCase()}-${k}`,
      });
      if (batch.length === LOAD_BATCH) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length > 0) yield batch;
  }

  /** Relationship rows of one type, in batches; no duplicate (source, target) within a type. */
  *relationships(type: RelType): Generator<RelRow[]> {
    const random = mulberry32(SEED * 31 + type.length * 104729 + this.size);
    const skewed = (count: number, exponent: number) => Math.min(count - 1, Math.floor(count * random() ** exponent));
    const uniform = (count: number) => Math.floor(random() * count);
    let batch: RelRow[] = [];
    const push = (source: number, targets: Iterable<number>, props: () => Record<string, string | number>) => {
      const rows: RelRow[] = [];
      for (const target of targets) rows.push({ s: this.ids[source]!, t: this.ids[target]!, p: props() });
      return rows;
    };
    /** `k` distinct targets from `pick`, never `self`. */
    const distinct = (k: number, available: number, pick: () => number, self = -1): Set<number> => {
      const chosen = new Set<number>();
      const want = Math.min(k, available - (self >= 0 ? 1 : 0));
      for (let attempts = 0; chosen.size < want && attempts < want * 50; attempts++) {
        const target = pick();
        if (target !== self) chosen.add(target);
      }
      return chosen;
    };

    const emit = function* (rows: RelRow[]): Generator<RelRow[]> {
      for (const row of rows) {
        batch.push(row);
        if (batch.length === LOAD_BATCH) {
          yield batch;
          batch = [];
        }
      }
    };

    switch (type) {
      case "MEMBER_OF":
        for (let f = 0; f < this.firms; f++) {
          const k = 1 + (random() < 0.5 ? 1 : 0);
          const targets = distinct(k, this.platforms, () => skewed(this.platforms, 3));
          yield* emit(push(this.firmStart + f, targets, () => ({ since: 2000 + uniform(25) })));
        }
        break;
      case "SUPPLIES":
        for (let f = 0; f < this.firms; f++) {
          const targets = [...distinct(3, this.firms, () => skewed(this.firms, 2), f)].map((t) => this.firmStart + t);
          yield* emit(push(this.firmStart + f, targets, () => ({ volume: Math.round(Math.exp(random() * 8)) })));
        }
        break;
      case "SERVES":
        for (let s = 0; s < this.providers; s++) {
          const targets = [...distinct(8, this.firms, () => uniform(this.firms))].map((t) => this.firmStart + t);
          yield* emit(push(this.providerStart + s, targets, () => ({ category: SERVICE_CATEGORIES[uniform(SERVICE_CATEGORIES.length)]! })));
        }
        break;
      case "PARTNERS_WITH":
        for (let s = 0; s < this.providers; s++) {
          yield* emit(push(this.providerStart + s, [skewed(this.platforms, 3)], () => ({})));
        }
        break;
      case "SUPPORTS":
        for (let g = 0; g < this.agencies; g++) {
          const k = 1 + (random() < 0.5 ? 1 : 0);
          yield* emit(push(this.agencyStart + g, distinct(k, this.platforms, () => uniform(this.platforms)), () => ({})));
        }
        break;
    }
    if (batch.length > 0) yield batch;
  }
}

function createNodesQuery(label: ActorLabel): NamedQuery {
  return {
    name: `bench.createNodes:${label}`,
    cypher: `UNWIND $rows AS row CREATE (n:Actor:${label}) SET n = row RETURN row.id AS id, elementId(n) AS element`,
  };
}

/** Relationship ends by element id: a direct seek per end, no index lookup by `id`. */
function createRelationshipsQuery(type: RelType): NamedQuery {
  const props =
    type === "MEMBER_OF" ? "{since: date({year: toInteger(row.p.since)})}" : type === "SUPPLIES" ? "{volume: row.p.volume}" : type === "SERVES" ? "{category: row.p.category}" : "";
  return {
    name: `bench.createRelationships:${type}`,
    cypher: `
      UNWIND $rows AS row
      MATCH (a) WHERE elementId(a) = row.s
      MATCH (b) WHERE elementId(b) = row.t
      CREATE (a)-[:${type} ${props}]->(b)`,
  };
}

export const COUNT_BENCH_GRAPH: NamedQuery = {
  name: "bench.count",
  cypher: `
    MATCH (n:Actor {source: $source})
    RETURN count(n) AS actors, sum(COUNT { (n)-[]->(:Actor) }) AS relationships`,
};

export const COUNT_FOREIGN_ACTORS: NamedQuery = {
  name: "bench.foreignActors",
  cypher: `MATCH (n:Actor) WHERE n.source IS NULL OR n.source <> $source RETURN count(n) AS actors`,
};

export const DELETE_METRIC_RUNS: NamedQuery = {
  name: "bench.deleteMetricRuns",
  cypher: `MATCH (r:MetricRun) WHERE r.id IN $ids DELETE r`,
};

/** DETACH DELETE … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run. */
export async function deleteBenchData(db: Database): Promise<void> {
  const session = db.driver.session({ database: db.options.database });
  try {
    await session.run(
      `MATCH (n {source: $source}) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS`,
      { source: BENCH_SOURCE },
    );
  } finally {
    await session.close();
  }
}

/**
 * Loads a generated ecosystem with batched UNWIND CREATE (not the sync): nodes first, keeping
 * each node's element id, then the relationships with both ends found by element id.
 */
export async function loadGraph(db: Database, eco: GeneratedEcosystem): Promise<{ nodeSeconds: number; relSeconds: number; relationships: number }> {
  const nodeStart = performance.now();
  const elements = new Map<string, string>();
  for (const label of ["Platform", "Firm", "ServiceProvider", "GovernmentAgency"] as const) {
    const query = createNodesQuery(label);
    for (const rows of eco.nodes(label)) {
      for (const row of await db.write<{ id: string; element: string }>(query, { rows })) elements.set(row.id, row.element);
    }
  }
  const nodeSeconds = (performance.now() - nodeStart) / 1000;
  const relStart = performance.now();
  let relationships = 0;
  for (const type of ["MEMBER_OF", "SUPPLIES", "SERVES", "PARTNERS_WITH", "SUPPORTS"] as const) {
    const query = createRelationshipsQuery(type);
    for (const rows of eco.relationships(type)) {
      await db.write(query, { rows: rows.map((row) => ({ s: elements.get(row.s)!, t: elements.get(row.t)!, p: row.p })) });
      relationships += rows.length;
    }
  }
  return { nodeSeconds, relSeconds: (performance.now() - relStart) / 1000, relationships };
}
