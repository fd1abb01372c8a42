import { makeExecutableSchema } from "@graphql-tools/schema";
import type { GraphQLSchema } from "graphql";
import { assertCallerHas, CAN_ANALYZE } from "../auth/roles";
import type { GraphQLContext } from "../graphql/context";
import {
  defaultReportLibrary,
  type ColumnType,
  type ParameterType,
  type ParameterValue,
  type ReportDefinition,
  type ReportLibrary,
  type ReportParameter,
} from "./report-library";
import { parameterTypeText } from "./report-parameters";
import type { ReportRow } from "./report.service";

/**
 * GraphQL access to the report library, generated from the report headers: one query per report
 * with typed arguments and a typed row type, e.g.
 *
 *   reportTopBrokers(platform: ID!, limit: Int = 10): [TopBrokersReportRow!]!
 *
 * and `reports`, the library's description. Every field needs the analyst or admin role. Dates
 * are ISO 8601 strings (the generated API's Date scalar is not redeclared here, so the merged
 * schema keeps one Date with its own parsing).
 */

const ARGUMENT_TYPES: Readonly<Record<ParameterType, string>> = {
  int: "Int",
  float: "Float",
  string: "String",
  id: "ID",
  boolean: "Boolean",
  date: "String",
};

const COLUMN_GRAPHQL_TYPES: Readonly<Record<ColumnType, string>> = {
  int: "Int",
  float: "Float",
  string: "String",
  id: "ID",
  boolean: "Boolean",
  date: "String",
  datetime: "String",
};

/** `top-brokers` → `reportTopBrokers`, the report's query field. */
export function reportFieldName(report: Pick<ReportDefinition, "name">): string {
  return `report${pascalCase(report.name)}`;
}

/** `top-brokers` → `TopBrokersReportRow`, the type of the report's rows. */
export function reportRowTypeName(report: Pick<ReportDefinition, "name">): string {
  return `${pascalCase(report.name)}ReportRow`;
}

const LIBRARY_TYPES = `
  "A report of the library (reports/*.cypher): what it shows, its parameters and its columns"
  type ReportDescription {
    "The report's name, e.g. top-brokers (npm run report -- <name>)"
    name: String!
    "One line saying what the report shows"
    title: String!
    "What the report shows and how to read it"
    description: String!
    "The query field that runs the report, e.g. reportTopBrokers"
    query: String!
    "The report's parameters (query arguments, CLI --param)"
    parameters: [ReportParameterDescription!]!
    "The report's columns (fields of its row type)"
    columns: [ReportColumnDescription!]!
  }

  "A parameter of a report: an argument of its query, a --param of the CLI"
  type ReportParameterDescription {
    "The parameter's name"
    name: String!
    "int, float, string, id, boolean or date (YYYY-MM-DD)"
    type: String!
    "For ids: the label of the node the id must name, e.g. Platform"
    nodeLabel: String
    "Whether the report needs a value (there is no default)"
    required: Boolean!
    "The default as JSON text; null when there is none"
    defaultValue: String
    "Inclusive lower bound of a number"
    min: Float
    "Inclusive upper bound of a number"
    max: Float
    "What the parameter does"
    description: String!
  }

  "A column of a report: a field of its row type"
  type ReportColumnDescription {
    "The column's name (the field of the row type)"
    name: String!
    "int, float, string, id, boolean, date or datetime (dates are ISO 8601 strings)"
    type: String!
    "Whether the column holds a list of values"
    list: Boolean!
    "Whether the column can be null"
    nullable: Boolean!
    "What the column holds"
    description: String!
  }
`;

/** The SDL of the report queries and row types (exported for the docs and the tests). */
export function reportTypeDefs(library: ReportLibrary): string {
  const seen = new Map<string, string>();
  for (const report of library.reports) {
    for (const generated of [reportFieldName(report), reportRowTypeName(report)]) {
      const other = seen.get(generated);
      if (other) throw new Error(`The reports ${other} and ${report.name} would both be named ${generated} in GraphQL; rename one.`);
      seen.set(generated, report.name);
    }
  }
  const fields = library.reports.map((report) => {
    const args = report.parameters.map(argumentSdl);
    return `  ${description(`${report.title}. ${report.description} Needs the analyst or admin role.`)}
  ${reportFieldName(report)}${args.length > 0 ? `(\n${args.join("\n")}\n  )` : ""}: [${reportRowTypeName(report)}!]!`;
  });
  const rowTypes = library.reports.map((report) => {
    const columns = report.columns.map((column) => {
      const type = COLUMN_GRAPHQL_TYPES[column.type];
      const sdlType = column.list ? `[${type}!]` : type;
      const note = column.type === "date" || column.type === "datetime" ? ` (ISO 8601 ${column.type === "date" ? "date" : "date-time"})` : "";
      return `  ${description(`${column.description}${note}`)}\n  ${column.name}: ${sdlType}${column.nullable ? "" : "!"}`;
    });
    return `${description(`A row of the report ${report.name}: ${report.title}`)}\ntype ${reportRowTypeName(report)} {\n${columns.join("\n")}\n}`;
  });
  return `${LIBRARY_TYPES}
type Query {
  "The report library: every report with its parameters and columns. Needs the analyst or admin role."
  reports: [ReportDescription!]!
${fields.join("\n")}
}

${rowTypes.join("\n\n")}
`;
}

/**
 * The executable schema of the reports, to be merged into the API's schema. Resolvers are thin:
 * the role check, then the report service.
 */
export function buildReportSchema(library: ReportLibrary = defaultReportLibrary()): GraphQLSchema {
  const query: Record<string, (root: unknown, args: Record<string, unknown>, ctx: GraphQLContext) => unknown> = {
    reports: (_root, _args, ctx) => {
      assertCallerHas(ctx.caller, CAN_ANALYZE, "Listing the reports");
      return ctx.services.reports.list().map(describeReport);
    },
  };
  for (const report of library.reports) {
    query[reportFieldName(report)] = async (_root, args, ctx): Promise<readonly ReportRow[]> => {
      assertCallerHas(ctx.caller, CAN_ANALYZE, `The report ${report.name}`);
      return (await ctx.services.reports.run(report.name, args, ctx.observeQuery)).rows;
    };
  }
  return makeExecutableSchema({ typeDefs: reportTypeDefs(library), resolvers: { Query: query } });
}

function describeReport(report: ReportDefinition) {
  return {
    name: report.name,
    title: report.title,
    description: report.description,
    query: reportFieldName(report),
    parameters: report.parameters.map((parameter) => ({
      name: parameter.name,
      type: parameter.type,
      nodeLabel: parameter.label ?? null,
      required: parameter.required,
      defaultValue: parameter.defaultValue === null ? null : JSON.stringify(parameter.defaultValue),
      min: parameter.min ?? null,
      max: parameter.max ?? null,
      description: parameter.description,
    })),
    columns: report.columns.map((column) => ({
      name: column.name,
      type: column.type,
      list: column.list,
      nullable: column.nullable,
      description: column.description,
    })),
  };
}

function argumentSdl(parameter: ReportParameter): string {
  const type = ARGUMENT_TYPES[parameter.type];
  const text = `${parameter.description} (${parameterTypeText(parameter)})`;
  const declared = parameter.required ? `${type}!` : parameter.defaultValue === null ? type : `${type} = ${literal(parameter.defaultValue)}`;
  return `    ${description(text)}\n    ${parameter.name}: ${declared}`;
}

/** A GraphQL literal of a default value (strings as JSON strings, which GraphQL reads the same). */
function literal(value: ParameterValue): string {
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** A description as a GraphQL string (JSON escaping is valid GraphQL string escaping). */
function description(text: string): string {
  return JSON.stringify(text);
}

function pascalCase(name: string): string {
  return name
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

