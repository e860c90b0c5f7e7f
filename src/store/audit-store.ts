import type { StoreContext } from './store-context.ts';

/** One entry of the audit trail: which key did what to which thing, and when. */
export interface AuditEntry {
  readonly seq: number;
  readonly at: string;
  /** The key that did it; null for the command line, which works on the database directly. */
  readonly keyId: string | null;
  readonly keyName: string | null;
  /** What was done, as `<kind>.<verb>`: `segment.go-live`, `key.revoke`, `schema.attribute.create` … */
  readonly action: string;
  /** What it was done to: a segment, key or webhook id, an entity or `entity.attribute` name. */
  readonly target: string;
  readonly targetKind: string;
}

export type NewAuditEntry = Omit<AuditEntry, 'seq' | 'at'>;

/** The audit trail: appended to, read in order, never changed. */
export interface AuditStore {
  append(entry: NewAuditEntry): Promise<void>;
  /** Entries after `after`, oldest first. */
  list(options?: { readonly after?: number; readonly limit?: number }): Promise<AuditEntry[]>;
}

export function auditStore(context: StoreContext): AuditStore {
  const { db } = context;
  return {
    async append(entry) {
      const row = {
        at: context.now().toISOString(),
        key_id: entry.keyId,
        key_name: entry.keyName,
        action: entry.action,
        target_kind: entry.targetKind,
        target: entry.target,
        detail: null,
      };
      // `seq` is the database's to assign.
      await db
        .insertInto('sm_audit')
        .values(row as never)
        .execute();
    },

    async list({ after = 0, limit = 100 } = {}) {
      const rows = await db
        .selectFrom('sm_audit')
        .selectAll()
        .where('seq', '>', after)
        .orderBy('seq')
        .limit(limit)
        .execute();
      return rows.map((row) => ({
        seq: row.seq,
        at: row.at,
        keyId: row.key_id,
        keyName: row.key_name,
        action: row.action,
        target: row.target,
        targetKind: row.target_kind,
      }));
    },
  };
}
