import neo4j from "neo4j-driver";
import type { Database, NamedQuery } from "../db/database";
import { quoteBounded } from "../bounded-text";
import { isCalendarDate } from "../calendar-date";
import { InvalidInputError } from "../errors";

export interface Change {
  /** Pass as `after` to continue after this change. */
  readonly cursor: string;
  readonly kind: "ACTOR" | "RELATIONSHIP";
  readonly id: string;
  /** The actor's label, or the relationship's type. */
  readonly type: string;
  readonly changedAt: string;
  readonly source: string | null;
  readonly externalId: string | null;
  /** Relationship ends (Ecograph ids). */
  readonly fromId: string | null;
  readonly toId: string | null;
  /** A retired actor, or a relationship with an `until`. */
  readonly ended: boolean;
}

export interface ChangePage {
  readonly changes: readonly Change[];
  /** The cursor to pass next time; equal to `after` when there was nothing new. */
  readonly endCursor: string | null;
  readonly hasNextPage: boolean;
}

const EPOCH = "1970-01-01T00:00:00.000Z";

export const CHANGES_SINCE: NamedQuery = {
  name: "changes.since",
  cypher: `
    CALL () {
      MATCH (n:Actor) WHERE n.updatedAt >= datetime($at)
      RETURN n.updatedAt AS at, 'ACTOR' AS kind, n.id AS id, [l IN labels(n) WHERE l <> 'Actor'][0] AS type,
             n.source AS source, n.externalId AS externalId, null AS fromId, null AS toId, n.retiredAt IS NOT NULL AS ended
      UNION ALL
      MATCH (a:Actor)-[r]->(b:Actor) WHERE r.syncedAt >= datetime($at) AND r.id IS NOT NULL
      RETURN r.syncedAt AS at, 'RELATIONSHIP' AS kind, r.id AS id, type(r) AS type,
             r.source AS source, null AS externalId, a.id AS fromId, b.id AS toId, r.until IS NOT NULL AS ended
    }
    WITH * WHERE at > datetime($at) OR (at = datetime($at) AND (kind > $kind OR (kind = $kind AND id > $id)))
    RETURN toString(at) AS changedAt, kind, id, type, source, externalId, fromId, toId, ended
    ORDER BY at, kind, id
    LIMIT $limit`,
};

/**
 * The change feed: actors changed (created, updated, retired) and relationships written by a
 * sync since a cursor, in a stable order (time of change, kind, id), a page at a time. An
 * integrator keeps the last `endCursor` and asks again later for what is new.
 */
export class ChangeFeedService {
  constructor(private readonly db: Database) {}

  async changes(after: string | undefined, first: number): Promise<ChangePage> {
    if (!Number.isInteger(first) || first < 1 || first > 1000) {
      throw new InvalidInputError(`first must be a whole number from 1 to 1000, but got: ${first}`);
    }
    const position = after === undefined ? { at: EPOCH, kind: "", id: "" } : decodeCursor(after);
    const rows = await this.db.read<Omit<Change, "cursor">>(CHANGES_SINCE, { ...position, limit: neo4j.int(first + 1) });
    const page = rows.slice(0, first).map((row) => ({
      ...row,
      cursor: encodeCursor({ at: row.changedAt, kind: row.kind, id: row.id }),
    }));
    return {
      changes: page,
      endCursor: page.at(-1)?.cursor ?? after ?? null,
      hasNextPage: rows.length > first,
    };
  }
}

interface CursorPosition {
  readonly at: string;
  readonly kind: string;
  readonly id: string;
}

function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.at, position.kind, position.id])).toString("base64url");
}

/** A time of change as Neo4j prints it: `2026-03-01T10:15:30.123456789Z` (or with an offset). */
const CURSOR_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * A cursor this feed returned, or BAD_USER_INPUT. Checked strictly (a real calendar day, a real
 * time, a known kind): Neo4j's `datetime()` fails on `2023-02-30`, which would otherwise come back
 * as an internal error, and JavaScript's Date.parse takes that day as 2 March.
 */
export function decodeCursor(cursor: string): CursorPosition {
  try {
    const decoded = /^[A-Za-z0-9_-]+$/.test(cursor) ? (JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown) : undefined;
    if (Array.isArray(decoded) && decoded.length === 3) {
      const [at, kind, id] = decoded as unknown[];
      const time = typeof at === "string" ? CURSOR_TIME.exec(at) : null;
      if (
        time &&
        isCalendarDate(Number(time[1]), Number(time[2]), Number(time[3])) &&
        (kind === "ACTOR" || kind === "RELATIONSHIP") &&
        typeof id === "string" &&
        id.length <= 200
      ) {
        return { at: at as string, kind, id };
      }
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidInputError(
    `after must be a cursor returned by an earlier changes query (its endCursor or a change's cursor), but got: ${quoteBounded(cursor, 100)}. ` +
      "Leave after out to start from the beginning.",
  );
}
