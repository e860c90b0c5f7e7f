import { parseDefinition } from '../definition/index.ts';
import type { StoreSession } from '../store/index.ts';
import type { SegmentCatalog, SegmentInfo } from '../validate/index.ts';

/** Every saved segment as validation looks up the segments a definition names. */
export async function segmentCatalog(store: StoreSession): Promise<SegmentCatalog> {
  const infos = new Map<string, SegmentInfo>();
  for (const stored of await store.segments.list()) {
    const parsed = parseDefinition(stored.definition);
    const query = parsed.ok ? parsed.value.query : undefined;
    infos.set(stored.id, {
      id: stored.id,
      name: stored.name,
      type: stored.type,
      state: stored.state,
      ...(query ? { query } : {}),
    });
  }
  return { get: (id) => infos.get(id) };
}

/** The live segments whose query reads `segmentId` through a segment block, as problems naming them. */
export async function liveDependants(
  store: StoreSession,
  segmentId: string,
): Promise<{ code: string; message: string; path: string; segmentId: string }[]> {
  const dependants = [];
  for (const stored of await store.segments.list({ state: 'live' })) {
    const parsed = parseDefinition(stored.definition);
    const blocks = parsed.ok ? (parsed.value.query?.blocks ?? []) : [];
    const index = blocks.findIndex((b) => b.kind === 'segmentBlock' && b.segment === segmentId);
    if (index === -1) continue;
    dependants.push({
      code: 'USED_BY',
      message: `The live segment "${stored.name}" (${stored.id}) reads this segment in block ${index + 1}.`,
      path: '',
      segmentId: stored.id,
    });
  }
  return dependants;
}
