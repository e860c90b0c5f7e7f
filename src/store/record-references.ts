import type { CompiledQuery } from 'kysely';
import { normalizeValue, type AttributeDef, type Problem } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import { takeReadAhead } from './begin-reads.ts';
import { tombstonedIds } from './record-tombstones.ts';
import { entityOf, idIn, type StoreContext } from './store-context.ts';

type Row = Readonly<Record<string, unknown>>;

/** One lookup value a row sends: the row, the attribute and the id it names. */
interface Reference {
  readonly index: number;
  readonly attribute: AttributeDef;
  readonly target: string;
  readonly id: string;
}

/**
 * The lookups of `rows` (values as users send them for `entity`) that name no record, as problems by
 * row index: `contactid: Contact: there is no contact with id "c-9".` A value that is not a valid
 * lookup is left to `prepareInput` to report.
 *
 * `batch` gives the ids the rows will create (by row index), for an entity whose lookup points at
 * itself: a row may name a record created by another row of the same batch, unless that row is
 * refused for a reference of its own.
 *
 * On PostgreSQL the records found are locked `FOR KEY SHARE` until the transaction ends, so that a
 * delete running at the same time waits for this write and then deletes or unlinks what it saved
 * (`record-delete.ts`); on SQLite one writer at a time has the same effect.
 */
export async function referenceProblems(
  context: StoreContext,
  entity: string,
  rows: readonly Row[],
  batch: ReadonlyMap<number, string> = new Map(),
): Promise<Map<number, Problem[]>> {
  const references = referencesOf(context, entity, rows);
  if (references.length === 0) return new Map();

  const existing = new Map<string, Set<string>>();
  for (const [target, ids] of idsByTarget(references)) {
    const query = existingIdsQuery(context, target, ids, context.inTransaction);
    const rows = takeReadAhead(context.beginReads, query) ?? (await context.db.executeQuery(query)).rows;
    existing.set(target, new Set(rows.map((row) => String(row.id))));
  }
  const missing = references.filter((r) => !existing.get(r.target)?.has(r.id));
  if (missing.length === 0) return new Map();

  // Rows refused for a reference no longer create the record others may name: repeat until stable.
  const created = new Set(batch.values());
  const unresolved = () =>
    missing.filter((r) => !(r.target === entity && (created.has(r.id) || batch.get(r.index) === r.id)));
  const refuse = (refs: readonly Reference[]) =>
    refs.map((r) => created.delete(batch.get(r.index) ?? '')).includes(true);
  let dangling = unresolved();
  while (refuse(dangling)) dangling = unresolved();

  const deleted = new Map<string, Set<string>>();
  for (const target of new Set(dangling.map((r) => r.target))) {
    const ids = dangling.filter((r) => r.target === target).map((r) => r.id);
    deleted.set(target, await tombstonedIds(context, target, ids));
  }
  const problems = new Map<number, Problem[]>();
  for (const r of dangling) {
    const targetName = entityOf(context, r.target).displayName.toLowerCase();
    const gone = deleted.get(r.target)?.has(r.id) ? ' (it was deleted)' : '';
    const list = problems.get(r.index) ?? [];
    list.push({
      code: 'MISSING_REFERENCE',
      message: `${r.attribute.displayName}: there is no ${targetName} with id "${r.id}"${gone}.`,
      path: r.attribute.name,
    });
    problems.set(r.index, list);
  }
  return problems;
}

/**
 * The statements `referenceProblems` runs first for `rows` of `entity`, one per entity their lookups
 * name, which a write may have its transaction's begin read (`begin-reads.ts`).
 */
export function referenceReads(context: StoreContext, entity: string, rows: readonly Row[]): CompiledQuery[] {
  const targets = idsByTarget(referencesOf(context, entity, rows));
  // Read at the begin of the write's transaction, so locked as `referenceProblems` would lock them there.
  return [...targets].map(([target, ids]) => existingIdsQuery(context, target, ids, true));
}

/** The lookup values of `rows` that name a record. */
function referencesOf(context: StoreContext, entity: string, rows: readonly Row[]): Reference[] {
  const def = entityOf(context, entity);
  const lookups = def.attributes.filter((a) => a.type === 'lookup' && a.target !== undefined);
  const references: Reference[] = [];
  rows.forEach((row, index) => {
    for (const attribute of lookups) {
      const result = normalizeValue(attribute, row[attribute.name]);
      if (result.ok && typeof result.value === 'string')
        references.push({ index, attribute, target: attribute.target ?? '', id: result.value });
    }
  });
  return references;
}

/** The distinct ids named, by the entity they name. */
function idsByTarget(references: readonly Reference[]): Map<string, string[]> {
  const byTarget = new Map<string, Set<string>>();
  for (const r of references) byTarget.set(r.target, (byTarget.get(r.target) ?? new Set()).add(r.id));
  return new Map([...byTarget].map(([target, ids]) => [target, [...ids]]));
}

/**
 * The ids among `ids` that records of `entity` have now, with `lock` locked against a concurrent
 * delete on PostgreSQL. Outside a transaction the lock would end with the statement: it would only
 * cost a write of every row read.
 */
function existingIdsQuery(
  context: StoreContext,
  entity: string,
  ids: readonly string[],
  lock: boolean,
): CompiledQuery<{ readonly id: unknown }> {
  entityOf(context, entity);
  const query = context.db
    .selectFrom(entity)
    .select('id')
    .where(idIn(context, 'id', ids));
  return (lock ? backends[context.dialect].statements.forKeyShare(query) : query).compile();
}
