import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { InvalidInputError, NotFoundError } from "../errors";
import type { ChainCompleteness } from "./algorithms/chain-completeness";
import { parseCalendarDate } from "../calendar-date";
import { activeAt, existedAt } from "./as-of";
import { DEFAULT_SELECTION } from "./graph-reader";
import type { ActorRef, MetricsService } from "./metrics.service";

/**
 * Where chain completeness is measured: a platform's active members, the firms located in a
 * region (or any region inside it), or every firm; as of a day (as-of.ts), or today.
 */
export interface ChainScope {
  readonly platformId?: string | undefined;
  readonly regionId?: string | undefined;
  /** "YYYY-MM-DD"; absent for today. */
  readonly asOf?: string | undefined;
}

/** The scope an answer was measured in, named so no reader has to guess the default. */
export interface ScopeDescription {
  readonly kind: "PLATFORM_MEMBERS" | "REGION" | "ALL_FIRMS";
  readonly platform: { readonly id: string; readonly name: string } | null;
  readonly region: { readonly id: string; readonly name: string } | null;
  /** The day measured; null for today. */
  readonly asOf: string | null;
  /** e.g. "active members of Diyiqiang Group as of 2020-06-30". */
  readonly description: string;
}

/** A firm outside the scope that already works in a gap stage: someone to recruit. */
export interface RecruitCandidate extends ActorRef {
  readonly stageId: string;
}

/**
 * A stage's status, the same words and rule as the `chain-gaps` report: EMPTY (no firm),
 * BELOW_THRESHOLD (fewer than θ), SINGLE_FIRM (covered by one firm), COVERED. A stage thin only
 * because of an articulation point is COVERED here and listed in `thinStages`.
 */
export type StageStatus = "EMPTY" | "BELOW_THRESHOLD" | "SINGLE_FIRM" | "COVERED";

export function stageStatus(firmCount: number, minFirms: number): StageStatus {
  if (firmCount === 0) return "EMPTY";
  if (firmCount < minFirms) return "BELOW_THRESHOLD";
  if (firmCount === 1) return "SINGLE_FIRM";
  return "COVERED";
}

export interface ChainReport extends Omit<ChainCompleteness, "perStage"> {
  readonly perStage: ReadonlyArray<ChainCompleteness["perStage"][number] & { readonly minFirms: number; readonly status: StageStatus }>;
  readonly chain: { readonly id: string; readonly name: string };
  readonly scope: ScopeDescription;
  /** Firms outside the scope working in the gap stages ("fill the chain"), at most 10 per stage. */
  readonly recruitCandidates: readonly RecruitCandidate[];
}

/**
 * Scope filter shared by the chain queries: `f` is a firm that existed on `$asOf`; null
 * parameters switch a part off. The same rule as the `chain-gaps` report's.
 */
const FIRM_IN_SCOPE = `
  ${existedAt("f")}
  AND ($platformId IS NULL OR EXISTS { (f)-[m:MEMBER_OF]->(:Platform {id: $platformId}) WHERE ${activeAt("m")} })
  AND ($regionId IS NULL OR EXISTS { (f)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(:Region {id: $regionId}) })`;

export const CHAIN_STAGES: NamedQuery = {
  name: "chains.stagesInScope",
  cypher: `
    MATCH (c:IndustrialChain {id: $chainId})-[:HAS_STAGE]->(s:ChainStage)
    OPTIONAL MATCH (s)<-[:OPERATES_IN]-(f:Firm)
    WHERE ${FIRM_IN_SCOPE}
    RETURN c.name AS chainName, s.id AS id, s.name AS name, s.position AS position, s.weight AS weight,
           s.minFirms AS minFirms, collect(DISTINCT f.id) AS firmIds
    ORDER BY position`,
};

export const CHAIN_SUPPLIES: NamedQuery = {
  name: "chains.suppliesInScope",
  cypher: `
    MATCH (:IndustrialChain {id: $chainId})-[:HAS_STAGE]->(:ChainStage)<-[:OPERATES_IN]-(f:Firm)
    WHERE ${FIRM_IN_SCOPE}
    WITH collect(DISTINCT f) AS firms
    UNWIND firms AS a
    MATCH (a)-[r:SUPPLIES]->(b:Firm)
    WHERE ${activeAt("r")} AND b IN firms
    RETURN DISTINCT a.id AS from, b.id AS to`,
};

export const RECRUIT_CANDIDATES: NamedQuery = {
  name: "chains.recruitCandidates",
  cypher: `
    UNWIND $stageIds AS stageId
    CALL (stageId) {
      MATCH (:ChainStage {id: stageId})<-[:OPERATES_IN]-(f:Firm)
      WHERE NOT (${FIRM_IN_SCOPE})
      RETURN f ORDER BY f.name LIMIT 10
    }
    RETURN stageId, f.id AS id, f.name AS name`,
};

export const FIND_CHAIN: NamedQuery = {
  name: "chains.find",
  cypher: `
    MATCH (c:IndustrialChain {id: $chainId})
    OPTIONAL MATCH (p:Platform {id: $platformId})
    OPTIONAL MATCH (r:Region {id: $regionId})
    RETURN c.name AS name, p.name AS platformName, r.name AS regionName`,
};

/** Chain completeness (DESIGN.md, "Metrics — Chain completeness") read from Neo4j. */
export class ChainService {
  constructor(
    private readonly db: Database,
    private readonly metrics: MetricsService,
  ) {}

  async completeness(chainId: string, scope: ChainScope, observe?: QueryObserver): Promise<ChainReport> {
    if (scope.platformId !== undefined && scope.regionId !== undefined) {
      throw new InvalidInputError("Give a platform or a region as the scope of chain completeness, not both.");
    }
    const asOf = scope.asOf === undefined ? undefined : parseCalendarDate(scope.asOf, "asOf");
    const params = { chainId, platformId: scope.platformId ?? null, regionId: scope.regionId ?? null, asOf: asOf ?? null };
    const [chain] = await this.db.read<{ name: string; platformName: string | null; regionName: string | null }>(FIND_CHAIN, params, observe);
    if (!chain) {
      throw new NotFoundError(`No industrial chain has the id ${JSON.stringify(chainId)}. List them with { industrialChains { id name } }.`);
    }
    if (scope.platformId !== undefined && chain.platformName === null) {
      throw new NotFoundError(`No platform has the id ${JSON.stringify(scope.platformId)}. List them with { platforms { id name } }.`);
    }
    if (scope.regionId !== undefined && chain.regionName === null) {
      throw new NotFoundError(`No region has the id ${JSON.stringify(scope.regionId)}. List them with { regions { id name } }.`);
    }
    const stages = await this.db.read<{
      id: string; name: string; position: number; weight: number; minFirms: number; firmIds: string[];
    }>(CHAIN_STAGES, params, observe);
    const supplies = await this.db.read<{ from: string; to: string }>(CHAIN_SUPPLIES, params, observe);

    // A stage also counts as thin when one of its firms is an articulation point of the
    // ecosystem the chain is measured in (the platform's, or the whole graph).
    const graph = await this.metrics.graph(
      { ...DEFAULT_SELECTION, scope: { platformId: scope.platformId, ...(asOf === undefined ? {} : { asOf }) } },
      observe,
    );
    const result = await this.metrics.inWorker("chainCompleteness", { stages, supplies, articulationPoints: await this.metrics.articulationPoints(graph) });

    const gapIds = result.gaps.map((gap) => gap.stageId);
    const candidates =
      gapIds.length === 0
        ? []
        : await this.db.read<{ stageId: string; id: string; name: string }>(RECRUIT_CANDIDATES, { ...params, stageIds: gapIds }, observe);
    const minFirmsOf = new Map(stages.map((stage) => [stage.id, stage.minFirms]));
    return {
      ...result,
      perStage: result.perStage.map((stage) => {
        const minFirms = minFirmsOf.get(stage.stageId)!;
        return { ...stage, minFirms, status: stageStatus(stage.firmCount, minFirms) };
      }),
      chain: { id: chainId, name: chain.name },
      scope: describeChainScope(
        scope.platformId === undefined ? null : { id: scope.platformId, name: chain.platformName! },
        scope.regionId === undefined ? null : { id: scope.regionId, name: chain.regionName! },
        asOf ?? null,
      ),
      recruitCandidates: candidates.map((c) => ({ ...c, label: "Firm" })),
    };
  }
}

/** Names a chain scope: which firms count, and on which day. */
export function describeChainScope(
  platform: { id: string; name: string } | null,
  region: { id: string; name: string } | null,
  asOf: string | null,
): ScopeDescription {
  const who = platform
    ? `active members of ${platform.name}`
    : region
      ? `firms located in ${region.name} (or a region inside it)`
      : "every firm";
  return {
    kind: platform ? "PLATFORM_MEMBERS" : region ? "REGION" : "ALL_FIRMS",
    platform,
    region,
    asOf,
    description: `${who}${asOf === null ? ", today" : ` as of ${asOf}`}`,
  };
}
