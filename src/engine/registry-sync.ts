import type { StoreSession } from '../store/index.ts';
import { newRecordId } from '../store/index.ts';
import type { EngineState } from './engine-state.ts';
import { loadSegment, type LoadedSegment } from './live-segment.ts';

/**
 * The setting that changes whenever a segment goes live, is edited, stopped or deleted, by any process
 * on the same database (the server, and the command line beside it).
 */
const segmentsVersionKey = 'engine.segmentsVersion';

/** Records, in the caller's transaction, that the set of live segments or a definition changed. */
export async function markSegmentsChanged(tx: StoreSession): Promise<void> {
  await tx.settings.set(segmentsVersionKey, newRecordId());
}

/**
 * The live segments in dependency order, reloaded first when another process (or this one) changed
 * them since the registry was last loaded: one small read per operation keeps every process right.
 */
export async function liveSegments(state: EngineState, tx: StoreSession): Promise<readonly LoadedSegment[]> {
  const version = (await tx.settings.get(segmentsVersionKey)) ?? '';
  if (version !== state.registry.version) {
    // A segment another process put live may read an attribute that process added: schema first.
    const schema = await tx.syncSchema();
    const live = await tx.segments.list({ state: 'live' });
    state.registry.replaceAll(
      live.map((stored) => loadSegment(stored, schema)),
      version,
    );
  }
  return state.registry.ordered();
}
