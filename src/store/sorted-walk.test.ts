import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../compile/index.ts';
import { recordPage, type PageKey } from './member-page.ts';
import { walkFromMembers, walkSortedMembers } from './sorted-walk.ts';
import type { Store } from './store.ts';
import { testBackends } from './test-backends.ts';

const first = ['Ann', 'ann', 'ÁNGEL', 'Zoë', 'zoe', 'Σοφία', 'ΟΔΥΣΣΕΑΣ', 'İlkay', 'bob', 'Bob', ''];
const last = ['Lee', 'lee', 'Ng', 'Öz', 'Smith', 'smith-Jones', 'Åberg', 'zz', ''];
const contacts = 2 * walkFromMembers + 400;

/** Contact `i`: names from short lists (so many keys tie), some missing, the late ones all `Zz…`. */
function contactRow(i: number) {
  const late = i >= contacts - walkFromMembers - 100;
  const firstname = late ? `Zz${i % 7}` : first[i % first.length] || undefined;
  const lastname = last[(i * 7) % last.length] || undefined;
  const email = i % 5 === 0 ? undefined : `${firstname ?? 'x'}.${i % 13}@Example.com`;
  return {
    id: `c${String((i * 7919) % 10007).padStart(5, '0')}-${i}`,
    firstname,
    lastname,
    emailaddress1: email,
  };
}

/** The sort key `recordPage` orders by. */
function sortKey(kind: 'sqlite' | 'postgres', by: string) {
  const fold = dialects[kind].lower(sql.ref(by));
  return kind === 'postgres'
    ? sql<string>`(coalesce(${fold}, '') collate "C")`
    : sql<string>`coalesce(${fold}, '')`;
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`sorted member pages walking the sort index ${backend.label}`, () => {
    let store: Store;
    const lateIds: string[] = [];
    beforeAll(async () => {
      store = await backend.open();
      const rows = Array.from({ length: contacts }, (_, i) => contactRow(i));
      const result = await store.records.bulkInsert('contact', rows);
      expect(result.rejected).toEqual([]);
      await store.segments.create({ id: 'all', name: 'All', type: 'static', definition: {} });
      await store.members.add('all', [...rows.map((r) => r.id), 'gone-1', 'zz-gone']);
      // Members that sort last by name: a walk from the start finds none within its budget.
      for (const row of rows) if (row.firstname?.startsWith('Zz')) lateIds.push(row.id);
      await store.segments.create({ id: 'late', name: 'Late', type: 'static', definition: {} });
      await store.members.add('late', lateIds);
      await store.segments.create({ id: 'few', name: 'Few', type: 'static', definition: {} });
      await store.members.add(
        'few',
        rows.filter((_, i) => i % 50 === 0).map((r) => r.id),
      );
    }, 60_000);
    afterAll(() => backend.cleanup());

    /** The members' ids as the sort alone orders them: what every page must follow. */
    async function sortedIds(segmentId: string, by: string, descending: boolean) {
      const key = sql<string>`coalesce(${dialects[store.kind].lower(sql.ref(by))}, '')`;
      const ordered = store.kind === 'postgres' ? sql`${key} collate "C"` : key;
      const order = sql.raw(descending ? 'desc' : 'asc');
      const { rows } = await sql<{ id: string }>`select id from contact
        where id in (select contact_id from sm_member where segment_id = ${segmentId})
        order by ${ordered} ${order}, id ${order}`.execute(store.db);
      return rows.map((r) => r.id);
    }

    async function pagedIds(segmentId: string, sortBy: string, descending: boolean, limit: number) {
      const ids: string[] = [];
      let after: PageKey | undefined;
      do {
        const page = await recordPage(store, {
          entity: 'contact',
          segmentId,
          sortBy,
          descending,
          limit,
          ...(after ? { after } : {}),
        });
        ids.push(...page.items.map((r) => r.id));
        if (page.next) expect(page.next.id).toBe(page.items.at(-1)?.id);
        after = page.next;
      } while (after);
      return ids;
    }

    for (const segmentId of ['all', 'late', 'few'])
      for (const sortBy of ['fullname', 'emailaddress1'])
        for (const descending of [false, true])
          it(`pages ${segmentId} by ${descending ? '-' : ''}${sortBy} in the sort's order, each member once`, async () => {
            const expected = await sortedIds(segmentId, sortBy, descending);
            expect(await pagedIds(segmentId, sortBy, descending, 97)).toEqual(expected);
          });

    it('orders by exactly the indexed expressions', async () => {
      for (const by of ['fullname', 'emailaddress1']) {
        const key = sortKey(store.kind, by);
        const explain = store.kind === 'sqlite' ? sql`explain query plan` : sql`explain`;
        const { rows } = await sql<Record<string, unknown>>`${explain} select id from contact
          where ${key} >= ${'m'} order by ${key}, id limit 5`.execute(store.db);
        expect(JSON.stringify(rows)).toContain(`sm_ix_contact__sort__${by}`);
      }
    });

    it('walks a segment of every contact, and gives up on one whose members sort last', async () => {
      const request = {
        entity: 'contact',
        key: sortKey(store.kind, 'fullname'),
        keyset: undefined,
        descending: false,
        columns: [sql`${sql.ref('id')}`.as('id')],
        keyAlias: 'Sort Key',
        rows: 51,
      };
      const walked = await walkSortedMembers(store, { ...request, segmentId: 'all', members: contacts });
      expect(walked?.map((r) => r.id)).toEqual((await sortedIds('all', 'fullname', false)).slice(0, 51));
      expect(
        await walkSortedMembers(store, { ...request, segmentId: 'late', members: lateIds.length }),
      ).toBeUndefined();
    });
  });
}
