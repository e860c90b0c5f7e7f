import type { OverrideMode, StoreSession } from '../store/index.ts';
import { cascade } from './maintenance/cascade.ts';
import { EngineError } from './engine-error.ts';
import { segmentOrThrow, type EngineState } from './engine-state.ts';
import { liveSegments } from './registry-sync.ts';
import { applyChanges } from './maintenance/membership-change.ts';
import { runQueryOnce } from './query-once.ts';
import { recheck } from './maintenance/membership-check.ts';

/** A change to a segment's members by hand, as `POST /api/segments/{id}/members` takes it. */
export type MemberEdit =
  | { readonly add: readonly string[] }
  | { readonly remove: readonly string[] }
  | { readonly addByQuery: unknown }
  | { readonly removeByQuery: unknown }
  | { readonly include: readonly string[] }
  | { readonly exclude: readonly string[] }
  | { readonly clear: readonly string[] };

/**
 * Applies a manual change: static segments take `add`, `remove`, `addByQuery`, `removeByQuery`;
 * dynamic ones take overrides `include`, `exclude` (exclusion wins) and `clear`. Segments that read
 * this one follow, in the same transaction. Returns the contacts whose membership changed.
 */
export async function editMembers(
  state: EngineState,
  segmentId: string,
  edit: MemberEdit,
): Promise<string[]> {
  const now = state.clock.now();
  return state.store.transaction(async (tx) => {
    const segment = await segmentOrThrow(tx, segmentId);
    const isStatic = segment.definition.type === 'static';
    const staticOnly = 'add' in edit || 'remove' in edit || 'addByQuery' in edit || 'removeByQuery' in edit;
    if (staticOnly !== isStatic) {
      throw new EngineError(
        'WRONG_TYPE',
        isStatic
          ? `"${segment.stored.name}" is static: add or remove members (add, remove, addByQuery, removeByQuery).`
          : `"${segment.stored.name}" is dynamic: its query decides; use include, exclude or clear to override it.`,
      );
    }
    let moved: string[];
    if ('add' in edit || 'remove' in edit) {
      const ids = 'add' in edit ? edit.add : edit.remove;
      if ('add' in edit) await requireContacts(tx, ids);
      moved = await applyChanges(
        tx,
        segmentId,
        'add' in edit ? { join: ids, leave: [] } : { join: [], leave: ids },
        'manual',
        now,
      );
    } else if ('addByQuery' in edit || 'removeByQuery' in edit) {
      const adding = 'addByQuery' in edit;
      const ids = [
        ...(await runQueryOnce(
          tx,
          adding ? edit.addByQuery : edit.removeByQuery,
          adding ? 'addByQuery' : 'removeByQuery',
          segment.definition.timeZone,
          now,
        )),
      ];
      moved = await applyChanges(
        tx,
        segmentId,
        adding ? { join: ids, leave: [] } : { join: [], leave: ids },
        'manual',
        now,
      );
    } else {
      const [ids, mode]: [readonly string[], OverrideMode | 'clear'] =
        'include' in edit
          ? [edit.include, 'include']
          : 'exclude' in edit
            ? [edit.exclude, 'exclude']
            : [edit.clear, 'clear'];
      await requireContacts(tx, ids);
      if (mode === 'clear') await tx.overrides.clear(segmentId, ids);
      else await tx.overrides.set(segmentId, ids, mode);
      moved = segment.stored.state === 'live' ? await recheck(tx, segment, new Set(ids), 'manual', now) : [];
    }
    if (moved.length > 0) {
      await cascade(
        tx,
        await liveSegments(state, tx),
        new Map(),
        'manual',
        now,
        new Map([[segmentId, moved]]),
      );
    }
    return moved;
  });
}

/** Refuses ids that name no contact, listing them. */
async function requireContacts(tx: StoreSession, ids: readonly string[]): Promise<void> {
  const found = new Set((await tx.records.getMany('contact', ids)).map((r) => r.id));
  const unknown = [...new Set(ids)].filter((id) => !found.has(id));
  if (unknown.length > 0) {
    throw new EngineError(
      'UNKNOWN_CONTACTS',
      `No contact has the id ${unknown
        .slice(0, 10)
        .map((id) => `"${id}"`)
        .join(', ')}${unknown.length > 10 ? ` and ${unknown.length - 10} more` : ''}.`,
    );
  }
}
