import "reflect-metadata";
import { mergeSchemas } from "@graphql-tools/schema";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { lexicographicSortSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { roleAuthChecker } from "../auth/auth-checker";
import { explainAuthRefusals } from "../auth/explain-refusals";
import { withGeneratedApiRules } from "../auth/generated-api-rules";
import type { Config } from "../config";
import type { Database } from "../db/database";
import { AnalysisResolver } from "../analysis/analysis.resolver";
import { EcosystemGraphResolver } from "../ecosystem/ecosystem-graph.resolver";
import { EcosystemResolver } from "../ecosystem/ecosystem.resolver";
import { MetricsResolver } from "../metrics/metrics.resolver";
import { buildReportSchema } from "../reports/report-schema";
import { SyncResolver } from "../sync/sync.resolver";
import { StrategyResolver } from "../strategy/strategy.resolver";
import type { GraphQLContext } from "./context";
import { explainDuplicateKeys } from "./duplicate-key-errors";
import { withMutationTransactions } from "./mutation-transactions";
import { withStrictDates } from "./strict-scalars";
import { describeSchema } from "./schema-descriptions";

/** Every code-first resolver class; each lives next to its service in a feature folder. */
export const CODE_FIRST_RESOLVERS = [AnalysisResolver, EcosystemResolver, EcosystemGraphResolver, MetricsResolver, SyncResolver, StrategyResolver] as const;

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
 * code-first resolvers (type-graphql) for what the generated CRUD cannot express. Both halves
 * enforce the same roles: the generated one through `@authentication` rules added to the SDL,
 * the code-first one through `@Authorized` and roleAuthChecker.
 */
export async function buildEcographSchema(
  typeDefs: string,
  db: Database,
  config: Pick<Config, "auth" | "limits">,
): Promise<GraphQLSchema> {
  const generated = await new Neo4jGraphQL({
    typeDefs: withGeneratedApiRules(typeDefs, { anonymousReads: config.auth.anonymousReads, maxPageSize: config.limits.maxPageSize, defaultPageSize: config.limits.defaultPageSize }),
    resolvers: ACTOR_FIELD_RESOLVERS,
    driver: db.driver,
    features: {
      // Requests carry the claims the server verified (context.jwt); the key is the same one,
      // should a caller of this schema pass an encoded token in context.token instead.
      authorization: { key: config.auth.jwksUrl !== undefined ? { url: config.auth.jwksUrl } : (config.auth.jwtSecret ?? "") },
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
    authChecker: roleAuthChecker,
    authMode: "error",
  });

  const merged = mergeSchemas({ schemas: [explainAuthRefusals(explainDuplicateKeys(withMutationTransactions(generated, db), db)), codeFirst, buildReportSchema()] });
  // Every type, field, argument and enum value gets a description (see schema-descriptions.ts).
  return withStrictDates(describeSchema(merged, typeDefs));
}

/** The schema as SDL with types and fields sorted, for the snapshot and for frontends to build against. */
export function sortedSchema(schema: GraphQLSchema): GraphQLSchema {
  return lexicographicSortSchema(schema);
}
