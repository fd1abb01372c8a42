/**
 * @report supply-concentration
 * @title Concentration of supply per platform
 * @description
 *   How concentrated the trade of a platform's ecosystem is: the Herfindahl–Hirschman index
 *   HHI = Σ s_i² over the shares s_i of the active member firms in the active SUPPLIES volume
 *   they deliver (to any firm), as in the `ecosystemHealth` query's supplyConcentration
 *   (O. C. Herfindahl 1950; A. O. Hirschman 1964). Also the numbers-equivalent 1/HHI (how many
 *   equal suppliers would give the same index), the share of the four largest suppliers (CR4)
 *   and the largest supplier. A relationship without a volume counts as 0.
 * @param {id:Platform} [platform] One platform; every platform when left out
 * @param {date} [asOf] The day to measure, YYYY-MM-DD (relationships active then); today when left out
 * @column {id} platformId The platform's id
 * @column {string} scope The ecosystem measured and the day, in words (as ecosystemHealth's scope)
 * @column {string} platform The platform's name
 * @column {int} suppliers Active members with active supply volume above 0
 * @column {float} totalVolume Their active supply volume together
 * @column {float} hhi Herfindahl–Hirschman index, 0..1 (1: one supplier)
 * @column {float} hhi10000 The same on the 0..10,000 scale of the antitrust guidelines
 * @column {float?} equivalentSuppliers 1 / hhi (null without suppliers)
 * @column {float} cr4 Share of the four largest suppliers in the volume
 * @column {id?} topSupplierId The largest supplier's id
 * @column {string?} topSupplier The largest supplier's name
 * @column {float?} topSupplierShare The largest supplier's share of the volume
 */
MATCH (platform:Platform)
WHERE $platform IS NULL OR platform.id = $platform
CALL (platform) {
  OPTIONAL MATCH (platform)<-[m:MEMBER_OF]-(firm:Firm)
  WHERE ACTIVE_AT(m)
  WITH DISTINCT firm
  CALL (firm) {
    OPTIONAL MATCH (firm)-[s:SUPPLIES]->(:Firm)
    WHERE ACTIVE_AT(s)
    RETURN sum(coalesce(s.volume, 0)) AS volume
  }
  WITH firm, volume
  WHERE volume > 0
  ORDER BY volume DESC, firm.name, firm.id
  RETURN collect({id: firm.id, name: firm.name, volume: toFloat(volume)}) AS suppliers
}
WITH platform, suppliers, reduce(total = 0.0, s IN suppliers | total + s.volume) AS totalVolume
WITH platform, suppliers, totalVolume,
     CASE WHEN totalVolume = 0 THEN 0.0
          ELSE reduce(h = 0.0, s IN suppliers | h + (s.volume / totalVolume) ^ 2) END AS hhi
RETURN platform.id AS platformId,
       'the ecosystem of ' + platform.name + CASE WHEN $asOf IS NULL THEN ', today' ELSE ' as of ' + $asOf END AS scope,
       platform.name AS platform,
       size(suppliers) AS suppliers,
       totalVolume,
       hhi,
       hhi * 10000 AS hhi10000,
       CASE WHEN hhi = 0 THEN null ELSE 1 / hhi END AS equivalentSuppliers,
       CASE WHEN totalVolume = 0 THEN 0.0
            ELSE reduce(top = 0.0, s IN suppliers[0..4] | top + s.volume) / totalVolume END AS cr4,
       suppliers[0].id AS topSupplierId,
       suppliers[0].name AS topSupplier,
       CASE WHEN totalVolume = 0 THEN null ELSE suppliers[0].volume / totalVolume END AS topSupplierShare
ORDER BY platform, platformId
