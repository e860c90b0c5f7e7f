import { StoreError } from './errors.ts';
import { newRecordId } from './record-id.ts';
import { inTransaction, type StoreContext } from './store-context.ts';
import type { SegmentTable } from './tables.ts';

export type SegmentState = 'draft' | 'live' | 'stopped';
export type StoredSegmentType = 'dynamic' | 'static';

/** A row of `sm_segment`. `definition` is the JSON the segment was saved with, parsed but not checked. */
export interface StoredSegment {
  readonly id: string;
  readonly name: string;
  readonly type: StoredSegmentType;
  readonly state: SegmentState;
  readonly definition: unknown;
  readonly timeZone: string;
  readonly memberCount: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly goLiveAt: string | null;
}

/** A segment to save: a draft in UTC unless said otherwise, with a generated id unless given. */
export interface NewSegment {
  readonly id?: string;
  readonly name: string;
  readonly type: StoredSegmentType;
  readonly state?: SegmentState;
  readonly definition: unknown;
  readonly timeZone?: string;
}

/** The fields an update may change; `updatedAt` follows by itself. */
export interface SegmentPatch {
  readonly name?: string;
  readonly type?: StoredSegmentType;
  readonly state?: SegmentState;
  readonly definition?: unknown;
  readonly timeZone?: string;
  readonly memberCount?: number;
  readonly goLiveAt?: string | null;
}

/** Saved segments (`sm_segment`). The store keeps `memberCount` in step with the member store. */
export interface SegmentStore {
  /** Saves a new segment; a `StoreError` with code `DUPLICATE_ID` when the id is taken. */
  create(segment: NewSegment): Promise<StoredSegment>;
  get(id: string): Promise<StoredSegment | undefined>;
  /** Every segment (or those in `state`), oldest first. */
  list(options?: { readonly state?: SegmentState }): Promise<StoredSegment[]>;
  update(id: string, patch: SegmentPatch): Promise<StoredSegment | undefined>;
  /** Deletes the segment and its members; true when there was one. */
  delete(id: string): Promise<boolean>;
}

function fromRow(row: SegmentTable): StoredSegment {
  return {
    id: row.id,
    name: row.name,
    type: row.type as StoredSegmentType,
    state: row.state as SegmentState,
    definition: JSON.parse(row.definition) as unknown,
    timeZone: row.time_zone,
    memberCount: row.member_count,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    goLiveAt: row.go_live_at,
  };
}

function definitionText(definition: unknown): string {
  const text = JSON.stringify(definition) as string | undefined;
  if (text === undefined) throw new StoreError('A segment definition must be JSON.', 'INVALID_DEFINITION');
  return text;
}

/** The segment store over `context`. */
export function segmentStore(context: StoreContext): SegmentStore {
  const { db } = context;
  const store: SegmentStore = {
    async create(segment) {
      const now = context.now().toISOString();
      const id = segment.id ?? newRecordId();
      const row: SegmentTable = {
        id,
        name: segment.name,
        type: segment.type,
        state: segment.state ?? 'draft',
        definition: definitionText(segment.definition),
        time_zone: segment.timeZone ?? 'UTC',
        member_count: 0,
        created_at: now,
        updated_at: now,
        go_live_at: null,
      };
      return inTransaction(context, async (tx) => {
        const existing = await tx.db
          .selectFrom('sm_segment')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (existing)
          throw new StoreError(`A segment with id "${id}" already exists.`, 'DUPLICATE_ID', {
            segmentId: id,
          });
        await tx.db.insertInto('sm_segment').values(row).execute();
        return fromRow(row);
      });
    },

    async get(id) {
      const row = await db.selectFrom('sm_segment').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? fromRow(row) : undefined;
    },

    async list(options = {}) {
      let query = db.selectFrom('sm_segment').selectAll().orderBy('created_at').orderBy('id');
      if (options.state) query = query.where('state', '=', options.state);
      return (await query.execute()).map(fromRow);
    },

    async update(id, patch) {
      const changes: Partial<SegmentTable> = { updated_at: context.now().toISOString() };
      if (patch.name !== undefined) changes.name = patch.name;
      if (patch.type !== undefined) changes.type = patch.type;
      if (patch.state !== undefined) changes.state = patch.state;
      if ('definition' in patch) changes.definition = definitionText(patch.definition);
      if (patch.timeZone !== undefined) changes.time_zone = patch.timeZone;
      if (patch.memberCount !== undefined) changes.member_count = patch.memberCount;
      if (patch.goLiveAt !== undefined) changes.go_live_at = patch.goLiveAt;
      const result = await db.updateTable('sm_segment').set(changes).where('id', '=', id).executeTakeFirst();
      return result.numUpdatedRows > 0n ? store.get(id) : undefined;
    },

    delete(id) {
      return inTransaction(context, async (tx) => {
        await tx.db.deleteFrom('sm_member').where('segment_id', '=', id).execute();
        const result = await tx.db.deleteFrom('sm_segment').where('id', '=', id).executeTakeFirst();
        return result.numDeletedRows > 0n;
      });
    },
  };
  return store;
}
