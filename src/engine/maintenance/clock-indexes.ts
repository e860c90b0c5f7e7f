import { operators } from '../../definition/operator-catalogue.ts';
import type { StoreSession } from '../../store/index.ts';
import type { LoadedSegment } from '../live-segment.ts';

/**
 * Indexes the date attributes a segment's clock conditions read, so a clock tick finds the records
 * that crossed a boundary by a range scan instead of reading the table.
 */
export async function ensureClockIndexes(tx: StoreSession, segment: LoadedSegment): Promise<void> {
  const seen = new Set<string>();
  for (const dependency of segment.dependencies.clock) {
    // An anniversary crosses by month and day, which an index of whole dates cannot find by range
    // (SQLite's store indexes a contact's birthday by month and day from the start).
    if (operators[dependency.operator].clock === 'monthDay') continue;
    const { entity } = dependency.path;
    const key = `${entity}.${dependency.attribute}`;
    if (seen.has(key)) continue;
    seen.add(key);
    await tx.clock.indexAttribute(entity, dependency.attribute);
  }
}
