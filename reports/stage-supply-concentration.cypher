/**
 * @report stage-supply-concentration
 * @title Concentration of supply per chain stage
 * @description
 *   For each stage of the industrial chains, how concentrated the supply coming out of it is:
 *   the Herfindahl–Hirschman index over the firms working in the stage, by the active SUPPLIES
 *   volume each delivers (to any firm). A stage whose volume rests on one or two firms is a
 *   single point of failure of the chain even when it counts as covered. A firm working in two
 *   stages counts in both with its whole volume; a relationship without a volume counts as 0.
 *   The firms counted are chain-gaps' and chainCompleteness' for the same scope (firms that
 *   existed on the day; with a platform, its active members then), and every row names it.
 * @param {id:IndustrialChain} [chain] One chain; every chain when left out
 * @param {id:Platform} [platform] Count only the active member firms of this platform
 * @param {date} [asOf] The day to measure, YYYY-MM-DD (relationships active then); today when left out
 * @column {id} chainId The chain's id
 * @column {string} chain The chain's name
 * @column {string} scope The firms counted and the day, in words (as chain-gaps names them)
 * @column {id?} platformId The platform whose active members count (null: any firm)
 * @column {int} position The stage's position, 1 = upstream
 * @column {id} stageId The stage's id
 * @column {string} stage The stage's name
 * @column {int} firms Firms working in the stage (in the platform, when one is given)
 * @column {int} suppliers Of those, the firms with active supply volume above 0
 * @column {float} totalVolume Their active supply volume together
 * @column {float} hhi Herfindahl–Hirschman index, 0..1 (1: one supplier; 0: no supply)
 * @column {float?} equivalentSuppliers 1 / hhi (null without suppliers)
 * @column {string?} topSupplier The largest supplier's name
 * @column {float?} topSupplierShare The largest supplier's share of the stage's volume
 */
MATCH (chain:IndustrialChain)-[:HAS_STAGE]->(stage:ChainStage)
WHERE $chain IS NULL OR chain.id = $chain
OPTIONAL MATCH (member:Platform {id: $platform})
CALL (stage) {
  OPTIONAL MATCH (stage)<-[:OPERATES_IN]-(firm:Firm)
  WHERE EXISTED_AT(firm) AND ($platform IS NULL OR EXISTS {
    (firm)-[m:MEMBER_OF]->(:Platform {id: $platform}) WHERE ACTIVE_AT(m)
  })
  WITH DISTINCT firm
  CALL (firm) {
    OPTIONAL MATCH (firm)-[s:SUPPLIES]->(:Firm)
    WHERE ACTIVE_AT(s)
    RETURN sum(coalesce(s.volume, 0)) AS volume
  }
  WITH firm, volume
  ORDER BY volume DESC, firm.name, firm.id
  RETURN count(firm) AS firms,
         [x IN collect({name: firm.name, volume: toFloat(volume)}) WHERE x.volume > 0] AS suppliers
}
WITH chain, member, stage, firms, suppliers, reduce(total = 0.0, s IN suppliers | total + s.volume) AS totalVolume
WITH chain, member, stage, firms, suppliers, totalVolume,
     CASE WHEN totalVolume = 0 THEN 0.0
          ELSE reduce(h = 0.0, s IN suppliers | h + (s.volume / totalVolume) ^ 2) END AS hhi
RETURN chain.id AS chainId,
       chain.name AS chain,
       CASE WHEN member IS NOT NULL THEN 'active members of ' + member.name ELSE 'every firm' END + CASE WHEN $asOf IS NULL THEN ', today' ELSE ' as of ' + $asOf END AS scope,
       member.id AS platformId,
       stage.position AS position,
       stage.id AS stageId,
       stage.name AS stage,
       firms,
       size(suppliers) AS suppliers,
       totalVolume,
       hhi,
       CASE WHEN hhi = 0 THEN null ELSE 1 / hhi END AS equivalentSuppliers,
       suppliers[0].name AS topSupplier,
       CASE WHEN totalVolume = 0 THEN null ELSE suppliers[0].volume / totalVolume END AS topSupplierShare
ORDER BY chain, chainId, position
