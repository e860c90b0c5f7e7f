import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordPage, type Store } from '../store/index.ts';
import { memberRows } from '../store/member-rows.ts';
import { csvCellKinds } from '../store/member-csv-text.ts';
import { testBackends } from '../store/test-backends.ts';
import { csvField, type FormulaCells } from './csv-fields.ts';
import { memberCsv } from './member-csv.ts';

/** First names a spreadsheet would run as formulas (OWASP "CSV Injection"), and near misses. */
const formulaNames = [
  '=HYPERLINK("http://x","y")',
  "+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '-2+3',
  '\tx',
  '\rx',
  'a;=1+1',
  'tab\tinside',
  "'quoted",
  '-5',
];

/** Contact `i`, with text that must be quoted or neutralised, missing values, and every kind of value. */
function contactRow(i: number) {
  const odd = i % 2 === 1;
  return {
    // Ids are text anyone chose: some begin a formula.
    id: `${['m', '-m', '@m', 'm'][i % 4]}${String(i).padStart(3, '0')}`,
    firstname: ['Ann', 'Bo "B" ', ' Cy, Jr', 'Dee\r\nLine', 'Ed\nNext', 'Ïa', ...formulaNames][i % 16],
    lastname: odd ? `Smith ${i}` : formulaNames[i % formulaNames.length],
    emailaddress1: odd ? undefined : `p${i}@example.com`,
    birthdate: odd ? '1980-02-29' : undefined,
    gendercode: ['female', 'male', undefined][i % 3],
    interests: ['wine;travel', undefined, 'travel'][i % 3],
    donotemail: [true, false, undefined][i % 3],
    creditlimit: ['10.5', '-0.0001', '123456789012.3456', undefined, '0', '-42'][i % 6],
    numberofchildren: [0, 3, undefined, -2][i % 4],
    exchangerate: ['1.0000000001', '-3', undefined][i % 3],
    mood: ['@home', 'ok', undefined][i % 3],
    tags: [['=x', 'plain'], ['-y'], undefined, ['plain', '+z', '-y']][i % 4],
  };
}

for (const backend of testBackends()) {
  describe.skipIf(backend.skip)(`member export ${backend.label}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await backend.open();
      // Option values come from whoever edits the schema: text, neutralised like any other.
      for (const [name, type] of [
        ['mood', 'choice'],
        ['tags', 'multichoice'],
      ] as const) {
        const options = ['@home', 'ok', '=x', '-y', '+z', 'plain'].map((value) => ({ value }));
        const added = await store.addCustomAttribute('contact', { name, displayName: name, type, options });
        expect(added.ok).toBe(true);
      }
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

    /**
     * The CSV of the seg segment's records as `csvField` writes each value: text columns (the id,
     * strings, choices, multi-choices) with `formulas`, the values Segmint formats kept as they are.
     */
    async function expectedCsv(formulas: FormulaCells) {
      const attributes = store.schema().entity('contact')?.attributes ?? [];
      const columns = ['id', ...attributes.map((a) => a.name)];
      const handling = [
        formulas,
        ...attributes.map((a) => (csvCellKinds[a.type] === 'text' ? formulas : 'keep')),
      ];
      const line = (values: readonly unknown[]) =>
        `${values.map((value, c) => csvField(value, handling[c])).join(',')}\r\n`;
      return [
        line(columns),
        // The gaps segment's members whose contact exists are the seg segment's members.
        ...(await recordsById('seg')).map((record) => line(columns.map((c) => record[c]))),
      ].join('');
    }

    async function exported(segmentId: string, options: { batchSize?: number; formulas?: FormulaCells }) {
      let members = 0;
      const chunks = [];
      for await (const chunk of memberCsv(store, segmentId, (n) => (members += n), options))
        chunks.push(chunk);
      return { text: chunks.join(''), members };
    }

    it('writes the CSV a line per record, as csvField writes each value, whatever the batch size', async () => {
      for (const formulas of ['escape', 'keep'] as const) {
        const expected = await expectedCsv(formulas);
        for (const [segmentId, batchSize] of [
          ['seg', 5000],
          ['seg', 4],
          ['seg', 23],
          ['gaps', 1],
          ['gaps', 5],
          ['gaps', 1000],
        ] as const) {
          const { text, members } = await exported(segmentId, { batchSize, formulas });
          expect(text).toBe(expected);
          expect(members).toBe(23);
        }
        expect(expected).toContain('"Bo ""B"" "');
        expect(expected).toContain('"Dee\r\nLine');
        expect(expected).toContain(',-0.0001,');
      }
    });

    it('neutralises text that a spreadsheet would run as a formula, and only text', async () => {
      const { text } = await exported('seg', {});
      const lines = text.split('\r\n');
      const columns = lines[0]?.split(',') ?? [];
      const line = (id: string) => lines.find((l) => l.startsWith(id)) ?? '';
      expect(text).toContain(`,"'=HYPERLINK(""http://x"",""y"")",`);
      expect(text).toContain(",'+cmd|' /C calc'!A0,");
      expect(text).toContain(",'@SUM(1+1),");
      expect(text).toContain(",'-2+3,");
      expect(text).toContain(`,"'\tx",`);
      expect(text).toContain(`,"'\rx",`);
      expect(text).toContain(',"a;=1+1",');
      expect(text).toContain(',"tab\tinside",');
      expect(text).toContain(",'quoted,");
      expect(text).toContain(",'-5,");
      // Ids, choices and multi-choices are text too.
      expect(line("'-m001,")).not.toBe('');
      expect(line("'@m002,")).not.toBe('');
      expect(text).toContain(",'@home,");
      expect(text).toContain(`,"'=x;plain"\r\n`);
      expect(text).toContain(`,"'+z;-y;plain"\r\n`);
      expect(text).toContain(",'-y\r\n");
      // Numbers Segmint formats stay numbers: a negative integer, money and decimal are not touched.
      const row = line('m007,').split(',');
      expect(row[columns.indexOf('numberofchildren')]).toBe('-2');
      expect(row[columns.indexOf('creditlimit')]).toBe('-0.0001');
      expect(row[columns.indexOf('exchangerate')]).toBe('-3');
      expect(text).toContain(',-42,');
    });

    it('writes every cell as it is when told to keep formulas', async () => {
      const { text } = await exported('seg', { formulas: 'keep' });
      expect(text).toContain(`,"=HYPERLINK(""http://x"",""y"")",`);
      expect(text).toContain(",+cmd|' /C calc'!A0,");
      expect(text).toContain(',@SUM(1+1),');
      expect(text).toContain(',-2+3,');
      expect(text).toContain(',\tx,');
      expect(text).toContain(',"\rx",');
      expect(text).toContain(',a;=1+1,');
      expect(text).toContain(',=x;plain\r\n');
      expect(text).toMatch(/\r\n-m001,/);
      expect(text).not.toMatch(/,"?'[=+\-@\t\r]/);
    });

    it('writes only the header for a segment without members', async () => {
      const chunks = [];
      for await (const chunk of memberCsv(store, 'none')) chunks.push(chunk);
      expect(chunks.join('').split('\r\n')).toHaveLength(2);
    });
  });
}
