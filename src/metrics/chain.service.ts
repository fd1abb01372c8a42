import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { InvalidInputError, NotFoundError } from "../errors";
import type { ChainCompleteness } from "./algorithms/chain-completeness";
import { DEFAULT_SELECTION } from "./graph-reader";
import type { ActorRef, MetricsService } from "./metrics.service";

/**
 * Where chain completeness is measured: a platform's active members, the firms located in a
 * region (or any region inside it), or every firm.
 */
export interface ChainScope {
  readonly platformId?: string | undefined;
  readonly regionId?: string | undefined;
}

/** A firm outside the scope that already works in a gap stage: someone to recruit. */
export interface RecruitCandidate extends ActorRef {
  readonly stageId: string;
}

export interface ChainReport extends ChainCompleteness {
  readonly chain: { readonly id: string; readonly name: string };
  /** Firms outside the scope working in the gap stages ("fill the chain"), at most 10 per stage. */
  readonly recruitCandidates: readonly RecruitCandidate[];
}

/** Scope filter shared by the chain queries: `f` is a firm; null parameters switch a part off. */
const FIRM_IN_SCOPE = `
  ($platformId IS NULL OR EXISTS { (f)-[m:MEMBER_OF]->(:Platform {id: $platformId}) WHERE m.until IS NULL })
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
    WHERE r.until IS NULL AND b IN firms
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
  cypher: "MATCH (c:IndustrialChain {id: $chainId}) RETURN c.name AS name",
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
    const params = { chainId, platformId: scope.platformId ?? null, regionId: scope.regionId ?? null };
    const [chain] = await this.db.read<{ name: string }>(FIND_CHAIN, params, observe);
    if (!chain) {
      throw new NotFoundError(`No industrial chain has the id ${JSON.stringify(chainId)}. List them with { industrialChains { id name } }.`);
    }
    const stages = await this.db.read<{
      id: string; name: string; position: number; weight: number; minFirms: number; firmIds: string[];
    }>(CHAIN_STAGES, params, observe);
    const supplies = await this.db.read<{ from: string; to: string }>(CHAIN_SUPPLIES, params, observe);

    // A stage also counts as thin when one of its firms is an articulation point of the
    // ecosystem the chain is measured in (the platform's, or the whole graph).
    const graph = await this.metrics.graph({ ...DEFAULT_SELECTION, scope: { platformId: scope.platformId } }, observe);
    const result = await this.metrics.inWorker("chainCompleteness", { stages, supplies, articulationPoints: await this.metrics.articulationPoints(graph) });

    const gapIds = result.gaps.map((gap) => gap.stageId);
    const candidates =
      gapIds.length === 0
        ? []
        : await this.db.read<{ stageId: string; id: string; name: string }>(RECRUIT_CANDIDATES, { ...params, stageIds: gapIds }, observe);
    return {
      ...result,
      chain: { id: chainId, name: chain.name },
      recruitCandidates: candidates.map((c) => ({ ...c, label: "Firm" })),
    };
  }
}
