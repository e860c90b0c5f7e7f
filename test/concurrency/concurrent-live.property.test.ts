import { afterAll, describe, expect, it } from 'vitest';
import { Engine, EngineError, ManualClock } from '../../src/engine/index.ts';
import { openStore, type Store, type StoredRecord } from '../../src/store/index.ts';
import { testBackends } from '../../src/store/test-backends.ts';
import { EventReplay, membershipDrift } from '../live/membership-oracle.ts';
import { propertySegments, staticSegmentId } from '../live/property-segments.ts';
import { Random } from '../live/random.ts';
import { accountValues, contactValues, interactionValues, leadValues } from '../live/random-records.ts';

/**
 * The live-membership property under concurrency (issue 12, section 1): two engines on ONE database
 * (two stores, as two `segmint serve` processes would have), sharing one clock, take rounds of at
 * least 8 random writes at once (Promise.allSettled), spread over both engines and chosen to collide:
 * the same few contacts, their accounts, contacts moving between those accounts, interactions and
 * leads of the same contacts, manual members of the same contacts, with now and then a clock tick, a
 * segment edit or a go-live on one engine beside the writes on the other. After every round every
 * live segment's stored members equal a full re-evaluation and the event log replays to them.
 *
 * A write may be refused only as a concurrent user could be refused: NOT_FOUND, INVALID_RECORD (a
 * lookup naming a missing record) or UNKNOWN_CONTACTS, and only when a record it names is gone after
 * the round (deleted by another write of the round). Anything else (a duplicate key, SQLITE_BUSY,
 * "database is locked", a serialization failure or deadlock that escaped the retries, a BUSY) fails.
 */
// SEGMINT_CONCURRENCY_ROUNDS shortens a local run; CI runs the full count.
const override = Number(process.env.SEGMINT_CONCURRENCY_ROUNDS ?? 0);
const rounds =
  override > 0 ? { sqlite: override, postgres: override } : ({ sqlite: 300, postgres: 150 } as const);
const seed = 20261203;

/** A write of a round: what it is, which records it names, and how to run it on an engine. */
interface Op {
  readonly label: string;
  /** Records this write names: when one of them is gone after the round, a refusal is fair. */
  readonly names: readonly (readonly [entity: string, id: string])[];
  run(engine: Engine): Promise<unknown>;
}

/** The records as they are when a round starts. */
interface Population {
  readonly contacts: readonly StoredRecord[];
  readonly accounts: readonly string[];
  readonly interactions: readonly StoredRecord[];
  readonly leads: readonly StoredRecord[];
}

const all = (store: Store, entity: string) => store.records.list(entity, { limit: 1_000_000 });

async function population(store: Store): Promise<Population> {
  return {
    contacts: await all(store, 'contact'),
    accounts: (await all(store, 'account')).map((r) => r.id),
    interactions: await all(store, 'interaction'),
    leads: await all(store, 'lead'),
  };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Segments no other segment reads: one may be stopped and go live again during a round. */
const leaves = propertySegments
  .filter((s) => !propertySegments.some((o) => JSON.stringify(o.definition).includes(`"segment":"${s.id}"`)))
  .map((s) => s.id);
const editable = propertySegments.filter((s) => s.alternatives);
const overridden = ['p_atlantis', 'p_openers', 'p_women', 'p_nested', 'p_big_accounts', 'p_brewers'];
const cities = ['Atlantis', 'Lemuria', 'Raleigh', 'atlantis', null];

/**
 * The writes of one round, all drawn before any runs: a few "hot" contacts and their accounts, and
 * at least 8 writes on them, so that they meet on the same rows, the same accounts and the same
 * members.
 */
function roundOps(random: Random, now: Date, world: Population): Op[] {
  const { contacts, accounts, interactions, leads } = world;
  const hot = random.some(contacts, 0.08).slice(0, 4);
  while (hot.length < Math.min(2, contacts.length)) {
    const next = random.pick(contacts);
    if (!hot.includes(next)) hot.push(next);
  }
  const hotIds = hot.map((c) => c.id);
  const hotAccounts = [
    ...new Set([
      ...hot.flatMap((c) => (text(c.parentcustomerid) === undefined ? [] : [text(c.parentcustomerid) ?? ''])),
      ...(accounts.length > 0 ? [random.pick(accounts)] : []),
    ]),
  ];
  const hotInteractions = interactions.filter((i) => hotIds.includes(text(i.contactid) ?? ''));
  const hotLeads = leads.filter((l) => hotIds.includes(text(l.parentcontactid) ?? ''));
  const lookupNames = (values: Readonly<Record<string, unknown>>) => {
    const names: [string, string][] = [];
    const parent = text(values.parentcustomerid);
    if (parent !== undefined) names.push(['account', parent]);
    const contact = text(values.contactid) ?? text(values.parentcontactid);
    if (contact !== undefined) names.push(['contact', contact]);
    return names;
  };

  const ops: Op[] = [];
  const count = random.int(8, 12);
  for (let i = 0; i < count; i++) {
    const chosen = random.weighted<string>([
      [10, 'updateContact'],
      [8, 'moveContact'],
      [6, 'updateAccount'],
      [6, 'createInteraction'],
      [3, 'updateInteraction'],
      [2, 'deleteInteraction'],
      [2, 'bulkInteractions'],
      [2, 'createContact'],
      [3, 'upsertContacts'],
      [1, 'deleteContact'],
      [1, 'createAccount'],
      [1, 'deleteAccount'],
      [3, 'lead'],
      [2, 'staticMembers'],
      [2, 'overrides'],
    ]);
    // Keep the population small and steady, so every round can be checked against a full re-evaluation.
    const kind =
      (chosen === 'createContact' && contacts.length >= 45) ||
      (chosen === 'deleteContact' && contacts.length > 20)
        ? 'deleteContact'
        : chosen === 'deleteContact' || chosen === 'createContact'
          ? 'createContact'
          : (chosen === 'createInteraction' || chosen === 'bulkInteractions') && interactions.length >= 250
            ? 'deleteInteraction'
            : (chosen === 'createAccount' && accounts.length >= 8) ||
                (chosen === 'deleteAccount' && accounts.length > 3)
              ? 'deleteAccount'
              : chosen === 'deleteAccount'
                ? 'createAccount'
                : chosen;
    const contact = random.pick(hotIds);
    const account = hotAccounts.length > 0 ? random.pick(hotAccounts) : undefined;
    switch (kind) {
      case 'updateContact': {
        const values = contactValues(random, now, hotAccounts);
        ops.push({
          label: `updateContact ${contact} ${JSON.stringify(values)}`,
          names: [['contact', contact], ...lookupNames(values)],
          run: (engine) => engine.updateRecord('contact', contact, values),
        });
        break;
      }
      case 'moveContact': {
        const values = {
          parentcustomerid: random.chance(0.15) ? null : (account ?? null),
          ...(random.chance(0.4) ? { address1_city: random.pick(cities) } : {}),
        };
        ops.push({
          label: `moveContact ${contact} ${JSON.stringify(values)}`,
          names: [['contact', contact], ...lookupNames(values)],
          run: (engine) => engine.updateRecord('contact', contact, values),
        });
        break;
      }
      case 'updateAccount': {
        if (account === undefined) break;
        const values = accountValues(random);
        ops.push({
          label: `updateAccount ${account} ${JSON.stringify(values)}`,
          names: [['account', account]],
          run: (engine) => engine.updateRecord('account', account, values),
        });
        break;
      }
      case 'createInteraction': {
        const values = interactionValues(random, now, contact);
        ops.push({
          label: `createInteraction for ${contact}`,
          names: lookupNames(values),
          run: (engine) => engine.createRecord('interaction', values),
        });
        break;
      }
      case 'updateInteraction': {
        if (hotInteractions.length === 0) break;
        const id = random.pick(hotInteractions).id;
        const full = interactionValues(random, now, contact);
        const values = random.chance(0.5) ? full : { type: full.type };
        ops.push({
          label: `updateInteraction ${id} ${JSON.stringify(values)}`,
          names: [['interaction', id], ...lookupNames(values)],
          run: (engine) => engine.updateRecord('interaction', id, values),
        });
        break;
      }
      case 'deleteInteraction': {
        const pool = hotInteractions.length > 0 ? hotInteractions : interactions;
        if (pool.length === 0) break;
        const id = random.pick(pool).id;
        ops.push({
          label: `deleteInteraction ${id}`,
          names: [['interaction', id]],
          run: (engine) => engine.deleteRecord('interaction', id),
        });
        break;
      }
      case 'bulkInteractions': {
        const rows = Array.from({ length: random.int(1, 4) }, () =>
          interactionValues(random, now, random.pick(hotIds)),
        );
        ops.push({
          label: `bulkInteractions ${rows.length} for ${hotIds.join(' ')}`,
          names: rows.flatMap(lookupNames),
          run: (engine) => engine.bulkInsert('interaction', rows),
        });
        break;
      }
      case 'createContact': {
        const values = contactValues(random, now, hotAccounts);
        ops.push({
          label: `createContact ${JSON.stringify(values)}`,
          names: lookupNames(values),
          run: (engine) => engine.createRecord('contact', values),
        });
        break;
      }
      case 'upsertContacts': {
        // A CSV import's batch: rows naming the hot contacts update them, rows without an id create.
        const rows: Record<string, unknown>[] = random.some(hotIds, 0.7).map((id) => ({
          id,
          address1_city: random.pick(cities),
          ...(account ? { parentcustomerid: account } : {}),
        }));
        if (contacts.length < 45 && random.chance(0.5))
          rows.push({
            firstname: 'Ann',
            address1_city: random.pick(cities),
            parentcustomerid: account ?? null,
          });
        if (rows.length === 0) break;
        ops.push({
          label: `upsertContacts ${JSON.stringify(rows)}`,
          names: rows.flatMap((row) => [
            ...lookupNames(row),
            ...(text(row.id) ? [['contact', text(row.id) ?? '']] : []),
          ]) as [string, string][],
          run: (engine) => engine.upsertRecords('contact', rows),
        });
        break;
      }
      case 'deleteContact':
        ops.push({
          label: `deleteContact ${contact}`,
          names: [['contact', contact]],
          run: (engine) => engine.deleteRecord('contact', contact),
        });
        break;
      case 'createAccount': {
        const values = accountValues(random);
        ops.push({
          label: `createAccount ${JSON.stringify(values)}`,
          names: [],
          run: (engine) => engine.createRecord('account', values),
        });
        break;
      }
      case 'deleteAccount':
        if (account === undefined) break;
        ops.push({
          label: `deleteAccount ${account}`,
          names: [['account', account]],
          run: (engine) => engine.deleteRecord('account', account),
        });
        break;
      case 'lead': {
        const values = leadValues(random, hotIds);
        if (hotLeads.length > 0 && random.chance(0.6)) {
          const id = random.pick(hotLeads).id;
          ops.push({
            label: `updateLead ${id} ${JSON.stringify(values)}`,
            names: [['lead', id], ...lookupNames(values)],
            run: (engine) => engine.updateRecord('lead', id, values),
          });
        } else {
          ops.push({
            label: `createLead ${JSON.stringify(values)}`,
            names: lookupNames(values),
            run: (engine) => engine.createRecord('lead', values),
          });
        }
        break;
      }
      case 'staticMembers': {
        const chosen = random.some(hotIds, 0.6);
        if (chosen.length === 0) chosen.push(contact);
        const edit = random.chance(0.6) ? { add: chosen } : { remove: chosen };
        ops.push({
          label: `staticMembers ${JSON.stringify(edit)}`,
          names: chosen.map((id) => ['contact', id] as const),
          run: (engine) => engine.editMembers(staticSegmentId, edit),
        });
        break;
      }
      default: {
        const target = random.pick(overridden);
        const chosen = random.some(hotIds, 0.6);
        if (chosen.length === 0) chosen.push(contact);
        const mode = random.weighted<'include' | 'exclude' | 'clear'>([
          [2, 'include'],
          [2, 'exclude'],
          [3, 'clear'],
        ]);
        const edit =
          mode === 'include'
            ? { include: chosen }
            : mode === 'exclude'
              ? { exclude: chosen }
              : { clear: chosen };
        ops.push({
          label: `overrides ${target} ${JSON.stringify(edit)}`,
          names: chosen.map((id) => ['contact', id] as const),
          run: (engine) => engine.editMembers(target, edit),
        });
      }
    }
  }
  // Pad with contact updates, so every round has at least 8 writes in flight.
  while (ops.length < 8) {
    const contact = random.pick(hotIds);
    const values = {
      address1_city: random.pick(cities),
      parentcustomerid: random.pick([...hotAccounts, null]),
    };
    ops.push({
      label: `moveContact ${contact} ${JSON.stringify(values)}`,
      names: [['contact', contact], ...lookupNames(values)],
      run: (engine) => engine.updateRecord('contact', contact, values),
    });
  }
  return ops;
}

/** How a refused write reads in a failure message. */
function describeError(error: unknown): string {
  if (error instanceof EngineError)
    return `EngineError ${error.code}: ${error.message} ${JSON.stringify(error.details)}`;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    const stack = (error.stack ?? '').split('\n').slice(1, 4).join('\n');
    return `${error.name}${typeof code === 'string' ? ` (${code})` : ''}: ${error.message}\n${stack}`;
  }
  return String(error);
}

/** Whether a refusal is one a concurrent user could get: a record it names was deleted by another write. */
async function fairRefusal(store: Store, op: Op, error: unknown): Promise<boolean> {
  if (!(error instanceof EngineError)) return false;
  if (error.code === 'INVALID_RECORD' && !error.details.every((p) => p.code === 'MISSING_REFERENCE'))
    return false;
  if (!['NOT_FOUND', 'INVALID_RECORD', 'UNKNOWN_CONTACTS'].includes(error.code)) return false;
  for (const [entity, id] of op.names) if (!(await store.records.get(entity, id))) return true;
  return false;
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`live membership under concurrent writers ${backend.label}`, () => {
    const stores: Store[] = [];
    afterAll(async () => {
      await Promise.all(stores.map((store) => store.close()));
      await backend.cleanup();
    });

    it(`never drifts over ${rounds[backend.name]} rounds of 8 or more writes in flight on two engines`, async () => {
      const clock = new ManualClock('2026-03-10T17:00:00.000Z');
      // One database, two stores: an SQLite file (an in-memory one cannot be shared), or one schema.
      const options =
        backend.name === 'sqlite' ? backend.freshOptions({ file: true }) : backend.freshOptions();
      const first = await openStore({ ...options, now: () => clock.now() });
      stores.push(first);
      const second = await openStore({ ...options, now: () => clock.now() });
      stores.push(second);
      const engines = [await Engine.open(first, { clock }), await Engine.open(second, { clock })] as const;
      const random = new Random(seed);

      // A population to collide on, then the live segments (going live alternately on either engine).
      const now = clock.now();
      const accountIds = (
        await engines[0].bulkInsert(
          'account',
          Array.from({ length: 5 }, () => accountValues(random)),
        )
      ).ids;
      await engines[1].bulkInsert(
        'contact',
        Array.from({ length: 30 }, () => contactValues(random, now, accountIds)),
      );
      const contactIds = (await all(first, 'contact')).map((c) => c.id);
      await engines[0].bulkInsert(
        'interaction',
        Array.from({ length: 80 }, () => interactionValues(random, now, random.pick(contactIds))),
      );
      await engines[1].bulkInsert(
        'lead',
        Array.from({ length: 10 }, () => leadValues(random, contactIds)),
      );
      await engines[0].createSegment({ name: 'VIP list', type: 'static' }, staticSegmentId);
      for (const [index, segment] of propertySegments.entries()) {
        const engine = engines[index % 2] ?? engines[0];
        await engine.createSegment(segment.definition, segment.id);
        await engine.goLive(segment.id);
      }

      const replay = new EventReplay();
      // A reader of the event log that catches up while the writes are in flight, as the event stream
      // and webhook deliveries do: it must miss nothing (an event committed after a later one was read).
      const pollingReplay = new EventReplay();
      const pollerProblems: string[] = [];
      const history: string[] = [];
      let written = 0;
      let refused = 0;
      for (let round = 0; round < rounds[backend.name]; round++) {
        const world = await population(first);
        const ops = roundOps(random, clock.now(), world);
        const extras: { label: string; engine: 0 | 1; run: (engine: Engine) => Promise<unknown> }[] = [];
        if (random.chance(0.2)) {
          const minutes = random.weighted([
            [5, random.int(1, 90)],
            [3, random.int(60, 60 * 30)],
            [1, random.int(60 * 24, 60 * 24 * 4)],
          ]);
          clock.advance({ minutes });
          const ticking: (0 | 1)[] = random.chance(0.3) ? [0, 1] : [random.chance(0.5) ? 0 : 1];
          for (const engine of ticking)
            extras.push({ label: `tick +${minutes}m`, engine, run: (e) => e.tick() });
        }
        if (random.chance(0.06)) {
          const segment = random.pick(editable);
          const definition = random.pick([segment.definition, ...(segment.alternatives ?? [])]);
          extras.push({
            label: `editSegment ${segment.id}`,
            engine: random.chance(0.5) ? 0 : 1,
            run: (e) => e.updateSegment(segment.id, definition),
          });
        } else if (random.chance(0.05)) {
          // Stopped before the round, live again during it, beside the writes of the other engine.
          const id = random.pick(leaves);
          const engine = random.chance(0.5) ? 0 : 1;
          await engines[engine === 0 ? 1 : 0].stopSegment(id);
          extras.push({ label: `goLive ${id}`, engine, run: (e) => e.goLive(id) });
        }

        const launched = [
          ...ops.map((op, i) => ({ op, engine: ((i + round) % 2) as 0 | 1 })),
          ...extras.map((extra) => ({
            op: { label: extra.label, names: [], run: extra.run },
            engine: extra.engine,
          })),
        ];
        const writes = { inFlight: true };
        const poller = (async () => {
          while (writes.inFlight) {
            try {
              await pollingReplay.catchUp(first);
            } catch (error) {
              pollerProblems.push(`round ${round}: ${describeError(error)}`);
              return;
            }
            await new Promise((resolve) => setTimeout(resolve, 1));
          }
        })();
        const settled = await Promise.allSettled(launched.map(({ op, engine }) => op.run(engines[engine])));
        writes.inFlight = false;
        await poller;

        const failures: string[] = [];
        for (const [index, { op, engine }] of launched.entries()) {
          const outcome = settled[index];
          if (!outcome) continue;
          if (outcome.status === 'fulfilled') {
            written++;
            continue;
          }
          if (await fairRefusal(first, op, outcome.reason)) refused++;
          else failures.push(`engine ${engine + 1}: ${op.label}\n  -> ${describeError(outcome.reason)}`);
        }
        history.push(
          launched.map(({ op, engine }) => `[${engine + 1}] ${op.label.slice(0, 60)}`).join(' || '),
        );
        if (failures.length > 0)
          throw new Error(
            `round ${round} (seed ${seed}): ${failures.length} of ${launched.length} concurrent operations failed with errors no user should see:\n${failures.join('\n')}`,
          );

        const drift = await membershipDrift(first, clock.now());
        try {
          await replay.catchUp(first);
          drift.push(...(await replay.drift(first)));
        } catch (error) {
          drift.push(`the event log does not replay: ${describeError(error)}`);
        }
        if (drift.length > 0) {
          throw new Error(
            `drift after round ${round} (seed ${seed}):\n${drift.join('\n')}\nlast rounds:\n${history.slice(-3).join('\n')}`,
          );
        }
        if (pollerProblems.length === 0) {
          try {
            await pollingReplay.catchUp(first);
            for (const problem of await pollingReplay.drift(first))
              pollerProblems.push(`round ${round}: ${problem}`);
          } catch (error) {
            pollerProblems.push(`round ${round}: ${describeError(error)}`);
          }
        }
      }

      for (const engine of engines) expect(await engine.verify()).toEqual([]);
      // The writes mostly landed: a run of refusals would test nothing.
      expect(written).toBeGreaterThan(refused * 4);
      expect(written).toBeGreaterThanOrEqual(rounds[backend.name] * 8 * 0.8);
      const causes = new Set((await first.events.list({ limit: 1_000_000 })).map((e) => e.cause));
      expect(causes).toContain('data');
      expect(causes).toContain('manual');
      // An event reader that polled while the writes were in flight saw every event, in order.
      expect(pollerProblems.slice(0, 5)).toEqual([]);
    }, 600_000);
  });
}
