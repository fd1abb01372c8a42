/**
 * Compares per-node scores with expected values to an absolute tolerance (1e-6 by default) and
 * fails with the list of nodes that are off, rather than at the first one.
 */
export function expectAllClose(
  actual: Readonly<Record<string, number | null>>,
  expected: Readonly<Record<string, number | null>>,
  tolerance = 1e-6,
): void {
  const off = Object.entries(expected)
    .filter(([id, value]) => {
      const got = actual[id];
      if (value === null || got === null || got === undefined) return got !== value;
      return !(Math.abs(got - value) <= tolerance);
    })
    .map(([id, value]) => ({ id, expected: value, actual: actual[id] }));
  expect(off).toEqual([]);
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
}

/** Turns a vector indexed by node number into a record keyed by the node ids "0", "1", ... */
export function byIndex(values: ReadonlyArray<number | null>): Record<string, number | null> {
  return Object.fromEntries(values.map((value, i) => [String(i), value]));
}
