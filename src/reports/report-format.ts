import { columnTypeText, type ReportColumn } from "./report-library";
import type { ReportResult, ReportRow, ReportValue } from "./report.service";

/** Output formats of `npm run report`. */
export const REPORT_FORMATS = ["table", "csv", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The widest a table cell gets before it is cut with "…" (tables are for reading; CSV and JSON keep everything). */
const MAX_CELL_WIDTH = 60;
/** Float columns in a table: a fixed number of decimals, so the decimal points line up. */
const TABLE_DECIMALS = 4;

export function formatReport(result: ReportResult, format: ReportFormat): string {
  switch (format) {
    case "table":
      return formatTable(result.report.columns, result.rows);
    case "csv":
      return formatCsv(result.report.columns, result.rows);
    case "json":
      return formatJson(result);
  }
}

/**
 * CSV after RFC 4180: a header line with the column names, CRLF after every record, a field in
 * double quotes when it holds a comma, a double quote, CR or LF, and double quotes inside doubled.
 * null is an empty field; a list's items are joined with ";"; numbers keep full precision.
 */
export function formatCsv(columns: readonly ReportColumn[], rows: readonly ReportRow[]): string {
  const lines = [columns.map((column) => csvField(column.name))];
  for (const row of rows) lines.push(columns.map((column) => csvField(plainText(row[column.name] ?? null, ";"))));
  return lines.map((fields) => `${fields.join(",")}\r\n`).join("");
}

export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * An aligned text table: a header, a rule, one line per row, and the row count. Numbers are
 * right-aligned and floats shown with four decimals; null is blank.
 */
export function formatTable(columns: readonly ReportColumn[], rows: readonly ReportRow[]): string {
  const numeric = columns.map((column) => !column.list && (column.type === "int" || column.type === "float"));
  const cells = rows.map((row) => columns.map((column) => tableCell(column, row[column.name] ?? null)));
  const widths = columns.map((column, i) => Math.max(column.name.length, ...cells.map((line) => line[i]!.length)));
  const render = (line: readonly string[]) =>
    line
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  const out = [render(columns.map((column) => column.name)), widths.map((width) => "-".repeat(width)).join("  ")];
  for (const line of cells) out.push(render(line));
  out.push(`(${rows.length} ${rows.length === 1 ? "row" : "rows"})`);
  return `${out.join("\n")}\n`;
}

function tableCell(column: ReportColumn, value: ReportValue): string {
  const text =
    column.type === "float" && typeof value === "number" ? value.toFixed(TABLE_DECIMALS) : plainText(value, ", ").replace(/\s+/g, " ");
  return text.length > MAX_CELL_WIDTH ? `${text.slice(0, MAX_CELL_WIDTH - 1)}…` : text;
}

/** The report, its effective parameters, its columns and its rows, as one JSON document. */
export function formatJson(result: ReportResult): string {
  const document = {
    report: result.report.name,
    title: result.report.title,
    parameters: result.parameters,
    columns: result.report.columns.map((column) => ({ name: column.name, type: columnTypeText(column) })),
    rows: result.rows,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function plainText(value: ReportValue, listSeparator: string): string {
  if (value === null) return "";
  if (Array.isArray(value)) return value.map((item) => String(item)).join(listSeparator);
  return String(value);
}
