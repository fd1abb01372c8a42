/**
 * @report platform-dependence
 * @title Dependence of member firms on the core platform
 * @description
 *   For each active member firm of a platform, the active ties it has besides its membership:
 *   other platforms it is an active member of (multi-homing), firms it trades with (SUPPLIES in
 *   either direction) and providers that serve it. A firm with no other tie (soleTie) is cut off
 *   from the ecosystem if the platform goes: it is a lower bound of the keystone dependence that
 *   the `ecosystemHealth` query measures along paths. partnerProviders shows how much of a firm's
 *   service comes through the platform's own offer. Most dependent firms first: fewest other
 *   ties, then name.
 * @param {id:Platform} platform The platform whose member firms are listed
 * @param {int 0..} [maxOtherTies] Only firms with at most this many other ties (0: sole ties only)
 * @param {date} [asOf] The day to measure, YYYY-MM-DD (relationships active then); today when left out
 * @column {string} scope The firms listed and the day, in words
 * @column {id} firmId The member firm's id
 * @column {string} firm The member firm's name
 * @column {string?} population MANUFACTURER, TRADER or BUYER
 * @column {date?} memberSince When the active membership began
 * @column {int} otherPlatforms Other platforms the firm is an active member of
 * @column {int} tradePartners Distinct firms it has an active SUPPLIES relationship with, either way
 * @column {int} providers Distinct providers actively serving it
 * @column {int} partnerProviders Of those, the providers that partner with the platform
 * @column {int} otherTies otherPlatforms + tradePartners + providers
 * @column {boolean} soleTie The membership is the firm's only active tie
 */
MATCH (platform:Platform {id: $platform})<-[m:MEMBER_OF]-(firm:Firm)
WHERE ACTIVE_AT(m)
WITH platform, firm, min(m.since) AS memberSince
CALL (platform, firm) {
  OPTIONAL MATCH (firm)-[o:MEMBER_OF]->(other:Platform)
  WHERE ACTIVE_AT(o) AND other <> platform
  RETURN count(DISTINCT other) AS otherPlatforms
}
CALL (firm) {
  OPTIONAL MATCH (firm)-[s:SUPPLIES]-(partner:Firm)
  WHERE ACTIVE_AT(s) AND partner <> firm
  RETURN count(DISTINCT partner) AS tradePartners
}
CALL (platform, firm) {
  OPTIONAL MATCH (firm)<-[s:SERVES]-(provider:ServiceProvider)
  WHERE ACTIVE_AT(s)
  RETURN count(DISTINCT provider) AS providers,
         count(DISTINCT CASE
           WHEN EXISTS { (provider)-[p:PARTNERS_WITH]->(platform) WHERE ACTIVE_AT(p) } THEN provider
         END) AS partnerProviders
}
WITH platform, firm, memberSince, otherPlatforms, tradePartners, providers, partnerProviders,
     otherPlatforms + tradePartners + providers AS otherTies
WHERE $maxOtherTies IS NULL OR otherTies <= $maxOtherTies
RETURN 'active members of ' + platform.name + CASE WHEN $asOf IS NULL THEN ', today' ELSE ' as of ' + $asOf END AS scope,
       firm.id AS firmId,
       firm.name AS firm,
       firm.population AS population,
       memberSince,
       otherPlatforms,
       tradePartners,
       providers,
       partnerProviders,
       otherTies,
       otherTies = 0 AS soleTie
ORDER BY otherTies, firm, firmId
