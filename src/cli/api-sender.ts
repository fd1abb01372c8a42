import { EcographError } from "../errors";
import type { SyncSender } from "../sync/import-file";
import {
  linkFieldOf,
  validateActor,
  validateRelationship,
  validateStructure,
  type EndRef,
  type StructureLabel,
} from "../sync/sync-records";
import { nodeKey, zeroCounts, type RecordKind, type RecordOutcome, type SyncReport, type SyncRequest } from "../sync/sync.service";

/** The API refused the import (a token without the integrator role, an unreachable URL, ...). */
export class ApiImportError extends EcographError {
  readonly code = "IMPORT_REFUSED";
}

const SYNC_MUTATION = `
  mutation EcographImport($source: String!, $regions: [SyncRegionInput!], $chains: [SyncChainInput!], $stages: [SyncStageInput!],
                          $actors: [SyncActorInput!], $relationships: [SyncRelationshipInput!], $dryRun: Boolean!) {
    syncPartnerData(source: $source, regions: $regions, chains: $chains, stages: $stages, actors: $actors,
                    relationships: $relationships, dryRun: $dryRun) {
      source dryRun complete
      counts { CREATED UPDATED UNCHANGED REJECTED UNKNOWN }
      outcomes { kind position key outcome reason id }
      batches { kind index records committed }
    }
  }`;

type Json = Record<string, unknown>;
const LISTS: ReadonlyArray<[keyof SyncRequest & string, RecordKind, StructureLabel | undefined]> = [
  ["regions", "REGION", "Region"],
  ["chains", "CHAIN", "IndustrialChain"],
  ["stages", "STAGE", "ChainStage"],
  ["actors", "ACTOR", undefined],
  ["relationships", "RELATIONSHIP", undefined],
];
const WORD: Record<RecordKind, string> = { REGION: "region", CHAIN: "chain", STAGE: "stage", ACTOR: "actor", RELATIONSHIP: "relationship" };

/**
 * A sender that posts each chunk to a running API's `syncPartnerData` with a bearer token, so an
 * integrator needs no database access and the API's roles apply. Records are first checked here
 * with the sync's own validation (a record GraphQL cannot take would fail its whole request): the
 * bad ones are rejected with the sync's reasons, the good ones sent in the typed input shape.
 * A dry run over the API sees nothing created by its earlier chunks (the direct mode does).
 */
export function apiSender(url: string, token: string): SyncSender {
  const endpoint = new URL(url.endsWith("/graphql") ? url : `${url.replace(/\/$/, "")}/graphql`);
  return async (request) => {
    const local: RecordOutcome[] = [];
    const sent: Record<string, Json[]> = {};
    const positions: Record<string, number[]> = {};
    for (const [list, kind, label] of LISTS) {
      const records = (request[list] as readonly unknown[] | undefined) ?? [];
      sent[list] = [];
      positions[list] = [];
      records.forEach((raw, position) => {
        const normal = normalise(kind, label, raw, request.source, request.fromText ?? false);
        if ("reason" in normal) {
          const key = typeof (raw as Json | null)?.externalId === "string" ? String((raw as Json).externalId) : "";
          local.push({ kind, position, key, outcome: "REJECTED", reason: `${WORD[kind]} ${position}${key ? ` (${key})` : ""}: ${normal.reason}` });
          return;
        }
        sent[list]!.push(normal.ok);
        positions[list]!.push(position);
      });
    }
    const report = await post(endpoint, token, {
      source: request.source,
      dryRun: request.dryRun ?? false,
      ...Object.fromEntries(Object.entries(sent).map(([list, records]) => [list, records.length > 0 ? records : null])),
    });
    const listOf = (kind: RecordKind) => LISTS.find(([, k]) => k === kind)![0];
    const rejectedHere = new Map(local.map((o) => [nodeKey(o.kind === "ACTOR" ? "Actor" : LISTS.find(([, k]) => k === o.kind)![2]!, o.key), `in this chunk (${o.reason})`]));
    const outcomes = report.outcomes.map((o) => {
      const position = positions[listOf(o.kind)]![o.position]!;
      let reason = o.reason?.replace(/^(\w+) \d+/, `$1 ${position}`);
      // The API cannot know of records rejected here or on earlier lines: say so instead of "does not exist".
      if (reason && o.kind === "RELATIONSHIP" && / does not exist/.test(reason)) {
        const record = sent.relationships![o.position]!;
        for (const side of ["from", "to"] as const) {
          const end = record[side] as { externalId?: string; source?: string };
          if (!end.externalId || (end.source ?? request.source) !== request.source) continue;
          for (const keyLabel of ["Actor", "Region", "IndustrialChain", "ChainStage"]) {
            const earlier = request.rejectedEarlier?.get(nodeKey(keyLabel, end.externalId)) ?? rejectedHere.get(nodeKey(keyLabel, end.externalId));
            if (earlier && reason.includes(`${side} end`)) reason = `${reason.split(": ")[0]}: its ${side} end ${end.externalId} was rejected ${earlier}`;
          }
        }
      }
      return { ...o, position, ...(reason !== undefined && { reason }), ...(o.id === null && { id: undefined }) } as RecordOutcome;
    });
    const all = [...local, ...outcomes];
    const counts = zeroCounts();
    for (const o of all) counts[o.outcome] += 1;
    return { ...report, counts, outcomes: all };
  };
}

/** A record as the typed GraphQL input takes it, after the sync's own validation. */
function normalise(kind: RecordKind, label: StructureLabel | undefined, raw: unknown, source: string, fromText: boolean): { ok: Json } | { reason: string } {
  const ref = (end: EndRef) => ("id" in end ? { id: end.id } : end.source === source ? { externalId: end.externalId } : { externalId: end.externalId, source: end.source });
  if (label) {
    const result = validateStructure(label, raw, source, fromText);
    if ("reason" in result) return result;
    const { externalId, props, link, retired } = result.ok;
    return { ok: { externalId, ...props, ...(link !== undefined && { [linkFieldOf(label).field]: link === null ? null : ref(link) }), ...(retired !== undefined && { retired }) } };
  }
  if (kind === "ACTOR") {
    const result = validateActor(raw, fromText);
    if ("reason" in result) return result;
    const { label: actorLabel, externalId, props, retired } = result.ok;
    return { ok: { label: actorLabel, externalId, ...props, ...(retired !== undefined && { retired }) } };
  }
  const result = validateRelationship(raw, source, fromText);
  if ("reason" in result) return result;
  const { type, externalId, from, to, props } = result.ok;
  return { ok: { type, ...(externalId !== undefined && { externalId }), from: ref(from), to: ref(to), ...props } };
}

async function post(endpoint: URL, token: string, variables: Json): Promise<SyncReport> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json", ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query: SYNC_MUTATION, variables }),
    });
  } catch (error) {
    throw new ApiImportError(`Cannot reach the API at ${endpoint.href} (${(error as Error).message}); check --url and that the API runs.`);
  }
  const text = await response.text();
  let body: { data?: { syncPartnerData?: SyncReport } | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
  try {
    body = JSON.parse(text);
  } catch {
    throw new ApiImportError(`The API at ${endpoint.href} answered HTTP ${response.status} with something that is not GraphQL JSON: ${text.slice(0, 200)}`);
  }
  if (body.errors?.length || !body.data?.syncPartnerData) {
    const first = body.errors?.[0];
    throw new ApiImportError(
      `The API refused the import (${first?.extensions?.code ?? `HTTP ${response.status}`}): ${first?.message ?? "no data"}` +
        (first?.extensions?.code === "FORBIDDEN" || first?.extensions?.code === "UNAUTHENTICATED" ? " — an import needs a token with the integrator (or admin) role: --token" : ""),
    );
  }
  return body.data.syncPartnerData;
}
