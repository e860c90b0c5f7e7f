import { compileForContacts, compileQuery, type DialectName } from '../../compile/index.ts';
import type { Schema } from '../../schema/index.ts';
import type { ChangeCause, StoreSession } from '../../store/index.ts';
import type { LoadedSegment } from '../live-segment.ts';
import { inMemoryPlan, loadForPlan, matchInMemory } from './in-memory-membership.ts';
import { MaintenancePass } from './maintenance-pass.ts';

/** Contacts per restricted query: each list travels as one parameter, so this bounds memory only. */
const contactsPerCheck = 10_000;

/** The contacts the segment's query selects: all of them, or those among `candidates`. */
async function queryMatches(
  tx: StoreSession,
  segment: LoadedSegment,
  now: Date,
  candidates?: readonly string[],
): Promise<Set<string>> {
  const { query, timeZone } = segment.definition;
  const matched = new Set<string>();
  if (!query) return matched;
  const schema = tx.schema();
  if (candidates === undefined) {
    const compiled = compileQuery(query, { schema, dialect: tx.kind, now, timeZone });
    for (const row of await tx.query(compiled)) matched.add(row.id);
    return matched;
  }
  const run = forContacts(segment, schema, tx.kind, now);
  for (let i = 0; i < candidates.length; i += contactsPerCheck) {
    for (const row of await tx.query(run(candidates.slice(i, i + contactsPerCheck)))) matched.add(row.id);
  }
  return matched;
}

/**
 * The members a segment should have, from a full evaluation of its query with its overrides applied:
 * `include` adds, `exclude` removes and wins. A static segment's members are what is stored.
 */
export async function evaluateMembers(
  tx: StoreSession,
  segment: LoadedSegment,
  now: Date,
): Promise<Set<string>> {
  if (!segment.definition.query) return new Set(await tx.members.list(segment.stored.id));
  const matched = await queryMatches(tx, segment, now);
  for (const [id, mode] of await tx.overrides.list(segment.stored.id)) {
    // A deleted contact's overrides are removed with it, so an included id names a contact.
    if (mode === 'include') matched.add(id);
    else matched.delete(id);
  }
  return matched;
}

/**
 * The contacts among `ids` the segment's query selects: decided in memory when the segment's plan
 * allows it (no SQL, records read once per pass), else by its SQL restricted to them, after writing
 * the pass's pending changes when that SQL reads stored members.
 */
async function recheckMatches(
  tx: StoreSession,
  segment: LoadedSegment,
  ids: readonly string[],
  pass: MaintenancePass,
): Promise<Set<string>> {
  const plan = inMemoryPlan(segment, tx.schema());
  if (plan && (await loadForPlan(tx, plan, ids, pass.records))) return matchInMemory(tx, plan, ids, pass);
  if (segment.dependencies.segments.size > 0) await pass.pending.flush(tx);
  return queryMatches(tx, segment, pass.now, ids);
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
 * Re-checks a live segment for some contacts and stages the difference with its events: the step live
 * maintenance takes for every write, clock tick and manual change. `pass` carries what is known of
 * these contacts across the segments of one pass and writes the changes when the pass ends; without
 * one, the change is written before this returns. Returns the contacts whose membership changed.
 */
export async function recheck(
  tx: StoreSession,
  segment: LoadedSegment,
  candidates: ReadonlySet<string>,
  cause: ChangeCause,
  now: Date,
  pass?: MaintenancePass,
): Promise<string[]> {
  if (candidates.size === 0 || !segment.definition.query) return [];
  const own = pass ?? new MaintenancePass(cause, now);
  const { snapshot } = own;
  const ids = [...candidates];
  const segmentId = segment.stored.id;
  await snapshot.load(tx, ids, [segmentId, ...segment.dependencies.segments]);
  const matched = await recheckMatches(tx, segment, ids, own);
  const join: string[] = [];
  const leave: string[] = [];
  for (const id of ids) {
    const mode = snapshot.override(segmentId, id);
    const wanted = mode === 'exclude' ? false : mode === 'include' ? true : matched.has(id);
    if (wanted !== snapshot.isMember(segmentId, id)) (wanted ? join : leave).push(id);
  }
  if (join.length === 0 && leave.length === 0) return [];
  own.pending.stage(segmentId, join, leave);
  snapshot.apply(segmentId, join, leave);
  if (!pass) await own.pending.flush(tx);
  return [...join, ...leave];
}
