import { eventStore } from './event-store.ts';
import { historyStore } from './history-store.ts';
import { memberStore } from './member-store.ts';
import { overrideStore } from './override-store.ts';
import { settingStore } from './setting-store.ts';
import { recordStore } from './record-store.ts';
import { segmentStore } from './segment-store.ts';
import { templateStore } from './template-store.ts';
import { webhookStore } from './webhook-store.ts';
import type { StoreSession } from './store.ts';
import { inTransaction, type StoreContext } from './store-context.ts';

/** The session over a context: a store bound to its connection, or to an open transaction. */
export function createSession(context: StoreContext): StoreSession {
  return {
    kind: context.dialect,
    db: context.db,
    schema: () => context.schema(),
    records: recordStore(context),
    segments: segmentStore(context),
    members: memberStore(context),
    events: eventStore(context),
    overrides: overrideStore(context),
    history: historyStore(context),
    settings: settingStore(context),
    webhooks: webhookStore(context),
    templates: templateStore(context),
    async query(compiled) {
      return (await context.db.executeQuery(compiled)).rows;
    },
    transaction(fn) {
      return inTransaction(context, (tx) => fn(createSession(tx)));
    },
  };
}
