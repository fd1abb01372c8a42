import type { SyncRequest } from "../src/sync/sync.service";
import { SEED_SOURCE, type SeedData, type SeedRelationship, type SeedValue } from "./seed-types";

const ACTOR_LABELS = new Set(["Platform", "Firm", "ServiceProvider", "GovernmentAgency"]);
/** Seed relationship types that are links of structure records, not relationship records. */
const STRUCTURE_TYPES = new Set(["PART_OF", "ANCHORED_IN", "HAS_STAGE", "FEEDS"]);

type Json = Record<string, unknown>;

/**
 * The sample data as import records: what any partner would send to `syncPartnerData` or put in
 * an import file, so the seed goes through the one write path. Each seed key becomes the
 * record's externalId (source `ecograph-seed`); PART_OF, ANCHORED_IN and HAS_STAGE become the
 * `parent`, `region` and `chain` of the region, chain and stage records; FEEDS is not sent, the
 * sync derives it from the stages' positions (and this function checks that the seed's FEEDS are
 * exactly those). Null values are left out (a record without the field stores nothing).
 */
export function seedRecords(data: SeedData): Required<Pick<SyncRequest, "source" | "regions" | "chains" | "stages" | "actors" | "relationships">> {
  const linkOf = (type: string) => new Map(data.relationships.filter((r) => r.type === type).map((r) => [type === "HAS_STAGE" ? r.to : r.from, type === "HAS_STAGE" ? r.from : r.to]));
  const parents = linkOf("PART_OF");
  const anchors = linkOf("ANCHORED_IN");
  const chainOfStage = linkOf("HAS_STAGE");
  const ref = (key: string | undefined) => (key === undefined ? undefined : { externalId: key });

  const regions: Json[] = [];
  const chains: Json[] = [];
  const stages: Json[] = [];
  const actors: Json[] = [];
  for (const node of data.nodes) {
    const props = present(node.props);
    if (node.label === "Region") regions.push({ externalId: node.key, ...props, ...(parents.has(node.key) && { parent: ref(parents.get(node.key)) }) });
    else if (node.label === "IndustrialChain") chains.push({ externalId: node.key, ...props, ...(anchors.has(node.key) && { region: ref(anchors.get(node.key)) }) });
    else if (node.label === "ChainStage") stages.push({ externalId: node.key, ...props, chain: ref(chainOfStage.get(node.key)) });
    else if (ACTOR_LABELS.has(node.label)) actors.push({ label: node.label, externalId: node.key, ...props });
    else throw new Error(`The seed has a node of an unknown label ${node.label}`);
  }
  checkFeeds(data, stages, chainOfStage);
  const relationships = data.relationships
    .filter((r) => !STRUCTURE_TYPES.has(r.type))
    .map((r: SeedRelationship) => ({ type: r.type, from: { externalId: r.from }, to: { externalId: r.to }, ...present(r.props ?? {}) }));
  return { source: SEED_SOURCE, regions, chains, stages, actors, relationships };
}

function present(props: Readonly<Record<string, SeedValue>>): Json {
  return Object.fromEntries(Object.entries(props).filter(([, value]) => value !== null));
}

/** The seed's FEEDS must be what the sync derives: each stage to the next by position, per chain. */
function checkFeeds(data: SeedData, stages: readonly Json[], chainOfStage: ReadonlyMap<string, string>): void {
  const byChain = new Map<string, Json[]>();
  for (const stage of stages) {
    const chain = chainOfStage.get(stage.externalId as string)!;
    byChain.set(chain, [...(byChain.get(chain) ?? []), stage]);
  }
  const derived = new Set<string>();
  for (const list of byChain.values()) {
    list.sort((a, b) => (a.position as number) - (b.position as number));
    for (let i = 0; i + 1 < list.length; i++) derived.add(`${String(list[i]!.externalId)}>${String(list[i + 1]!.externalId)}`);
  }
  const given = new Set(data.relationships.filter((r) => r.type === "FEEDS").map((r) => `${r.from}>${r.to}`));
  const same = given.size === derived.size && [...given].every((pair) => derived.has(pair));
  if (!same) throw new Error("The seed's FEEDS relationships are not those of consecutive stage positions; the sync derives FEEDS from positions");
}
