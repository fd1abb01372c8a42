import type { AuthChecker } from "type-graphql";
import type { GraphQLContext } from "../graphql/context";
import { assertCallerHas, type Role } from "./roles";

/**
 * type-graphql's check for `@Authorized(roles)` on code-first resolvers: the same roles and the
 * same errors as the generated CRUD's rules (UNAUTHENTICATED without a token, FORBIDDEN with a
 * token whose roles do not suffice).
 */
export const roleAuthChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, allowed) => {
  assertCallerHas(context.caller, allowed, `${info.parentType.name}.${info.fieldName}`);
  return true;
};
