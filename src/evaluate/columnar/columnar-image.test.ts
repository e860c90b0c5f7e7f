import { describe, expect, it } from 'vitest';
import { Schema } from '../../schema/schema.ts';
import type { StoredRecord } from '../record-source.ts';
import { queryOf } from '../test-fixtures.ts';
import { valueAt, type Column } from './column.ts';
import { buildColumn, ColumnBuilder } from './build-column.ts';
import { ColumnarImage, entityTable } from './columnar-image.ts';
import { markIdRows } from './id-rows.ts';
import { evaluateColumnar } from './evaluate-columnar.ts';
import { monthDayOfDays } from './month-day.ts';
import { ColumnarWorkExceeded, textTestUnits } from './work-meter.ts';

const schema = Schema.builtin();
const now = new Date('2026-03-09T18:00:00.000Z');

const contacts: readonly StoredRecord[] = [
  { id: 'c1', address1_city: 'ZÜRICH', creditlimit: '19.9', birthdate: '1980-02-29', parentcustomerid: 'a1' },
  {
    id: 'c2',
    address1_city: 'zürich',
    creditlimit: '',
    interests: ['wine', 'cooking'],
    parentcustomerid: 'a9',
  },
  { id: 'c3', address1_city: 'Zürich', interests: [], numberofchildren: 2 },
  { id: 'c4', address1_city: 'Atlantis', interests: ['cooking', 'wine'] },
];
const image = ColumnarImage.build(schema, { contact: contacts, account: [{ id: 'a1', name: 'Contoso' }] });
const column = (attribute: string): Column => {
  const found = image.table('contact').columns.get(attribute);
  if (!found) throw new Error(`no column ${attribute}`);
  return found;
};
const rowsOf = (c: Column) => contacts.map((_, row) => valueAt(c, row));

describe('the columnar image', () => {
  it('keeps each distinct text once, and folds it once as the evaluator does', () => {
    const city = column('address1_city');
    expect(city.kind === 'dictionary' && city.values).toEqual(['ZÜRICH', 'zürich', 'Zürich', 'Atlantis']);
    expect(city.kind === 'dictionary' && city.folded).toEqual(['zürich', 'zürich', 'zürich', 'atlantis']);
    expect(rowsOf(city)).toEqual(['ZÜRICH', 'zürich', 'Zürich', 'Atlantis']);
  });

  it('reads absent values, empty text and empty lists as missing', () => {
    expect(rowsOf(column('creditlimit'))).toEqual(['19.9', null, null, null]);
    expect(rowsOf(column('interests'))).toEqual([null, ['wine', 'cooking'], null, ['cooking', 'wine']]);
    expect(rowsOf(column('numberofchildren'))).toEqual([null, null, 2, null]);
  });

  it('holds numbers and dates as typed arrays that give back the stored values', () => {
    expect(column('creditlimit').kind).toBe('numbers');
    expect(column('birthdate').kind).toBe('instants');
    expect(rowsOf(column('birthdate'))).toEqual(['1980-02-29', null, null, null]);
  });

  it('keeps a decimal that a double would not hold exactly in a dictionary instead', () => {
    const exact = '12345678901234567.89';
    const wide = ColumnarImage.build(schema, { contact: [{ id: 'c1', creditlimit: exact }] });
    const credit = wide.table('contact').columns.get('creditlimit');
    expect(credit?.kind).toBe('dictionary');
    expect(credit && valueAt(credit, 0)).toBe(exact);
  });

  it('resolves a lookup to the row of the record it names, and -1 when it names none', () => {
    expect([...image.lookupRows('contact', 'parentcustomerid', 'account')]).toEqual([0, -1, -1, -1]);
  });

  it('selects the contacts a query selects, whatever the case of the text', () => {
    const query = queryOf({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [
              { kind: 'condition', attribute: 'address1_city', operator: 'equals', values: ['zürich'] },
            ],
          },
        },
      ],
    });
    const members = evaluateColumnar(query, 'UTC', image, { now, storedMembers: () => [] });
    expect(members.ids()).toEqual(['c1', 'c2', 'c3']);
    expect(members.count()).toBe(3);
  });

  it('stops before a step that would spend more than its limit, and decides within it otherwise', () => {
    const needles = Array.from({ length: 500 }, (_, i) => `needle ${i}`);
    const query = queryOf({
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'or',
            children: [
              { kind: 'condition', attribute: 'address1_city', operator: 'contains', values: ['rich'] },
              { kind: 'condition', attribute: 'address1_city', operator: 'contains', values: needles },
            ],
          },
        },
      ],
    });
    const unlimited = evaluateColumnar(query, 'UTC', image, { now, storedMembers: () => [] });
    expect(unlimited.ids()).toEqual(['c1', 'c2', 'c3']);
    // The 500 values tested against each distinct city are most of the work.
    expect(unlimited.work).toBeGreaterThan(500 * textTestUnits);
    const within = evaluateColumnar(query, 'UTC', image, {
      now,
      storedMembers: () => [],
      maxWork: unlimited.work,
    });
    expect(within.ids()).toEqual(['c1', 'c2', 'c3']);
    expect(() =>
      evaluateColumnar(query, 'UTC', image, { now, storedMembers: () => [], maxWork: unlimited.work - 1 }),
    ).toThrow(ColumnarWorkExceeded);
  });
});

describe('a column built a page at a time', () => {
  const attribute = (name: string) => {
    const found = schema.entity('contact')?.attributes.find((a) => a.name === name);
    if (!found) throw new Error(`no attribute ${name}`);
    return found;
  };
  /** The column of `values` built in pages of two records, and over all of them at once. */
  const bothWays = (name: string, values: readonly (string | number | null)[]) => {
    const records: StoredRecord[] = values.map((value, i) => ({
      id: `c${i}`,
      ...(value === null ? {} : { [name]: value }),
    }));
    const builder = new ColumnBuilder(attribute(name));
    for (let i = 0; i < records.length; i += 2) builder.add(records.slice(i, i + 2));
    return { paged: builder.finish(), whole: buildColumn(attribute(name), records), records };
  };

  it('turns numbers into a dictionary, earlier pages included, at a decimal a double does not hold', () => {
    const { paged, whole, records } = bothWays('creditlimit', [
      '19.9',
      null,
      '20',
      '0.1000000000000000055511151231257827',
    ]);
    expect(paged.kind).toBe('dictionary');
    expect(paged).toEqual(whole);
    expect(records.map((_, row) => valueAt(paged, row))).toEqual([
      '19.9',
      null,
      '20',
      '0.1000000000000000055511151231257827',
    ]);
  });

  it('keeps numbers and dates as typed arrays across pages when every value is exact', () => {
    const numbers = bothWays('numberofchildren', [2, null, 0, 7, 3]);
    expect(numbers.paged.kind).toBe('numbers');
    expect(numbers.paged).toEqual(numbers.whole);
    const dates = bothWays('birthdate', ['1980-02-29', null, '2001-12-31']);
    expect(dates.paged.kind).toBe('instants');
    expect(dates.paged).toEqual(dates.whole);
  });

  it('turns dates into a dictionary at a value that is not a canonical date', () => {
    const { paged, whole, records } = bothWays('birthdate', ['1980-02-29', '2001-12-31', null, '1980-2-29']);
    expect(paged.kind).toBe('dictionary');
    expect(paged).toEqual(whole);
    expect(records.map((_, row) => valueAt(paged, row))).toEqual([
      '1980-02-29',
      '2001-12-31',
      null,
      '1980-2-29',
    ]);
  });
});

describe('monthDayOfDays', () => {
  it('gives the month and day a Date gives, across leap days, centuries and dates before 1970', () => {
    const differing: number[] = [];
    // 1751-02-01 to 2189-12-31: 1900 (not leap), 2000 (leap) and every 29 February between.
    for (let days = -80_000; days < 80_000; days++) {
      const date = new Date(days * 86_400_000);
      if (monthDayOfDays(days) !== (date.getUTCMonth() + 1) * 100 + date.getUTCDate()) differing.push(days);
    }
    expect(differing).toEqual([]);
    expect(monthDayOfDays(Date.UTC(2024, 1, 29) / 86_400_000)).toBe(229);
  });
});

describe('markIdRows', () => {
  const rowsOf = (ids: readonly string[], members: readonly string[]) => {
    const table = entityTable('contact', ids, []);
    const out = new Uint8Array(ids.length);
    let charged = 0;
    markIdRows(table, members, out, (found) => (charged += found));
    return { marked: ids.filter((_, row) => out[row] === 1), charged };
  };
  const sorted = Array.from({ length: 5_000 }, (_, i) => `c${String(i).padStart(5, '0')}`);

  it('marks exactly the ids the table holds, sorted or not, and ignores ids it does not hold', () => {
    const members = ['c00000', 'c00001', 'c00002', 'c00999', 'c01000', 'c04999', 'c05000', 'zz'];
    expect(rowsOf(sorted, members).marked).toEqual(members.slice(0, 6));
    // Out of order, repeated, and ids below the last one found.
    const shuffled = ['c04999', 'c00002', 'c00002', 'c03000', 'a', 'c00001', 'c04000', 'c00000'];
    expect(rowsOf(sorted, shuffled).marked).toEqual([
      'c00000',
      'c00001',
      'c00002',
      'c03000',
      'c04000',
      'c04999',
    ]);
  });

  it('finds every id when the table is not in id order', () => {
    const unsorted = [...sorted].reverse();
    const members = sorted.filter((_, i) => i % 3 === 0);
    expect(rowsOf(unsorted, members).marked).toEqual([...members].reverse());
  });

  it('charges before each thousand ids', () => {
    expect(rowsOf(sorted, sorted.slice(0, 2_500)).charged).toBe(3 * 1024);
  });
});
