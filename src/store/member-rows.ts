import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { AttributeValue, EntityDef } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import { columnDecoder } from './column-codec.ts';
import { UnknownEntityError } from './errors.ts';
import type { StoreSession } from './store.ts';
import { recordColumns } from './stored-record.ts';

/**
 * Every member of a segment as rows of kept values, in contact id order, read in large batches for
 * exports: the same records `recordPage` pages by id, without building a record object per member.
 */

/** A batch of members: `columns` names each position of every row (`id`, then every attribute). */
export interface MemberRowBatch {
  readonly columns: readonly string[];
  /** One array per member, its kept values in the order of `columns`. */
  readonly rows: readonly (readonly AttributeValue[])[];
}

/** Members per query when reading every member: few round trips, memory still flat. */
export const memberBatchSize = 5_000;

/**
 * The members of `segmentId` (their contact records) in batches of up to `batchSize`, by id.
 *
 * @example
 * for await (const batch of memberRows(store, segmentId)) for (const row of batch.rows) write(row);
 */
export async function* memberRows(
  session: StoreSession,
  segmentId: string,
  batchSize = memberBatchSize,
): AsyncGenerator<MemberRowBatch> {
  const def = session.schema().entity('contact');
  if (!def) throw new UnknownEntityError('contact');
  const columns = ['id', ...def.attributes.map((a) => a.name)];
  const decoders = [
    (raw: unknown) => String(raw),
    ...def.attributes.map((a) => columnDecoder(session.kind, a)),
  ];
  const width = columns.length;
  const read = rowReader(session, def);
  let after: string | undefined;
  for (;;) {
    // A slice of the member list by its primary key (segment, contact id), then those contacts.
    const slice = sql`select ${sql.ref('contact_id')} from ${sql.table('sm_member')}
      where ${sql.ref('segment_id')} = ${segmentId}
      ${after === undefined ? sql`` : sql`and ${sql.ref('contact_id')} > ${after}`}
      order by ${sql.ref('contact_id')} limit ${batchSize}`;
    const found = await read(sql<SqlBool>`${sql.ref('id')} in (${slice})`);
    // Each row's array of raw values becomes its array of kept values, in place.
    for (const row of found)
      for (let c = 0; c < width; c++) row[c] = (decoders[c] as (raw: unknown) => AttributeValue)(row[c]);
    const rows = found as AttributeValue[][];
    if (rows.length > 0) yield { columns, rows };
    if (found.length < batchSize) {
      // A member whose contact is gone leaves a gap: the slice may still have been full.
      const end = await sliceEnd(session, segmentId, after, batchSize);
      if (end === undefined) return;
      after = end;
    } else {
      after = String(found.at(-1)?.[0]);
    }
  }
}

/**
 * Reads the contacts a condition picks, by id, each as its raw column values in the order `id`, then
 * every attribute: as arrays where the backend reads them so (`Capabilities.rowArrays`), else as rows.
 */
function rowReader(
  session: StoreSession,
  def: EntityDef,
): (where: RawBuilder<SqlBool>) => Promise<unknown[][]> {
  const arrays = backends[session.kind].capabilities.rowArrays?.(session.db, def);
  if (arrays) return arrays;
  const names = ['id', ...def.attributes.map((a) => a.name)];
  const select = recordColumns(session.kind, def);
  return async (where) => {
    const rows = await session.db
      .selectFrom('contact')
      .select(select)
      .where(where)
      .orderBy(sql.ref('id'))
      .execute();
    return rows.map((row: Record<string, unknown>) => names.map((name) => row[name]));
  };
}

/** The last contact id of the member slice after `after`, or undefined when the slice was not full. */
async function sliceEnd(
  session: StoreSession,
  segmentId: string,
  after: string | undefined,
  batchSize: number,
): Promise<string | undefined> {
  const { rows } = await sql<{
    contact_id: string;
  }>`select ${sql.ref('contact_id')} from ${sql.table('sm_member')}
    where ${sql.ref('segment_id')} = ${segmentId}
    ${after === undefined ? sql`` : sql`and ${sql.ref('contact_id')} > ${after}`}
    order by ${sql.ref('contact_id')} limit 1 offset ${batchSize - 1}`.execute(session.db);
  return rows[0]?.contact_id;
}
