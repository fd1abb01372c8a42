import { InvalidInputError } from "../../../src/errors";
import { parseReport } from "../../../src/reports/report-library";
import { coerceParameters, coerceParameterValue, describeParameter } from "../../../src/reports/report-parameters";

const report = parseReport(
  [
    "/**",
    " * @report sample-report",
    " * @title T",
    " * @description D",
    " * @param {id:Platform} platform The platform",
    " * @param {int 1..1000} [limit=10] How many",
    " * @param {float 0..1} [belowShare] Below this share",
    " * @param {boolean} [includeCovered=false] Everything",
    " * @param {string} [label] A label",
    " * @column {int} n N",
    " */",
    "RETURN $platform, $limit, $belowShare, $includeCovered, $label, 1 AS n",
  ].join("\n"),
  "sample-report.cypher",
);
const param = (name: string) => report.parameters.find((p) => p.name === name)!;

function invalid(given: Record<string, unknown>): string {
  try {
    coerceParameters(report, given);
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return (error as Error).message;
  }
  throw new Error("expected the parameters to be refused");
}

describe("report parameters", () => {
  it("turns command-line text into typed values, and fills in defaults and nulls", () => {
    expect(coerceParameters(report, { platform: "p-1", limit: "25", belowShare: "0.05", includeCovered: "yes" })).toEqual({
      platform: "p-1",
      limit: 25,
      belowShare: 0.05,
      includeCovered: true,
      label: null,
    });
    expect(coerceParameters(report, { platform: "p-1" })).toEqual({
      platform: "p-1",
      limit: 10,
      belowShare: null,
      includeCovered: false,
      label: null,
    });
  });

  it("takes typed values (GraphQL arguments) as they are, and treats null as left out", () => {
    expect(coerceParameters(report, { platform: "p-1", limit: 3, belowShare: 1, includeCovered: false, label: "", })).toMatchObject({
      limit: 3,
      belowShare: 1,
      includeCovered: false,
      label: "",
    });
    expect(coerceParameters(report, { platform: "p-1", limit: null })).toMatchObject({ limit: 10 });
  });

  it.each([
    ["int", "limit", "2.5", 'limit must be a whole number from 1 to 1000, but got: "2.5"'],
    ["int", "limit", 0, "limit must be a whole number from 1 to 1000, but got: 0"],
    ["int", "limit", "1e3", 'limit must be a whole number from 1 to 1000, but got: "1e3"'],
    ["float", "belowShare", "1.5", 'belowShare must be a number from 0 to 1, but got: "1.5"'],
    ["float", "belowShare", "NaN", 'belowShare must be a number from 0 to 1, but got: "NaN"'],
    ["boolean", "includeCovered", "maybe", 'includeCovered must be true or false, but got: "maybe"'],
    ["id", "platform", "  ", 'platform must be a non-empty id, but got: "  "'],
    ["string", "label", 42, "label must be text, but got: 42"],
  ])("refuses a bad %s value", (_type, name, value, message) => {
    expect(coerceParameterValue(param(name), value)).toEqual({ problem: message });
  });

  it("reports unknown, missing and badly typed parameters in one message that lists what the report accepts", () => {
    const message = invalid({ limt: "5", limit: "many", colour: "red" });
    expect(message).toBe(
      'Invalid parameters for the report "sample-report": unknown parameter "limt" (did you mean "limit"?); ' +
        'unknown parameter "colour"; platform is required; limit must be a whole number from 1 to 1000, but got: "many". ' +
        "It accepts: platform (id of a Platform, required), limit (int 1..1000, default 10), belowShare (float 0..1, optional), " +
        "includeCovered (boolean, default false), label (string, optional).",
    );
  });

  it("describes a parameter for messages and listings", () => {
    expect(report.parameters.map(describeParameter)).toEqual([
      "platform (id of a Platform, required)",
      "limit (int 1..1000, default 10)",
      "belowShare (float 0..1, optional)",
      "includeCovered (boolean, default false)",
      "label (string, optional)",
    ]);
  });
});
