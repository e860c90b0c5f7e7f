import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entityTable } from './columnar-image.ts';
import { markIdRows } from './id-rows.ts';

/** A seeded draw in [0, 1) (mulberry32), so that a failure repeats. */
let state = 16;
function next(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const random = {
  int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
  chance: (probability: number) => next() < probability,
  pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
};

/** A string of `length` characters drawn from `alphabet` (UTF-16 code units, surrogate halves too). */
const drawn = (alphabet: string, length: number): string =>
  Array.from({ length }, () => alphabet.charAt(random.int(0, alphabet.length - 1))).join('');

const ascending = (ids: Iterable<string>): string[] => [...new Set(ids)].sort();

/** Table ids of several shapes: generated, UUID v7-like, ids that share a long middle, escapes, and mixed text. */
const shapes: Record<string, string[]> = {
  generated: ascending(
    Array.from({ length: 3_000 }, () => `ct-${String(random.int(0, 999_999)).padStart(8, '0')}`),
  ),
  uuids: ascending(
    Array.from({ length: 3_000 }, () => `0192${drawn('0123456789abcdef', 8)}-${randomUUID().slice(9)}`),
  ),
  'late differences': ascending(
    Array.from({ length: 3_000 }, () => `${drawn('ab', 3)}-same-middle-part-${drawn('xyz', 2)}`),
  ),
  // Quotes and backslashes are escaped in the image's JSON, so their order there is not the ids' order.
  'quotes and backslashes': ascending(Array.from({ length: 3_000 }, () => drawn('ab"\\!', random.int(0, 8)))),
  'mixed text': ascending(
    Array.from({ length: 3_000 }, () => drawn('AZaz09-_ é😀"\\\n\u007f', random.int(0, 12))),
  ),
};

/** Strings to look up: the table's own ids, and others of every length and character. */
function probes(ids: readonly string[]): string[] {
  const others = Array.from({ length: 2_000 }, () => {
    const base = random.pick(ids);
    const cut = base.slice(0, random.int(0, base.length));
    return cut + drawn('\u0000 -09AZaz{~é\uffff"\\\u007f', random.int(0, 4));
  });
  return [...ids, ...others, '', '\uffff'];
}

describe('markIdRows', () => {
  for (const [shape, ids] of Object.entries(shapes)) {
    it(`marks the rows the id map marks (${shape} ids)`, () => {
      const table = entityTable('contact', ids, []);
      expect(table.ascending).toBe(true);
      // Sorted members, some the table does not hold, as `MemberStore.list` gives them.
      const members = ascending(probes(ids).filter(() => random.chance(0.3)));
      const out = markIdRows(table, members, new Uint8Array(ids.length));
      const expected = new Uint8Array(ids.length);
      for (const id of members) {
        const row = table.rowOf.get(id);
        if (row !== undefined) expected[row] = 1;
      }
      expect(out).toEqual(expected);
      expect(out.reduce((a, b) => a + b, 0)).toBeGreaterThan(ids.length / 5);
    });
  }
});
