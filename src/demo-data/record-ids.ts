/** The generated entities, in the order they are loaded (each after the records it points to). */
export const generatedEntities = ['account', 'contact', 'lead', 'interaction'] as const;

export type GeneratedEntity = (typeof generatedEntities)[number];

const prefixes: Readonly<Record<GeneratedEntity, string>> = {
  account: 'ac',
  contact: 'ct',
  lead: 'ld',
  interaction: 'ix',
};

/**
 * The id of the `index`-th generated record of `entity`: `ct-00000042`. Ids are fixed by the seed, so
 * rows can point at each other before they are loaded, and sort in creation order as UUID v7 ids do.
 */
export function recordId(entity: GeneratedEntity, index: number): string {
  return `${prefixes[entity]}-${String(index).padStart(8, '0')}`;
}
