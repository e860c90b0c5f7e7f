import type { Entity } from '../api/index.ts';

/** What a column may be loaded into: `id`, or an attribute that is not computed. */
export function mappableAttributes(entity: Entity): readonly { name: string; label: string }[] {
  return [
    { name: 'id', label: 'Id (updates the record with this id)' },
    ...entity.attributes
      .filter((attribute) => !attribute.computed)
      .map((attribute) => ({ name: attribute.name, label: `${attribute.displayName} (${attribute.name})` })),
  ];
}

const folded = (text: string) => text.trim().toLocaleLowerCase();

/**
 * The attribute each header cell names, by logical or display name in any case (as the server reads a
 * header), or '' for a column to leave out.
 */
export function guessMapping(entity: Entity, header: readonly string[]): string[] {
  return header.map((cell) => {
    const wanted = folded(cell);
    if (wanted === 'id') return 'id';
    const found = entity.attributes.find(
      (a) => !a.computed && (folded(a.name) === wanted || folded(a.displayName) === wanted),
    );
    return found?.name ?? '';
  });
}
