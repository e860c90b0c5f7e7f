import type { EntityTable } from './columnar-image.ts';

/**
 * Marks in `out` the row of each of `ids` that `table` holds, calling `charge` before each thousand,
 * and gives `out` back.
 *
 * Stored members come sorted by id (`MemberStore.list`), and the image holds its rows in id order when
 * it was read by id: then each id is found by a galloping search forward from the last one found over
 * the ids' numeric keys (`IdKeys`, one array of doubles), instead of one lookup in a map of every
 * contact or a comparison with ids scattered over the heap (a cache miss each, at a million contacts). Any id found out of order, or not at its place, is looked up in the map, so the
 * result never depends on either order.
 */
export function markIdRows(
  table: EntityTable,
  ids: Iterable<string>,
  out: Uint8Array,
  charge: (found: number) => void = () => undefined,
): Uint8Array {
  const rowIds = table.ids;
  const rows = rowIds.length;
  const keyed = table.ascending ? table.idKeys : undefined;
  let next = 0;
  let previous: string | undefined;
  let found = 0;
  for (const id of ids) {
    if (found++ % 1024 === 0) charge(1024);
    if (keyed && next < rows && (previous === undefined || previous < id)) {
      const row = firstAtLeast(rowIds, keyed.keys, id, keyed.keyOf(id), next);
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

/**
 * The first row at or after `from` whose id is not below `id` (of key `key`), in ids sorted ascending:
 * decided by the keys, and by the ids themselves only where the keys are equal.
 */
function firstAtLeast(
  rowIds: readonly string[],
  keys: Float64Array,
  id: string,
  key: number,
  from: number,
): number {
  const below = (row: number): boolean => {
    const at = keys[row] as number;
    return at < key || (at === key && (rowIds[row] as string) < id);
  };
  // Gallop: steps of 1, 2, 4 … until a row not below `id`, then halve the last step.
  let low = from;
  let step = 1;
  let high = from;
  while (high < keys.length && below(high)) {
    low = high + 1;
    high = from + step;
    step *= 2;
  }
  if (high > keys.length) high = keys.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (below(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
