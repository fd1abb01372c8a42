import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { getNamedType, type GraphQLFieldConfig, type GraphQLSchema } from "graphql";
import type { Database } from "../db/database";
import { findDuplicateKeys, type KeyCandidate } from "../db/duplicate-keys";
import { DuplicateKeyError } from "../errors";

/**
 * @neo4j/graphql reports a broken uniqueness constraint as a bare "Constraint validation failed".
 * This wraps the generated create / update mutations so such an error says which record clashed
 * on which key (id, or source + externalId), and that nothing was written (the mutation's
 * transaction was rolled back).
 */
export function explainDuplicateKeys(schema: GraphQLSchema, db: Database): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.MUTATION_ROOT_FIELD]: (field, fieldName) => {
      const label = mutatedLabel(field, fieldName);
      const resolve = field.resolve;
      if (!label || !resolve) return field;
      return {
        ...field,
        resolve: async (source, args, context, info) => {
          try {
            return await resolve(source, args, context, info);
          } catch (error) {
            if (!isConstraintViolation(error)) throw error;
            const clashes = await findDuplicateKeys(db, label, keyCandidates(args)).catch(() => []);
            throw new DuplicateKeyError(
              `${fieldName} would duplicate a unique key of ${label}` +
                (clashes.length > 0 ? `: ${clashes.join("; ")}` : " (id, or source together with externalId)") +
                ". Nothing was written. Use keys that are not taken, or update the existing record.",
              { cause: error },
            );
          }
        },
      };
    },
  });
}

/** `createFirms(input: [FirmCreateInput!]!)` and `updateFirms(where: FirmWhere ...)` write `Firm`. */
function mutatedLabel(field: GraphQLFieldConfig<unknown, unknown>, fieldName: string): string | undefined {
  if (fieldName.startsWith("create") && field.args?.input) {
    return getNamedType(field.args.input.type).name.replace(/CreateInput$/, "");
  }
  if (fieldName.startsWith("update") && field.args?.where) {
    return getNamedType(field.args.where.type).name.replace(/Where$/, "");
  }
  return undefined;
}

function isConstraintViolation(error: unknown): boolean {
  return error instanceof Error && error.name === "Neo4jGraphQLConstraintValidationError";
}

/** Reads the keys out of `input: [...]` (create) or `update: {...}` (update, with `{ set }` values). */
function keyCandidates(args: Record<string, unknown>): KeyCandidate[] {
  const records = Array.isArray(args.input) ? args.input : args.update ? [args.update] : [];
  return records.map((record: Record<string, unknown>, position) => ({
    position,
    id: scalar(record?.id),
    source: scalar(record?.source),
    externalId: scalar(record?.externalId),
  }));
}

function scalar(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && typeof (value as { set?: unknown }).set === "string") {
    return (value as { set: string }).set;
  }
  return undefined;
}
