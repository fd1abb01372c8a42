import type { GraphIndex, Neighbourhood } from "./graph-index";
import { MetricInputError } from "./metric-errors";
import { compareIds } from "./metric-graph";

/**
 * The compact form of a metric graph: integer node indexes and compressed sparse rows (CSR) in
 * typed arrays, built straight from the rows Neo4j returns, without a graphology graph. It has
 * the same meaning as `buildGraph` (metric-graph.ts) gives a graph: nodes in id order, parallel
 * relationships merged (weights added when weighted, weight 1 otherwise), self-loops dropped,
 * undirected ties symmetric. The arrays live in SharedArrayBuffers, so a cached graph is handed
 * to every worker thread without a copy.
 */
export interface CompactGraphData {
  /** Node ids in id order (code-unit order, `compareIds`): node i is `ids[i]`. */
  readonly ids: readonly string[];
  readonly directed: boolean;
  readonly weighted: boolean;
  /** Number of (merged) edges: `graph.size` of the graphology graph `buildGraph` makes. */
  readonly edgeCount: number;
  /** Out-neighbours (undirected: every neighbour) of each node, increasing index order. */
  readonly out: CsrArrays;
  /** In-neighbours; null for undirected graphs (the same as `out`). */
  readonly in: CsrArrays | null;
}

export interface CsrArrays {
  readonly starts: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
}

/**
 * Relationships as read, before the graph is built: nodes numbered in the order they were first
 * seen (as a row or as a relationship end), relationships as parallel arrays of those numbers.
 */
export interface RawGraph {
  /** Every id seen, numbered by first sight. */
  readonly ids: readonly string[];
  /** 1 for ids that are nodes of the selection (had a row of their own), 0 for ends only seen. */
  readonly isNode: Uint8Array;
  /** An id that had two rows, if any (ids must be unique). */
  readonly duplicate: string | null;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
  /** Weight per relationship, or null when the graph is unweighted. */
  readonly weights: Float64Array | null;
  readonly edgeCount: number;
}

/** Keys below this are looked up in a typed table (4 bytes per key up to the largest seen: 64 MiB at most). */
const KEY_TABLE_LIMIT = 1 << 24;

/** Collects the rows of a graph read (in a metric worker thread): O(1) work per relationship, no sorting. */
export class RawGraphBuilder {
  private readonly numbers = new Map<string, number>();
  /**
   * Numbers by integer key, for rows whose neighbours come as keys (`addKeyedNode`): a table
   * indexed by the key (number + 1; 0 for a key not seen) for keys below KEY_TABLE_LIMIT, which
   * Neo4j's node ids are unless a database has held tens of millions of nodes, and a map above.
   */
  private keyTable = new Int32Array(1024);
  private readonly largeKeyNumbers = new Map<number, number>();
  /** The key of each number, for the placeholder id of a key that never got a row of its own. */
  private readonly keyOfNumber: number[] = [];
  private readonly ids: string[] = [];
  private isNode = new Uint8Array(1024);
  private duplicate: string | null = null;
  private sources = new Int32Array(4096);
  private targets = new Int32Array(4096);
  private weights: Float64Array | null;
  private edges = 0;

  constructor(weighted: boolean) {
    this.weights = weighted ? new Float64Array(4096) : null;
  }

  /** One actor of the selection and its relationships to other actors (`weights` when weighted). */
  addNode(id: string, targets: readonly string[], weights?: readonly number[] | null): void {
    const source = this.number(id);
    if (this.isNode[source] === 1) this.duplicate ??= id;
    this.isNode[source] = 1;
    for (let k = 0; k < targets.length; k++) {
      if (this.edges === this.sources.length) this.growEdges();
      this.sources[this.edges] = source;
      this.targets[this.edges] = this.number(targets[k]!);
      if (this.weights !== null) {
        const weight = weights?.[k];
        if (weight === undefined || weight === null || !Number.isFinite(weight) || weight <= 0) {
          throw new MetricInputError(
            `The relationship from "${id}" to "${targets[k]}" must have a positive, finite weight in a weighted graph, but got: ${String(weight)}.`,
          );
        }
        this.weights[this.edges] = weight;
      }
      this.edges++;
    }
  }

  /**
   * One actor given by an integer key (Neo4j's node id in this read) and its id, with its
   * relationships to other actors as keys: integers cost far less to send, decode and look up than
   * id strings. A key seen only as a relationship end, never as a row, gets the id "(node key)" in
   * `finish`, so the build's error can name it. Do not mix with `addNode` in one graph.
   */
  addKeyedNode(key: number, id: string, targets: readonly number[], weights?: readonly number[] | null): void {
    const source = this.keyNumber(key);
    if (this.isNode[source] === 1) this.duplicate ??= id;
    this.isNode[source] = 1;
    this.ids[source] = id;
    const weighted = this.weights !== null;
    for (let k = 0; k < targets.length; k++) {
      if (this.edges === this.sources.length) this.growEdges();
      this.sources[this.edges] = source;
      this.targets[this.edges] = this.keyNumber(targets[k]!);
      if (weighted) {
        const weight = weights?.[k];
        if (weight === undefined || weight === null || !Number.isFinite(weight) || weight <= 0) {
          throw new MetricInputError(
            `The relationship from "${id}" to node ${targets[k]} must have a positive, finite weight in a weighted graph, but got: ${String(weight)}.`,
          );
        }
        this.weights![this.edges] = weight;
      }
      this.edges++;
    }
  }

  /** The collected graph; its buffers are meant to be transferred to a worker thread. */
  finish(): RawGraph {
    for (let n = 0; n < this.keyOfNumber.length; n++) {
      if (this.isNode[n] !== 1) this.ids[n] = `(node ${this.keyOfNumber[n]})`;
    }
    return {
      ids: this.ids,
      isNode: this.isNode.slice(0, this.ids.length),
      duplicate: this.duplicate,
      sources: this.sources.slice(0, this.edges),
      targets: this.targets.slice(0, this.edges),
      weights: this.weights === null ? null : this.weights.slice(0, this.edges),
      edgeCount: this.edges,
    };
  }

  private number(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, n);
      if (n === this.isNode.length) {
        const grown = new Uint8Array(n * 2);
        grown.set(this.isNode);
        this.isNode = grown;
      }
    }
    return n;
  }

  private keyNumber(key: number): number {
    if (key >= 0 && key < KEY_TABLE_LIMIT) {
      if (key >= this.keyTable.length) {
        const grown = new Int32Array(Math.min(KEY_TABLE_LIMIT, Math.max(key + 1, this.keyTable.length * 2)));
        grown.set(this.keyTable);
        this.keyTable = grown;
      }
      const slot = this.keyTable[key]!;
      if (slot !== 0) return slot - 1;
      const n = this.newKeyNumber(key);
      this.keyTable[key] = n + 1;
      return n;
    }
    let n = this.largeKeyNumbers.get(key);
    if (n === undefined) {
      n = this.newKeyNumber(key);
      this.largeKeyNumbers.set(key, n);
    }
    return n;
  }

  private newKeyNumber(key: number): number {
    const n = this.ids.length;
    this.ids.push(""); // the row's id, or "(node key)" in finish()
    this.keyOfNumber.push(key);
    if (n === this.isNode.length) {
      const grown = new Uint8Array(n * 2);
      grown.set(this.isNode);
      this.isNode = grown;
    }
    return n;
  }

  private growEdges(): void {
    const size = this.sources.length * 2;
    const grow = <T extends Int32Array | Float64Array>(array: T, make: (n: number) => T): T => {
      const grown = make(size);
      grown.set(array);
      return grown;
    };
    this.sources = grow(this.sources, (n) => new Int32Array(n));
    this.targets = grow(this.targets, (n) => new Int32Array(n));
    if (this.weights !== null) this.weights = grow(this.weights, (n) => new Float64Array(n));
  }
}

function sharedInt32(length: number): Int32Array {
  return new Int32Array(new SharedArrayBuffer(Math.max(1, length) * Int32Array.BYTES_PER_ELEMENT), 0, length);
}

function sharedFloat64(length: number): Float64Array {
  return new Float64Array(new SharedArrayBuffer(Math.max(1, length) * Float64Array.BYTES_PER_ELEMENT), 0, length);
}

/**
 * Arcs (row → column) sorted by (row, column) with two stable counting sorts (an LSD radix sort
 * on two keys: O(n + m)), parallel arcs merged: weights added (`"sum"`) or set to 1 (`"one"`).
 */
function toCsr(n: number, rows: Int32Array, columns: Int32Array, weights: Float64Array | null, merge: "sum" | "one", shared: boolean): CsrArrays {
  const m = rows.length;
  const byColumn = new Int32Array(m);
  const count = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) count[columns[a]! + 1]++;
  for (let i = 0; i < n; i++) count[i + 1] += count[i]!;
  for (let a = 0; a < m; a++) byColumn[count[columns[a]!]++] = a;

  const rowCount = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) rowCount[rows[a]! + 1]++;
  for (let i = 0; i < n; i++) rowCount[i + 1] += rowCount[i]!;
  const sorted = new Int32Array(m);
  const cursor = rowCount.slice(0, n);
  for (let k = 0; k < m; k++) {
    const a = byColumn[k]!;
    sorted[cursor[rows[a]!]++] = a;
  }

  // Merge runs of equal (row, column); count first so the arrays are allocated at their size.
  let unique = 0;
  for (let k = 0; k < m; k++) {
    const a = sorted[k]!;
    if (k === 0 || rows[a] !== rows[sorted[k - 1]!] || columns[a] !== columns[sorted[k - 1]!]) unique++;
  }
  const starts = shared ? sharedInt32(n + 1) : new Int32Array(n + 1);
  const neighbours = shared ? sharedInt32(unique) : new Int32Array(unique);
  const arcWeights = shared ? sharedFloat64(unique) : new Float64Array(unique);
  let position = -1;
  let previousRow = -1;
  let previousColumn = -1;
  for (let k = 0; k < m; k++) {
    const a = sorted[k]!;
    const row = rows[a]!;
    const column = columns[a]!;
    const weight = weights === null ? 1 : weights[a]!;
    if (row === previousRow && column === previousColumn) {
      if (merge === "sum") arcWeights[position] += weight;
      continue;
    }
    position++;
    neighbours[position] = column;
    arcWeights[position] = merge === "sum" ? weight : 1;
    starts[row + 1]++;
    previousRow = row;
    previousColumn = column;
  }
  for (let i = 0; i < n; i++) starts[i + 1] += starts[i]!;
  return { starts, neighbours, weights: arcWeights };
}

/**
 * Builds the compact graph from the raw rows (in a worker thread): checks that every
 * relationship end is a node, numbers the nodes in id order, merges parallel relationships and
 * drops self-loops, with the same rules as `buildGraph`.
 */
export function buildCompactGraph(raw: RawGraph, options: { directed: boolean; weighted: boolean }): CompactGraphData {
  if (raw.duplicate !== null) {
    throw new MetricInputError(`Node ids must be unique, but "${raw.duplicate}" appears twice.`);
  }
  for (let a = 0; a < raw.edgeCount; a++) {
    if (raw.isNode[raw.sources[a]!] !== 1 || raw.isNode[raw.targets[a]!] !== 1) {
      const ends = [raw.sources[a]!, raw.targets[a]!].filter((end) => raw.isNode[end] !== 1);
      throw new MetricInputError(
        `The relationship (${raw.ids[raw.sources[a]!]})->(${raw.ids[raw.targets[a]!]}) refers to ` +
          `${ends.map((end) => `"${raw.ids[end]}"`).join(" and ")}, which is not among the graph's nodes. ` +
          `Include every relationship end in the node list or restrict the relationships to the same scope.`,
      );
    }
  }
  const nodeNumbers: number[] = [];
  for (let i = 0; i < raw.ids.length; i++) if (raw.isNode[i] === 1) nodeNumbers.push(i);
  nodeNumbers.sort((a, b) => compareIds(raw.ids[a]!, raw.ids[b]!));
  const n = nodeNumbers.length;
  const rank = new Int32Array(raw.ids.length).fill(-1);
  nodeNumbers.forEach((number, i) => (rank[number] = i));
  const ids = nodeNumbers.map((number) => raw.ids[number]!);

  // Edges without self-loops, in final numbering; undirected ones as (smaller, larger).
  let kept = 0;
  for (let a = 0; a < raw.edgeCount; a++) if (raw.sources[a] !== raw.targets[a]) kept++;
  const from = new Int32Array(kept);
  const to = new Int32Array(kept);
  const weight = options.weighted ? new Float64Array(kept) : null;
  for (let a = 0, e = 0; a < raw.edgeCount; a++) {
    if (raw.sources[a] === raw.targets[a]) continue;
    let u = rank[raw.sources[a]!]!;
    let v = rank[raw.targets[a]!]!;
    if (!options.directed && u > v) [u, v] = [v, u];
    from[e] = u;
    to[e] = v;
    if (weight !== null) weight[e] = raw.weights === null ? 1 : raw.weights[a]!;
    e++;
  }
  // The merged edges: one per ordered (directed) or unordered (undirected) pair.
  const edges = toCsr(n, from, to, weight, options.weighted ? "sum" : "one", false);
  const edgeCount = edges.neighbours.length;
  const edgeFrom = new Int32Array(edgeCount);
  for (let i = 0; i < n; i++) edgeFrom.fill(i, edges.starts[i]!, edges.starts[i + 1]!);

  if (options.directed) {
    return {
      ids,
      directed: true,
      weighted: options.weighted,
      edgeCount,
      out: toCsr(n, edgeFrom, edges.neighbours, edges.weights, "sum", true),
      in: toCsr(n, edges.neighbours, edgeFrom, edges.weights, "sum", true),
    };
  }
  const rows = new Int32Array(edgeCount * 2);
  const columns = new Int32Array(edgeCount * 2);
  const both = new Float64Array(edgeCount * 2);
  rows.set(edgeFrom, 0);
  rows.set(edges.neighbours, edgeCount);
  columns.set(edges.neighbours, 0);
  columns.set(edgeFrom, edgeCount);
  both.set(edges.weights, 0);
  both.set(edges.weights, edgeCount);
  return { ids, directed: false, weighted: options.weighted, edgeCount, out: toCsr(n, rows, columns, both, "sum", true), in: null };
}

/**
 * A graph's ids as UTF-16 code units in shared memory: a message between threads carries only the
 * SharedArrayBuffers, so the request thread neither copies nor re-creates 100,000 id strings each
 * time it hands a cached graph to a worker (issue 12: structured cloning of the id list was the
 * largest piece of metric work left on the event loop).
 */
export interface PackedIds {
  readonly units: Uint16Array;
  /** Id i is `units[ends[i - 1] ?? 0 .. ends[i]]`. */
  readonly ends: Int32Array;
}

export function packIds(ids: readonly string[]): PackedIds {
  let length = 0;
  for (const id of ids) length += id.length;
  const units = new Uint16Array(new SharedArrayBuffer(Math.max(1, length) * 2), 0, length);
  const ends = sharedInt32(ids.length);
  let at = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    for (let c = 0; c < id.length; c++) units[at++] = id.charCodeAt(c);
    ends[i] = at;
  }
  return { units, ends };
}

export function unpackIds(packed: PackedIds): string[] {
  const ids = new Array<string>(packed.ends.length);
  let start = 0;
  for (let i = 0; i < packed.ends.length; i++) {
    const end = packed.ends[i]!;
    // Ids are short: one call per id, over a view of the shared code units.
    ids[i] = String.fromCharCode.apply(null, packed.units.subarray(start, end) as unknown as number[]);
    start = end;
  }
  return ids;
}

/** Id `index` of packed ids, decoded alone. */
export function packedIdAt(packed: PackedIds, index: number): string {
  if (!(index >= 0 && index < packed.ends.length)) throw new RangeError(`No id at index ${index} of ${packed.ends.length}`);
  const start = index === 0 ? 0 : packed.ends[index - 1]!;
  return String.fromCharCode.apply(null, packed.units.subarray(start, packed.ends[index]!) as unknown as number[]);
}

/** Bytes held by a compact graph's arrays and ids (an estimate for the cache's byte bound). */
export function compactGraphBytes(data: CompactGraphData): number {
  const arrays = (csr: CsrArrays | null) => (csr === null ? 0 : csr.starts.byteLength + csr.neighbours.byteLength + csr.weights.byteLength);
  let idBytes = 0;
  for (const id of data.ids) idBytes += 32 + id.length * 2;
  return arrays(data.out) + arrays(data.in) + idBytes;
}

/**
 * A compact graph as the algorithms see it: the few members of a graphology graph they use
 * (`type`, `order`, `size`, `hasNode`, `nodes`) and its CSR indexes (graph-index.ts).
 */
export class CompactGraph {
  readonly type: "directed" | "undirected";
  readonly order: number;
  readonly size: number;
  private indexOfCache: Map<string, number> | null = null;
  private readonly indexes = new Map<Neighbourhood, GraphIndex>();

  constructor(readonly data: CompactGraphData) {
    this.type = data.directed ? "directed" : "undirected";
    this.order = data.ids.length;
    this.size = data.edgeCount;
  }

  get weighted(): boolean {
    return this.data.weighted;
  }

  get indexOf(): ReadonlyMap<string, number> {
    if (this.indexOfCache === null) {
      this.indexOfCache = new Map();
      this.data.ids.forEach((id, i) => this.indexOfCache!.set(id, i));
    }
    return this.indexOfCache;
  }

  hasNode(id: string): boolean {
    return this.indexOf.has(id);
  }

  nodes(): string[] {
    return [...this.data.ids];
  }

  /** The CSR index of one neighbourhood (see graph-index.ts), the same as `indexGraph` builds. */
  index(neighbourhood: Neighbourhood): GraphIndex {
    let index = this.indexes.get(neighbourhood);
    if (index) return index;
    const { data } = this;
    const self = this;
    const make = (csr: CsrArrays): GraphIndex => ({
      ids: data.ids,
      get indexOf() {
        return self.indexOf;
      },
      starts: csr.starts,
      neighbours: csr.neighbours,
      weights: csr.weights,
    });
    if (!data.directed || neighbourhood === "out") index = make(data.out);
    else if (neighbourhood === "in") index = make(data.in!);
    else index = make(mergeOutAndIn(data));
    this.indexes.set(neighbourhood, index);
    return index;
  }
}

/** The undirected view of a directed graph: j tied to i either way, weights of i→j and j→i added. */
function mergeOutAndIn(data: CompactGraphData): CsrArrays {
  const n = data.ids.length;
  const inArcs = data.in!;
  const m = data.out.neighbours.length + inArcs.neighbours.length;
  const rows = new Int32Array(m);
  const columns = new Int32Array(m);
  const weights = new Float64Array(m);
  let a = 0;
  for (const csr of [data.out, inArcs]) {
    for (let i = 0; i < n; i++) {
      for (let k = csr.starts[i]!; k < csr.starts[i + 1]!; k++) {
        rows[a] = i;
        columns[a] = csr.neighbours[k]!;
        weights[a] = csr.weights[k]!;
        a++;
      }
    }
  }
  return toCsr(n, rows, columns, weights, "sum", false);
}
