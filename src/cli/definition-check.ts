import { parseDefinition } from '../definition/index.ts';
import { Schema, type Problem } from '../schema/index.ts';
import type { StoreSession } from '../store/index.ts';
import { catalogOf, validateDefinition, type SegmentInfo } from '../validate/index.ts';

/**
 * Every problem of a segment definition, as going live would find them: its shape first, then the
 * schema of `store` (custom attributes included) and the segments saved there. Without a store, the
 * built-in schema and no saved segments.
 */
export async function definitionProblems(
  json: unknown,
  store: StoreSession | undefined,
): Promise<readonly Problem[]> {
  const parsed = parseDefinition(json);
  if (!parsed.ok) return parsed.problems;
  const segments: SegmentInfo[] = [];
  for (const stored of store ? await store.segments.list() : []) {
    const saved = parseDefinition(stored.definition);
    const query = saved.ok ? saved.value.query : undefined;
    segments.push({
      id: stored.id,
      name: stored.name,
      type: stored.type,
      state: stored.state,
      ...(query ? { query } : {}),
    });
  }
  return validateDefinition(parsed.value, {
    schema: store ? store.schema() : Schema.builtin(),
    segments: catalogOf(segments),
  });
}
