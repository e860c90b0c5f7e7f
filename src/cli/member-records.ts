import type { StoredRecord, StoreSession } from '../store/index.ts';
import { CliError } from './cli-error.ts';

const pageSize = 1_000;

/**
 * A segment's members as contact records, in id order, a page at a time: however large the segment,
 * only one page is in memory. Fails naming the segment when there is none with that id.
 */
export async function* memberRecords(store: StoreSession, segmentId: string): AsyncGenerator<StoredRecord> {
  if (!(await store.segments.get(segmentId))) throw new CliError(`There is no segment "${segmentId}".`);
  let after: string | undefined;
  for (;;) {
    const ids = await store.members.list(segmentId, {
      limit: pageSize,
      ...(after === undefined ? {} : { after }),
    });
    if (ids.length === 0) return;
    yield* await store.records.getMany('contact', ids);
    after = ids.at(-1);
    if (ids.length < pageSize) return;
  }
}
