/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date, represented as a 'yyyy-mm-dd' string */
  Date: { input: string; output: string; }
  /** A date and time, represented as an ISO-8601 string */
  DateTime: { input: string; output: string; }
};

/** Further relationships to connect from the Actor being connected */
export type ActorConnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInConnectFieldInput>>;
};

/** Which existing Actor to connect */
export type ActorConnectWhere = {
  /** Filter on the related Actor */
  node: ActorWhere;
};

/** A new Actor: its fields, and the related records to create or connect */
export type ActorCreateInput = {
  /** For the Firm members of the union or interface */
  Firm?: InputMaybe<FirmCreateInput>;
  /** For the GovernmentAgency members of the union or interface */
  GovernmentAgency?: InputMaybe<GovernmentAgencyCreateInput>;
  /** For the Platform members of the union or interface */
  Platform?: InputMaybe<PlatformCreateInput>;
  /** For the ServiceProvider members of the union or interface */
  ServiceProvider?: InputMaybe<ServiceProviderCreateInput>;
};

/** Related records to delete together with the Actor */
export type ActorDeleteInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
};

/** Relationships of the Actor to remove (the related records stay) */
export type ActorDisconnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
};

/** The concrete types that implement Actor */
export type ActorImplementation =
  /** The Firm type (A corporate customer of a platform: a manufacturer, a trader or a buyer) */
  | 'Firm'
  /** The GovernmentAgency type (Local government, an industrial park administration or an industry association) */
  | 'GovernmentAgency'
  /** The Platform type (A core B2B platform at the centre of an ecosystem) */
  | 'Platform'
  /** The ServiceProvider type (A provider of one or more services to the firms of an ecosystem) */
  | 'ServiceProvider';

/** The kind of actor a synced record is */
export type ActorLabel =
  /** A corporate customer: manufacturer, trader or buyer */
  | 'Firm'
  /** Local government, an industrial park administration or an industry association */
  | 'GovernmentAgency'
  /** A core B2B platform */
  | 'Platform'
  /** A provider of services to firms */
  | 'ServiceProvider';

/** Existing Region records to relate by `locatedIn`, with the relationship's properties */
export type ActorLocatedInConnectFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<RegionConnectInput>>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionConnectWhere>;
};

/** Filter Actor records on aggregates of their `locatedIn` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type ActorLocatedInConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ActorLocatedInConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ActorLocatedInConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ActorLocatedInConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Region */
  node?: InputMaybe<ActorLocatedInNodeAggregationWhereInput>;
};

/** Filter Actor records on their `locatedIn` relationships: all, none, single or some must match */
export type ActorLocatedInConnectionFilters = {
  /** Filter Actors by aggregating results on related ActorLocatedInConnections */
  aggregate?: InputMaybe<ActorLocatedInConnectionAggregateInput>;
  /** Return Actors where all of the related ActorLocatedInConnections match this filter */
  all?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Actors where none of the related ActorLocatedInConnections match this filter */
  none?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Actors where one of the related ActorLocatedInConnections match this filter */
  single?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Actors where some of the related ActorLocatedInConnections match this filter */
  some?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** Sort the `locatedIn` relationships of a Actor by the related Region (node) or the relationship's properties (edge) */
export type ActorLocatedInConnectionSort = {
  /** Sort by the related Region */
  node?: InputMaybe<RegionSort>;
};

/** Filter on `locatedIn` relationships of a Actor: on the related Region (node) and on the relationship's properties (edge) */
export type ActorLocatedInConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ActorLocatedInConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ActorLocatedInConnectionWhere>>;
  /** Filter on the related Region */
  node?: InputMaybe<RegionWhere>;
};

/** A new Region to create and relate by `locatedIn`, with the relationship's properties */
export type ActorLocatedInCreateFieldInput = {
  /** The Region to create */
  node: RegionCreateInput;
};

/** Which Region records related by `locatedIn` to delete */
export type ActorLocatedInDeleteFieldInput = {
  /** Related records to delete by `locatedIn` */
  delete?: InputMaybe<RegionDeleteInput>;
  /** Which related Region records to delete */
  where?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** Which `locatedIn` relationships to Region records to remove (the Region records stay) */
export type ActorLocatedInDisconnectFieldInput = {
  /** Related records to disconnect by `locatedIn` */
  disconnect?: InputMaybe<RegionDisconnectInput>;
  /** Which relationships to Region records to remove */
  where?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** Filter on aggregates (min / max / average) of the Region records related by `locatedIn` */
export type ActorLocatedInNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ActorLocatedInNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ActorLocatedInNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ActorLocatedInNodeAggregationWhereInput>>;
  /** Filter on `code`: administrative code, if any */
  code?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a Region related by `locatedIn` (node) and to the relationship's properties (edge) */
export type ActorLocatedInUpdateConnectionInput = {
  /** Changes to the related Region */
  node?: InputMaybe<RegionUpdateInput>;
  /** Which existing Region records to connect */
  where?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** Changes to the `locatedIn` relationships of a Actor: create, connect, update, disconnect or delete related Region records */
export type ActorLocatedInUpdateFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<ActorLocatedInConnectFieldInput>>;
  /** Related records to create by `locatedIn` */
  create?: InputMaybe<Array<ActorLocatedInCreateFieldInput>>;
  /** Related records to delete by `locatedIn` */
  delete?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
  /** Related records to disconnect by `locatedIn` */
  disconnect?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
  /** Related records to update by `locatedIn` */
  update?: InputMaybe<ActorLocatedInUpdateConnectionInput>;
};

/** Filter on a list of related Actor records: all, none, single or some must match */
export type ActorRelationshipFilters = {
  /** Filter type where all of the related Actors match this filter */
  all?: InputMaybe<ActorWhere>;
  /** Filter type where none of the related Actors match this filter */
  none?: InputMaybe<ActorWhere>;
  /** Filter type where one of the related Actors match this filter */
  single?: InputMaybe<ActorWhere>;
  /** Filter type where some of the related Actors match this filter */
  some?: InputMaybe<ActorWhere>;
};

/** A relationship type between actors */
export type ActorRelationshipType =
  /** A firm's membership of a platform (Firm → Platform) */
  | 'MEMBER_OF'
  /** A provider is part of a platform's offer (ServiceProvider → Platform) */
  | 'PARTNERS_WITH'
  /** A service delivered (ServiceProvider → Firm) */
  | 'SERVES'
  /** Trade between firms (Firm → Firm), weighted by volume */
  | 'SUPPLIES'
  /** Public support (GovernmentAgency → Platform or IndustrialChain) */
  | 'SUPPORTS';

/** Fields to sort Actors by. The order in which sorts are applied is not guaranteed when specifying many fields in one ActorSort object. */
export type ActorSort = {
  /** Sort by `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<SortDirection>;
  /** Sort by `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<SortDirection>;
  /** Sort by `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<SortDirection>;
  /** Sort by `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<SortDirection>;
  /** Sort by `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<SortDirection>;
  /** Sort by `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<SortDirection>;
  /** Sort by `description`: free-text description */
  description?: InputMaybe<SortDirection>;
  /** Sort by `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<SortDirection>;
  /** Sort by `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<SortDirection>;
  /** Sort by `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<SortDirection>;
  /** Sort by `id`: generated by Ecograph (UUID) unless the record was loaded with its own id */
  id?: InputMaybe<SortDirection>;
  /** Sort by `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<SortDirection>;
  /** Sort by `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<SortDirection>;
  /** Sort by `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<SortDirection>;
  /** Sort by `metricsRunId`: the metric run (MetricRun.id) the stored metrics come from */
  metricsRunId?: InputMaybe<SortDirection>;
  /** Sort by `name`: name as the record's source spells it */
  name?: InputMaybe<SortDirection>;
  /** Sort by `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<SortDirection>;
  /** Sort by `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<SortDirection>;
  /** Sort by `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<SortDirection>;
  /** Sort by `retiredAt`: set when the record was retired (by a sync or an update); retired records are kept, not deleted */
  retiredAt?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<SortDirection>;
  /** Sort by `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<SortDirection>;
};

/** Changes to Actor records: new field values, and related records to create, connect, update, disconnect or delete */
export type ActorUpdateInput = {
  /** Change `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<BooleanScalarMutations>;
  /** Change `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarMutations>;
  /** Change `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarMutations>;
  /** Change `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarMutations>;
  /** Change `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarMutations>;
  /** Change `description`: free-text description */
  description?: InputMaybe<StringScalarMutations>;
  /** Change `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarMutations>;
  /** Change `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarMutations>;
  /** Change `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarMutations>;
  /** Change `id`: generated by Ecograph (UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarMutations>;
  /** Change `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarMutations>;
  /** Change `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarMutations>;
  /** Change `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInUpdateFieldInput>>;
  /** Change `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `metricsRunId`: the metric run (MetricRun.id) the stored metrics come from */
  metricsRunId?: InputMaybe<IdScalarMutations>;
  /** Change `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarMutations>;
  /** Change `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarMutations>;
  /** Change `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarMutations>;
  /** Change `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarMutations>;
  /** Change `retiredAt`: set when the record was retired (by a sync or an update); retired records are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarMutations>;
};

/** Filter on Actor records: combine field filters with AND / OR / NOT */
export type ActorWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ActorWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ActorWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ActorWhere>>;
  /** Filter on `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<BooleanScalarFilters>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarFilters>;
  /** Filter on `id`: generated by Ecograph (UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarFilters>;
  /** Filter on `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<RegionRelationshipFilters>;
  /** Filter on the `locatedIn` relationships (related Region and relationship properties): all, none, single or some must match */
  locatedInConnection?: InputMaybe<ActorLocatedInConnectionFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `metricsRunId`: the metric run (MetricRun.id) the stored metrics come from */
  metricsRunId?: InputMaybe<IdScalarFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarFilters>;
  /** Filter on `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarFilters>;
  /** Filter on `retiredAt`: set when the record was retired (by a sync or an update); retired records are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on the concrete type of the node */
  typename?: InputMaybe<Array<ActorImplementation>>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarFilters>;
};

/** What kind of public or collective body a government agency is */
export type AgencyKind =
  /** The administration of an industrial park or development zone */
  | 'INDUSTRIAL_PARK'
  /** An industry association or chamber */
  | 'INDUSTRY_ASSOCIATION'
  /** A city, county or provincial government */
  | 'LOCAL_GOVERNMENT';

/** AgencyKind filters */
export type AgencyKindEnumScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<AgencyKind>;
  /** Equal to one of */
  in?: InputMaybe<Array<AgencyKind>>;
};

/** AgencyKind mutations */
export type AgencyKindEnumScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<AgencyKind>;
};

/** Boolean filters */
export type BooleanScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Boolean mutations */
export type BooleanScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A centrality measure (DESIGN.md, Metrics): degree variants, Brandes betweenness, harmonic closeness, eigenvector, PageRank */
export type CentralityMeasure =
  /** Brandes betweenness, normalised: share of shortest paths through the actor */
  | 'BETWEENNESS'
  /** Harmonic closeness 1/(n-1) Σ 1/d(i,j), defined on disconnected graphs */
  | 'CLOSENESS'
  /** Number of distinct partners (Freeman degree) */
  | 'DEGREE'
  /** Eigenvector centrality, L2-normalised (Bonacich 1972) */
  | 'EIGENVECTOR'
  /** Relationships pointing to the actor (directed graphs) */
  | 'IN_DEGREE'
  /** Relationships starting at the actor (directed graphs) */
  | 'OUT_DEGREE'
  /** PageRank (Brin & Page 1998); damping and tolerance are arguments */
  | 'PAGERANK'
  /** Sum of the weights of the actor's relationships (SUPPLIES volume when weighted) */
  | 'WEIGHTED_DEGREE';

/** Existing IndustrialChain records to relate by `chain`, with the relationship's properties */
export type ChainStageChainConnectFieldInput = {
  /** Related records to connect by `chain` */
  connect?: InputMaybe<Array<IndustrialChainConnectInput>>;
  /** Which existing IndustrialChain records to connect */
  where?: InputMaybe<IndustrialChainConnectWhere>;
};

/** Filter ChainStage records on aggregates of their `chain` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type ChainStageChainConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageChainConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageChainConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageChainConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related IndustrialChain */
  node?: InputMaybe<ChainStageChainNodeAggregationWhereInput>;
};

/** Filter ChainStage records on their `chain` relationships: all, none, single or some must match */
export type ChainStageChainConnectionFilters = {
  /** Filter ChainStages by aggregating results on related ChainStageChainConnections */
  aggregate?: InputMaybe<ChainStageChainConnectionAggregateInput>;
  /** Return ChainStages where all of the related ChainStageChainConnections match this filter */
  all?: InputMaybe<ChainStageChainConnectionWhere>;
  /** Return ChainStages where none of the related ChainStageChainConnections match this filter */
  none?: InputMaybe<ChainStageChainConnectionWhere>;
  /** Return ChainStages where one of the related ChainStageChainConnections match this filter */
  single?: InputMaybe<ChainStageChainConnectionWhere>;
  /** Return ChainStages where some of the related ChainStageChainConnections match this filter */
  some?: InputMaybe<ChainStageChainConnectionWhere>;
};

/** Sort the `chain` relationships of a ChainStage by the related IndustrialChain (node) or the relationship's properties (edge) */
export type ChainStageChainConnectionSort = {
  /** Sort by the related IndustrialChain */
  node?: InputMaybe<IndustrialChainSort>;
};

/** Filter on `chain` relationships of a ChainStage: on the related IndustrialChain (node) and on the relationship's properties (edge) */
export type ChainStageChainConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageChainConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageChainConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageChainConnectionWhere>>;
  /** Filter on the related IndustrialChain */
  node?: InputMaybe<IndustrialChainWhere>;
};

/** A new IndustrialChain to create and relate by `chain`, with the relationship's properties */
export type ChainStageChainCreateFieldInput = {
  /** The IndustrialChain to create */
  node: IndustrialChainCreateInput;
};

/** Which IndustrialChain records related by `chain` to delete */
export type ChainStageChainDeleteFieldInput = {
  /** Related records to delete by `chain` */
  delete?: InputMaybe<IndustrialChainDeleteInput>;
  /** Which related IndustrialChain records to delete */
  where?: InputMaybe<ChainStageChainConnectionWhere>;
};

/** Which `chain` relationships to IndustrialChain records to remove (the IndustrialChain records stay) */
export type ChainStageChainDisconnectFieldInput = {
  /** Related records to disconnect by `chain` */
  disconnect?: InputMaybe<IndustrialChainDisconnectInput>;
  /** Which relationships to IndustrialChain records to remove */
  where?: InputMaybe<ChainStageChainConnectionWhere>;
};

/** The IndustrialChain records to create or connect by `chain` when creating a ChainStage */
export type ChainStageChainFieldInput = {
  /** Related records to connect by `chain` */
  connect?: InputMaybe<Array<ChainStageChainConnectFieldInput>>;
  /** Related records to create by `chain` */
  create?: InputMaybe<Array<ChainStageChainCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the IndustrialChain records related by `chain` */
export type ChainStageChainNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageChainNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageChainNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageChainNodeAggregationWhereInput>>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `industry`: the chain's industry in plain words, e.g. 'hardware' */
  industry?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a IndustrialChain related by `chain` (node) and to the relationship's properties (edge) */
export type ChainStageChainUpdateConnectionInput = {
  /** Changes to the related IndustrialChain */
  node?: InputMaybe<IndustrialChainUpdateInput>;
  /** Which existing IndustrialChain records to connect */
  where?: InputMaybe<ChainStageChainConnectionWhere>;
};

/** Changes to the `chain` relationships of a ChainStage: create, connect, update, disconnect or delete related IndustrialChain records */
export type ChainStageChainUpdateFieldInput = {
  /** Related records to connect by `chain` */
  connect?: InputMaybe<Array<ChainStageChainConnectFieldInput>>;
  /** Related records to create by `chain` */
  create?: InputMaybe<Array<ChainStageChainCreateFieldInput>>;
  /** Related records to delete by `chain` */
  delete?: InputMaybe<Array<ChainStageChainDeleteFieldInput>>;
  /** Related records to disconnect by `chain` */
  disconnect?: InputMaybe<Array<ChainStageChainDisconnectFieldInput>>;
  /** Related records to update by `chain` */
  update?: InputMaybe<ChainStageChainUpdateConnectionInput>;
};

/** Further relationships to connect from the ChainStage being connected */
export type ChainStageConnectInput = {
  /** The chain the stage belongs to */
  chain?: InputMaybe<Array<ChainStageChainConnectFieldInput>>;
  /** The previous stage upstream */
  fedBy?: InputMaybe<Array<ChainStageFedByConnectFieldInput>>;
  /** The next stage downstream */
  feeds?: InputMaybe<Array<ChainStageFeedsConnectFieldInput>>;
  /** Firms working in this stage */
  firms?: InputMaybe<Array<ChainStageFirmsConnectFieldInput>>;
};

/** Which existing ChainStage to connect */
export type ChainStageConnectWhere = {
  /** Filter on the related ChainStage */
  node: ChainStageWhere;
};

/** A new ChainStage: its fields, and the related records to create or connect */
export type ChainStageCreateInput = {
  /** The chain the stage belongs to */
  chain?: InputMaybe<ChainStageChainFieldInput>;
  /** The record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The previous stage upstream */
  fedBy?: InputMaybe<ChainStageFedByFieldInput>;
  /** The next stage downstream */
  feeds?: InputMaybe<ChainStageFeedsFieldInput>;
  /** Firms working in this stage */
  firms?: InputMaybe<ChainStageFirmsFieldInput>;
  /** The name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** How many active firms make the stage covered (θ_s) */
  minFirms: Scalars['Int']['input'];
  /** Name as the record's source spells it */
  name: Scalars['String']['input'];
  /** 1-based position from upstream (raw materials) to downstream (distribution) */
  position: Scalars['Int']['input'];
  /** Set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Importance of the stage in chain coverage (w_s) */
  weight: Scalars['Float']['input'];
};

/** Related records to delete together with the ChainStage */
export type ChainStageDeleteInput = {
  /** The chain the stage belongs to */
  chain?: InputMaybe<Array<ChainStageChainDeleteFieldInput>>;
  /** The previous stage upstream */
  fedBy?: InputMaybe<Array<ChainStageFedByDeleteFieldInput>>;
  /** The next stage downstream */
  feeds?: InputMaybe<Array<ChainStageFeedsDeleteFieldInput>>;
  /** Firms working in this stage */
  firms?: InputMaybe<Array<ChainStageFirmsDeleteFieldInput>>;
};

/** Relationships of the ChainStage to remove (the related records stay) */
export type ChainStageDisconnectInput = {
  /** The chain the stage belongs to */
  chain?: InputMaybe<Array<ChainStageChainDisconnectFieldInput>>;
  /** The previous stage upstream */
  fedBy?: InputMaybe<Array<ChainStageFedByDisconnectFieldInput>>;
  /** The next stage downstream */
  feeds?: InputMaybe<Array<ChainStageFeedsDisconnectFieldInput>>;
  /** Firms working in this stage */
  firms?: InputMaybe<Array<ChainStageFirmsDisconnectFieldInput>>;
};

/** Existing ChainStage records to relate by `fedBy`, with the relationship's properties */
export type ChainStageFedByConnectFieldInput = {
  /** Related records to connect by `fedBy` */
  connect?: InputMaybe<Array<ChainStageConnectInput>>;
  /** Which existing ChainStage records to connect */
  where?: InputMaybe<ChainStageConnectWhere>;
};

/** Filter ChainStage records on aggregates of their `fedBy` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type ChainStageFedByConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageFedByConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageFedByConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageFedByConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related ChainStage */
  node?: InputMaybe<ChainStageFedByNodeAggregationWhereInput>;
};

/** Filter ChainStage records on their `fedBy` relationships: all, none, single or some must match */
export type ChainStageFedByConnectionFilters = {
  /** Filter ChainStages by aggregating results on related ChainStageFedByConnections */
  aggregate?: InputMaybe<ChainStageFedByConnectionAggregateInput>;
  /** Return ChainStages where all of the related ChainStageFedByConnections match this filter */
  all?: InputMaybe<ChainStageFedByConnectionWhere>;
  /** Return ChainStages where none of the related ChainStageFedByConnections match this filter */
  none?: InputMaybe<ChainStageFedByConnectionWhere>;
  /** Return ChainStages where one of the related ChainStageFedByConnections match this filter */
  single?: InputMaybe<ChainStageFedByConnectionWhere>;
  /** Return ChainStages where some of the related ChainStageFedByConnections match this filter */
  some?: InputMaybe<ChainStageFedByConnectionWhere>;
};

/** Sort the `fedBy` relationships of a ChainStage by the related ChainStage (node) or the relationship's properties (edge) */
export type ChainStageFedByConnectionSort = {
  /** Sort by the related ChainStage */
  node?: InputMaybe<ChainStageSort>;
};

/** Filter on `fedBy` relationships of a ChainStage: on the related ChainStage (node) and on the relationship's properties (edge) */
export type ChainStageFedByConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageFedByConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageFedByConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageFedByConnectionWhere>>;
  /** Filter on the related ChainStage */
  node?: InputMaybe<ChainStageWhere>;
};

/** A new ChainStage to create and relate by `fedBy`, with the relationship's properties */
export type ChainStageFedByCreateFieldInput = {
  /** The ChainStage to create */
  node: ChainStageCreateInput;
};

/** Which ChainStage records related by `fedBy` to delete */
export type ChainStageFedByDeleteFieldInput = {
  /** Related records to delete by `fedBy` */
  delete?: InputMaybe<ChainStageDeleteInput>;
  /** Which related ChainStage records to delete */
  where?: InputMaybe<ChainStageFedByConnectionWhere>;
};

/** Which `fedBy` relationships to ChainStage records to remove (the ChainStage records stay) */
export type ChainStageFedByDisconnectFieldInput = {
  /** Related records to disconnect by `fedBy` */
  disconnect?: InputMaybe<ChainStageDisconnectInput>;
  /** Which relationships to ChainStage records to remove */
  where?: InputMaybe<ChainStageFedByConnectionWhere>;
};

/** The ChainStage records to create or connect by `fedBy` when creating a ChainStage */
export type ChainStageFedByFieldInput = {
  /** Related records to connect by `fedBy` */
  connect?: InputMaybe<Array<ChainStageFedByConnectFieldInput>>;
  /** Related records to create by `fedBy` */
  create?: InputMaybe<Array<ChainStageFedByCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the ChainStage records related by `fedBy` */
export type ChainStageFedByNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageFedByNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageFedByNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageFedByNodeAggregationWhereInput>>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `minFirms`: how many active firms make the stage covered (θ_s) */
  minFirms?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `position`: 1-based position from upstream (raw materials) to downstream (distribution) */
  position?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weight`: importance of the stage in chain coverage (w_s) */
  weight?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a ChainStage related by `fedBy` (node) and to the relationship's properties (edge) */
export type ChainStageFedByUpdateConnectionInput = {
  /** Changes to the related ChainStage */
  node?: InputMaybe<ChainStageUpdateInput>;
  /** Which existing ChainStage records to connect */
  where?: InputMaybe<ChainStageFedByConnectionWhere>;
};

/** Changes to the `fedBy` relationships of a ChainStage: create, connect, update, disconnect or delete related ChainStage records */
export type ChainStageFedByUpdateFieldInput = {
  /** Related records to connect by `fedBy` */
  connect?: InputMaybe<Array<ChainStageFedByConnectFieldInput>>;
  /** Related records to create by `fedBy` */
  create?: InputMaybe<Array<ChainStageFedByCreateFieldInput>>;
  /** Related records to delete by `fedBy` */
  delete?: InputMaybe<Array<ChainStageFedByDeleteFieldInput>>;
  /** Related records to disconnect by `fedBy` */
  disconnect?: InputMaybe<Array<ChainStageFedByDisconnectFieldInput>>;
  /** Related records to update by `fedBy` */
  update?: InputMaybe<ChainStageFedByUpdateConnectionInput>;
};

/** Existing ChainStage records to relate by `feeds`, with the relationship's properties */
export type ChainStageFeedsConnectFieldInput = {
  /** Related records to connect by `feeds` */
  connect?: InputMaybe<Array<ChainStageConnectInput>>;
  /** Which existing ChainStage records to connect */
  where?: InputMaybe<ChainStageConnectWhere>;
};

/** Filter ChainStage records on aggregates of their `feeds` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type ChainStageFeedsConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageFeedsConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageFeedsConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageFeedsConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related ChainStage */
  node?: InputMaybe<ChainStageFeedsNodeAggregationWhereInput>;
};

/** Filter ChainStage records on their `feeds` relationships: all, none, single or some must match */
export type ChainStageFeedsConnectionFilters = {
  /** Filter ChainStages by aggregating results on related ChainStageFeedsConnections */
  aggregate?: InputMaybe<ChainStageFeedsConnectionAggregateInput>;
  /** Return ChainStages where all of the related ChainStageFeedsConnections match this filter */
  all?: InputMaybe<ChainStageFeedsConnectionWhere>;
  /** Return ChainStages where none of the related ChainStageFeedsConnections match this filter */
  none?: InputMaybe<ChainStageFeedsConnectionWhere>;
  /** Return ChainStages where one of the related ChainStageFeedsConnections match this filter */
  single?: InputMaybe<ChainStageFeedsConnectionWhere>;
  /** Return ChainStages where some of the related ChainStageFeedsConnections match this filter */
  some?: InputMaybe<ChainStageFeedsConnectionWhere>;
};

/** Sort the `feeds` relationships of a ChainStage by the related ChainStage (node) or the relationship's properties (edge) */
export type ChainStageFeedsConnectionSort = {
  /** Sort by the related ChainStage */
  node?: InputMaybe<ChainStageSort>;
};

/** Filter on `feeds` relationships of a ChainStage: on the related ChainStage (node) and on the relationship's properties (edge) */
export type ChainStageFeedsConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageFeedsConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageFeedsConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageFeedsConnectionWhere>>;
  /** Filter on the related ChainStage */
  node?: InputMaybe<ChainStageWhere>;
};

/** A new ChainStage to create and relate by `feeds`, with the relationship's properties */
export type ChainStageFeedsCreateFieldInput = {
  /** The ChainStage to create */
  node: ChainStageCreateInput;
};

/** Which ChainStage records related by `feeds` to delete */
export type ChainStageFeedsDeleteFieldInput = {
  /** Related records to delete by `feeds` */
  delete?: InputMaybe<ChainStageDeleteInput>;
  /** Which related ChainStage records to delete */
  where?: InputMaybe<ChainStageFeedsConnectionWhere>;
};

/** Which `feeds` relationships to ChainStage records to remove (the ChainStage records stay) */
export type ChainStageFeedsDisconnectFieldInput = {
  /** Related records to disconnect by `feeds` */
  disconnect?: InputMaybe<ChainStageDisconnectInput>;
  /** Which relationships to ChainStage records to remove */
  where?: InputMaybe<ChainStageFeedsConnectionWhere>;
};

/** The ChainStage records to create or connect by `feeds` when creating a ChainStage */
export type ChainStageFeedsFieldInput = {
  /** Related records to connect by `feeds` */
  connect?: InputMaybe<Array<ChainStageFeedsConnectFieldInput>>;
  /** Related records to create by `feeds` */
  create?: InputMaybe<Array<ChainStageFeedsCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the ChainStage records related by `feeds` */
export type ChainStageFeedsNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageFeedsNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageFeedsNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageFeedsNodeAggregationWhereInput>>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `minFirms`: how many active firms make the stage covered (θ_s) */
  minFirms?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `position`: 1-based position from upstream (raw materials) to downstream (distribution) */
  position?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weight`: importance of the stage in chain coverage (w_s) */
  weight?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a ChainStage related by `feeds` (node) and to the relationship's properties (edge) */
export type ChainStageFeedsUpdateConnectionInput = {
  /** Changes to the related ChainStage */
  node?: InputMaybe<ChainStageUpdateInput>;
  /** Which existing ChainStage records to connect */
  where?: InputMaybe<ChainStageFeedsConnectionWhere>;
};

/** Changes to the `feeds` relationships of a ChainStage: create, connect, update, disconnect or delete related ChainStage records */
export type ChainStageFeedsUpdateFieldInput = {
  /** Related records to connect by `feeds` */
  connect?: InputMaybe<Array<ChainStageFeedsConnectFieldInput>>;
  /** Related records to create by `feeds` */
  create?: InputMaybe<Array<ChainStageFeedsCreateFieldInput>>;
  /** Related records to delete by `feeds` */
  delete?: InputMaybe<Array<ChainStageFeedsDeleteFieldInput>>;
  /** Related records to disconnect by `feeds` */
  disconnect?: InputMaybe<Array<ChainStageFeedsDisconnectFieldInput>>;
  /** Related records to update by `feeds` */
  update?: InputMaybe<ChainStageFeedsUpdateConnectionInput>;
};

/** Existing Firm records to relate by `firms`, with the relationship's properties */
export type ChainStageFirmsConnectFieldInput = {
  /** Related records to connect by `firms` */
  connect?: InputMaybe<Array<FirmConnectInput>>;
  /** Which existing Firm records to connect */
  where?: InputMaybe<FirmConnectWhere>;
};

/** Filter ChainStage records on aggregates of their `firms` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type ChainStageFirmsConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageFirmsConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageFirmsConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageFirmsConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Firm */
  node?: InputMaybe<ChainStageFirmsNodeAggregationWhereInput>;
};

/** Filter ChainStage records on their `firms` relationships: all, none, single or some must match */
export type ChainStageFirmsConnectionFilters = {
  /** Filter ChainStages by aggregating results on related ChainStageFirmsConnections */
  aggregate?: InputMaybe<ChainStageFirmsConnectionAggregateInput>;
  /** Return ChainStages where all of the related ChainStageFirmsConnections match this filter */
  all?: InputMaybe<ChainStageFirmsConnectionWhere>;
  /** Return ChainStages where none of the related ChainStageFirmsConnections match this filter */
  none?: InputMaybe<ChainStageFirmsConnectionWhere>;
  /** Return ChainStages where one of the related ChainStageFirmsConnections match this filter */
  single?: InputMaybe<ChainStageFirmsConnectionWhere>;
  /** Return ChainStages where some of the related ChainStageFirmsConnections match this filter */
  some?: InputMaybe<ChainStageFirmsConnectionWhere>;
};

/** Sort the `firms` relationships of a ChainStage by the related Firm (node) or the relationship's properties (edge) */
export type ChainStageFirmsConnectionSort = {
  /** Sort by the related Firm */
  node?: InputMaybe<FirmSort>;
};

/** Filter on `firms` relationships of a ChainStage: on the related Firm (node) and on the relationship's properties (edge) */
export type ChainStageFirmsConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageFirmsConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageFirmsConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageFirmsConnectionWhere>>;
  /** Filter on the related Firm */
  node?: InputMaybe<FirmWhere>;
};

/** A new Firm to create and relate by `firms`, with the relationship's properties */
export type ChainStageFirmsCreateFieldInput = {
  /** The Firm to create */
  node: FirmCreateInput;
};

/** Which Firm records related by `firms` to delete */
export type ChainStageFirmsDeleteFieldInput = {
  /** Related records to delete by `firms` */
  delete?: InputMaybe<FirmDeleteInput>;
  /** Which related Firm records to delete */
  where?: InputMaybe<ChainStageFirmsConnectionWhere>;
};

/** Which `firms` relationships to Firm records to remove (the Firm records stay) */
export type ChainStageFirmsDisconnectFieldInput = {
  /** Related records to disconnect by `firms` */
  disconnect?: InputMaybe<FirmDisconnectInput>;
  /** Which relationships to Firm records to remove */
  where?: InputMaybe<ChainStageFirmsConnectionWhere>;
};

/** The Firm records to create or connect by `firms` when creating a ChainStage */
export type ChainStageFirmsFieldInput = {
  /** Related records to connect by `firms` */
  connect?: InputMaybe<Array<ChainStageFirmsConnectFieldInput>>;
  /** Related records to create by `firms` */
  create?: InputMaybe<Array<ChainStageFirmsCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Firm records related by `firms` */
export type ChainStageFirmsNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageFirmsNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageFirmsNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageFirmsNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `employees`: number of employees */
  employees?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `industry`: industry in plain words, e.g. 'hardware', 'footwear' */
  industry?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a Firm related by `firms` (node) and to the relationship's properties (edge) */
export type ChainStageFirmsUpdateConnectionInput = {
  /** Changes to the related Firm */
  node?: InputMaybe<FirmUpdateInput>;
  /** Which existing Firm records to connect */
  where?: InputMaybe<ChainStageFirmsConnectionWhere>;
};

/** Changes to the `firms` relationships of a ChainStage: create, connect, update, disconnect or delete related Firm records */
export type ChainStageFirmsUpdateFieldInput = {
  /** Related records to connect by `firms` */
  connect?: InputMaybe<Array<ChainStageFirmsConnectFieldInput>>;
  /** Related records to create by `firms` */
  create?: InputMaybe<Array<ChainStageFirmsCreateFieldInput>>;
  /** Related records to delete by `firms` */
  delete?: InputMaybe<Array<ChainStageFirmsDeleteFieldInput>>;
  /** Related records to disconnect by `firms` */
  disconnect?: InputMaybe<Array<ChainStageFirmsDisconnectFieldInput>>;
  /** Related records to update by `firms` */
  update?: InputMaybe<ChainStageFirmsUpdateConnectionInput>;
};

/** The input for sorting a Fulltext query on an index of ChainStage */
export type ChainStageIndexSort = {
  /** Sort by the related ChainStage */
  node?: InputMaybe<ChainStageSort>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of ChainStage */
export type ChainStageIndexWhere = {
  /** Filter on the related ChainStage */
  node?: InputMaybe<ChainStageWhere>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<FloatWhere>;
};

/** Filter on a list of related ChainStage records: all, none, single or some must match */
export type ChainStageRelationshipFilters = {
  /** Filter type where all of the related ChainStages match this filter */
  all?: InputMaybe<ChainStageWhere>;
  /** Filter type where none of the related ChainStages match this filter */
  none?: InputMaybe<ChainStageWhere>;
  /** Filter type where one of the related ChainStages match this filter */
  single?: InputMaybe<ChainStageWhere>;
  /** Filter type where some of the related ChainStages match this filter */
  some?: InputMaybe<ChainStageWhere>;
};

/** Fields to sort ChainStages by. The order in which sorts are applied is not guaranteed when specifying many fields in one ChainStageSort object. */
export type ChainStageSort = {
  /** Sort by `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<SortDirection>;
  /** Sort by `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<SortDirection>;
  /** Sort by `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<SortDirection>;
  /** Sort by `minFirms`: how many active firms make the stage covered (θ_s) */
  minFirms?: InputMaybe<SortDirection>;
  /** Sort by `name`: name as the record's source spells it */
  name?: InputMaybe<SortDirection>;
  /** Sort by `position`: 1-based position from upstream (raw materials) to downstream (distribution) */
  position?: InputMaybe<SortDirection>;
  /** Sort by `retiredAt`: set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<SortDirection>;
  /** Sort by `weight`: importance of the stage in chain coverage (w_s) */
  weight?: InputMaybe<SortDirection>;
};

/** Changes to ChainStage records: new field values, and related records to create, connect, update, disconnect or delete */
export type ChainStageUpdateInput = {
  /** Change `chain`: the chain the stage belongs to */
  chain?: InputMaybe<Array<ChainStageChainUpdateFieldInput>>;
  /** Change `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `fedBy`: the previous stage upstream */
  fedBy?: InputMaybe<Array<ChainStageFedByUpdateFieldInput>>;
  /** Change `feeds`: the next stage downstream */
  feeds?: InputMaybe<Array<ChainStageFeedsUpdateFieldInput>>;
  /** Change `firms`: firms working in this stage */
  firms?: InputMaybe<Array<ChainStageFirmsUpdateFieldInput>>;
  /** Change `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarMutations>;
  /** Change `minFirms`: how many active firms make the stage covered (θ_s) */
  minFirms?: InputMaybe<IntScalarMutations>;
  /** Change `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarMutations>;
  /** Change `position`: 1-based position from upstream (raw materials) to downstream (distribution) */
  position?: InputMaybe<IntScalarMutations>;
  /** Change `retiredAt`: set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `weight`: importance of the stage in chain coverage (w_s) */
  weight?: InputMaybe<FloatScalarMutations>;
};

/** Filter on ChainStage records: combine field filters with AND / OR / NOT */
export type ChainStageWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ChainStageWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ChainStageWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ChainStageWhere>>;
  /** Filter on `chain`: the chain the stage belongs to */
  chain?: InputMaybe<IndustrialChainRelationshipFilters>;
  /** Filter on the `chain` relationships (related IndustrialChain and relationship properties): all, none, single or some must match */
  chainConnection?: InputMaybe<ChainStageChainConnectionFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `fedBy`: the previous stage upstream */
  fedBy?: InputMaybe<ChainStageRelationshipFilters>;
  /** Filter on the `fedBy` relationships (related ChainStage and relationship properties): all, none, single or some must match */
  fedByConnection?: InputMaybe<ChainStageFedByConnectionFilters>;
  /** Filter on `feeds`: the next stage downstream */
  feeds?: InputMaybe<ChainStageRelationshipFilters>;
  /** Filter on the `feeds` relationships (related ChainStage and relationship properties): all, none, single or some must match */
  feedsConnection?: InputMaybe<ChainStageFeedsConnectionFilters>;
  /** Filter on `firms`: firms working in this stage */
  firms?: InputMaybe<FirmRelationshipFilters>;
  /** Filter on the `firms` relationships (related Firm and relationship properties): all, none, single or some must match */
  firmsConnection?: InputMaybe<ChainStageFirmsConnectionFilters>;
  /** Filter on `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarFilters>;
  /** Filter on `minFirms`: how many active firms make the stage covered (θ_s) */
  minFirms?: InputMaybe<IntScalarFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarFilters>;
  /** Filter on `position`: 1-based position from upstream (raw materials) to downstream (distribution) */
  position?: InputMaybe<IntScalarFilters>;
  /** Filter on `retiredAt`: set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `weight`: importance of the stage in chain coverage (w_s) */
  weight?: InputMaybe<FloatScalarFilters>;
};

/** Filter on how many related nodes or relationships there are */
export type ConnectionAggregationCountFilterInput = {
  /** Filter on the number of relationships */
  edges?: InputMaybe<IntScalarFilters>;
  /** Filter on the number of related nodes */
  nodes?: InputMaybe<IntScalarFilters>;
};

/** Date filters */
export type DateScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** Greater than */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** Greater than or equal to */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** Equal to one of */
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** Less than */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** Less than or equal to */
  lte?: InputMaybe<Scalars['Date']['input']>;
};

/** Date mutations */
export type DateScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<Scalars['Date']['input']>;
};

/** Filters for an aggregation of an DateTime input field */
export type DateTimeScalarAggregationFilters = {
  /** Largest value */
  max?: InputMaybe<DateTimeScalarFilters>;
  /** Smallest value */
  min?: InputMaybe<DateTimeScalarFilters>;
};

/** DateTime filters */
export type DateTimeScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than */
  gt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Greater than or equal to */
  gte?: InputMaybe<Scalars['DateTime']['input']>;
  /** Equal to one of */
  in?: InputMaybe<Array<Scalars['DateTime']['input']>>;
  /** Less than */
  lt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Less than or equal to */
  lte?: InputMaybe<Scalars['DateTime']['input']>;
};

/** DateTime mutations */
export type DateTimeScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Further relationships to connect from the Firm being connected */
export type FirmConnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<FirmLocatedInConnectFieldInput>>;
  /** Platforms the firm is or was a member of */
  memberOf?: InputMaybe<Array<FirmMemberOfConnectFieldInput>>;
  /** Links of industrial chains the firm works in */
  operatesIn?: InputMaybe<Array<FirmOperatesInConnectFieldInput>>;
  /** Service providers that serve (or served) this firm */
  servedBy?: InputMaybe<Array<FirmServedByConnectFieldInput>>;
  /** Firms that supply this firm */
  suppliedBy?: InputMaybe<Array<FirmSuppliedByConnectFieldInput>>;
  /** Firms this firm supplies */
  suppliesTo?: InputMaybe<Array<FirmSuppliesToConnectFieldInput>>;
};

/** Which existing Firm to connect */
export type FirmConnectWhere = {
  /** Filter on the related Firm */
  node: FirmWhere;
};

/** A new Firm: its fields, and the related records to create or connect */
export type FirmCreateInput = {
  /** Free-text description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Number of employees */
  employees?: InputMaybe<Scalars['Int']['input']>;
  /** The record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Year the organisation was founded */
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** Industry in plain words, e.g. 'hardware', 'footwear' */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** The name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<FirmLocatedInFieldInput>;
  /** Platforms the firm is or was a member of */
  memberOf?: InputMaybe<FirmMemberOfFieldInput>;
  /** Name as the record's source spells it */
  name: Scalars['String']['input'];
  /** Links of industrial chains the firm works in */
  operatesIn?: InputMaybe<FirmOperatesInFieldInput>;
  /** Population of the ecosystem the actor belongs to */
  population: Population;
  /** Set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<Scalars['Date']['input']>;
  /** Service providers that serve (or served) this firm */
  servedBy?: InputMaybe<FirmServedByFieldInput>;
  /** Size class (SME bands) */
  size?: InputMaybe<FirmSize>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Firms that supply this firm */
  suppliedBy?: InputMaybe<FirmSuppliedByFieldInput>;
  /** Firms this firm supplies */
  suppliesTo?: InputMaybe<FirmSuppliesToFieldInput>;
};

/** Related records to delete together with the Firm */
export type FirmDeleteInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
  /** Platforms the firm is or was a member of */
  memberOf?: InputMaybe<Array<FirmMemberOfDeleteFieldInput>>;
  /** Links of industrial chains the firm works in */
  operatesIn?: InputMaybe<Array<FirmOperatesInDeleteFieldInput>>;
  /** Service providers that serve (or served) this firm */
  servedBy?: InputMaybe<Array<FirmServedByDeleteFieldInput>>;
  /** Firms that supply this firm */
  suppliedBy?: InputMaybe<Array<FirmSuppliedByDeleteFieldInput>>;
  /** Firms this firm supplies */
  suppliesTo?: InputMaybe<Array<FirmSuppliesToDeleteFieldInput>>;
};

/** Relationships of the Firm to remove (the related records stay) */
export type FirmDisconnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
  /** Platforms the firm is or was a member of */
  memberOf?: InputMaybe<Array<FirmMemberOfDisconnectFieldInput>>;
  /** Links of industrial chains the firm works in */
  operatesIn?: InputMaybe<Array<FirmOperatesInDisconnectFieldInput>>;
  /** Service providers that serve (or served) this firm */
  servedBy?: InputMaybe<Array<FirmServedByDisconnectFieldInput>>;
  /** Firms that supply this firm */
  suppliedBy?: InputMaybe<Array<FirmSuppliedByDisconnectFieldInput>>;
  /** Firms this firm supplies */
  suppliesTo?: InputMaybe<Array<FirmSuppliesToDisconnectFieldInput>>;
};

/** The input for sorting a Fulltext query on an index of Firm */
export type FirmIndexSort = {
  /** Sort by the related Firm */
  node?: InputMaybe<FirmSort>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of Firm */
export type FirmIndexWhere = {
  /** Filter on the related Firm */
  node?: InputMaybe<FirmWhere>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<FloatWhere>;
};

/** Existing Region records to relate by `locatedIn`, with the relationship's properties */
export type FirmLocatedInConnectFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<RegionConnectInput>>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionConnectWhere>;
};

/** Filter Firm records on aggregates of their `locatedIn` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type FirmLocatedInConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmLocatedInConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmLocatedInConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmLocatedInConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Region */
  node?: InputMaybe<FirmLocatedInNodeAggregationWhereInput>;
};

/** Filter Firm records on their `locatedIn` relationships: all, none, single or some must match */
export type FirmLocatedInConnectionFilters = {
  /** Filter Firms by aggregating results on related ActorLocatedInConnections */
  aggregate?: InputMaybe<FirmLocatedInConnectionAggregateInput>;
  /** Return Firms where all of the related ActorLocatedInConnections match this filter */
  all?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Firms where none of the related ActorLocatedInConnections match this filter */
  none?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Firms where one of the related ActorLocatedInConnections match this filter */
  single?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Firms where some of the related ActorLocatedInConnections match this filter */
  some?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** A new Region to create and relate by `locatedIn`, with the relationship's properties */
export type FirmLocatedInCreateFieldInput = {
  /** The Region to create */
  node: RegionCreateInput;
};

/** The Region records to create or connect by `locatedIn` when creating a Firm */
export type FirmLocatedInFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<FirmLocatedInConnectFieldInput>>;
  /** Related records to create by `locatedIn` */
  create?: InputMaybe<Array<FirmLocatedInCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Region records related by `locatedIn` */
export type FirmLocatedInNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmLocatedInNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmLocatedInNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmLocatedInNodeAggregationWhereInput>>;
  /** Filter on `code`: administrative code, if any */
  code?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a Region related by `locatedIn` (node) and to the relationship's properties (edge) */
export type FirmLocatedInUpdateConnectionInput = {
  /** Changes to the related Region */
  node?: InputMaybe<RegionUpdateInput>;
  /** Which existing Region records to connect */
  where?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** Changes to the `locatedIn` relationships of a Firm: create, connect, update, disconnect or delete related Region records */
export type FirmLocatedInUpdateFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<FirmLocatedInConnectFieldInput>>;
  /** Related records to create by `locatedIn` */
  create?: InputMaybe<Array<FirmLocatedInCreateFieldInput>>;
  /** Related records to delete by `locatedIn` */
  delete?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
  /** Related records to disconnect by `locatedIn` */
  disconnect?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
  /** Related records to update by `locatedIn` */
  update?: InputMaybe<FirmLocatedInUpdateConnectionInput>;
};

/** Existing Platform records to relate by `memberOf`, with the relationship's properties */
export type FirmMemberOfConnectFieldInput = {
  /** Related records to connect by `memberOf` */
  connect?: InputMaybe<Array<PlatformConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<MembershipCreateInput>;
  /** Which existing Platform records to connect */
  where?: InputMaybe<PlatformConnectWhere>;
};

/** Filter Firm records on aggregates of their `memberOf` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type FirmMemberOfConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmMemberOfConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmMemberOfConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmMemberOfConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<MembershipAggregationWhereInput>;
  /** Filter on the related Platform */
  node?: InputMaybe<FirmMemberOfNodeAggregationWhereInput>;
};

/** Filter Firm records on their `memberOf` relationships: all, none, single or some must match */
export type FirmMemberOfConnectionFilters = {
  /** Filter Firms by aggregating results on related FirmMemberOfConnections */
  aggregate?: InputMaybe<FirmMemberOfConnectionAggregateInput>;
  /** Return Firms where all of the related FirmMemberOfConnections match this filter */
  all?: InputMaybe<FirmMemberOfConnectionWhere>;
  /** Return Firms where none of the related FirmMemberOfConnections match this filter */
  none?: InputMaybe<FirmMemberOfConnectionWhere>;
  /** Return Firms where one of the related FirmMemberOfConnections match this filter */
  single?: InputMaybe<FirmMemberOfConnectionWhere>;
  /** Return Firms where some of the related FirmMemberOfConnections match this filter */
  some?: InputMaybe<FirmMemberOfConnectionWhere>;
};

/** Sort the `memberOf` relationships of a Firm by the related Platform (node) or the relationship's properties (edge) */
export type FirmMemberOfConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<MembershipSort>;
  /** Sort by the related Platform */
  node?: InputMaybe<PlatformSort>;
};

/** Filter on `memberOf` relationships of a Firm: on the related Platform (node) and on the relationship's properties (edge) */
export type FirmMemberOfConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmMemberOfConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmMemberOfConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmMemberOfConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<MembershipWhere>;
  /** Filter on the related Platform */
  node?: InputMaybe<PlatformWhere>;
};

/** A new Platform to create and relate by `memberOf`, with the relationship's properties */
export type FirmMemberOfCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<MembershipCreateInput>;
  /** The Platform to create */
  node: PlatformCreateInput;
};

/** Which Platform records related by `memberOf` to delete */
export type FirmMemberOfDeleteFieldInput = {
  /** Related records to delete by `memberOf` */
  delete?: InputMaybe<PlatformDeleteInput>;
  /** Which related Platform records to delete */
  where?: InputMaybe<FirmMemberOfConnectionWhere>;
};

/** Which `memberOf` relationships to Platform records to remove (the Platform records stay) */
export type FirmMemberOfDisconnectFieldInput = {
  /** Related records to disconnect by `memberOf` */
  disconnect?: InputMaybe<PlatformDisconnectInput>;
  /** Which relationships to Platform records to remove */
  where?: InputMaybe<FirmMemberOfConnectionWhere>;
};

/** The Platform records to create or connect by `memberOf` when creating a Firm */
export type FirmMemberOfFieldInput = {
  /** Related records to connect by `memberOf` */
  connect?: InputMaybe<Array<FirmMemberOfConnectFieldInput>>;
  /** Related records to create by `memberOf` */
  create?: InputMaybe<Array<FirmMemberOfCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Platform records related by `memberOf` */
export type FirmMemberOfNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmMemberOfNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmMemberOfNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmMemberOfNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `model`: business model in a few words, e.g. 'regional B2B marketplace with supply-chain services' */
  model?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `website`: public web address of the platform */
  website?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a Platform related by `memberOf` (node) and to the relationship's properties (edge) */
export type FirmMemberOfUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<MembershipUpdateInput>;
  /** Changes to the related Platform */
  node?: InputMaybe<PlatformUpdateInput>;
  /** Which existing Platform records to connect */
  where?: InputMaybe<FirmMemberOfConnectionWhere>;
};

/** Changes to the `memberOf` relationships of a Firm: create, connect, update, disconnect or delete related Platform records */
export type FirmMemberOfUpdateFieldInput = {
  /** Related records to connect by `memberOf` */
  connect?: InputMaybe<Array<FirmMemberOfConnectFieldInput>>;
  /** Related records to create by `memberOf` */
  create?: InputMaybe<Array<FirmMemberOfCreateFieldInput>>;
  /** Related records to delete by `memberOf` */
  delete?: InputMaybe<Array<FirmMemberOfDeleteFieldInput>>;
  /** Related records to disconnect by `memberOf` */
  disconnect?: InputMaybe<Array<FirmMemberOfDisconnectFieldInput>>;
  /** Related records to update by `memberOf` */
  update?: InputMaybe<FirmMemberOfUpdateConnectionInput>;
};

/** Existing ChainStage records to relate by `operatesIn`, with the relationship's properties */
export type FirmOperatesInConnectFieldInput = {
  /** Related records to connect by `operatesIn` */
  connect?: InputMaybe<Array<ChainStageConnectInput>>;
  /** Which existing ChainStage records to connect */
  where?: InputMaybe<ChainStageConnectWhere>;
};

/** Filter Firm records on aggregates of their `operatesIn` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type FirmOperatesInConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmOperatesInConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmOperatesInConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmOperatesInConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related ChainStage */
  node?: InputMaybe<FirmOperatesInNodeAggregationWhereInput>;
};

/** Filter Firm records on their `operatesIn` relationships: all, none, single or some must match */
export type FirmOperatesInConnectionFilters = {
  /** Filter Firms by aggregating results on related FirmOperatesInConnections */
  aggregate?: InputMaybe<FirmOperatesInConnectionAggregateInput>;
  /** Return Firms where all of the related FirmOperatesInConnections match this filter */
  all?: InputMaybe<FirmOperatesInConnectionWhere>;
  /** Return Firms where none of the related FirmOperatesInConnections match this filter */
  none?: InputMaybe<FirmOperatesInConnectionWhere>;
  /** Return Firms where one of the related FirmOperatesInConnections match this filter */
  single?: InputMaybe<FirmOperatesInConnectionWhere>;
  /** Return Firms where some of the related FirmOperatesInConnections match this filter */
  some?: InputMaybe<FirmOperatesInConnectionWhere>;
};

/** Sort the `operatesIn` relationships of a Firm by the related ChainStage (node) or the relationship's properties (edge) */
export type FirmOperatesInConnectionSort = {
  /** Sort by the related ChainStage */
  node?: InputMaybe<ChainStageSort>;
};

/** Filter on `operatesIn` relationships of a Firm: on the related ChainStage (node) and on the relationship's properties (edge) */
export type FirmOperatesInConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmOperatesInConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmOperatesInConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmOperatesInConnectionWhere>>;
  /** Filter on the related ChainStage */
  node?: InputMaybe<ChainStageWhere>;
};

/** A new ChainStage to create and relate by `operatesIn`, with the relationship's properties */
export type FirmOperatesInCreateFieldInput = {
  /** The ChainStage to create */
  node: ChainStageCreateInput;
};

/** Which ChainStage records related by `operatesIn` to delete */
export type FirmOperatesInDeleteFieldInput = {
  /** Related records to delete by `operatesIn` */
  delete?: InputMaybe<ChainStageDeleteInput>;
  /** Which related ChainStage records to delete */
  where?: InputMaybe<FirmOperatesInConnectionWhere>;
};

/** Which `operatesIn` relationships to ChainStage records to remove (the ChainStage records stay) */
export type FirmOperatesInDisconnectFieldInput = {
  /** Related records to disconnect by `operatesIn` */
  disconnect?: InputMaybe<ChainStageDisconnectInput>;
  /** Which relationships to ChainStage records to remove */
  where?: InputMaybe<FirmOperatesInConnectionWhere>;
};

/** The ChainStage records to create or connect by `operatesIn` when creating a Firm */
export type FirmOperatesInFieldInput = {
  /** Related records to connect by `operatesIn` */
  connect?: InputMaybe<Array<FirmOperatesInConnectFieldInput>>;
  /** Related records to create by `operatesIn` */
  create?: InputMaybe<Array<FirmOperatesInCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the ChainStage records related by `operatesIn` */
export type FirmOperatesInNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmOperatesInNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmOperatesInNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmOperatesInNodeAggregationWhereInput>>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `minFirms`: how many active firms make the stage covered (θ_s) */
  minFirms?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `position`: 1-based position from upstream (raw materials) to downstream (distribution) */
  position?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weight`: importance of the stage in chain coverage (w_s) */
  weight?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a ChainStage related by `operatesIn` (node) and to the relationship's properties (edge) */
export type FirmOperatesInUpdateConnectionInput = {
  /** Changes to the related ChainStage */
  node?: InputMaybe<ChainStageUpdateInput>;
  /** Which existing ChainStage records to connect */
  where?: InputMaybe<FirmOperatesInConnectionWhere>;
};

/** Changes to the `operatesIn` relationships of a Firm: create, connect, update, disconnect or delete related ChainStage records */
export type FirmOperatesInUpdateFieldInput = {
  /** Related records to connect by `operatesIn` */
  connect?: InputMaybe<Array<FirmOperatesInConnectFieldInput>>;
  /** Related records to create by `operatesIn` */
  create?: InputMaybe<Array<FirmOperatesInCreateFieldInput>>;
  /** Related records to delete by `operatesIn` */
  delete?: InputMaybe<Array<FirmOperatesInDeleteFieldInput>>;
  /** Related records to disconnect by `operatesIn` */
  disconnect?: InputMaybe<Array<FirmOperatesInDisconnectFieldInput>>;
  /** Related records to update by `operatesIn` */
  update?: InputMaybe<FirmOperatesInUpdateConnectionInput>;
};

/** Filter on a list of related Firm records: all, none, single or some must match */
export type FirmRelationshipFilters = {
  /** Filter type where all of the related Firms match this filter */
  all?: InputMaybe<FirmWhere>;
  /** Filter type where none of the related Firms match this filter */
  none?: InputMaybe<FirmWhere>;
  /** Filter type where one of the related Firms match this filter */
  single?: InputMaybe<FirmWhere>;
  /** Filter type where some of the related Firms match this filter */
  some?: InputMaybe<FirmWhere>;
};

/** Existing ServiceProvider records to relate by `servedBy`, with the relationship's properties */
export type FirmServedByConnectFieldInput = {
  /** Related records to connect by `servedBy` */
  connect?: InputMaybe<Array<ServiceProviderConnectInput>>;
  /** The relationship's properties */
  edge: ServiceCreateInput;
  /** Which existing ServiceProvider records to connect */
  where?: InputMaybe<ServiceProviderConnectWhere>;
};

/** Filter Firm records on aggregates of their `servedBy` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type FirmServedByConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmServedByConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmServedByConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmServedByConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<ServiceAggregationWhereInput>;
  /** Filter on the related ServiceProvider */
  node?: InputMaybe<FirmServedByNodeAggregationWhereInput>;
};

/** Filter Firm records on their `servedBy` relationships: all, none, single or some must match */
export type FirmServedByConnectionFilters = {
  /** Filter Firms by aggregating results on related FirmServedByConnections */
  aggregate?: InputMaybe<FirmServedByConnectionAggregateInput>;
  /** Return Firms where all of the related FirmServedByConnections match this filter */
  all?: InputMaybe<FirmServedByConnectionWhere>;
  /** Return Firms where none of the related FirmServedByConnections match this filter */
  none?: InputMaybe<FirmServedByConnectionWhere>;
  /** Return Firms where one of the related FirmServedByConnections match this filter */
  single?: InputMaybe<FirmServedByConnectionWhere>;
  /** Return Firms where some of the related FirmServedByConnections match this filter */
  some?: InputMaybe<FirmServedByConnectionWhere>;
};

/** Sort the `servedBy` relationships of a Firm by the related ServiceProvider (node) or the relationship's properties (edge) */
export type FirmServedByConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<ServiceSort>;
  /** Sort by the related ServiceProvider */
  node?: InputMaybe<ServiceProviderSort>;
};

/** Filter on `servedBy` relationships of a Firm: on the related ServiceProvider (node) and on the relationship's properties (edge) */
export type FirmServedByConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmServedByConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmServedByConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmServedByConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<ServiceWhere>;
  /** Filter on the related ServiceProvider */
  node?: InputMaybe<ServiceProviderWhere>;
};

/** A new ServiceProvider to create and relate by `servedBy`, with the relationship's properties */
export type FirmServedByCreateFieldInput = {
  /** The relationship's properties */
  edge: ServiceCreateInput;
  /** The ServiceProvider to create */
  node: ServiceProviderCreateInput;
};

/** Which ServiceProvider records related by `servedBy` to delete */
export type FirmServedByDeleteFieldInput = {
  /** Related records to delete by `servedBy` */
  delete?: InputMaybe<ServiceProviderDeleteInput>;
  /** Which related ServiceProvider records to delete */
  where?: InputMaybe<FirmServedByConnectionWhere>;
};

/** Which `servedBy` relationships to ServiceProvider records to remove (the ServiceProvider records stay) */
export type FirmServedByDisconnectFieldInput = {
  /** Related records to disconnect by `servedBy` */
  disconnect?: InputMaybe<ServiceProviderDisconnectInput>;
  /** Which relationships to ServiceProvider records to remove */
  where?: InputMaybe<FirmServedByConnectionWhere>;
};

/** The ServiceProvider records to create or connect by `servedBy` when creating a Firm */
export type FirmServedByFieldInput = {
  /** Related records to connect by `servedBy` */
  connect?: InputMaybe<Array<FirmServedByConnectFieldInput>>;
  /** Related records to create by `servedBy` */
  create?: InputMaybe<Array<FirmServedByCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the ServiceProvider records related by `servedBy` */
export type FirmServedByNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmServedByNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmServedByNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmServedByNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a ServiceProvider related by `servedBy` (node) and to the relationship's properties (edge) */
export type FirmServedByUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<ServiceUpdateInput>;
  /** Changes to the related ServiceProvider */
  node?: InputMaybe<ServiceProviderUpdateInput>;
  /** Which existing ServiceProvider records to connect */
  where?: InputMaybe<FirmServedByConnectionWhere>;
};

/** Changes to the `servedBy` relationships of a Firm: create, connect, update, disconnect or delete related ServiceProvider records */
export type FirmServedByUpdateFieldInput = {
  /** Related records to connect by `servedBy` */
  connect?: InputMaybe<Array<FirmServedByConnectFieldInput>>;
  /** Related records to create by `servedBy` */
  create?: InputMaybe<Array<FirmServedByCreateFieldInput>>;
  /** Related records to delete by `servedBy` */
  delete?: InputMaybe<Array<FirmServedByDeleteFieldInput>>;
  /** Related records to disconnect by `servedBy` */
  disconnect?: InputMaybe<Array<FirmServedByDisconnectFieldInput>>;
  /** Related records to update by `servedBy` */
  update?: InputMaybe<FirmServedByUpdateConnectionInput>;
};

/** Size class of a firm (SME classes after the usual employee / turnover bands) */
export type FirmSize =
  /** 250 employees or more */
  | 'LARGE'
  /** 50 to 249 employees */
  | 'MEDIUM'
  /** Fewer than 10 employees */
  | 'MICRO'
  /** 10 to 49 employees */
  | 'SMALL';

/** FirmSize filters */
export type FirmSizeEnumScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<FirmSize>;
  /** Equal to one of */
  in?: InputMaybe<Array<FirmSize>>;
};

/** FirmSize mutations */
export type FirmSizeEnumScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<FirmSize>;
};

/** Fields to sort Firms by. The order in which sorts are applied is not guaranteed when specifying many fields in one FirmSort object. */
export type FirmSort = {
  /** Sort by `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<SortDirection>;
  /** Sort by `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<SortDirection>;
  /** Sort by `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<SortDirection>;
  /** Sort by `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<SortDirection>;
  /** Sort by `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<SortDirection>;
  /** Sort by `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<SortDirection>;
  /** Sort by `description`: free-text description */
  description?: InputMaybe<SortDirection>;
  /** Sort by `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<SortDirection>;
  /** Sort by `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<SortDirection>;
  /** Sort by `employees`: number of employees */
  employees?: InputMaybe<SortDirection>;
  /** Sort by `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<SortDirection>;
  /** Sort by `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<SortDirection>;
  /** Sort by `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<SortDirection>;
  /** Sort by `industry`: industry in plain words, e.g. 'hardware', 'footwear' */
  industry?: InputMaybe<SortDirection>;
  /** Sort by `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<SortDirection>;
  /** Sort by `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<SortDirection>;
  /** Sort by `metricsRunId`: the metric run the stored metrics come from */
  metricsRunId?: InputMaybe<SortDirection>;
  /** Sort by `name`: name as the record's source spells it */
  name?: InputMaybe<SortDirection>;
  /** Sort by `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<SortDirection>;
  /** Sort by `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<SortDirection>;
  /** Sort by `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<SortDirection>;
  /** Sort by `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<SortDirection>;
  /** Sort by `size`: size class (SME bands) */
  size?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<SortDirection>;
  /** Sort by `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<SortDirection>;
};

/** Existing Firm records to relate by `suppliedBy`, with the relationship's properties */
export type FirmSuppliedByConnectFieldInput = {
  /** Related records to connect by `suppliedBy` */
  connect?: InputMaybe<Array<FirmConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<SupplyCreateInput>;
  /** Which existing Firm records to connect */
  where?: InputMaybe<FirmConnectWhere>;
};

/** Filter Firm records on aggregates of their `suppliedBy` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type FirmSuppliedByConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmSuppliedByConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmSuppliedByConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmSuppliedByConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupplyAggregationWhereInput>;
  /** Filter on the related Firm */
  node?: InputMaybe<FirmSuppliedByNodeAggregationWhereInput>;
};

/** Filter Firm records on their `suppliedBy` relationships: all, none, single or some must match */
export type FirmSuppliedByConnectionFilters = {
  /** Filter Firms by aggregating results on related FirmSuppliedByConnections */
  aggregate?: InputMaybe<FirmSuppliedByConnectionAggregateInput>;
  /** Return Firms where all of the related FirmSuppliedByConnections match this filter */
  all?: InputMaybe<FirmSuppliedByConnectionWhere>;
  /** Return Firms where none of the related FirmSuppliedByConnections match this filter */
  none?: InputMaybe<FirmSuppliedByConnectionWhere>;
  /** Return Firms where one of the related FirmSuppliedByConnections match this filter */
  single?: InputMaybe<FirmSuppliedByConnectionWhere>;
  /** Return Firms where some of the related FirmSuppliedByConnections match this filter */
  some?: InputMaybe<FirmSuppliedByConnectionWhere>;
};

/** Sort the `suppliedBy` relationships of a Firm by the related Firm (node) or the relationship's properties (edge) */
export type FirmSuppliedByConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<SupplySort>;
  /** Sort by the related Firm */
  node?: InputMaybe<FirmSort>;
};

/** Filter on `suppliedBy` relationships of a Firm: on the related Firm (node) and on the relationship's properties (edge) */
export type FirmSuppliedByConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmSuppliedByConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmSuppliedByConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmSuppliedByConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupplyWhere>;
  /** Filter on the related Firm */
  node?: InputMaybe<FirmWhere>;
};

/** A new Firm to create and relate by `suppliedBy`, with the relationship's properties */
export type FirmSuppliedByCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<SupplyCreateInput>;
  /** The Firm to create */
  node: FirmCreateInput;
};

/** Which Firm records related by `suppliedBy` to delete */
export type FirmSuppliedByDeleteFieldInput = {
  /** Related records to delete by `suppliedBy` */
  delete?: InputMaybe<FirmDeleteInput>;
  /** Which related Firm records to delete */
  where?: InputMaybe<FirmSuppliedByConnectionWhere>;
};

/** Which `suppliedBy` relationships to Firm records to remove (the Firm records stay) */
export type FirmSuppliedByDisconnectFieldInput = {
  /** Related records to disconnect by `suppliedBy` */
  disconnect?: InputMaybe<FirmDisconnectInput>;
  /** Which relationships to Firm records to remove */
  where?: InputMaybe<FirmSuppliedByConnectionWhere>;
};

/** The Firm records to create or connect by `suppliedBy` when creating a Firm */
export type FirmSuppliedByFieldInput = {
  /** Related records to connect by `suppliedBy` */
  connect?: InputMaybe<Array<FirmSuppliedByConnectFieldInput>>;
  /** Related records to create by `suppliedBy` */
  create?: InputMaybe<Array<FirmSuppliedByCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Firm records related by `suppliedBy` */
export type FirmSuppliedByNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmSuppliedByNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmSuppliedByNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmSuppliedByNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `employees`: number of employees */
  employees?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `industry`: industry in plain words, e.g. 'hardware', 'footwear' */
  industry?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a Firm related by `suppliedBy` (node) and to the relationship's properties (edge) */
export type FirmSuppliedByUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<SupplyUpdateInput>;
  /** Changes to the related Firm */
  node?: InputMaybe<FirmUpdateInput>;
  /** Which existing Firm records to connect */
  where?: InputMaybe<FirmSuppliedByConnectionWhere>;
};

/** Changes to the `suppliedBy` relationships of a Firm: create, connect, update, disconnect or delete related Firm records */
export type FirmSuppliedByUpdateFieldInput = {
  /** Related records to connect by `suppliedBy` */
  connect?: InputMaybe<Array<FirmSuppliedByConnectFieldInput>>;
  /** Related records to create by `suppliedBy` */
  create?: InputMaybe<Array<FirmSuppliedByCreateFieldInput>>;
  /** Related records to delete by `suppliedBy` */
  delete?: InputMaybe<Array<FirmSuppliedByDeleteFieldInput>>;
  /** Related records to disconnect by `suppliedBy` */
  disconnect?: InputMaybe<Array<FirmSuppliedByDisconnectFieldInput>>;
  /** Related records to update by `suppliedBy` */
  update?: InputMaybe<FirmSuppliedByUpdateConnectionInput>;
};

/** Existing Firm records to relate by `suppliesTo`, with the relationship's properties */
export type FirmSuppliesToConnectFieldInput = {
  /** Related records to connect by `suppliesTo` */
  connect?: InputMaybe<Array<FirmConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<SupplyCreateInput>;
  /** Which existing Firm records to connect */
  where?: InputMaybe<FirmConnectWhere>;
};

/** Filter Firm records on aggregates of their `suppliesTo` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type FirmSuppliesToConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmSuppliesToConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmSuppliesToConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmSuppliesToConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupplyAggregationWhereInput>;
  /** Filter on the related Firm */
  node?: InputMaybe<FirmSuppliesToNodeAggregationWhereInput>;
};

/** Filter Firm records on their `suppliesTo` relationships: all, none, single or some must match */
export type FirmSuppliesToConnectionFilters = {
  /** Filter Firms by aggregating results on related FirmSuppliesToConnections */
  aggregate?: InputMaybe<FirmSuppliesToConnectionAggregateInput>;
  /** Return Firms where all of the related FirmSuppliesToConnections match this filter */
  all?: InputMaybe<FirmSuppliesToConnectionWhere>;
  /** Return Firms where none of the related FirmSuppliesToConnections match this filter */
  none?: InputMaybe<FirmSuppliesToConnectionWhere>;
  /** Return Firms where one of the related FirmSuppliesToConnections match this filter */
  single?: InputMaybe<FirmSuppliesToConnectionWhere>;
  /** Return Firms where some of the related FirmSuppliesToConnections match this filter */
  some?: InputMaybe<FirmSuppliesToConnectionWhere>;
};

/** Sort the `suppliesTo` relationships of a Firm by the related Firm (node) or the relationship's properties (edge) */
export type FirmSuppliesToConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<SupplySort>;
  /** Sort by the related Firm */
  node?: InputMaybe<FirmSort>;
};

/** Filter on `suppliesTo` relationships of a Firm: on the related Firm (node) and on the relationship's properties (edge) */
export type FirmSuppliesToConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmSuppliesToConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmSuppliesToConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmSuppliesToConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupplyWhere>;
  /** Filter on the related Firm */
  node?: InputMaybe<FirmWhere>;
};

/** A new Firm to create and relate by `suppliesTo`, with the relationship's properties */
export type FirmSuppliesToCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<SupplyCreateInput>;
  /** The Firm to create */
  node: FirmCreateInput;
};

/** Which Firm records related by `suppliesTo` to delete */
export type FirmSuppliesToDeleteFieldInput = {
  /** Related records to delete by `suppliesTo` */
  delete?: InputMaybe<FirmDeleteInput>;
  /** Which related Firm records to delete */
  where?: InputMaybe<FirmSuppliesToConnectionWhere>;
};

/** Which `suppliesTo` relationships to Firm records to remove (the Firm records stay) */
export type FirmSuppliesToDisconnectFieldInput = {
  /** Related records to disconnect by `suppliesTo` */
  disconnect?: InputMaybe<FirmDisconnectInput>;
  /** Which relationships to Firm records to remove */
  where?: InputMaybe<FirmSuppliesToConnectionWhere>;
};

/** The Firm records to create or connect by `suppliesTo` when creating a Firm */
export type FirmSuppliesToFieldInput = {
  /** Related records to connect by `suppliesTo` */
  connect?: InputMaybe<Array<FirmSuppliesToConnectFieldInput>>;
  /** Related records to create by `suppliesTo` */
  create?: InputMaybe<Array<FirmSuppliesToCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Firm records related by `suppliesTo` */
export type FirmSuppliesToNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmSuppliesToNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmSuppliesToNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmSuppliesToNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `employees`: number of employees */
  employees?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `industry`: industry in plain words, e.g. 'hardware', 'footwear' */
  industry?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a Firm related by `suppliesTo` (node) and to the relationship's properties (edge) */
export type FirmSuppliesToUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<SupplyUpdateInput>;
  /** Changes to the related Firm */
  node?: InputMaybe<FirmUpdateInput>;
  /** Which existing Firm records to connect */
  where?: InputMaybe<FirmSuppliesToConnectionWhere>;
};

/** Changes to the `suppliesTo` relationships of a Firm: create, connect, update, disconnect or delete related Firm records */
export type FirmSuppliesToUpdateFieldInput = {
  /** Related records to connect by `suppliesTo` */
  connect?: InputMaybe<Array<FirmSuppliesToConnectFieldInput>>;
  /** Related records to create by `suppliesTo` */
  create?: InputMaybe<Array<FirmSuppliesToCreateFieldInput>>;
  /** Related records to delete by `suppliesTo` */
  delete?: InputMaybe<Array<FirmSuppliesToDeleteFieldInput>>;
  /** Related records to disconnect by `suppliesTo` */
  disconnect?: InputMaybe<Array<FirmSuppliesToDisconnectFieldInput>>;
  /** Related records to update by `suppliesTo` */
  update?: InputMaybe<FirmSuppliesToUpdateConnectionInput>;
};

/** Changes to Firm records: new field values, and related records to create, connect, update, disconnect or delete */
export type FirmUpdateInput = {
  /** Change `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `description`: free-text description */
  description?: InputMaybe<StringScalarMutations>;
  /** Change `employees`: number of employees */
  employees?: InputMaybe<IntScalarMutations>;
  /** Change `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarMutations>;
  /** Change `industry`: industry in plain words, e.g. 'hardware', 'footwear' */
  industry?: InputMaybe<StringScalarMutations>;
  /** Change `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarMutations>;
  /** Change `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<Array<FirmLocatedInUpdateFieldInput>>;
  /** Change `memberOf`: platforms the firm is or was a member of */
  memberOf?: InputMaybe<Array<FirmMemberOfUpdateFieldInput>>;
  /** Change `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarMutations>;
  /** Change `operatesIn`: links of industrial chains the firm works in */
  operatesIn?: InputMaybe<Array<FirmOperatesInUpdateFieldInput>>;
  /** Change `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarMutations>;
  /** Change `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarMutations>;
  /** Change `servedBy`: service providers that serve (or served) this firm */
  servedBy?: InputMaybe<Array<FirmServedByUpdateFieldInput>>;
  /** Change `size`: size class (SME bands) */
  size?: InputMaybe<FirmSizeEnumScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `suppliedBy`: firms that supply this firm */
  suppliedBy?: InputMaybe<Array<FirmSuppliedByUpdateFieldInput>>;
  /** Change `suppliesTo`: firms this firm supplies */
  suppliesTo?: InputMaybe<Array<FirmSuppliesToUpdateFieldInput>>;
};

/** Filter on Firm records: combine field filters with AND / OR / NOT */
export type FirmWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<FirmWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<FirmWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<FirmWhere>>;
  /** Filter on `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<BooleanScalarFilters>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarFilters>;
  /** Filter on `employees`: number of employees */
  employees?: InputMaybe<IntScalarFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarFilters>;
  /** Filter on `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `industry`: industry in plain words, e.g. 'hardware', 'footwear' */
  industry?: InputMaybe<StringScalarFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarFilters>;
  /** Filter on `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<RegionRelationshipFilters>;
  /** Filter on the `locatedIn` relationships (related Region and relationship properties): all, none, single or some must match */
  locatedInConnection?: InputMaybe<FirmLocatedInConnectionFilters>;
  /** Filter on `memberOf`: platforms the firm is or was a member of */
  memberOf?: InputMaybe<PlatformRelationshipFilters>;
  /** Filter on the `memberOf` relationships (related Platform and relationship properties): all, none, single or some must match */
  memberOfConnection?: InputMaybe<FirmMemberOfConnectionFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `metricsRunId`: the metric run the stored metrics come from */
  metricsRunId?: InputMaybe<IdScalarFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarFilters>;
  /** Filter on `operatesIn`: links of industrial chains the firm works in */
  operatesIn?: InputMaybe<ChainStageRelationshipFilters>;
  /** Filter on the `operatesIn` relationships (related ChainStage and relationship properties): all, none, single or some must match */
  operatesInConnection?: InputMaybe<FirmOperatesInConnectionFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarFilters>;
  /** Filter on `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarFilters>;
  /** Filter on `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarFilters>;
  /** Filter on `servedBy`: service providers that serve (or served) this firm */
  servedBy?: InputMaybe<ServiceProviderRelationshipFilters>;
  /** Filter on the `servedBy` relationships (related ServiceProvider and relationship properties): all, none, single or some must match */
  servedByConnection?: InputMaybe<FirmServedByConnectionFilters>;
  /** Filter on `size`: size class (SME bands) */
  size?: InputMaybe<FirmSizeEnumScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `suppliedBy`: firms that supply this firm */
  suppliedBy?: InputMaybe<FirmRelationshipFilters>;
  /** Filter on the `suppliedBy` relationships (related Firm and relationship properties): all, none, single or some must match */
  suppliedByConnection?: InputMaybe<FirmSuppliedByConnectionFilters>;
  /** Filter on `suppliesTo`: firms this firm supplies */
  suppliesTo?: InputMaybe<FirmRelationshipFilters>;
  /** Filter on the `suppliesTo` relationships (related Firm and relationship properties): all, none, single or some must match */
  suppliesToConnection?: InputMaybe<FirmSuppliesToConnectionFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarFilters>;
};

/** Filters for an aggregation of a float field */
export type FloatScalarAggregationFilters = {
  /** Mean value */
  average?: InputMaybe<FloatScalarFilters>;
  /** Largest value */
  max?: InputMaybe<FloatScalarFilters>;
  /** Smallest value */
  min?: InputMaybe<FloatScalarFilters>;
  /** Sum of the values */
  sum?: InputMaybe<FloatScalarFilters>;
};

/** Float filters */
export type FloatScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal to */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** Equal to one of */
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** Less than */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** Less than or equal to */
  lte?: InputMaybe<Scalars['Float']['input']>;
};

/** Float mutations */
export type FloatScalarMutations = {
  /** Add this to the stored number */
  add?: InputMaybe<Scalars['Float']['input']>;
  /** Divide the stored number by this */
  divide?: InputMaybe<Scalars['Float']['input']>;
  /** Multiply the stored number by this */
  multiply?: InputMaybe<Scalars['Float']['input']>;
  /** Replace the value with this one */
  set?: InputMaybe<Scalars['Float']['input']>;
  /** Subtract this from the stored number */
  subtract?: InputMaybe<Scalars['Float']['input']>;
};

/** The input for filtering a float */
export type FloatWhere = {
  /** Largest value */
  max?: InputMaybe<Scalars['Float']['input']>;
  /** Smallest value */
  min?: InputMaybe<Scalars['Float']['input']>;
};

/** Further relationships to connect from the GovernmentAgency being connected */
export type GovernmentAgencyConnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<GovernmentAgencyLocatedInConnectFieldInput>>;
  /** Platforms and industrial chains the agency supports */
  supports?: InputMaybe<GovernmentAgencySupportsConnectInput>;
};

/** Which existing GovernmentAgency to connect */
export type GovernmentAgencyConnectWhere = {
  /** Filter on the related GovernmentAgency */
  node: GovernmentAgencyWhere;
};

/** A new GovernmentAgency: its fields, and the related records to create or connect */
export type GovernmentAgencyCreateInput = {
  /** Free-text description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Year the organisation was founded */
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** What kind of body the agency is */
  kind: AgencyKind;
  /** The name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<GovernmentAgencyLocatedInFieldInput>;
  /** Name as the record's source spells it */
  name: Scalars['String']['input'];
  /** Population of the ecosystem the actor belongs to */
  population: Population;
  /** Set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Platforms and industrial chains the agency supports */
  supports?: InputMaybe<GovernmentAgencySupportsCreateInput>;
};

/** Related records to delete together with the GovernmentAgency */
export type GovernmentAgencyDeleteInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
  /** Platforms and industrial chains the agency supports */
  supports?: InputMaybe<GovernmentAgencySupportsDeleteInput>;
};

/** Relationships of the GovernmentAgency to remove (the related records stay) */
export type GovernmentAgencyDisconnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
  /** Platforms and industrial chains the agency supports */
  supports?: InputMaybe<GovernmentAgencySupportsDisconnectInput>;
};

/** The input for sorting a Fulltext query on an index of GovernmentAgency */
export type GovernmentAgencyIndexSort = {
  /** Sort by the related GovernmentAgency */
  node?: InputMaybe<GovernmentAgencySort>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of GovernmentAgency */
export type GovernmentAgencyIndexWhere = {
  /** Filter on the related GovernmentAgency */
  node?: InputMaybe<GovernmentAgencyWhere>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<FloatWhere>;
};

/** Existing Region records to relate by `locatedIn`, with the relationship's properties */
export type GovernmentAgencyLocatedInConnectFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<RegionConnectInput>>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionConnectWhere>;
};

/** Filter GovernmentAgency records on aggregates of their `locatedIn` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type GovernmentAgencyLocatedInConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<GovernmentAgencyLocatedInConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<GovernmentAgencyLocatedInConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<GovernmentAgencyLocatedInConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Region */
  node?: InputMaybe<GovernmentAgencyLocatedInNodeAggregationWhereInput>;
};

/** Filter GovernmentAgency records on their `locatedIn` relationships: all, none, single or some must match */
export type GovernmentAgencyLocatedInConnectionFilters = {
  /** Filter GovernmentAgencies by aggregating results on related ActorLocatedInConnections */
  aggregate?: InputMaybe<GovernmentAgencyLocatedInConnectionAggregateInput>;
  /** Return GovernmentAgencies where all of the related ActorLocatedInConnections match this filter */
  all?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return GovernmentAgencies where none of the related ActorLocatedInConnections match this filter */
  none?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return GovernmentAgencies where one of the related ActorLocatedInConnections match this filter */
  single?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return GovernmentAgencies where some of the related ActorLocatedInConnections match this filter */
  some?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** A new Region to create and relate by `locatedIn`, with the relationship's properties */
export type GovernmentAgencyLocatedInCreateFieldInput = {
  /** The Region to create */
  node: RegionCreateInput;
};

/** The Region records to create or connect by `locatedIn` when creating a GovernmentAgency */
export type GovernmentAgencyLocatedInFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<GovernmentAgencyLocatedInConnectFieldInput>>;
  /** Related records to create by `locatedIn` */
  create?: InputMaybe<Array<GovernmentAgencyLocatedInCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Region records related by `locatedIn` */
export type GovernmentAgencyLocatedInNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<GovernmentAgencyLocatedInNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<GovernmentAgencyLocatedInNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<GovernmentAgencyLocatedInNodeAggregationWhereInput>>;
  /** Filter on `code`: administrative code, if any */
  code?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a Region related by `locatedIn` (node) and to the relationship's properties (edge) */
export type GovernmentAgencyLocatedInUpdateConnectionInput = {
  /** Changes to the related Region */
  node?: InputMaybe<RegionUpdateInput>;
  /** Which existing Region records to connect */
  where?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** Changes to the `locatedIn` relationships of a GovernmentAgency: create, connect, update, disconnect or delete related Region records */
export type GovernmentAgencyLocatedInUpdateFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<GovernmentAgencyLocatedInConnectFieldInput>>;
  /** Related records to create by `locatedIn` */
  create?: InputMaybe<Array<GovernmentAgencyLocatedInCreateFieldInput>>;
  /** Related records to delete by `locatedIn` */
  delete?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
  /** Related records to disconnect by `locatedIn` */
  disconnect?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
  /** Related records to update by `locatedIn` */
  update?: InputMaybe<GovernmentAgencyLocatedInUpdateConnectionInput>;
};

/** Filter on a list of related GovernmentAgency records: all, none, single or some must match */
export type GovernmentAgencyRelationshipFilters = {
  /** Filter type where all of the related GovernmentAgencies match this filter */
  all?: InputMaybe<GovernmentAgencyWhere>;
  /** Filter type where none of the related GovernmentAgencies match this filter */
  none?: InputMaybe<GovernmentAgencyWhere>;
  /** Filter type where one of the related GovernmentAgencies match this filter */
  single?: InputMaybe<GovernmentAgencyWhere>;
  /** Filter type where some of the related GovernmentAgencies match this filter */
  some?: InputMaybe<GovernmentAgencyWhere>;
};

/** Fields to sort GovernmentAgencies by. The order in which sorts are applied is not guaranteed when specifying many fields in one GovernmentAgencySort object. */
export type GovernmentAgencySort = {
  /** Sort by `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<SortDirection>;
  /** Sort by `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<SortDirection>;
  /** Sort by `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<SortDirection>;
  /** Sort by `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<SortDirection>;
  /** Sort by `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<SortDirection>;
  /** Sort by `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<SortDirection>;
  /** Sort by `description`: free-text description */
  description?: InputMaybe<SortDirection>;
  /** Sort by `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<SortDirection>;
  /** Sort by `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<SortDirection>;
  /** Sort by `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<SortDirection>;
  /** Sort by `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<SortDirection>;
  /** Sort by `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<SortDirection>;
  /** Sort by `kind`: what kind of body the agency is */
  kind?: InputMaybe<SortDirection>;
  /** Sort by `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<SortDirection>;
  /** Sort by `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<SortDirection>;
  /** Sort by `metricsRunId`: the metric run the stored metrics come from */
  metricsRunId?: InputMaybe<SortDirection>;
  /** Sort by `name`: name as the record's source spells it */
  name?: InputMaybe<SortDirection>;
  /** Sort by `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<SortDirection>;
  /** Sort by `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<SortDirection>;
  /** Sort by `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<SortDirection>;
  /** Sort by `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<SortDirection>;
  /** Sort by `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<SortDirection>;
};

/** Existing SupportTarget records to relate by `supports` */
export type GovernmentAgencySupportsConnectInput = {
  /** For the IndustrialChain members of the union or interface */
  IndustrialChain?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainConnectFieldInput>>;
  /** For the Platform members of the union or interface */
  Platform?: InputMaybe<Array<GovernmentAgencySupportsPlatformConnectFieldInput>>;
};

/** Filter GovernmentAgency records on their `supports` relationships: all, none, single or some must match */
export type GovernmentAgencySupportsConnectionFilters = {
  /** Return GovernmentAgencies where all of the related GovernmentAgencySupportsConnections match this filter */
  all?: InputMaybe<GovernmentAgencySupportsConnectionWhere>;
  /** Return GovernmentAgencies where none of the related GovernmentAgencySupportsConnections match this filter */
  none?: InputMaybe<GovernmentAgencySupportsConnectionWhere>;
  /** Return GovernmentAgencies where one of the related GovernmentAgencySupportsConnections match this filter */
  single?: InputMaybe<GovernmentAgencySupportsConnectionWhere>;
  /** Return GovernmentAgencies where some of the related GovernmentAgencySupportsConnections match this filter */
  some?: InputMaybe<GovernmentAgencySupportsConnectionWhere>;
};

/** Sort the `supports` relationships of a GovernmentAgency by the related SupportTarget (node) or the relationship's properties (edge) */
export type GovernmentAgencySupportsConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<SupportSort>;
};

/** Filter on `supports` relationships of a GovernmentAgency: on the related SupportTarget (node) and on the relationship's properties (edge) */
export type GovernmentAgencySupportsConnectionWhere = {
  /** For the IndustrialChain members of the union or interface */
  IndustrialChain?: InputMaybe<GovernmentAgencySupportsIndustrialChainConnectionWhere>;
  /** For the Platform members of the union or interface */
  Platform?: InputMaybe<GovernmentAgencySupportsPlatformConnectionWhere>;
};

/** New SupportTarget records to create and relate by `supports` */
export type GovernmentAgencySupportsCreateInput = {
  /** For the IndustrialChain members of the union or interface */
  IndustrialChain?: InputMaybe<GovernmentAgencySupportsIndustrialChainFieldInput>;
  /** For the Platform members of the union or interface */
  Platform?: InputMaybe<GovernmentAgencySupportsPlatformFieldInput>;
};

/** Which SupportTarget records related by `supports` to delete */
export type GovernmentAgencySupportsDeleteInput = {
  /** For the IndustrialChain members of the union or interface */
  IndustrialChain?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainDeleteFieldInput>>;
  /** For the Platform members of the union or interface */
  Platform?: InputMaybe<Array<GovernmentAgencySupportsPlatformDeleteFieldInput>>;
};

/** Which `supports` relationships to remove */
export type GovernmentAgencySupportsDisconnectInput = {
  /** For the IndustrialChain members of the union or interface */
  IndustrialChain?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainDisconnectFieldInput>>;
  /** For the Platform members of the union or interface */
  Platform?: InputMaybe<Array<GovernmentAgencySupportsPlatformDisconnectFieldInput>>;
};

/** Existing IndustrialChain records to relate by `supports`, with the relationship's properties */
export type GovernmentAgencySupportsIndustrialChainConnectFieldInput = {
  /** Related records to connect by `supports` */
  connect?: InputMaybe<Array<IndustrialChainConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<SupportCreateInput>;
  /** Which existing IndustrialChain records to connect */
  where?: InputMaybe<IndustrialChainConnectWhere>;
};

/** Filter on `supports` relationships of a GovernmentAgency: on the related IndustrialChain (node) and on the relationship's properties (edge) */
export type GovernmentAgencySupportsIndustrialChainConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<GovernmentAgencySupportsIndustrialChainConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupportWhere>;
  /** Filter on the related IndustrialChain */
  node?: InputMaybe<IndustrialChainWhere>;
};

/** A new IndustrialChain to create and relate by `supports`, with the relationship's properties */
export type GovernmentAgencySupportsIndustrialChainCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<SupportCreateInput>;
  /** The IndustrialChain to create */
  node: IndustrialChainCreateInput;
};

/** Which IndustrialChain records related by `supports` to delete */
export type GovernmentAgencySupportsIndustrialChainDeleteFieldInput = {
  /** Related records to delete by `supports` */
  delete?: InputMaybe<IndustrialChainDeleteInput>;
  /** Which related IndustrialChain records to delete */
  where?: InputMaybe<GovernmentAgencySupportsIndustrialChainConnectionWhere>;
};

/** Which `supports` relationships to IndustrialChain records to remove (the IndustrialChain records stay) */
export type GovernmentAgencySupportsIndustrialChainDisconnectFieldInput = {
  /** Related records to disconnect by `supports` */
  disconnect?: InputMaybe<IndustrialChainDisconnectInput>;
  /** Which relationships to IndustrialChain records to remove */
  where?: InputMaybe<GovernmentAgencySupportsIndustrialChainConnectionWhere>;
};

/** The IndustrialChain records to create or connect by `supports` when creating a GovernmentAgency */
export type GovernmentAgencySupportsIndustrialChainFieldInput = {
  /** Related records to connect by `supports` */
  connect?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainConnectFieldInput>>;
  /** Related records to create by `supports` */
  create?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainCreateFieldInput>>;
};

/** Changes to a IndustrialChain related by `supports` (node) and to the relationship's properties (edge) */
export type GovernmentAgencySupportsIndustrialChainUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<SupportUpdateInput>;
  /** Changes to the related IndustrialChain */
  node?: InputMaybe<IndustrialChainUpdateInput>;
  /** Which existing IndustrialChain records to connect */
  where?: InputMaybe<GovernmentAgencySupportsIndustrialChainConnectionWhere>;
};

/** Changes to the `supports` relationships of a GovernmentAgency: create, connect, update, disconnect or delete related IndustrialChain records */
export type GovernmentAgencySupportsIndustrialChainUpdateFieldInput = {
  /** Related records to connect by `supports` */
  connect?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainConnectFieldInput>>;
  /** Related records to create by `supports` */
  create?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainCreateFieldInput>>;
  /** Related records to delete by `supports` */
  delete?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainDeleteFieldInput>>;
  /** Related records to disconnect by `supports` */
  disconnect?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainDisconnectFieldInput>>;
  /** Related records to update by `supports` */
  update?: InputMaybe<GovernmentAgencySupportsIndustrialChainUpdateConnectionInput>;
};

/** Existing Platform records to relate by `supports`, with the relationship's properties */
export type GovernmentAgencySupportsPlatformConnectFieldInput = {
  /** Related records to connect by `supports` */
  connect?: InputMaybe<Array<PlatformConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<SupportCreateInput>;
  /** Which existing Platform records to connect */
  where?: InputMaybe<PlatformConnectWhere>;
};

/** Filter on `supports` relationships of a GovernmentAgency: on the related Platform (node) and on the relationship's properties (edge) */
export type GovernmentAgencySupportsPlatformConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<GovernmentAgencySupportsPlatformConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<GovernmentAgencySupportsPlatformConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<GovernmentAgencySupportsPlatformConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupportWhere>;
  /** Filter on the related Platform */
  node?: InputMaybe<PlatformWhere>;
};

/** A new Platform to create and relate by `supports`, with the relationship's properties */
export type GovernmentAgencySupportsPlatformCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<SupportCreateInput>;
  /** The Platform to create */
  node: PlatformCreateInput;
};

/** Which Platform records related by `supports` to delete */
export type GovernmentAgencySupportsPlatformDeleteFieldInput = {
  /** Related records to delete by `supports` */
  delete?: InputMaybe<PlatformDeleteInput>;
  /** Which related Platform records to delete */
  where?: InputMaybe<GovernmentAgencySupportsPlatformConnectionWhere>;
};

/** Which `supports` relationships to Platform records to remove (the Platform records stay) */
export type GovernmentAgencySupportsPlatformDisconnectFieldInput = {
  /** Related records to disconnect by `supports` */
  disconnect?: InputMaybe<PlatformDisconnectInput>;
  /** Which relationships to Platform records to remove */
  where?: InputMaybe<GovernmentAgencySupportsPlatformConnectionWhere>;
};

/** The Platform records to create or connect by `supports` when creating a GovernmentAgency */
export type GovernmentAgencySupportsPlatformFieldInput = {
  /** Related records to connect by `supports` */
  connect?: InputMaybe<Array<GovernmentAgencySupportsPlatformConnectFieldInput>>;
  /** Related records to create by `supports` */
  create?: InputMaybe<Array<GovernmentAgencySupportsPlatformCreateFieldInput>>;
};

/** Changes to a Platform related by `supports` (node) and to the relationship's properties (edge) */
export type GovernmentAgencySupportsPlatformUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<SupportUpdateInput>;
  /** Changes to the related Platform */
  node?: InputMaybe<PlatformUpdateInput>;
  /** Which existing Platform records to connect */
  where?: InputMaybe<GovernmentAgencySupportsPlatformConnectionWhere>;
};

/** Changes to the `supports` relationships of a GovernmentAgency: create, connect, update, disconnect or delete related Platform records */
export type GovernmentAgencySupportsPlatformUpdateFieldInput = {
  /** Related records to connect by `supports` */
  connect?: InputMaybe<Array<GovernmentAgencySupportsPlatformConnectFieldInput>>;
  /** Related records to create by `supports` */
  create?: InputMaybe<Array<GovernmentAgencySupportsPlatformCreateFieldInput>>;
  /** Related records to delete by `supports` */
  delete?: InputMaybe<Array<GovernmentAgencySupportsPlatformDeleteFieldInput>>;
  /** Related records to disconnect by `supports` */
  disconnect?: InputMaybe<Array<GovernmentAgencySupportsPlatformDisconnectFieldInput>>;
  /** Related records to update by `supports` */
  update?: InputMaybe<GovernmentAgencySupportsPlatformUpdateConnectionInput>;
};

/** Changes to the SupportTarget records related by `supports` */
export type GovernmentAgencySupportsUpdateInput = {
  /** For the IndustrialChain members of the union or interface */
  IndustrialChain?: InputMaybe<Array<GovernmentAgencySupportsIndustrialChainUpdateFieldInput>>;
  /** For the Platform members of the union or interface */
  Platform?: InputMaybe<Array<GovernmentAgencySupportsPlatformUpdateFieldInput>>;
};

/** Changes to GovernmentAgency records: new field values, and related records to create, connect, update, disconnect or delete */
export type GovernmentAgencyUpdateInput = {
  /** Change `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `description`: free-text description */
  description?: InputMaybe<StringScalarMutations>;
  /** Change `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarMutations>;
  /** Change `kind`: what kind of body the agency is */
  kind?: InputMaybe<AgencyKindEnumScalarMutations>;
  /** Change `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarMutations>;
  /** Change `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<Array<GovernmentAgencyLocatedInUpdateFieldInput>>;
  /** Change `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarMutations>;
  /** Change `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarMutations>;
  /** Change `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `supports`: platforms and industrial chains the agency supports */
  supports?: InputMaybe<GovernmentAgencySupportsUpdateInput>;
};

/** Filter on GovernmentAgency records: combine field filters with AND / OR / NOT */
export type GovernmentAgencyWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<GovernmentAgencyWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<GovernmentAgencyWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<GovernmentAgencyWhere>>;
  /** Filter on `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<BooleanScalarFilters>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarFilters>;
  /** Filter on `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `kind`: what kind of body the agency is */
  kind?: InputMaybe<AgencyKindEnumScalarFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarFilters>;
  /** Filter on `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<RegionRelationshipFilters>;
  /** Filter on the `locatedIn` relationships (related Region and relationship properties): all, none, single or some must match */
  locatedInConnection?: InputMaybe<GovernmentAgencyLocatedInConnectionFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `metricsRunId`: the metric run the stored metrics come from */
  metricsRunId?: InputMaybe<IdScalarFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarFilters>;
  /** Filter on `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarFilters>;
  /** Filter on `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `supports`: platforms and industrial chains the agency supports */
  supports?: InputMaybe<SupportTargetRelationshipFilters>;
  /** Filter on the `supports` relationships (related SupportTarget and relationship properties): all, none, single or some must match */
  supportsConnection?: InputMaybe<GovernmentAgencySupportsConnectionFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarFilters>;
};

/** The graph a metric is computed on. Leaving every field out means: all actors, all actor relationships, undirected, unweighted. */
export type GraphSelectionInput = {
  /** The day to take the ecosystem as of, YYYY-MM-DD: relationships with since ≤ that day and no until before it, actors founded by then and not retired; today when left out */
  asOf?: InputMaybe<Scalars['String']['input']>;
  /** Respect relationship direction; default false */
  directed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Restrict to this platform's ecosystem (the platform, its active members, its partners and the providers serving its members, its supporting agencies): its id or exact name; null or left out for the whole graph */
  platform?: InputMaybe<Scalars['ID']['input']>;
  /** Relationship types to use; default all */
  relationshipTypes?: InputMaybe<Array<ActorRelationshipType>>;
  /** Weight SUPPLIES by volume (shortest paths use 1/volume); default false */
  weighted?: InputMaybe<Scalars['Boolean']['input']>;
};

/** ID filters */
export type IdScalarFilters = {
  /** Contains this substring */
  contains?: InputMaybe<Scalars['ID']['input']>;
  /** Ends with */
  endsWith?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** Equal to one of */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Starts with */
  startsWith?: InputMaybe<Scalars['ID']['input']>;
};

/** ID mutations */
export type IdScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<Scalars['ID']['input']>;
};

/** Existing Region records to relate by `anchoredIn`, with the relationship's properties */
export type IndustrialChainAnchoredInConnectFieldInput = {
  /** Related records to connect by `anchoredIn` */
  connect?: InputMaybe<Array<RegionConnectInput>>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionConnectWhere>;
};

/** Filter IndustrialChain records on aggregates of their `anchoredIn` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type IndustrialChainAnchoredInConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainAnchoredInConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainAnchoredInConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainAnchoredInConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Region */
  node?: InputMaybe<IndustrialChainAnchoredInNodeAggregationWhereInput>;
};

/** Filter IndustrialChain records on their `anchoredIn` relationships: all, none, single or some must match */
export type IndustrialChainAnchoredInConnectionFilters = {
  /** Filter IndustrialChains by aggregating results on related IndustrialChainAnchoredInConnections */
  aggregate?: InputMaybe<IndustrialChainAnchoredInConnectionAggregateInput>;
  /** Return IndustrialChains where all of the related IndustrialChainAnchoredInConnections match this filter */
  all?: InputMaybe<IndustrialChainAnchoredInConnectionWhere>;
  /** Return IndustrialChains where none of the related IndustrialChainAnchoredInConnections match this filter */
  none?: InputMaybe<IndustrialChainAnchoredInConnectionWhere>;
  /** Return IndustrialChains where one of the related IndustrialChainAnchoredInConnections match this filter */
  single?: InputMaybe<IndustrialChainAnchoredInConnectionWhere>;
  /** Return IndustrialChains where some of the related IndustrialChainAnchoredInConnections match this filter */
  some?: InputMaybe<IndustrialChainAnchoredInConnectionWhere>;
};

/** Sort the `anchoredIn` relationships of a IndustrialChain by the related Region (node) or the relationship's properties (edge) */
export type IndustrialChainAnchoredInConnectionSort = {
  /** Sort by the related Region */
  node?: InputMaybe<RegionSort>;
};

/** Filter on `anchoredIn` relationships of a IndustrialChain: on the related Region (node) and on the relationship's properties (edge) */
export type IndustrialChainAnchoredInConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainAnchoredInConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainAnchoredInConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainAnchoredInConnectionWhere>>;
  /** Filter on the related Region */
  node?: InputMaybe<RegionWhere>;
};

/** A new Region to create and relate by `anchoredIn`, with the relationship's properties */
export type IndustrialChainAnchoredInCreateFieldInput = {
  /** The Region to create */
  node: RegionCreateInput;
};

/** Which Region records related by `anchoredIn` to delete */
export type IndustrialChainAnchoredInDeleteFieldInput = {
  /** Related records to delete by `anchoredIn` */
  delete?: InputMaybe<RegionDeleteInput>;
  /** Which related Region records to delete */
  where?: InputMaybe<IndustrialChainAnchoredInConnectionWhere>;
};

/** Which `anchoredIn` relationships to Region records to remove (the Region records stay) */
export type IndustrialChainAnchoredInDisconnectFieldInput = {
  /** Related records to disconnect by `anchoredIn` */
  disconnect?: InputMaybe<RegionDisconnectInput>;
  /** Which relationships to Region records to remove */
  where?: InputMaybe<IndustrialChainAnchoredInConnectionWhere>;
};

/** The Region records to create or connect by `anchoredIn` when creating a IndustrialChain */
export type IndustrialChainAnchoredInFieldInput = {
  /** Related records to connect by `anchoredIn` */
  connect?: InputMaybe<Array<IndustrialChainAnchoredInConnectFieldInput>>;
  /** Related records to create by `anchoredIn` */
  create?: InputMaybe<Array<IndustrialChainAnchoredInCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Region records related by `anchoredIn` */
export type IndustrialChainAnchoredInNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainAnchoredInNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainAnchoredInNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainAnchoredInNodeAggregationWhereInput>>;
  /** Filter on `code`: administrative code, if any */
  code?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a Region related by `anchoredIn` (node) and to the relationship's properties (edge) */
export type IndustrialChainAnchoredInUpdateConnectionInput = {
  /** Changes to the related Region */
  node?: InputMaybe<RegionUpdateInput>;
  /** Which existing Region records to connect */
  where?: InputMaybe<IndustrialChainAnchoredInConnectionWhere>;
};

/** Changes to the `anchoredIn` relationships of a IndustrialChain: create, connect, update, disconnect or delete related Region records */
export type IndustrialChainAnchoredInUpdateFieldInput = {
  /** Related records to connect by `anchoredIn` */
  connect?: InputMaybe<Array<IndustrialChainAnchoredInConnectFieldInput>>;
  /** Related records to create by `anchoredIn` */
  create?: InputMaybe<Array<IndustrialChainAnchoredInCreateFieldInput>>;
  /** Related records to delete by `anchoredIn` */
  delete?: InputMaybe<Array<IndustrialChainAnchoredInDeleteFieldInput>>;
  /** Related records to disconnect by `anchoredIn` */
  disconnect?: InputMaybe<Array<IndustrialChainAnchoredInDisconnectFieldInput>>;
  /** Related records to update by `anchoredIn` */
  update?: InputMaybe<IndustrialChainAnchoredInUpdateConnectionInput>;
};

/** Further relationships to connect from the IndustrialChain being connected */
export type IndustrialChainConnectInput = {
  /** The chain's home region */
  anchoredIn?: InputMaybe<Array<IndustrialChainAnchoredInConnectFieldInput>>;
  /** The chain's stages; sort by `position` for upstream-to-downstream order */
  stages?: InputMaybe<Array<IndustrialChainStagesConnectFieldInput>>;
  /** Government agencies supporting the chain */
  supportedBy?: InputMaybe<Array<IndustrialChainSupportedByConnectFieldInput>>;
};

/** Which existing IndustrialChain to connect */
export type IndustrialChainConnectWhere = {
  /** Filter on the related IndustrialChain */
  node: IndustrialChainWhere;
};

/** A new IndustrialChain: its fields, and the related records to create or connect */
export type IndustrialChainCreateInput = {
  /** The chain's home region */
  anchoredIn?: InputMaybe<IndustrialChainAnchoredInFieldInput>;
  /** Free-text description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The chain's industry in plain words, e.g. 'hardware' */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** The name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Name as the record's source spells it */
  name: Scalars['String']['input'];
  /** Set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** The chain's stages; sort by `position` for upstream-to-downstream order */
  stages?: InputMaybe<IndustrialChainStagesFieldInput>;
  /** Government agencies supporting the chain */
  supportedBy?: InputMaybe<IndustrialChainSupportedByFieldInput>;
};

/** Related records to delete together with the IndustrialChain */
export type IndustrialChainDeleteInput = {
  /** The chain's home region */
  anchoredIn?: InputMaybe<Array<IndustrialChainAnchoredInDeleteFieldInput>>;
  /** The chain's stages; sort by `position` for upstream-to-downstream order */
  stages?: InputMaybe<Array<IndustrialChainStagesDeleteFieldInput>>;
  /** Government agencies supporting the chain */
  supportedBy?: InputMaybe<Array<IndustrialChainSupportedByDeleteFieldInput>>;
};

/** Relationships of the IndustrialChain to remove (the related records stay) */
export type IndustrialChainDisconnectInput = {
  /** The chain's home region */
  anchoredIn?: InputMaybe<Array<IndustrialChainAnchoredInDisconnectFieldInput>>;
  /** The chain's stages; sort by `position` for upstream-to-downstream order */
  stages?: InputMaybe<Array<IndustrialChainStagesDisconnectFieldInput>>;
  /** Government agencies supporting the chain */
  supportedBy?: InputMaybe<Array<IndustrialChainSupportedByDisconnectFieldInput>>;
};

/** The input for sorting a Fulltext query on an index of IndustrialChain */
export type IndustrialChainIndexSort = {
  /** Sort by the related IndustrialChain */
  node?: InputMaybe<IndustrialChainSort>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of IndustrialChain */
export type IndustrialChainIndexWhere = {
  /** Filter on the related IndustrialChain */
  node?: InputMaybe<IndustrialChainWhere>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<FloatWhere>;
};

/** Filter on a list of related IndustrialChain records: all, none, single or some must match */
export type IndustrialChainRelationshipFilters = {
  /** Filter type where all of the related IndustrialChains match this filter */
  all?: InputMaybe<IndustrialChainWhere>;
  /** Filter type where none of the related IndustrialChains match this filter */
  none?: InputMaybe<IndustrialChainWhere>;
  /** Filter type where one of the related IndustrialChains match this filter */
  single?: InputMaybe<IndustrialChainWhere>;
  /** Filter type where some of the related IndustrialChains match this filter */
  some?: InputMaybe<IndustrialChainWhere>;
};

/** Fields to sort IndustrialChains by. The order in which sorts are applied is not guaranteed when specifying many fields in one IndustrialChainSort object. */
export type IndustrialChainSort = {
  /** Sort by `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<SortDirection>;
  /** Sort by `description`: free-text description */
  description?: InputMaybe<SortDirection>;
  /** Sort by `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<SortDirection>;
  /** Sort by `industry`: the chain's industry in plain words, e.g. 'hardware' */
  industry?: InputMaybe<SortDirection>;
  /** Sort by `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<SortDirection>;
  /** Sort by `name`: name as the record's source spells it */
  name?: InputMaybe<SortDirection>;
  /** Sort by `retiredAt`: set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Existing ChainStage records to relate by `stages`, with the relationship's properties */
export type IndustrialChainStagesConnectFieldInput = {
  /** Related records to connect by `stages` */
  connect?: InputMaybe<Array<ChainStageConnectInput>>;
  /** Which existing ChainStage records to connect */
  where?: InputMaybe<ChainStageConnectWhere>;
};

/** Filter IndustrialChain records on aggregates of their `stages` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type IndustrialChainStagesConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainStagesConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainStagesConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainStagesConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related ChainStage */
  node?: InputMaybe<IndustrialChainStagesNodeAggregationWhereInput>;
};

/** Filter IndustrialChain records on their `stages` relationships: all, none, single or some must match */
export type IndustrialChainStagesConnectionFilters = {
  /** Filter IndustrialChains by aggregating results on related IndustrialChainStagesConnections */
  aggregate?: InputMaybe<IndustrialChainStagesConnectionAggregateInput>;
  /** Return IndustrialChains where all of the related IndustrialChainStagesConnections match this filter */
  all?: InputMaybe<IndustrialChainStagesConnectionWhere>;
  /** Return IndustrialChains where none of the related IndustrialChainStagesConnections match this filter */
  none?: InputMaybe<IndustrialChainStagesConnectionWhere>;
  /** Return IndustrialChains where one of the related IndustrialChainStagesConnections match this filter */
  single?: InputMaybe<IndustrialChainStagesConnectionWhere>;
  /** Return IndustrialChains where some of the related IndustrialChainStagesConnections match this filter */
  some?: InputMaybe<IndustrialChainStagesConnectionWhere>;
};

/** Sort the `stages` relationships of a IndustrialChain by the related ChainStage (node) or the relationship's properties (edge) */
export type IndustrialChainStagesConnectionSort = {
  /** Sort by the related ChainStage */
  node?: InputMaybe<ChainStageSort>;
};

/** Filter on `stages` relationships of a IndustrialChain: on the related ChainStage (node) and on the relationship's properties (edge) */
export type IndustrialChainStagesConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainStagesConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainStagesConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainStagesConnectionWhere>>;
  /** Filter on the related ChainStage */
  node?: InputMaybe<ChainStageWhere>;
};

/** A new ChainStage to create and relate by `stages`, with the relationship's properties */
export type IndustrialChainStagesCreateFieldInput = {
  /** The ChainStage to create */
  node: ChainStageCreateInput;
};

/** Which ChainStage records related by `stages` to delete */
export type IndustrialChainStagesDeleteFieldInput = {
  /** Related records to delete by `stages` */
  delete?: InputMaybe<ChainStageDeleteInput>;
  /** Which related ChainStage records to delete */
  where?: InputMaybe<IndustrialChainStagesConnectionWhere>;
};

/** Which `stages` relationships to ChainStage records to remove (the ChainStage records stay) */
export type IndustrialChainStagesDisconnectFieldInput = {
  /** Related records to disconnect by `stages` */
  disconnect?: InputMaybe<ChainStageDisconnectInput>;
  /** Which relationships to ChainStage records to remove */
  where?: InputMaybe<IndustrialChainStagesConnectionWhere>;
};

/** The ChainStage records to create or connect by `stages` when creating a IndustrialChain */
export type IndustrialChainStagesFieldInput = {
  /** Related records to connect by `stages` */
  connect?: InputMaybe<Array<IndustrialChainStagesConnectFieldInput>>;
  /** Related records to create by `stages` */
  create?: InputMaybe<Array<IndustrialChainStagesCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the ChainStage records related by `stages` */
export type IndustrialChainStagesNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainStagesNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainStagesNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainStagesNodeAggregationWhereInput>>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `minFirms`: how many active firms make the stage covered (θ_s) */
  minFirms?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `position`: 1-based position from upstream (raw materials) to downstream (distribution) */
  position?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weight`: importance of the stage in chain coverage (w_s) */
  weight?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a ChainStage related by `stages` (node) and to the relationship's properties (edge) */
export type IndustrialChainStagesUpdateConnectionInput = {
  /** Changes to the related ChainStage */
  node?: InputMaybe<ChainStageUpdateInput>;
  /** Which existing ChainStage records to connect */
  where?: InputMaybe<IndustrialChainStagesConnectionWhere>;
};

/** Changes to the `stages` relationships of a IndustrialChain: create, connect, update, disconnect or delete related ChainStage records */
export type IndustrialChainStagesUpdateFieldInput = {
  /** Related records to connect by `stages` */
  connect?: InputMaybe<Array<IndustrialChainStagesConnectFieldInput>>;
  /** Related records to create by `stages` */
  create?: InputMaybe<Array<IndustrialChainStagesCreateFieldInput>>;
  /** Related records to delete by `stages` */
  delete?: InputMaybe<Array<IndustrialChainStagesDeleteFieldInput>>;
  /** Related records to disconnect by `stages` */
  disconnect?: InputMaybe<Array<IndustrialChainStagesDisconnectFieldInput>>;
  /** Related records to update by `stages` */
  update?: InputMaybe<IndustrialChainStagesUpdateConnectionInput>;
};

/** Existing GovernmentAgency records to relate by `supportedBy`, with the relationship's properties */
export type IndustrialChainSupportedByConnectFieldInput = {
  /** Related records to connect by `supportedBy` */
  connect?: InputMaybe<Array<GovernmentAgencyConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<SupportCreateInput>;
  /** Which existing GovernmentAgency records to connect */
  where?: InputMaybe<GovernmentAgencyConnectWhere>;
};

/** Filter IndustrialChain records on aggregates of their `supportedBy` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type IndustrialChainSupportedByConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainSupportedByConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainSupportedByConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainSupportedByConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupportAggregationWhereInput>;
  /** Filter on the related GovernmentAgency */
  node?: InputMaybe<IndustrialChainSupportedByNodeAggregationWhereInput>;
};

/** Filter IndustrialChain records on their `supportedBy` relationships: all, none, single or some must match */
export type IndustrialChainSupportedByConnectionFilters = {
  /** Filter IndustrialChains by aggregating results on related IndustrialChainSupportedByConnections */
  aggregate?: InputMaybe<IndustrialChainSupportedByConnectionAggregateInput>;
  /** Return IndustrialChains where all of the related IndustrialChainSupportedByConnections match this filter */
  all?: InputMaybe<IndustrialChainSupportedByConnectionWhere>;
  /** Return IndustrialChains where none of the related IndustrialChainSupportedByConnections match this filter */
  none?: InputMaybe<IndustrialChainSupportedByConnectionWhere>;
  /** Return IndustrialChains where one of the related IndustrialChainSupportedByConnections match this filter */
  single?: InputMaybe<IndustrialChainSupportedByConnectionWhere>;
  /** Return IndustrialChains where some of the related IndustrialChainSupportedByConnections match this filter */
  some?: InputMaybe<IndustrialChainSupportedByConnectionWhere>;
};

/** Sort the `supportedBy` relationships of a IndustrialChain by the related GovernmentAgency (node) or the relationship's properties (edge) */
export type IndustrialChainSupportedByConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<SupportSort>;
  /** Sort by the related GovernmentAgency */
  node?: InputMaybe<GovernmentAgencySort>;
};

/** Filter on `supportedBy` relationships of a IndustrialChain: on the related GovernmentAgency (node) and on the relationship's properties (edge) */
export type IndustrialChainSupportedByConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainSupportedByConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainSupportedByConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainSupportedByConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupportWhere>;
  /** Filter on the related GovernmentAgency */
  node?: InputMaybe<GovernmentAgencyWhere>;
};

/** A new GovernmentAgency to create and relate by `supportedBy`, with the relationship's properties */
export type IndustrialChainSupportedByCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<SupportCreateInput>;
  /** The GovernmentAgency to create */
  node: GovernmentAgencyCreateInput;
};

/** Which GovernmentAgency records related by `supportedBy` to delete */
export type IndustrialChainSupportedByDeleteFieldInput = {
  /** Related records to delete by `supportedBy` */
  delete?: InputMaybe<GovernmentAgencyDeleteInput>;
  /** Which related GovernmentAgency records to delete */
  where?: InputMaybe<IndustrialChainSupportedByConnectionWhere>;
};

/** Which `supportedBy` relationships to GovernmentAgency records to remove (the GovernmentAgency records stay) */
export type IndustrialChainSupportedByDisconnectFieldInput = {
  /** Related records to disconnect by `supportedBy` */
  disconnect?: InputMaybe<GovernmentAgencyDisconnectInput>;
  /** Which relationships to GovernmentAgency records to remove */
  where?: InputMaybe<IndustrialChainSupportedByConnectionWhere>;
};

/** The GovernmentAgency records to create or connect by `supportedBy` when creating a IndustrialChain */
export type IndustrialChainSupportedByFieldInput = {
  /** Related records to connect by `supportedBy` */
  connect?: InputMaybe<Array<IndustrialChainSupportedByConnectFieldInput>>;
  /** Related records to create by `supportedBy` */
  create?: InputMaybe<Array<IndustrialChainSupportedByCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the GovernmentAgency records related by `supportedBy` */
export type IndustrialChainSupportedByNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainSupportedByNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainSupportedByNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainSupportedByNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a GovernmentAgency related by `supportedBy` (node) and to the relationship's properties (edge) */
export type IndustrialChainSupportedByUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<SupportUpdateInput>;
  /** Changes to the related GovernmentAgency */
  node?: InputMaybe<GovernmentAgencyUpdateInput>;
  /** Which existing GovernmentAgency records to connect */
  where?: InputMaybe<IndustrialChainSupportedByConnectionWhere>;
};

/** Changes to the `supportedBy` relationships of a IndustrialChain: create, connect, update, disconnect or delete related GovernmentAgency records */
export type IndustrialChainSupportedByUpdateFieldInput = {
  /** Related records to connect by `supportedBy` */
  connect?: InputMaybe<Array<IndustrialChainSupportedByConnectFieldInput>>;
  /** Related records to create by `supportedBy` */
  create?: InputMaybe<Array<IndustrialChainSupportedByCreateFieldInput>>;
  /** Related records to delete by `supportedBy` */
  delete?: InputMaybe<Array<IndustrialChainSupportedByDeleteFieldInput>>;
  /** Related records to disconnect by `supportedBy` */
  disconnect?: InputMaybe<Array<IndustrialChainSupportedByDisconnectFieldInput>>;
  /** Related records to update by `supportedBy` */
  update?: InputMaybe<IndustrialChainSupportedByUpdateConnectionInput>;
};

/** Changes to IndustrialChain records: new field values, and related records to create, connect, update, disconnect or delete */
export type IndustrialChainUpdateInput = {
  /** Change `anchoredIn`: the chain's home region */
  anchoredIn?: InputMaybe<Array<IndustrialChainAnchoredInUpdateFieldInput>>;
  /** Change `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `description`: free-text description */
  description?: InputMaybe<StringScalarMutations>;
  /** Change `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `industry`: the chain's industry in plain words, e.g. 'hardware' */
  industry?: InputMaybe<StringScalarMutations>;
  /** Change `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarMutations>;
  /** Change `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarMutations>;
  /** Change `retiredAt`: set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `stages`: the chain's stages; sort by `position` for upstream-to-downstream order */
  stages?: InputMaybe<Array<IndustrialChainStagesUpdateFieldInput>>;
  /** Change `supportedBy`: government agencies supporting the chain */
  supportedBy?: InputMaybe<Array<IndustrialChainSupportedByUpdateFieldInput>>;
};

/** Filter on IndustrialChain records: combine field filters with AND / OR / NOT */
export type IndustrialChainWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<IndustrialChainWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<IndustrialChainWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<IndustrialChainWhere>>;
  /** Filter on `anchoredIn`: the chain's home region */
  anchoredIn?: InputMaybe<RegionRelationshipFilters>;
  /** Filter on the `anchoredIn` relationships (related Region and relationship properties): all, none, single or some must match */
  anchoredInConnection?: InputMaybe<IndustrialChainAnchoredInConnectionFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarFilters>;
  /** Filter on `industry`: the chain's industry in plain words, e.g. 'hardware' */
  industry?: InputMaybe<StringScalarFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarFilters>;
  /** Filter on `retiredAt`: set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `stages`: the chain's stages; sort by `position` for upstream-to-downstream order */
  stages?: InputMaybe<ChainStageRelationshipFilters>;
  /** Filter on the `stages` relationships (related ChainStage and relationship properties): all, none, single or some must match */
  stagesConnection?: InputMaybe<IndustrialChainStagesConnectionFilters>;
  /** Filter on `supportedBy`: government agencies supporting the chain */
  supportedBy?: InputMaybe<GovernmentAgencyRelationshipFilters>;
  /** Filter on the `supportedBy` relationships (related GovernmentAgency and relationship properties): all, none, single or some must match */
  supportedByConnection?: InputMaybe<IndustrialChainSupportedByConnectionFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
};

/** Filters for an aggregation of an int field */
export type IntScalarAggregationFilters = {
  /** Mean value */
  average?: InputMaybe<FloatScalarFilters>;
  /** Largest value */
  max?: InputMaybe<IntScalarFilters>;
  /** Smallest value */
  min?: InputMaybe<IntScalarFilters>;
  /** Sum of the values */
  sum?: InputMaybe<IntScalarFilters>;
};

/** Int filters */
export type IntScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** Equal to one of */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Less than */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to */
  lte?: InputMaybe<Scalars['Int']['input']>;
};

/** Int mutations */
export type IntScalarMutations = {
  /** Add this to the stored number */
  add?: InputMaybe<Scalars['Int']['input']>;
  /** Replace the value with this one */
  set?: InputMaybe<Scalars['Int']['input']>;
  /** Subtract this from the stored number */
  subtract?: InputMaybe<Scalars['Int']['input']>;
};

/** Filter on aggregates (min / max / average) of the Membership relationship properties */
export type MembershipAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<MembershipAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<MembershipAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<MembershipAggregationWhereInput>>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `tier`: membership tier on the platform, e.g. 'basic', 'gold' */
  tier?: InputMaybe<StringScalarAggregationFilters>;
};

/** A new Membership: its fields, and the related records to create or connect */
export type MembershipCreateInput = {
  /** The relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** First day the relationship held (ISO date) */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** When a partner sync last wrote this record */
  syncedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Membership tier on the platform, e.g. 'basic', 'gold' */
  tier?: InputMaybe<Scalars['String']['input']>;
  /** Last day the relationship held; null while it is active */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** Sort Membership records by one field; give several in a list to break ties */
export type MembershipSort = {
  /** Sort by `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `tier`: membership tier on the platform, e.g. 'basic', 'gold' */
  tier?: InputMaybe<SortDirection>;
  /** Sort by `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<SortDirection>;
};

/** Changes to Membership records: new field values, and related records to create, connect, update, disconnect or delete */
export type MembershipUpdateInput = {
  /** Change `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `tier`: membership tier on the platform, e.g. 'basic', 'gold' */
  tier?: InputMaybe<StringScalarMutations>;
  /** Change `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<DateScalarMutations>;
};

/** Filter on Membership records: combine field filters with AND / OR / NOT */
export type MembershipWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<MembershipWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<MembershipWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<MembershipWhere>>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `tier`: membership tier on the platform, e.g. 'basic', 'gold' */
  tier?: InputMaybe<StringScalarFilters>;
  /** Filter on `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<DateScalarFilters>;
};

/** Where a metric write-back job is; DONE and FAILED are final */
export type MetricJobState =
  /** Every value written, and the MetricRun recorded */
  | 'DONE'
  /** Stopped with an error (see error); never became DONE */
  | 'FAILED'
  /** Recorded, not started */
  | 'QUEUED'
  /** Reading the graph and computing the metrics (nothing written yet) */
  | 'RUNNING'
  /** Writing the values batch by batch (progress grows) */
  | 'WRITING';

/** Fields to sort MetricRuns by. The order in which sorts are applied is not guaranteed when specifying many fields in one MetricRunSort object. */
export type MetricRunSort = {
  /** Sort by `actorCount`: actors in the graph the run computed on (each got the metrics) */
  actorCount?: InputMaybe<SortDirection>;
  /** Sort by `durationMs`: how long the run took, in milliseconds */
  durationMs?: InputMaybe<SortDirection>;
  /** Sort by `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<SortDirection>;
  /** Sort by `parameters`: JSON: the selection (platform scope, relationship types, direction, weights) and the parameters */
  parameters?: InputMaybe<SortDirection>;
  /** Sort by `relationshipCount`: relationships in the graph the run computed on */
  relationshipCount?: InputMaybe<SortDirection>;
  /** Sort by `startedAt`: when the run started */
  startedAt?: InputMaybe<SortDirection>;
};

/** Filter on MetricRun records: combine field filters with AND / OR / NOT */
export type MetricRunWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<MetricRunWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<MetricRunWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<MetricRunWhere>>;
  /** Filter on `actorCount`: actors in the graph the run computed on (each got the metrics) */
  actorCount?: InputMaybe<IntScalarFilters>;
  /** Filter on `durationMs`: how long the run took, in milliseconds */
  durationMs?: InputMaybe<IntScalarFilters>;
  /** Filter on `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarFilters>;
  /** Filter on `metrics`: metrics computed, e.g. [PAGERANK, BETWEENNESS] */
  metrics?: InputMaybe<StringListFilters>;
  /** Filter on `parameters`: JSON: the selection (platform scope, relationship types, direction, weights) and the parameters */
  parameters?: InputMaybe<StringScalarFilters>;
  /** Filter on `relationshipCount`: relationships in the graph the run computed on */
  relationshipCount?: InputMaybe<IntScalarFilters>;
  /** Filter on `startedAt`: when the run started */
  startedAt?: InputMaybe<DateTimeScalarFilters>;
};

/** Filter on aggregates (min / max / average) of the Partnership relationship properties */
export type PartnershipAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PartnershipAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<PartnershipAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PartnershipAggregationWhereInput>>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** A new Partnership: its fields, and the related records to create or connect */
export type PartnershipCreateInput = {
  /** The relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** First day the relationship held (ISO date) */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** When a partner sync last wrote this record */
  syncedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Last day the relationship held; null while it is active */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** Sort Partnership records by one field; give several in a list to break ties */
export type PartnershipSort = {
  /** Sort by `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<SortDirection>;
};

/** Changes to Partnership records: new field values, and related records to create, connect, update, disconnect or delete */
export type PartnershipUpdateInput = {
  /** Change `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<DateScalarMutations>;
};

/** Filter on Partnership records: combine field filters with AND / OR / NOT */
export type PartnershipWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PartnershipWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<PartnershipWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PartnershipWhere>>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<DateScalarFilters>;
};

/** Further relationships to connect from the Platform being connected */
export type PlatformConnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<PlatformLocatedInConnectFieldInput>>;
  /** Firms that are or were members of the platform (see the membership's since / until) */
  members?: InputMaybe<Array<PlatformMembersConnectFieldInput>>;
  /** Service providers that are part of the platform's offer */
  partners?: InputMaybe<Array<PlatformPartnersConnectFieldInput>>;
  /** Government agencies that support the platform */
  supportedBy?: InputMaybe<Array<PlatformSupportedByConnectFieldInput>>;
};

/** Which existing Platform to connect */
export type PlatformConnectWhere = {
  /** Filter on the related Platform */
  node: PlatformWhere;
};

/** A new Platform: its fields, and the related records to create or connect */
export type PlatformCreateInput = {
  /** Free-text description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Year the organisation was founded */
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** The name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<PlatformLocatedInFieldInput>;
  /** Firms that are or were members of the platform (see the membership's since / until) */
  members?: InputMaybe<PlatformMembersFieldInput>;
  /** Business model in a few words, e.g. 'regional B2B marketplace with supply-chain services' */
  model?: InputMaybe<Scalars['String']['input']>;
  /** Name as the record's source spells it */
  name: Scalars['String']['input'];
  /** Service providers that are part of the platform's offer */
  partners?: InputMaybe<PlatformPartnersFieldInput>;
  /** Population of the ecosystem the actor belongs to */
  population: Population;
  /** Set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Government agencies that support the platform */
  supportedBy?: InputMaybe<PlatformSupportedByFieldInput>;
  /** Public web address of the platform */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Related records to delete together with the Platform */
export type PlatformDeleteInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
  /** Firms that are or were members of the platform (see the membership's since / until) */
  members?: InputMaybe<Array<PlatformMembersDeleteFieldInput>>;
  /** Service providers that are part of the platform's offer */
  partners?: InputMaybe<Array<PlatformPartnersDeleteFieldInput>>;
  /** Government agencies that support the platform */
  supportedBy?: InputMaybe<Array<PlatformSupportedByDeleteFieldInput>>;
};

/** Relationships of the Platform to remove (the related records stay) */
export type PlatformDisconnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
  /** Firms that are or were members of the platform (see the membership's since / until) */
  members?: InputMaybe<Array<PlatformMembersDisconnectFieldInput>>;
  /** Service providers that are part of the platform's offer */
  partners?: InputMaybe<Array<PlatformPartnersDisconnectFieldInput>>;
  /** Government agencies that support the platform */
  supportedBy?: InputMaybe<Array<PlatformSupportedByDisconnectFieldInput>>;
};

/** The input for sorting a Fulltext query on an index of Platform */
export type PlatformIndexSort = {
  /** Sort by the related Platform */
  node?: InputMaybe<PlatformSort>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of Platform */
export type PlatformIndexWhere = {
  /** Filter on the related Platform */
  node?: InputMaybe<PlatformWhere>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<FloatWhere>;
};

/** Existing Region records to relate by `locatedIn`, with the relationship's properties */
export type PlatformLocatedInConnectFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<RegionConnectInput>>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionConnectWhere>;
};

/** Filter Platform records on aggregates of their `locatedIn` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type PlatformLocatedInConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformLocatedInConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformLocatedInConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformLocatedInConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Region */
  node?: InputMaybe<PlatformLocatedInNodeAggregationWhereInput>;
};

/** Filter Platform records on their `locatedIn` relationships: all, none, single or some must match */
export type PlatformLocatedInConnectionFilters = {
  /** Filter Platforms by aggregating results on related ActorLocatedInConnections */
  aggregate?: InputMaybe<PlatformLocatedInConnectionAggregateInput>;
  /** Return Platforms where all of the related ActorLocatedInConnections match this filter */
  all?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Platforms where none of the related ActorLocatedInConnections match this filter */
  none?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Platforms where one of the related ActorLocatedInConnections match this filter */
  single?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return Platforms where some of the related ActorLocatedInConnections match this filter */
  some?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** A new Region to create and relate by `locatedIn`, with the relationship's properties */
export type PlatformLocatedInCreateFieldInput = {
  /** The Region to create */
  node: RegionCreateInput;
};

/** The Region records to create or connect by `locatedIn` when creating a Platform */
export type PlatformLocatedInFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<PlatformLocatedInConnectFieldInput>>;
  /** Related records to create by `locatedIn` */
  create?: InputMaybe<Array<PlatformLocatedInCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Region records related by `locatedIn` */
export type PlatformLocatedInNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformLocatedInNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformLocatedInNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformLocatedInNodeAggregationWhereInput>>;
  /** Filter on `code`: administrative code, if any */
  code?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a Region related by `locatedIn` (node) and to the relationship's properties (edge) */
export type PlatformLocatedInUpdateConnectionInput = {
  /** Changes to the related Region */
  node?: InputMaybe<RegionUpdateInput>;
  /** Which existing Region records to connect */
  where?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** Changes to the `locatedIn` relationships of a Platform: create, connect, update, disconnect or delete related Region records */
export type PlatformLocatedInUpdateFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<PlatformLocatedInConnectFieldInput>>;
  /** Related records to create by `locatedIn` */
  create?: InputMaybe<Array<PlatformLocatedInCreateFieldInput>>;
  /** Related records to delete by `locatedIn` */
  delete?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
  /** Related records to disconnect by `locatedIn` */
  disconnect?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
  /** Related records to update by `locatedIn` */
  update?: InputMaybe<PlatformLocatedInUpdateConnectionInput>;
};

/** Existing Firm records to relate by `members`, with the relationship's properties */
export type PlatformMembersConnectFieldInput = {
  /** Related records to connect by `members` */
  connect?: InputMaybe<Array<FirmConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<MembershipCreateInput>;
  /** Which existing Firm records to connect */
  where?: InputMaybe<FirmConnectWhere>;
};

/** Filter Platform records on aggregates of their `members` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type PlatformMembersConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformMembersConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformMembersConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformMembersConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<MembershipAggregationWhereInput>;
  /** Filter on the related Firm */
  node?: InputMaybe<PlatformMembersNodeAggregationWhereInput>;
};

/** Filter Platform records on their `members` relationships: all, none, single or some must match */
export type PlatformMembersConnectionFilters = {
  /** Filter Platforms by aggregating results on related PlatformMembersConnections */
  aggregate?: InputMaybe<PlatformMembersConnectionAggregateInput>;
  /** Return Platforms where all of the related PlatformMembersConnections match this filter */
  all?: InputMaybe<PlatformMembersConnectionWhere>;
  /** Return Platforms where none of the related PlatformMembersConnections match this filter */
  none?: InputMaybe<PlatformMembersConnectionWhere>;
  /** Return Platforms where one of the related PlatformMembersConnections match this filter */
  single?: InputMaybe<PlatformMembersConnectionWhere>;
  /** Return Platforms where some of the related PlatformMembersConnections match this filter */
  some?: InputMaybe<PlatformMembersConnectionWhere>;
};

/** Sort the `members` relationships of a Platform by the related Firm (node) or the relationship's properties (edge) */
export type PlatformMembersConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<MembershipSort>;
  /** Sort by the related Firm */
  node?: InputMaybe<FirmSort>;
};

/** Filter on `members` relationships of a Platform: on the related Firm (node) and on the relationship's properties (edge) */
export type PlatformMembersConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformMembersConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformMembersConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformMembersConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<MembershipWhere>;
  /** Filter on the related Firm */
  node?: InputMaybe<FirmWhere>;
};

/** A new Firm to create and relate by `members`, with the relationship's properties */
export type PlatformMembersCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<MembershipCreateInput>;
  /** The Firm to create */
  node: FirmCreateInput;
};

/** Which Firm records related by `members` to delete */
export type PlatformMembersDeleteFieldInput = {
  /** Related records to delete by `members` */
  delete?: InputMaybe<FirmDeleteInput>;
  /** Which related Firm records to delete */
  where?: InputMaybe<PlatformMembersConnectionWhere>;
};

/** Which `members` relationships to Firm records to remove (the Firm records stay) */
export type PlatformMembersDisconnectFieldInput = {
  /** Related records to disconnect by `members` */
  disconnect?: InputMaybe<FirmDisconnectInput>;
  /** Which relationships to Firm records to remove */
  where?: InputMaybe<PlatformMembersConnectionWhere>;
};

/** The Firm records to create or connect by `members` when creating a Platform */
export type PlatformMembersFieldInput = {
  /** Related records to connect by `members` */
  connect?: InputMaybe<Array<PlatformMembersConnectFieldInput>>;
  /** Related records to create by `members` */
  create?: InputMaybe<Array<PlatformMembersCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Firm records related by `members` */
export type PlatformMembersNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformMembersNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformMembersNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformMembersNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `employees`: number of employees */
  employees?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `industry`: industry in plain words, e.g. 'hardware', 'footwear' */
  industry?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a Firm related by `members` (node) and to the relationship's properties (edge) */
export type PlatformMembersUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<MembershipUpdateInput>;
  /** Changes to the related Firm */
  node?: InputMaybe<FirmUpdateInput>;
  /** Which existing Firm records to connect */
  where?: InputMaybe<PlatformMembersConnectionWhere>;
};

/** Changes to the `members` relationships of a Platform: create, connect, update, disconnect or delete related Firm records */
export type PlatformMembersUpdateFieldInput = {
  /** Related records to connect by `members` */
  connect?: InputMaybe<Array<PlatformMembersConnectFieldInput>>;
  /** Related records to create by `members` */
  create?: InputMaybe<Array<PlatformMembersCreateFieldInput>>;
  /** Related records to delete by `members` */
  delete?: InputMaybe<Array<PlatformMembersDeleteFieldInput>>;
  /** Related records to disconnect by `members` */
  disconnect?: InputMaybe<Array<PlatformMembersDisconnectFieldInput>>;
  /** Related records to update by `members` */
  update?: InputMaybe<PlatformMembersUpdateConnectionInput>;
};

/** Existing ServiceProvider records to relate by `partners`, with the relationship's properties */
export type PlatformPartnersConnectFieldInput = {
  /** Related records to connect by `partners` */
  connect?: InputMaybe<Array<ServiceProviderConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<PartnershipCreateInput>;
  /** Which existing ServiceProvider records to connect */
  where?: InputMaybe<ServiceProviderConnectWhere>;
};

/** Filter Platform records on aggregates of their `partners` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type PlatformPartnersConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformPartnersConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformPartnersConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformPartnersConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<PartnershipAggregationWhereInput>;
  /** Filter on the related ServiceProvider */
  node?: InputMaybe<PlatformPartnersNodeAggregationWhereInput>;
};

/** Filter Platform records on their `partners` relationships: all, none, single or some must match */
export type PlatformPartnersConnectionFilters = {
  /** Filter Platforms by aggregating results on related PlatformPartnersConnections */
  aggregate?: InputMaybe<PlatformPartnersConnectionAggregateInput>;
  /** Return Platforms where all of the related PlatformPartnersConnections match this filter */
  all?: InputMaybe<PlatformPartnersConnectionWhere>;
  /** Return Platforms where none of the related PlatformPartnersConnections match this filter */
  none?: InputMaybe<PlatformPartnersConnectionWhere>;
  /** Return Platforms where one of the related PlatformPartnersConnections match this filter */
  single?: InputMaybe<PlatformPartnersConnectionWhere>;
  /** Return Platforms where some of the related PlatformPartnersConnections match this filter */
  some?: InputMaybe<PlatformPartnersConnectionWhere>;
};

/** Sort the `partners` relationships of a Platform by the related ServiceProvider (node) or the relationship's properties (edge) */
export type PlatformPartnersConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<PartnershipSort>;
  /** Sort by the related ServiceProvider */
  node?: InputMaybe<ServiceProviderSort>;
};

/** Filter on `partners` relationships of a Platform: on the related ServiceProvider (node) and on the relationship's properties (edge) */
export type PlatformPartnersConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformPartnersConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformPartnersConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformPartnersConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<PartnershipWhere>;
  /** Filter on the related ServiceProvider */
  node?: InputMaybe<ServiceProviderWhere>;
};

/** A new ServiceProvider to create and relate by `partners`, with the relationship's properties */
export type PlatformPartnersCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<PartnershipCreateInput>;
  /** The ServiceProvider to create */
  node: ServiceProviderCreateInput;
};

/** Which ServiceProvider records related by `partners` to delete */
export type PlatformPartnersDeleteFieldInput = {
  /** Related records to delete by `partners` */
  delete?: InputMaybe<ServiceProviderDeleteInput>;
  /** Which related ServiceProvider records to delete */
  where?: InputMaybe<PlatformPartnersConnectionWhere>;
};

/** Which `partners` relationships to ServiceProvider records to remove (the ServiceProvider records stay) */
export type PlatformPartnersDisconnectFieldInput = {
  /** Related records to disconnect by `partners` */
  disconnect?: InputMaybe<ServiceProviderDisconnectInput>;
  /** Which relationships to ServiceProvider records to remove */
  where?: InputMaybe<PlatformPartnersConnectionWhere>;
};

/** The ServiceProvider records to create or connect by `partners` when creating a Platform */
export type PlatformPartnersFieldInput = {
  /** Related records to connect by `partners` */
  connect?: InputMaybe<Array<PlatformPartnersConnectFieldInput>>;
  /** Related records to create by `partners` */
  create?: InputMaybe<Array<PlatformPartnersCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the ServiceProvider records related by `partners` */
export type PlatformPartnersNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformPartnersNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformPartnersNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformPartnersNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a ServiceProvider related by `partners` (node) and to the relationship's properties (edge) */
export type PlatformPartnersUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<PartnershipUpdateInput>;
  /** Changes to the related ServiceProvider */
  node?: InputMaybe<ServiceProviderUpdateInput>;
  /** Which existing ServiceProvider records to connect */
  where?: InputMaybe<PlatformPartnersConnectionWhere>;
};

/** Changes to the `partners` relationships of a Platform: create, connect, update, disconnect or delete related ServiceProvider records */
export type PlatformPartnersUpdateFieldInput = {
  /** Related records to connect by `partners` */
  connect?: InputMaybe<Array<PlatformPartnersConnectFieldInput>>;
  /** Related records to create by `partners` */
  create?: InputMaybe<Array<PlatformPartnersCreateFieldInput>>;
  /** Related records to delete by `partners` */
  delete?: InputMaybe<Array<PlatformPartnersDeleteFieldInput>>;
  /** Related records to disconnect by `partners` */
  disconnect?: InputMaybe<Array<PlatformPartnersDisconnectFieldInput>>;
  /** Related records to update by `partners` */
  update?: InputMaybe<PlatformPartnersUpdateConnectionInput>;
};

/** Filter on a list of related Platform records: all, none, single or some must match */
export type PlatformRelationshipFilters = {
  /** Filter type where all of the related Platforms match this filter */
  all?: InputMaybe<PlatformWhere>;
  /** Filter type where none of the related Platforms match this filter */
  none?: InputMaybe<PlatformWhere>;
  /** Filter type where one of the related Platforms match this filter */
  single?: InputMaybe<PlatformWhere>;
  /** Filter type where some of the related Platforms match this filter */
  some?: InputMaybe<PlatformWhere>;
};

/** Fields to sort Platforms by. The order in which sorts are applied is not guaranteed when specifying many fields in one PlatformSort object. */
export type PlatformSort = {
  /** Sort by `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<SortDirection>;
  /** Sort by `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<SortDirection>;
  /** Sort by `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<SortDirection>;
  /** Sort by `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<SortDirection>;
  /** Sort by `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<SortDirection>;
  /** Sort by `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<SortDirection>;
  /** Sort by `description`: free-text description */
  description?: InputMaybe<SortDirection>;
  /** Sort by `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<SortDirection>;
  /** Sort by `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<SortDirection>;
  /** Sort by `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<SortDirection>;
  /** Sort by `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<SortDirection>;
  /** Sort by `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<SortDirection>;
  /** Sort by `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<SortDirection>;
  /** Sort by `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<SortDirection>;
  /** Sort by `metricsRunId`: the metric run the stored metrics come from */
  metricsRunId?: InputMaybe<SortDirection>;
  /** Sort by `model`: business model in a few words, e.g. 'regional B2B marketplace with supply-chain services' */
  model?: InputMaybe<SortDirection>;
  /** Sort by `name`: name as the record's source spells it */
  name?: InputMaybe<SortDirection>;
  /** Sort by `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<SortDirection>;
  /** Sort by `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<SortDirection>;
  /** Sort by `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<SortDirection>;
  /** Sort by `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<SortDirection>;
  /** Sort by `website`: public web address of the platform */
  website?: InputMaybe<SortDirection>;
  /** Sort by `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<SortDirection>;
};

/** Existing GovernmentAgency records to relate by `supportedBy`, with the relationship's properties */
export type PlatformSupportedByConnectFieldInput = {
  /** Related records to connect by `supportedBy` */
  connect?: InputMaybe<Array<GovernmentAgencyConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<SupportCreateInput>;
  /** Which existing GovernmentAgency records to connect */
  where?: InputMaybe<GovernmentAgencyConnectWhere>;
};

/** Filter Platform records on aggregates of their `supportedBy` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type PlatformSupportedByConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformSupportedByConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformSupportedByConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformSupportedByConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupportAggregationWhereInput>;
  /** Filter on the related GovernmentAgency */
  node?: InputMaybe<PlatformSupportedByNodeAggregationWhereInput>;
};

/** Filter Platform records on their `supportedBy` relationships: all, none, single or some must match */
export type PlatformSupportedByConnectionFilters = {
  /** Filter Platforms by aggregating results on related PlatformSupportedByConnections */
  aggregate?: InputMaybe<PlatformSupportedByConnectionAggregateInput>;
  /** Return Platforms where all of the related PlatformSupportedByConnections match this filter */
  all?: InputMaybe<PlatformSupportedByConnectionWhere>;
  /** Return Platforms where none of the related PlatformSupportedByConnections match this filter */
  none?: InputMaybe<PlatformSupportedByConnectionWhere>;
  /** Return Platforms where one of the related PlatformSupportedByConnections match this filter */
  single?: InputMaybe<PlatformSupportedByConnectionWhere>;
  /** Return Platforms where some of the related PlatformSupportedByConnections match this filter */
  some?: InputMaybe<PlatformSupportedByConnectionWhere>;
};

/** Sort the `supportedBy` relationships of a Platform by the related GovernmentAgency (node) or the relationship's properties (edge) */
export type PlatformSupportedByConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<SupportSort>;
  /** Sort by the related GovernmentAgency */
  node?: InputMaybe<GovernmentAgencySort>;
};

/** Filter on `supportedBy` relationships of a Platform: on the related GovernmentAgency (node) and on the relationship's properties (edge) */
export type PlatformSupportedByConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformSupportedByConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformSupportedByConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformSupportedByConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<SupportWhere>;
  /** Filter on the related GovernmentAgency */
  node?: InputMaybe<GovernmentAgencyWhere>;
};

/** A new GovernmentAgency to create and relate by `supportedBy`, with the relationship's properties */
export type PlatformSupportedByCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<SupportCreateInput>;
  /** The GovernmentAgency to create */
  node: GovernmentAgencyCreateInput;
};

/** Which GovernmentAgency records related by `supportedBy` to delete */
export type PlatformSupportedByDeleteFieldInput = {
  /** Related records to delete by `supportedBy` */
  delete?: InputMaybe<GovernmentAgencyDeleteInput>;
  /** Which related GovernmentAgency records to delete */
  where?: InputMaybe<PlatformSupportedByConnectionWhere>;
};

/** Which `supportedBy` relationships to GovernmentAgency records to remove (the GovernmentAgency records stay) */
export type PlatformSupportedByDisconnectFieldInput = {
  /** Related records to disconnect by `supportedBy` */
  disconnect?: InputMaybe<GovernmentAgencyDisconnectInput>;
  /** Which relationships to GovernmentAgency records to remove */
  where?: InputMaybe<PlatformSupportedByConnectionWhere>;
};

/** The GovernmentAgency records to create or connect by `supportedBy` when creating a Platform */
export type PlatformSupportedByFieldInput = {
  /** Related records to connect by `supportedBy` */
  connect?: InputMaybe<Array<PlatformSupportedByConnectFieldInput>>;
  /** Related records to create by `supportedBy` */
  create?: InputMaybe<Array<PlatformSupportedByCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the GovernmentAgency records related by `supportedBy` */
export type PlatformSupportedByNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformSupportedByNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformSupportedByNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformSupportedByNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a GovernmentAgency related by `supportedBy` (node) and to the relationship's properties (edge) */
export type PlatformSupportedByUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<SupportUpdateInput>;
  /** Changes to the related GovernmentAgency */
  node?: InputMaybe<GovernmentAgencyUpdateInput>;
  /** Which existing GovernmentAgency records to connect */
  where?: InputMaybe<PlatformSupportedByConnectionWhere>;
};

/** Changes to the `supportedBy` relationships of a Platform: create, connect, update, disconnect or delete related GovernmentAgency records */
export type PlatformSupportedByUpdateFieldInput = {
  /** Related records to connect by `supportedBy` */
  connect?: InputMaybe<Array<PlatformSupportedByConnectFieldInput>>;
  /** Related records to create by `supportedBy` */
  create?: InputMaybe<Array<PlatformSupportedByCreateFieldInput>>;
  /** Related records to delete by `supportedBy` */
  delete?: InputMaybe<Array<PlatformSupportedByDeleteFieldInput>>;
  /** Related records to disconnect by `supportedBy` */
  disconnect?: InputMaybe<Array<PlatformSupportedByDisconnectFieldInput>>;
  /** Related records to update by `supportedBy` */
  update?: InputMaybe<PlatformSupportedByUpdateConnectionInput>;
};

/** Changes to Platform records: new field values, and related records to create, connect, update, disconnect or delete */
export type PlatformUpdateInput = {
  /** Change `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `description`: free-text description */
  description?: InputMaybe<StringScalarMutations>;
  /** Change `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarMutations>;
  /** Change `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarMutations>;
  /** Change `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<Array<PlatformLocatedInUpdateFieldInput>>;
  /** Change `members`: firms that are or were members of the platform (see the membership's since / until) */
  members?: InputMaybe<Array<PlatformMembersUpdateFieldInput>>;
  /** Change `model`: business model in a few words, e.g. 'regional B2B marketplace with supply-chain services' */
  model?: InputMaybe<StringScalarMutations>;
  /** Change `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarMutations>;
  /** Change `partners`: service providers that are part of the platform's offer */
  partners?: InputMaybe<Array<PlatformPartnersUpdateFieldInput>>;
  /** Change `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarMutations>;
  /** Change `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `supportedBy`: government agencies that support the platform */
  supportedBy?: InputMaybe<Array<PlatformSupportedByUpdateFieldInput>>;
  /** Change `website`: public web address of the platform */
  website?: InputMaybe<StringScalarMutations>;
};

/** Filter on Platform records: combine field filters with AND / OR / NOT */
export type PlatformWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<PlatformWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<PlatformWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<PlatformWhere>>;
  /** Filter on `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<BooleanScalarFilters>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarFilters>;
  /** Filter on `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarFilters>;
  /** Filter on `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<RegionRelationshipFilters>;
  /** Filter on the `locatedIn` relationships (related Region and relationship properties): all, none, single or some must match */
  locatedInConnection?: InputMaybe<PlatformLocatedInConnectionFilters>;
  /** Filter on `members`: firms that are or were members of the platform (see the membership's since / until) */
  members?: InputMaybe<FirmRelationshipFilters>;
  /** Filter on the `members` relationships (related Firm and relationship properties): all, none, single or some must match */
  membersConnection?: InputMaybe<PlatformMembersConnectionFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `metricsRunId`: the metric run the stored metrics come from */
  metricsRunId?: InputMaybe<IdScalarFilters>;
  /** Filter on `model`: business model in a few words, e.g. 'regional B2B marketplace with supply-chain services' */
  model?: InputMaybe<StringScalarFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarFilters>;
  /** Filter on `partners`: service providers that are part of the platform's offer */
  partners?: InputMaybe<ServiceProviderRelationshipFilters>;
  /** Filter on the `partners` relationships (related ServiceProvider and relationship properties): all, none, single or some must match */
  partnersConnection?: InputMaybe<PlatformPartnersConnectionFilters>;
  /** Filter on `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarFilters>;
  /** Filter on `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `supportedBy`: government agencies that support the platform */
  supportedBy?: InputMaybe<GovernmentAgencyRelationshipFilters>;
  /** Filter on the `supportedBy` relationships (related GovernmentAgency and relationship properties): all, none, single or some must match */
  supportedByConnection?: InputMaybe<PlatformSupportedByConnectionFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `website`: public web address of the platform */
  website?: InputMaybe<StringScalarFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarFilters>;
};

/**
 * Which population of the ecosystem an actor belongs to. Business-ecosystem theory treats an
 * ecosystem as a set of populations around a core platform; population balance is measured over
 * these values (service providers are further split by their service categories).
 */
export type Population =
  /** A firm that mainly buys (a corporate customer) */
  | 'BUYER'
  /** A core B2B platform (Diyiqiang Group, HC360, Amazon Business) */
  | 'CORE_PLATFORM'
  /** Local government, an industrial park administration or an industry association */
  | 'GOVERNMENT'
  /** A firm that makes goods */
  | 'MANUFACTURER'
  /** A provider of financing, research, support, legal, branding, logistics, ... services */
  | 'SERVICE_PROVIDER'
  /** A firm that trades or distributes goods */
  | 'TRADER';

/** Population filters */
export type PopulationEnumScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<Population>;
  /** Equal to one of */
  in?: InputMaybe<Array<Population>>;
};

/** Population mutations */
export type PopulationEnumScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<Population>;
};

/** Existing Actor records to relate by `actors`, with the relationship's properties */
export type RegionActorsConnectFieldInput = {
  /** Related records to connect by `actors` */
  connect?: InputMaybe<ActorConnectInput>;
  /** Which existing Actor records to connect */
  where?: InputMaybe<ActorConnectWhere>;
};

/** Filter Region records on aggregates of their `actors` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type RegionActorsConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionActorsConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionActorsConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionActorsConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Actor */
  node?: InputMaybe<RegionActorsNodeAggregationWhereInput>;
};

/** Filter Region records on their `actors` relationships: all, none, single or some must match */
export type RegionActorsConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionActorsConnections */
  aggregate?: InputMaybe<RegionActorsConnectionAggregateInput>;
  /** Return Regions where all of the related RegionActorsConnections match this filter */
  all?: InputMaybe<RegionActorsConnectionWhere>;
  /** Return Regions where none of the related RegionActorsConnections match this filter */
  none?: InputMaybe<RegionActorsConnectionWhere>;
  /** Return Regions where one of the related RegionActorsConnections match this filter */
  single?: InputMaybe<RegionActorsConnectionWhere>;
  /** Return Regions where some of the related RegionActorsConnections match this filter */
  some?: InputMaybe<RegionActorsConnectionWhere>;
};

/** Sort the `actors` relationships of a Region by the related Actor (node) or the relationship's properties (edge) */
export type RegionActorsConnectionSort = {
  /** Sort by the related Actor */
  node?: InputMaybe<ActorSort>;
};

/** Filter on `actors` relationships of a Region: on the related Actor (node) and on the relationship's properties (edge) */
export type RegionActorsConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionActorsConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionActorsConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionActorsConnectionWhere>>;
  /** Filter on the related Actor */
  node?: InputMaybe<ActorWhere>;
};

/** A new Actor to create and relate by `actors`, with the relationship's properties */
export type RegionActorsCreateFieldInput = {
  /** The Actor to create */
  node: ActorCreateInput;
};

/** Which Actor records related by `actors` to delete */
export type RegionActorsDeleteFieldInput = {
  /** Related records to delete by `actors` */
  delete?: InputMaybe<ActorDeleteInput>;
  /** Which related Actor records to delete */
  where?: InputMaybe<RegionActorsConnectionWhere>;
};

/** Which `actors` relationships to Actor records to remove (the Actor records stay) */
export type RegionActorsDisconnectFieldInput = {
  /** Related records to disconnect by `actors` */
  disconnect?: InputMaybe<ActorDisconnectInput>;
  /** Which relationships to Actor records to remove */
  where?: InputMaybe<RegionActorsConnectionWhere>;
};

/** The Actor records to create or connect by `actors` when creating a Region */
export type RegionActorsFieldInput = {
  /** Related records to connect by `actors` */
  connect?: InputMaybe<Array<RegionActorsConnectFieldInput>>;
  /** Related records to create by `actors` */
  create?: InputMaybe<Array<RegionActorsCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Actor records related by `actors` */
export type RegionActorsNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionActorsNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionActorsNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionActorsNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a Actor related by `actors` (node) and to the relationship's properties (edge) */
export type RegionActorsUpdateConnectionInput = {
  /** Changes to the related Actor */
  node?: InputMaybe<ActorUpdateInput>;
  /** Which existing Actor records to connect */
  where?: InputMaybe<RegionActorsConnectionWhere>;
};

/** Changes to the `actors` relationships of a Region: create, connect, update, disconnect or delete related Actor records */
export type RegionActorsUpdateFieldInput = {
  /** Related records to connect by `actors` */
  connect?: InputMaybe<Array<RegionActorsConnectFieldInput>>;
  /** Related records to create by `actors` */
  create?: InputMaybe<Array<RegionActorsCreateFieldInput>>;
  /** Related records to delete by `actors` */
  delete?: InputMaybe<Array<RegionActorsDeleteFieldInput>>;
  /** Related records to disconnect by `actors` */
  disconnect?: InputMaybe<Array<RegionActorsDisconnectFieldInput>>;
  /** Related records to update by `actors` */
  update?: InputMaybe<RegionActorsUpdateConnectionInput>;
};

/** Existing IndustrialChain records to relate by `chains`, with the relationship's properties */
export type RegionChainsConnectFieldInput = {
  /** Related records to connect by `chains` */
  connect?: InputMaybe<Array<IndustrialChainConnectInput>>;
  /** Which existing IndustrialChain records to connect */
  where?: InputMaybe<IndustrialChainConnectWhere>;
};

/** Filter Region records on aggregates of their `chains` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type RegionChainsConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionChainsConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionChainsConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionChainsConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related IndustrialChain */
  node?: InputMaybe<RegionChainsNodeAggregationWhereInput>;
};

/** Filter Region records on their `chains` relationships: all, none, single or some must match */
export type RegionChainsConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionChainsConnections */
  aggregate?: InputMaybe<RegionChainsConnectionAggregateInput>;
  /** Return Regions where all of the related RegionChainsConnections match this filter */
  all?: InputMaybe<RegionChainsConnectionWhere>;
  /** Return Regions where none of the related RegionChainsConnections match this filter */
  none?: InputMaybe<RegionChainsConnectionWhere>;
  /** Return Regions where one of the related RegionChainsConnections match this filter */
  single?: InputMaybe<RegionChainsConnectionWhere>;
  /** Return Regions where some of the related RegionChainsConnections match this filter */
  some?: InputMaybe<RegionChainsConnectionWhere>;
};

/** Sort the `chains` relationships of a Region by the related IndustrialChain (node) or the relationship's properties (edge) */
export type RegionChainsConnectionSort = {
  /** Sort by the related IndustrialChain */
  node?: InputMaybe<IndustrialChainSort>;
};

/** Filter on `chains` relationships of a Region: on the related IndustrialChain (node) and on the relationship's properties (edge) */
export type RegionChainsConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionChainsConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionChainsConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionChainsConnectionWhere>>;
  /** Filter on the related IndustrialChain */
  node?: InputMaybe<IndustrialChainWhere>;
};

/** A new IndustrialChain to create and relate by `chains`, with the relationship's properties */
export type RegionChainsCreateFieldInput = {
  /** The IndustrialChain to create */
  node: IndustrialChainCreateInput;
};

/** Which IndustrialChain records related by `chains` to delete */
export type RegionChainsDeleteFieldInput = {
  /** Related records to delete by `chains` */
  delete?: InputMaybe<IndustrialChainDeleteInput>;
  /** Which related IndustrialChain records to delete */
  where?: InputMaybe<RegionChainsConnectionWhere>;
};

/** Which `chains` relationships to IndustrialChain records to remove (the IndustrialChain records stay) */
export type RegionChainsDisconnectFieldInput = {
  /** Related records to disconnect by `chains` */
  disconnect?: InputMaybe<IndustrialChainDisconnectInput>;
  /** Which relationships to IndustrialChain records to remove */
  where?: InputMaybe<RegionChainsConnectionWhere>;
};

/** The IndustrialChain records to create or connect by `chains` when creating a Region */
export type RegionChainsFieldInput = {
  /** Related records to connect by `chains` */
  connect?: InputMaybe<Array<RegionChainsConnectFieldInput>>;
  /** Related records to create by `chains` */
  create?: InputMaybe<Array<RegionChainsCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the IndustrialChain records related by `chains` */
export type RegionChainsNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionChainsNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionChainsNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionChainsNodeAggregationWhereInput>>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `industry`: the chain's industry in plain words, e.g. 'hardware' */
  industry?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a IndustrialChain related by `chains` (node) and to the relationship's properties (edge) */
export type RegionChainsUpdateConnectionInput = {
  /** Changes to the related IndustrialChain */
  node?: InputMaybe<IndustrialChainUpdateInput>;
  /** Which existing IndustrialChain records to connect */
  where?: InputMaybe<RegionChainsConnectionWhere>;
};

/** Changes to the `chains` relationships of a Region: create, connect, update, disconnect or delete related IndustrialChain records */
export type RegionChainsUpdateFieldInput = {
  /** Related records to connect by `chains` */
  connect?: InputMaybe<Array<RegionChainsConnectFieldInput>>;
  /** Related records to create by `chains` */
  create?: InputMaybe<Array<RegionChainsCreateFieldInput>>;
  /** Related records to delete by `chains` */
  delete?: InputMaybe<Array<RegionChainsDeleteFieldInput>>;
  /** Related records to disconnect by `chains` */
  disconnect?: InputMaybe<Array<RegionChainsDisconnectFieldInput>>;
  /** Related records to update by `chains` */
  update?: InputMaybe<RegionChainsUpdateConnectionInput>;
};

/** Further relationships to connect from the Region being connected */
export type RegionConnectInput = {
  /** Actors located here */
  actors?: InputMaybe<Array<RegionActorsConnectFieldInput>>;
  /** Industrial chains anchored here */
  chains?: InputMaybe<Array<RegionChainsConnectFieldInput>>;
  /** The enclosing region (a city's province, ...) */
  partOf?: InputMaybe<Array<RegionPartOfConnectFieldInput>>;
  /** Regions directly inside this one */
  subregions?: InputMaybe<Array<RegionSubregionsConnectFieldInput>>;
};

/** Which existing Region to connect */
export type RegionConnectWhere = {
  /** Filter on the related Region */
  node: RegionWhere;
};

/** A new Region: its fields, and the related records to create or connect */
export type RegionCreateInput = {
  /** Actors located here */
  actors?: InputMaybe<RegionActorsFieldInput>;
  /** Industrial chains anchored here */
  chains?: InputMaybe<RegionChainsFieldInput>;
  /** Administrative code, if any */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Where the region sits in the hierarchy */
  level: RegionLevel;
  /** The name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Name as the record's source spells it */
  name: Scalars['String']['input'];
  /** The enclosing region (a city's province, ...) */
  partOf?: InputMaybe<RegionPartOfFieldInput>;
  /** Set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Regions directly inside this one */
  subregions?: InputMaybe<RegionSubregionsFieldInput>;
};

/** Related records to delete together with the Region */
export type RegionDeleteInput = {
  /** Actors located here */
  actors?: InputMaybe<Array<RegionActorsDeleteFieldInput>>;
  /** Industrial chains anchored here */
  chains?: InputMaybe<Array<RegionChainsDeleteFieldInput>>;
  /** The enclosing region (a city's province, ...) */
  partOf?: InputMaybe<Array<RegionPartOfDeleteFieldInput>>;
  /** Regions directly inside this one */
  subregions?: InputMaybe<Array<RegionSubregionsDeleteFieldInput>>;
};

/** Relationships of the Region to remove (the related records stay) */
export type RegionDisconnectInput = {
  /** Actors located here */
  actors?: InputMaybe<Array<RegionActorsDisconnectFieldInput>>;
  /** Industrial chains anchored here */
  chains?: InputMaybe<Array<RegionChainsDisconnectFieldInput>>;
  /** The enclosing region (a city's province, ...) */
  partOf?: InputMaybe<Array<RegionPartOfDisconnectFieldInput>>;
  /** Regions directly inside this one */
  subregions?: InputMaybe<Array<RegionSubregionsDisconnectFieldInput>>;
};

/** The input for sorting a Fulltext query on an index of Region */
export type RegionIndexSort = {
  /** Sort by the related Region */
  node?: InputMaybe<RegionSort>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of Region */
export type RegionIndexWhere = {
  /** Filter on the related Region */
  node?: InputMaybe<RegionWhere>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<FloatWhere>;
};

/** Level of a region in the hierarchy country > province > city > district */
export type RegionLevel =
  /** A city */
  | 'CITY'
  /** A country */
  | 'COUNTRY'
  /** A district or county of a city */
  | 'DISTRICT'
  /** A province, state or other first-level division */
  | 'PROVINCE';

/** RegionLevel filters */
export type RegionLevelEnumScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<RegionLevel>;
  /** Equal to one of */
  in?: InputMaybe<Array<RegionLevel>>;
};

/** RegionLevel mutations */
export type RegionLevelEnumScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<RegionLevel>;
};

/** Existing Region records to relate by `partOf`, with the relationship's properties */
export type RegionPartOfConnectFieldInput = {
  /** Related records to connect by `partOf` */
  connect?: InputMaybe<Array<RegionConnectInput>>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionConnectWhere>;
};

/** Filter Region records on aggregates of their `partOf` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type RegionPartOfConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionPartOfConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionPartOfConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionPartOfConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Region */
  node?: InputMaybe<RegionPartOfNodeAggregationWhereInput>;
};

/** Filter Region records on their `partOf` relationships: all, none, single or some must match */
export type RegionPartOfConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionPartOfConnections */
  aggregate?: InputMaybe<RegionPartOfConnectionAggregateInput>;
  /** Return Regions where all of the related RegionPartOfConnections match this filter */
  all?: InputMaybe<RegionPartOfConnectionWhere>;
  /** Return Regions where none of the related RegionPartOfConnections match this filter */
  none?: InputMaybe<RegionPartOfConnectionWhere>;
  /** Return Regions where one of the related RegionPartOfConnections match this filter */
  single?: InputMaybe<RegionPartOfConnectionWhere>;
  /** Return Regions where some of the related RegionPartOfConnections match this filter */
  some?: InputMaybe<RegionPartOfConnectionWhere>;
};

/** Sort the `partOf` relationships of a Region by the related Region (node) or the relationship's properties (edge) */
export type RegionPartOfConnectionSort = {
  /** Sort by the related Region */
  node?: InputMaybe<RegionSort>;
};

/** Filter on `partOf` relationships of a Region: on the related Region (node) and on the relationship's properties (edge) */
export type RegionPartOfConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionPartOfConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionPartOfConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionPartOfConnectionWhere>>;
  /** Filter on the related Region */
  node?: InputMaybe<RegionWhere>;
};

/** A new Region to create and relate by `partOf`, with the relationship's properties */
export type RegionPartOfCreateFieldInput = {
  /** The Region to create */
  node: RegionCreateInput;
};

/** Which Region records related by `partOf` to delete */
export type RegionPartOfDeleteFieldInput = {
  /** Related records to delete by `partOf` */
  delete?: InputMaybe<RegionDeleteInput>;
  /** Which related Region records to delete */
  where?: InputMaybe<RegionPartOfConnectionWhere>;
};

/** Which `partOf` relationships to Region records to remove (the Region records stay) */
export type RegionPartOfDisconnectFieldInput = {
  /** Related records to disconnect by `partOf` */
  disconnect?: InputMaybe<RegionDisconnectInput>;
  /** Which relationships to Region records to remove */
  where?: InputMaybe<RegionPartOfConnectionWhere>;
};

/** The Region records to create or connect by `partOf` when creating a Region */
export type RegionPartOfFieldInput = {
  /** Related records to connect by `partOf` */
  connect?: InputMaybe<Array<RegionPartOfConnectFieldInput>>;
  /** Related records to create by `partOf` */
  create?: InputMaybe<Array<RegionPartOfCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Region records related by `partOf` */
export type RegionPartOfNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionPartOfNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionPartOfNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionPartOfNodeAggregationWhereInput>>;
  /** Filter on `code`: administrative code, if any */
  code?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a Region related by `partOf` (node) and to the relationship's properties (edge) */
export type RegionPartOfUpdateConnectionInput = {
  /** Changes to the related Region */
  node?: InputMaybe<RegionUpdateInput>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionPartOfConnectionWhere>;
};

/** Changes to the `partOf` relationships of a Region: create, connect, update, disconnect or delete related Region records */
export type RegionPartOfUpdateFieldInput = {
  /** Related records to connect by `partOf` */
  connect?: InputMaybe<Array<RegionPartOfConnectFieldInput>>;
  /** Related records to create by `partOf` */
  create?: InputMaybe<Array<RegionPartOfCreateFieldInput>>;
  /** Related records to delete by `partOf` */
  delete?: InputMaybe<Array<RegionPartOfDeleteFieldInput>>;
  /** Related records to disconnect by `partOf` */
  disconnect?: InputMaybe<Array<RegionPartOfDisconnectFieldInput>>;
  /** Related records to update by `partOf` */
  update?: InputMaybe<RegionPartOfUpdateConnectionInput>;
};

/** Filter on a list of related Region records: all, none, single or some must match */
export type RegionRelationshipFilters = {
  /** Filter type where all of the related Regions match this filter */
  all?: InputMaybe<RegionWhere>;
  /** Filter type where none of the related Regions match this filter */
  none?: InputMaybe<RegionWhere>;
  /** Filter type where one of the related Regions match this filter */
  single?: InputMaybe<RegionWhere>;
  /** Filter type where some of the related Regions match this filter */
  some?: InputMaybe<RegionWhere>;
};

/** Fields to sort Regions by. The order in which sorts are applied is not guaranteed when specifying many fields in one RegionSort object. */
export type RegionSort = {
  /** Sort by `code`: administrative code, if any */
  code?: InputMaybe<SortDirection>;
  /** Sort by `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<SortDirection>;
  /** Sort by `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<SortDirection>;
  /** Sort by `level`: where the region sits in the hierarchy */
  level?: InputMaybe<SortDirection>;
  /** Sort by `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<SortDirection>;
  /** Sort by `name`: name as the record's source spells it */
  name?: InputMaybe<SortDirection>;
  /** Sort by `retiredAt`: set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<SortDirection>;
};

/** Existing Region records to relate by `subregions`, with the relationship's properties */
export type RegionSubregionsConnectFieldInput = {
  /** Related records to connect by `subregions` */
  connect?: InputMaybe<Array<RegionConnectInput>>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionConnectWhere>;
};

/** Filter Region records on aggregates of their `subregions` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type RegionSubregionsConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionSubregionsConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionSubregionsConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionSubregionsConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Region */
  node?: InputMaybe<RegionSubregionsNodeAggregationWhereInput>;
};

/** Filter Region records on their `subregions` relationships: all, none, single or some must match */
export type RegionSubregionsConnectionFilters = {
  /** Filter Regions by aggregating results on related RegionSubregionsConnections */
  aggregate?: InputMaybe<RegionSubregionsConnectionAggregateInput>;
  /** Return Regions where all of the related RegionSubregionsConnections match this filter */
  all?: InputMaybe<RegionSubregionsConnectionWhere>;
  /** Return Regions where none of the related RegionSubregionsConnections match this filter */
  none?: InputMaybe<RegionSubregionsConnectionWhere>;
  /** Return Regions where one of the related RegionSubregionsConnections match this filter */
  single?: InputMaybe<RegionSubregionsConnectionWhere>;
  /** Return Regions where some of the related RegionSubregionsConnections match this filter */
  some?: InputMaybe<RegionSubregionsConnectionWhere>;
};

/** Sort the `subregions` relationships of a Region by the related Region (node) or the relationship's properties (edge) */
export type RegionSubregionsConnectionSort = {
  /** Sort by the related Region */
  node?: InputMaybe<RegionSort>;
};

/** Filter on `subregions` relationships of a Region: on the related Region (node) and on the relationship's properties (edge) */
export type RegionSubregionsConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionSubregionsConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionSubregionsConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionSubregionsConnectionWhere>>;
  /** Filter on the related Region */
  node?: InputMaybe<RegionWhere>;
};

/** A new Region to create and relate by `subregions`, with the relationship's properties */
export type RegionSubregionsCreateFieldInput = {
  /** The Region to create */
  node: RegionCreateInput;
};

/** Which Region records related by `subregions` to delete */
export type RegionSubregionsDeleteFieldInput = {
  /** Related records to delete by `subregions` */
  delete?: InputMaybe<RegionDeleteInput>;
  /** Which related Region records to delete */
  where?: InputMaybe<RegionSubregionsConnectionWhere>;
};

/** Which `subregions` relationships to Region records to remove (the Region records stay) */
export type RegionSubregionsDisconnectFieldInput = {
  /** Related records to disconnect by `subregions` */
  disconnect?: InputMaybe<RegionDisconnectInput>;
  /** Which relationships to Region records to remove */
  where?: InputMaybe<RegionSubregionsConnectionWhere>;
};

/** The Region records to create or connect by `subregions` when creating a Region */
export type RegionSubregionsFieldInput = {
  /** Related records to connect by `subregions` */
  connect?: InputMaybe<Array<RegionSubregionsConnectFieldInput>>;
  /** Related records to create by `subregions` */
  create?: InputMaybe<Array<RegionSubregionsCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Region records related by `subregions` */
export type RegionSubregionsNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionSubregionsNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionSubregionsNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionSubregionsNodeAggregationWhereInput>>;
  /** Filter on `code`: administrative code, if any */
  code?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a Region related by `subregions` (node) and to the relationship's properties (edge) */
export type RegionSubregionsUpdateConnectionInput = {
  /** Changes to the related Region */
  node?: InputMaybe<RegionUpdateInput>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionSubregionsConnectionWhere>;
};

/** Changes to the `subregions` relationships of a Region: create, connect, update, disconnect or delete related Region records */
export type RegionSubregionsUpdateFieldInput = {
  /** Related records to connect by `subregions` */
  connect?: InputMaybe<Array<RegionSubregionsConnectFieldInput>>;
  /** Related records to create by `subregions` */
  create?: InputMaybe<Array<RegionSubregionsCreateFieldInput>>;
  /** Related records to delete by `subregions` */
  delete?: InputMaybe<Array<RegionSubregionsDeleteFieldInput>>;
  /** Related records to disconnect by `subregions` */
  disconnect?: InputMaybe<Array<RegionSubregionsDisconnectFieldInput>>;
  /** Related records to update by `subregions` */
  update?: InputMaybe<RegionSubregionsUpdateConnectionInput>;
};

/** Changes to Region records: new field values, and related records to create, connect, update, disconnect or delete */
export type RegionUpdateInput = {
  /** Change `actors`: actors located here */
  actors?: InputMaybe<Array<RegionActorsUpdateFieldInput>>;
  /** Change `chains`: industrial chains anchored here */
  chains?: InputMaybe<Array<RegionChainsUpdateFieldInput>>;
  /** Change `code`: administrative code, if any */
  code?: InputMaybe<StringScalarMutations>;
  /** Change `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `level`: where the region sits in the hierarchy */
  level?: InputMaybe<RegionLevelEnumScalarMutations>;
  /** Change `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarMutations>;
  /** Change `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarMutations>;
  /** Change `partOf`: the enclosing region (a city's province, ...) */
  partOf?: InputMaybe<Array<RegionPartOfUpdateFieldInput>>;
  /** Change `retiredAt`: set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `subregions`: regions directly inside this one */
  subregions?: InputMaybe<Array<RegionSubregionsUpdateFieldInput>>;
};

/** Filter on Region records: combine field filters with AND / OR / NOT */
export type RegionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<RegionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<RegionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<RegionWhere>>;
  /** Filter on `actors`: actors located here */
  actors?: InputMaybe<ActorRelationshipFilters>;
  /** Filter on the `actors` relationships (related Actor and relationship properties): all, none, single or some must match */
  actorsConnection?: InputMaybe<RegionActorsConnectionFilters>;
  /** Filter on `chains`: industrial chains anchored here */
  chains?: InputMaybe<IndustrialChainRelationshipFilters>;
  /** Filter on the `chains` relationships (related IndustrialChain and relationship properties): all, none, single or some must match */
  chainsConnection?: InputMaybe<RegionChainsConnectionFilters>;
  /** Filter on `code`: administrative code, if any */
  code?: InputMaybe<StringScalarFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarFilters>;
  /** Filter on `level`: where the region sits in the hierarchy */
  level?: InputMaybe<RegionLevelEnumScalarFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarFilters>;
  /** Filter on `partOf`: the enclosing region (a city's province, ...) */
  partOf?: InputMaybe<RegionRelationshipFilters>;
  /** Filter on the `partOf` relationships (related Region and relationship properties): all, none, single or some must match */
  partOfConnection?: InputMaybe<RegionPartOfConnectionFilters>;
  /** Filter on `retiredAt`: set when a sync retired the record (kept, not deleted; a retired stage leaves its chain) */
  retiredAt?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `subregions`: regions directly inside this one */
  subregions?: InputMaybe<RegionRelationshipFilters>;
  /** Filter on the `subregions` relationships (related Region and relationship properties): all, none, single or some must match */
  subregionsConnection?: InputMaybe<RegionSubregionsConnectionFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
};

/** Filter on aggregates (min / max / average) of the Service relationship properties */
export type ServiceAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceAggregationWhereInput>>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** The services around a platform; the first five are the thesis' self-improvement services */
export type ServiceCategory =
  /** Brand building, design and promotion (self-improvement service) */
  | 'BRANDING'
  /** Quality, product and management-system certification */
  | 'CERTIFICATION'
  /** Credit, supply-chain finance, payment and insurance services (self-improvement service) */
  | 'FINANCING'
  /** Market and technology research for the firms' industries (self-improvement service) */
  | 'INDUSTRIAL_RESEARCH'
  /** Software, hosting and digitalisation */
  | 'IT'
  /** Legal advice, contracts and dispute resolution (self-improvement service) */
  | 'LEGAL'
  /** Transport, warehousing and delivery */
  | 'LOGISTICS'
  /** Sales channels, advertising and trade fairs */
  | 'MARKETING'
  /** Consulting, accounting, HR and operations support (self-improvement service) */
  | 'PROFESSIONAL_SUPPORT'
  /** Training of staff and managers */
  | 'TRAINING';

/** ServiceCategory filters */
export type ServiceCategoryEnumScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<ServiceCategory>;
  /** Equal to one of */
  in?: InputMaybe<Array<ServiceCategory>>;
};

/** ServiceCategory mutations */
export type ServiceCategoryEnumScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<ServiceCategory>;
};

/** ServiceCategory filters */
export type ServiceCategoryListEnumScalarFilters = {
  /** Equal to */
  eq?: InputMaybe<Array<ServiceCategory>>;
  /** The list includes this value */
  includes?: InputMaybe<ServiceCategory>;
};

/** Mutations for a list for ServiceCategory */
export type ServiceCategoryListEnumScalarMutations = {
  /** Remove this many values from the end of the stored list */
  pop?: InputMaybe<ServiceCategory>;
  /** Append these values to the stored list */
  push?: InputMaybe<Array<ServiceCategory>>;
  /** Replace the value with this one */
  set?: InputMaybe<Array<ServiceCategory>>;
};

/** A new Service: its fields, and the related records to create or connect */
export type ServiceCreateInput = {
  /** The service category delivered */
  category: ServiceCategory;
  /** The relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** First day the relationship held (ISO date) */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** When a partner sync last wrote this record */
  syncedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Last day the relationship held; null while it is active */
  until?: InputMaybe<Scalars['Date']['input']>;
};

/** Further relationships to connect from the ServiceProvider being connected */
export type ServiceProviderConnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ServiceProviderLocatedInConnectFieldInput>>;
  /** Platforms whose offer the provider is part of */
  partnersWith?: InputMaybe<Array<ServiceProviderPartnersWithConnectFieldInput>>;
  /** Firms the provider serves or served */
  serves?: InputMaybe<Array<ServiceProviderServesConnectFieldInput>>;
};

/** Which existing ServiceProvider to connect */
export type ServiceProviderConnectWhere = {
  /** Filter on the related ServiceProvider */
  node: ServiceProviderWhere;
};

/** A new ServiceProvider: its fields, and the related records to create or connect */
export type ServiceProviderCreateInput = {
  /** The service categories the provider offers */
  categories: Array<ServiceCategory>;
  /** Free-text description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Year the organisation was founded */
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** The name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<ServiceProviderLocatedInFieldInput>;
  /** Name as the record's source spells it */
  name: Scalars['String']['input'];
  /** Platforms whose offer the provider is part of */
  partnersWith?: InputMaybe<ServiceProviderPartnersWithFieldInput>;
  /** Population of the ecosystem the actor belongs to */
  population: Population;
  /** Set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<Scalars['Date']['input']>;
  /** Firms the provider serves or served */
  serves?: InputMaybe<ServiceProviderServesFieldInput>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** Related records to delete together with the ServiceProvider */
export type ServiceProviderDeleteInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
  /** Platforms whose offer the provider is part of */
  partnersWith?: InputMaybe<Array<ServiceProviderPartnersWithDeleteFieldInput>>;
  /** Firms the provider serves or served */
  serves?: InputMaybe<Array<ServiceProviderServesDeleteFieldInput>>;
};

/** Relationships of the ServiceProvider to remove (the related records stay) */
export type ServiceProviderDisconnectInput = {
  /** Regions the actor is located in */
  locatedIn?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
  /** Platforms whose offer the provider is part of */
  partnersWith?: InputMaybe<Array<ServiceProviderPartnersWithDisconnectFieldInput>>;
  /** Firms the provider serves or served */
  serves?: InputMaybe<Array<ServiceProviderServesDisconnectFieldInput>>;
};

/** The input for sorting a Fulltext query on an index of ServiceProvider */
export type ServiceProviderIndexSort = {
  /** Sort by the related ServiceProvider */
  node?: InputMaybe<ServiceProviderSort>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<SortDirection>;
};

/** The input for filtering a full-text query on an index of ServiceProvider */
export type ServiceProviderIndexWhere = {
  /** Filter on the related ServiceProvider */
  node?: InputMaybe<ServiceProviderWhere>;
  /** Full-text relevance score (higher: better match) */
  score?: InputMaybe<FloatWhere>;
};

/** Existing Region records to relate by `locatedIn`, with the relationship's properties */
export type ServiceProviderLocatedInConnectFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<RegionConnectInput>>;
  /** Which existing Region records to connect */
  where?: InputMaybe<RegionConnectWhere>;
};

/** Filter ServiceProvider records on aggregates of their `locatedIn` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type ServiceProviderLocatedInConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceProviderLocatedInConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceProviderLocatedInConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceProviderLocatedInConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the related Region */
  node?: InputMaybe<ServiceProviderLocatedInNodeAggregationWhereInput>;
};

/** Filter ServiceProvider records on their `locatedIn` relationships: all, none, single or some must match */
export type ServiceProviderLocatedInConnectionFilters = {
  /** Filter ServiceProviders by aggregating results on related ActorLocatedInConnections */
  aggregate?: InputMaybe<ServiceProviderLocatedInConnectionAggregateInput>;
  /** Return ServiceProviders where all of the related ActorLocatedInConnections match this filter */
  all?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return ServiceProviders where none of the related ActorLocatedInConnections match this filter */
  none?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return ServiceProviders where one of the related ActorLocatedInConnections match this filter */
  single?: InputMaybe<ActorLocatedInConnectionWhere>;
  /** Return ServiceProviders where some of the related ActorLocatedInConnections match this filter */
  some?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** A new Region to create and relate by `locatedIn`, with the relationship's properties */
export type ServiceProviderLocatedInCreateFieldInput = {
  /** The Region to create */
  node: RegionCreateInput;
};

/** The Region records to create or connect by `locatedIn` when creating a ServiceProvider */
export type ServiceProviderLocatedInFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<ServiceProviderLocatedInConnectFieldInput>>;
  /** Related records to create by `locatedIn` */
  create?: InputMaybe<Array<ServiceProviderLocatedInCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Region records related by `locatedIn` */
export type ServiceProviderLocatedInNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceProviderLocatedInNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceProviderLocatedInNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceProviderLocatedInNodeAggregationWhereInput>>;
  /** Filter on `code`: administrative code, if any */
  code?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** Changes to a Region related by `locatedIn` (node) and to the relationship's properties (edge) */
export type ServiceProviderLocatedInUpdateConnectionInput = {
  /** Changes to the related Region */
  node?: InputMaybe<RegionUpdateInput>;
  /** Which existing Region records to connect */
  where?: InputMaybe<ActorLocatedInConnectionWhere>;
};

/** Changes to the `locatedIn` relationships of a ServiceProvider: create, connect, update, disconnect or delete related Region records */
export type ServiceProviderLocatedInUpdateFieldInput = {
  /** Related records to connect by `locatedIn` */
  connect?: InputMaybe<Array<ServiceProviderLocatedInConnectFieldInput>>;
  /** Related records to create by `locatedIn` */
  create?: InputMaybe<Array<ServiceProviderLocatedInCreateFieldInput>>;
  /** Related records to delete by `locatedIn` */
  delete?: InputMaybe<Array<ActorLocatedInDeleteFieldInput>>;
  /** Related records to disconnect by `locatedIn` */
  disconnect?: InputMaybe<Array<ActorLocatedInDisconnectFieldInput>>;
  /** Related records to update by `locatedIn` */
  update?: InputMaybe<ServiceProviderLocatedInUpdateConnectionInput>;
};

/** Existing Platform records to relate by `partnersWith`, with the relationship's properties */
export type ServiceProviderPartnersWithConnectFieldInput = {
  /** Related records to connect by `partnersWith` */
  connect?: InputMaybe<Array<PlatformConnectInput>>;
  /** The relationship's properties */
  edge?: InputMaybe<PartnershipCreateInput>;
  /** Which existing Platform records to connect */
  where?: InputMaybe<PlatformConnectWhere>;
};

/** Filter ServiceProvider records on aggregates of their `partnersWith` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type ServiceProviderPartnersWithConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceProviderPartnersWithConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceProviderPartnersWithConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceProviderPartnersWithConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<PartnershipAggregationWhereInput>;
  /** Filter on the related Platform */
  node?: InputMaybe<ServiceProviderPartnersWithNodeAggregationWhereInput>;
};

/** Filter ServiceProvider records on their `partnersWith` relationships: all, none, single or some must match */
export type ServiceProviderPartnersWithConnectionFilters = {
  /** Filter ServiceProviders by aggregating results on related ServiceProviderPartnersWithConnections */
  aggregate?: InputMaybe<ServiceProviderPartnersWithConnectionAggregateInput>;
  /** Return ServiceProviders where all of the related ServiceProviderPartnersWithConnections match this filter */
  all?: InputMaybe<ServiceProviderPartnersWithConnectionWhere>;
  /** Return ServiceProviders where none of the related ServiceProviderPartnersWithConnections match this filter */
  none?: InputMaybe<ServiceProviderPartnersWithConnectionWhere>;
  /** Return ServiceProviders where one of the related ServiceProviderPartnersWithConnections match this filter */
  single?: InputMaybe<ServiceProviderPartnersWithConnectionWhere>;
  /** Return ServiceProviders where some of the related ServiceProviderPartnersWithConnections match this filter */
  some?: InputMaybe<ServiceProviderPartnersWithConnectionWhere>;
};

/** Sort the `partnersWith` relationships of a ServiceProvider by the related Platform (node) or the relationship's properties (edge) */
export type ServiceProviderPartnersWithConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<PartnershipSort>;
  /** Sort by the related Platform */
  node?: InputMaybe<PlatformSort>;
};

/** Filter on `partnersWith` relationships of a ServiceProvider: on the related Platform (node) and on the relationship's properties (edge) */
export type ServiceProviderPartnersWithConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceProviderPartnersWithConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceProviderPartnersWithConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceProviderPartnersWithConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<PartnershipWhere>;
  /** Filter on the related Platform */
  node?: InputMaybe<PlatformWhere>;
};

/** A new Platform to create and relate by `partnersWith`, with the relationship's properties */
export type ServiceProviderPartnersWithCreateFieldInput = {
  /** The relationship's properties */
  edge?: InputMaybe<PartnershipCreateInput>;
  /** The Platform to create */
  node: PlatformCreateInput;
};

/** Which Platform records related by `partnersWith` to delete */
export type ServiceProviderPartnersWithDeleteFieldInput = {
  /** Related records to delete by `partnersWith` */
  delete?: InputMaybe<PlatformDeleteInput>;
  /** Which related Platform records to delete */
  where?: InputMaybe<ServiceProviderPartnersWithConnectionWhere>;
};

/** Which `partnersWith` relationships to Platform records to remove (the Platform records stay) */
export type ServiceProviderPartnersWithDisconnectFieldInput = {
  /** Related records to disconnect by `partnersWith` */
  disconnect?: InputMaybe<PlatformDisconnectInput>;
  /** Which relationships to Platform records to remove */
  where?: InputMaybe<ServiceProviderPartnersWithConnectionWhere>;
};

/** The Platform records to create or connect by `partnersWith` when creating a ServiceProvider */
export type ServiceProviderPartnersWithFieldInput = {
  /** Related records to connect by `partnersWith` */
  connect?: InputMaybe<Array<ServiceProviderPartnersWithConnectFieldInput>>;
  /** Related records to create by `partnersWith` */
  create?: InputMaybe<Array<ServiceProviderPartnersWithCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Platform records related by `partnersWith` */
export type ServiceProviderPartnersWithNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceProviderPartnersWithNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceProviderPartnersWithNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceProviderPartnersWithNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `model`: business model in a few words, e.g. 'regional B2B marketplace with supply-chain services' */
  model?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `website`: public web address of the platform */
  website?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a Platform related by `partnersWith` (node) and to the relationship's properties (edge) */
export type ServiceProviderPartnersWithUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<PartnershipUpdateInput>;
  /** Changes to the related Platform */
  node?: InputMaybe<PlatformUpdateInput>;
  /** Which existing Platform records to connect */
  where?: InputMaybe<ServiceProviderPartnersWithConnectionWhere>;
};

/** Changes to the `partnersWith` relationships of a ServiceProvider: create, connect, update, disconnect or delete related Platform records */
export type ServiceProviderPartnersWithUpdateFieldInput = {
  /** Related records to connect by `partnersWith` */
  connect?: InputMaybe<Array<ServiceProviderPartnersWithConnectFieldInput>>;
  /** Related records to create by `partnersWith` */
  create?: InputMaybe<Array<ServiceProviderPartnersWithCreateFieldInput>>;
  /** Related records to delete by `partnersWith` */
  delete?: InputMaybe<Array<ServiceProviderPartnersWithDeleteFieldInput>>;
  /** Related records to disconnect by `partnersWith` */
  disconnect?: InputMaybe<Array<ServiceProviderPartnersWithDisconnectFieldInput>>;
  /** Related records to update by `partnersWith` */
  update?: InputMaybe<ServiceProviderPartnersWithUpdateConnectionInput>;
};

/** Filter on a list of related ServiceProvider records: all, none, single or some must match */
export type ServiceProviderRelationshipFilters = {
  /** Filter type where all of the related ServiceProviders match this filter */
  all?: InputMaybe<ServiceProviderWhere>;
  /** Filter type where none of the related ServiceProviders match this filter */
  none?: InputMaybe<ServiceProviderWhere>;
  /** Filter type where one of the related ServiceProviders match this filter */
  single?: InputMaybe<ServiceProviderWhere>;
  /** Filter type where some of the related ServiceProviders match this filter */
  some?: InputMaybe<ServiceProviderWhere>;
};

/** Existing Firm records to relate by `serves`, with the relationship's properties */
export type ServiceProviderServesConnectFieldInput = {
  /** Related records to connect by `serves` */
  connect?: InputMaybe<Array<FirmConnectInput>>;
  /** The relationship's properties */
  edge: ServiceCreateInput;
  /** Which existing Firm records to connect */
  where?: InputMaybe<FirmConnectWhere>;
};

/** Filter ServiceProvider records on aggregates of their `serves` relationships: counts, and min / max / average of the related nodes and the relationship's properties */
export type ServiceProviderServesConnectionAggregateInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceProviderServesConnectionAggregateInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceProviderServesConnectionAggregateInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceProviderServesConnectionAggregateInput>>;
  /** Filter on how many relationships there are */
  count?: InputMaybe<ConnectionAggregationCountFilterInput>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<ServiceAggregationWhereInput>;
  /** Filter on the related Firm */
  node?: InputMaybe<ServiceProviderServesNodeAggregationWhereInput>;
};

/** Filter ServiceProvider records on their `serves` relationships: all, none, single or some must match */
export type ServiceProviderServesConnectionFilters = {
  /** Filter ServiceProviders by aggregating results on related ServiceProviderServesConnections */
  aggregate?: InputMaybe<ServiceProviderServesConnectionAggregateInput>;
  /** Return ServiceProviders where all of the related ServiceProviderServesConnections match this filter */
  all?: InputMaybe<ServiceProviderServesConnectionWhere>;
  /** Return ServiceProviders where none of the related ServiceProviderServesConnections match this filter */
  none?: InputMaybe<ServiceProviderServesConnectionWhere>;
  /** Return ServiceProviders where one of the related ServiceProviderServesConnections match this filter */
  single?: InputMaybe<ServiceProviderServesConnectionWhere>;
  /** Return ServiceProviders where some of the related ServiceProviderServesConnections match this filter */
  some?: InputMaybe<ServiceProviderServesConnectionWhere>;
};

/** Sort the `serves` relationships of a ServiceProvider by the related Firm (node) or the relationship's properties (edge) */
export type ServiceProviderServesConnectionSort = {
  /** Sort by the relationship's properties */
  edge?: InputMaybe<ServiceSort>;
  /** Sort by the related Firm */
  node?: InputMaybe<FirmSort>;
};

/** Filter on `serves` relationships of a ServiceProvider: on the related Firm (node) and on the relationship's properties (edge) */
export type ServiceProviderServesConnectionWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceProviderServesConnectionWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceProviderServesConnectionWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceProviderServesConnectionWhere>>;
  /** Filter on the relationship's properties */
  edge?: InputMaybe<ServiceWhere>;
  /** Filter on the related Firm */
  node?: InputMaybe<FirmWhere>;
};

/** A new Firm to create and relate by `serves`, with the relationship's properties */
export type ServiceProviderServesCreateFieldInput = {
  /** The relationship's properties */
  edge: ServiceCreateInput;
  /** The Firm to create */
  node: FirmCreateInput;
};

/** Which Firm records related by `serves` to delete */
export type ServiceProviderServesDeleteFieldInput = {
  /** Related records to delete by `serves` */
  delete?: InputMaybe<FirmDeleteInput>;
  /** Which related Firm records to delete */
  where?: InputMaybe<ServiceProviderServesConnectionWhere>;
};

/** Which `serves` relationships to Firm records to remove (the Firm records stay) */
export type ServiceProviderServesDisconnectFieldInput = {
  /** Related records to disconnect by `serves` */
  disconnect?: InputMaybe<FirmDisconnectInput>;
  /** Which relationships to Firm records to remove */
  where?: InputMaybe<ServiceProviderServesConnectionWhere>;
};

/** The Firm records to create or connect by `serves` when creating a ServiceProvider */
export type ServiceProviderServesFieldInput = {
  /** Related records to connect by `serves` */
  connect?: InputMaybe<Array<ServiceProviderServesConnectFieldInput>>;
  /** Related records to create by `serves` */
  create?: InputMaybe<Array<ServiceProviderServesCreateFieldInput>>;
};

/** Filter on aggregates (min / max / average) of the Firm records related by `serves` */
export type ServiceProviderServesNodeAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceProviderServesNodeAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceProviderServesNodeAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceProviderServesNodeAggregationWhereInput>>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `employees`: number of employees */
  employees?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `industry`: industry in plain words, e.g. 'hardware', 'footwear' */
  industry?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarAggregationFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarAggregationFilters>;
};

/** Changes to a Firm related by `serves` (node) and to the relationship's properties (edge) */
export type ServiceProviderServesUpdateConnectionInput = {
  /** Changes to the relationship's properties */
  edge?: InputMaybe<ServiceUpdateInput>;
  /** Changes to the related Firm */
  node?: InputMaybe<FirmUpdateInput>;
  /** Which existing Firm records to connect */
  where?: InputMaybe<ServiceProviderServesConnectionWhere>;
};

/** Changes to the `serves` relationships of a ServiceProvider: create, connect, update, disconnect or delete related Firm records */
export type ServiceProviderServesUpdateFieldInput = {
  /** Related records to connect by `serves` */
  connect?: InputMaybe<Array<ServiceProviderServesConnectFieldInput>>;
  /** Related records to create by `serves` */
  create?: InputMaybe<Array<ServiceProviderServesCreateFieldInput>>;
  /** Related records to delete by `serves` */
  delete?: InputMaybe<Array<ServiceProviderServesDeleteFieldInput>>;
  /** Related records to disconnect by `serves` */
  disconnect?: InputMaybe<Array<ServiceProviderServesDisconnectFieldInput>>;
  /** Related records to update by `serves` */
  update?: InputMaybe<ServiceProviderServesUpdateConnectionInput>;
};

/** Fields to sort ServiceProviders by. The order in which sorts are applied is not guaranteed when specifying many fields in one ServiceProviderSort object. */
export type ServiceProviderSort = {
  /** Sort by `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<SortDirection>;
  /** Sort by `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<SortDirection>;
  /** Sort by `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<SortDirection>;
  /** Sort by `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<SortDirection>;
  /** Sort by `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<SortDirection>;
  /** Sort by `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<SortDirection>;
  /** Sort by `description`: free-text description */
  description?: InputMaybe<SortDirection>;
  /** Sort by `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<SortDirection>;
  /** Sort by `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<SortDirection>;
  /** Sort by `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<SortDirection>;
  /** Sort by `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<SortDirection>;
  /** Sort by `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<SortDirection>;
  /** Sort by `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<SortDirection>;
  /** Sort by `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<SortDirection>;
  /** Sort by `metricsRunId`: the metric run the stored metrics come from */
  metricsRunId?: InputMaybe<SortDirection>;
  /** Sort by `name`: name as the record's source spells it */
  name?: InputMaybe<SortDirection>;
  /** Sort by `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<SortDirection>;
  /** Sort by `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<SortDirection>;
  /** Sort by `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<SortDirection>;
  /** Sort by `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<SortDirection>;
  /** Sort by `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<SortDirection>;
};

/** Changes to ServiceProvider records: new field values, and related records to create, connect, update, disconnect or delete */
export type ServiceProviderUpdateInput = {
  /** Change `categories`: the service categories the provider offers */
  categories?: InputMaybe<ServiceCategoryListEnumScalarMutations>;
  /** Change `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `description`: free-text description */
  description?: InputMaybe<StringScalarMutations>;
  /** Change `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarMutations>;
  /** Change `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarMutations>;
  /** Change `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<Array<ServiceProviderLocatedInUpdateFieldInput>>;
  /** Change `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarMutations>;
  /** Change `partnersWith`: platforms whose offer the provider is part of */
  partnersWith?: InputMaybe<Array<ServiceProviderPartnersWithUpdateFieldInput>>;
  /** Change `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarMutations>;
  /** Change `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarMutations>;
  /** Change `serves`: firms the provider serves or served */
  serves?: InputMaybe<Array<ServiceProviderServesUpdateFieldInput>>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
};

/** Filter on ServiceProvider records: combine field filters with AND / OR / NOT */
export type ServiceProviderWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceProviderWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceProviderWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceProviderWhere>>;
  /** Filter on `articulationPoint`: stored metric (latest runMetrics): whether removing the actor disconnects part of the graph */
  articulationPoint?: InputMaybe<BooleanScalarFilters>;
  /** Filter on `betweenness`: stored metric (latest runMetrics): Brandes betweenness, normalised */
  betweenness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `burtConstraint`: stored metric (latest runMetrics): Burt's constraint (low: a broker over structural holes) */
  burtConstraint?: InputMaybe<FloatScalarFilters>;
  /** Filter on `categories`: the service categories the provider offers */
  categories?: InputMaybe<ServiceCategoryListEnumScalarFilters>;
  /** Filter on `closeness`: stored metric (latest runMetrics): harmonic closeness */
  closeness?: InputMaybe<FloatScalarFilters>;
  /** Filter on `createdAt`: when the record was created in Ecograph */
  createdAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `degree`: stored metrics: the values of the latest metric run (runMetrics) that computed them */
  degree?: InputMaybe<IntScalarFilters>;
  /** Filter on `description`: free-text description */
  description?: InputMaybe<StringScalarFilters>;
  /** Filter on `effectiveSize`: stored metric (latest runMetrics): Burt's effective size */
  effectiveSize?: InputMaybe<FloatScalarFilters>;
  /** Filter on `eigenvector`: stored metric (latest runMetrics): eigenvector centrality, L2-normalised */
  eigenvector?: InputMaybe<FloatScalarFilters>;
  /** Filter on `externalId`: the record's key in its source system; (source, externalId) is unique */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `foundedYear`: year the organisation was founded */
  foundedYear?: InputMaybe<IntScalarFilters>;
  /** Filter on `id`: unique id, generated by Ecograph (a UUID) unless the record was loaded with its own id */
  id?: InputMaybe<IdScalarFilters>;
  /** Filter on `inDegree`: stored metric (latest runMetrics): relationships pointing to the actor (directed runs) */
  inDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `localName`: the name in the ecosystem's own language (e.g. Chinese for a Diyiqiang firm); full-text search finds either name */
  localName?: InputMaybe<StringScalarFilters>;
  /** Filter on `locatedIn`: regions the actor is located in */
  locatedIn?: InputMaybe<RegionRelationshipFilters>;
  /** Filter on the `locatedIn` relationships (related Region and relationship properties): all, none, single or some must match */
  locatedInConnection?: InputMaybe<ServiceProviderLocatedInConnectionFilters>;
  /** Filter on `metricsComputedAt`: when the stored metrics were computed */
  metricsComputedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `metricsRunId`: the metric run the stored metrics come from */
  metricsRunId?: InputMaybe<IdScalarFilters>;
  /** Filter on `name`: name as the record's source spells it */
  name?: InputMaybe<StringScalarFilters>;
  /** Filter on `outDegree`: stored metric (latest runMetrics): relationships starting at the actor (directed runs) */
  outDegree?: InputMaybe<IntScalarFilters>;
  /** Filter on `pageRank`: stored metric (latest runMetrics): PageRank */
  pageRank?: InputMaybe<FloatScalarFilters>;
  /** Filter on `partnersWith`: platforms whose offer the provider is part of */
  partnersWith?: InputMaybe<PlatformRelationshipFilters>;
  /** Filter on the `partnersWith` relationships (related Platform and relationship properties): all, none, single or some must match */
  partnersWithConnection?: InputMaybe<ServiceProviderPartnersWithConnectionFilters>;
  /** Filter on `population`: population of the ecosystem the actor belongs to */
  population?: InputMaybe<PopulationEnumScalarFilters>;
  /** Filter on `retiredAt`: set when the actor was retired (by a sync or an update); retired actors are kept, not deleted */
  retiredAt?: InputMaybe<DateScalarFilters>;
  /** Filter on `serves`: firms the provider serves or served */
  serves?: InputMaybe<FirmRelationshipFilters>;
  /** Filter on the `serves` relationships (related Firm and relationship properties): all, none, single or some must match */
  servesConnection?: InputMaybe<ServiceProviderServesConnectionFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `updatedAt`: when the record was last changed in Ecograph */
  updatedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `weightedDegree`: stored metric (latest runMetrics): sum of the weights of the actor's relationships */
  weightedDegree?: InputMaybe<FloatScalarFilters>;
};

/** Sort Service records by one field; give several in a list to break ties */
export type ServiceSort = {
  /** Sort by `category`: the service category delivered */
  category?: InputMaybe<SortDirection>;
  /** Sort by `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<SortDirection>;
};

/** Changes to Service records: new field values, and related records to create, connect, update, disconnect or delete */
export type ServiceUpdateInput = {
  /** Change `category`: the service category delivered */
  category?: InputMaybe<ServiceCategoryEnumScalarMutations>;
  /** Change `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<DateScalarMutations>;
};

/** Filter on Service records: combine field filters with AND / OR / NOT */
export type ServiceWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<ServiceWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<ServiceWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<ServiceWhere>>;
  /** Filter on `category`: the service category delivered */
  category?: InputMaybe<ServiceCategoryEnumScalarFilters>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<DateScalarFilters>;
};

/** One simulation action; the fields a kind needs are listed on each field */
export type SimulationStepInput = {
  /** ADD_PARTNER (optional), ADD_SERVICE: the category it would serve firmIds in */
  category?: InputMaybe<ServiceCategory>;
  /** RECRUIT_FIRM, END_MEMBERSHIP: the firm */
  firmId?: InputMaybe<Scalars['ID']['input']>;
  /** ADD_PARTNER (optional), ADD_SERVICE: the firms it would serve */
  firmIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** ADD_SUPPLY_LINK: the supplier */
  fromFirmId?: InputMaybe<Scalars['ID']['input']>;
  /** The action; it decides which of the other fields are needed */
  kind: SimulationStepKind;
  /** ADD_PARTNER, ADD_SERVICE: the service provider */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** RECRUIT_FIRM (optional): the chain stage the firm would operate in */
  stageId?: InputMaybe<Scalars['ID']['input']>;
  /** ADD_SUPPLY_LINK: the buyer */
  toFirmId?: InputMaybe<Scalars['ID']['input']>;
  /** ADD_SUPPLY_LINK (optional, default 1): the supply volume */
  volume?: InputMaybe<Scalars['Float']['input']>;
};

/** An action a simulation applies to an in-memory copy of the ecosystem */
export type SimulationStepKind =
  /** providerId; optional category + firmIds: the provider partners with the platform (PARTNERS_WITH) and serves those firms in the category */
  | 'ADD_PARTNER'
  /** providerId, category, firmIds: the provider serves those firms in the category (SERVES) */
  | 'ADD_SERVICE'
  /** fromFirmId, toFirmId; optional volume (default 1): an active SUPPLIES from the supplier to the buyer */
  | 'ADD_SUPPLY_LINK'
  /** firmId: the firm's active membership of the platform ends */
  | 'END_MEMBERSHIP'
  /** firmId; optional stageId: the firm becomes a member (MEMBER_OF, if it is not one) and operates in the stage (OPERATES_IN) */
  | 'RECRUIT_FIRM';

/** An enum for sorting in either ascending or descending order. */
export type SortDirection =
  /** Sort by field values in ascending order. */
  | 'ASC'
  /** Sort by field values in descending order. */
  | 'DESC';

/** A metric that runMetrics can write onto the actor nodes */
export type StoredMetric =
  /** Stored as `articulationPoint`: whether the actor is a cut vertex */
  | 'ARTICULATION_POINT'
  /** Stored as `betweenness`: Brandes, normalised */
  | 'BETWEENNESS'
  /** Stored as `closeness`: harmonic */
  | 'CLOSENESS'
  /** Stored as `burtConstraint`: Burt's constraint */
  | 'CONSTRAINT'
  /** Stored as `degree`: distinct partners */
  | 'DEGREE'
  /** Stored as `effectiveSize`: Burt's effective size */
  | 'EFFECTIVE_SIZE'
  /** Stored as `eigenvector` */
  | 'EIGENVECTOR'
  /** Stored as `inDegree`: relationships pointing to the actor (directed graphs) */
  | 'IN_DEGREE'
  /** Stored as `outDegree`: relationships starting at the actor (directed graphs) */
  | 'OUT_DEGREE'
  /** Stored as `pageRank` */
  | 'PAGERANK'
  /** Stored as `weightedDegree` */
  | 'WEIGHTED_DEGREE';

/** The thesis' strategies: five self-improvement services, intensive local operation, differentiated domestic service (docs/strategies.md) */
export type Strategy =
  /** Self-improvement: bring branding within members' reach; scored by the share of active members served in BRANDING */
  | 'BRANDING_SERVICE'
  /** Expansion: stand apart from the peer platforms; scored by the service categories where the platform leads rather than lags its peers */
  | 'DIFFERENTIATED_DOMESTIC_SERVICE'
  /** Self-improvement: bring financing within members' reach; scored by the share of active members served in FINANCING */
  | 'FINANCING_SERVICE'
  /** Self-improvement: bring industrial research within members' reach; scored by the share of active members served in INDUSTRIAL_RESEARCH */
  | 'INDUSTRIAL_RESEARCH_SERVICE'
  /** Expansion: deepen the home area's chains and services; scored by the local chains' coverage and the local members' service coverage */
  | 'INTENSIVE_LOCAL_OPERATION'
  /** Self-improvement: bring legal services within members' reach; scored by the share of active members served in LEGAL */
  | 'LEGAL_SERVICE'
  /** Self-improvement: bring professional support within members' reach; scored by the share of active members served in PROFESSIONAL_SUPPORT */
  | 'PROFESSIONAL_SUPPORT_SERVICE';

/** From the score and the STRATEGY_* thresholds: CRITICAL < WEAK < ADEQUATE < STRONG */
export type StrategyStatus =
  /** Score from STRATEGY_WEAK_BELOW up to below STRATEGY_STRONG_FROM */
  | 'ADEQUATE'
  /** Score below STRATEGY_CRITICAL_BELOW (default 0.25) */
  | 'CRITICAL'
  /** Score from STRATEGY_STRONG_FROM (default 0.8) up */
  | 'STRONG'
  /** Score below STRATEGY_WEAK_BELOW (default 0.5), and not CRITICAL */
  | 'WEAK';

/** String list filters */
export type StringListFilters = {
  /** The list equals this one (same values, same order) */
  eq?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The list includes this value */
  includes?: InputMaybe<Scalars['String']['input']>;
};

/** Filters for an aggregation of a string field */
export type StringScalarAggregationFilters = {
  /** Filter on the mean string length */
  averageLength?: InputMaybe<FloatScalarFilters>;
  /** Filter on the longest string length */
  longestLength?: InputMaybe<IntScalarFilters>;
  /** Filter on the shortest string length */
  shortestLength?: InputMaybe<IntScalarFilters>;
};

/** String filters */
export type StringScalarFilters = {
  /** Contains this substring */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Ends with */
  endsWith?: InputMaybe<Scalars['String']['input']>;
  /** Equal to */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** Equal to one of */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Starts with */
  startsWith?: InputMaybe<Scalars['String']['input']>;
};

/** String mutations */
export type StringScalarMutations = {
  /** Replace the value with this one */
  set?: InputMaybe<Scalars['String']['input']>;
};

/** Filter on aggregates (min / max / average) of the Supply relationship properties */
export type SupplyAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<SupplyAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<SupplyAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<SupplyAggregationWhereInput>>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
  /** Filter on `volume`: yearly supply volume (in the platform's reporting currency, 10k units) */
  volume?: InputMaybe<FloatScalarAggregationFilters>;
};

/** A new Supply: its fields, and the related records to create or connect */
export type SupplyCreateInput = {
  /** The relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** First day the relationship held (ISO date) */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** When a partner sync last wrote this record */
  syncedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Last day the relationship held; null while it is active */
  until?: InputMaybe<Scalars['Date']['input']>;
  /** Yearly supply volume (in the platform's reporting currency, 10k units) */
  volume?: InputMaybe<Scalars['Float']['input']>;
};

/** Sort Supply records by one field; give several in a list to break ties */
export type SupplySort = {
  /** Sort by `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
  /** Sort by `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<SortDirection>;
  /** Sort by `volume`: yearly supply volume (in the platform's reporting currency, 10k units) */
  volume?: InputMaybe<SortDirection>;
};

/** Changes to Supply records: new field values, and related records to create, connect, update, disconnect or delete */
export type SupplyUpdateInput = {
  /** Change `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarMutations>;
  /** Change `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<DateScalarMutations>;
  /** Change `volume`: yearly supply volume (in the platform's reporting currency, 10k units) */
  volume?: InputMaybe<FloatScalarMutations>;
};

/** Filter on Supply records: combine field filters with AND / OR / NOT */
export type SupplyWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<SupplyWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<SupplyWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<SupplyWhere>>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
  /** Filter on `until`: last day the relationship held; null while it is active */
  until?: InputMaybe<DateScalarFilters>;
  /** Filter on `volume`: yearly supply volume (in the platform's reporting currency, 10k units) */
  volume?: InputMaybe<FloatScalarFilters>;
};

/** Filter on aggregates (min / max / average) of the Support relationship properties */
export type SupportAggregationWhereInput = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<SupportAggregationWhereInput>>;
  /** This filter must not match */
  NOT?: InputMaybe<SupportAggregationWhereInput>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<SupportAggregationWhereInput>>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `policy`: the policy or programme, e.g. 'cross-border e-commerce pilot zone' */
  policy?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarAggregationFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarAggregationFilters>;
};

/** A new Support: its fields, and the related records to create or connect */
export type SupportCreateInput = {
  /** The relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The policy or programme, e.g. 'cross-border e-commerce pilot zone' */
  policy?: InputMaybe<Scalars['String']['input']>;
  /** First day the relationship held (ISO date) */
  since?: InputMaybe<Scalars['Date']['input']>;
  /** The partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<Scalars['String']['input']>;
  /** When a partner sync last wrote this record */
  syncedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Sort Support records by one field; give several in a list to break ties */
export type SupportSort = {
  /** Sort by `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<SortDirection>;
  /** Sort by `policy`: the policy or programme, e.g. 'cross-border e-commerce pilot zone' */
  policy?: InputMaybe<SortDirection>;
  /** Sort by `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<SortDirection>;
  /** Sort by `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<SortDirection>;
  /** Sort by `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<SortDirection>;
};

/** Filter on a list of related SupportTarget records: all, none, single or some must match */
export type SupportTargetRelationshipFilters = {
  /** Filter type where all of the related SupportTargets match this filter */
  all?: InputMaybe<SupportTargetWhere>;
  /** Filter type where none of the related SupportTargets match this filter */
  none?: InputMaybe<SupportTargetWhere>;
  /** Filter type where one of the related SupportTargets match this filter */
  single?: InputMaybe<SupportTargetWhere>;
  /** Filter type where some of the related SupportTargets match this filter */
  some?: InputMaybe<SupportTargetWhere>;
};

/** Filter on SupportTarget records: combine field filters with AND / OR / NOT */
export type SupportTargetWhere = {
  /** For the IndustrialChain members of the union or interface */
  IndustrialChain?: InputMaybe<IndustrialChainWhere>;
  /** For the Platform members of the union or interface */
  Platform?: InputMaybe<PlatformWhere>;
};

/** Changes to Support records: new field values, and related records to create, connect, update, disconnect or delete */
export type SupportUpdateInput = {
  /** Change `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarMutations>;
  /** Change `policy`: the policy or programme, e.g. 'cross-border e-commerce pilot zone' */
  policy?: InputMaybe<StringScalarMutations>;
  /** Change `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarMutations>;
  /** Change `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarMutations>;
  /** Change `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarMutations>;
};

/** Filter on Support records: combine field filters with AND / OR / NOT */
export type SupportWhere = {
  /** Every one of these filters must match */
  AND?: InputMaybe<Array<SupportWhere>>;
  /** This filter must not match */
  NOT?: InputMaybe<SupportWhere>;
  /** At least one of these filters must match */
  OR?: InputMaybe<Array<SupportWhere>>;
  /** Filter on `externalId`: the relationship's own key in its source, unique per source and type (two SUPPLIES between one pair of firms); null when the relationship is keyed by its type and ends */
  externalId?: InputMaybe<StringScalarFilters>;
  /** Filter on `policy`: the policy or programme, e.g. 'cross-border e-commerce pilot zone' */
  policy?: InputMaybe<StringScalarFilters>;
  /** Filter on `since`: first day the relationship held (ISO date) */
  since?: InputMaybe<DateScalarFilters>;
  /** Filter on `source`: the partner system this record was synced from (null for records created through the API) */
  source?: InputMaybe<StringScalarFilters>;
  /** Filter on `syncedAt`: when a partner sync last wrote this record */
  syncedAt?: InputMaybe<DateTimeScalarFilters>;
};

/** An actor keyed by the integrator's externalId; fields that do not belong to its label are rejected */
export type SyncActorInput = {
  /** ServiceProvider (required) */
  categories?: InputMaybe<Array<ServiceCategory>>;
  /** Free-text description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Firm */
  employees?: InputMaybe<Scalars['Int']['input']>;
  /** The partner's own key, unique per source */
  externalId: Scalars['String']['input'];
  /** Year the organisation was founded */
  foundedYear?: InputMaybe<Scalars['Int']['input']>;
  /** Firm */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** GovernmentAgency (required) */
  kind?: InputMaybe<AgencyKind>;
  /** The kind of actor */
  label: ActorLabel;
  /** The name in the ecosystem's own language (e.g. Chinese); searched like name */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** Platform */
  model?: InputMaybe<Scalars['String']['input']>;
  /** The actor's name */
  name: Scalars['String']['input'];
  /** Required for firms (MANUFACTURER, TRADER, BUYER); implied for the others */
  population?: InputMaybe<Population>;
  /** true retires the actor (kept, with retiredAt), false brings it back */
  retired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Firm */
  size?: InputMaybe<FirmSize>;
  /** Platform */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** An industrial chain keyed by the integrator's externalId; region is its home region (ANCHORED_IN) */
export type SyncChainInput = {
  /** Free-text description */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The partner's own key, unique per source among chains */
  externalId: Scalars['String']['input'];
  /** The chain's industry in plain words, e.g. 'hardware' */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** The name in the ecosystem's own language (e.g. Chinese) */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** The chain's name */
  name: Scalars['String']['input'];
  /** The home region; leave out to keep the stored one, null to remove it */
  region?: InputMaybe<SyncEndInput>;
  /** true retires the chain (kept, with retiredAt), false brings it back */
  retired?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One end of a relationship: { id } or { externalId, source } (source defaults to the sync's) */
export type SyncEndInput = {
  /** The partner's key of the actor */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** Ecograph's id of the actor */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The source of the externalId; default: the sync's source */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A region keyed by the integrator's externalId; parent links it into the hierarchy (PART_OF) */
export type SyncRegionInput = {
  /** Administrative code, if any */
  code?: InputMaybe<Scalars['String']['input']>;
  /** The partner's own key, unique per source among regions */
  externalId: Scalars['String']['input'];
  /** Where the region sits in the hierarchy */
  level: SyncRegionLevel;
  /** The name in the ecosystem's own language (e.g. Chinese) */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** The region's name */
  name: Scalars['String']['input'];
  /** The enclosing region; leave out to keep the stored one, null to remove it */
  parent?: InputMaybe<SyncEndInput>;
  /** true retires the region (kept, with retiredAt), false brings it back */
  retired?: InputMaybe<Scalars['Boolean']['input']>;
};

/** COUNTRY > PROVINCE > CITY > DISTRICT; a region's parent is of a higher level */
export type SyncRegionLevel =
  /** A city */
  | 'CITY'
  /** A country */
  | 'COUNTRY'
  /** A district or county of a city */
  | 'DISTRICT'
  /** A province, state or other first-level division */
  | 'PROVINCE';

/** A relationship between two nodes; set `until` to end it (history is kept) */
export type SyncRelationshipInput = {
  /** SERVES (required) */
  category?: InputMaybe<ServiceCategory>;
  /** The relationship's own key, unique per source and type: two SUPPLIES between one pair are two relationships. Without it, one relationship per type, from and to (and category for SERVES) */
  externalId?: InputMaybe<Scalars['String']['input']>;
  /** The start of the relationship */
  from: SyncEndInput;
  /** SUPPORTS */
  policy?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  since?: InputMaybe<Scalars['String']['input']>;
  /** MEMBER_OF */
  tier?: InputMaybe<Scalars['String']['input']>;
  /** The end of the relationship */
  to: SyncEndInput;
  /** The relationship type, which fixes the labels of both ends */
  type: SyncRelationshipType;
  /** YYYY-MM-DD; set it to end the relationship */
  until?: InputMaybe<Scalars['String']['input']>;
  /** SUPPLIES */
  volume?: InputMaybe<Scalars['Float']['input']>;
};

/** MEMBER_OF Firm→Platform, SUPPLIES Firm→Firm, SERVES ServiceProvider→Firm, PARTNERS_WITH ServiceProvider→Platform, SUPPORTS GovernmentAgency→Platform or IndustrialChain, LOCATED_IN any actor→Region, OPERATES_IN Firm→ChainStage */
export type SyncRelationshipType =
  /** Where an actor is (any actor → Region) */
  | 'LOCATED_IN'
  /** A firm's membership of a platform (Firm → Platform) */
  | 'MEMBER_OF'
  /** A firm works in a stage of an industrial chain (Firm → ChainStage) */
  | 'OPERATES_IN'
  /** A provider is part of a platform's offer (ServiceProvider → Platform) */
  | 'PARTNERS_WITH'
  /** A service delivered (ServiceProvider → Firm) */
  | 'SERVES'
  /** Trade between firms (Firm → Firm), weighted by volume */
  | 'SUPPLIES'
  /** Public support (GovernmentAgency → Platform or IndustrialChain) */
  | 'SUPPORTS';

/** A stage of a chain (HAS_STAGE); FEEDS runs from each active stage to the next by position */
export type SyncStageInput = {
  /** The chain the stage belongs to (it does not move to another) */
  chain: SyncEndInput;
  /** The partner's own key, unique per source among stages */
  externalId: Scalars['String']['input'];
  /** The name in the ecosystem's own language (e.g. Chinese) */
  localName?: InputMaybe<Scalars['String']['input']>;
  /** How many active firms make the stage covered, at least 1 */
  minFirms: Scalars['Int']['input'];
  /** The stage's name */
  name: Scalars['String']['input'];
  /** 1-based, upstream to downstream; unique among the chain's active stages */
  position: Scalars['Int']['input'];
  /** true retires the stage: it leaves its chain (HAS_STAGE, FEEDS), the node stays */
  retired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Importance in chain coverage, above 0 */
  weight: Scalars['Float']['input'];
};

/** How far apart the days of a trend are */
export type TrendStep =
  /** One day a month: from, then the same day 1, 2, … months later (a day the month lacks becomes its last) */
  | 'MONTH'
  /** One day a quarter: from, then the same day 3, 6, … months later (a day the month lacks becomes its last) */
  | 'QUARTER'
  /** One day a year: from, then the same day 12, 24, … months later (a day the month lacks becomes its last) */
  | 'YEAR';

export type ChainAndCentralityQueryVariables = Exact<{
  platform?: Scalars['ID']['input'];
  chain?: Scalars['ID']['input'];
}>;


export type ChainAndCentralityQuery = { __typename?: 'Query', centralityRanking: Array<{ __typename?: 'RankedActor', rank: number, name: string, score: number }>, chainCompleteness: { __typename?: 'ChainCompletenessReport', coverage: number, depth: number, linkContinuity: number, gaps: Array<{ __typename?: 'ChainGap', name: string, firmCount: number, minFirms: number, empty: boolean }>, thinStages: Array<{ __typename?: 'ThinStage', name: string, reason: string }>, brokenLinks: Array<{ __typename?: 'BrokenLink', fromStageId: string, toStageId: string }> } };

export type ChangesQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ChangesQuery = { __typename?: 'Query', changes: { __typename?: 'ChangePage', endCursor?: string | null, hasNextPage: boolean, changes: Array<{ __typename?: 'Change', kind: string, type: string, id: string, source?: string | null, externalId?: string | null, fromId?: string | null, toId?: string | null, ended: boolean, changedAt: string }> } };

export type EcosystemHealthQueryVariables = Exact<{
  platform?: Scalars['ID']['input'];
}>;


export type EcosystemHealthQuery = { __typename?: 'Query', ecosystemHealth: { __typename?: 'EcosystemHealth', activeMembers: number, populationBalance: { __typename?: 'PopulationBalance', diversity: number, evenness: number }, serviceCoverage: Array<{ __typename?: 'CategoryCoverage', category: ServiceCategory, selfImprovement: boolean, share: number }>, keystoneDependence: { __typename?: 'KeystoneDependence', largestComponent: { __typename?: 'ComponentDependence', withPlatform: number, withoutPlatform: number } } } };

export type EcosystemServicesQueryVariables = Exact<{
  platform?: Scalars['String']['input'];
}>;


export type EcosystemServicesQuery = { __typename?: 'Query', ecosystemServices: { __typename?: 'EcosystemServices', activeMembers: number, categories: Array<{ __typename?: 'CategoryProviders', category: ServiceCategory, firmsServed: number, shareOfMembersServed: number, providers: Array<{ __typename?: 'ProviderReach', name: string, firmsServed: number }> }> } };

export type FilterFirmsAndProvidersQueryVariables = Exact<{
  region?: Scalars['String']['input'];
}>;


export type FilterFirmsAndProvidersQuery = { __typename?: 'Query', firms: Array<{ __typename?: 'Firm', name: string, industry?: string | null }>, serviceProviders: Array<{ __typename?: 'ServiceProvider', name: string, categories: Array<ServiceCategory> }> };

export type FirmsPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type FirmsPageQuery = { __typename?: 'Query', firmsConnection: { __typename?: 'FirmsConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'FirmEdge', node: { __typename?: 'Firm', id: string, name: string } }> } };

export type ListPlatformsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListPlatformsQuery = { __typename?: 'Query', platforms: Array<{ __typename?: 'Platform', id: string, name: string }> };

export type MemberAggregatesQueryVariables = Exact<{
  platform?: Scalars['String']['input'];
}>;


export type MemberAggregatesQuery = { __typename?: 'Query', firmsConnection: { __typename?: 'FirmsConnection', aggregate: { __typename?: 'FirmAggregate', count: { __typename?: 'Count', nodes: number }, node: { __typename?: 'FirmAggregateNode', foundedYear: { __typename?: 'IntAggregateSelection', min?: number | null, max?: number | null, average?: number | null } } } } };

export type MembersProvidersPlatformsQueryVariables = Exact<{
  platform?: Scalars['String']['input'];
}>;


export type MembersProvidersPlatformsQuery = { __typename?: 'Query', platforms: Array<{ __typename?: 'Platform', name: string, members: Array<{ __typename?: 'Firm', name: string, servedBy: Array<{ __typename?: 'ServiceProvider', name: string, partnersWith: Array<{ __typename?: 'Platform', name: string }> }> }> }> };

export type MetricHistoryQueryVariables = Exact<{
  actor: Scalars['ID']['input'];
}>;


export type MetricHistoryQuery = { __typename?: 'Query', metricHistory: Array<{ __typename?: 'MetricHistoryValue', value?: number | null, computedAt: string, job: string, scope: string }> };

export type MetricJobQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MetricJobQuery = { __typename?: 'Query', metricJob: { __typename?: 'MetricJob', state: MetricJobState, progress: number, writtenActors: number, actorCount?: number | null, startedAt?: string | null, finishedAt?: string | null, durationMs?: number | null, error?: { __typename?: 'MetricJobError', code: string, message: string } | null } };

export type MetricRunsQueryVariables = Exact<{ [key: string]: never; }>;


export type MetricRunsQuery = { __typename?: 'Query', metricRuns: Array<{ __typename?: 'MetricRun', id: string, startedAt: string, metrics: Array<string>, parameters: string, durationMs: number }> };

export type PlatformMembersQueryVariables = Exact<{
  platform?: Scalars['String']['input'];
}>;


export type PlatformMembersQuery = { __typename?: 'Query', platforms: Array<{ __typename?: 'Platform', name: string, membersConnection: { __typename?: 'PlatformMembersConnection', totalCount: number, edges: Array<{ __typename?: 'PlatformMembersRelationship', properties: { __typename?: 'Membership', since?: string | null, tier?: string | null }, node: { __typename?: 'Firm', name: string, size?: FirmSize | null, servedByConnection: { __typename?: 'FirmServedByConnection', edges: Array<{ __typename?: 'FirmServedByRelationship', properties: { __typename?: 'Service', category: ServiceCategory }, node: { __typename?: 'ServiceProvider', name: string } }> } } }> } }> };

export type RankingPageQueryVariables = Exact<{
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type RankingPageQuery = { __typename?: 'Query', centralityRankingPage: { __typename?: 'RankingPage', totalCount: number, estimate: { __typename?: 'MetricEstimate', exact: boolean, samples?: number | null, errorBound?: number | null, confidence?: number | null }, edges: Array<{ __typename?: 'RankingEdge', node: { __typename?: 'RankedActor', rank: number, name: string, score: number } }>, pageInfo: { __typename?: 'RankingPageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type RunMetricsMutationVariables = Exact<{
  platform?: Scalars['ID']['input'];
}>;


export type RunMetricsMutation = { __typename?: 'Mutation', runMetrics: { __typename?: 'MetricJob', id: string, state: MetricJobState, joined: boolean } };

export type SearchFirmsQueryVariables = Exact<{
  phrase?: Scalars['String']['input'];
}>;


export type SearchFirmsQuery = { __typename?: 'Query', firmsByName: { __typename?: 'FirmsIndexConnection', edges: Array<{ __typename?: 'FirmIndexEdge', score: number, node: { __typename?: 'Firm', name: string, description?: string | null } }> } };

export type SyncPartnerDataMutationVariables = Exact<{
  source?: Scalars['String']['input'];
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type SyncPartnerDataMutation = { __typename?: 'Mutation', syncPartnerData: { __typename?: 'SyncReport', complete: boolean, counts: { __typename?: 'OutcomeCounts', CREATED: number, UPDATED: number, UNCHANGED: number, REJECTED: number }, outcomes: Array<{ __typename?: 'RecordOutcome', kind: string, position: number, key: string, outcome: string, reason?: string | null, id?: string | null }>, batches: Array<{ __typename?: 'BatchReport', kind: string, index: number, records: number, committed?: boolean | null }> } };

export type TopBrokersReportQueryVariables = Exact<{
  platform?: Scalars['ID']['input'];
}>;


export type TopBrokersReportQuery = { __typename?: 'Query', reportTopBrokers: Array<{ __typename?: 'TopBrokersReportRow', rank: number, name: string, label: string, contacts: number, effectiveSize: number, constraint: number }>, reportServiceCoverage: Array<{ __typename?: 'ServiceCoverageReportRow', category: string, servedMembers: number, share: number, providers: number }> };

export type TopFirmsByPageRankQueryVariables = Exact<{ [key: string]: never; }>;


export type TopFirmsByPageRankQuery = { __typename?: 'Query', firms: Array<{ __typename?: 'Firm', name: string, pageRank?: number | null, betweenness?: number | null }> };


export const ChainAndCentralityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChainAndCentrality"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"Diyiqiang Group","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"chain"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"Yongkang hardware chain","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centralityRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"PAGERANK"}},{"kind":"Argument","name":{"kind":"Name","value":"top"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"graph"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chainCompleteness"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"chain"},"value":{"kind":"Variable","name":{"kind":"Name","value":"chain"}}},{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"linkContinuity"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firmCount"}},{"kind":"Field","name":{"kind":"Name","value":"minFirms"}},{"kind":"Field","name":{"kind":"Name","value":"empty"}}]}},{"kind":"Field","name":{"kind":"Name","value":"thinStages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokenLinks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStageId"}},{"kind":"Field","name":{"kind":"Name","value":"toStageId"}}]}}]}}]}}]} as unknown as DocumentNode<ChainAndCentralityQuery, ChainAndCentralityQueryVariables>;
export const ChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Changes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"ended"}},{"kind":"Field","name":{"kind":"Name","value":"changedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ChangesQuery, ChangesQueryVariables>;
export const EcosystemHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EcosystemHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"Diyiqiang Group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ecosystemHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"populationBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diversity"}},{"kind":"Field","name":{"kind":"Name","value":"evenness"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"selfImprovement"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"keystoneDependence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"largestComponent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withPlatform"}},{"kind":"Field","name":{"kind":"Name","value":"withoutPlatform"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EcosystemHealthQuery, EcosystemHealthQueryVariables>;
export const EcosystemServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EcosystemServices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Diyiqiang Group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ecosystemServices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activeMembers"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"firmsServed"}},{"kind":"Field","name":{"kind":"Name","value":"shareOfMembersServed"}},{"kind":"Field","name":{"kind":"Name","value":"providers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firmsServed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EcosystemServicesQuery, EcosystemServicesQueryVariables>;
export const FilterFirmsAndProvidersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterFirmsAndProviders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Yongkang","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"population"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"MANUFACTURER"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"locatedIn"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}]}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceProviders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"categories"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"includes"},"value":{"kind":"EnumValue","value":"LEGAL"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}}]}}]}}]} as unknown as DocumentNode<FilterFirmsAndProvidersQuery, FilterFirmsAndProvidersQueryVariables>;
export const FirmsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FirmsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FirmsPageQuery, FirmsPageQueryVariables>;
export const ListPlatformsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListPlatforms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ListPlatformsQuery, ListPlatformsQueryVariables>;
export const MemberAggregatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberAggregates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"HC360","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberOf"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}]}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"foundedYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"max"}},{"kind":"Field","name":{"kind":"Name","value":"average"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberAggregatesQuery, MemberAggregatesQueryVariables>;
export const MembersProvidersPlatformsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersProvidersPlatforms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Diyiqiang Group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"memberOfConnection"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"edge"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"until"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"NullValue"}}]}}]}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"servedBy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"partnersWith"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"NOT"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}]}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersProvidersPlatformsQuery, MembersProvidersPlatformsQueryVariables>;
export const MetricHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actor"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"actor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actor"}}},{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"PAGERANK"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"computedAt"}},{"kind":"Field","name":{"kind":"Name","value":"job"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}}]}}]}}]} as unknown as DocumentNode<MetricHistoryQuery, MetricHistoryQueryVariables>;
export const MetricJobDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"writtenActors"}},{"kind":"Field","name":{"kind":"Name","value":"actorCount"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"error"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MetricJobQuery, MetricJobQueryVariables>;
export const MetricRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MetricRuns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metricRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"startedAt"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}}]}}]}}]} as unknown as DocumentNode<MetricRunsQuery, MetricRunsQueryVariables>;
export const PlatformMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"Diyiqiang Group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"platforms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"membersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"edge"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"until"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"NullValue"}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"servedByConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"properties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlatformMembersQuery, PlatformMembersQueryVariables>;
export const RankingPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RankingPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"centralityRankingPage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"EnumValue","value":"BETWEENNESS"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"estimateAboveLimit"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"estimate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"samples"}},{"kind":"Field","name":{"kind":"Name","value":"errorBound"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<RankingPageQuery, RankingPageQueryVariables>;
export const RunMetricsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunMetrics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"Diyiqiang Group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"metrics"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PAGERANK"},{"kind":"EnumValue","value":"BETWEENNESS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"graph"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"joined"}}]}}]}}]} as unknown as DocumentNode<RunMetricsMutation, RunMetricsMutationVariables>;
export const SearchFirmsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFirms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"hinge OR lock","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firmsByName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phrase"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phrase"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchFirmsQuery, SearchFirmsQueryVariables>;
export const SyncPartnerDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SyncPartnerData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"source"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"crm-x","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"syncPartnerData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"source"},"value":{"kind":"Variable","name":{"kind":"Name","value":"source"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"actors"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"EnumValue","value":"Firm"}},{"kind":"ObjectField","name":{"kind":"Name","value":"externalId"},"value":{"kind":"StringValue","value":"F-100","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Cixi Bearing Works","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"population"},"value":{"kind":"EnumValue","value":"MANUFACTURER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"size"},"value":{"kind":"EnumValue","value":"SMALL"}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"label"},"value":{"kind":"EnumValue","value":"Platform"}},{"kind":"ObjectField","name":{"kind":"Name","value":"externalId"},"value":{"kind":"StringValue","value":"PLT-1","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Ningbo Parts Exchange","block":false}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"relationships"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"MEMBER_OF"}},{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"externalId"},"value":{"kind":"StringValue","value":"F-100","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"externalId"},"value":{"kind":"StringValue","value":"PLT-1","block":false}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"since"},"value":{"kind":"StringValue","value":"2019-04-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"tier"},"value":{"kind":"StringValue","value":"gold","block":false}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"CREATED"}},{"kind":"Field","name":{"kind":"Name","value":"UPDATED"}},{"kind":"Field","name":{"kind":"Name","value":"UNCHANGED"}},{"kind":"Field","name":{"kind":"Name","value":"REJECTED"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"batches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}}]}}]}}]}}]} as unknown as DocumentNode<SyncPartnerDataMutation, SyncPartnerDataMutationVariables>;
export const TopBrokersReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopBrokersReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"platform"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},"defaultValue":{"kind":"StringValue","value":"Diyiqiang Group","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTopBrokers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveSize"}},{"kind":"Field","name":{"kind":"Name","value":"constraint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportServiceCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"platform"},"value":{"kind":"Variable","name":{"kind":"Name","value":"platform"}}},{"kind":"Argument","name":{"kind":"Name","value":"belowShare"},"value":{"kind":"FloatValue","value":"0.2"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"servedMembers"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"providers"}}]}}]}}]} as unknown as DocumentNode<TopBrokersReportQuery, TopBrokersReportQueryVariables>;
export const TopFirmsByPageRankDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TopFirmsByPageRank"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"firms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pageRank"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"gt"},"value":{"kind":"IntValue","value":"0"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"pageRank"},"value":{"kind":"EnumValue","value":"DESC"}}]}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"pageRank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}}]}}]}}]} as unknown as DocumentNode<TopFirmsByPageRankQuery, TopFirmsByPageRankQueryVariables>;