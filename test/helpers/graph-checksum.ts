import type { Database } from "../../src/db/database";

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  nodeHash: string;
  relationshipHash: string;
}

/**
 * A checksum over every node (element id, labels, all properties) and every relationship (element
 * id, type, ends, all properties), in a stable order; properties by sorted key, so the hash does
 * not depend on the order Neo4j keeps them in. The `GraphVersion` counter (src/db/graph-version.ts)
 * is bookkeeping, not data: a write that matched nothing may bump it, so it is left out.
 */
export async function graphChecksum(db: Database): Promise<GraphChecksum> {
  const [row] = await db.read<GraphChecksum>({
    name: "test.graphChecksum",
    cypher: `
      CALL () {
        MATCH (n) WHERE NOT n:GraphVersion WITH n ORDER BY elementId(n)
        RETURN count(n) AS nodes,
               apoc.util.md5(collect(elementId(n) + apoc.convert.toJson(apoc.coll.sort(labels(n)))
                 + apoc.convert.toJson([k IN apoc.coll.sort(keys(n)) | [k, n[k]]]))) AS nodeHash
      }
      CALL () {
        MATCH (a)-[r]->(b) WITH a, r, b ORDER BY elementId(r)
        RETURN count(r) AS relationships,
               apoc.util.md5(collect(elementId(r) + type(r) + elementId(a) + '>' + elementId(b)
                 + apoc.convert.toJson([k IN apoc.coll.sort(keys(r)) | [k, r[k]]]))) AS relationshipHash
      }
      RETURN nodes, relationships, nodeHash, relationshipHash`,
  });
  return row!;
}
