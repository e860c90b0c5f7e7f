import { setImmediate as nextTurn } from 'node:timers/promises';
import { buildColumn, ColumnarImage, entityTable, type EntityTable } from '../../evaluate/columnar/index.ts';
import type { StoredRecord } from '../../evaluate/index.ts';
import type { Schema } from '../../schema/index.ts';
import type { Store } from '../../store/index.ts';

/** Records read per reading while an image is loaded. */
const pageSize = 10_000;

/** Building holds the event loop at most about this long (one column) before giving other work a turn. */
const sliceMs = 20;

/**
 * The columnar image of every record of every entity of `schema`, read a page at a time (each page its
 * own reading, so no reading outlasts the store's time limit and none holds the event loop) and built
 * one entity at a time, one column at a time, giving the event loop a turn whenever building has held
 * it for `sliceMs`, so that a server building an image over a million contacts keeps answering. Only
 * one entity's records are held at once. An in-memory database (tests, a demo) is built without those
 * turns: its readings are promises of the one connection, and a turn could wait behind them forever.
 *
 * The pages are read at different moments: the caller makes the image exact by re-checking what was
 * written since before the first page (`ColumnarView`).
 */
export async function loadColumnarImage(store: Store, schema: Schema): Promise<ColumnarImage> {
  const tables: EntityTable[] = [];
  let held = performance.now();
  for (const [entity, def] of schema.entities) {
    const rows: StoredRecord[] = [];
    for (let after: string | undefined; ;) {
      const from = after;
      const page = await store.read((session) =>
        session.records.list(entity, { limit: pageSize, ...(from === undefined ? {} : { after: from }) }),
      );
      for (const record of page) rows.push(record);
      after = page.at(-1)?.id;
      if (page.length < pageSize) break;
    }
    const columns = [];
    for (const attribute of def.attributes) {
      columns.push(buildColumn(attribute, rows));
      if (store.readsApart && performance.now() - held > sliceMs) {
        await nextTurn();
        held = performance.now();
      }
    }
    tables.push(
      entityTable(
        entity,
        rows.map((record) => record.id),
        columns,
      ),
    );
  }
  return ColumnarImage.of(schema, tables);
}
