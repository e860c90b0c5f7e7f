import type { EntityTable } from './columnar-image.ts';

/**
 * Marks in `out` the row of each of `ids` that `table` holds, calling `charge` before each thousand,
 * and gives `out` back.
 *
 * Stored members come sorted by id (`MemberStore.list`), and the image holds its rows in id order when
 * it was read by id: then each id is found by a galloping search forward from the last one found,
 * comparing the ids themselves, instead of one lookup in a map of every contact (a cache miss each, at
 * a million contacts). Any id found out of order, or not at its place, is looked up in the map, so the
 * result never depends on either order. (Numeric keys of the ids, searched in one array of doubles,
 * were tried and measured slower: making a key costs more than the comparisons it saves, 7× slower
 * for 143,000 members among a million contacts, 2× for 23,000.)
 */
export function markIdRows(
  table: EntityTable,
  ids: Iterable<string>,
  out: Uint8Array,
  charge: (found: number) => void = () => undefined,
): Uint8Array {
  const rowIds = table.ids;
  const ascending = table.ascending;
  const rows = rowIds.length;
  let next = 0;
  let previous: string | undefined;
  let found = 0;
  for (const id of ids) {
    if (found++ % 1024 === 0) charge(1024);
    if (ascending && next < rows && (previous === undefined || previous < id)) {
      const row = firstAtLeast(rowIds, id, next);
      if (row < rows && rowIds[row] === id) {
        out[row] = 1;
        next = row + 1;
        previous = id;
        continue;
      }
    }
    const row = table.rowOf.get(id);
    if (row !== undefined) out[row] = 1;
  }
  return out;
}

/** The first row at or after `from` whose id is not below `id`, in ids sorted ascending. */
function firstAtLeast(rowIds: readonly string[], id: string, from: number): number {
  // Gallop: steps of 1, 2, 4 … until an id not below `id`, then halve the last step.
  let low = from;
  let step = 1;
  let high = from;
  while (high < rowIds.length && (rowIds[high] as string) < id) {
    low = high + 1;
    high = from + step;
    step *= 2;
  }
  if (high > rowIds.length) high = rowIds.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((rowIds[middle] as string) < id) low = middle + 1;
    else high = middle;
  }
  return low;
}
