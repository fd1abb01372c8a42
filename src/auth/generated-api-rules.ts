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
 * - `@authorization(validate)` on reads when anonymous reads are off: only tokens with an Ecograph
 *   role (a type takes one `@authentication`, so the read rule is the other directive; a request
 *   without a token is refused before it reaches Neo4j, one with the wrong roles when it does);
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
    if (!rules.anonymousReads) added.push(readAuthorization(READ_OPERATIONS, CAN_READ));
    if (!hasDirective(definition, "limit")) added.push(pageLimit(rules));
    return { ...definition, directives: [...(definition.directives ?? []), ...added] } satisfies ObjectTypeDefinitionNode;
  });
  return `${print({ ...document, definitions } satisfies DocumentNode)}\n${JWT_TYPE}\n`;
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

/** `@authorization(validate: [{ operations: [...], where: { jwt: { OR: [...] } } }])`: refuses, never filters. */
function readAuthorization(operations: readonly string[], allowed: readonly Role[]): ConstDirectiveNode {
  return directive(`@authorization(validate: [{ operations: [${operations.join(", ")}], where: { jwt: ${anyRoleFilter(allowed)} } }])`);
}

function anyRoleFilter(allowed: readonly Role[]): string {
  return `{ OR: [${allowed.map((role) => `{ roles: { includes: ${JSON.stringify(role)} } }`).join(", ")}] }`;
}

function directive(source: string): ConstDirectiveNode {
  const parsed = parse(`type T ${source} { f: Int }`).definitions[0] as ObjectTypeDefinitionNode;
  return parsed.directives![0]!;
}
