/**
 * Numbers that sort as a table's ids sort, so that a search among a million ids reads one array of
 * doubles instead of a million strings scattered over the heap (a cache miss each).
 *
 * Ids sorted ascending share a prefix (`ct-00` of `ct-00000042`, the first digits of a UUID v7's
 * timestamp); the key is the next characters after it, each as its rank among the characters the ids
 * use, in as many characters as 53 bits hold. Any string has a key, ids of the table or not, and keys
 * never disagree with the strings' order: `a < b` gives `keyOf(a) <= keyOf(b)`. Equal keys (ids that
 * differ only past the encoded characters) are told apart by comparing the strings.
 */
export interface IdKeys {
  /** The key of each id, in the table's row order. */
  readonly keys: Float64Array;
  /** The key of `id`, whether the table holds it or not. */
  readonly keyOf: (id: string) => number;
}

/** The keys of `ids`, which must be in ascending order (`EntityTable.ascending`). */
export function idKeys(ids: readonly string[]): IdKeys {
  const prefix = commonPrefix(ids[0] ?? '', ids[ids.length - 1] ?? '');
  // Rank 0 is "no more characters"; a character the ids use has an even rank, one they do not an odd
  // rank between its neighbours (after which the key stops), so that the order of any string is kept.
  const used = new Set<number>();
  for (const id of ids) for (let i = prefix.length; i < id.length; i++) used.add(id.charCodeAt(i));
  const alphabet = Uint16Array.from(used).sort();
  // The rank of every character code up to the highest the ids use, looked up by code (a key is made
  // for every member placed, so no map lookups); codes above it rank after the whole alphabet.
  const highest = alphabet.length > 0 ? (alphabet[alphabet.length - 1] as number) : 0;
  const ranks = new Uint32Array(highest + 1);
  for (let code = 0, below = 0; code <= highest; code++) {
    if (code === alphabet[below]) ranks[code] = 2 * below++ + 2;
    else ranks[code] = 2 * below + 1;
  }
  const after = 2 * alphabet.length + 1;
  const base = 2 * alphabet.length + 2;
  const length = Math.max(1, Math.floor(53 / Math.log2(base)));
  const rank = (code: number): number => (code <= highest ? (ranks[code] as number) : after);
  const keyOf = (id: string): number => {
    if (!id.startsWith(prefix)) return id < prefix ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    let key = 0;
    let ended = false;
    for (let i = 0; i < length; i++) {
      const at = prefix.length + i;
      const digit = ended || at >= id.length ? 0 : rank(id.charCodeAt(at));
      // Past a character the ids do not use, strings of the same odd rank there are not ordered by
      // what follows: their keys stop, equal, and the strings themselves decide.
      if (digit % 2 === 1) ended = true;
      key = key * base + digit;
    }
    return key;
  };
  return { keys: Float64Array.from(ids, keyOf), keyOf };
}

function commonPrefix(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return a.slice(0, i);
}
