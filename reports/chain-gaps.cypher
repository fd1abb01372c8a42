/**
 * @report chain-gaps
 * @title Chain gaps by scope
 * @description
 *   The stages of industrial chains that a scope does not cover: stages where fewer firms work
 *   than the stage's threshold θ (`minFirms`), the "fill the chain" list of DESIGN.md. The scope
 *   is the same as the `chainCompleteness` query's and its default is too: every firm, or a
 *   platform's active members (platform), or the firms located in a region or in any region
 *   inside it (region; homeRegion=true measures each chain in its own home region, ANCHORED_IN),
 *   as of a day (asOf) or today. Status, by the same rule as chainCompleteness' perStage.status:
 *   EMPTY (no firm), BELOW_THRESHOLD (fewer than θ), SINGLE_FIRM (covered, but by one firm: a
 *   stage to strengthen) or COVERED. Stages that are thin because a firm is an articulation point
 *   need a graph algorithm: chainCompleteness lists them in thinStages. Every row names its scope.
 * @param {id:IndustrialChain} [chain] One chain; every chain when left out
 * @param {id:Region} [region] Count only firms located in this region (or a region inside it)
 * @param {boolean} [homeRegion=false] Measure each chain in its own home region (ANCHORED_IN) instead
 * @param {id:Platform} [platform] Count only the active member firms of this platform
 * @param {date} [asOf] The day to measure, YYYY-MM-DD; today when left out
 * @param {boolean} [includeCovered=false] List covered stages too, not only the gaps
 * @column {id} chainId The chain's id
 * @column {string} chain The chain's name
 * @column {string} scope The firms counted and the day, in words
 * @column {id?} platformId The platform whose active members count (null: any firm)
 * @column {id?} regionId The region measured in (null: any region)
 * @column {string?} region The region's name
 * @column {date?} asOf The day measured (null: today)
 * @column {int} position The stage's position in the chain, 1 = upstream
 * @column {id} stageId The stage's id
 * @column {string} stage The stage's name
 * @column {float} weight The stage's weight w_s in chain coverage
 * @column {int} minFirms The stage's threshold θ_s
 * @column {int} firmCount Firms in the scope working in the stage (n_s)
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
OPTIONAL MATCH (member:Platform {id: $platform})
WITH chain, member, CASE WHEN $region IS NOT NULL THEN given WHEN $homeRegion THEN anchor ELSE null END AS area
MATCH (chain)-[:HAS_STAGE]->(stage:ChainStage)
CALL (stage, area) {
  OPTIONAL MATCH (stage)<-[:OPERATES_IN]-(firm:Firm)
  WHERE EXISTED_AT(firm)
    AND (area IS NULL OR EXISTS { (firm)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..]->(area) })
    AND ($platform IS NULL OR EXISTS {
      (firm)-[m:MEMBER_OF]->(:Platform {id: $platform}) WHERE ACTIVE_AT(m)
    })
  WITH DISTINCT firm
  ORDER BY firm.name
  RETURN count(firm) AS firmCount, collect(firm.name)[0..10] AS firms
}
WITH chain, area, member, stage, firmCount, firms,
     CASE
       WHEN firmCount = 0 THEN 'EMPTY'
       WHEN firmCount < stage.minFirms THEN 'BELOW_THRESHOLD'
       WHEN firmCount = 1 THEN 'SINGLE_FIRM'
       ELSE 'COVERED'
     END AS status
WHERE $includeCovered OR status <> 'COVERED'
RETURN chain.id AS chainId,
       chain.name AS chain,
       CASE
         WHEN member IS NOT NULL AND area IS NOT NULL THEN 'active members of ' + member.name + ' located in ' + area.name
         WHEN member IS NOT NULL THEN 'active members of ' + member.name
         WHEN area IS NOT NULL THEN 'firms located in ' + area.name + ' (or a region inside it)'
         WHEN $homeRegion THEN 'every firm (the chain has no home region)'
         ELSE 'every firm'
       END + CASE WHEN $asOf IS NULL THEN ', today' ELSE ' as of ' + $asOf END AS scope,
       member.id AS platformId,
       area.id AS regionId,
       area.name AS region,
       CASE WHEN $asOf IS NULL THEN null ELSE date($asOf) END AS asOf,
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
