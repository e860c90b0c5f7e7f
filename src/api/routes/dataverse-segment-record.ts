import { parseDefinition } from '../../definition/index.ts';
import type { Engine } from '../../engine/index.ts';
import { printMql, type MqlProblem, type QueryJson } from '../../mql/index.ts';
import type { Schema } from '../../schema/index.ts';
import type { StoredSegment } from '../../store/index.ts';
import { ApiError } from '../api-error.ts';

/**
 * A Segmint segment as the `msdyncrm_segment` record of the Dataverse segmentation API (Dynamics 365
 * Marketing): the option values of its type and status reason, its properties, its key in a URL.
 */

/** Where the Dataverse-compatible API lives. */
export const dataverseBase = '/api/data/v9.0';

/** `msdyncrm_segmenttype`, as Microsoft's segmentation API page gives the values. */
export const segmentTypeCodes = { dynamic: 192350000, static: 192350001, compound: 192350002 } as const;

/** `statuscode` (Status Reason): Draft, Live, Stopped, and the requests Going Live and Stopping. */
export const statusCodes = {
  draft: 192350000,
  live: 192350001,
  stopped: 192350002,
  goingLive: 192350006,
  stopping: 192350007,
} as const;

export type SegmentTypeName = keyof typeof segmentTypeCodes;
export type StatusName = keyof typeof statusCodes;

const typeList = 'dynamic 192350000, static 192350001, compound 192350002';
const statusList =
  'Draft 192350000, Live 192350001, Stopped 192350002, Going Live 192350006, Stopping 192350007';

/** The type a `msdyncrm_segmenttype` value names, or a 400 listing the values. */
export function segmentTypeOf(code: number, path: string): SegmentTypeName {
  const found = (Object.keys(segmentTypeCodes) as SegmentTypeName[]).find(
    (k) => segmentTypeCodes[k] === code,
  );
  if (found === undefined)
    throw fieldError(
      'INVALID_SEGMENT_TYPE',
      `msdyncrm_segmenttype ${code} is not a segment type; use ${typeList}.`,
      path,
    );
  return found;
}

/** The status a `statuscode` value names, or a 400 listing the values. */
export function statusOf(code: number, path: string): StatusName {
  const found = (Object.keys(statusCodes) as StatusName[]).find((k) => statusCodes[k] === code);
  if (found === undefined)
    throw fieldError(
      'INVALID_STATUS',
      `statuscode ${code} is not a segment status reason; use ${statusList}.`,
      path,
    );
  return found;
}

/** A 400 about one field of the request. */
export function fieldError(code: string, message: string, path: string): ApiError {
  return new ApiError(400, code, message, [{ code, message, path }]);
}

const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a GUID such as `59AC8BBF-57E7-E811-A9A9-000D3A35F403` (any case). */
export function isGuid(text: string): boolean {
  return guidPattern.test(text);
}

/**
 * The id a key names: `msdyncrm_segments(<guid>)`, `('<any Segmint id>')` (OData's quoted string key,
 * `''` for a quote) or `(msdyncrm_segmentid=<guid>)`. Undefined when the text is not such a key.
 */
export function segmentKey(resource: string): string | undefined {
  const match = /^msdyncrm_segments\((.*)\)$/s.exec(resource);
  if (!match) return undefined;
  let key = (match[1] ?? '').trim();
  const named = /^msdyncrm_segmentid\s*=\s*(.*)$/s.exec(key);
  if (named) key = (named[1] ?? '').trim();
  const quoted = /^'((?:[^']|'')*)'$/s.exec(key);
  return quoted ? (quoted[1] ?? '').replaceAll("''", "'") : key;
}

/**
 * The saved segment an id names. Segmint ids are used as they are; GUIDs are compared without regard
 * to case, as Dataverse does (Segmint's own ids are lower-case UUIDs).
 */
export async function findSegment(engine: Engine, id: string): Promise<StoredSegment | undefined> {
  const exact = await engine.segment(id);
  if (exact || !isGuid(id)) return exact;
  return (await engine.segment(id.toLowerCase())) ?? (await engine.segment(id.toUpperCase()));
}

/** The segment an id names, or the 404 Dataverse gives. */
export async function segmentOr404(engine: Engine, id: string): Promise<StoredSegment> {
  const segment = await findSegment(engine, id);
  if (!segment) throw new ApiError(404, 'NOT_FOUND', `msdyncrm_segment With Id = ${id} Does Not Exist.`);
  return segment;
}

/**
 * Reads ids sent as Dataverse sends them: a JSON array in a string (`"[\"crm1405f4ba-…\", …]"`), a
 * single id, or a JSON array. A `crm` prefix before a GUID is dropped (Dynamics marks its own record
 * ids with it).
 */
export function memberIds(value: unknown, path: string): string[] {
  let list: unknown = value;
  if (typeof value === 'string') {
    const text = value.trim();
    if (text.startsWith('[')) {
      try {
        list = JSON.parse(text);
      } catch {
        throw fieldError(
          'INVALID_MEMBER_IDS',
          `${path.split('.').at(-1) ?? 'The ids'} is not a JSON array of ids: ${text.slice(0, 80)}`,
          path,
        );
      }
    } else list = text === '' ? [] : [text];
  }
  if (!Array.isArray(list) || list.some((id) => typeof id !== 'string' || id.trim() === '')) {
    throw fieldError(
      'INVALID_MEMBER_IDS',
      'Member ids are a JSON array of contact ids, such as "[\\"crm1405f4ba-1ee9-e811-a99d-000d3a35f12f\\"]".',
      path,
    );
  }
  if (list.length > maxMemberIds)
    throw fieldError(
      'TOO_MANY_MEMBER_IDS',
      `At most ${maxMemberIds} member ids a request; this one has ${list.length}. Send them in batches.`,
      path,
    );
  return (list as string[]).map((id) => {
    const trimmed = id.trim();
    return /^crm/i.test(trimmed) && isGuid(trimmed.slice(3)) ? trimmed.slice(3) : trimmed;
  });
}

/** The most member ids one request may carry (Microsoft's page advises batches of up to 20,000). */
export const maxMemberIds = 20_000;

/**
 * The stored contacts that `ids` name, as their stored ids; ids that name no contact are left out. A
 * GUID also finds a contact whose id differs only in case.
 */
export async function existingContacts(engine: Engine, ids: readonly string[]): Promise<string[]> {
  const candidates = new Set<string>();
  for (const id of ids) {
    candidates.add(id);
    if (isGuid(id)) {
      candidates.add(id.toLowerCase());
      candidates.add(id.toUpperCase());
    }
  }
  const found = await engine.existingIds('contact', [...candidates]);
  const byFold = new Map([...found].map((id) => [id.toLowerCase(), id]));
  const result = new Set<string>();
  for (const id of ids) {
    const hit = found.has(id) ? id : isGuid(id) ? byFold.get(id.toLowerCase()) : undefined;
    if (hit !== undefined) result.add(hit);
  }
  return [...result];
}

/** A problem of an MQL text as a detail of an error, with its place in the text. */
export function mqlDetail(problem: MqlProblem, path: string) {
  return {
    code: problem.code,
    message: `Line ${problem.line}, column ${problem.column}: ${problem.message}`,
    path,
    line: problem.line,
    column: problem.column,
  };
}

/** Reads MQL into a query, or a 400 with every problem at its line and column. */
export async function mqlQuery(engine: Engine, text: string, path: string): Promise<QueryJson> {
  const parsed = await engine.readMql(text);
  if (parsed.ok) return parsed.query;
  const details = parsed.problems.map((p) => mqlDetail(p, path));
  const first = details[0]?.message ?? 'The query could not be read.';
  throw new ApiError(
    400,
    'INVALID_MQL',
    `${path.split('.').at(-1) ?? 'The query'} is not a segment query Segmint can read. ${first}`,
    details,
  );
}

/** The MQL of a saved segment's query, segments named by name where the name is unambiguous. */
export function segmentMql(
  segment: StoredSegment,
  schema: Schema,
  all: readonly StoredSegment[],
): string | null {
  const parsed = parseDefinition(segment.definition);
  const query = parsed.ok ? parsed.value.query : undefined;
  if (!query) return null;
  try {
    return printMql(query, schema, {
      segmentName: (id) => {
        const target = all.find((s) => s.id === id);
        if (!target) return undefined;
        return all.filter((s) => s.name === target.name).length === 1 ? target.name : undefined;
      },
    });
  } catch {
    return null;
  }
}

/** The Dataverse type of a saved segment: a dynamic segment made only of other segments is compound. */
export function dataverseType(segment: StoredSegment): SegmentTypeName {
  if (segment.type === 'static') return 'static';
  const parsed = parseDefinition(segment.definition);
  const blocks = parsed.ok ? (parsed.value.query?.blocks ?? []) : [];
  return blocks.length > 0 && blocks.every((b) => b.kind === 'segmentBlock') ? 'compound' : 'dynamic';
}

/** `SEGMENT_CRM_ID_<32 hex>`, the name MQL gives a segment with a GUID id; other ids as they are. */
export function segmentQueryName(id: string): string {
  return isGuid(id) ? `SEGMENT_CRM_ID_${id.replaceAll('-', '').toLowerCase()}` : id;
}

/** A saved segment as an `msdyncrm_segment` record. */
export function segmentRecord(segment: StoredSegment, schema: Schema, all: readonly StoredSegment[]) {
  const definition = (segment.definition ?? {}) as Record<string, unknown>;
  const mql = segmentMql(segment, schema, all);
  return {
    msdyncrm_segmentid: segment.id,
    msdyncrm_segmentname: segment.name,
    msdyncrm_segmenttype: segmentTypeCodes[dataverseType(segment)],
    statecode: 0,
    statuscode: statusCodes[segment.state],
    msdyncrm_description: typeof definition.description === 'string' ? definition.description : null,
    msdyncrm_query: mql,
    msdyncrm_segmentquery: mql,
    msdyncrm_segmentqueryname: segmentQueryName(segment.id),
    createdon: segment.createdAt,
    modifiedon: segment.updatedAt,
    segmint_membercount: segment.memberCount,
    segmint_timezone: segment.timeZone,
  };
}

export type SegmentRecord = ReturnType<typeof segmentRecord>;

/** Every property of a segment record, in the order records list them. */
export const segmentProperties = [
  'msdyncrm_segmentid',
  'msdyncrm_segmentname',
  'msdyncrm_segmenttype',
  'statecode',
  'statuscode',
  'msdyncrm_description',
  'msdyncrm_query',
  'msdyncrm_segmentquery',
  'msdyncrm_segmentqueryname',
  'createdon',
  'modifiedon',
  'segmint_membercount',
  'segmint_timezone',
] as const satisfies readonly (keyof SegmentRecord)[];
