import "reflect-metadata";
import { mergeSchemas } from "@graphql-tools/schema";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { lexicographicSortSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import type { Database } from "../db/database";
import { EcosystemResolver } from "../ecosystem/ecosystem.resolver";
import { MetricsResolver } from "../metrics/metrics.resolver";
import { SyncResolver } from "../sync/sync.resolver";
import type { GraphQLContext } from "./context";
import { explainDuplicateKeys } from "./duplicate-key-errors";

/** Every code-first resolver class; each lives next to its service in a feature folder. */
export const CODE_FIRST_RESOLVERS = [EcosystemResolver, MetricsResolver, SyncResolver] as const;

/** `metrics` on every actor type (`@customResolver` in schema/actors.graphql), batched per request. */
const actorMetricsField = {
  metrics: (actor: { id: string }, _args: unknown, ctx: GraphQLContext) => ctx.loaders.actorMetrics.load(actor.id),
};
const ACTOR_FIELD_RESOLVERS = {
  Platform: actorMetricsField,
  Firm: actorMetricsField,
  ServiceProvider: actorMetricsField,
  GovernmentAgency: actorMetricsField,
};

/**
 * Builds the one schema the API serves: the CRUD that @neo4j/graphql generates from schema/*.graphql
 * (filters, sorting, cursor pagination, aggregation, full-text search) merged with the
 * code-first resolvers (type-graphql) for what the generated CRUD cannot express.
 */
export async function buildEcographSchema(typeDefs: string, db: Database): Promise<GraphQLSchema> {
  const generated = await new Neo4jGraphQL({
    typeDefs,
    resolvers: ACTOR_FIELD_RESOLVERS,
    driver: db.driver,
    features: {
      // The generated API keeps only the current filter and mutation syntax
      // (`where: { name: { eq: ... } }`), which keeps the schema a frontend builds against small.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
    },
  }).getSchema();

  const codeFirst = await buildSchema({
    resolvers: [...CODE_FIRST_RESOLVERS],
    validate: false,
  });

  return mergeSchemas({ schemas: [explainDuplicateKeys(generated, db), codeFirst] });
}

/** The schema as SDL with types and fields sorted, for the snapshot and for frontends to build against. */
export function sortedSchema(schema: GraphQLSchema): GraphQLSchema {
  return lexicographicSortSchema(schema);
}
