import { describe, expect, it } from 'vitest';
import type { ValidGroup } from '../../definition/nodes.ts';
import type { StoredRecord } from '../record-source.ts';
import { TimeTests } from '../time-tests.ts';
import { condition, contactQuery, membersOf, now, schema } from '../test-fixtures.ts';
import { ColumnarImage } from './columnar-image.ts';
import { codeRows } from './code-rows.ts';
import { inScratch } from './scratch.ts';
import { selectRows } from './selection.ts';
import { WorkMeter } from './work-meter.ts';

const and = (...children: unknown[]) => ({ kind: 'group', op: 'and', children });

/** 80 contacts and 1,200 interactions, a few of them email opens, over the last 90 days; some with no type. */
function records(): { contact: StoredRecord[]; interaction: StoredRecord[] } {
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const common = ['EmailSent', 'EmailDelivered', 'WebsiteVisited', 'Purchase'];
  const contact = Array.from({ length: 80 }, (_, i) => ({ id: `c${String(i).padStart(2, '0')}` }));
  const interaction = Array.from({ length: 1_200 }, (_, i): StoredRecord => {
    const roll = next();
    const type =
      roll < 0.12 ? 'EmailOpened' : roll < 0.16 ? 'EmailClicked' : roll < 0.18 ? null : common[i % 4];
    const day = Math.floor(next() * 90);
    return {
      id: `i${i}`,
      // Some contacts much busier than others.
      contactid: i % 97 === 0 ? null : `c${String(Math.floor(next() ** 2 * 80)).padStart(2, '0')}`,
      occurredon: new Date(now.getTime() - day * 86_400_000 - 3_600_000).toISOString(),
      ...(type === null ? {} : { type }),
      ...(i % 3 === 0 ? { assetid: `asset-${i % 5}` } : {}),
    };
  });
  return { contact, interaction };
}

const data = records();
const related = (where: unknown, count: unknown, window?: unknown) =>
  contactQuery({
    kind: 'related',
    relationship: 'interactions',
    where,
    count,
    ...(window ? { window } : {}),
  });
const last30 = { attribute: 'occurredon', last: 30, unit: 'days' };

/** The image of `data`, and what an evaluation over it reads. */
function imageOfData() {
  const image = ColumnarImage.build(schema, data);
  const env = {
    image,
    times: new TimeTests({ now, timeZone: 'UTC' }),
    meter: new WorkMeter(Number.POSITIVE_INFINITY),
  };
  return { image, env };
}

describe('related records decided from the rows a condition selects', () => {
  it('visits the rows of the passing values only, when few rows pass', () => {
    const { env } = imageOfData();
    const opened = {
      ...and(condition('type', 'equals', 'EmailOpened')),
      not: false,
    } as unknown as ValidGroup;
    const selected = selectRows(opened, 'interaction', env, 'where');
    const expected = data.interaction.flatMap((r, row) => (r['type'] === 'EmailOpened' ? [row] : []));
    expect([...(selected ?? [])].sort((a, b) => a - b)).toEqual(expected);
    // Most rows pass this one: every row is decided instead.
    const common = {
      ...and(condition('type', 'notEquals', 'EmailOpened')),
      not: false,
    } as unknown as ValidGroup;
    expect(selectRows(common, 'interaction', env, 'where')).toBeUndefined();
  });

  it('answers one value alone with its own rows, and lists of several from the pool, overwritten', () => {
    const { image, env } = imageOfData();
    const group = (...children: unknown[]) => ({ ...and(...children), not: false }) as unknown as ValidGroup;
    const rowsWhere = (test: (r: StoredRecord) => boolean) =>
      data.interaction.flatMap((r, row) => (test(r) ? [row] : []));
    const sorted = (rows: Int32Array | undefined) => [...(rows ?? [])].sort((a, b) => a - b);
    const opened = selectRows(group(condition('type', 'equals', 'EmailOpened')), 'interaction', env, 'where');
    const column = image.table('interaction').columns.get('type');
    if (column?.kind !== 'dictionary') throw new Error('type is a dictionary column');
    expect(opened?.buffer).toBe(codeRows(column, env.meter).rows.buffer);
    // Two evaluations one after the other: the second list reuses the first's array.
    const either = group(condition('type', 'equals', 'EmailOpened', 'EmailClicked'));
    const withAsset = group(
      condition('type', 'equals', 'EmailOpened', 'EmailClicked'),
      condition('assetid', 'containsData'),
    );
    const first = inScratch(
      () => sorted(selectRows(either, 'interaction', env, 'where')),
      () => [],
    );
    const second = inScratch(
      () => sorted(selectRows(withAsset, 'interaction', env, 'where')),
      () => [],
    );
    const openOrClick = (r: StoredRecord) => r['type'] === 'EmailOpened' || r['type'] === 'EmailClicked';
    expect(first).toEqual(rowsWhere(openOrClick));
    expect(second).toEqual(rowsWhere((r) => openOrClick(r) && r['assetid'] !== undefined));
    expect(second.length).toBeLessThan(first.length);
  });

  const cases: [string, unknown][] = [
    [
      'at least 3 opens in the last 30 days',
      related(and(condition('type', 'equals', 'EmailOpened')), { operator: 'atLeast', value: 3 }, last30),
    ],
    [
      'at least 1 open, ever',
      related(and(condition('type', 'equals', 'EmailOpened')), { operator: 'atLeast', value: 1 }),
    ],
    [
      'at most 1 open or click in 30 days (none counts)',
      related(
        and(condition('type', 'equals', 'EmailOpened', 'EmailClicked')),
        { operator: 'atMost', value: 1 },
        last30,
      ),
    ],
    [
      'exactly 2 opens of an asset',
      related(and(condition('type', 'equals', 'EmailOpened'), condition('assetid', 'containsData')), {
        operator: 'exactly',
        value: 2,
      }),
    ],
    [
      'opens with no asset (a test that rows without a value pass)',
      related(
        and(condition('type', 'equals', 'EmailOpened'), condition('assetid', 'notContainsData')),
        { operator: 'atLeast', value: 1 },
        last30,
      ),
    ],
    [
      'opens, not clicks, in one group',
      related(
        and(condition('type', 'equals', 'EmailOpened'), condition('type', 'notEquals', 'EmailClicked')),
        { operator: 'atLeast', value: 2 },
      ),
    ],
    [
      'sends or deliveries (too common to select: every row decided)',
      related(
        and(condition('type', 'equals', 'EmailSent', 'EmailDelivered')),
        { operator: 'atLeast', value: 2 },
        last30,
      ),
    ],
  ];
  for (const [name, query] of cases) {
    it(`selects the contacts the evaluator selects: ${name}`, () => {
      // `membersOf` checks the columnar image against the evaluator contact by contact.
      const members = membersOf(query, { records: data });
      expect(members.length).toBeGreaterThan(0);
      expect(members.length).toBeLessThan(data.contact.length);
    });
  }
});
