import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Store } from '../store/index.ts';
import { testBackends } from '../store/test-backends.ts';
import type { Engine } from './engine.ts';
import {
  and,
  cityIs,
  condition,
  contactSegment,
  engineOn,
  membersOf,
  openedAnEmail,
  worksInBrewing,
} from './engine-test-helpers.ts';

const postgres = testBackends().find((backend) => backend.name === 'postgres');

/**
 * Round trips to PostgreSQL per write through the engine with live segments: on a database across a
 * network each costs a round trip's time (BENCHMARKS.md), so a write names what it reads first
 * (read as the transaction begins) and its re-checks read memberships and records together.
 */
describe.skipIf(!postgres || postgres.skip)(`round trips of a write ${postgres?.label ?? ''}`, () => {
  let store: Store;
  let engine: Engine;

  beforeAll(async () => {
    if (!postgres) return;
    store = await postgres.open();
    ({ engine } = await engineOn(store));
    await engine.createRecord('account', { id: 'brew', name: 'Hoppy', industrycode: 'brewing' });
    await engine.createRecord('account', { id: 'bank', name: 'Vault', industrycode: 'accounting' });
    await engine.createRecord('contact', { id: 'ada', firstname: 'Ada', parentcustomerid: 'bank' });
    for (const [name, where] of [
      ['In Raleigh', cityIs('Raleigh')],
      ['Opened an email', openedAnEmail()],
      ['At a brewery', worksInBrewing],
      ['In North Carolina', and(condition('address1_stateorprovince', 'equals', ['NC']))],
    ] as const) {
      const segment = await engine.createSegment(contactSegment(name, where), name);
      await engine.goLive(segment.id);
    }
    // Built from a segment: re-checked after it, for the contacts whose membership there changed.
    const built = await engine.createSegment(
      {
        name: 'Raleigh readers',
        type: 'dynamic',
        query: {
          blocks: [
            { segment: 'In Raleigh' },
            { combine: 'intersect', entity: 'contact', where: openedAnEmail() },
          ],
        },
      },
      'Raleigh readers',
    );
    await engine.goLive(built.id);
    // The first write after segments went live reads them (the registry); later writes do not.
    await engine.updateRecord('contact', 'ada', { firstname: 'Ada' });
    // The first membership change on a connection prepares the pass's write there; it then goes with
    // the commit (`postgres-prepared.ts`). Bea joins and leaves.
    await engine.createRecord('contact', { id: 'bea', firstname: 'Bea', parentcustomerid: 'brew' });
    await engine.updateRecord('contact', 'bea', { parentcustomerid: 'bank' });
  });
  afterAll(() => postgres?.cleanup());

  /** The statements `write` sends to PostgreSQL, each one round trip. */
  async function sent(write: () => Promise<unknown>): Promise<string[]> {
    // A spy calls through to the client: the statements still run.
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    await write();
    const statements = spy.mock.calls.map(([first]) => {
      const text = typeof first === 'string' ? first : (first as { text?: unknown } | undefined)?.text;
      return String(text).replace(/\s+/g, ' ');
    });
    spy.mockRestore();
    return statements;
  }

  it('changes what no segment reads in three: begin with the contact read, the update, the commit', async () => {
    const trips = await sent(() => engine.updateRecord('contact', 'ada', { jobtitle: 'Brewer' }));
    expect(trips).toHaveLength(3);
    expect(trips[0]).toMatch(/^begin;/);
    expect(trips.at(-1)).toBe('commit');
  });

  it('changes what a segment reads in four: its memberships read between the update and the commit', async () => {
    const trips = await sent(() => engine.updateRecord('contact', 'ada', { address1_city: 'Durham' }));
    expect(trips).toHaveLength(4);
    expect(await membersOf(store, 'In Raleigh')).toEqual([]);
  });

  it('changes what only a segment of contacts reads in three: its memberships read with the begin', async () => {
    const trips = await sent(() => engine.updateRecord('contact', 'ada', { address1_stateorprovince: 'NC' }));
    // begin with the contact and its memberships in the segment that reads the state; the update; the
    // join and its event with the commit. No statement reads memberships in between.
    expect(trips).toHaveLength(3);
    expect(trips[0]).toMatch(/^begin;.* from sm_override /);
    expect(await membersOf(store, 'In North Carolina')).toEqual(['ada']);
    const back = await sent(() => engine.updateRecord('contact', 'ada', { address1_stateorprovince: 'SC' }));
    expect(back).toHaveLength(3);
    expect(await membersOf(store, 'In North Carolina')).toEqual([]);
  });

  it('moves a contact to another account in four, joining the segment that reads the account', async () => {
    const trips = await sent(() => engine.updateRecord('contact', 'ada', { parentcustomerid: 'brew' }));
    // begin with the contact and the account named; the update; memberships and the new account
    // together; the joins and their events with the commit.
    expect(trips).toHaveLength(4);
    expect(trips.at(-1)).toMatch(/^execute segmint_\w+\(.*; commit$/);
    expect(await membersOf(store, 'At a brewery')).toEqual(['ada']);
  });

  it('records an interaction in four, the contact joining the segment that reads interactions', async () => {
    const trips = await sent(() =>
      engine.createRecord('interaction', { contactid: 'ada', type: 'EmailOpened' }),
    );
    // begin with the contact named; the insert; memberships, the contact and its interactions together;
    // the join and its event with the commit. An id the engine makes is not asked after.
    expect(trips).toHaveLength(4);
    expect(await membersOf(store, 'Opened an email')).toEqual(['ada']);
  });

  it('re-checks a segment built from one whose membership changed without reading memberships again', async () => {
    await engine.createRecord('interaction', { contactid: 'ada', type: 'EmailOpened' });
    const trips = await sent(() => engine.updateRecord('contact', 'ada', { address1_city: 'Raleigh' }));
    // begin with the contact read; the update; the memberships in both segments and the contact's
    // interactions together; the joins to both and their events with the commit.
    expect(trips).toHaveLength(4);
    expect(await membersOf(store, 'In Raleigh')).toEqual(['ada']);
    expect(await membersOf(store, 'Raleigh readers')).toEqual(['ada']);
  });

  it('leaves nothing of a write whose membership changes fail with its commit', async () => {
    // A trigger refuses Cyd's events: the pass's write, held for the commit, fails there.
    await store.transaction(async (tx) => {
      await tx.query(
        CompiledQuery.raw(`create function refuse_cyd() returns trigger language plpgsql as $$
          begin if new.contact_id = 'cyd' then raise exception 'events of cyd refused'; end if; return new; end $$`),
      );
      await tx.query(
        CompiledQuery.raw(
          'create trigger refuse_cyd before insert on sm_event for each row execute function refuse_cyd()',
        ),
      );
    });
    await engine.createRecord('contact', { id: 'cyd', firstname: 'Cyd', address1_city: 'Durham' });
    const spy = vi.spyOn(pg.Client.prototype, 'query');
    const failed = await engine
      .updateRecord('contact', 'cyd', { address1_city: 'Raleigh' })
      .catch((e: unknown) => e);
    const last = spy.mock.calls.at(-2)?.[0];
    spy.mockRestore();
    expect(String(failed)).toMatch(/events of cyd refused/);
    // The statement that failed was the pass's write with the commit; the rollback came after it.
    expect(String(last)).toMatch(/^execute segmint_\w+\(.*; commit$/s);
    expect((await store.records.get('contact', 'cyd'))?.address1_city).toBe('Durham');
    expect(await membersOf(store, 'In Raleigh')).toEqual(['ada']);
    await store.transaction((tx) => tx.query(CompiledQuery.raw('drop trigger refuse_cyd on sm_event')));
    // The connection goes on: the same write now lands, with its join.
    await engine.updateRecord('contact', 'cyd', { address1_city: 'Raleigh' });
    expect(await membersOf(store, 'In Raleigh')).toEqual(['ada', 'cyd']);
  });

  it('reads what an update names first only once: a second read in the transaction sees its write', async () => {
    const seen = await store.transaction(
      async (tx) => {
        const before = await tx.records.get('contact', 'ada');
        await tx.records.update('contact', 'ada', { firstname: 'Augusta' }, before);
        return [before?.firstname, (await tx.records.get('contact', 'ada'))?.firstname];
      },
      { record: { entity: 'contact', id: 'ada' } },
    );
    expect(seen).toEqual(['Ada', 'Augusta']);
  });
});
