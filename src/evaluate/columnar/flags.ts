/**
 * Rows as flags: one byte a row, 0 or 1, the form every columnar evaluation answers in. These read
 * them four at a time, over whole 32-bit words, skipping words with no flag set: most segments hold few
 * of the contacts.
 */

/** The whole 32-bit words of `rows`, four flags each, over the same memory (none when unaligned). */
export function wordsOf(rows: Uint8Array): Uint32Array {
  if (rows.byteOffset % 4 !== 0) return new Uint32Array(0);
  return new Uint32Array(rows.buffer, rows.byteOffset, rows.length >> 2);
}

/** How many of `rows` are flagged 1. A word's four flags are summed by one multiply, into its top byte. */
export function countFlagged(rows: Uint8Array): number {
  let n = 0;
  const words = wordsOf(rows);
  for (let w = 0; w < words.length; w++) n += Math.imul(words[w] as number, 0x01010101) >>> 24;
  for (let r = words.length * 4; r < rows.length; r++) n += rows[r] === 1 ? 1 : 0;
  return n;
}

/** The rows flagged 1, in order: counted first, so no array of every row is made. */
export function flaggedRows(rows: Uint8Array): Int32Array {
  const picked = new Int32Array(countFlagged(rows));
  let count = 0;
  const words = wordsOf(rows);
  for (let w = 0; w < words.length; w++) {
    if (words[w] === 0) continue;
    for (let r = w * 4; r < w * 4 + 4; r++) if (rows[r] === 1) picked[count++] = r;
  }
  for (let r = words.length * 4; r < rows.length; r++) if (rows[r] === 1) picked[count++] = r;
  return picked;
}
