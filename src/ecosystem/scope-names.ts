import type { Database, NamedQuery, QueryObserver } from "../db/database";
import { quoteBounded } from "../bounded-text";
import { InvalidInputError, NotFoundError } from "../errors";

/**
 * The kinds of record an argument can name as a scope or a subject: a platform, an industrial
 * chain, a chain stage, a region.
 */
export const SCOPE_LABELS = ["Platform", "IndustrialChain", "ChainStage", "Region"] as const;
export type ScopeLabel = (typeof SCOPE_LABELS)[number];

/** A record an argument named, resolved. */
export interface NamedRecord {
  readonly id: string;
  readonly name: string;
}

const LIST_QUERY: Readonly<Record<ScopeLabel, string>> = {
  Platform: "{ platforms { id name } }",
  IndustrialChain: "{ industrialChains { id name } }",
  ChainStage: "{ chainStages { id name chain { name } } }",
  Region: "{ regions { id name level } }",
};

const WORD: Readonly<Record<ScopeLabel, string>> = {
  Platform: "platform",
  IndustrialChain: "industrial chain",
  ChainStage: "chain stage",
  Region: "region",
};

/**
 * One query per label (labels cannot be parameters): the record whose id is the value, or else
 * every record whose name is exactly the value. An id match comes first and wins, since ids are
 * unique and a name could, in principle, equal another record's id.
 */
export const FIND_BY_ID_OR_NAME: Readonly<Record<ScopeLabel, NamedQuery>> = Object.fromEntries(
  SCOPE_LABELS.map((label) => [
    label,
    {
      name: `scopeNames.find${label}`,
      cypher: `
    MATCH (n:${label})
    WHERE n.id = $value OR n.name = $value
    RETURN n.id AS id, n.name AS name, n.id = $value AS byId
    ORDER BY byId DESC, id
    LIMIT 6`,
    },
  ]),
) as Record<ScopeLabel, NamedQuery>;

/**
 * The one way Ecograph resolves an argument that names a platform, a chain, a stage or a region:
 * its id, or its exact name (case and spaces as stored). Every entry point calls this: the
 * code-first metric and ecosystem queries, the reports (GraphQL and CLI) and the explorer's
 * `?platform=` link, so one value means the same record everywhere.
 *
 * - unknown: NotFoundError (`NOT_FOUND`) saying which query lists the valid ones;
 * - a name shared by several records: InvalidInputError (`BAD_USER_INPUT`) listing their ids;
 * - empty or blank: InvalidInputError.
 */
export class ScopeNames {
  constructor(private readonly db: Database) {}

  async resolve(label: ScopeLabel, value: string, argument: string, observe?: QueryObserver): Promise<NamedRecord> {
    const wanted = typeof value === "string" ? value.trim() : "";
    if (wanted === "") {
      throw new InvalidInputError(`${argument} must be a ${WORD[label]}'s id or exact name, but got ${quoteBounded(value)}.`);
    }
    const found = await this.db.read<{ id: string; name: string; byId: boolean }>(FIND_BY_ID_OR_NAME[label], { value: wanted }, observe);
    const first = found[0];
    if (first === undefined) {
      throw new NotFoundError(
        `No ${WORD[label]} has the id or name ${quoteBounded(wanted)} (${argument}). List them with the query ${LIST_QUERY[label]}.`,
      );
    }
    if (first.byId || found.length === 1) return { id: first.id, name: first.name };
    throw new InvalidInputError(
      `The name ${quoteBounded(wanted)} belongs to ${found.length} ${WORD[label]}s (ids ${found.map((r) => r.id).join(", ")}); give ${argument} as an id instead.`,
    );
  }

  /**
   * Like `resolve`, for an optional argument: null and undefined both mean "not given" (GraphQL
   * sends an explicit `null` for `platform: null`, and it must act like a left-out argument).
   */
  async resolveOptional(
    label: ScopeLabel,
    value: string | null | undefined,
    argument: string,
    observe?: QueryObserver,
  ): Promise<NamedRecord | undefined> {
    if (value === null || value === undefined) return undefined;
    return this.resolve(label, value, argument, observe);
  }
}
