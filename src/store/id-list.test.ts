import { describe, expect, it } from 'vitest';
import { IdList } from './id-list.ts';

const encode = (ids: readonly string[]) => {
  // As the columnar image hands them over: the JSON array's bytes and where each id starts.
  const bytes = new TextEncoder().encode(JSON.stringify(ids));
  const starts = new Int32Array(ids.length + 1);
  let at = 1;
  ids.forEach((id, i) => {
    starts[i] = at;
    at += new TextEncoder().encode(JSON.stringify(id)).length + 1;
  });
  starts[ids.length] = bytes.length;
  return { bytes, starts };
};

describe('a list of ids in id order', () => {
  it('sorts ids that do not come in order, by code unit as the databases compare them', () => {
    expect(IdList.of(new Set(['m3', 'M1', 'm10', 'é1', 'm2'])).ids).toEqual(['M1', 'm10', 'm2', 'm3', 'é1']);
    const list = IdList.of(['a', 'b']);
    expect(IdList.of(list)).toBe(list);
  });

  it('gives any slice as a JSON array, from its own JSON or from the strings', () => {
    const ids = ['a"1', 'b\\2', 'c\t3', 'dé4', 'e😀5', 'f6'];
    for (const list of [IdList.of(ids), IdList.encoded(ids, encode(ids))]) {
      expect(JSON.parse(list.json())).toEqual(ids);
      for (let start = 0; start <= ids.length; start++)
        for (let end = start; end <= ids.length; end++)
          expect(JSON.parse(list.json(start, end))).toEqual(ids.slice(start, end));
      const param = list.jsonParam();
      expect(JSON.parse(typeof param === 'string' ? param : new TextDecoder().decode(param))).toEqual(ids);
    }
  });

  it('refuses JSON that is not of its ids', () => {
    expect(() => IdList.encoded(['a', 'b'], encode(['a']))).toThrow(RangeError);
  });
});
