import {
  GraphQLError,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLArgument,
  getNamedType,
  isListType,
  getNullableType,
  type ASTVisitor,
  type ArgumentNode,
  type ValueNode,
  type VariableDefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLCompositeType,
} from "graphql";
import type { ApolloServerPlugin } from "@apollo/server";
import { quoteBounded } from "../bounded-text";
import type { QueryLimits } from "../config";
import type { GraphQLContext } from "../graphql/context";

/** Arguments that set how many items a list field returns. */
const PAGE_ARGUMENTS = ["limit", "first", "top"];
/**
 * Items a list is assumed to hold when the request gives no page size. Most nested lists (a firm's
 * providers, a chain's stages) are short; a request that nests many unbounded lists still multiplies
 * this at every level and is refused.
 */
const ASSUMED_PAGE = 10;

/**
 * The cost hint of a code-first list whose size the code fixes (the seven strategies of an
 * assessment, the one step of a candidate): the field's `extensions.listSize`, set with
 * type-graphql's `@Extensions({ listSize: n })`. It is the most items the list can hold, so the
 * estimate stays an upper bound; a list whose size depends on the data carries no hint.
 */
function listSizeHint(field: GraphQLField<unknown, unknown> | undefined): number | undefined {
  const hint = (field?.extensions as { listSize?: unknown } | undefined)?.listSize;
  return typeof hint === "number" && Number.isInteger(hint) && hint >= 0 ? hint : undefined;
}

/**
 * Validation rules that refuse a request before anything runs: too deep, too many aliases or
 * directives, too costly. Each error names the measured value and the limit. Introspection
 * fields (`__schema`, `__type`) are not counted: whether introspection is allowed at all is its
 * own setting. (The token limit is enforced by the parser: ApolloServer's `parseOptions`.)
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    (context) => atDocumentEnd(() => checkDepth(context, limits.maxDepth)),
    (context) => atDocumentEnd(() => checkAliases(context, limits.maxAliases)),
    (context) => atDocumentEnd(() => checkDirectives(context, limits.maxDirectives)),
    (context) => atDocumentEnd(() => checkCost(context, limits)),
    finiteFloatsRule,
  ];
}

/**
 * Alias names that are properties of every JavaScript object. Libraries keep results in plain
 * objects keyed by alias (@neo4j/graphql's resolve tree does), so `constructor: firms { … }` or
 * `__proto__: firms { … }` reads or overwrites the object's own machinery and ends as an internal
 * error. They are refused as the caller's mistake; any other alias works.
 */
const RESERVED_ALIASES = new Set([...Object.getOwnPropertyNames(Object.prototype), "__proto__"]);

/**
 * A Float literal too large for a double (`1e309`) is Infinity in graphql-js, which accepts it;
 * Neo4j would store or compare an infinite number. Refused (variables are refused by graphql-js
 * itself: JSON has no Infinity, and its Float checks a variable's value).
 */
const finiteFloatsRule: ValidationRule = (context) => ({
  FloatValue(node) {
    if (!Number.isFinite(Number(node.value))) {
      context.reportError(
        new GraphQLError(`A Float must be a finite number, but the request has ${quoteBounded(node.value)}, which is beyond the range of a double.`, {
          nodes: [node],
          extensions: { code: "BAD_USER_INPUT" },
        }),
      );
    }
  },
});

/**
 * Refuses an operation whose type the schema does not have (a `subscription`: Ecograph serves
 * none) while validating, with a 400. graphql-js 16 only finds out while executing, and reports
 * it as an internal error ("Schema is not configured to execute subscription operation").
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === "query" ? schema.getQueryType() : node.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) {
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} operations; send a query or a mutation.`, { nodes: [node], extensions: { code: "OPERATION_NOT_SUPPORTED" } }),
      );
    }
  },
});

function atDocumentEnd(check: () => void): ASTVisitor {
  return { Document: { leave: check } };
}

function limitError(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

function fragmentsOf(context: ValidationContext): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

function operationsOf(context: ValidationContext) {
  return context.getDocument().definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
}

function checkDepth(context: ValidationContext, maxDepth: number): void {
  const fragments = fragmentsOf(context);
  const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visiting));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue; // unknown or cyclic: other rules report it
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...visiting, name])));
      }
      if (deepest > maxDepth) return deepest; // deep enough to refuse; stop walking a hostile tree
    }
    return deepest;
  };
  for (const operation of operationsOf(context)) {
    const depth = depthOf(operation.selectionSet, new Set());
    if (depth > maxDepth) {
      context.reportError(
        limitError("QUERY_TOO_DEEP", `The request nests fields ${depth} levels deep; the most allowed is ${maxDepth}. Ask for less at once, or page through it.`),
      );
      return;
    }
  }
}

/**
 * Calls `visit` on every AST node of a document (operations, fragments, fields, arguments,
 * directives ...). Object and list literals are not entered: they hold no fields or directives,
 * and a hostile one nests deep enough to overflow a recursive walk.
 */
function forEachNode(root: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (Array.isArray(root)) return root.forEach((child) => forEachNode(child, visit));
  if (root === null || typeof root !== "object") return;
  const node = root as Record<string, unknown>;
  visit(node);
  if (isValueLiteral(node)) return;
  for (const [key, value] of Object.entries(node)) if (key !== "loc") forEachNode(value, visit);
}

function countNodes(context: ValidationContext, matches: (node: Record<string, unknown>) => boolean): number {
  let count = 0;
  forEachNode(context.getDocument().definitions, (node) => {
    if (matches(node)) count += 1;
  });
  return count;
}

function checkAliases(context: ValidationContext, maxAliases: number): void {
  const reserved = new Set<string>();
  forEachNode(context.getDocument().definitions, (node) => {
    const alias = node.kind === Kind.FIELD ? (node as unknown as FieldNode).alias?.value : undefined;
    if (alias !== undefined && RESERVED_ALIASES.has(alias)) reserved.add(alias);
  });
  if (reserved.size > 0) {
    context.reportError(
      limitError(
        "BAD_USER_INPUT",
        `An alias may not be named ${[...reserved].map((a) => JSON.stringify(a)).join(", ")}: those are the names of built-in properties of ` +
          "JavaScript objects. Choose another alias.",
      ),
    );
  }
  const aliases = countNodes(context, (node) => node.kind === Kind.FIELD && Boolean(node.alias));
  if (aliases > maxAliases) {
    context.reportError(limitError("TOO_MANY_ALIASES", `The request uses ${aliases} aliases; the most allowed is ${maxAliases}.`));
  }
}

function checkDirectives(context: ValidationContext, maxDirectives: number): void {
  const directives = countNodes(context, (node) => node.kind === Kind.DIRECTIVE);
  if (directives > maxDirectives) {
    context.reportError(limitError("TOO_MANY_DIRECTIVES", `The request uses ${directives} directives; the most allowed is ${maxDirectives}.`));
  }
}

/**
 * Estimated cost: every field costs 1, multiplied by the page sizes of the lists it sits in, so
 * the estimate is the number of values the request can return, counted with the page sizes that
 * will really apply:
 * - a literal page size (`limit`, `first`, `top`) counts as given, and 0 or null as the default
 *   page, since that is what runs (requestInputPlugin drops them);
 * - a page size in a variable counts as the largest page (validation runs before variables are
 *   known);
 * - a field with a page argument that the request leaves out counts the argument's default, or
 *   LIMIT_DEFAULT_PAGE_SIZE for the generated lists (`@limit(default)`);
 * - a list filtered on a unique key (`where: { id: { eq: … } }`, or `source` and `externalId`
 *   both with `eq`) holds at most one node;
 * - a list without any page argument (a code-first list such as a chain's stages) is assumed to
 *   hold ASSUMED_PAGE items, unless its size is fixed by the code and declared (listSizeHint).
 * A connection's `first` sizes its `edges` list (not its `totalCount` or `pageInfo`).
 */
function checkCost(context: ValidationContext, limits: QueryLimits): void {
  const schema = context.getSchema();
  let exceeded = false;
  let cost = 0;
  for (const operation of operationsOf(context)) {
    const root =
      operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
    const estimate = estimateCost(schema, context.getDocument(), root ?? undefined, operation.selectionSet, limits);
    cost = estimate.cost;
    exceeded = estimate.exceeded;
    if (cost > limits.maxCost) break;
  }
  if (cost > limits.maxCost) {
    context.reportError(
      limitError(
        "QUERY_TOO_COSTLY",
        `The request's estimated cost is ${exceeded ? "more than " : ""}${cost} (fields × the page sizes of the lists they are in); ` +
          `the most allowed is ${limits.maxCost} (LIMIT_MAX_COST). Ask for smaller pages (limit / first / top) or fewer nested lists.`,
      ),
    );
  }
}

/**
 * The estimate checkCost compares with LIMIT_MAX_COST, for one operation (exported for the test
 * that compares it with what requests really return). `exceeded` is true when counting stopped
 * early because the estimate was already above the limit.
 */
export function estimateCost(
  schema: ReturnType<ValidationContext["getSchema"]>,
  document: DocumentNode,
  root: GraphQLCompositeType | undefined,
  selectionSet: SelectionSetNode,
  limits: Pick<QueryLimits, "maxCost" | "maxPageSize" | "defaultPageSize">,
): { cost: number; exceeded: boolean } {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let exceeded = false;

  /** `connectionPage`: the selections are a connection's, whose `first` sizes its `edges` only. */
  const costOf = (
    parentType: GraphQLCompositeType | undefined,
    selections: SelectionSetNode | undefined,
    multiplier: number,
    visiting: Set<string>,
    connectionPage?: number,
  ): number => {
    let total = 0;
    for (const selection of selections?.selections ?? []) {
      if (exceeded) return total;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        const field = fieldOf(parentType, selection.name.value);
        const isList = field !== undefined && isListType(getNullableType(field.type));
        const pageArgument = field?.args.find((argument) => PAGE_ARGUMENTS.includes(argument.name));
        const pagesConnection = pageArgument !== undefined && !isList; // a connection's `first`
        let page: number;
        if (connectionPage !== undefined) page = selection.name.value === "edges" ? connectionPage : 1;
        else if (pageArgument !== undefined) page = pagesConnection ? 1 : pageSizeOf(selection, pageArgument, limits);
        else page = isList ? (listSizeHint(field) ?? ASSUMED_PAGE) : 1;
        if (filtersOnUniqueKey(selection)) page = 1;
        const childType = field ? getNamedType(field.type) : undefined;
        const childConnectionPage = pagesConnection ? (filtersOnUniqueKey(selection) ? 1 : pageSizeOf(selection, pageArgument, limits)) : undefined;
        // Capped just above the limit: a hostile nesting of lists would otherwise reach Infinity.
        const childMultiplier = Math.min(multiplier * page, limits.maxCost + 1);
        total +=
          multiplier +
          costOf(isComposite(childType) ? childType : undefined, selection.selectionSet, childMultiplier, visiting, childConnectionPage);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parentType;
        total += costOf(isComposite(type) ? type : parentType, selection.selectionSet, multiplier, visiting, connectionPage);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        total += costOf(isComposite(type) ? type : parentType, fragment.selectionSet, multiplier, new Set([...visiting, name]), connectionPage);
      }
      if (total > limits.maxCost) exceeded = true;
    }
    return total;
  };

  const cost = costOf(root, selectionSet, 1, new Set());
  return { cost, exceeded };
}

function isComposite(type: unknown): type is GraphQLCompositeType {
  return isObjectType(type) || isInterfaceType(type) || isUnionType(type);
}

function fieldOf(parentType: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parentType || isUnionType(parentType)) return undefined;
  return parentType.getFields()[name];
}

/**
 * The page a field will return: its page argument as given (a variable: the largest page), or,
 * when left out, 0 or null, the argument's default, or the generated lists' default page.
 */
function pageSizeOf(node: FieldNode, definition: GraphQLArgument, limits: Pick<QueryLimits, "maxPageSize" | "defaultPageSize">): number {
  const fallback = typeof definition.defaultValue === "number" && definition.defaultValue > 0 ? definition.defaultValue : limits.defaultPageSize;
  const given = node.arguments?.find((argument) => argument.name.value === definition.name);
  if (given === undefined) return fallback;
  if (given.value.kind === Kind.VARIABLE) return limits.maxPageSize;
  if (given.value.kind === Kind.INT) {
    const size = Number(given.value.value);
    return size > 0 ? size : fallback;
  }
  return fallback;
}

/** `where: { id: { eq: … } }`, or `source` and `externalId` both with `eq`: at most one node. */
function filtersOnUniqueKey(node: FieldNode): boolean {
  const where = node.arguments?.find((argument) => argument.name.value === "where")?.value;
  if (where?.kind !== Kind.OBJECT) return false;
  const hasEq = (name: string) => {
    const field = where.fields.find((f) => f.name.value === name)?.value;
    return field?.kind === Kind.OBJECT && field.fields.some((f) => f.name.value === "eq" && f.value.kind !== Kind.NULL);
  };
  return hasEq("id") || (hasEq("source") && hasEq("externalId"));
}

/**
 * Refuses, with the variables known and before anything runs, what the validation rules cannot
 * see, and rewrites what means "the default page", in one pass over the document:
 * - a page larger than LIMIT_MAX_PAGE_SIZE (`limit`, `first`, `top`): PAGE_TOO_LARGE. Without this
 *   the generated lists would quietly clamp the page, and a client would think it had everything;
 * - a negative page or offset, which would fail in Neo4j's LIMIT / SKIP as an internal error;
 * - an argument, a default value or a variable nesting deeper than LIMIT_MAX_INPUT_DEPTH
 *   (INPUT_TOO_DEEP): a few kilobytes of `{"AND":[{"AND":[...]}]}` overflow the stack in
 *   graphql-js's variable coercion (about 2,000 levels) or in @neo4j/graphql's translation
 *   (about 1,000);
 * - a list in an argument longer than LIMIT_MAX_LIST_ITEMS (an `in` of 100,000 ids): LIST_TOO_LONG
 *   (the record lists of the sync mutations have their own bound, SYNC_MAX_RECORDS);
 * - more AND / OR / NOT operands than LIMIT_MAX_FILTER_BRANCHES: FILTER_TOO_COMPLEX (an OR of 300
 *   relationship filters held Neo4j for 13 s);
 * - a sort list longer than LIMIT_MAX_SORT_KEYS: SORT_TOO_LONG;
 * - a full-text search phrase longer than LIMIT_MAX_SEARCH_PHRASE (SEARCH_PHRASE_TOO_LONG; Lucene
 *   parsing a million words outlives the transaction timeout), or without a word (BAD_USER_INPUT);
 * - an `after` cursor of a generated connection that is not one it returned (BAD_USER_INPUT:
 *   @neo4j/graphql would silently start from the beginning, or fail in SKIP on a negative offset);
 * - a page size of 0 or null: the argument is dropped, so the default page applies (the
 *   generated lists would otherwise return everything).
 * Values are measured with explicit stacks, so the checks cannot overflow.
 */
export function requestInputPlugin(limits: QueryLimits): ApolloServerPlugin<GraphQLContext> {
  // The checks are a pure function of the document and the variables. Apollo Server hands the
  // same parsed DocumentNode to every request with the same query text (its document store), so a
  // document that passed with these variables passes again: the result is kept per document (a
  // WeakMap, gone with the document) and per variables text (short variables only, a few sets per
  // document). Refusals are not kept; they are recomputed, with their message, every time.
  const passed = new WeakMap<DocumentNode, Map<string, DocumentNode>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(requestContext) {
          const { document, request, schema } = requestContext;
          const variables = request.variables ?? {};
          const key = cacheKeyOf(variables);
          let known = passed.get(document);
          let rewritten = key === undefined ? undefined : known?.get(key);
          if (rewritten === undefined) {
            rewritten = checkRequestInput(schema, document, variables, limits);
            if (key !== undefined) {
              if (!known) passed.set(document, (known = new Map()));
              if (known.size >= PASSED_PER_DOCUMENT) known.delete(known.keys().next().value!);
              known.set(key, rewritten);
            }
          }
          // Execution reads the document from the request context after this hook.
          if (rewritten !== document) (requestContext as { document: DocumentNode }).document = rewritten;
        },
      };
    },
  };
}

/** Sets of variables remembered per document by requestInputPlugin. */
const PASSED_PER_DOCUMENT = 16;
/** Variables longer than this (as JSON) are checked every time rather than kept as a cache key. */
const MAX_CACHED_VARIABLES_CHARS = 1_024;

function cacheKeyOf(variables: Readonly<Record<string, unknown>>): string | undefined {
  let text: string;
  try {
    text = JSON.stringify(variables);
  } catch {
    return undefined;
  }
  return text.length <= MAX_CACHED_VARIABLES_CHARS ? text : undefined;
}

/**
 * The checks of requestInputPlugin, without Apollo Server: throws a GraphQLError (HTTP 400) for
 * the first kind of problem found, else returns the document to execute (the same one when no
 * page argument had to be dropped).
 */
export function checkRequestInput(
  schema: ReturnType<ValidationContext["getSchema"]>,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  limits: QueryLimits,
): DocumentNode {
  const maxDepth = limits.maxInputDepth;
  const valueOf = (value: ValueNode) =>
    value.kind === Kind.VARIABLE ? variables[value.name.value] : value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.STRING ? value.value : value.kind === Kind.NULL ? null : undefined;
  const refuse = (code: string, message: string): never => {
    throw new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
  };

  // 1. Depth first: every later step walks values, which is safe once their depth is bounded.
  const deepest: string[] = [];
  for (const [name, value] of Object.entries(variables)) {
    if (jsonDepth(value, maxDepth) > maxDepth) deepest.push(`variable $${name}`);
  }
  forEachNode(document.definitions, (node) => {
    if (node.kind === Kind.ARGUMENT) {
      const argument = node as unknown as ArgumentNode;
      if (literalDepth(argument.value, maxDepth) > maxDepth) deepest.push(`argument ${argument.name.value}`);
    } else if (node.kind === Kind.VARIABLE_DEFINITION) {
      const definition = node as unknown as VariableDefinitionNode;
      if (definition.defaultValue && literalDepth(definition.defaultValue, maxDepth) > maxDepth) {
        deepest.push(`the default value of $${definition.variable.name.value}`);
      }
    }
  });
  if (deepest.length > 0) {
    refuse(
      "INPUT_TOO_DEEP",
      `Input values may nest at most ${maxDepth} levels (objects and lists; LIMIT_MAX_INPUT_DEPTH), but ${deepest.slice(0, 5).join(", ")} nests deeper. ` +
        "Flatten the filter: AND / OR take a list.",
    );
  }

  // 2. Page sizes, lists, filters, sort keys, phrases, cursors: field by field, with its definition.
  const negative: string[] = [];
  const tooLarge: string[] = [];
  const longLists: string[] = [];
  const longSorts: string[] = [];
  const longPhrases: number[] = [];
  const emptyPhrases: string[] = [];
  const badCursors: string[] = [];
  let branches = 0;
  const typeInfo = new TypeInfo(schema);
  const mutationType = schema.getMutationType();
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(field) {
        const definition = typeInfo.getFieldDef();
        const named = definition ? getNamedType(definition.type) : undefined;
        // The generated connections (@neo4j/graphql names them *Connection) take offset cursors; a
        // code-first page type (RankingPage) checks its own cursors.
        const isRelayConnection = isObjectType(named) && named.name.endsWith("Connection") && "edges" in named.getFields() && "pageInfo" in named.getFields();
        const isSyncMutation = mutationType !== null && mutationType !== undefined && typeInfo.getParentType() === mutationType && field.name.value.startsWith("sync");
        const shown = field.alias?.value ?? field.name.value;
        for (const argument of field.arguments ?? []) {
          const name = argument.name.value;
          const value = valueOf(argument.value);
          if (PAGE_ARGUMENTS.includes(name) || name === "offset") {
            if (typeof value !== "number") continue;
            const asked = `${shown}(${name}: ${value})`;
            if (value < 0) negative.push(asked);
            else if (PAGE_ARGUMENTS.includes(name) && value > limits.maxPageSize) tooLarge.push(asked);
            continue;
          }
          if (name === "phrase" && typeof value === "string") {
            if (value.length > limits.maxSearchPhrase) longPhrases.push(value.length);
            else if (value.trim() === "") emptyPhrases.push(shown);
            continue;
          }
          if (name === "after" && isRelayConnection && typeof value === "string" && connectionOffset(value) === undefined) {
            badCursors.push(`${shown}(after: ${quoteBounded(value, 60)})`);
            continue;
          }
          const resolved = valueFromASTUntyped(argument.value, variables as Record<string, unknown>);
          const measured = measureInput(resolved, limits.maxListItems, isSyncMutation);
          branches += measured.branches;
          if (measured.longestList > limits.maxListItems) longLists.push(`${shown}(${name}: a list of ${measured.longestList})`);
          if (name === "sort" && Array.isArray(resolved) && resolved.length > limits.maxSortKeys) {
            longSorts.push(`${shown}(sort: ${resolved.length} keys)`);
          }
        }
        return undefined;
      },
    }),
  );
  if (negative.length > 0) {
    refuse("BAD_USER_INPUT", `A page size or offset cannot be negative, but the request asks for ${negative.slice(0, 5).join(", ")}. Use 0 or more.`);
  }
  if (tooLarge.length > 0) {
    refuse(
      "PAGE_TOO_LARGE",
      `A page may hold at most ${limits.maxPageSize} items (LIMIT_MAX_PAGE_SIZE), but the request asks for ${tooLarge.slice(0, 5).join(", ")}. ` +
        "Page through the rest with offset or after.",
    );
  }
  if (branches > limits.maxFilterBranches) {
    refuse(
      "FILTER_TOO_COMPLEX",
      `The filters of a request may have at most ${limits.maxFilterBranches} AND / OR / NOT operands in all (LIMIT_MAX_FILTER_BRANCHES), ` +
        `but this one has ${branches}. Use \`in\` for a list of values, or split the request.`,
    );
  }
  if (longSorts.length > 0) {
    refuse(
      "SORT_TOO_LONG",
      `A sort list may have at most ${limits.maxSortKeys} keys (LIMIT_MAX_SORT_KEYS), but the request sends ${longSorts.slice(0, 5).join(", ")}.`,
    );
  }
  if (longLists.length > 0) {
    refuse(
      "LIST_TOO_LONG",
      `A list in an argument may hold at most ${limits.maxListItems} items (LIMIT_MAX_LIST_ITEMS), but the request sends ${longLists.slice(0, 5).join(", ")}. ` +
        "Split it into several requests.",
    );
  }
  if (longPhrases.length > 0) {
    refuse(
      "SEARCH_PHRASE_TOO_LONG",
      `A search phrase may be at most ${limits.maxSearchPhrase} characters long (LIMIT_MAX_SEARCH_PHRASE), but this one has ${Math.max(...longPhrases)}. ` +
        "Search for a few words.",
    );
  }
  if (emptyPhrases.length > 0) {
    refuse("BAD_USER_INPUT", `A search phrase must contain at least one word, but ${emptyPhrases.join(", ")} has an empty phrase.`);
  }
  if (badCursors.length > 0) {
    refuse(
      "BAD_USER_INPUT",
      `after must be a cursor returned by the same connection (pageInfo.endCursor or an edge's cursor), but the request sends ${badCursors.slice(0, 5).join(", ")}. ` +
        "Leave after out to start from the beginning.",
    );
  }

  // 3. A page size of 0 or null means the default page: drop the argument, so the field's default applies.
  const isDefaultPage = (value: ValueNode) => {
    const given = valueOf(value);
    return given === 0 || given === null;
  };
  let changed = false;
  const rewritten = visit(document, {
    Field(field) {
      const kept = (field.arguments ?? []).filter((argument) => !(PAGE_ARGUMENTS.includes(argument.name.value) && isDefaultPage(argument.value)));
      if (kept.length === (field.arguments ?? []).length) return undefined;
      changed = true;
      return { ...field, arguments: kept };
    },
  });
  return changed ? rewritten : document;
}

/**
 * The offset in a cursor of a generated connection (graphql-relay's `arrayconnection:<offset>`,
 * base64), or undefined when it is not one.
 */
export function connectionOffset(cursor: string): number | undefined {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(cursor)) return undefined;
  const match = /^arrayconnection:(\d{1,15})$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  return match ? Number(match[1]) : undefined;
}

/**
 * The longest list in an input value and its number of AND / OR / NOT operands, with an explicit
 * stack. `outerListExempt`: the value's own top-level list is not counted (the record lists of a
 * sync, bounded by SYNC_MAX_RECORDS).
 */
function measureInput(root: unknown, stopAbove: number, outerListExempt: boolean): { longestList: number; branches: number } {
  let longestList = 0;
  let branches = 0;
  const stack: Array<[unknown, boolean]> = [[root, outerListExempt]];
  while (stack.length > 0) {
    const [value, exempt] = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value)) {
      if (!exempt) longestList = Math.max(longestList, value.length);
      if (longestList > stopAbove) return { longestList, branches };
      for (const item of value) stack.push([item, false]);
      continue;
    }
    for (const [key, child] of Object.entries(value)) {
      if ((key === "AND" || key === "OR") && Array.isArray(child)) branches += child.length;
      else if (key === "NOT" && child !== null && typeof child === "object") branches += 1;
      stack.push([child, false]);
    }
  }
  return { longestList, branches };
}

/**
 * An object or list literal in the document. The walkers above do not descend into them: they
 * hold no fields or directives, and a hostile one nests deep enough to overflow a recursive walk.
 */
function isValueLiteral(node: Record<string, unknown>): boolean {
  return node.kind === Kind.OBJECT || node.kind === Kind.LIST;
}

/**
 * Nesting depth of a value whose containers `childrenOf` opens (it returns undefined for a leaf;
 * a leaf is 0), counted no further than `stopAbove` + 1. An explicit stack, so a hostile value
 * cannot overflow the check itself.
 */
function nestingDepth<T>(root: T, childrenOf: (value: T) => readonly T[] | undefined, stopAbove: number): number {
  let deepest = 0;
  const stack: Array<[T, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    const children = childrenOf(value);
    if (children === undefined) continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > stopAbove) return deepest;
    for (const child of children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Nesting depth of a JSON value: objects and arrays. */
function jsonDepth(root: unknown, stopAbove: number): number {
  return nestingDepth<unknown>(
    root,
    (value) => (value === null || typeof value !== "object" ? undefined : Array.isArray(value) ? value : Object.values(value)),
    stopAbove,
  );
}

/** Nesting depth of a literal in the document: object and list values. */
function literalDepth(root: ValueNode, stopAbove: number): number {
  return nestingDepth<ValueNode>(
    root,
    (value) => (value.kind === Kind.LIST ? value.values : value.kind === Kind.OBJECT ? value.fields.map((field) => field.value) : undefined),
    stopAbove,
  );
}
