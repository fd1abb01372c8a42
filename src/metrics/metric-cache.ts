import type { Database, NamedQuery, QueryObserver } from "../db/database";

export const GRAPH_FINGERPRINT: NamedQuery = {
  name: "metrics.graphFingerprint",
  // Both counts come from Neo4j's count store: constant time whatever the graph's size.
  cypher: `
    CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN actors, relationships`,
};

/**
 * Results of on-demand metrics, cached per graph version. The version has two parts:
 * - a counter this process bumps after every write it makes (GraphQL mutations, syncs), which
 *   catches property changes such as a membership that ended;
 * - the actor and relationship counts, which catch writes made elsewhere (another replica, plain
 *   Cypher) that add or remove something.
 * Any change of either empties the cache. A bounded number of entries is kept (oldest out first).
 */
export class MetricCache {
  private writes = 0;
  private version = "";
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Database,
    private readonly maxEntries = 64,
  ) {}

  /** Call after any write: cached results may no longer hold. */
  invalidate(): void {
    this.writes += 1;
  }

  /**
   * The cached result for `key`, or the result of `compute`, which is then cached. Concurrent
   * callers of the same key share one computation; a failed computation is not cached. Call
   * `refresh` first, once per request, so the entry belongs to the current graph version.
   */
  get<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) return cached as Promise<T>;
    const pending = compute();
    this.entries.set(key, pending);
    if (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
    pending.catch(() => this.entries.delete(key));
    return pending;
  }

  /** Reads the graph's version (one constant-time query) and empties the cache if it changed. */
  async refresh(observe?: QueryObserver): Promise<void> {
    const [row] = await this.db.read<{ actors: number; relationships: number }>(GRAPH_FINGERPRINT, {}, observe);
    const version = `${this.writes}:${row?.actors ?? 0}:${row?.relationships ?? 0}`;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
  }
}
