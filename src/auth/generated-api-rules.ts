import {
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DocumentNode,
  type InterfaceTypeDefinitionNode,
  type ObjectTypeDefinitionNode,
} from "graphql";
import { CAN_READ, CAN_WRITE, type Role } from "./roles";

/** The claims of Ecograph's tokens that the generated API's rules look at. */
const JWT_TYPE = `
"The bearer token's claims that the generated API's authorization rules read."
type EcographJwt @jwt {
  "Ecograph roles: reader, analyst, integrator, admin."
  roles: [String!]!
}`;

const WRITE_OPERATIONS = ["CREATE", "UPDATE", "DELETE", "CREATE_RELATIONSHIP", "DELETE_RELATIONSHIP"];
const READ_OPERATIONS = ["READ", "AGGREGATE"];

export interface GeneratedApiRules {
  /** Callers without a token may read. */
  readonly anonymousReads: boolean;
  /** Largest page of a generated list (`limit`, `first`). */
  readonly maxPageSize: number;
  /** Page of a generated list when the client gives no `limit` / `first` (LIMIT_DEFAULT_PAGE_SIZE). */
  readonly defaultPageSize: number;
}

/**
 * Adds the security rules to the SDL of the generated CRUD, so they hold for every @node type
 * without being restated in schema/*.graphql:
 * - `@authentication` on writes: only tokens with the role integrator or admin;
 * - when anonymous reads are off, a schema-wide `extend schema @authentication(operations: [READ,
 *   AGGREGATE])`: only tokens with an Ecograph role. A type takes one `@authentication` (the write
 *   rule), so the read rule is schema-wide; it is checked once per request while translating, not
 *   per matched node in Cypher as an `@authorization(validate)` rule would be (that one ran an
 *   `apoc.util.validate` for every row at every level of a nested read). It needs the patch of
 *   @neo4j/graphql's validate-custom-resolver-requires.js (patches/), which failed on it;
 * - `@limit(default, max)`: no list returns more than the largest page size.
 * The rules are evaluated by @neo4j/graphql while it translates a request, so a refused request
 * never reaches Neo4j.
 */
export function withGeneratedApiRules(typeDefs: string, rules: GeneratedApiRules): string {
  const document = parse(typeDefs);
  const definitions = document.definitions.map((definition) => {
    // An interface's list (`actors`) gets the same largest page as the types implementing it.
    if (definition.kind === Kind.INTERFACE_TYPE_DEFINITION && !hasDirective(definition, "limit")) {
      return { ...definition, directives: [...(definition.directives ?? []), pageLimit(rules)] } satisfies InterfaceTypeDefinitionNode;
    }
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION || !hasDirective(definition, "node")) return definition;
    const added: ConstDirectiveNode[] = [authentication(WRITE_OPERATIONS, CAN_WRITE)];
    if (!hasDirective(definition, "limit")) added.push(pageLimit(rules));
    return { ...definition, directives: [...(definition.directives ?? []), ...added] } satisfies ObjectTypeDefinitionNode;
  });
  const readRule = rules.anonymousReads ? "" : `extend schema ${print(authentication(READ_OPERATIONS, CAN_READ))}\n`;
  return `${print({ ...document, definitions } satisfies DocumentNode)}\n${JWT_TYPE}\n${readRule}`;
}

function pageLimit(rules: GeneratedApiRules): ConstDirectiveNode {
  return directive(`@limit(default: ${Math.min(rules.defaultPageSize, rules.maxPageSize)}, max: ${rules.maxPageSize})`);
}

function hasDirective(definition: ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode, name: string): boolean {
  return (definition.directives ?? []).some((d) => d.name.value === name);
}

/** `@authentication(operations: [...], jwt: { OR: [{ roles: { includes: "r" } }, ...] })` */
function authentication(operations: readonly string[], allowed: readonly Role[]): ConstDirectiveNode {
  return directive(`@authentication(operations: [${operations.join(", ")}], jwt: ${anyRoleFilter(allowed)})`);
}

function anyRoleFilter(allowed: readonly Role[]): string {
  return `{ OR: [${allowed.map((role) => `{ roles: { includes: ${JSON.stringify(role)} } }`).join(", ")}] }`;
}

function directive(source: string): ConstDirectiveNode {
  const parsed = parse(`type T ${source} { f: Int }`).definitions[0] as ObjectTypeDefinitionNode;
  return parsed.directives![0]!;
}
