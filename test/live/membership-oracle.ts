import { parseDefinition } from '../../src/definition/index.ts';
import { ColumnarImage, evaluateColumnar } from '../../src/evaluate/columnar/index.ts';
import { InMemoryRecords, isMatch } from '../../src/evaluate/index.ts';
import type { Store, StoredRecord } from '../../src/store/index.ts';

/** Every record of every entity, read back from the store. */
async function allRecords(store: Store): Promise<Record<string, StoredRecord[]>> {
  const records: Record<string, StoredRecord[]> = {};
  for (const entity of ['contact', 'account', 'lead', 'interaction']) {
    records[entity] = await store.records.list(entity, { limit: 1_000_000 });
  }
  return records;
}

/** An engine's estimate of a query (`Engine.evaluateQuery`), checked for one live segment per call. */
export interface EstimateCheck {
  /** Which live dynamic segment (by position, wrapping around) has its query estimated. */
  readonly index: number;
  readonly estimate: (query: unknown, timeZone: string) => Promise<ReadonlySet<string>>;
}

/**
 * Segments whose stored members differ from a full re-evaluation by the in-process evaluator (the
 * test oracle), with overrides applied: `segment: expected vs stored`; segments on which the
 * columnar image (built afresh from the same records) selects other contacts than the evaluator; and,
 * given `estimate`, one segment whose query the engine estimates otherwise (an engine's columnar view,
 * kept by re-checks since its image was built). Empty when all is right.
 */
export async function membershipDrift(store: Store, now: Date, estimate?: EstimateCheck): Promise<string[]> {
  const records = await allRecords(store);
  const source = new InMemoryRecords(records);
  const stored = new Map<string, Set<string>>();
  const segments = await store.segments.list();
  for (const segment of segments) stored.set(segment.id, new Set(await store.members.list(segment.id)));
  const context = {
    schema: store.schema(),
    records: source,
    now,
    isMember: (segmentId: string, contactId: string) => stored.get(segmentId)?.has(contactId) ?? false,
  };
  const image = ColumnarImage.build(store.schema(), records);
  const storedMembers = (segmentId: string) => stored.get(segmentId) ?? [];
  const drift: string[] = [];
  const live = segments.filter((segment) => segment.state === 'live' && segment.type === 'dynamic');
  const estimated = estimate && live[estimate.index % live.length];
  for (const segment of live) {
    const parsed = parseDefinition(segment.definition);
    if (!parsed.ok || !parsed.value.query) throw new Error(`segment ${segment.id} does not parse`);
    const { query, timeZone } = parsed.value;
    const matching = (records.contact ?? [])
      .map((contact) => contact.id)
      .filter((id) => isMatch(query, timeZone, id, context));
    const columnar = evaluateColumnar(query, timeZone, image, { now, storedMembers }).ids();
    if ([...columnar].sort().join() !== [...matching].sort().join()) {
      drift.push(
        `${segment.id}: the columnar image selects [${[...columnar].sort().join(', ')}], the evaluator [${[...matching].sort().join(', ')}]`,
      );
    }
    if (estimate && segment === estimated) {
      const json = (segment.definition as { readonly query?: unknown }).query;
      const ids = [...(await estimate.estimate(json, timeZone))].sort();
      if (ids.join() !== [...matching].sort().join())
        drift.push(
          `${segment.id}: the engine estimates [${ids.join(', ')}], the evaluator [${[...matching].sort().join(', ')}]`,
        );
    }
    const overrides = await store.overrides.list(segment.id);
    const expected = (records.contact ?? [])
      .map((contact) => contact.id)
      .filter((id) => {
        const mode = overrides.get(id);
        return mode === 'exclude' ? false : mode === 'include' ? true : isMatch(query, timeZone, id, context);
      })
      .sort();
    const actual = [...(stored.get(segment.id) ?? [])].sort();
    if (expected.join() !== actual.join()) {
      drift.push(`${segment.id}: expected [${expected.join(', ')}] stored [${actual.join(', ')}]`);
    }
  }
  return drift;
}

/** Replays the event log into memberships, one event at a time from where it last stopped. */
export class EventReplay {
  readonly members = new Map<string, Set<string>>();
  #seq = 0;

  async catchUp(store: Store): Promise<void> {
    for (;;) {
      const events = await store.events.list({ after: this.#seq, limit: 5000 });
      if (events.length === 0) return;
      for (const event of events) {
        if (event.seq <= this.#seq) throw new Error(`event ${event.seq} out of order after ${this.#seq}`);
        this.#seq = event.seq;
        const set = this.members.get(event.segmentId) ?? new Set<string>();
        if (event.change === 'joined') {
          if (set.has(event.contactId)) throw new Error(`${event.contactId} joined ${event.segmentId} twice`);
          set.add(event.contactId);
        } else {
          if (!set.delete(event.contactId))
            throw new Error(`${event.contactId} left ${event.segmentId} without joining`);
        }
        this.members.set(event.segmentId, set);
      }
    }
  }

  /** Segments whose replayed members differ from the stored ones. */
  async drift(store: Store): Promise<string[]> {
    const drift: string[] = [];
    for (const segment of await store.segments.list()) {
      const stored = (await store.members.list(segment.id)).sort().join();
      const replayed = [...(this.members.get(segment.id) ?? [])].sort().join();
      if (stored !== replayed) drift.push(`${segment.id}: log replays to [${replayed}] stored [${stored}]`);
    }
    return drift;
  }
}
