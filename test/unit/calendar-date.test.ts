import { isCalendarDate, parseCalendarDate } from "../../src/calendar-date";
import { InvalidInputError } from "../../src/errors";

describe("parseCalendarDate: the one rule for dates callers send", () => {
  it.each(["2020-06-30", "2016-02-29", "2000-02-29", "0001-01-01", "9999-12-31"])("takes the real day %s as it is", (value) => {
    expect(parseCalendarDate(value, "asOf")).toBe(value);
  });

  it.each([
    ["2023-02-30", "a day the month does not have"],
    ["2017-02-29", "29 February of a common year"],
    ["1900-02-29", "29 February of a century that is not a leap year"],
    ["2017-13-01", "month 13"],
    ["2017-00-10", "month 0"],
    ["2017-01-00", "day 0"],
    ["0000-01-01", "year 0"],
    ["Jan 1 2017", "an English date"],
    ["2017", "a bare year"],
    ["2017-1-1", "unpadded fields"],
    ["2017-01-01T00:00:00Z", "a date-time"],
    [" 2017-01-01", "surrounding space"],
    [20170101, "a number"],
    [null, "null"],
  ])("refuses %p (%s), naming the input and the form", (value, _why) => {
    expect(() => parseCalendarDate(value, "asOf")).toThrow(InvalidInputError);
    expect(() => parseCalendarDate(value, "asOf")).toThrow(/asOf must be a calendar date YYYY-MM-DD/);
  });

  it("quotes at most 40 characters of a long value and says how long it was", () => {
    const message = (() => { try { parseCalendarDate("9".repeat(100_000), "asOf"); } catch (e) { return (e as Error).message; } return ""; })();
    expect(message.length).toBeLessThan(200);
    expect(message).toContain("(100000 characters)");
  });

  it("knows the leap years of the Gregorian calendar", () => {
    expect([1996, 2000, 2004, 2400].map((y) => isCalendarDate(y, 2, 29))).toEqual([true, true, true, true]);
    expect([1900, 2100, 2019].map((y) => isCalendarDate(y, 2, 29))).toEqual([false, false, false]);
  });
});
