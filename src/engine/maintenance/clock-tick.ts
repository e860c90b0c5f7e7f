import type { StoredRecord, StoreSession } from '../../store/index.ts';
import { cascade } from './cascade.ts';
import { crossingsOf, type Crossing } from './clock-crossings.ts';
import { contactsReached } from './contact-reach.ts';
import type { EngineState } from '../engine-state.ts';
import { liveSegments } from '../registry-sync.ts';
import type { ClockDependency } from './segment-dependencies.ts';

/** The setting that remembers the moment of the last clock tick, so a restart catches up. */
export const lastTickKey = 'engine.lastTick';

/**
 * Moves every live segment to the current time: for each clock condition, the records whose value
 * crossed one of its boundaries since the last tick are found by a range scan, and only their contacts
 * are re-checked. Returns the changes per segment.
 */
export async function clockTick(state: EngineState): Promise<Map<string, string[]>> {
  const now = state.clock.now();
  return state.store.transaction(async (tx) => {
    const lastText = await tx.settings.get(lastTickKey);
    await tx.settings.set(lastTickKey, now.toISOString());
    if (lastText === undefined) return new Map<string, string[]>();
    const last = new Date(lastText);
    if (now.getTime() <= last.getTime()) return new Map<string, string[]>();
    const candidates = new Map<string, Set<string>>();
    for (const segment of await liveSegments(state, tx)) {
      for (const dependency of segment.dependencies.clock) {
        for (const crossing of crossingsOf(dependency, last, now, segment.definition.timeZone)) {
          const records = await crossedRecords(tx, dependency, crossing);
          if (records.length === 0) continue;
          const contacts = await contactsReached(tx, dependency.path, records);
          const set = candidates.get(segment.stored.id) ?? new Set<string>();
          for (const id of contacts) set.add(id);
          candidates.set(segment.stored.id, set);
        }
      }
    }
    return cascade(tx, await liveSegments(state, tx), candidates, 'clock', now);
  });
}

/** The records (id and the lookup the path follows first) whose attribute lies in the crossed range. */
function crossedRecords(
  tx: StoreSession,
  dependency: ClockDependency,
  crossing: Crossing,
): Promise<StoredRecord[]> {
  const { entity, toContact } = dependency.path;
  const first = toContact[0];
  const lookup = first?.cardinality === 'manyToOne' ? first.lookupAttribute : undefined;
  return tx.clock.recordsIn(entity, dependency.attribute, crossing, lookup);
}
