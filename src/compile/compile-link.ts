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
