import { parseDefinition } from '../definition/index.ts';
import type { Problem } from '../schema/index.ts';
import type { OverrideMode, StoredSegment, StoreSession } from '../store/index.ts';
import { sortIds } from '../store/store-context.ts';
import { validateDefinition } from '../validate/index.ts';
import { cascade } from './maintenance/cascade.ts';
import { ensureClockIndexes } from './maintenance/clock-indexes.ts';
import { EngineError, withinTimeLimit } from './engine-error.ts';
import { withSnapshotMatches } from './maintenance/go-live-snapshot.ts';
import { publishInBulk } from './maintenance/go-live-bulk.ts';
import { segmentCatalog, segmentOrThrow, type EngineState } from './engine-state.ts';
import { loadSegment, type LoadedSegment } from './live-segment.ts';
import { evaluateMembers } from './maintenance/membership-check.ts';
import { liveSegments, markSegmentsChanged } from './registry-sync.ts';
import type { WriteJournal } from './write-journal.ts';

/** Parses a definition from outside, or refuses it with every shape problem. */
function parseOrThrow(json: unknown) {
  const parsed = parseDefinition(json);
  if (!parsed.ok)
    throw new EngineError('INVALID_DEFINITION', 'The segment definition is not valid.', parsed.problems);
  return parsed.value;
}

/** Validates a segment against the schema and the other segments, or refuses it with every problem. */
async function validateOrThrow(tx: StoreSession, segment: LoadedSegment): Promise<void> {
  const problems = validateDefinition(segment.definition, {
    schema: tx.schema(),
    segments: await segmentCatalog(tx),
    selfId: segment.stored.id,
  });
  if (problems.length > 0) {
    const first = problems[0];
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw new EngineError(
      'INVALID_DEFINITION',
      `"${segment.stored.name}" cannot go live: ${first?.message ?? ''} (at ${first?.path ?? ''})${more}`,
      problems,
    );
  }
}

/** Saves a new segment as a draft; only its shape is checked until it goes live. */
export async function createSegment(state: EngineState, json: unknown, id?: string): Promise<StoredSegment> {
  const definition = parseOrThrow(json);
  return state.store.segments.create({
    ...(id === undefined ? {} : { id }),
    name: definition.name,
    type: definition.type,
    definition: json,
    timeZone: definition.timeZone,
  });
}

/**
 * Publishes a segment: validates it, evaluates it over every contact, stores the members and logs a
 * `joined` event for each (for a stopped segment going live again: the difference only). With the
 * engine's write journal, on a store that reads apart (an SQLite file), the evaluation runs in a
 * reader, beside other requests (`goLiveBeside`).
 */
export async function goLive(state: EngineState, id: string, journal?: WriteJournal): Promise<StoredSegment> {
  const now = state.clock.now();
  const beside =
    journal && (state.store.readsApart || state.columnar?.hasImage)
      ? await goLiveBeside(state, id, now, journal)
      : undefined;
  const live =
    beside ??
    (await withinTimeLimit(
      goLiveInOneTransaction(state, id, now),
      `Going live with segment "${id}"`,
      goLiveAdvice,
    ));
  state.registry.set(live);
  return live.stored;
}

/** What to do about a go-live stopped at the server's time limit (PostgreSQL's, or a reader's). */
const goLiveAdvice =
  'Narrow the definition, or put it live from the command line (`segmint segment go-live`), which has no time limit.';

/** Tries of `goLiveBeside` before a go-live evaluates in its write transaction after all. */
const besideAttempts = 3;

/**
 * Publishes a dynamic segment whose full evaluation runs in a reader at a snapshot, with the contacts
 * written meanwhile re-checked in the write transaction (`withSnapshotMatches`), so that a go-live over
 * a million contacts leaves the server answering. Undefined when the segment does not go live this
 * way (a static one, one live already) or when another process kept writing through every try: the
 * caller then evaluates in the write transaction, holding the event loop for it.
 */
async function goLiveBeside(
  state: EngineState,
  id: string,
  now: Date,
  journal: WriteJournal,
): Promise<LoadedSegment | undefined> {
  const segment = await state.store.transaction(async (tx) => {
    const found = await segmentOrThrow(tx, id);
    if (found.stored.state === 'live' || found.definition.type !== 'dynamic' || !found.definition.query)
      return undefined;
    await validateOrThrow(tx, found);
    await ensureClockIndexes(tx, found);
    return found;
  });
  if (!segment) return undefined;
  const publish = async (tx: StoreSession, matches: () => Promise<Iterable<string>>) => {
    const current = await segmentOrThrow(tx, id);
    if (current.stored.state === 'live') return current;
    if (current.stored.updatedAt !== segment.stored.updatedAt) return 'changed';
    await validateOrThrow(tx, current);
    const matched = await matches();
    if (!(await publishInBulk(tx, current, now, matched))) await republish(tx, current, now, matched);
    const stored = await tx.segments.update(id, { state: 'live', goLiveAt: now.toISOString() });
    await markSegmentsChanged(tx);
    return loadSegment(stored ?? current.stored, tx.schema());
  };
  const columnar = state.columnar;
  if (columnar?.hasImage) {
    // The columnar image first, in the write transaction itself: no reading beside it to wait for.
    const published = await withinTimeLimit(
      state.store
        .transaction((tx) =>
          publish(tx, async () => {
            const matched = await columnar.matchesIn(tx, segment, now);
            if (!matched) throw new ImageDeclined();
            return matched;
          }),
        )
        .catch((error: unknown) => {
          if (error instanceof ImageDeclined) return 'changed' as const;
          throw error;
        }),
      `Going live with "${segment.stored.name}"`,
      goLiveAdvice,
    );
    if (published !== 'changed') return published;
  }
  // A reading beside the write transaction needs readers apart from this process's connection.
  if (!state.store.readsApart) return undefined;
  for (let attempt = 0; attempt < besideAttempts; attempt++) {
    const published = await withinTimeLimit(
      withSnapshotMatches(state.store, journal, segment, now, publish),
      `Going live with "${segment.stored.name}"`,
      goLiveAdvice,
    );
    if (published !== 'changed') return published;
  }
  return undefined;
}

/** The columnar image could not answer exactly (`ColumnarView.matchesIn`): the go-live's transaction is rolled back. */
class ImageDeclined extends Error {}

/** Publishes a segment evaluated in the transaction that stores its members. */
async function goLiveInOneTransaction(state: EngineState, id: string, now: Date): Promise<LoadedSegment> {
  return state.store.transaction(async (tx) => {
    const segment = await segmentOrThrow(tx, id);
    if (segment.stored.state === 'live') return segment;
    await validateOrThrow(tx, segment);
    await ensureClockIndexes(tx, segment);
    if (segment.definition.type === 'dynamic' && !(await publishInBulk(tx, segment, now)))
      await republish(tx, segment, now);
    const stored = await tx.segments.update(id, { state: 'live', goLiveAt: now.toISOString() });
    await markSegmentsChanged(tx);
    return loadSegment(stored ?? segment.stored, tx.schema());
  });
}

/**
 * Replaces a segment's members with a full evaluation, logging the difference. Both sides are read in
 * this transaction, so the difference is written as it is, in a few multi-row statements. `matched`
 * is the query's evaluation when it was made elsewhere (`withSnapshotMatches`); overrides apply to it.
 */
async function republish(
  tx: StoreSession,
  segment: LoadedSegment,
  now: Date,
  matched?: Iterable<string>,
): Promise<string[]> {
  const segmentId = segment.stored.id;
  const wanted = matched
    ? withOverrides(new Set(matched), await tx.overrides.list(segmentId))
    : await evaluateMembers(tx, segment, now);
  const current = new Set(await tx.members.list(segmentId));
  const joined = sortIds([...wanted].filter((c) => !current.has(c)));
  const left = sortIds([...current].filter((c) => !wanted.has(c)));
  if (joined.length === 0 && left.length === 0) return [];
  await tx.members.changeAndLog([{ segmentId, join: joined, leave: left }], 'definition', now);
  return [...joined, ...left];
}

/** The query's contacts with the overrides applied, as `evaluateMembers` does: `exclude` wins. */
function withOverrides(matched: Set<string>, overrides: ReadonlyMap<string, OverrideMode>): Set<string> {
  for (const [id, mode] of overrides) {
    if (mode === 'include') matched.add(id);
    else matched.delete(id);
  }
  return matched;
}

/**
 * Saves an edited definition. A live segment is validated first (and stays as it was when invalid),
 * then republished: members change by the difference, and segments that read it follow.
 */
export async function updateSegment(state: EngineState, id: string, json: unknown): Promise<StoredSegment> {
  const definition = parseOrThrow(json);
  const now = state.clock.now();
  const updated = await state.store.transaction(async (tx) => {
    const current = await segmentOrThrow(tx, id);
    if (current.stored.state === 'live' && definition.type !== current.definition.type) {
      throw new EngineError(
        'WRONG_TYPE',
        `Stop "${current.stored.name}" before changing whether it is dynamic or static.`,
      );
    }
    const patch = {
      name: definition.name,
      type: definition.type,
      definition: json,
      timeZone: definition.timeZone,
    };
    const candidate = loadSegment({ ...current.stored, ...patch }, tx.schema());
    if (current.stored.state !== 'live')
      return loadSegment((await tx.segments.update(id, patch)) ?? current.stored, tx.schema());
    await validateOrThrow(tx, candidate);
    await ensureClockIndexes(tx, candidate);
    const stored = (await tx.segments.update(id, patch)) ?? current.stored;
    await markSegmentsChanged(tx);
    const saved = loadSegment(stored, tx.schema());
    if (definition.type === 'dynamic') {
      const moved = await republish(tx, saved, now);
      await liveSegments(state, tx);
      const ordered = state.registry.with(saved).filter((s) => s.stored.id !== id);
      await cascade(tx, ordered, new Map(), 'definition', now, new Map([[id, moved]]));
    }
    return loadSegment((await tx.segments.get(id)) ?? stored, tx.schema());
  });
  if (updated.stored.state === 'live') state.registry.set(updated);
  return updated.stored;
}

/**
 * Refuses to stop or delete a segment that a live segment reads, naming every such segment in the
 * message and as one `USED_BY` detail each, with its `segmentId` and `segmentName` (so clients can name
 * it and link to it without reading the message).
 */
async function refuseIfRead(state: EngineState, tx: StoreSession, id: string): Promise<void> {
  await liveSegments(state, tx);
  const dependants = state.registry.dependants(id);
  if (dependants.length === 0) return;
  const named = dependants.map((s) => `"${s.stored.name}" (${s.stored.id})`);
  throw new EngineError(
    'SEGMENT_IN_USE',
    `Live segments use this segment: ${named.join(', ')}. Stop them first.`,
    dependants.map((s) => usedBy(s, id)),
  );
}

/** A detail of `SEGMENT_IN_USE`: the live segment that reads `id`, and where. */
function usedBy(
  dependant: LoadedSegment,
  id: string,
): Problem & { readonly segmentId: string; readonly segmentName: string } {
  const { stored, definition } = dependant;
  const block = (definition.query?.blocks ?? []).findIndex(
    (b) => b.kind === 'segmentBlock' && b.segment === id,
  );
  const where = block === -1 ? '' : ` in block ${block + 1}`;
  return {
    code: 'USED_BY',
    message: `The live segment "${stored.name}" (${stored.id}) reads this segment${where}.`,
    path: '',
    segmentId: stored.id,
    segmentName: stored.name,
  };
}

/** Stops maintaining a segment; its members are kept. Refused while a live segment reads it. */
export async function stopSegment(state: EngineState, id: string): Promise<StoredSegment> {
  const stopped = await state.store.transaction(async (tx) => {
    const segment = await segmentOrThrow(tx, id);
    await refuseIfRead(state, tx, id);
    if (segment.stored.state !== 'live') {
      throw new EngineError('WRONG_STATE', `"${segment.stored.name}" is ${segment.stored.state}, not live.`);
    }
    await markSegmentsChanged(tx);
    return (await tx.segments.update(id, { state: 'stopped' })) ?? segment.stored;
  });
  state.registry.delete(id);
  return stopped;
}

/** Deletes a segment with its members, overrides and history. Refused while a live segment reads it. */
export async function deleteSegment(state: EngineState, id: string): Promise<void> {
  await state.store.transaction(async (tx) => {
    await segmentOrThrow(tx, id);
    await refuseIfRead(state, tx, id);
    await markSegmentsChanged(tx);
    await tx.overrides.removeSegment(id);
    await tx.history.removeSegment(id);
    await tx.segments.delete(id);
  });
  state.registry.delete(id);
}
