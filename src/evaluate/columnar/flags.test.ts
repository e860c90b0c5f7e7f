import { describe, expect, it } from 'vitest';
import { countFlagged, flaggedRows, wordsOf } from './flags.ts';

/** Flags of `length` rows set at `set`, in an array that starts `offset` bytes into its buffer. */
function flags(length: number, set: readonly number[], offset = 0): Uint8Array {
  const rows = new Uint8Array(new ArrayBuffer(length + offset + 3), offset, length);
  for (const r of set) rows[r] = 1;
  return rows;
}

describe('flags', () => {
  const set = [0, 3, 4, 5, 6, 7, 31, 32, 63, 97, 98];
  for (const offset of [0, 1, 2, 4]) {
    it(`finds and counts the rows flagged, in order, ${offset} bytes into the buffer`, () => {
      const rows = flags(99, set, offset);
      expect(countFlagged(rows)).toBe(set.length);
      expect([...flaggedRows(rows)]).toEqual(set);
      // The flag after the last row (in the buffer, outside the array) is never read.
      new Uint8Array(rows.buffer)[offset + 99] = 1;
      expect(countFlagged(rows)).toBe(set.length);
    });
  }

  it('reads no words from an unaligned array, and every row of an aligned one', () => {
    expect(wordsOf(flags(8, [], 1))).toHaveLength(0);
    expect(wordsOf(flags(11, [])).length).toBe(2);
  });

  it('answers nothing for no rows or no flags', () => {
    expect(countFlagged(new Uint8Array(0))).toBe(0);
    expect([...flaggedRows(new Uint8Array(1000))]).toEqual([]);
  });
});
