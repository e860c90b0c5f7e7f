import type { FastifyRequest } from 'fastify';
import { EngineError, type Engine } from '../../engine/index.ts';
import type { StoredSegment } from '../../store/index.ts';
import { ApiError } from '../api-error.ts';
import type { SegmentChange } from './dataverse-segment-body.ts';
import {
  existingContacts,
  fieldError,
  mqlQuery,
  segmentOr404,
  type StatusName,
} from './dataverse-segment-record.ts';

/**
 * Creating and changing segments through `msdyncrm_segments`: the Dataverse record is turned into a
 * Segmint definition, and `statuscode` into Segmint's lifecycle (Going Live and Live go live, Stopping
 * and Stopped stop). Everything a request asks for is checked before anything is written.
 */

/** Runs engine work; a definition it refuses is a 400, as Dataverse answers a failed validation. */
async function dataverseAnswer<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof EngineError && error.code === 'INVALID_DEFINITION')
      throw new ApiError(400, error.code, error.message, error.details);
    throw error;
  }
}

/** Records a change in the audit trail with the key that made it. */
async function audit(engine: Engine, request: FastifyRequest, action: string, target: string): Promise<void> {
  await engine.access.audit({
    keyId: request.key?.id ?? null,
    keyName: request.key?.name ?? null,
    action,
    targetKind: 'segment',
    target,
  });
}

/** The Segmint definition a change makes of `base` (a stored definition, or nothing on create). */
async function definitionOf(
  engine: Engine,
  change: SegmentChange,
  base: Readonly<Record<string, unknown>>,
  type: 'static' | 'dynamic' | 'compound',
): Promise<Record<string, unknown>> {
  const definition: Record<string, unknown> = { ...base, type: type === 'static' ? 'static' : 'dynamic' };
  if (change.name !== undefined) definition.name = change.name;
  if (change.description === null) delete definition.description;
  else if (change.description !== undefined) definition.description = change.description;
  if (change.timeZone !== undefined) definition.timeZone = change.timeZone;
  if (change.mql === null) delete definition.query;
  else if (change.mql !== undefined) {
    if (type === 'static')
      throw fieldError(
        'STATIC_HAS_NO_QUERY',
        'A static segment (msdyncrm_segmenttype 192350001) holds its members by id; it has no msdyncrm_query. Use msdyncrm_SegmentMembersUpdate with addByQuery to add the contacts of a query.',
        'body.msdyncrm_query',
      );
    const query = await mqlQuery(engine, change.mql, 'body.msdyncrm_query');
    if (type === 'compound' && query.blocks.some((b) => !('segment' in b)))
      throw fieldError(
        'COMPOUND_NEEDS_SEGMENTS',
        'A compound segment (msdyncrm_segmenttype 192350002) combines segments: SEGMENT(a) UNION SEGMENT(b), with UNION, INTERSECT or EXCEPT. Use 192350000 (dynamic) for a query with PROFILE(…).',
        'body.msdyncrm_query',
      );
    definition.query = query;
  }
  if (type !== 'static' && definition.query === undefined)
    throw fieldError(
      'QUERY_REQUIRED',
      'A dynamic or compound segment needs its query: send msdyncrm_query (or msdyncrm_segmentquery), such as "PROFILE(contact)".',
      'body.msdyncrm_query',
    );
  return definition;
}

/** The stored contacts of the change's member ids; a 400 naming any id that is no contact. */
async function membersToAdd(engine: Engine, change: SegmentChange, isStatic: boolean): Promise<string[]> {
  const ids = change.memberIds;
  if (ids === undefined) return [];
  if (!isStatic)
    throw fieldError(
      'NOT_STATIC',
      'Only a static segment (msdyncrm_segmenttype 192350001) holds members by id; a dynamic or compound one takes its members from its query.',
      'body.msdyncrm_segmentmemberids',
    );
  const found = await existingContacts(engine, ids);
  if (found.length < new Set(ids).size) {
    const known = new Set(found.map((id) => id.toLowerCase()));
    const unknown = ids.filter((id) => !known.has(id.toLowerCase()));
    throw fieldError(
      'UNKNOWN_CONTACTS',
      `No contact has the id ${unknown
        .slice(0, 10)
        .map((id) => `"${id}"`)
        .join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}; nothing was changed.`,
      'body.msdyncrm_segmentmemberids',
    );
  }
  return found;
}

/** Moves a segment to the state a statuscode asks for; the same state is no change. */
async function applyStatus(
  engine: Engine,
  request: FastifyRequest,
  segment: StoredSegment,
  status: StatusName,
): Promise<void> {
  const wanted = status === 'goingLive' ? 'live' : status === 'stopping' ? 'stopped' : status;
  if (wanted === segment.state) return;
  if (wanted === 'live') {
    await dataverseAnswer(() => engine.goLive(segment.id));
    await audit(engine, request, 'segment.go-live', segment.id);
    return;
  }
  if (wanted === 'stopped' && segment.state === 'live') {
    await engine.stopSegment(segment.id);
    await audit(engine, request, 'segment.stop', segment.id);
    return;
  }
  throw new ApiError(
    409,
    'WRONG_STATE',
    segment.state === 'draft'
      ? `"${segment.name}" is a draft: it was never live, so it cannot be stopped. Set statuscode to 192350006 (Going Live) to put it live.`
      : `"${segment.name}" is ${segment.state}; a segment does not go back to Draft. Set statuscode to 192350006 (Going Live) or 192350007 (Stopping).`,
  );
}

/** Creates a segment from a create request; answers its id. Going Live on create goes live at once. */
export async function createFromDataverse(
  engine: Engine,
  request: FastifyRequest,
  change: SegmentChange,
): Promise<string> {
  if (change.name === undefined)
    throw fieldError('NAME_REQUIRED', 'A segment needs msdyncrm_segmentname.', 'body.msdyncrm_segmentname');
  if (change.type === undefined)
    throw fieldError(
      'TYPE_REQUIRED',
      'A segment needs msdyncrm_segmenttype: dynamic 192350000, static 192350001 or compound 192350002.',
      'body.msdyncrm_segmenttype',
    );
  const status = change.status ?? 'draft';
  if (status === 'stopped' || status === 'stopping')
    throw fieldError(
      'INVALID_STATUS',
      'A new segment is Draft (192350000) or goes live (Going Live 192350006, or Live 192350001); it cannot start stopped.',
      'body.statuscode',
    );
  const definition = await definitionOf(engine, change, {}, change.type);
  const members = await membersToAdd(engine, change, change.type === 'static');
  const created = await dataverseAnswer(() => engine.createSegment(definition, change.id));
  await audit(engine, request, 'segment.create', created.id);
  try {
    if (members.length > 0) await engine.editMembers(created.id, { add: members });
    await applyStatus(engine, request, created, status);
  } catch (error) {
    // One request, one outcome: a segment that cannot go live as asked is not left behind as a draft.
    await engine.deleteSegment(created.id).catch(() => undefined);
    throw error;
  }
  return created.id;
}

/** Applies an update request to the segment `id` names. */
export async function updateFromDataverse(
  engine: Engine,
  request: FastifyRequest,
  id: string,
  change: SegmentChange,
): Promise<void> {
  if (change.id !== undefined && change.id !== id.toLowerCase())
    throw fieldError(
      'ID_MISMATCH',
      `The body names segment ${change.id}, the URL ${id}.`,
      'body.msdyncrm_segmentid',
    );
  const segment = await segmentOr404(engine, id);
  const base = (segment.definition ?? {}) as Record<string, unknown>;
  const currentType = segment.type === 'static' ? 'static' : 'dynamic';
  const type = change.type ?? (segment.type === 'static' ? 'static' : 'dynamic');
  if ((type === 'static') !== (currentType === 'static'))
    throw fieldError(
      'TYPE_CHANGE',
      `"${segment.name}" is ${currentType}; a segment's type does not change between static and dynamic. Create a new segment instead.`,
      'body.msdyncrm_segmenttype',
    );
  const edits =
    change.name !== undefined ||
    change.mql !== undefined ||
    change.description !== undefined ||
    change.timeZone !== undefined;
  const definition = edits ? await definitionOf(engine, change, base, type) : undefined;
  const members = await membersToAdd(engine, change, type === 'static');
  let current = segment;
  if (definition !== undefined) {
    current = await dataverseAnswer(() => engine.updateSegment(segment.id, definition));
    await audit(engine, request, 'segment.update', segment.id);
  }
  if (members.length > 0) {
    await engine.editMembers(segment.id, { add: members });
    await audit(engine, request, 'segment.members', segment.id);
  }
  if (change.status !== undefined) await applyStatus(engine, request, current, change.status);
}

/** Deletes the segment `id` names; refused (409) while a live segment reads it. */
export async function deleteFromDataverse(
  engine: Engine,
  request: FastifyRequest,
  id: string,
): Promise<void> {
  const segment = await segmentOr404(engine, id);
  await engine.deleteSegment(segment.id);
  await audit(engine, request, 'segment.delete', segment.id);
}

export { audit as auditDataverseChange };
