import type { DictionaryColumn } from './column.ts';
import type { WorkMeter } from './work-meter.ts';

/**
 * A dictionary column's rows grouped by value: the rows holding code `c` are
 * `rows[offsets[c]] … rows[offsets[c + 1] - 1]`, in row order; rows without a value are in none.
 * Made on first use and kept with the column (an image never changes, `columnar-image.ts`), at four
 * bytes a row: a condition that few rows pass (an interaction's type among five million) then visits
 * those rows only (`selection.ts`).
 */
export interface CodeRows {
  readonly offsets: Int32Array;
  readonly rows: Int32Array;
}

const made = new WeakMap<DictionaryColumn, CodeRows>();

/** The rows of each value of `column`, made now (charged to `meter`) unless made before. */
export function codeRows(column: DictionaryColumn, meter: WorkMeter): CodeRows {
  const known = made.get(column);
  if (known) return known;
  const { codes } = column;
  meter.charge(2 * codes.length);
  const offsets = new Int32Array(column.values.length + 1);
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r] ?? -1;
    if (code >= 0) offsets[code + 1] = (offsets[code + 1] ?? 0) + 1;
  }
  for (let c = 0; c < column.values.length; c++) offsets[c + 1] = (offsets[c + 1] ?? 0) + (offsets[c] ?? 0);
  const next = offsets.slice(0, column.values.length);
  const rows = new Int32Array(offsets[column.values.length] ?? 0);
  for (let r = 0; r < codes.length; r++) {
    const code = codes[r] ?? -1;
    if (code < 0) continue;
    const at = next[code] ?? 0;
    rows[at] = r;
    next[code] = at + 1;
  }
  const built = { offsets, rows };
  made.set(column, built);
  return built;
}
