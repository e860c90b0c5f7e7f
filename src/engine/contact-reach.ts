import { sql, type Kysely } from 'kysely';
import type { RelationshipDef } from '../schema/schema-types.ts';
import type { SegmintTables, StoredRecord } from '../store/index.ts';
import type { AccessPath } from './segment-dependencies.ts';

/** Ids per statement when following a relationship, well under every backend's parameter limit. */
const idsPerStep = 500;

/**
 * The contacts a changed record can affect along `path`: the first step reads the record as it was
 * and as it is (a contact moved to another account affects both accounts' segments), later steps
 * follow the database as it is now.
 *
 * @example
 * // an account changed: the contacts whose parentcustomerid is that account
 * await contactsReached(db, { entity: 'account', toContact: [accountContacts] }, [before, after]);
 */
export async function contactsReached(
  db: Kysely<SegmintTables>,
  path: AccessPath,
  images: readonly (StoredRecord | undefined)[],
): Promise<Set<string>> {
  const records = images.filter((r): r is StoredRecord => r !== undefined);
  const [first, ...rest] = path.toContact;
  if (!first) return new Set(records.map((r) => r.id));
  // Many-to-one first: the lookup values of both images, so a link that was removed counts too.
  let ids =
    first.cardinality === 'manyToOne'
      ? lookupValues(records, first.lookupAttribute)
      : await step(db, first, new Set(records.map((r) => r.id)));
  for (const relationship of rest) ids = await step(db, relationship, ids);
  return ids;
}

function lookupValues(records: readonly StoredRecord[], attribute: string): Set<string> {
  const ids = new Set<string>();
  for (const record of records) {
    const target = record[attribute];
    if (typeof target === 'string') ids.add(target);
  }
  return ids;
}

/** The ids of `relationship.to` records linked to the `relationship.from` records `ids`. */
export async function step(
  db: Kysely<SegmintTables>,
  relationship: RelationshipDef,
  ids: ReadonlySet<string>,
): Promise<Set<string>> {
  const from = [...ids];
  const reached = new Set<string>();
  for (let i = 0; i < from.length; i += idsPerStep) {
    const slice = from.slice(i, i + idsPerStep);
    const lookup = sql.id(relationship.lookupAttribute);
    // Many-to-one: read the lookup of the `from` records; one-to-many: find the records that point back.
    const query =
      relationship.cardinality === 'manyToOne'
        ? sql<{
            id: string | null;
          }>`select ${lookup} as id from ${sql.id(relationship.from)} where id in (${sql.join(slice)})`
        : sql<{
            id: string | null;
          }>`select id from ${sql.id(relationship.to)} where ${lookup} in (${sql.join(slice)})`;
    const { rows } = await query.execute(db);
    for (const row of rows) if (row.id !== null) reached.add(row.id);
  }
  return reached;
}
