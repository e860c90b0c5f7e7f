import type { LoadedSegment } from './live-segment.ts';
import { dependantsOf, dependencyOrder } from './maintenance/segment-order.ts';

/**
 * The live segments the engine maintains, indexed for the questions every write asks: which segments
 * read this entity, in what order do changes flow. Updated only after a transaction commits.
 */
export class SegmentRegistry {
  readonly #live = new Map<string, LoadedSegment>();
  #order: LoadedSegment[] | undefined;
  /** The segments version (see `registry-sync.ts`) this registry was loaded at; undefined before. */
  #version: string | undefined;

  get version(): string | undefined {
    return this.#version;
  }

  /** Replaces every segment, as loaded at `version`. */
  replaceAll(segments: readonly LoadedSegment[], version: string): void {
    this.#live.clear();
    for (const segment of segments) this.#live.set(segment.stored.id, segment);
    this.#order = undefined;
    this.#version = version;
  }

  get(id: string): LoadedSegment | undefined {
    return this.#live.get(id);
  }

  set(segment: LoadedSegment): void {
    this.#live.set(segment.stored.id, segment);
    this.#order = undefined;
  }

  delete(id: string): void {
    this.#live.delete(id);
    this.#order = undefined;
  }

  /** Live segments, each after the segments it reads. */
  ordered(): readonly LoadedSegment[] {
    this.#order ??= dependencyOrder(this.#live);
    return this.#order;
  }

  /** The live segments that read `segmentId`. */
  dependants(segmentId: string): LoadedSegment[] {
    return dependantsOf(segmentId, this.#live);
  }

  /** A registry with one segment replaced (or added, or removed), to order a change before it commits. */
  with(segment: LoadedSegment): LoadedSegment[] {
    const copy = new Map(this.#live);
    copy.set(segment.stored.id, segment);
    return dependencyOrder(copy);
  }
}
