import { MapperKind, mapSchema } from "@graphql-tools/utils";
import type { GraphQLFieldConfig, GraphQLSchema } from "graphql";
import type { GraphQLContext } from "../graphql/context";
import { assertCallerHas, CAN_READ, CAN_WRITE, ForbiddenError, type Role } from "./roles";

/**
 * @neo4j/graphql refuses a request that breaks an `@authentication` rule with a bare
 * "Unauthenticated", whether the caller had no token or the wrong role. This wraps the generated
 * root fields so the refusal says what it says for the code-first resolvers: UNAUTHENTICATED with
 * the roles that would do when there is no token, FORBIDDEN naming the caller's roles otherwise.
 * The rules themselves stay in the SDL (generated-api-rules.ts); nothing here decides access.
 */
export function explainAuthRefusals(schema: GraphQLSchema): GraphQLSchema {
  const wrap = (allowed: readonly Role[]) => (field: GraphQLFieldConfig<unknown, GraphQLContext>, fieldName: string, typeName: string) => {
    const resolve = field.resolve;
    if (!resolve) return field;
    return {
      ...field,
      resolve: async (source: unknown, args: Record<string, unknown>, context: GraphQLContext, info: Parameters<typeof resolve>[3]) => {
        try {
          return await resolve(source, args, context, info);
        } catch (error) {
          if (!isLibraryRefusal(error)) throw error;
          const what = `${typeName}.${fieldName}`;
          assertCallerHas(context.caller, allowed, what);
          throw new ForbiddenError(`${what} was refused for this token's roles (${context.caller.roles.join(", ")}).`, { cause: error });
        }
      },
    };
  };
  return mapSchema(schema, {
    [MapperKind.QUERY_ROOT_FIELD]: wrap(CAN_READ),
    [MapperKind.MUTATION_ROOT_FIELD]: wrap(CAN_WRITE),
  });
}

/** The library's refusals: a bare "Unauthenticated" / "Forbidden", or its error classes of those names. */
function isLibraryRefusal(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return (
    error.message === "Unauthenticated" ||
    error.message === "Forbidden" ||
    error.name === "Neo4jGraphQLForbiddenError" ||
    error.name === "Neo4jGraphQLAuthenticationError"
  );
}
