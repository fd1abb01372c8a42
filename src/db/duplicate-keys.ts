import type { Database, NamedQuery } from "./database";
import { KEYED_LABELS } from "./database-schema";

/** The unique keys of one record a write was asked to store. */
export interface KeyCandidate {
  /** Where the record stands in the caller's input (0-based). */
  readonly position: number;
  readonly id?: string | undefined;
  readonly source?: string | undefined;
  readonly externalId?: string | undefined;
}

/** Labels that share the `Actor` label: their ids and (source, externalId) are unique across all actors. */
const ACTOR_LABELS = new Set(["Platform", "Firm", "ServiceProvider", "GovernmentAgency"]);

function existingKeysQuery(label: string): NamedQuery {
  if (!(KEYED_LABELS as readonly string[]).includes(label)) {
    throw new Error(`No uniqueness constraints are kept for the label ${JSON.stringify(label)}`);
  }
  const scope = ACTOR_LABELS.has(label) ? "Actor" : label;
  return {
    name: `duplicateKeys.${scope}`,
    cypher: `
      UNWIND $candidates AS c
      OPTIONAL MATCH (sameId:${scope} {id: c.id})
      OPTIONAL MATCH (sameProvenance:${scope} {source: c.source, externalId: c.externalId})
      RETURN c.position AS position, sameId.id AS sameId, sameProvenance.id AS sameProvenance`,
  };
}

/**
 * Explains a uniqueness violation: which of the records clash with stored nodes or with each
 * other, and on which key. Returns one sentence per clash (empty when none is found, e.g. when
 * the clash was in a nested write).
 */
export async function findDuplicateKeys(
  db: Database,
  label: string,
  candidates: readonly KeyCandidate[],
): Promise<string[]> {
  const clashes: string[] = [];
  const seenIds = new Map<string, number>();
  const seenProvenance = new Map<string, number>();
  for (const c of candidates) {
    if (c.id !== undefined) {
      const first = seenIds.get(c.id);
      if (first !== undefined) clashes.push(`records ${first} and ${c.position} both have id ${JSON.stringify(c.id)}`);
      else seenIds.set(c.id, c.position);
    }
    if (c.source !== undefined && c.externalId !== undefined) {
      const key = JSON.stringify([c.source, c.externalId]);
      const first = seenProvenance.get(key);
      if (first !== undefined) {
        clashes.push(`records ${first} and ${c.position} both have source ${JSON.stringify(c.source)} and externalId ${JSON.stringify(c.externalId)}`);
      } else seenProvenance.set(key, c.position);
    }
  }

  const rows = await db.read<{ position: number; sameId: string | null; sameProvenance: string | null }>(
    existingKeysQuery(label),
    { candidates: candidates.map((c) => ({ position: c.position, id: c.id ?? null, source: c.source ?? null, externalId: c.externalId ?? null })) },
  );
  const byPosition = new Map(candidates.map((c) => [c.position, c]));
  for (const row of rows) {
    const c = byPosition.get(row.position)!;
    if (row.sameId !== null) clashes.push(`record ${row.position}: id ${JSON.stringify(c.id)} is already taken`);
    if (row.sameProvenance !== null) {
      clashes.push(
        `record ${row.position}: source ${JSON.stringify(c.source)} with externalId ${JSON.stringify(c.externalId)} already belongs to ${row.sameProvenance}`,
      );
    }
  }
  return clashes;
}
