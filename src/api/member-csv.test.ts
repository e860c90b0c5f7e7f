import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPage, type Store } from '../store/index.ts';
import { memberRows } from '../store/member-rows.ts';
import { testBackends } from '../store/test-backends.ts';
import { csvLine } from './csv.ts';
import { memberCsv } from './member-csv.ts';

/** Contact `i`, with text that must be quoted, missing values, and every kind of value. */
function contactRow(i: number) {
  const odd = i % 2 === 1;
  return {
    id: `m${String(i).padStart(3, '0')}`,
    firstname: ['Ann', 'Bo "B" ', ' Cy, Jr', 'Dee\r\nLine', 'Ed\nNext', 'Ïa'][i % 6],
    lastname: odd ? `Smith ${i}` : undefined,
    emailaddress1: odd ? undefined : `p${i}@example.com`,
    birthdate: odd ? '1980-02-29' : undefined,
    gendercode: ['female', 'male', undefined][i % 3],
    interests: ['wine;travel', undefined, 'travel'][i % 3],
    donotemail: [true, false, undefined][i % 3],
    creditlimit: ['10.5', '-0.0001', '123456789012.3456', undefined, '0', '-42'][i % 6],
    numberofchildren: [0, 3, undefined, -2][i % 4],
    exchangerate: ['1.0000000001', '-3', undefined][i % 3],
  };
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`member export ${backend.label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      const rows = Array.from({ length: 23 }, (_, i) => contactRow(i));
      expect((await store.records.bulkInsert('contact', rows)).rejected).toEqual([]);
      await store.segments.create({ id: 'seg', name: 'Seg', type: 'static', definition: {} });
      await store.members.add(
        'seg',
        rows.map((r) => r.id),
      );
      // Members whose contact is gone are left out, wherever they fall in a batch.
      await store.segments.create({ id: 'gaps', name: 'Gaps', type: 'static', definition: {} });
      await store.members.add('gaps', [...rows.map((r) => r.id), 'm000a', 'm004a', 'm004b', 'zz']);
      await store.segments.create({ id: 'none', name: 'None', type: 'static', definition: {} });
    });
    afterAll(() => backend.cleanup());

    /** Every member as `recordPage` reads them by id. */
    async function recordsById(segmentId: string) {
      const records = [];
      let after: { id: string } | undefined;
      do {
        const page = await recordPage(store, {
          entity: 'contact',
          segmentId,
          limit: 5,
          ...(after ? { after } : {}),
        });
        records.push(...page.items);
        after = page.next;
      } while (after);
      return records;
    }

    it('pages by id past members whose contact is gone, both ways, without ending early', async () => {
      const present = (await recordsById('seg')).map((r) => r.id);
      expect((await recordsById('gaps')).map((r) => r.id)).toEqual(present);
      const backwards = [];
      let after: { id: string } | undefined;
      do {
        const page = await recordPage(store, {
          entity: 'contact',
          segmentId: 'gaps',
          limit: 2,
          descending: true,
          ...(after ? { after } : {}),
        });
        backwards.push(...page.items.map((r) => r.id));
        after = page.next;
      } while (after);
      expect(backwards).toEqual([...present].reverse());
    });

    it('reads the members in batches as the records recordPage gives, in id order', async () => {
      const expected = await recordsById('seg');
      expect(expected).toHaveLength(23);
      for (const [segmentId, batchSize] of [
        ['seg', 1],
        ['seg', 4],
        ['seg', 23],
        ['seg', 24],
        ['seg', 1000],
        ['gaps', 1],
        ['gaps', 4],
        ['gaps', 5],
        ['gaps', 1000],
      ] as const) {
        const read = [];
        for await (const batch of memberRows(store, segmentId, batchSize)) {
          expect(batch.rows.length).toBeLessThanOrEqual(batchSize);
          read.push(...batch.rows.map((row) => Object.fromEntries(batch.columns.map((c, i) => [c, row[i]]))));
        }
        expect(read).toEqual(expected);
      }
    });

    it('writes the CSV a line per record, as csvLine writes each record, whatever the batch size', async () => {
      const columns = [
        'id',
        ...(store
          .schema()
          .entity('contact')
          ?.attributes.map((a) => a.name) ?? []),
      ];
      for (const [segmentId, batchSize] of [
        ['seg', 5000],
        ['seg', 4],
        ['seg', 23],
        ['gaps', 1],
        ['gaps', 5],
        ['gaps', 1000],
      ] as const) {
        const expected = [
          csvLine(columns),
          // The gaps segment's members whose contact exists are the seg segment's members.
          ...(await recordsById('seg')).map((record) => csvLine(columns.map((c) => record[c]))),
        ].join('');
        let members = 0;
        const chunks = [];
        for await (const chunk of memberCsv(store, segmentId, (n) => (members += n), batchSize))
          chunks.push(chunk);
        expect(chunks.join('')).toBe(expected);
        expect(members).toBe(23);
        expect(expected).toContain('"Bo ""B"" "');
        expect(expected).toContain('"Dee\r\nLine');
        expect(expected).toContain(',-0.0001,');
      }
    });

    it('writes only the header for a segment without members', async () => {
      const chunks = [];
      for await (const chunk of memberCsv(store, 'none')) chunks.push(chunk);
      expect(chunks.join('').split('\r\n')).toHaveLength(2);
    });
  });
}
