import { describe, expect, it } from 'vitest';
import { IdJsonBuilder, selectedIdsJson, tableIdJson } from './id-json.ts';

/** Ids a JSON string must escape or write in more than one byte, beside plain ones. */
const awkward = [
  'plain-1',
  'quo"te',
  'back\\slash',
  'tab\there',
  'é-accent',
  'emoji-😀',
  'lone-\ud800',
  '',
  'z',
];
const plain = Array.from({ length: 50 }, (_, i) => `ct-${String(i).padStart(8, '0')}`);

/** Each row's id as the table's JSON holds it, read back. */
function texts(ids: readonly string[], json = tableIdJson(ids)): string[] {
  const decoder = new TextDecoder();
  return ids.map((_, r) =>
    decoder.decode(json.bytes.subarray(json.starts[r], (json.starts[r + 1] as number) - 1)),
  );
}

describe("a table's ids as JSON", () => {
  it('holds each id as JSON.stringify writes it, plain or not', () => {
    for (const ids of [plain, awkward, [...plain, ...awkward]])
      expect(texts(ids)).toEqual(ids.map((id) => JSON.stringify(id)));
  });

  it('is the same built a page at a time, pages of plain and awkward ids mixed', () => {
    const builder = new IdJsonBuilder();
    builder.add(plain.slice(0, 20));
    builder.add(awkward);
    builder.add([]);
    builder.add(plain.slice(20));
    const ids = [...plain.slice(0, 20), ...awkward, ...plain.slice(20)];
    const built = builder.finish();
    expect(texts(ids, built)).toEqual(ids.map((id) => JSON.stringify(id)));
    expect(built.starts.at(-1)).toBe(built.bytes.length);
  });
});

describe('the JSON of the flagged rows', () => {
  const ids = [...plain, ...awkward, ...plain.map((id) => `${id}-b`)];
  const json = tableIdJson(ids);
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

  it('is a JSON array of exactly the flagged ids in row order, each found at its start', () => {
    // Every fifth row, every awkward one, and the last: flags in and out of whole words.
    const rows = new Uint8Array(ids.length);
    ids.forEach((id, r) => {
      if (r % 5 === 0 || awkward.includes(id) || r === ids.length - 1) rows[r] = 1;
    });
    const chosen = ids.filter((_, r) => rows[r] === 1);
    const selected = selectedIdsJson(rows, ids, json);
    expect(selected.ids).toEqual(chosen);
    expect(JSON.parse(decode(selected.bytes))).toEqual(chosen);
    chosen.forEach((id, i) => {
      const text = decode(
        selected.bytes.subarray(selected.starts[i], (selected.starts[i + 1] as number) - 1),
      );
      expect(text).toBe(JSON.stringify(id));
    });
    expect(selected.starts[chosen.length]).toBe(selected.bytes.length);
  });

  it('is [] when no row is flagged, and reads rows that do not start on a word', () => {
    expect(decode(selectedIdsJson(new Uint8Array(ids.length), ids, json).bytes)).toBe('[]');
    const shifted = new Uint8Array(ids.length + 1).subarray(1);
    shifted[2] = 1;
    shifted[ids.length - 1] = 1;
    const selected = selectedIdsJson(shifted, ids, json);
    expect(JSON.parse(decode(selected.bytes))).toEqual([ids[2], ids.at(-1)]);
  });
});
