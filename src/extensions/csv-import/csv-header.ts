import { EngineError } from '../../engine/index.ts';
import { foldCase, type AttributeDef, type EntityDef, type Problem } from '../../schema/index.ts';

/** A column of the file the import does not write, and why: said in the result, never silently. */
export interface IgnoredColumn {
  /** The header cell as the file has it. */
  readonly column: string;
  readonly reason: string;
}

/** The columns of a CSV import: what each writes (`id` or a logical name), or undefined when skipped. */
export interface ImportColumns {
  readonly names: readonly (string | undefined)[];
  readonly ignored: readonly IgnoredColumn[];
}

/** Dynamics' Excel export marks its own bookkeeping columns so: `(Do Not Modify) Contact`, `… Row Checksum`. */
const doNotModify = /^\(do not modify\)\s*(.*)$/i;

/**
 * Reads the header row of a CSV import. A cell is `id`, the logical name of an attribute of the entity
 * (`address1_city`), or its display name as Dynamics' export writes it (`Address 1: City`), all
 * without regard to case or surrounding spaces; a logical name wins over another attribute's display
 * name, so files written with logical names keep their meaning. A display name two attributes share is
 * refused, naming both. Dynamics' bookkeeping columns are understood: `(Do Not Modify) Contact` holds
 * the record's id, the row checksum and modification time are skipped; so is a computed attribute
 * named by its display name (a view's `Full Name`: Segmint computes it). Skipped columns are listed,
 * never dropped silently. A bad header refuses the whole file before any row is written, naming every
 * bad column.
 *
 * @example
 * importHeader(contact, ['id', 'First Name', 'address1_city']).names; // ['id', 'firstname', 'address1_city']
 * importHeader(contact, ['Shoe Size']); // throws: Column "Shoe Size" is not an attribute of Contact …
 */
export function importHeader(entity: EntityDef, header: readonly string[]): ImportColumns {
  const problems: Problem[] = [];
  const ignored: IgnoredColumn[] = [];
  const seen = new Map<string, number>();
  const names = header.map((cell, index): string | undefined => {
    const path = `header[${index}]`;
    const read = readCell(entity, cell, index);
    if (read.kind === 'skip') {
      ignored.push({ column: cell, reason: read.reason });
      return undefined;
    }
    if (read.kind === 'problem') {
      problems.push({ code: read.code, message: read.message, path });
      return undefined;
    }
    const earlier = seen.get(read.name);
    if (earlier !== undefined) {
      const quoted = JSON.stringify(cell);
      const message = sameText(header[earlier] ?? '', cell)
        ? `Column ${quoted} appears twice.`
        : `Column ${quoted} names ${read.name === 'id' ? 'the id' : `the same attribute (${read.name})`} as column ${earlier + 1}, ${JSON.stringify(header[earlier])}.`;
      problems.push({ code: 'DUPLICATE_COLUMN', message, path });
      return undefined;
    }
    seen.set(read.name, index);
    return read.name;
  });
  if (problems.length > 0) {
    throw new EngineError(
      'INVALID_RECORD',
      `The CSV header does not fit ${entity.displayName}; nothing was imported. ${problems.map((p) => p.message).join(' ')}`,
      problems,
    );
  }
  return { names, ignored };
}

/** What one header cell names: `id` or an attribute's logical name, a column to skip, or a problem. */
type HeaderCell =
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'skip'; readonly reason: string }
  | { readonly kind: 'problem'; readonly code: string; readonly message: string };

function readCell(entity: EntityDef, cell: string, index: number): HeaderCell {
  const quoted = JSON.stringify(cell);
  const typed = cell.trim();
  if (typed === '')
    return { kind: 'problem', code: 'EMPTY_COLUMN', message: `Column ${index + 1} has no name.` };
  const bookkeeping = doNotModify.exec(typed);
  if (bookkeeping) {
    return sameText(bookkeeping[1] ?? '', entity.displayName)
      ? { kind: 'name', name: 'id' }
      : { kind: 'skip', reason: "Dynamics' own bookkeeping column, not a value of the record." };
  }
  if (sameText(typed, 'id')) return { kind: 'name', name: 'id' };
  const byName = entity.attributes.find((a) => sameText(a.name, typed));
  const byDisplayName = byName ? [] : entity.attributes.filter((a) => sameText(a.displayName, typed));
  const attribute = byName ?? byDisplayName[0];
  if (!attribute) return { kind: 'problem', code: 'UNKNOWN_COLUMN', message: unknownMessage(entity, cell) };
  if (byDisplayName.length > 1)
    return {
      kind: 'problem',
      code: 'AMBIGUOUS_COLUMN',
      message: `Column ${quoted} is the display name of ${byDisplayName.length} attributes of ${entity.displayName}: ${byDisplayName.map(described).join(' and ')}. Use the logical name of the one you mean.`,
    };
  if (attribute.computed && !byName)
    return {
      kind: 'skip',
      reason: `${attribute.displayName} is computed by Segmint (${attribute.name}), so the column is not read.`,
    };
  if (attribute.computed)
    return {
      kind: 'problem',
      code: 'COMPUTED_COLUMN',
      message: `Column ${quoted}: ${attribute.displayName} is computed and cannot be imported.`,
    };
  return { kind: 'name', name: attribute.name };
}

/**
 * The logical name each column writes, for a caller that writes the rows itself (the import benchmark's
 * baseline): `importHeader`, refusing a header with a column it would skip.
 */
export function importColumns(entity: EntityDef, header: readonly string[]): string[] {
  const { names, ignored } = importHeader(entity, header);
  const skipped = ignored.map((c) => `Column ${JSON.stringify(c.column)}: ${c.reason}`);
  if (skipped.length > 0)
    throw new EngineError(
      'INVALID_RECORD',
      `The CSV header has columns that are not read. ${skipped.join(' ')}`,
    );
  return names.map((name) => name ?? '');
}

const sameText = (a: string, b: string) => foldCase(a.trim()) === foldCase(b.trim());

/** `"Email" (emailaddress1)`. */
const described = (attribute: AttributeDef) => `"${attribute.displayName}" (${attribute.name})`;

/** "Column "X" is not an attribute of Contact", saying what a header may hold. */
function unknownMessage(entity: EntityDef, cell: string): string {
  return `Column ${JSON.stringify(cell)} is not an attribute of ${entity.displayName}: the header holds logical names or display names (GET /api/schema lists them).`;
}
