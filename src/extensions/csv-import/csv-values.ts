import {
  foldCase,
  resolveBooleanLabel,
  resolveChoice,
  type AttributeDef,
  type EntityDef,
  type Schema,
} from '../../schema/index.ts';
import type { Store } from '../../store/index.ts';

/** A row of a CSV import: its line and its cells by logical name. */
export interface CsvRow {
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** A row with its cells in the form the store takes, or why it cannot be. */
export type CsvRowValues =
  | { readonly ok: true; readonly values: Record<string, string> }
  | { readonly ok: false; readonly reason: string };

/** Records per page while a name index is built. */
const recordsPerPage = 2_000;

/**
 * Reads the cells of CSV rows as Dynamics' export writes them, for the store, which takes Segmint's
 * values: a choice cell may hold the option value, its label (`Female`, any case) or its Dataverse
 * integer value (`2`); a multi-choice cell lists any of those separated by `;`; a boolean cell may hold
 * Dataverse's label of the value (`Do Not Allow` for `donotbulkemail`); a lookup cell holds the
 * id of the record it points to or that record's primary name (`Contoso` for an account), matched
 * without regard to case. An id wins over a name; a name two records share is refused with the row
 * rather than guessed. A cell that names nothing is passed on as it is, for the store to refuse in its
 * own words (`there is no account with id "…"`, `(it was deleted)`).
 *
 * One reader serves one import: the names of a lookup's target are read once, the first time a cell is
 * not an id (a file of ids never reads them), and kept for the batches after.
 *
 * @example
 * const reader = csvValueReader(store, schema, contact);
 * await reader.read([{ line: 2, values: { gendercode: '2', parentcustomerid: 'Contoso' } }]);
 * // [{ ok: true, values: { gendercode: 'female', parentcustomerid: 'acc-7' } }]
 */
export function csvValueReader(
  store: Store,
  schema: Schema,
  entity: EntityDef,
): { read(rows: readonly CsvRow[]): Promise<CsvRowValues[]> } {
  const nameIndexes = new Map<string, Promise<NameIndex>>();
  const namesOf = (target: EntityDef) => {
    let index = nameIndexes.get(target.name);
    if (!index) {
      index = nameIndex(store, target);
      nameIndexes.set(target.name, index);
    }
    return index;
  };
  return {
    async read(rows) {
      const columns = Object.keys(rows[0]?.values ?? {});
      const attributes = entity.attributes.filter((a) => columns.includes(a.name));
      const choices = attributes.filter((a) => a.type === 'choice' || a.type === 'multichoice');
      const flags = attributes.filter((a) => a.type === 'boolean' && a.booleanLabels !== undefined);
      const lookups = attributes.filter((a) => a.type === 'lookup');
      const named = new Map<AttributeDef, LookupCells>();
      const notIds =
        lookups.length > 0
          ? await cellsNamingNoId(store, entity, lookups, rows)
          : new Map<string, Set<string>>();
      for (const attribute of lookups) {
        const target = schema.entity(attribute.target ?? '');
        const cells = notIds.get(attribute.name);
        if (target && cells) named.set(attribute, await lookupCells(target, cells, namesOf));
      }
      return rows.map((row): CsvRowValues => {
        const values = { ...row.values };
        const reasons: string[] = [];
        for (const attribute of choices) {
          const cell = values[attribute.name] ?? '';
          if (cell.trim() === '') continue;
          const read =
            attribute.type === 'choice' ? choiceCell(attribute, cell) : multichoiceCell(attribute, cell);
          if (read.ok) values[attribute.name] = read.value;
          else reasons.push(`${attribute.name}: ${attribute.displayName}: ${read.reason}.`);
        }
        for (const attribute of flags) {
          const flag = resolveBooleanLabel(attribute, values[attribute.name] ?? '');
          if (flag !== undefined) values[attribute.name] = String(flag);
        }
        for (const [attribute, cells] of named) {
          const cell = (values[attribute.name] ?? '').trim();
          if (cell === '') continue;
          const read = cells.read(cell);
          if (read.ok) values[attribute.name] = read.id;
          else reasons.push(`${attribute.name}: ${attribute.displayName}: ${read.reason}`);
        }
        return reasons.length === 0 ? { ok: true, values } : { ok: false, reason: reasons.join(' ') };
      });
    },
  };
}

type CellRead =
  { readonly ok: true; readonly value: string } | { readonly ok: false; readonly reason: string };

function choiceCell(attribute: AttributeDef, cell: string): CellRead {
  const resolved = resolveChoice(attribute, cell);
  return resolved.ok ? { ok: true, value: resolved.option.value } : { ok: false, reason: resolved.reason };
}

/** A multi-choice cell, `Wine; Craft Beer` or `1;2`, as the store's list of option values. */
function multichoiceCell(attribute: AttributeDef, cell: string): CellRead {
  const items = cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const values: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const resolved = resolveChoice(attribute, item);
    if (resolved.ok) values.push(resolved.option.value);
    else unknown.push(`"${item}"`);
  }
  if (unknown.length > 0) return { ok: false, reason: `${unknown.join(', ')} not among its options` };
  return { ok: true, value: values.join(';') };
}

/** The records of an entity by the fold of their primary name. */
type NameIndex = ReadonlyMap<string, readonly string[]>;

/**
 * Every record of `target` by the fold of its primary name, read page by page in id order; empty when
 * the primary attribute is not text (an interaction is named by its type).
 */
async function nameIndex(store: Store, target: EntityDef): Promise<NameIndex> {
  const index = new Map<string, string[]>();
  const primary = target.attributes.find((a) => a.name === target.primaryAttribute);
  if (primary?.type !== 'string') return index;
  let after: string | undefined;
  for (;;) {
    const page = await store.records.list(target.name, {
      limit: recordsPerPage,
      ...(after === undefined ? {} : { after }),
    });
    for (const record of page) {
      const name = record[primary.name];
      if (typeof name !== 'string') continue;
      const key = foldCase(name);
      const ids = index.get(key);
      if (ids) ids.push(record.id);
      else index.set(key, [record.id]);
    }
    if (page.length < recordsPerPage) return index;
    after = page.at(-1)?.id;
  }
}

interface LookupCells {
  read(
    cell: string,
  ): { readonly ok: true; readonly id: string } | { readonly ok: false; readonly reason: string };
}

/**
 * The cells of each lookup column that are not the id of a record (by logical name): what the store
 * would refuse. One read of ids by primary key per batch (`referenceProblems`), so a file of ids costs
 * no more. The ids the batch's own rows create count as ids for a lookup to the same entity.
 */
async function cellsNamingNoId(
  store: Store,
  entity: EntityDef,
  lookups: readonly AttributeDef[],
  rows: readonly CsvRow[],
): Promise<Map<string, Set<string>>> {
  const cells = rows.map((row) =>
    Object.fromEntries(lookups.map((a) => [a.name, (row.values[a.name] ?? '').trim()])),
  );
  const created = new Set(rows.map((row) => (row.values.id ?? '').trim()).filter((id) => id !== ''));
  const problems = await store.records.referenceProblems(entity.name, cells);
  const notIds = new Map<string, Set<string>>();
  for (const [index, list] of problems) {
    for (const problem of list) {
      const attribute = lookups.find((a) => a.name === problem.path);
      const cell = cells[index]?.[problem.path];
      if (!attribute || cell === undefined) continue;
      if (attribute.target === entity.name && created.has(cell)) continue;
      const set = notIds.get(attribute.name) ?? new Set<string>();
      set.add(cell);
      notIds.set(attribute.name, set);
    }
  }
  return notIds;
}

/** What the cells of one lookup column that are not ids name: records of `target` by primary name. */
async function lookupCells(
  target: EntityDef,
  notIds: ReadonlySet<string>,
  namesOf: (target: EntityDef) => Promise<NameIndex>,
): Promise<LookupCells> {
  const names = await namesOf(target);
  const singular = target.displayName.toLowerCase();
  const plural = target.pluralDisplayName.toLowerCase();
  return {
    read(cell) {
      const matches = notIds.has(cell) ? (names.get(foldCase(cell)) ?? []) : [];
      const [only] = matches;
      if (matches.length === 0) return { ok: true, id: cell };
      if (matches.length === 1 && only !== undefined) return { ok: true, id: only };
      const listed = matches.slice(0, 3).map((id) => `"${id}"`);
      const more = matches.length > 3 ? ` and ${matches.length - 3} more` : '';
      return {
        ok: false,
        reason: `"${cell}" is the name of ${matches.length} ${plural} (ids ${listed.join(', ')}${more}); put the id of the ${singular} you mean in the cell.`,
      };
    },
  };
}
