import { GraphQLError, GraphQLScalarType, Kind, type GraphQLSchema } from "graphql";
import neo4j from "neo4j-driver";
import { parseCalendarDate } from "../calendar-date";
import { InvalidInputError } from "../errors";

/**
 * Makes the generated `Date` scalar take ISO 8601 calendar dates only, by the project's one date
 * rule (parseCalendarDate). @neo4j/graphql's own scalar hands the text to JavaScript's `Date`,
 * which takes "2017-02-29" as 1 March, and "Jan 1 2017" or "2017" as dates; a literal it cannot
 * read (`2023-02-30`) reached Neo4j as an invalid date and ended as an internal error. Variables
 * and literals are checked the same way: a variable's mistake is BAD_USER_INPUT from graphql-js's
 * coercion, a literal's carries BAD_USER_INPUT in its validation error.
 *
 * The schema's scalar object is changed in place: it is the one the executor and the validator
 * read. Returns the same schema.
 */
export function withStrictDates(schema: GraphQLSchema): GraphQLSchema {
  const date = schema.getType("Date");
  if (!(date instanceof GraphQLScalarType)) return schema;
  const toNeo4jDate = (value: unknown) => {
    const text = parseCalendarDate(value, "A Date");
    const [year, month, day] = text.split("-").map(Number) as [number, number, number];
    return new neo4j.types.Date(year, month, day);
  };
  date.parseValue = (value: unknown) => {
    if (neo4j.isDate(value as never)) return value;
    try {
      return toNeo4jDate(value);
    } catch (error) {
      if (error instanceof InvalidInputError) throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
      throw error;
    }
  };
  date.parseLiteral = (node) => {
    if (node.kind !== Kind.STRING) {
      throw new GraphQLError('A Date must be a string "YYYY-MM-DD".', { extensions: { code: "BAD_USER_INPUT" } });
    }
    try {
      return toNeo4jDate(node.value);
    } catch (error) {
      if (error instanceof InvalidInputError) throw new GraphQLError(error.message, { extensions: { code: "BAD_USER_INPUT" } });
      throw error;
    }
  };
  return schema;
}
