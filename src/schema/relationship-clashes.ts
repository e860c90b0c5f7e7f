import type { Problem } from './problem.ts';
import { problemList } from './problem-list.ts';
import type { Schema } from './schema.ts';

/** A relationship about to be added: its name on `entity`, and where in the input it came from. */
export interface NewRelationship {
  readonly entity: string;
  readonly name: string;
  readonly path: string;
}

/** Problems for relationships whose names are taken on their entity, or taken twice in `added`. */
export function relationshipClashes(schema: Schema, added: readonly NewRelationship[]): Problem[] {
  const taken = new Map<string, Set<string>>();
  const { problems, add } = problemList();
  for (const { entity, name, path } of added) {
    const names = taken.get(entity) ?? new Set(schema.relationshipsOf(entity).map((r) => r.name));
    taken.set(entity, names);
    if (names.has(name))
      add('DUPLICATE_RELATIONSHIP', path, `"${entity}" already has a relationship "${name}".`);
    names.add(name);
  }
  return problems;
}
