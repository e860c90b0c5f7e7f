import { eventRows, readEvents } from './event-runs.ts';
import type { MembershipEvent } from './event-store.ts';
import { StoreError } from './errors.ts';
import { newRecordId } from './record-id.ts';
import { inTransaction, type StoreContext } from './store-context.ts';
import type { WebhookCursorTable, WebhookTable } from './tables.ts';

/** How far a webhook's deliveries have got, and whether it is waiting to retry. */
export interface WebhookCursor {
  /** The last event the receiver acknowledged with a 2xx; delivery resumes after it. */
  readonly lastSeq: number;
  /** Failed attempts at the current batch, 0 when the last one succeeded. */
  readonly attempts: number;
  /** When the next attempt is due after a failure, null when none is waiting. */
  readonly nextAttemptAt: string | null;
  readonly lastError: string | null;
}

/** A webhook (`sm_webhook`) with its delivery cursor (`sm_webhook_cursor`). */
export interface StoredWebhook {
  readonly id: string;
  readonly url: string;
  /** The HMAC key deliveries are signed with. */
  readonly secret: string;
  /** The segments whose events it receives; null for every segment. */
  readonly segmentIds: readonly string[] | null;
  readonly createdAt: string;
  readonly cursor: WebhookCursor;
}

export interface NewWebhook {
  readonly id?: string;
  readonly url: string;
  readonly secret: string;
  readonly segmentIds: readonly string[] | null;
  /** The event delivery starts after; usually the newest event when the webhook is made. */
  readonly afterSeq: number;
}

/**
 * Webhooks and their delivery cursors. A cursor moves only when a receiver acknowledged a batch, and
 * its retry state is kept in the database, so deliveries resume after a restart where they stopped.
 */
export interface WebhookStore {
  create(webhook: NewWebhook): Promise<StoredWebhook>;
  get(id: string): Promise<StoredWebhook | undefined>;
  /** Every webhook, oldest first. */
  list(): Promise<StoredWebhook[]>;
  /** Deletes the webhook and its cursor; true when there was one. */
  delete(id: string): Promise<boolean>;
  /** The events a webhook has still to receive: after `after`, of its segments, oldest first. */
  pendingEvents(
    webhook: Pick<StoredWebhook, 'segmentIds'>,
    after: number,
    limit: number,
  ): Promise<MembershipEvent[]>;
  /** Records a delivered batch: the cursor moves to `lastSeq` and the retry state clears. */
  acknowledge(id: string, lastSeq: number): Promise<void>;
  /** Records a failed attempt and when to try again. */
  recordFailure(
    id: string,
    failure: { attempts: number; nextAttemptAt: string; error: string },
  ): Promise<void>;
}

function fromRows(row: WebhookTable, cursor: WebhookCursorTable | undefined): StoredWebhook {
  return {
    id: row.id,
    url: row.url,
    secret: row.secret,
    segmentIds: row.segment_ids === null ? null : (JSON.parse(row.segment_ids) as string[]),
    createdAt: row.created_at,
    cursor: {
      lastSeq: cursor?.last_seq ?? 0,
      attempts: cursor?.attempts ?? 0,
      nextAttemptAt: cursor?.next_attempt_at ?? null,
      lastError: cursor?.last_error ?? null,
    },
  };
}

/** The webhook store over `context`. */
export function webhookStore(context: StoreContext): WebhookStore {
  const { db } = context;

  const cursorsOf = async (ids: readonly string[]) => {
    if (ids.length === 0) return new Map<string, WebhookCursorTable>();
    const rows = await db
      .selectFrom('sm_webhook_cursor')
      .selectAll()
      .where('webhook_id', 'in', ids)
      .execute();
    return new Map(rows.map((row) => [row.webhook_id, row]));
  };

  const store: WebhookStore = {
    async create(webhook) {
      const id = webhook.id ?? newRecordId();
      const row: WebhookTable = {
        id,
        url: webhook.url,
        secret: webhook.secret,
        segment_ids: webhook.segmentIds === null ? null : JSON.stringify(webhook.segmentIds),
        created_at: context.now().toISOString(),
      };
      const cursor: WebhookCursorTable = {
        webhook_id: id,
        last_seq: webhook.afterSeq,
        attempts: 0,
        next_attempt_at: null,
        last_error: null,
      };
      return inTransaction(context, async (tx) => {
        const existing = await tx.db
          .selectFrom('sm_webhook')
          .select('id')
          .where('id', '=', id)
          .executeTakeFirst();
        if (existing)
          throw new StoreError(`A webhook with id "${id}" already exists.`, 'DUPLICATE_ID', {
            webhookId: id,
          });
        await tx.db.insertInto('sm_webhook').values(row).execute();
        await tx.db.insertInto('sm_webhook_cursor').values(cursor).execute();
        return fromRows(row, cursor);
      });
    },

    async get(id) {
      const row = await db.selectFrom('sm_webhook').selectAll().where('id', '=', id).executeTakeFirst();
      return row && fromRows(row, (await cursorsOf([id])).get(id));
    },

    async list() {
      const rows = await db
        .selectFrom('sm_webhook')
        .selectAll()
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      const cursors = await cursorsOf(rows.map((row) => row.id));
      return rows.map((row) => fromRows(row, cursors.get(row.id)));
    },

    delete(id) {
      return inTransaction(context, async (tx) => {
        await tx.db.deleteFrom('sm_webhook_cursor').where('webhook_id', '=', id).execute();
        const result = await tx.db.deleteFrom('sm_webhook').where('id', '=', id).executeTakeFirst();
        return result.numDeletedRows > 0n;
      });
    },

    async pendingEvents(webhook, after, limit) {
      const segmentIds = webhook.segmentIds ?? undefined;
      if (segmentIds?.length === 0) return [];
      return readEvents(eventRows(db, segmentIds), after, limit);
    },

    async acknowledge(id, lastSeq) {
      await db
        .updateTable('sm_webhook_cursor')
        .set({ last_seq: lastSeq, attempts: 0, next_attempt_at: null, last_error: null })
        .where('webhook_id', '=', id)
        .execute();
    },

    async recordFailure(id, failure) {
      await db
        .updateTable('sm_webhook_cursor')
        .set({
          attempts: failure.attempts,
          next_attempt_at: failure.nextAttemptAt,
          last_error: failure.error.slice(0, 1000),
        })
        .where('webhook_id', '=', id)
        .execute();
    },
  };
  return store;
}
