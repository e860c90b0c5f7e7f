import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { EntityDef } from '../../../schema/index.ts';
import type { SegmintTables } from '../../tables.ts';
import { sqliteValues } from './sqlite-columns.ts';

// json_array takes at most 127 arguments on a default SQLite build.
const jsonArrayMaxColumns = 100;

/**
 * Reads the contacts a condition picks, by id, each as its raw column values in the order `id`, then
 * every attribute (undefined past `json_array`'s arguments). Each row comes back as one JSON array, which JavaScript parses several
 * times faster than the driver builds an object of many properties; numbers survive exactly (a whole
 * number as its digits, anything else printed with 17 digits), decimals are text as `readColumn` reads
 * them.
 */
export function sqliteRowArrays(
  db: Kysely<SegmintTables>,
  def: EntityDef,
): ((where: RawBuilder<SqlBool>) => Promise<unknown[][]>) | undefined {
  if (def.attributes.length + 1 > jsonArrayMaxColumns) return undefined;
  const values = [
    sql`${sql.ref('id')}`,
    ...def.attributes.map((a) => {
      const column = sqliteValues.read(a, sql.id(a.name));
      return a.type === 'integer'
        ? sql`case when typeof(${column}) = 'real' then printf('%.17g', ${column}) else ${column} end`
        : column;
    }),
  ];
  return async (where) => {
    const { rows } = await sql<{ row: string }>`select json_array(${sql.join(values)}) as ${sql.ref('row')}
      from ${sql.table('contact')} where ${where} order by ${sql.ref('id')}`.execute(db);
    return rows.map((r) => JSON.parse(r.row) as unknown[]);
  };
}
