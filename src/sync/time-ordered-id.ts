import { randomFillSync } from "node:crypto";

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** The millisecond of the last id (and its hex digits, "xxxxxxxx-xxxx-"), and the count within it. */
const last = { ms: 0, prefix: "", counter: 0 };

/** Random bytes, drawn from the CSPRNG 4 KiB at a time (512 ids), as `randomUUID` caches its own. */
const pool = new Uint8Array(4096);
let used = pool.length;

function takeRandom(bytes: number): number {
  if (used + bytes > pool.length) {
    randomFillSync(pool);
    used = 0;
  }
  used += bytes;
  return used - bytes;
}

/**
 * Time-ordered UUIDs (version 7, RFC 9562 §5.7) for the records a sync creates: 48 bits of Unix
 * time in milliseconds, a 12-bit counter in `rand_a` that keeps ids of the same millisecond in
 * creation order (§6.2, method 1), then the variant and 62 random bits.
 *
 * Why not `randomUUID()` (version 4): every new actor's id goes into two unique indexes (`Actor`
 * and its own label). Random keys land on a random leaf of each B-tree, ids in creation order on
 * the same few leaves, which is measurably cheaper in a bulk sync (BENCHMARKS.md, sync). The ids
 * are still UUIDs and unique (the constraints check it); they reveal the creation time to the
 * millisecond, which `createdAt` shows anyway.
 */
export function timeOrderedUuid(): string {
  const now = Date.now();
  if (now > last.ms) {
    last.ms = now;
    last.prefix = timePrefix(now);
    // Each millisecond starts at a random count in the lower half, leaving room to count up.
    last.counter = pool[takeRandom(1)]! << 3;
  } else {
    // The same millisecond, or the clock went back: count on from the last id.
    last.counter += 1;
    if (last.counter > 0xfff) {
      // Counter exhausted: borrow the next millisecond (§6.2, counter rollover).
      last.ms += 1;
      last.prefix = timePrefix(last.ms);
      last.counter = 0;
    }
  }
  const r = takeRandom(8);
  return (
    `${last.prefix}${HEX[0x70 | (last.counter >> 8)]}${HEX[last.counter & 0xff]}-` +
    `${HEX[(pool[r]! & 0x3f) | 0x80]}${HEX[pool[r + 1]!]}-` +
    `${HEX[pool[r + 2]!]}${HEX[pool[r + 3]!]}${HEX[pool[r + 4]!]}${HEX[pool[r + 5]!]}${HEX[pool[r + 6]!]}${HEX[pool[r + 7]!]}`
  );
}

function timePrefix(ms: number): string {
  const hex = ms.toString(16).padStart(12, "0");
  return `${hex.slice(0, 8)}-${hex.slice(8)}-`;
}
