import { parseCalendarDate } from "../calendar-date";
import { InvalidInputError } from "../errors";
import type { ParameterValue, ReportDefinition, ReportParameter } from "./report-library";

/** Whole numbers as written on a command line or in a header. */
export const INTEGER_TEXT = /^-?\d+$/;
/** Decimal numbers, with an optional exponent. */
export const NUMBER_TEXT = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

const TRUE_TEXT = ["true", "yes", "1"];
const FALSE_TEXT = ["false", "no", "0"];

type ParameterSpec = Pick<ReportParameter, "name" | "type" | "min" | "max">;

/**
 * One parameter value, checked and converted to its declared type. Takes text (a command-line
 * `--param key=value`, a default in a header) and typed values (GraphQL arguments, JSON) alike.
 * The problem, when there is one, says what was expected and what was received.
 */
export function coerceParameterValue(
  parameter: ParameterSpec,
  value: unknown,
): { readonly value: ParameterValue } | { readonly problem: string } {
  const got = `but got: ${JSON.stringify(value) ?? String(value)}`;
  switch (parameter.type) {
    case "int":
    case "float": {
      const whole = parameter.type === "int";
      const number =
        typeof value === "number"
          ? value
          : typeof value === "string" && (whole ? INTEGER_TEXT : NUMBER_TEXT).test(value.trim())
            ? Number(value.trim())
            : Number.NaN;
      const inRange =
        (parameter.min === undefined || number >= parameter.min) && (parameter.max === undefined || number <= parameter.max);
      const valid = Number.isFinite(number) && (!whole || Number.isSafeInteger(number)) && inRange;
      if (valid) return { value: number };
      return { problem: `${parameter.name} must be ${whole ? "a whole number" : "a number"}${rangeText(parameter)}, ${got}` };
    }
    case "boolean": {
      if (typeof value === "boolean") return { value };
      const text = typeof value === "string" ? value.trim().toLowerCase() : undefined;
      if (text !== undefined && TRUE_TEXT.includes(text)) return { value: true };
      if (text !== undefined && FALSE_TEXT.includes(text)) return { value: false };
      return { problem: `${parameter.name} must be true or false, ${got}` };
    }
    case "id":
      if (typeof value === "string" && value.trim() !== "") return { value };
      return { problem: `${parameter.name} must be a non-empty id, ${got}` };
    case "string":
      if (typeof value === "string") return { value };
      return { problem: `${parameter.name} must be text, ${got}` };
    case "date":
      try {
        return { value: parseCalendarDate(typeof value === "string" ? value.trim() : value, parameter.name) };
      } catch (error) {
        return { problem: (error as Error).message };
      }
  }
}

/**
 * Every parameter of a report, checked: unknown names, missing required parameters and values of
 * the wrong type are all reported in one `InvalidInputError` that lists what the report accepts.
 * A parameter left out (or given as null / undefined) takes its default, or null.
 */
export function coerceParameters(
  report: ReportDefinition,
  given: Readonly<Record<string, unknown>>,
): Record<string, ParameterValue | null> {
  const problems: string[] = [];
  const declared = new Map(report.parameters.map((p) => [p.name, p]));
  for (const name of Object.keys(given)) {
    if (!declared.has(name)) problems.push(`unknown parameter ${JSON.stringify(name)}${didYouMean(name, [...declared.keys()])}`);
  }
  const values: Record<string, ParameterValue | null> = {};
  for (const parameter of report.parameters) {
    const value = given[parameter.name];
    if (value === undefined || value === null) {
      if (parameter.required) problems.push(`${parameter.name} is required`);
      values[parameter.name] = parameter.defaultValue;
      continue;
    }
    const coerced = coerceParameterValue(parameter, value);
    if ("problem" in coerced) problems.push(coerced.problem);
    else values[parameter.name] = coerced.value;
  }
  if (problems.length > 0) {
    throw new InvalidInputError(
      `Invalid parameters for the report "${report.name}": ${problems.join("; ")}. ${acceptedParameters(report)}`,
    );
  }
  return values;
}

/** "It accepts: platform (id of a Platform, required), limit (int 1..1000, default 10)." */
export function acceptedParameters(report: ReportDefinition): string {
  return report.parameters.length === 0
    ? `The report "${report.name}" takes no parameters.`
    : `It accepts: ${report.parameters.map(describeParameter).join(", ")}.`;
}

/** How a parameter is written in messages and listings, e.g. "limit (int 1..1000, default 10)". */
export function describeParameter(parameter: ReportParameter): string {
  const presence = parameter.required
    ? "required"
    : parameter.defaultValue === null
      ? "optional"
      : `default ${String(parameter.defaultValue)}`;
  return `${parameter.name} (${parameterTypeText(parameter)}, ${presence})`;
}

/** "int 1..1000", "id of a Platform", "boolean". */
export function parameterTypeText(parameter: Pick<ReportParameter, "type" | "label" | "min" | "max">): string {
  if (parameter.label) return `id of ${/^[AEIOU]/.test(parameter.label) ? "an" : "a"} ${parameter.label}`;
  if (parameter.type === "date") return "date YYYY-MM-DD";
  if (parameter.min === undefined && parameter.max === undefined) return parameter.type;
  return `${parameter.type} ${parameter.min ?? ""}..${parameter.max ?? ""}`;
}

function rangeText(parameter: { min: number | undefined; max: number | undefined }): string {
  if (parameter.min !== undefined && parameter.max !== undefined) return ` from ${parameter.min} to ${parameter.max}`;
  if (parameter.min !== undefined) return ` of at least ${parameter.min}`;
  if (parameter.max !== undefined) return ` of at most ${parameter.max}`;
  return "";
}

/** ` (did you mean "limit"?)` for a name at most two edits away from a known one (case aside); "" otherwise. */
export function didYouMean(name: string, names: readonly string[]): string {
  const close = names.find((candidate) => editDistance(candidate.toLowerCase(), name.toLowerCase()) <= 2);
  return close ? ` (did you mean "${close}"?)` : "";
}

/** Levenshtein distance, for short names. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

