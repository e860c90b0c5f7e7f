import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  ColumnBuilder,
  ColumnarImage,
  entityTable,
  IdJsonBuilder,
  type EntityTable,
} from '../../evaluate/columnar/index.ts';
import type { Schema } from '../../schema/index.ts';
import type { Store } from '../../store/index.ts';

/** Records read per reading while an image is loaded. */
const pageSize = 10_000;

/** Building holds the event loop at most about this long (one column) before giving other work a turn. */
const sliceMs = 20;

/**
 * The columnar image of every record of every entity of `schema`, read a page at a time (each page its
 * own reading, so no reading outlasts the store's time limit and none holds the event loop), each page
 * added to the columns (`ColumnBuilder`) and dropped, so that only the image grows, giving the event
 * loop a turn whenever building has held it for `sliceMs`: a server building an image over a million
 * contacts keeps answering. An in-memory database (tests, a demo) is built without those
 * turns: its readings are promises of the one connection, and a turn could wait behind them forever.
 *
 * The pages are read at different moments: the caller makes the image exact by re-checking what was
 * written since before the first page (`ColumnarView`).
 */
export async function loadColumnarImage(store: Store, schema: Schema): Promise<ColumnarImage> {
  const tables: EntityTable[] = [];
  let held = performance.now();
  for (const [entity, def] of schema.entities) {
    const ids: string[] = [];
    const builders = def.attributes.map((attribute) => new ColumnBuilder(attribute));
    // Contacts are stored as members: their ids' JSON is made page by page, each page's ids side by side.
    const idJson = entity === 'contact' ? new IdJsonBuilder() : undefined;
    for (let after: string | undefined; ;) {
      const from = after;
      const page = await store.read((session) =>
        session.records.list(entity, { limit: pageSize, ...(from === undefined ? {} : { after: from }) }),
      );
      // Each page goes into the columns and is dropped: only the columns grow.
      const pageIds = page.map((record) => record.id);
      for (const id of pageIds) ids.push(id);
      idJson?.add(pageIds);
      for (const builder of builders) builder.add(page);
      if (store.readsApart && performance.now() - held > sliceMs) {
        await nextTurn();
        held = performance.now();
      }
      after = page.at(-1)?.id;
      if (page.length < pageSize) break;
    }
    tables.push(
      entityTable(
        entity,
        ids,
        builders.map((builder) => builder.finish()),
        idJson?.finish(),
      ),
    );
  }
  return ColumnarImage.of(schema, tables);
}
