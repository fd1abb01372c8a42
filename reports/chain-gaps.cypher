/**
 * @report chain-gaps
 * @title Chain gaps by region
 * @description
 *   The stages of industrial chains that a region does not cover: stages where fewer firms work
 *   than the stage's threshold θ (`minFirms`), the "fill the chain" list of DESIGN.md. A firm
 *   counts for a region when it is LOCATED_IN the region or in any region inside it (PART_OF).
 *   Without a region, each chain is measured in its own home region (ANCHORED_IN); a chain with
 *   neither is measured over every firm. With a platform, only the platform's active members
 *   count. Status: EMPTY (no firm), BELOW_THRESHOLD (fewer than θ), SINGLE_FIRM (covered, but by
 *   one firm: a stage to strengthen) or COVERED.
 * @param {id:IndustrialChain} [chain] One chain; every chain when left out
 * @param {id:Region} [region] The region to measure in; each chain's home region when left out
 * @param {id:Platform} [platform] Count only the active member firms of this platform
 * @param {boolean} [includeCovered=false] List covered stages too, not only the gaps
 * @column {id} chainId The chain's id
 * @column {string} chain The chain's name
 * @column {id?} regionId The region measured in (null: every firm)
 * @column {string?} region The region's name
 * @column {int} position The stage's position in the chain, 1 = upstream
 * @column {id} stageId The stage's id
 * @column {string} stage The stage's name
 * @column {float} weight The stage's weight w_s in chain coverage
 * @column {int} minFirms The stage's threshold θ_s
 * @column {int} firmCount Firms in the region working in the stage (n_s)
 * @column {int} missingFirms How many more firms the stage needs to be covered, max(0, θ_s − n_s)
 * @column {string} status EMPTY, BELOW_THRESHOLD, SINGLE_FIRM or COVERED
 * @column {string[]} firms Names of the counted firms, alphabetical, at most 10
 */
MATCH (chain:IndustrialChain)
WHERE $chain IS NULL OR chain.id = $chain
OPTIONAL MATCH (chain)-[:ANCHORED_IN]->(anchor:Region)
WITH chain, anchor
ORDER BY anchor.id
WITH chain, head(collect(anchor)) AS anchor
OPTIONAL MATCH (given:Region {id: $region})
WITH chain, CASE WHEN $region IS NULL THEN anchor ELSE given END AS scope
MATCH (chain)-[:HAS_STAGE]->(stage:ChainStage)
CALL (stage, scope) {
  OPTIONAL MATCH (stage)<-[:OPERATES_IN]-(firm:Firm)
  WHERE (scope IS NULL OR EXISTS { (firm)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(scope) })
    AND ($platform IS NULL OR EXISTS {
      (firm)-[m:MEMBER_OF]->(:Platform {id: $platform}) WHERE m.until IS NULL
    })
  WITH DISTINCT firm
  ORDER BY firm.name
  RETURN count(firm) AS firmCount, collect(firm.name)[0..10] AS firms
}
WITH chain, scope, stage, firmCount, firms,
     CASE
       WHEN firmCount = 0 THEN 'EMPTY'
       WHEN firmCount < stage.minFirms THEN 'BELOW_THRESHOLD'
       WHEN firmCount = 1 THEN 'SINGLE_FIRM'
       ELSE 'COVERED'
     END AS status
WHERE $includeCovered OR status <> 'COVERED'
RETURN chain.id AS chainId,
       chain.name AS chain,
       scope.id AS regionId,
       scope.name AS region,
       stage.position AS position,
       stage.id AS stageId,
       stage.name AS stage,
       stage.weight AS weight,
       stage.minFirms AS minFirms,
       firmCount,
       CASE WHEN firmCount < stage.minFirms THEN stage.minFirms - firmCount ELSE 0 END AS missingFirms,
       status,
       firms
ORDER BY chain, chainId, position
