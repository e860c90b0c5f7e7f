import { z } from 'zod';
import type { Engine } from '../engine/index.ts';
import { isSortableAttribute, type StoredRecord } from '../store/index.ts';
import { badRequest, notFound } from './api-error.ts';
import { decodeCursor, encodeCursor, invalidCursor } from './cursor.ts';

/** What a paged list was asked for (the parsed `listQuery`). */
export interface ListRequest {
  readonly search?: string | undefined;
  readonly sort?: string | undefined;
  readonly limit: number;
  readonly cursor?: string | undefined;
}

/** A page as the API answers it. */
export interface ListAnswer {
  readonly items: StoredRecord[];
  readonly total: number;
  readonly nextCursor: string | null;
}

// The cursor remembers the sort it was made for, so it is never read against another order.
const cursorShape = z.object({ s: z.string(), k: z.string().optional(), i: z.string() });

/**
 * One page of an entity's records, or of a segment's members: searched, sorted and cursor-paged.
 *
 * @example
 * await listRecords(engine, 'contact', { search: 'ada', sort: '-fullname', limit: 20 }, segmentId);
 */
export async function listRecords(
  engine: Engine,
  entity: string,
  request: ListRequest,
  segmentId?: string,
): Promise<ListAnswer> {
  const def = engine.schema().entity(entity);
  if (!def) throw notFound(`There is no entity "${entity}".`);
  const sort = request.sort ?? 'id';
  const descending = sort.startsWith('-');
  const sortBy = descending ? sort.slice(1) : sort;
  if (!isSortableAttribute(def, sortBy)) {
    throw badRequest(
      'INVALID_SORT',
      `Cannot sort ${def.pluralDisplayName} by "${sortBy}": sort by id or a text attribute such as ${def.primaryAttribute}.`,
      'querystring.sort',
    );
  }
  let after: { key?: string; id: string } | undefined;
  if (request.cursor !== undefined) {
    const position = decodeCursor(request.cursor, cursorShape);
    if (position.s !== sort) throw invalidCursor(`It was made for the sort "${position.s}", not "${sort}".`);
    after = position.k === undefined ? { id: position.i } : { key: position.k, id: position.i };
  }
  const page = {
    limit: request.limit,
    descending,
    ...(sortBy === 'id' ? {} : { sortBy }),
    ...(after === undefined ? {} : { after }),
    ...(request.search === undefined ? {} : { search: request.search }),
  };
  const { items, total, next } =
    segmentId === undefined ? await engine.records(entity, page) : await engine.members(segmentId, page);
  const nextCursor =
    next === undefined
      ? null
      : encodeCursor(next.key === undefined ? { s: sort, i: next.id } : { s: sort, k: next.key, i: next.id });
  return { items: [...items], total, nextCursor };
}
