/**
 * "As of a date" (DESIGN.md, "Time"): the ecosystem as it stood on a day. Every relationship
 * carries `since` / `until`; every actor may carry `foundedYear` and, once a sync retired it,
 * `retiredAt`. These Cypher fragments are the one definition every metric, health figure, chain
 * view and graph read uses, with the query parameter `$asOf` ("YYYY-MM-DD", or null for today).
 *
 * - Today (`$asOf` null): a relationship is active while its `until` is null; every actor counts.
 * - On a date D: a relationship is active when it had begun (`since` ≤ D or unknown) and had not
 *   ended before D (`until` ≥ D or none): the `until` day itself still counts. An actor existed
 *   when it was founded by D's year (or the year is unknown) and was not retired before D.
 */
export function activeAt(relationship: string): string {
  return `(CASE WHEN $asOf IS NULL THEN ${relationship}.until IS NULL
    ELSE coalesce(${relationship}.since <= date($asOf), true) AND coalesce(${relationship}.until >= date($asOf), true) END)`;
}

/** See {@link activeAt}: true for an actor that existed on `$asOf` (always, when `$asOf` is null). */
export function existedAt(actor: string): string {
  return `($asOf IS NULL OR (coalesce(${actor}.foundedYear <= date($asOf).year, true)
    AND coalesce(${actor}.retiredAt >= date($asOf), true)))`;
}
