import { MapperKind, mapSchema } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import type { Database, StatementRunner } from "../db/database";

/** The part of the request context @neo4j/graphql takes its transaction from. */
interface ExecutionContextHolder {
  executionContext?: StatementRunner | unknown;
}

/**
 * Every generated mutation (createFirms, updateFirms, deleteFirms, ...) runs in a write
 * transaction of the Database layer, which bumps the graph version in that same transaction
 * (Database.writeTransaction, graph-version.ts): a cached metric is never served after the
 * mutation commits, by any replica, and a mutation that fails bumps nothing. @neo4j/graphql runs
 * its Cypher in the transaction it finds as `executionContext` in the context, for the time of
 * the field's resolver. The transaction commits when the field's resolver has returned, before
 * code-first fields of its answer (an actor's `metrics`) are resolved, so they read the committed
 * write. Each root field is its own transaction, as it is in the library: in
 * `mutation { a: createFirms(...) b: updateFirms(...) }` a failing `b` does not undo `a`.
 */
export function withMutationTransactions(schema: GraphQLSchema, db: Database): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.MUTATION_ROOT_FIELD]: (field) => {
      const resolve = field.resolve;
      if (!resolve) return field;
      return {
        ...field,
        resolve: (source, args, context: ExecutionContextHolder, info) =>
          db.writeTransaction(async (tx) => {
            const previous = context.executionContext;
            context.executionContext = tx;
            try {
              return await resolve(source, args, context, info);
            } finally {
              if (previous === undefined) delete context.executionContext;
              else context.executionContext = previous;
            }
          }),
      };
    },
  });
}
