/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ChainAndCentrality($platform: ID! = \"Diyiqiang Group\", $chain: ID! = \"Yongkang hardware chain\") {\n  centralityRanking(measure: PAGERANK, top: 5, graph: {platform: $platform}) {\n    rank\n    name\n    score\n  }\n  chainCompleteness(chain: $chain, platform: $platform) {\n    coverage\n    depth\n    linkContinuity\n    gaps {\n      name\n      firmCount\n      minFirms\n      empty\n    }\n    thinStages {\n      name\n      reason\n    }\n    brokenLinks {\n      fromStageId\n      toStageId\n    }\n  }\n}": typeof types.ChainAndCentralityDocument,
    "query Changes($after: String) {\n  changes(first: 100, after: $after) {\n    endCursor\n    hasNextPage\n    changes {\n      kind\n      type\n      id\n      source\n      externalId\n      fromId\n      toId\n      ended\n      changedAt\n    }\n  }\n}": typeof types.ChangesDocument,
    "query EcosystemHealth($platform: ID! = \"Diyiqiang Group\") {\n  ecosystemHealth(platform: $platform) {\n    activeMembers\n    populationBalance {\n      diversity\n      evenness\n    }\n    serviceCoverage {\n      category\n      selfImprovement\n      share\n    }\n    keystoneDependence {\n      largestComponent {\n        withPlatform\n        withoutPlatform\n      }\n    }\n  }\n}": typeof types.EcosystemHealthDocument,
    "query EcosystemServices($platform: String! = \"Diyiqiang Group\") {\n  ecosystemServices(platform: $platform) {\n    activeMembers\n    categories {\n      category\n      firmsServed\n      shareOfMembersServed\n      providers {\n        name\n        firmsServed\n      }\n    }\n  }\n}": typeof types.EcosystemServicesDocument,
    "query FilterFirmsAndProviders($region: String! = \"Yongkang\") {\n  firms(\n    where: {population: {eq: MANUFACTURER}, locatedIn: {some: {name: {eq: $region}}}}\n    limit: 10\n    sort: [{name: ASC}]\n  ) {\n    name\n    industry\n  }\n  serviceProviders(where: {categories: {includes: LEGAL}}, sort: [{name: ASC}]) {\n    name\n    categories\n  }\n}": typeof types.FilterFirmsAndProvidersDocument,
    "query FirmsPage($after: String) {\n  firmsConnection(first: 20, after: $after, sort: [{name: ASC}]) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}": typeof types.FirmsPageDocument,
    "query ListPlatforms {\n  platforms(sort: [{name: ASC}]) {\n    id\n    name\n  }\n}": typeof types.ListPlatformsDocument,
    "query MemberAggregates($platform: String! = \"HC360\") {\n  firmsConnection(where: {memberOf: {some: {name: {eq: $platform}}}}) {\n    aggregate {\n      count {\n        nodes\n      }\n      node {\n        foundedYear {\n          min\n          max\n          average\n        }\n      }\n    }\n  }\n}": typeof types.MemberAggregatesDocument,
    "query MembersProvidersPlatforms($platform: String! = \"Diyiqiang Group\") {\n  platforms(where: {name: {eq: $platform}}) {\n    name\n    members(\n      where: {memberOfConnection: {some: {edge: {until: {eq: null}}}}}\n      limit: 10\n      sort: [{name: ASC}]\n    ) {\n      name\n      servedBy(limit: 5, sort: [{name: ASC}]) {\n        name\n        partnersWith(where: {NOT: {name: {eq: $platform}}}, limit: 5) {\n          name\n        }\n      }\n    }\n  }\n}": typeof types.MembersProvidersPlatformsDocument,
    "query MetricRuns {\n  metricRuns(sort: [{startedAt: DESC}], limit: 10) {\n    id\n    startedAt\n    metrics\n    parameters\n    durationMs\n  }\n}": typeof types.MetricRunsDocument,
    "query PlatformMembers($platform: String! = \"Diyiqiang Group\") {\n  platforms(where: {name: {eq: $platform}}) {\n    name\n    membersConnection(first: 5, where: {edge: {until: {eq: null}}}) {\n      totalCount\n      edges {\n        properties {\n          since\n          tier\n        }\n        node {\n          name\n          size\n          servedByConnection(first: 5) {\n            edges {\n              properties {\n                category\n              }\n              node {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.PlatformMembersDocument,
    "mutation RunMetrics($platform: ID! = \"Diyiqiang Group\") {\n  runMetrics(metrics: [PAGERANK, BETWEENNESS], graph: {platform: $platform}) {\n    id\n    durationMs\n    actorCount\n  }\n}": typeof types.RunMetricsDocument,
    "query SearchFirms($phrase: String! = \"hinge OR lock\") {\n  firmsByName(phrase: $phrase, first: 5) {\n    edges {\n      score\n      node {\n        name\n        description\n      }\n    }\n  }\n}": typeof types.SearchFirmsDocument,
    "mutation SyncPartnerData($source: String! = \"crm-x\", $dryRun: Boolean = false) {\n  syncPartnerData(\n    source: $source\n    dryRun: $dryRun\n    actors: [{label: Firm, externalId: \"F-100\", name: \"Cixi Bearing Works\", population: MANUFACTURER, size: SMALL}, {label: Platform, externalId: \"PLT-1\", name: \"Ningbo Parts Exchange\"}]\n    relationships: [{type: MEMBER_OF, from: {externalId: \"F-100\"}, to: {externalId: \"PLT-1\"}, since: \"2019-04-01\", tier: \"gold\"}]\n  ) {\n    complete\n    counts {\n      CREATED\n      UPDATED\n      UNCHANGED\n      REJECTED\n    }\n    outcomes {\n      kind\n      position\n      key\n      outcome\n      reason\n      id\n    }\n    batches {\n      kind\n      index\n      records\n      committed\n    }\n  }\n}": typeof types.SyncPartnerDataDocument,
    "query TopBrokersReport($platform: ID! = \"Diyiqiang Group\") {\n  reportTopBrokers(platform: $platform, limit: 3) {\n    rank\n    name\n    label\n    contacts\n    effectiveSize\n    constraint\n  }\n  reportServiceCoverage(platform: $platform, belowShare: 0.2) {\n    category\n    servedMembers\n    share\n    providers\n  }\n}": typeof types.TopBrokersReportDocument,
    "query TopFirmsByPageRank {\n  firms(where: {pageRank: {gt: 0}}, sort: [{pageRank: DESC}], limit: 10) {\n    name\n    pageRank\n    betweenness\n  }\n}": typeof types.TopFirmsByPageRankDocument,
};
const documents: Documents = {
    "query ChainAndCentrality($platform: ID! = \"Diyiqiang Group\", $chain: ID! = \"Yongkang hardware chain\") {\n  centralityRanking(measure: PAGERANK, top: 5, graph: {platform: $platform}) {\n    rank\n    name\n    score\n  }\n  chainCompleteness(chain: $chain, platform: $platform) {\n    coverage\n    depth\n    linkContinuity\n    gaps {\n      name\n      firmCount\n      minFirms\n      empty\n    }\n    thinStages {\n      name\n      reason\n    }\n    brokenLinks {\n      fromStageId\n      toStageId\n    }\n  }\n}": types.ChainAndCentralityDocument,
    "query Changes($after: String) {\n  changes(first: 100, after: $after) {\n    endCursor\n    hasNextPage\n    changes {\n      kind\n      type\n      id\n      source\n      externalId\n      fromId\n      toId\n      ended\n      changedAt\n    }\n  }\n}": types.ChangesDocument,
    "query EcosystemHealth($platform: ID! = \"Diyiqiang Group\") {\n  ecosystemHealth(platform: $platform) {\n    activeMembers\n    populationBalance {\n      diversity\n      evenness\n    }\n    serviceCoverage {\n      category\n      selfImprovement\n      share\n    }\n    keystoneDependence {\n      largestComponent {\n        withPlatform\n        withoutPlatform\n      }\n    }\n  }\n}": types.EcosystemHealthDocument,
    "query EcosystemServices($platform: String! = \"Diyiqiang Group\") {\n  ecosystemServices(platform: $platform) {\n    activeMembers\n    categories {\n      category\n      firmsServed\n      shareOfMembersServed\n      providers {\n        name\n        firmsServed\n      }\n    }\n  }\n}": types.EcosystemServicesDocument,
    "query FilterFirmsAndProviders($region: String! = \"Yongkang\") {\n  firms(\n    where: {population: {eq: MANUFACTURER}, locatedIn: {some: {name: {eq: $region}}}}\n    limit: 10\n    sort: [{name: ASC}]\n  ) {\n    name\n    industry\n  }\n  serviceProviders(where: {categories: {includes: LEGAL}}, sort: [{name: ASC}]) {\n    name\n    categories\n  }\n}": types.FilterFirmsAndProvidersDocument,
    "query FirmsPage($after: String) {\n  firmsConnection(first: 20, after: $after, sort: [{name: ASC}]) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}": types.FirmsPageDocument,
    "query ListPlatforms {\n  platforms(sort: [{name: ASC}]) {\n    id\n    name\n  }\n}": types.ListPlatformsDocument,
    "query MemberAggregates($platform: String! = \"HC360\") {\n  firmsConnection(where: {memberOf: {some: {name: {eq: $platform}}}}) {\n    aggregate {\n      count {\n        nodes\n      }\n      node {\n        foundedYear {\n          min\n          max\n          average\n        }\n      }\n    }\n  }\n}": types.MemberAggregatesDocument,
    "query MembersProvidersPlatforms($platform: String! = \"Diyiqiang Group\") {\n  platforms(where: {name: {eq: $platform}}) {\n    name\n    members(\n      where: {memberOfConnection: {some: {edge: {until: {eq: null}}}}}\n      limit: 10\n      sort: [{name: ASC}]\n    ) {\n      name\n      servedBy(limit: 5, sort: [{name: ASC}]) {\n        name\n        partnersWith(where: {NOT: {name: {eq: $platform}}}, limit: 5) {\n          name\n        }\n      }\n    }\n  }\n}": types.MembersProvidersPlatformsDocument,
    "query MetricRuns {\n  metricRuns(sort: [{startedAt: DESC}], limit: 10) {\n    id\n    startedAt\n    metrics\n    parameters\n    durationMs\n  }\n}": types.MetricRunsDocument,
    "query PlatformMembers($platform: String! = \"Diyiqiang Group\") {\n  platforms(where: {name: {eq: $platform}}) {\n    name\n    membersConnection(first: 5, where: {edge: {until: {eq: null}}}) {\n      totalCount\n      edges {\n        properties {\n          since\n          tier\n        }\n        node {\n          name\n          size\n          servedByConnection(first: 5) {\n            edges {\n              properties {\n                category\n              }\n              node {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.PlatformMembersDocument,
    "mutation RunMetrics($platform: ID! = \"Diyiqiang Group\") {\n  runMetrics(metrics: [PAGERANK, BETWEENNESS], graph: {platform: $platform}) {\n    id\n    durationMs\n    actorCount\n  }\n}": types.RunMetricsDocument,
    "query SearchFirms($phrase: String! = \"hinge OR lock\") {\n  firmsByName(phrase: $phrase, first: 5) {\n    edges {\n      score\n      node {\n        name\n        description\n      }\n    }\n  }\n}": types.SearchFirmsDocument,
    "mutation SyncPartnerData($source: String! = \"crm-x\", $dryRun: Boolean = false) {\n  syncPartnerData(\n    source: $source\n    dryRun: $dryRun\n    actors: [{label: Firm, externalId: \"F-100\", name: \"Cixi Bearing Works\", population: MANUFACTURER, size: SMALL}, {label: Platform, externalId: \"PLT-1\", name: \"Ningbo Parts Exchange\"}]\n    relationships: [{type: MEMBER_OF, from: {externalId: \"F-100\"}, to: {externalId: \"PLT-1\"}, since: \"2019-04-01\", tier: \"gold\"}]\n  ) {\n    complete\n    counts {\n      CREATED\n      UPDATED\n      UNCHANGED\n      REJECTED\n    }\n    outcomes {\n      kind\n      position\n      key\n      outcome\n      reason\n      id\n    }\n    batches {\n      kind\n      index\n      records\n      committed\n    }\n  }\n}": types.SyncPartnerDataDocument,
    "query TopBrokersReport($platform: ID! = \"Diyiqiang Group\") {\n  reportTopBrokers(platform: $platform, limit: 3) {\n    rank\n    name\n    label\n    contacts\n    effectiveSize\n    constraint\n  }\n  reportServiceCoverage(platform: $platform, belowShare: 0.2) {\n    category\n    servedMembers\n    share\n    providers\n  }\n}": types.TopBrokersReportDocument,
    "query TopFirmsByPageRank {\n  firms(where: {pageRank: {gt: 0}}, sort: [{pageRank: DESC}], limit: 10) {\n    name\n    pageRank\n    betweenness\n  }\n}": types.TopFirmsByPageRankDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChainAndCentrality($platform: ID! = \"Diyiqiang Group\", $chain: ID! = \"Yongkang hardware chain\") {\n  centralityRanking(measure: PAGERANK, top: 5, graph: {platform: $platform}) {\n    rank\n    name\n    score\n  }\n  chainCompleteness(chain: $chain, platform: $platform) {\n    coverage\n    depth\n    linkContinuity\n    gaps {\n      name\n      firmCount\n      minFirms\n      empty\n    }\n    thinStages {\n      name\n      reason\n    }\n    brokenLinks {\n      fromStageId\n      toStageId\n    }\n  }\n}"): (typeof documents)["query ChainAndCentrality($platform: ID! = \"Diyiqiang Group\", $chain: ID! = \"Yongkang hardware chain\") {\n  centralityRanking(measure: PAGERANK, top: 5, graph: {platform: $platform}) {\n    rank\n    name\n    score\n  }\n  chainCompleteness(chain: $chain, platform: $platform) {\n    coverage\n    depth\n    linkContinuity\n    gaps {\n      name\n      firmCount\n      minFirms\n      empty\n    }\n    thinStages {\n      name\n      reason\n    }\n    brokenLinks {\n      fromStageId\n      toStageId\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Changes($after: String) {\n  changes(first: 100, after: $after) {\n    endCursor\n    hasNextPage\n    changes {\n      kind\n      type\n      id\n      source\n      externalId\n      fromId\n      toId\n      ended\n      changedAt\n    }\n  }\n}"): (typeof documents)["query Changes($after: String) {\n  changes(first: 100, after: $after) {\n    endCursor\n    hasNextPage\n    changes {\n      kind\n      type\n      id\n      source\n      externalId\n      fromId\n      toId\n      ended\n      changedAt\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EcosystemHealth($platform: ID! = \"Diyiqiang Group\") {\n  ecosystemHealth(platform: $platform) {\n    activeMembers\n    populationBalance {\n      diversity\n      evenness\n    }\n    serviceCoverage {\n      category\n      selfImprovement\n      share\n    }\n    keystoneDependence {\n      largestComponent {\n        withPlatform\n        withoutPlatform\n      }\n    }\n  }\n}"): (typeof documents)["query EcosystemHealth($platform: ID! = \"Diyiqiang Group\") {\n  ecosystemHealth(platform: $platform) {\n    activeMembers\n    populationBalance {\n      diversity\n      evenness\n    }\n    serviceCoverage {\n      category\n      selfImprovement\n      share\n    }\n    keystoneDependence {\n      largestComponent {\n        withPlatform\n        withoutPlatform\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EcosystemServices($platform: String! = \"Diyiqiang Group\") {\n  ecosystemServices(platform: $platform) {\n    activeMembers\n    categories {\n      category\n      firmsServed\n      shareOfMembersServed\n      providers {\n        name\n        firmsServed\n      }\n    }\n  }\n}"): (typeof documents)["query EcosystemServices($platform: String! = \"Diyiqiang Group\") {\n  ecosystemServices(platform: $platform) {\n    activeMembers\n    categories {\n      category\n      firmsServed\n      shareOfMembersServed\n      providers {\n        name\n        firmsServed\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FilterFirmsAndProviders($region: String! = \"Yongkang\") {\n  firms(\n    where: {population: {eq: MANUFACTURER}, locatedIn: {some: {name: {eq: $region}}}}\n    limit: 10\n    sort: [{name: ASC}]\n  ) {\n    name\n    industry\n  }\n  serviceProviders(where: {categories: {includes: LEGAL}}, sort: [{name: ASC}]) {\n    name\n    categories\n  }\n}"): (typeof documents)["query FilterFirmsAndProviders($region: String! = \"Yongkang\") {\n  firms(\n    where: {population: {eq: MANUFACTURER}, locatedIn: {some: {name: {eq: $region}}}}\n    limit: 10\n    sort: [{name: ASC}]\n  ) {\n    name\n    industry\n  }\n  serviceProviders(where: {categories: {includes: LEGAL}}, sort: [{name: ASC}]) {\n    name\n    categories\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FirmsPage($after: String) {\n  firmsConnection(first: 20, after: $after, sort: [{name: ASC}]) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}"): (typeof documents)["query FirmsPage($after: String) {\n  firmsConnection(first: 20, after: $after, sort: [{name: ASC}]) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        name\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ListPlatforms {\n  platforms(sort: [{name: ASC}]) {\n    id\n    name\n  }\n}"): (typeof documents)["query ListPlatforms {\n  platforms(sort: [{name: ASC}]) {\n    id\n    name\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MemberAggregates($platform: String! = \"HC360\") {\n  firmsConnection(where: {memberOf: {some: {name: {eq: $platform}}}}) {\n    aggregate {\n      count {\n        nodes\n      }\n      node {\n        foundedYear {\n          min\n          max\n          average\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MemberAggregates($platform: String! = \"HC360\") {\n  firmsConnection(where: {memberOf: {some: {name: {eq: $platform}}}}) {\n    aggregate {\n      count {\n        nodes\n      }\n      node {\n        foundedYear {\n          min\n          max\n          average\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembersProvidersPlatforms($platform: String! = \"Diyiqiang Group\") {\n  platforms(where: {name: {eq: $platform}}) {\n    name\n    members(\n      where: {memberOfConnection: {some: {edge: {until: {eq: null}}}}}\n      limit: 10\n      sort: [{name: ASC}]\n    ) {\n      name\n      servedBy(limit: 5, sort: [{name: ASC}]) {\n        name\n        partnersWith(where: {NOT: {name: {eq: $platform}}}, limit: 5) {\n          name\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MembersProvidersPlatforms($platform: String! = \"Diyiqiang Group\") {\n  platforms(where: {name: {eq: $platform}}) {\n    name\n    members(\n      where: {memberOfConnection: {some: {edge: {until: {eq: null}}}}}\n      limit: 10\n      sort: [{name: ASC}]\n    ) {\n      name\n      servedBy(limit: 5, sort: [{name: ASC}]) {\n        name\n        partnersWith(where: {NOT: {name: {eq: $platform}}}, limit: 5) {\n          name\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MetricRuns {\n  metricRuns(sort: [{startedAt: DESC}], limit: 10) {\n    id\n    startedAt\n    metrics\n    parameters\n    durationMs\n  }\n}"): (typeof documents)["query MetricRuns {\n  metricRuns(sort: [{startedAt: DESC}], limit: 10) {\n    id\n    startedAt\n    metrics\n    parameters\n    durationMs\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlatformMembers($platform: String! = \"Diyiqiang Group\") {\n  platforms(where: {name: {eq: $platform}}) {\n    name\n    membersConnection(first: 5, where: {edge: {until: {eq: null}}}) {\n      totalCount\n      edges {\n        properties {\n          since\n          tier\n        }\n        node {\n          name\n          size\n          servedByConnection(first: 5) {\n            edges {\n              properties {\n                category\n              }\n              node {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PlatformMembers($platform: String! = \"Diyiqiang Group\") {\n  platforms(where: {name: {eq: $platform}}) {\n    name\n    membersConnection(first: 5, where: {edge: {until: {eq: null}}}) {\n      totalCount\n      edges {\n        properties {\n          since\n          tier\n        }\n        node {\n          name\n          size\n          servedByConnection(first: 5) {\n            edges {\n              properties {\n                category\n              }\n              node {\n                name\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RunMetrics($platform: ID! = \"Diyiqiang Group\") {\n  runMetrics(metrics: [PAGERANK, BETWEENNESS], graph: {platform: $platform}) {\n    id\n    durationMs\n    actorCount\n  }\n}"): (typeof documents)["mutation RunMetrics($platform: ID! = \"Diyiqiang Group\") {\n  runMetrics(metrics: [PAGERANK, BETWEENNESS], graph: {platform: $platform}) {\n    id\n    durationMs\n    actorCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SearchFirms($phrase: String! = \"hinge OR lock\") {\n  firmsByName(phrase: $phrase, first: 5) {\n    edges {\n      score\n      node {\n        name\n        description\n      }\n    }\n  }\n}"): (typeof documents)["query SearchFirms($phrase: String! = \"hinge OR lock\") {\n  firmsByName(phrase: $phrase, first: 5) {\n    edges {\n      score\n      node {\n        name\n        description\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SyncPartnerData($source: String! = \"crm-x\", $dryRun: Boolean = false) {\n  syncPartnerData(\n    source: $source\n    dryRun: $dryRun\n    actors: [{label: Firm, externalId: \"F-100\", name: \"Cixi Bearing Works\", population: MANUFACTURER, size: SMALL}, {label: Platform, externalId: \"PLT-1\", name: \"Ningbo Parts Exchange\"}]\n    relationships: [{type: MEMBER_OF, from: {externalId: \"F-100\"}, to: {externalId: \"PLT-1\"}, since: \"2019-04-01\", tier: \"gold\"}]\n  ) {\n    complete\n    counts {\n      CREATED\n      UPDATED\n      UNCHANGED\n      REJECTED\n    }\n    outcomes {\n      kind\n      position\n      key\n      outcome\n      reason\n      id\n    }\n    batches {\n      kind\n      index\n      records\n      committed\n    }\n  }\n}"): (typeof documents)["mutation SyncPartnerData($source: String! = \"crm-x\", $dryRun: Boolean = false) {\n  syncPartnerData(\n    source: $source\n    dryRun: $dryRun\n    actors: [{label: Firm, externalId: \"F-100\", name: \"Cixi Bearing Works\", population: MANUFACTURER, size: SMALL}, {label: Platform, externalId: \"PLT-1\", name: \"Ningbo Parts Exchange\"}]\n    relationships: [{type: MEMBER_OF, from: {externalId: \"F-100\"}, to: {externalId: \"PLT-1\"}, since: \"2019-04-01\", tier: \"gold\"}]\n  ) {\n    complete\n    counts {\n      CREATED\n      UPDATED\n      UNCHANGED\n      REJECTED\n    }\n    outcomes {\n      kind\n      position\n      key\n      outcome\n      reason\n      id\n    }\n    batches {\n      kind\n      index\n      records\n      committed\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TopBrokersReport($platform: ID! = \"Diyiqiang Group\") {\n  reportTopBrokers(platform: $platform, limit: 3) {\n    rank\n    name\n    label\n    contacts\n    effectiveSize\n    constraint\n  }\n  reportServiceCoverage(platform: $platform, belowShare: 0.2) {\n    category\n    servedMembers\n    share\n    providers\n  }\n}"): (typeof documents)["query TopBrokersReport($platform: ID! = \"Diyiqiang Group\") {\n  reportTopBrokers(platform: $platform, limit: 3) {\n    rank\n    name\n    label\n    contacts\n    effectiveSize\n    constraint\n  }\n  reportServiceCoverage(platform: $platform, belowShare: 0.2) {\n    category\n    servedMembers\n    share\n    providers\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TopFirmsByPageRank {\n  firms(where: {pageRank: {gt: 0}}, sort: [{pageRank: DESC}], limit: 10) {\n    name\n    pageRank\n    betweenness\n  }\n}"): (typeof documents)["query TopFirmsByPageRank {\n  firms(where: {pageRank: {gt: 0}}, sort: [{pageRank: DESC}], limit: 10) {\n    name\n    pageRank\n    betweenness\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;