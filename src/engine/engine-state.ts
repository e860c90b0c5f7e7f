import type { Store, StoreSession } from '../store/index.ts';
import type { SegmentCatalog, SegmentInfo } from '../validate/index.ts';
import type { Clock } from './clock.ts';
import type { ColumnarView } from './maintenance/columnar-view.ts';
import { loadSegment, type LoadedSegment } from './live-segment.ts';
import type { SegmentRegistry } from './segment-registry.ts';
import { EngineError } from './engine-error.ts';

/** What every engine operation works with. */
export interface EngineState {
  readonly store: Store;
  readonly registry: SegmentRegistry;
  readonly clock: Clock;
  /** Whole-query evaluations from a columnar image, when the engine was opened with `columnar`. */
  readonly columnar?: ColumnarView;
}

/** A segment by id, or a NOT_FOUND error naming it. */
export async function segmentOrThrow(tx: StoreSession, id: string): Promise<LoadedSegment> {
  const stored = await tx.segments.get(id);
  if (!stored) throw new EngineError('NOT_FOUND', `There is no segment "${id}".`);
  // The segment may have been saved by another process, reading an attribute that process added.
  return loadSegment(stored, await tx.syncSchema());
}

/** Every saved segment, as validation looks up the segments a definition references. */
export async function segmentCatalog(tx: StoreSession): Promise<SegmentCatalog> {
  const infos = new Map<string, SegmentInfo>();
  for (const stored of await tx.segments.list()) {
    const loaded = loadSegment(stored, tx.schema());
    infos.set(stored.id, {
      id: stored.id,
      name: stored.name,
      type: stored.type,
      state: stored.state,
      ...(loaded.definition.query ? { query: loaded.definition.query } : {}),
    });
  }
  return { get: (id) => infos.get(id) };
}
