import { InvalidInputError } from "./errors";

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks that `value` is an ISO 8601 calendar date, `YYYY-MM-DD`, that exists (no 2023-02-30, no
 * 2017-02-29, no "Jan 1 2017", no bare "2017"), and returns it unchanged. The one rule for every
 * date a caller sends: `asOf`, filters, sync records, report parameters, cursors.
 * @param what names the input in the error, e.g. `asOf` or `record 3: since`.
 */
export function parseCalendarDate(value: unknown, what: string): string {
  const text = typeof value === "string" ? value : undefined;
  const match = text === undefined ? null : CALENDAR_DATE.exec(text);
  if (text !== undefined && match && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]))) return text;
  const shown = typeof value === "string" && value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}… (${value.length} characters)` : JSON.stringify(value);
  throw new InvalidInputError(`${what} must be a calendar date YYYY-MM-DD that exists (e.g. "2020-06-30"), but got: ${shown}`);
}

/** True when year-month-day is a real day of the proleptic Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}
