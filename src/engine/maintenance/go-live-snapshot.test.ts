import { afterAll, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../store/index.ts';
import { sqliteBackend } from '../../store/test-backends.ts';
import { Engine } from '../engine.ts';

/**
 * A go-live on an SQLite file evaluates its segment in a reader at a snapshot while the server goes on
 * writing (`go-live-snapshot.ts`). Whatever lands meanwhile, through this engine or another process,
 * the members it stores equal a full re-evaluation afterwards.
 */

const contacts = 20_000;
/** Writes sent while a go-live runs, at most (the loops end with the go-live, or here). */
const maxWrites = 3_000;
const cities = Array.from({ length: 20 }, (_, i) => `City${i}`);

async function load(store: Store): Promise<void> {
  await store.records.bulkInsert(
    'account',
    Array.from({ length: 200 }, (_, i) => ({
      id: `a${i}`,
      name: `Account ${i}`,
      industrycode: i % 2 ? 'brewing' : 'retail',
    })),
  );
  for (let start = 0; start < contacts; start += 5_000) {
    await store.records.bulkInsert(
      'contact',
      Array.from({ length: 5_000 }, (_, k) => {
        const i = start + k;
        return {
          id: `c${String(i).padStart(5, '0')}`,
          firstname: `First${i % 997}`,
          address1_city: cities[i % cities.length],
          parentcustomerid: i % 3 === 0 ? `a${i % 200}` : null,
        };
      }),
    );
  }
}

const condition = (attribute: string, operator: string, values: unknown[]) => ({
  kind: 'condition',
  attribute,
  operator,
  values,
});
const where = (...children: unknown[]) => ({ kind: 'group', op: 'or', children });

/**
 * A segment that takes a good part of a second to evaluate (a `contains` row of 100 values tried on
 * every contact) and reads contacts, their account, their interactions and another segment.
 */
const slowSegment = {
  name: 'Slow and varied',
  type: 'dynamic',
  query: {
    blocks: [
      {
        entity: 'contact',
        where: where(
          condition(
            'firstname',
            'contains',
            Array.from({ length: 99 }, (_, v) => `zq${v}`).concat(['First99']),
          ),
          condition('address1_city', 'equals', ['City3']),
          {
            kind: 'related',
            relationship: 'parentcustomerid',
            where: where(condition('industrycode', 'equals', ['brewing'])),
          },
          {
            kind: 'related',
            relationship: 'interactions',
            where: where(condition('type', 'equals', ['EmailOpened'])),
          },
        ),
      },
      { combine: 'union', segment: 'base' },
    ],
  },
};

const baseSegment = {
  name: 'Base',
  type: 'dynamic',
  query: { blocks: [{ entity: 'contact', where: where(condition('address1_city', 'equals', ['City1'])) }] },
};

/**
 * One write of a random kind through `engine`, each able to move a contact in or out of the segment,
 * to a contact of the first half (the second half is for deletes). It starts on a turn of the event
 * loop of its own, as a request does: a loop of writes that never yields would keep the answers of
 * the reader process from ever being read.
 */
async function randomWrite(engine: Engine, n: number): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const contact = `c${String((n * 7919) % (contacts / 2)).padStart(5, '0')}`;
  switch (n % 5) {
    case 0:
      await engine.createRecord('contact', {
        firstname: `New${n}`,
        address1_city: n % 2 ? 'City3' : 'City1',
      });
      break;
    case 1:
      await engine.updateRecord('contact', contact, { address1_city: cities[n % cities.length] });
      break;
    case 2:
      await engine.createRecord('interaction', {
        contactid: contact,
        type: 'EmailOpened',
        occurredon: '2026-03-01T10:00:00.000Z',
      });
      break;
    case 3:
      await engine.updateRecord('account', `a${n % 200}`, { industrycode: n % 3 ? 'brewing' : 'retail' });
      break;
    default:
      await engine.updateRecord('contact', contact, { parentcustomerid: `a${n % 200}` });
  }
}

describe('a go-live that evaluates at a snapshot', () => {
  const backend = sqliteBackend();
  afterAll(() => backend.cleanup());

  it('keeps every write this engine makes while its evaluation runs', async () => {
    const store = await openStore(backend.freshOptions({ file: true }));
    try {
      await load(store);
      const engine = await Engine.open(store);
      await engine.createSegment(baseSegment, 'base');
      await engine.goLive('base');
      await engine.createSegment(slowSegment, 'slow');
      const going = { done: false };
      const live = engine.goLive('slow').finally(() => {
        going.done = true;
      });
      const isDone = () => going.done;
      let during = 0;
      for (let n = 0; !isDone() && n < maxWrites; n++) {
        await randomWrite(engine, n);
        if (!isDone()) during += 1;
      }
      expect((await live).state).toBe('live');
      // The writes went on while the segment was evaluated: they did not wait for it.
      expect(during).toBeGreaterThan(10);
      expect(await engine.verify()).toEqual([]);
      expect((await store.segments.get('slow'))?.memberCount).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  it('stays right when another process writes, or this one deletes, while it evaluates', async () => {
    const options = backend.freshOptions({ file: true });
    const store = await openStore(options);
    const other = await openStore(options);
    try {
      await load(store);
      const engine = await Engine.open(store);
      const otherEngine = await Engine.open(other);
      await engine.createSegment(baseSegment, 'base');
      await engine.goLive('base');
      await engine.createSegment(slowSegment, 'slow');
      const going = { done: false };
      const live = engine.goLive('slow').finally(() => {
        going.done = true;
      });
      for (let n = 0; !going.done && n < maxWrites; n++) {
        if (n % 3 === 0) await randomWrite(otherEngine, n);
        else if (n % 3 === 1)
          await engine.deleteRecord('contact', `c${String(contacts / 2 + n).padStart(5, '0')}`);
        else await randomWrite(engine, n);
      }
      expect((await live).state).toBe('live');
      expect(await engine.verify()).toEqual([]);
    } finally {
      await other.close();
      await store.close();
    }
  });
});
