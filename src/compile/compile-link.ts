import { sql, type RawBuilder, type SqlBool } from 'kysely';
import type { RelationshipDef } from '../schema/schema-types.ts';

/**
 * The join condition between a record `fromAlias` of `relationship.from` and a record `toAlias` of
 * `relationship.to`: the many side's lookup column equals the one side's id.
 */
export function compileLink(
  relationship: RelationshipDef,
  fromAlias: string,
  toAlias: string,
): RawBuilder<SqlBool> {
  const lookup = relationship.lookupAttribute;
  return relationship.cardinality === 'manyToOne'
    ? sql<SqlBool>`${sql.id(toAlias, 'id')} = ${sql.id(fromAlias, lookup)}`
    : sql<SqlBool>`${sql.id(toAlias, lookup)} = ${sql.id(fromAlias, 'id')}`;
}

/**
 * The record `fromAlias` of `relationship.from` is linked to records `toAlias` of `relationship.to`
 * passing every one of `filters` (which read `toAlias` only): at least one, or, with `having`, a number
 * of them that `having` accepts (`count(*)` per key, never zero). An uncorrelated semi-join: the linked
 * keys are read once as a set. Never NULL: the key compared and the keys of the set are never null, so
 * a surrounding `not` is the exact complement.
 */
export function compileSemiJoin(
  relationship: RelationshipDef,
  fromAlias: string,
  toAlias: string,
  filters: readonly RawBuilder<SqlBool>[],
  having?: RawBuilder<SqlBool>,
): RawBuilder<SqlBool> {
  const manyToOne = relationship.cardinality === 'manyToOne';
  const key = sql.id(toAlias, manyToOne ? 'id' : relationship.lookupAttribute);
  const tests = manyToOne ? filters : [sql<SqlBool>`${key} is not null`, ...filters];
  const where = tests.length === 0 ? sql`` : sql` where ${sql.join(tests, sql` and `)}`;
  const grouped = having ? sql` group by ${key} having ${having}` : sql``;
  const set = sql`(select ${key} from ${sql.id(relationship.to)} as ${sql.id(toAlias)}${where}${grouped})`;
  if (!manyToOne) return sql<SqlBool>`(${sql.id(fromAlias, 'id')} in ${set})`;
  const column = sql.id(fromAlias, relationship.lookupAttribute);
  return sql<SqlBool>`(${column} is not null and ${column} in ${set})`;
}
