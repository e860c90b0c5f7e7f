import type { ColumnarImage } from '../../evaluate/columnar/index.ts';
import type { StoredRecord, StoreSession } from '../../store/index.ts';
import type { LoadedSegment } from '../live-segment.ts';
import { contactsReached } from './contact-reach.ts';

/**
 * The contacts whose membership of `segment` may differ between a columnar image and the database as
 * `session` sees it, given the records written since the image (`writes`, none of them a delete):
 * every written contact (it may be new), and the contacts each other written record reaches along the
 * segment's access paths, from the record as the image holds it and as it is now (an interaction
 * moved to another contact reaches both). The steps after the first follow the database as it is now:
 * a link that changed since is a written record of its own, reached by its own path.
 */
export async function columnarTouched(
  session: StoreSession,
  image: ColumnarImage,
  segment: LoadedSegment,
  writes: readonly { readonly entity: string; readonly ids: readonly string[] }[],
): Promise<Set<string>> {
  const byEntity = new Map<string, Set<string>>();
  for (const { entity, ids } of writes) {
    const known = byEntity.get(entity) ?? new Set<string>();
    for (const id of ids) known.add(id);
    byEntity.set(entity, known);
  }
  const touched = new Set(byEntity.get('contact'));
  for (const path of segment.dependencies.paths) {
    const ids = byEntity.get(path.entity);
    if (!ids || path.toContact.length === 0) continue;
    const then = [...ids].map((id) => image.record(path.entity, id));
    const now = await session.records.getMany(path.entity, [...ids]);
    const records = [...then, ...now].filter((r): r is StoredRecord => r !== undefined);
    for (const id of await contactsReached(session, path, records)) touched.add(id);
  }
  return touched;
}
