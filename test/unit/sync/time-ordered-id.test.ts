import { timeOrderedUuid } from "../../../src/sync/time-ordered-id";

/** RFC 9562 §5.7: version 7 in the 13th hex digit, variant 10 in the top bits of the 17th. */
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const millisecondsOf = (id: string) => parseInt(id.slice(0, 8) + id.slice(9, 13), 16);

describe("timeOrderedUuid", () => {
  afterEach(() => jest.restoreAllMocks());

  it("makes version 7 UUIDs that carry the time of creation in milliseconds", () => {
    const before = Date.now();
    const id = timeOrderedUuid();
    const after = Date.now();
    expect(id).toMatch(UUID_V7);
    expect(millisecondsOf(id)).toBeGreaterThanOrEqual(before);
    expect(millisecondsOf(id)).toBeLessThanOrEqual(after + 1);
  });

  it("makes unique ids that sort in the order they were made", () => {
    const ids = Array.from({ length: 20_000 }, () => timeOrderedUuid());
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id, i) => i > 0 && ids[i - 1]! >= id)).toEqual([]);
    expect(ids.filter((id) => !UUID_V7.test(id))).toEqual([]);
  });

  it("keeps counting when many ids fall in one millisecond or the clock goes back", () => {
    const start = Date.now() + 60_000;
    const now = jest.spyOn(Date, "now").mockReturnValue(start);
    // More ids than the 12-bit counter holds: the next millisecond is borrowed.
    const burst = Array.from({ length: 5_000 }, () => timeOrderedUuid());
    now.mockReturnValue(start - 10_000);
    const afterClockWentBack = Array.from({ length: 10 }, () => timeOrderedUuid());
    const ids = [...burst, ...afterClockWentBack];
    expect(ids.filter((id, i) => i > 0 && ids[i - 1]! >= id)).toEqual([]);
    expect(millisecondsOf(burst[0]!)).toBe(start);
    expect(millisecondsOf(burst.at(-1)!)).toBeGreaterThan(start);
    expect(millisecondsOf(afterClockWentBack[0]!)).toBeGreaterThanOrEqual(start);
  });
});
