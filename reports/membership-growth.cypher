/**
 * @report membership-growth
 * @title Membership growth and survival by year
 * @description
 *   Per platform and year, from MEMBER_OF `since` / `until`: firms that joined and left, the
 *   members at the end of the year and its growth rate, and cohort survival (how many of the
 *   firms that joined in the year are members today). These are the growth and robustness
 *   proxies of Iansiti & Levien (The Keystone Advantage, 2004) that the `ecosystemHealth` query
 *   reports as membership.years, with the same definitions: counts are of distinct firms, a year
 *   is the calendar year of a date, a member at the end of year y has since ≤ y < until, and
 *   "today" means `until` is null. Years run from the first to the last year found in the
 *   platform's membership dates unless fromYear / toYear narrow or widen them.
 * @param {id:Platform} [platform] One platform; every platform with members when left out
 * @param {int 1900..2200} [fromYear] First year listed
 * @param {int 1900..2200} [toYear] Last year listed
 * @column {id} platformId The platform's id
 * @column {string} platform The platform's name
 * @column {string} scope What is counted, in words: the platform's memberships of every firm, by calendar year
 * @column {int} year The calendar year
 * @column {int} joined Firms whose membership began in the year
 * @column {int} left Firms whose membership ended in the year
 * @column {int} netChange joined − left
 * @column {int} activeAtYearEnd Members at the end of the year
 * @column {float?} growthRate Change of activeAtYearEnd over the previous year end, relative to it (null when that was 0)
 * @column {int} survivors Firms that joined in the year and are members today
 * @column {float?} survivalRate survivors / joined (null when nobody joined)
 */
MATCH (platform:Platform)<-[m:MEMBER_OF]-(firm:Firm)
WHERE $platform IS NULL OR platform.id = $platform
WITH platform, collect({firm: firm.id, since: m.since.year, until: m.until.year}) AS memberships
WITH platform, memberships,
     [x IN memberships WHERE x.until IS NULL | x.firm] AS membersToday,
     [x IN memberships WHERE x.since IS NOT NULL | x.since] + [x IN memberships WHERE x.until IS NOT NULL | x.until] AS years
WITH platform, memberships, membersToday,
     coalesce($fromYear, reduce(first = null, y IN years | CASE WHEN first IS NULL OR y < first THEN y ELSE first END)) AS fromYear,
     coalesce($toYear, reduce(last = null, y IN years | CASE WHEN last IS NULL OR y > last THEN y ELSE last END)) AS toYear
UNWIND range(fromYear, toYear) AS year
CALL (memberships, membersToday, year) {
  UNWIND memberships AS x
  RETURN count(DISTINCT CASE WHEN x.since = year THEN x.firm END) AS joined,
         count(DISTINCT CASE WHEN x.until = year THEN x.firm END) AS left,
         count(DISTINCT CASE
           WHEN (x.since IS NULL OR x.since <= year) AND (x.until IS NULL OR x.until > year) THEN x.firm
         END) AS activeAtYearEnd,
         count(DISTINCT CASE
           WHEN (x.since IS NULL OR x.since < year) AND (x.until IS NULL OR x.until >= year) THEN x.firm
         END) AS activeBefore,
         count(DISTINCT CASE WHEN x.since = year AND x.firm IN membersToday THEN x.firm END) AS survivors
}
RETURN platform.id AS platformId,
       platform.name AS platform,
       'every membership of a firm in ' + platform.name + ', by calendar year' AS scope,
       year,
       joined,
       left,
       joined - left AS netChange,
       activeAtYearEnd,
       CASE WHEN activeBefore = 0 THEN null ELSE toFloat(activeAtYearEnd - activeBefore) / activeBefore END AS growthRate,
       survivors,
       CASE WHEN joined = 0 THEN null ELSE toFloat(survivors) / joined END AS survivalRate
ORDER BY platform, platformId, year
