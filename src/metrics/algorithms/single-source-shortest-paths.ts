import type { GraphIndex } from "./graph-index";

/**
 * Single-source shortest paths with path counting, the first phase of Brandes' algorithm
 * (U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2):163–177,
 * 2001): breadth-first search when the graph is unweighted, Dijkstra with a binary heap when arc
 * lengths are given. Used by betweenness (σ and the settling order) and harmonic closeness
 * (distances).
 *
 * Why not graphology-shortest-path's indexed Brandes: it counts shortest paths σ in a
 * `Uint32Array`, which wraps around silently above 2^32 paths — already on a 20×20 grid its
 * betweenness is wrong (centre node 0.1136 instead of NetworkX's 0.0686). σ here is a float64:
 * exact up to 2^53 paths and only rounded (never wrapped) beyond, and betweenness only uses ratios
 * of σ.
 *
 * One instance is reused for every source, so an all-pairs run allocates nothing per source.
 */
export class SingleSourceShortestPaths {
  /** Reached nodes in the order they were settled (non-decreasing distance); `reached` are valid. */
  readonly order: Int32Array;
  reached = 0;
  /** Distance from the source; `Infinity` when unreached. */
  readonly distance: Float64Array;
  /** Number of shortest paths from the source; 0 when unreached. */
  readonly sigma: Float64Array;

  private readonly settled: Uint8Array;
  private readonly heap: MinHeap | null;

  /**
   * @param index   the arcs to follow (an `out` index follows edge direction)
   * @param lengths a positive length per arc of `index`, or null for unweighted (every arc 1)
   */
  constructor(
    private readonly index: GraphIndex,
    private readonly lengths: Float64Array | null,
  ) {
    const n = index.ids.length;
    this.order = new Int32Array(n);
    this.distance = new Float64Array(n);
    this.sigma = new Float64Array(n);
    this.settled = new Uint8Array(n);
    this.heap = lengths === null ? null : new MinHeap(index.neighbours.length + 1);
  }

  run(source: number): void {
    this.distance.fill(Infinity);
    this.sigma.fill(0);
    this.reached = 0;
    this.distance[source] = 0;
    this.sigma[source] = 1;
    if (this.heap === null) this.breadthFirst(source);
    else this.dijkstra(source, this.heap, this.lengths as Float64Array);
  }

  private breadthFirst(source: number): void {
    const { starts, neighbours } = this.index;
    const { order, distance, sigma } = this;
    // `order` doubles as the BFS queue: nodes are settled in the order they are enqueued.
    order[0] = source;
    let tail = 1;
    for (let head = 0; head < tail; head++) {
      const v = order[head];
      const next = distance[v] + 1;
      for (let a = starts[v], end = starts[v + 1]; a < end; a++) {
        const w = neighbours[a];
        if (distance[w] === Infinity) {
          distance[w] = next;
          order[tail++] = w;
        }
        if (distance[w] === next) sigma[w] += sigma[v];
      }
    }
    this.reached = tail;
  }

  private dijkstra(source: number, heap: MinHeap, lengths: Float64Array): void {
    const { starts, neighbours } = this.index;
    const { order, distance, sigma, settled } = this;
    settled.fill(0);
    heap.clear();
    heap.push(0, source);
    let count = 0;
    while (heap.size > 0) {
      const v = heap.popNode();
      if (settled[v] === 1) continue; // a stale entry of a node already settled at a shorter distance
      settled[v] = 1;
      order[count++] = v;
      const dv = distance[v];
      for (let a = starts[v], end = starts[v + 1]; a < end; a++) {
        const w = neighbours[a];
        if (settled[w] === 1) continue;
        const candidate = dv + lengths[a];
        if (candidate < distance[w]) {
          distance[w] = candidate;
          sigma[w] = sigma[v];
          heap.push(candidate, w);
        } else if (candidate === distance[w]) {
          sigma[w] += sigma[v];
        }
      }
    }
    this.reached = count;
  }
}

/** A binary min-heap of (key, node) pairs with a fixed capacity, for Dijkstra with lazy deletion. */
class MinHeap {
  private readonly keys: Float64Array;
  private readonly nodes: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.keys = new Float64Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, node: number): void {
    const { keys, nodes } = this;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= key) break;
      keys[i] = keys[parent];
      nodes[i] = nodes[parent];
      i = parent;
    }
    keys[i] = key;
    nodes[i] = node;
  }

  /** Removes the entry with the smallest key and returns its node. */
  popNode(): number {
    const { keys, nodes } = this;
    const top = nodes[0];
    const last = --this.size;
    const key = keys[last];
    const node = nodes[last];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (child + 1 < last && keys[child + 1] < keys[child]) child++;
      if (keys[child] >= key) break;
      keys[i] = keys[child];
      nodes[i] = nodes[child];
      i = child;
    }
    keys[i] = key;
    nodes[i] = node;
    return top;
  }
}
