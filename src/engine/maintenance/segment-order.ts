import type { LoadedSegment } from '../live-segment.ts';

/**
 * Live segments ordered so that every segment comes after the segments it reads: membership changes
 * flow through them in one pass. References never form a cycle (validation refuses one).
 */
export function dependencyOrder(segments: ReadonlyMap<string, LoadedSegment>): LoadedSegment[] {
  const ordered: LoadedSegment[] = [];
  const visited = new Set<string>();
  const visit = (segment: LoadedSegment) => {
    if (visited.has(segment.stored.id)) return;
    visited.add(segment.stored.id);
    for (const id of segment.dependencies.segments) {
      const dependency = segments.get(id);
      if (dependency) visit(dependency);
    }
    ordered.push(segment);
  };
  for (const segment of [...segments.values()].sort((a, b) => (a.stored.id < b.stored.id ? -1 : 1)))
    visit(segment);
  return ordered;
}

/** The live segments that read `segmentId`. */
export function dependantsOf(
  segmentId: string,
  segments: ReadonlyMap<string, LoadedSegment>,
): LoadedSegment[] {
  return [...segments.values()].filter((s) => s.dependencies.segments.has(segmentId));
}
