import { createHash } from 'node:crypto';

/**
 * The name of an index: `sm_ix_<table>__<columns>`, so it never clashes with an entity table (PostgreSQL
 * keeps indexes and tables in one namespace), shortened with a hash past PostgreSQL's 63 bytes.
 */
export function indexName(table: string, columns: readonly string[]): string {
  const name = `sm_ix_${table}__${columns.join('__')}`;
  if (name.length <= 63) return name;
  const hash = createHash('sha1').update(name).digest('hex').slice(0, 8);
  return `${name.slice(0, 54)}_${hash}`;
}
