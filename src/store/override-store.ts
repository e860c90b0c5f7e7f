import { spendHeldMemberships } from './begin-reads.ts';
import { chunks, idsPerStatement, type StoreContext } from './store-context.ts';

/** A manual override: `include` keeps a contact in a dynamic segment, `exclude` keeps it out (and wins). */
export type OverrideMode = 'include' | 'exclude';

/** Manual overrides of dynamic segments (`sm_override`). */
export interface OverrideStore {
  /** Sets the override of each contact, replacing what it had. */
  set(segmentId: string, contactIds: readonly string[], mode: OverrideMode): Promise<void>;
  /** Removes the overrides of these contacts. */
  clear(segmentId: string, contactIds: readonly string[]): Promise<void>;
  /** Every override of a segment. */
  list(segmentId: string): Promise<Map<string, OverrideMode>>;
  /** The overrides among some contacts. */
  among(segmentId: string, contactIds: readonly string[]): Promise<Map<string, OverrideMode>>;
  /** The overrides of these contacts in every segment: contact → segment → mode. */
  forContacts(contactIds: readonly string[]): Promise<Map<string, Map<string, OverrideMode>>>;
  /** Forgets a deleted contact everywhere, or a deleted segment's overrides. */
  removeContact(contactId: string): Promise<void>;
  removeSegment(segmentId: string): Promise<void>;
}

/** The override store over `context`. */
export function overrideStore(context: StoreContext): OverrideStore {
  const { db } = context;
  const toMap = (rows: readonly { contact_id: string; mode: string }[]) =>
    new Map(rows.map((row) => [row.contact_id, row.mode as OverrideMode]));
  return {
    async set(segmentId, contactIds, mode) {
      spendHeldMemberships(context.beginReads);
      for (const slice of chunks([...new Set(contactIds)], idsPerStatement)) {
        await db
          .insertInto('sm_override')
          .values(slice.map((contactId) => ({ segment_id: segmentId, contact_id: contactId, mode })))
          .onConflict((oc) => oc.columns(['segment_id', 'contact_id']).doUpdateSet({ mode }))
          .execute();
      }
    },

    async clear(segmentId, contactIds) {
      spendHeldMemberships(context.beginReads);
      for (const slice of chunks([...new Set(contactIds)], idsPerStatement)) {
        await db
          .deleteFrom('sm_override')
          .where('segment_id', '=', segmentId)
          .where('contact_id', 'in', slice)
          .execute();
      }
    },

    async list(segmentId) {
      return toMap(
        await db
          .selectFrom('sm_override')
          .select(['contact_id', 'mode'])
          .where('segment_id', '=', segmentId)
          .execute(),
      );
    },

    async among(segmentId, contactIds) {
      const found = new Map<string, OverrideMode>();
      for (const slice of chunks([...new Set(contactIds)], idsPerStatement)) {
        const rows = await db
          .selectFrom('sm_override')
          .select(['contact_id', 'mode'])
          .where('segment_id', '=', segmentId)
          .where('contact_id', 'in', slice)
          .execute();
        for (const [id, mode] of toMap(rows)) found.set(id, mode);
      }
      return found;
    },

    async forContacts(contactIds) {
      const found = new Map<string, Map<string, OverrideMode>>();
      for (const slice of chunks([...new Set(contactIds)], idsPerStatement)) {
        const rows = await db
          .selectFrom('sm_override')
          .select(['segment_id', 'contact_id', 'mode'])
          .where('contact_id', 'in', slice)
          .execute();
        for (const row of rows) {
          const modes = found.get(row.contact_id) ?? new Map<string, OverrideMode>();
          modes.set(row.segment_id, row.mode as OverrideMode);
          found.set(row.contact_id, modes);
        }
      }
      return found;
    },

    async removeContact(contactId) {
      spendHeldMemberships(context.beginReads);
      await db.deleteFrom('sm_override').where('contact_id', '=', contactId).execute();
    },

    async removeSegment(segmentId) {
      spendHeldMemberships(context.beginReads);
      await db.deleteFrom('sm_override').where('segment_id', '=', segmentId).execute();
    },
  };
}
