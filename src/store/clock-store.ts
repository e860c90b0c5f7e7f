import { sql } from 'kysely';
import { backends } from './backends/index.ts';
import { indexName } from './index-name.ts';
import type { StoreContext } from './store-context.ts';
import type { StoredRecord } from './stored-record.ts';

/**
 * Values of a date attribute that crossed a boundary of a clock condition: a range of dates or
 * instants (`from` inclusive, `to` exclusive, either open), or the `MM-DD` days of an anniversary.
 */
export type CrossedValues =
  | { readonly kind: 'range'; readonly from?: string | undefined; readonly to?: string | undefined }
  | { readonly kind: 'monthDays'; readonly days: readonly string[] };

/** What the clock reads: the records whose dates it has just crossed, by index. */
export interface ClockStore {
  /**
   * Indexes `entity.attribute` (a date a clock condition reads) unless it is indexed already, so a
   * tick finds the records that crossed a boundary by a range scan instead of reading the table.
   */
  indexAttribute(entity: string, attribute: string): Promise<void>;
  /**
   * The records of `entity` whose `attribute` lies among `values`: each its `id`, and with `lookup`
   * that lookup's value too (what the path to the contact follows first).
   */
  recordsIn(
    entity: string,
    attribute: string,
    values: CrossedValues,
    lookup?: string,
  ): Promise<StoredRecord[]>;
}

/** The clock store over `context`. */
export function clockStore(context: StoreContext): ClockStore {
  return {
    async indexAttribute(entity, attribute) {
      const name = indexName(entity, [attribute]);
      await sql`create index if not exists ${sql.id(name)} on ${sql.id(entity)} (${sql.id(attribute)})`.execute(
        context.db,
      );
    },

    async recordsIn(entity, attribute, values, lookup) {
      const column = sql.id(attribute);
      const tests =
        values.kind === 'monthDays'
          ? [
              // Present first: SQLite's month-and-day index holds only contacts with a birthday.
              sql`${column} is not null`,
              sql`${backends[context.dialect].sql.monthDay(column)} in (${sql.join(values.days)})`,
            ]
          : [
              ...(values.from === undefined ? [] : [sql`${column} >= ${values.from}`]),
              ...(values.to === undefined ? [] : [sql`${column} < ${values.to}`]),
            ];
      if (tests.length === 0) return [];
      const select = lookup === undefined ? sql`id` : sql`id, ${sql.id(lookup)} as link`;
      const { rows } = await sql<{
        id: string;
        link?: string | null;
      }>`select ${select} from ${sql.id(entity)} where ${sql.join(tests, sql` and `)}`.execute(context.db);
      return rows.map((row) =>
        lookup === undefined ? { id: row.id } : { id: row.id, [lookup]: row.link ?? null },
      );
    },
  };
}
