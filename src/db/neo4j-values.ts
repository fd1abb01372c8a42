import neo4j from "neo4j-driver";

/**
 * Plain values as Neo4j should store them: "YYYY-MM-DD" strings of date properties as Neo4j
 * dates, whole-number properties as Neo4j integers (the driver sends every JavaScript number as
 * a float), everything else as it is.
 */
export function toStoredValues(
  values: Readonly<Record<string, unknown>>,
  kinds: { readonly dates: readonly string[]; readonly integers: readonly string[] },
): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (kinds.dates.includes(key) && typeof value === "string") stored[key] = toNeo4jDate(value);
    else if (kinds.integers.includes(key) && typeof value === "number") stored[key] = neo4j.int(value);
    else stored[key] = value;
  }
  return stored;
}

/** A "YYYY-MM-DD" string as a Neo4j `Date`. */
export function toNeo4jDate(value: string): unknown {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`A date must be YYYY-MM-DD, but got: ${JSON.stringify(value)}`);
  return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
}
