import type { StoredRecord, StoreSession } from '../../store/index.ts';
import type { AccessPath } from './segment-dependencies.ts';

/**
 * The contacts a changed record can affect along `path`: the first step reads the record as it was
 * and as it is (a contact moved to another account affects both accounts' segments), later steps
 * follow the database as it is now.
 *
 * @example
 * // an account changed: the contacts whose parentcustomerid is that account
 * await contactsReached(tx, { entity: 'account', toContact: [accountContacts] }, [before, after]);
 */
export async function contactsReached(
  session: StoreSession,
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
      : await session.links.linked(first, new Set(records.map((r) => r.id)));
  for (const relationship of rest) ids = await session.links.linked(relationship, ids);
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
