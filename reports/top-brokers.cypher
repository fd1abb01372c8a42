/**
 * @report top-brokers
 * @title Top brokers of a platform's ecosystem
 * @description
 *   The actors of one platform's ecosystem that span the most structural holes: lowest Burt
 *   constraint first (R. S. Burt, Structural Holes, 1992, ch. 2). Computed here from the stored
 *   graph, so no metric run is needed. The ecosystem and its ties are the same as those of the
 *   `brokerage` query with `graph: {platform}`: the platform, its active member firms, the
 *   service providers that partner with it or actively serve its members, the agencies that
 *   support it, and every active relationship (MEMBER_OF, SUPPLIES, SERVES, PARTNERS_WITH,
 *   SUPPORTS without `until`) between two of them, undirected and unweighted. With n contacts,
 *   p_ij = 1/n and constraint c_i = Σ_j (p_ij + Σ_q p_iq p_qj)²; effective size is Borgatti's
 *   n − 2t/n, t being the ties among the contacts. Cost grows with the sum of squared degrees:
 *   for very large ecosystems use runMetrics and sort on the stored burtConstraint instead.
 * @param {id:Platform} platform The platform whose ecosystem is read
 * @param {int 1..1000} [limit=10] How many actors to list
 * @param {date} [asOf] The day to measure, YYYY-MM-DD (relationships active then); today when left out
 * @column {string} scope The ecosystem read and the day, in words (as ecosystemHealth's scope)
 * @column {int} rank 1 for the lowest constraint; ties are ordered by name, then id
 * @column {id} actorId The actor's id
 * @column {string} name The actor's name
 * @column {string} label Platform, Firm, ServiceProvider or GovernmentAgency
 * @column {int} contacts Distinct actors of the ecosystem the actor has an active tie with (n)
 * @column {float} effectiveSize Non-redundant contacts, n − 2t/n
 * @column {float} efficiency Effective size divided by the number of contacts
 * @column {float} constraint Burt's constraint: near 0 spans many holes, 1 means one contact
 */
MATCH (platform:Platform {id: $platform})
CALL (platform) {
  RETURN platform AS member
  UNION
  MATCH (platform)<-[m:MEMBER_OF]-(member:Firm) WHERE ACTIVE_AT(m) RETURN member
  UNION
  MATCH (platform)<-[r:PARTNERS_WITH]-(member:ServiceProvider) WHERE ACTIVE_AT(r) RETURN member
  UNION
  MATCH (platform)<-[m:MEMBER_OF]-(:Firm)<-[s:SERVES]-(member:ServiceProvider)
  WHERE ACTIVE_AT(m) AND ACTIVE_AT(s)
  RETURN member
  UNION
  MATCH (platform)<-[g:SUPPORTS]-(member:GovernmentAgency) WHERE ACTIVE_AT(g) RETURN member
}
WITH platform, member WHERE EXISTED_AT(member)
WITH platform, collect(member) AS ecosystem
UNWIND ecosystem AS actor
// N(i): the actor's distinct contacts inside the ecosystem.
CALL (actor, ecosystem) {
  MATCH (actor)-[r:MEMBER_OF|SUPPLIES|SERVES|PARTNERS_WITH|SUPPORTS]-(contact:Actor)
  WHERE ACTIVE_AT(r) AND contact <> actor AND contact IN ecosystem
  RETURN collect(DISTINCT contact) AS contacts
}
WITH platform, ecosystem, actor, contacts, size(contacts) AS n
WHERE n > 0
// For every contact q and every contact j of q that is also a contact of the actor: the indirect
// share p_iq · p_qj = 1/(n · n_q) that j receives. Each ordered pair (q, j) is one end of a tie
// among the contacts, so the pairs also count 2t for the effective size.
CALL (actor, contacts, n, ecosystem) {
  UNWIND contacts AS q
  CALL (q, ecosystem) {
    MATCH (q)-[r:MEMBER_OF|SUPPLIES|SERVES|PARTNERS_WITH|SUPPORTS]-(x:Actor)
    WHERE ACTIVE_AT(r) AND x <> q AND x IN ecosystem
    RETURN count(DISTINCT x) AS nq
  }
  MATCH (q)-[r:MEMBER_OF|SUPPLIES|SERVES|PARTNERS_WITH|SUPPORTS]-(j:Actor)
  WHERE ACTIVE_AT(r) AND j <> q AND j IN contacts
  WITH DISTINCT q, nq, j
  WITH j, sum(1.0 / (n * nq)) AS indirect, count(q) AS pairs
  RETURN sum(pairs) AS orderedPairs, count(j) AS linkedContacts, sum((1.0 / n + indirect) ^ 2) AS linkedTerms
}
WITH platform, actor, n,
     n - toFloat(orderedPairs) / n AS effectiveSize,
     // contacts with no indirect share contribute (1/n)² each
     toFloat(n - linkedContacts) / (n * n) + linkedTerms AS constraint
ORDER BY constraint, actor.name, actor.id
LIMIT $limit
WITH platform, collect({actor: actor, n: n, effectiveSize: effectiveSize, constraint: constraint}) AS ranked
UNWIND range(1, size(ranked)) AS rank
WITH platform, rank, ranked[rank - 1] AS row
RETURN 'the ecosystem of ' + platform.name + CASE WHEN $asOf IS NULL THEN ', today' ELSE ' as of ' + $asOf END AS scope,
       rank,
       row.actor.id AS actorId,
       row.actor.name AS name,
       [label IN labels(row.actor) WHERE label <> 'Actor'][0] AS label,
       row.n AS contacts,
       row.effectiveSize AS effectiveSize,
       row.effectiveSize / row.n AS efficiency,
       row.constraint AS constraint
