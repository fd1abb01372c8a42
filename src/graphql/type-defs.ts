import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kind, parse, type ConstDirectiveNode, type ConstValueNode } from "graphql";
import type { FulltextIndexSpec } from "../db/database-schema";

/** Reads the SDL of the generated API: every `schema/*.graphql`, in file-name order. */
export function loadTypeDefs(projectRoot: string): string {
  const dir = join(projectRoot, "schema");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => `# ${file}\n${readFileSync(join(dir, file), "utf8")}`)
    .join("\n");
}

/**
 * The full-text indexes named by `@fulltext` directives, with the node label each is on (the first
 * of `@node(labels: [...])`, or the type name). The database schema is created from this list, so
 * the SDL stays the one place where an index is declared.
 */
export function fulltextIndexesOf(typeDefs: string): FulltextIndexSpec[] {
  const specs: FulltextIndexSpec[] = [];
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    const directives = definition.directives ?? [];
    const fulltext = directives.find((d) => d.name.value === "fulltext");
    if (!fulltext) continue;
    const labels = argument(directives.find((d) => d.name.value === "node"), "labels");
    const label = Array.isArray(labels) && typeof labels[0] === "string" ? labels[0] : definition.name.value;
    const indexes = argument(fulltext, "indexes");
    for (const index of Array.isArray(indexes) ? indexes : []) {
      const { indexName, fields } = index as { indexName: string; fields: string[] };
      specs.push({ indexName, label, properties: fields });
    }
  }
  return specs;
}

function argument(directive: ConstDirectiveNode | undefined, name: string): unknown {
  const arg = directive?.arguments?.find((a) => a.name.value === name);
  return arg ? plainValue(arg.value) : undefined;
}

function plainValue(node: ConstValueNode): unknown {
  switch (node.kind) {
    case Kind.LIST:
      return node.values.map(plainValue);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, plainValue(f.value)]));
    case Kind.STRING:
    case Kind.ENUM:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    default:
      return null;
  }
}
