import { auditStore } from './audit-store.ts';
import { backends } from './backends/index.ts';
import { clockStore } from './clock-store.ts';
import { eventStore } from './event-store.ts';
import { firstReadQueries, heldMemberships } from './first-reads.ts';
import { readTogether } from './read-together.ts';
import { historyStore } from './history-store.ts';
import { keyStore } from './key-store.ts';
import { linkStore } from './link-store.ts';
import { memberStore } from './member-store.ts';
import { overrideStore } from './override-store.ts';
import { settingStore } from './setting-store.ts';
import { recordStore } from './record-store.ts';
import { segmentStore } from './segment-store.ts';
import { templateStore } from './template-store.ts';
import { webhookStore } from './webhook-store.ts';
import type { StoreSession } from './store.ts';
import { inTransaction, type StoreContext } from './store-context.ts';

/**
 * The session over a context: a store bound to its connection, or to an open transaction. Each part
 * is made when first used: a write's transaction touches a few of them, and opens one per write.
 */
export function createSession(context: StoreContext): StoreSession {
  const parts: Partial<Record<string, unknown>> = {};
  const part = <T>(name: string, make: (context: StoreContext) => T): T =>
    (parts[name] ??= make(context)) as T;
  return {
    kind: context.dialect,
    db: context.db,
    schema: () => context.schema(),
    syncSchema: () => context.syncSchema?.(context.db) ?? Promise.resolve(context.schema()),
    get records() {
      return part('records', recordStore);
    },
    get segments() {
      return part('segments', segmentStore);
    },
    get members() {
      return part('members', memberStore);
    },
    get events() {
      return part('events', eventStore);
    },
    get overrides() {
      return part('overrides', overrideStore);
    },
    get history() {
      return part('history', historyStore);
    },
    get settings() {
      return part('settings', settingStore);
    },
    get webhooks() {
      return part('webhooks', webhookStore);
    },
    get templates() {
      return part('templates', templateStore);
    },
    get keys() {
      return part('keys', keyStore);
    },
    get audit() {
      return part('audit', auditStore);
    },
    get links() {
      return part('links', linkStore);
    },
    get clock() {
      return part('clock', clockStore);
    },
    commitVersion() {
      const version = backends[context.dialect].capabilities.commitVersion;
      if (!version) return Promise.reject(new Error(`${context.dialect} counts no commits of others`));
      return version(context.db);
    },
    readTogether(reads) {
      return readTogether(context.db, reads, backends[context.dialect].capabilities.readMany);
    },
    async query(compiled) {
      return (await context.db.executeQuery(compiled)).rows;
    },
    async transaction(fn, first) {
      const readsAhead = first && !context.inTransaction && backends[context.dialect].capabilities.readsAhead;
      const held = readsAhead ? heldMemberships(context, first) : undefined;
      const ahead = readsAhead ? [...firstReadQueries(context, first), ...(held ? [held.query] : [])] : [];
      return inTransaction(context, (tx) => fn(createSession(tx)), ahead, held);
    },
  };
}
