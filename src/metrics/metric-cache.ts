import type { Database, QueryObserver } from "../db/database";
import { READ_GRAPH_VERSION } from "../db/graph-version";

/** The row READ_GRAPH_VERSION returns. */
export interface GraphVersionRow {
  readonly version: number;
  readonly actors: number;
  readonly relationships: number;
}

/** The version key of a READ_GRAPH_VERSION row: the bumped version and the two counts. */
export function graphVersionKey(row: GraphVersionRow | undefined): string {
  return `${row?.version ?? 0}:${row?.actors ?? 0}:${row?.relationships ?? 0}`;
}

/** An estimate of the bytes a cached value holds, for the cache's byte bound. */
export type SizeOf<T> = (value: T) => number;

interface Entry {
  readonly value: Promise<unknown>;
  bytes: number;
}

/**
 * Results of on-demand metrics, cached per graph version. The version is read from Neo4j (the
 * `GraphVersion` node every write bumps in the same transaction as the write, see src/db/graph-version.ts,
 * plus the constant-time actor and relationship counts), so a result is never served after a
 * committed write, whichever process or plain-Cypher script made it (as documented there).
 * The cache is bounded in bytes (METRICS_CACHE_BYTES): the oldest entries go first.
 */
export class MetricCache {
  private version = "";
  private readonly entries = new Map<string, Entry>();
  private bytes = 0;

  constructor(
    private readonly db: Database,
    private readonly maxBytes = 512 * 1024 * 1024,
  ) {}

  /** Bytes held by the cached results (estimated). */
  get size(): number {
    return this.bytes;
  }

  /**
   * The cached result for `key`, or the result of `compute`, which is then cached with the size
   * `sizeOf` gives it. Concurrent callers of the same key share one computation; a failed
   * computation is not cached, nor one larger than the whole bound, nor one `keep` refuses (a
   * graph read at another version than the key's). Call `refresh` first, once per request, so
   * the entry belongs to the current graph version.
   */
  get<T>(key: string, compute: () => Promise<T>, sizeOf: SizeOf<T> = () => 1024, keep: (value: T) => boolean = () => true): Promise<T> {
    const cached = this.entries.get(key);
    if (cached) return cached.value as Promise<T>;
    const pending = compute();
    const entry: Entry = { value: pending, bytes: 0 };
    this.entries.set(key, entry);
    pending.then(
      (value) => {
        if (this.entries.get(key) !== entry) return;
        if (!keep(value)) {
          this.entries.delete(key);
          return;
        }
        entry.bytes = sizeOf(value);
        this.bytes += entry.bytes;
        this.evict(entry);
      },
      () => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      },
    );
    return pending;
  }

  /** Reads the graph's version (one constant-time query) and empties the cache if it changed. */
  async refresh(observe?: QueryObserver): Promise<string> {
    const [row] = await this.db.read<GraphVersionRow>(READ_GRAPH_VERSION, {}, observe);
    const version = graphVersionKey(row);
    if (version !== this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = version;
    }
    return version;
  }

  private evict(added: Entry): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) return;
      if (entry === added && this.entries.size > 1) continue;
      this.entries.delete(key);
      this.bytes -= entry.bytes;
    }
  }
}
