import {
  GraphQLError,
  Kind,
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
  ];
}

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
 * Estimated cost: every field costs 1, multiplied by the page sizes of the lists it sits in. A
 * list's page size is its `limit` / `first` / `top` argument (the largest page size when that is
 * a variable, since validation runs before variables are known), or ASSUMED_PAGE when the request
 * does not give one. A connection's `first` sizes its `edges` list.
 */
function checkCost(context: ValidationContext, limits: QueryLimits): void {
  const schema = context.getSchema();
  const fragments = fragmentsOf(context);
  let exceeded = false;

  const costOf = (
    parentType: GraphQLCompositeType | undefined,
    selectionSet: SelectionSetNode | undefined,
    multiplier: number,
    visiting: Set<string>,
    pagedByParent = false,
  ): number => {
    let total = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (exceeded) return total;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith("__")) continue;
        const field = fieldOf(parentType, selection.name.value);
        const explicitPage = pageArgumentOf(selection, limits.maxPageSize);
        const isList = field !== undefined && isListType(getNullableType(field.type));
        const page = explicitPage ?? (isList && !pagedByParent ? ASSUMED_PAGE : 1);
        const childType = field ? getNamedType(field.type) : undefined;
        const pagesChildren = explicitPage !== undefined && !isList; // a connection's `first`
        // Capped just above the limit: a hostile nesting of lists would otherwise reach Infinity.
        const childMultiplier = Math.min(multiplier * page, limits.maxCost + 1);
        total +=
          multiplier +
          costOf(isComposite(childType) ? childType : undefined, selection.selectionSet, childMultiplier, visiting, pagesChildren);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        const type = typeName ? schema.getType(typeName) : parentType;
        total += costOf(isComposite(type) ? type : parentType, selection.selectionSet, multiplier, visiting);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || visiting.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        total += costOf(isComposite(type) ? type : parentType, fragment.selectionSet, multiplier, new Set([...visiting, name]));
      }
      if (total > limits.maxCost) exceeded = true;
    }
    return total;
  };

  for (const operation of operationsOf(context)) {
    const root =
      operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
    const cost = costOf(root ?? undefined, operation.selectionSet, 1, new Set());
    if (cost > limits.maxCost) {
      context.reportError(
        limitError(
          "QUERY_TOO_COSTLY",
          `The request's estimated cost is ${exceeded ? "more than " : ""}${cost} (fields × the page sizes of the lists they are in); ` +
            `the most allowed is ${limits.maxCost}. Ask for smaller pages (limit / first / top) or fewer nested lists.`,
        ),
      );
      return;
    }
  }
}

function isComposite(type: unknown): type is GraphQLCompositeType {
  return isObjectType(type) || isInterfaceType(type) || isUnionType(type);
}

function fieldOf(parentType: GraphQLCompositeType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parentType || isUnionType(parentType)) return undefined;
  return parentType.getFields()[name];
}

/** The page size a field's `limit` / `first` / `top` argument asks for, if it has one. */
function pageArgumentOf(node: FieldNode, maxPageSize: number): number | undefined {
  for (const argument of node.arguments ?? []) {
    if (!PAGE_ARGUMENTS.includes(argument.name.value)) continue;
    if (argument.value.kind === Kind.INT) return Math.max(1, Number(argument.value.value));
    if (argument.value.kind === Kind.VARIABLE) return maxPageSize;
  }
  return undefined;
}

/**
 * Deepest nesting of an input value (objects and lists: a filter's `AND: [{ OR: [...] }]`, a
 * variable's JSON). Filters written by hand or by a query builder stay far below it. Without a
 * bound, a few kilobytes of `{"AND":[{"AND":[...]}]}` overflow the stack in graphql-js's
 * variable coercion (about 2,000 levels) or in @neo4j/graphql's translation (about 1,000) and
 * come back as an internal error.
 */
export const MAX_INPUT_DEPTH = 32;

/**
 * Longest full-text search phrase (the `phrase` argument of the generated `…ByName` searches).
 * Neo4j hands the phrase to Lucene's query parser as it is, and parsing a phrase of a million
 * words holds a Neo4j thread for longer than the transaction timeout before Lucene gives up
 * (it allows 1,024 clauses). A thousand characters is far more than anyone types into a search
 * box.
 */
export const MAX_SEARCH_PHRASE = 1_000;

/**
 * Refuses, with the variables known and before anything runs, what the validation rules cannot
 * see and nothing else bounds, in one walk over the document:
 * - a page larger than LIMIT_MAX_PAGE_SIZE (`limit`, `first`, `top`): PAGE_TOO_LARGE. Without this
 *   the generated lists would quietly clamp the page, and a client would think it had everything;
 * - a negative page or offset, which would fail in Neo4j's LIMIT / SKIP as an internal error;
 * - an argument, a default value or a variable nesting deeper than MAX_INPUT_DEPTH: INPUT_TOO_DEEP;
 * - a full-text search phrase longer than MAX_SEARCH_PHRASE: SEARCH_PHRASE_TOO_LONG.
 * Values are measured with an explicit stack, so the check itself cannot overflow.
 */
export function requestInputPlugin(
  maxPageSize: number,
  maxDepth = MAX_INPUT_DEPTH,
  maxPhrase = MAX_SEARCH_PHRASE,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const variables = request.variables ?? {};
          const valueOf = (value: ValueNode) =>
            value.kind === Kind.VARIABLE ? variables[value.name.value] : value.kind === Kind.INT ? Number(value.value) : value.kind === Kind.STRING ? value.value : undefined;
          const tooLarge: string[] = [];
          const negative: string[] = [];
          const deepest: string[] = [];
          const longPhrases: number[] = [];
          for (const [name, value] of Object.entries(variables)) {
            if (jsonDepth(value, maxDepth) > maxDepth) deepest.push(`variable $${name}`);
          }
          forEachNode(document.definitions, (node) => {
            if (node.kind === Kind.FIELD) {
              const field = node as unknown as FieldNode;
              for (const argument of field.arguments ?? []) {
                const name = argument.name.value;
                if (!PAGE_ARGUMENTS.includes(name) && name !== "offset") continue;
                const value = valueOf(argument.value);
                if (typeof value !== "number") continue;
                const asked = `${field.alias?.value ?? field.name.value}(${name}: ${value})`;
                if (value < 0) negative.push(asked);
                else if (PAGE_ARGUMENTS.includes(name) && value > maxPageSize) tooLarge.push(asked);
              }
            } else if (node.kind === Kind.ARGUMENT) {
              const argument = node as unknown as ArgumentNode;
              if (literalDepth(argument.value, maxDepth) > maxDepth) deepest.push(`argument ${argument.name.value}`);
              const phrase = argument.name.value === "phrase" ? valueOf(argument.value) : undefined;
              if (typeof phrase === "string" && phrase.length > maxPhrase) longPhrases.push(phrase.length);
            } else if (node.kind === Kind.VARIABLE_DEFINITION) {
              const definition = node as unknown as VariableDefinitionNode;
              if (definition.defaultValue && literalDepth(definition.defaultValue, maxDepth) > maxDepth) {
                deepest.push(`the default value of $${definition.variable.name.value}`);
              }
            }
          });
          const refuse = (code: string, message: string) => {
            throw new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
          };
          if (negative.length > 0) {
            refuse("BAD_USER_INPUT", `A page size or offset cannot be negative, but the request asks for ${negative.join(", ")}. Use 0 or more.`);
          }
          if (tooLarge.length > 0) {
            refuse(
              "PAGE_TOO_LARGE",
              `A page may hold at most ${maxPageSize} items, but the request asks for ${tooLarge.join(", ")}. Page through the rest with offset or after.`,
            );
          }
          if (deepest.length > 0) {
            refuse(
              "INPUT_TOO_DEEP",
              `Input values may nest at most ${maxDepth} levels (objects and lists), but ${deepest.join(", ")} nests deeper. ` +
                "Flatten the filter: AND / OR take a list of any length.",
            );
          }
          if (longPhrases.length > 0) {
            refuse(
              "SEARCH_PHRASE_TOO_LONG",
              `A search phrase may be at most ${maxPhrase} characters long, but this one has ${Math.max(...longPhrases)}. Search for a few words.`,
            );
          }
        },
      };
    },
  };
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
