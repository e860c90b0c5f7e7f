import { compileForContacts, compileQuery, type DialectName } from '../compile/index.ts';
import type { Schema } from '../schema/index.ts';
import type { ChangeCause, OverrideMode, StoreSession } from '../store/index.ts';
import type { LoadedSegment } from './live-segment.ts';
import { applyChanges } from './membership-change.ts';

/** Contacts per restricted query: each list travels as one parameter, so this bounds memory only. */
const contactsPerCheck = 10_000;

/**
 * The members a segment's query selects, all or among `candidates`, with its overrides applied:
 * `include` adds, `exclude` removes and wins.
 */
export async function evaluateMembers(
  tx: StoreSession,
  segment: LoadedSegment,
  now: Date,
  candidates?: readonly string[],
): Promise<Set<string>> {
  const { query, timeZone } = segment.definition;
  if (!query) return new Set(await tx.members.list(segment.stored.id));
  const schema = tx.schema();
  const matched = new Set<string>();
  const run = async (restrictTo?: readonly string[]) => {
    const compiled = restrictTo
      ? forContacts(segment, schema, tx.kind, now)(restrictTo)
      : compileQuery(query, { schema, dialect: tx.kind, now, timeZone });
    for (const row of await tx.query(compiled)) matched.add(row.id);
  };
  let overrides: Map<string, OverrideMode>;
  if (candidates === undefined) {
    await run();
    overrides = await tx.overrides.list(segment.stored.id);
  } else {
    for (let i = 0; i < candidates.length; i += contactsPerCheck)
      await run(candidates.slice(i, i + contactsPerCheck));
    overrides = await tx.overrides.among(segment.stored.id, candidates);
  }
  if (overrides.size > 0) {
    const included = [...overrides].filter(([, mode]) => mode === 'include').map(([id]) => id);
    // An included contact must still exist; a deleted contact's overrides are removed with it.
    for (const id of included) matched.add(id);
    for (const [id, mode] of overrides) if (mode === 'exclude') matched.delete(id);
  }
  return matched;
}

type ForContacts = ReturnType<typeof compileForContacts>;
const compiledForContacts = new WeakMap<
  LoadedSegment,
  { dialect: DialectName; schema: Schema; run: ForContacts }
>();

/**
 * The segment's query for re-checking some contacts. A query that does not read the clock compiles
 * once per loaded segment (a republish loads a new one); one that does is compiled for each `now`.
 */
function forContacts(segment: LoadedSegment, schema: Schema, dialect: DialectName, now: Date): ForContacts {
  const { query, timeZone } = segment.definition;
  if (!query) throw new Error(`segment ${segment.stored.id} has no query`);
  const options = { schema, dialect, now, timeZone };
  if (segment.dependencies.clock.length > 0) return compileForContacts(query, options);
  const cached = compiledForContacts.get(segment);
  if (cached?.dialect === dialect && cached.schema === schema) return cached.run;
  const run = compileForContacts(query, options);
  compiledForContacts.set(segment, { dialect, schema, run });
  return run;
}

/**
 * Re-checks a live segment for some contacts and applies the difference: the step live maintenance
 * takes for every write, clock tick and manual change. Returns the contacts whose membership changed.
 */
export async function recheck(
  tx: StoreSession,
  segment: LoadedSegment,
  candidates: ReadonlySet<string>,
  cause: ChangeCause,
  now: Date,
): Promise<string[]> {
  if (candidates.size === 0 || !segment.definition.query) return [];
  const ids = [...candidates];
  const wanted = await evaluateMembers(tx, segment, now, ids);
  return applyChanges(
    tx,
    segment.stored.id,
    { join: ids.filter((id) => wanted.has(id)), leave: ids.filter((id) => !wanted.has(id)) },
    cause,
    now,
  );
}
