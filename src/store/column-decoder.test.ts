import { describe, expect, it } from 'vitest';
import { Schema } from '../schema/index.ts';
import { columnDecoder, fromColumn } from './column-codec.ts';
import type { StoreDialect } from './tables.ts';

/** Raw column values of every kind a driver hands back, the odd ones included. */
const raws: readonly unknown[] = [
  null,
  undefined,
  '',
  'text',
  '0',
  '-0',
  '7',
  '-5',
  '100',
  '12345',
  '-123450000',
  '000123',
  '1.5',
  '+3',
  '-',
  '999999999999999',
  '1234567890123456789',
  '-9223372036854775807',
  '2026-11-01',
  '2026-11-01T12:00:00.000Z',
  '["b","a","a"]',
  '[]',
  0,
  1,
  2,
  -3,
  1.5,
  12345,
  1n,
  0n,
  123456789n,
  true,
  false,
  new Date('2026-11-01T12:00:00.000Z'),
  ['b', 'a'],
];

/** The outcome of a call: its value, or the error's name (the same input must fail the same way). */
function outcome(call: () => unknown): unknown {
  try {
    return { value: call() };
  } catch (error) {
    return { error: (error as Error).name };
  }
}

describe('columnDecoder', () => {
  const contact = Schema.builtin().entity('contact');
  for (const dialect of ['sqlite', 'postgres'] as StoreDialect[])
    it(`reads every raw value as fromColumn does, for every contact attribute, on ${dialect}`, () => {
      for (const attribute of contact?.attributes ?? []) {
        const decode = columnDecoder(dialect, attribute);
        for (const raw of raws)
          expect(
            outcome(() => decode(raw)),
            `${attribute.name} (${attribute.type}) ${String(raw)}`,
          ).toEqual(outcome(() => fromColumn(dialect, attribute, raw)));
      }
    });
});
