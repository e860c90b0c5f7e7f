import { recordPage, type StoreSession } from '../store/index.ts';
import { csvLine } from './csv.ts';

/** Members per page when exporting: small enough for memory, large enough for few round trips. */
const exportPageSize = 1000;

/**
 * Every member of a segment as CSV lines (`id` and every contact attribute), header first, read a
 * page at a time so memory stays flat: what `GET /api/segments/{id}/members.csv` streams.
 * `onPage` hears how many members each page held.
 */
export async function* memberCsv(
  store: StoreSession,
  segmentId: string,
  onPage?: (members: number) => void,
): AsyncGenerator<string> {
  const contact = store.schema().entity('contact');
  const columns = ['id', ...(contact?.attributes.map((a) => a.name) ?? [])];
  yield csvLine(columns);
  let after: { id: string } | undefined;
  do {
    const page = await recordPage(store, {
      entity: 'contact',
      segmentId,
      limit: exportPageSize,
      ...(after ? { after } : {}),
    });
    onPage?.(page.items.length);
    yield page.items.map((record) => csvLine(columns.map((c) => record[c]))).join('');
    after = page.next;
  } while (after);
}
