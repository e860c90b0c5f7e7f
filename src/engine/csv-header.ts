import type { EntityDef, Problem } from '../schema/index.ts';
import { EngineError } from './engine-error.ts';

/**
 * Reads the header row of a CSV import: each cell is `id` or the logical name of a writable attribute
 * of the entity (spaces around a name are ignored; case is not). A bad header refuses the whole file
 * before any row is written, naming every bad column.
 *
 * @example
 * importColumns(contact, ['id', 'firstname', 'address1_city']); // ['id', 'firstname', 'address1_city']
 * importColumns(contact, ['First Name']); // throws: Column "First Name" … did you mean "firstname"?
 */
export function importColumns(entity: EntityDef, header: readonly string[]): string[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const columns = header.map((cell, index) => {
    const name = cell.trim().toLowerCase();
    const path = `header[${index}]`;
    const quoted = JSON.stringify(cell);
    if (name === '') {
      problems.push({ code: 'empty_column', message: `Column ${index + 1} has no name.`, path });
    } else if (seen.has(name)) {
      problems.push({ code: 'duplicate_column', message: `Column ${quoted} appears twice.`, path });
    } else if (name !== 'id') {
      const attribute = entity.attributes.find((a) => a.name === name);
      if (!attribute) {
        problems.push({ code: 'unknown_column', message: unknownMessage(entity, cell), path });
      } else if (attribute.computed) {
        problems.push({
          code: 'computed_column',
          message: `Column ${quoted}: ${attribute.displayName} is computed and cannot be imported.`,
          path,
        });
      }
    }
    seen.add(name);
    return name;
  });
  if (problems.length > 0) {
    throw new EngineError(
      'INVALID_RECORD',
      `The CSV header does not fit ${entity.displayName}; nothing was imported. ${problems.map((p) => p.message).join(' ')}`,
      problems,
    );
  }
  return columns;
}

/** "Column "X" is not an attribute of Contact", with the logical name when X is a display name. */
function unknownMessage(entity: EntityDef, cell: string): string {
  const typed = cell.trim().toLowerCase();
  const byDisplayName = entity.attributes.find((a) => !a.computed && a.displayName.toLowerCase() === typed);
  const hint = byDisplayName
    ? ` Did you mean "${byDisplayName.name}"? The header holds logical names.`
    : ' The header holds logical names (GET /api/schema lists them).';
  return `Column ${JSON.stringify(cell)} is not an attribute of ${entity.displayName}.${hint}`;
}
