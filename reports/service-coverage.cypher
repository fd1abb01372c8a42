/**
 * @report service-coverage
 * @title Service coverage by category
 * @description
 *   For each service category, how many of a platform's active member firms are served by at
 *   least one provider (an active SERVES relationship in that category), and by how many
 *   providers. Every category is listed, the thesis' five self-improvement services first
 *   (financing, industrial research, professional support, legal, branding), as in the
 *   `ecosystemHealth` query's serviceCoverage. A low share marks an under-served category: a
 *   service to build up or a partner to recruit.
 * @param {id:Platform} platform The platform whose member firms are counted
 * @param {float 0..1} [belowShare] Only categories whose share of served members is below this
 * @param {date} [asOf] The day to measure, YYYY-MM-DD (relationships active then); today when left out
 * @column {string} scope The platform's ecosystem and the day, in words
 * @column {string} category The service category
 * @column {boolean} selfImprovement One of the thesis' five self-improvement services
 * @column {int} activeMembers The platform's active member firms
 * @column {int} servedMembers Active members served in the category
 * @column {float} share servedMembers / activeMembers (0 when there are no members)
 * @column {int} providers Providers serving active members in the category
 * @column {int} partnerProviders Of those, the providers that partner with the platform
 */
MATCH (platform:Platform {id: $platform})
CALL (platform) {
  OPTIONAL MATCH (platform)<-[m:MEMBER_OF]-(firm:Firm)
  WHERE ACTIVE_AT(m) AND EXISTED_AT(firm)
  RETURN collect(DISTINCT firm) AS members
}
WITH platform, members,
     ['FINANCING', 'INDUSTRIAL_RESEARCH', 'PROFESSIONAL_SUPPORT', 'LEGAL', 'BRANDING',
      'LOGISTICS', 'IT', 'MARKETING', 'CERTIFICATION', 'TRAINING'] AS categories
UNWIND range(0, size(categories) - 1) AS position
WITH platform, members, categories[position] AS category, position < 5 AS selfImprovement, position
CALL (platform, members, category) {
  UNWIND members AS firm
  MATCH (firm)<-[s:SERVES {category: category}]-(provider:ServiceProvider)
  WHERE ACTIVE_AT(s) AND EXISTED_AT(provider)
  RETURN count(DISTINCT firm) AS servedMembers,
         count(DISTINCT provider) AS providers,
         count(DISTINCT CASE
           WHEN EXISTS { (provider)-[p:PARTNERS_WITH]->(platform) WHERE ACTIVE_AT(p) } THEN provider
         END) AS partnerProviders
}
WITH platform, category, selfImprovement, position, size(members) AS activeMembers, servedMembers, providers, partnerProviders,
     CASE WHEN size(members) = 0 THEN 0.0 ELSE toFloat(servedMembers) / size(members) END AS share
WHERE $belowShare IS NULL OR share < $belowShare
RETURN 'the ecosystem of ' + platform.name + CASE WHEN $asOf IS NULL THEN ', today' ELSE ' as of ' + $asOf END AS scope,
       category, selfImprovement, activeMembers, servedMembers, share, providers, partnerProviders
ORDER BY position
