import { parseReportArgs, runReportCli, ReportUsageError, USAGE, type ReportCliEnvironment } from "../../../src/report-cli";
import { defaultReportLibrary, ReportLibraryError } from "../../../src/reports/report-library";

describe("report CLI arguments", () => {
  it("reads a report with parameters, a format and an output file", () => {
    expect(parseReportArgs(["top-brokers", "--param", "platform=p-1", "-p", "limit=5", "--format", "csv", "--out", "brokers.csv"])).toEqual({
      kind: "run",
      report: "top-brokers",
      params: { platform: "p-1", limit: "5" },
      format: "csv",
      out: "brokers.csv",
    });
  });

  it("takes --name=value too, keeps '=' inside values, and defaults to a table on standard output", () => {
    expect(parseReportArgs(["--param=label=a=b", "chain-gaps", "--format=json"])).toEqual({
      kind: "run",
      report: "chain-gaps",
      params: { label: "a=b" },
      format: "json",
      out: undefined,
    });
    expect(parseReportArgs(["chain-gaps"])).toMatchObject({ format: "table", out: undefined, params: {} });
  });

  it("reads --list and --help", () => {
    expect(parseReportArgs(["--list"])).toEqual({ kind: "list" });
    expect(parseReportArgs(["top-brokers", "-h"])).toEqual({ kind: "help" });
  });

  it.each([
    [[], "the name of the report is missing (npm run report -- --list shows them)"],
    [["top-brokers", "--format", "xml"], '--format must be one of table, csv, json, but got: "xml"'],
    [["top-brokers", "--format"], "--format needs a value"],
    [["top-brokers", "--param", "limit"], '--param needs key=value, but got: "limit"'],
    [["top-brokers", "--param", "=5"], '--param needs key=value, but got: "=5"'],
    [["top-brokers", "-p", "limit=1", "-p", "limit=2"], "the parameter limit is given twice"],
    [["top-brokers", "--limit", "5"], "unknown option --limit; the options are --param, --format, --out, --list and --help"],
    [["top-brokers", "chain-gaps"], "one report at a time, but got top-brokers and chain-gaps"],
  ])("refuses %j", (argv, message) => {
    expect(() => parseReportArgs(argv)).toThrow(new ReportUsageError(message));
  });
});

describe("the report CLI without a database", () => {
  /** Captures the output; opening a database fails the test, since none of these cases may need one. */
  function environment() {
    const out = { stdout: "", stderr: "" };
    const env: ReportCliEnvironment = {
      stdout: (text) => (out.stdout += text),
      stderr: (text) => (out.stderr += text),
      library: defaultReportLibrary,
      openDatabase: () => {
        throw new Error("the CLI must not open the database for this");
      },
    };
    return { env, out };
  }

  it("lists every report with its title, parameters and columns", async () => {
    const { env, out } = environment();
    expect(await runReportCli(["--list"], env)).toBe(0);
    for (const name of defaultReportLibrary().names()) expect(out.stdout).toMatch(new RegExp(`^${name} — `, "m"));
    expect(out.stdout).toContain("top-brokers — Top brokers of a platform's ecosystem\n");
    expect(out.stdout).toContain("  --param platform=… (id of a Platform, required)  The platform whose ecosystem is read\n");
    expect(out.stdout).toContain("  --param limit=… (int 1..1000, default 10)  How many actors to list\n");
    expect(out.stdout).toContain("  columns: scope (string), rank (int), actorId (id), name (string)");
  });

  it("prints the usage for --help", async () => {
    const { env, out } = environment();
    expect(await runReportCli(["--help"], env)).toBe(0);
    expect(out.stdout).toBe(`${USAGE}\n`);
  });

  it("exits with 2 and the accepted reports for an unknown report", async () => {
    const { env, out } = environment();
    expect(await runReportCli(["top-brokerz"], env)).toBe(2);
    expect(out.stderr).toContain(
      'report: There is no report named "top-brokerz" (did you mean "top-brokers"?). The reports are: chain-gaps, membership-growth, platform-dependence, ' +
        "service-coverage, stage-supply-concentration, supply-concentration, top-brokers.",
    );
    expect(out.stdout).toBe("");
  });

  it("exits with 2 and the accepted parameters for a bad parameter", async () => {
    const { env, out } = environment();
    expect(await runReportCli(["top-brokers", "-p", "platform=p-1", "-p", "limit=0", "-p", "colour=red"], env)).toBe(2);
    expect(out.stderr).toContain('unknown parameter "colour"; limit must be a whole number from 1 to 1000, but got: "0"');
    expect(out.stderr).toContain("It accepts: platform (id of a Platform, required), limit (int 1..1000, default 10), asOf (date YYYY-MM-DD, optional).");
  });

  it("exits with 2 and the usage for a bad option", async () => {
    const { env, out } = environment();
    expect(await runReportCli(["top-brokers", "--format", "xml"], env)).toBe(2);
    expect(out.stderr).toContain('report: --format must be one of table, csv, json, but got: "xml"');
    expect(out.stderr).toContain("Usage: npm run report");
  });

  it("exits with 1 when the library itself is broken", async () => {
    const { env, out } = environment();
    const broken: ReportCliEnvironment = {
      ...env,
      library: () => {
        throw new ReportLibraryError("reports/x.cypher: line 2: @report is missing");
      },
    };
    expect(await runReportCli(["--list"], broken)).toBe(1);
    expect(out.stderr).toBe("report: reports/x.cypher: line 2: @report is missing\n");
  });
});
