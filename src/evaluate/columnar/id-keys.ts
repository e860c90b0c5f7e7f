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
  const rankOf = new Map<number, number>();
  alphabet.forEach((code, index) => rankOf.set(code, 2 * index + 2));
  const base = 2 * alphabet.length + 2;
  const length = Math.max(1, Math.floor(53 / Math.log2(base)));
  const rank = (code: number): number => {
    const known = rankOf.get(code);
    if (known !== undefined) return known;
    let below = 0;
    while (below < alphabet.length && (alphabet[below] as number) < code) below++;
    return 2 * below + 1;
  };
  const keyOf = (id: string): number => {
    const head = id.slice(0, prefix.length);
    if (head !== prefix) return head < prefix ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
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
