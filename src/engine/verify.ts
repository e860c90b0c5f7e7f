import type { EngineState } from './engine-state.ts';
import { liveSegments } from './registry-sync.ts';
import { evaluateMembers } from './maintenance/membership-check.ts';

/** A segment whose stored members differ from a full evaluation. */
export interface Drift {
  readonly segmentId: string;
  readonly segmentName: string;
  /** Contacts that should be members and are not. */
  readonly missing: readonly string[];
  /** Contacts that are stored as members and should not be. */
  readonly extra: readonly string[];
}

/**
 * Recomputes every live dynamic segment from scratch and reports each one whose stored membership is
 * wrong (with overrides applied). Empty when all is right. Reads only; it repairs nothing.
 */
export async function verifySegments(state: EngineState, now: Date): Promise<Drift[]> {
  return state.store.transaction(async (tx) => {
    const drifts: Drift[] = [];
    for (const segment of await liveSegments(state, tx)) {
      if (!segment.definition.query) continue;
      const wanted = await evaluateMembers(tx, segment, now);
      const stored = new Set(await tx.members.list(segment.stored.id));
      const missing = [...wanted].filter((id) => !stored.has(id)).sort();
      const extra = [...stored].filter((id) => !wanted.has(id)).sort();
      if (missing.length > 0 || extra.length > 0) {
        drifts.push({ segmentId: segment.stored.id, segmentName: segment.stored.name, missing, extra });
      }
    }
    return drifts;
  });
}
