import type { EntityTable } from './columnar-image.ts';
import type { TableIdJson } from './id-json.ts';

/**
 * Marks in `out` the row of each of `ids` that `table` holds, calling `charge` before each thousand,
 * and gives `out` back.
 *
 * Stored members come sorted by id (`MemberStore.list`), and the image holds its rows in id order when
 * it was read by id: then each id is found by a galloping search forward from the last one found,
 * instead of one lookup in a map of every contact. The search compares the id with the rows' ids as
 * the image keeps them in one buffer of JSON (`TableIdJson`), side by side, rather than with the row id
 * strings, which lie scattered over the heap: a cache miss each, about a microsecond an id at a million
 * contacts. Any id found out of order, or not at its place, is looked up in the map, so the result never
 * depends on either order. (Numeric keys of the ids, searched in one array of doubles, were tried and
 * measured slower: making a key costs more than the comparisons it saves.)
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
  const json = ascending ? table.idJson : undefined;
  let next = 0;
  let previous: string | undefined;
  let found = 0;
  for (const id of ids) {
    if (found++ % 1024 === 0) charge(1024);
    if (json && next < rows && (previous === undefined || previous < id)) {
      const row = firstAtLeast(rowIds, json, id, next);
      if (row < rows && compareRow(rowIds, json, row, id) === 0) {
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
function firstAtLeast(rowIds: readonly string[], json: TableIdJson, id: string, from: number): number {
  // Gallop: steps of 1, 2, 4 … until an id not below `id`, then halve the last step.
  const rows = rowIds.length;
  let low = from;
  let step = 1;
  let high = from;
  while (high < rows && compareRow(rowIds, json, high, id) < 0) {
    low = high + 1;
    high = from + step;
    step *= 2;
  }
  if (high > rows) high = rows;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareRow(rowIds, json, middle, id) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

const quote = 0x22;
const backslash = 0x5c;

/**
 * The sign of row `row`'s id against `id`, as JavaScript compares strings (by UTF-16 code unit). Read
 * from the row's JSON string while both sides are plain ASCII, where byte order is that order; from the
 * row's id string (a cache miss) once either side has an escape or a character past ASCII. Inside the
 * JSON a quote byte is only ever the closing one (a quote in an id is escaped), so it ends the id.
 */
function compareRow(rowIds: readonly string[], json: TableIdJson, row: number, id: string): number {
  const bytes = json.bytes;
  const start = (json.starts[row] as number) + 1;
  const length = id.length;
  for (let i = 0; ; i++) {
    const b = bytes[start + i] as number;
    if (i === length) return b === quote ? 0 : 1;
    const c = id.charCodeAt(i);
    if (b === quote) return -1;
    if (b === backslash || b >= 0x80 || c === quote || c === backslash || c < 0x20 || c >= 0x80) break;
    if (b !== c) return b - c;
  }
  const other = rowIds[row] as string;
  return other < id ? -1 : other > id ? 1 : 0;
}
