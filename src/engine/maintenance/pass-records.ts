import type { RecordSource } from '../../evaluate/index.ts';
import type { RelationshipDef } from '../../schema/schema-types.ts';
import { mapRead, type PreparedRead, type StoredRecord, type StoreSession } from '../../store/index.ts';

/**
 * Related records read for one contact at most, past which a segment is re-checked by its SQL instead:
 * reading and decoding a few hundred interactions costs about what a score of restricted queries do.
 */
export const relatedRecordsLimit = 200;

/** Ids per statement, well under every backend's parameter limit. */
const idsPerRead = 500;

/**
 * The records one maintenance pass has in hand, as a synchronous `RecordSource` for the in-memory
 * evaluator: the records the write itself produced, and those read once for every segment of the
 * pass (the contacts re-checked, the accounts they point to, their interactions and leads). Asking for
 * a record that was never loaded is a bug, and throws rather than answer "none".
 */
export class PassRecords implements RecordSource {
  readonly #byId = new Map<string, Map<string, StoredRecord | null>>();
  readonly #referencing = new Map<string, Map<string, StoredRecord[]>>();
  /** Per entity, the ids of the records this pass's writes created. */
  readonly #created = new Map<string, Set<string>>();

  /** Keeps a record as it now is in the database (the after image of a write). */
  remember(entity: string, record: StoredRecord): void {
    this.#entity(entity).set(record.id, record);
  }

  /**
   * Keeps a record the pass's writes created (it did not exist before their transaction). Nothing
   * stored can refer to it but what those writes wrote: a lookup must name an existing record when it
   * is written, and a deleted record's id is never used again (its tombstone). So the records that
   * point to it are among the pass's own, and it is in no segment and has no override (both need an
   * existing contact): none of that is read from the database.
   */
  rememberCreated(entity: string, record: StoredRecord): void {
    this.remember(entity, record);
    let ids = this.#created.get(entity);
    if (!ids) {
      ids = new Set();
      this.#created.set(entity, ids);
    }
    ids.add(record.id);
  }

  /** The ids of the records of `entity` this pass's writes created (see `rememberCreated`). */
  created(entity: string): ReadonlySet<string> {
    return this.#created.get(entity) ?? noIds;
  }

  /** Notes that a record no longer exists (a delete). */
  forget(entity: string, id: string): void {
    this.#entity(entity).set(id, null);
  }

  /** Reads the records of `entity` with these ids that are not known yet. */
  async load(tx: StoreSession, entity: string, ids: Iterable<string>): Promise<void> {
    const read = this.loadRead(tx, entity, ids);
    if (read) await tx.readTogether([read]);
  }

  /**
   * `load` as a read to run with others, or undefined when every record is known. The records count
   * as known (missing) from now, and are kept when the read runs.
   */
  loadRead(tx: StoreSession, entity: string, ids: Iterable<string>): PreparedRead<void> | undefined {
    const known = this.#entity(entity);
    let missing: string[] | undefined;
    for (const id of ids) {
      if (known.has(id)) continue;
      known.set(id, null);
      (missing ??= []).push(id);
    }
    if (!missing) return undefined;
    return mapRead(tx.records.getManyRead(entity, missing), (records) => {
      for (const record of records) known.set(record.id, record);
    });
  }

  /**
   * Reads every record that points to these ids through a one-to-many `relationship` (a contact's
   * interactions). Returns false, having kept nothing, when some id has more than `relatedRecordsLimit`.
   */
  async loadReferencing(
    tx: StoreSession,
    relationship: RelationshipDef,
    ids: Iterable<string>,
  ): Promise<boolean> {
    const key = referencingKey(relationship.lookupEntity, relationship.lookupAttribute);
    const asked = [...ids];
    const known = this.#knownReferencing(relationship, key, asked);
    const missing = new Set<string>();
    for (const id of asked) if (!known.has(id)) missing.add(id);
    if (missing.size === 0) return true;
    return this.#readReferencing(tx, relationship, [...missing], key, known);
  }

  /**
   * `loadReferencing` as a read to run with others, for ids that one statement reads; undefined when
   * all are known, or they take more than one statement (`loadReferencing` then reads them), or some
   * id is known to hold too many. The read gives what `loadReferencing` would.
   */
  loadReferencingRead(
    tx: StoreSession,
    relationship: RelationshipDef,
    ids: Iterable<string>,
  ): PreparedRead<boolean> | undefined {
    const key = referencingKey(relationship.lookupEntity, relationship.lookupAttribute);
    const asked = [...new Set(ids)];
    const known = this.#knownReferencing(relationship, key, asked);
    const missing = asked.filter((id) => !known.has(id));
    const entity = tx.schema().entity(relationship.lookupEntity);
    if (missing.length === 0 || missing.length > idsPerRead || !entity || this.#heavy(key, missing))
      return undefined;
    const lookup = relationship.lookupAttribute;
    const limit = relatedRecordsLimit * missing.length + 1;
    return mapRead(tx.links.referencingRead(entity, lookup, missing, limit), (records) => {
      const found = new Map<string, StoredRecord[]>(missing.map((id) => [id, []]));
      return this.#sort(key, lookup, limit, records, found) && this.#keep(key, known, found);
    });
  }

  /**
   * What is known of the records pointing to `ids` through `relationship`, with the created records
   * among `ids` added: only the pass's own records point to those (see `rememberCreated`).
   */
  #knownReferencing(
    relationship: RelationshipDef,
    key: string,
    ids: readonly string[],
  ): Map<string, StoredRecord[]> {
    const known = this.#referencing.get(key) ?? new Map<string, StoredRecord[]>();
    const created = this.#created.get(relationship.from);
    if (!created) return known;
    let fresh: string[] | undefined;
    for (const id of ids) if (created.has(id) && !known.has(id)) (fresh ??= []).push(id);
    if (!fresh) return known;
    const found = new Map<string, StoredRecord[]>(fresh.map((id) => [id, []]));
    for (const record of this.#byId.get(relationship.lookupEntity)?.values() ?? []) {
      const holder = record?.[relationship.lookupAttribute];
      if (typeof holder === 'string') found.get(holder)?.push(record as StoredRecord);
    }
    for (const [id, records] of found) known.set(id, records);
    this.#referencing.set(key, known);
    return known;
  }

  async #readReferencing(
    tx: StoreSession,
    relationship: RelationshipDef,
    missing: readonly string[],
    key: string,
    known: Map<string, StoredRecord[]>,
  ): Promise<boolean> {
    if (this.#heavy(key, missing)) return false;
    const entity = tx.schema().entity(relationship.lookupEntity);
    if (!entity) return false;
    const found = new Map<string, StoredRecord[]>(missing.map((id) => [id, []]));
    const lookup = relationship.lookupAttribute;
    for (let i = 0; i < missing.length; i += idsPerRead) {
      const slice = missing.slice(i, i + idsPerRead);
      const limit = relatedRecordsLimit * slice.length + 1;
      const records = await tx.links.referencing(entity, lookup, slice, limit);
      if (!this.#sort(key, lookup, limit, records, found)) return false;
    }
    return this.#keep(key, known, found);
  }

  #heavy(key: string, ids: readonly string[]): boolean {
    return ids.some((id) => heavyHolders.has(`${key}\u0000${id}`));
  }

  /** Puts `records` (one statement's, read with `limit`) with their holders in `found`; false when too many. */
  #sort(
    key: string,
    lookup: string,
    limit: number,
    records: readonly StoredRecord[],
    found: Map<string, StoredRecord[]>,
  ): boolean {
    if (rememberHeavy(key, records, lookup) || records.length >= limit) return false;
    for (const record of records) {
      const holder = record[lookup];
      if (typeof holder === 'string') found.get(holder)?.push(record);
    }
    return true;
  }

  /** Keeps what was `found` for every id read, unless one holds more than a pass reads. */
  #keep(key: string, known: Map<string, StoredRecord[]>, found: Map<string, StoredRecord[]>): boolean {
    for (const records of found.values()) if (records.length > relatedRecordsLimit) return false;
    for (const [id, records] of found) known.set(id, records);
    this.#referencing.set(key, known);
    return true;
  }

  /**
   * Reads the records that point to these ids through a one-to-many `relationship` (an account's
   * contacts), keeps them by id and returns their ids: finding the contacts a write reaches and reading
   * them for the in-memory evaluator in one statement. Each is read with the attributes in `read` only
   * (what the live segments test on it), so it must not be asked for any other.
   */
  async loadHolders(
    tx: StoreSession,
    relationship: RelationshipDef,
    ids: Iterable<string>,
    read: ReadonlySet<string>,
  ): Promise<Set<string>> {
    const entity = tx.schema().entity(relationship.lookupEntity);
    if (!entity) return new Set();
    const known = this.#entity(relationship.lookupEntity);
    const lookup = relationship.lookupAttribute;
    const holders = new Set<string>();
    const from = [...new Set(ids)];
    for (let i = 0; i < from.length; i += idsPerRead) {
      const slice = from.slice(i, i + idsPerRead);
      for (const record of await tx.links.holders(entity, lookup, slice, read)) {
        known.set(record.id, record);
        holders.add(record.id);
      }
    }
    return holders;
  }

  /** Whether `record` is known, as a record or as missing. */
  has(entity: string, id: string): boolean {
    return this.#byId.get(entity)?.has(id) ?? false;
  }

  record(entity: string, id: string): StoredRecord | undefined {
    const known = this.#byId.get(entity)?.get(id);
    if (known === undefined) throw new Error(`the ${entity} ${id} was not read for this maintenance pass`);
    return known ?? undefined;
  }

  referencing(entity: string, attribute: string, id: string): readonly StoredRecord[] {
    const known = this.#referencing.get(referencingKey(entity, attribute))?.get(id);
    if (!known) throw new Error(`the ${entity} records of ${id} were not read for this maintenance pass`);
    return known;
  }

  #entity(entity: string): Map<string, StoredRecord | null> {
    let known = this.#byId.get(entity);
    if (!known) {
      known = new Map();
      this.#byId.set(entity, known);
    }
    return known;
  }
}

const noIds: ReadonlySet<string> = new Set();

/**
 * Records (by relationship and id) known to hold more related records than a pass reads: the contacts
 * with thousands of interactions, which a clock tick meets again and again. Their segments go straight
 * to SQL. A record that has since lost most of them only takes the slower, equally right, way.
 */
const heavyHolders = new Set<string>();
const heavyHoldersKept = 100_000;

/** Notes the holders with more than `relatedRecordsLimit` among `rows`; true when there is one. */
function rememberHeavy(
  key: string,
  rows: readonly Readonly<Record<string, unknown>>[],
  lookup: string,
): boolean {
  const counts = new Map<unknown, number>();
  for (const row of rows) counts.set(row[lookup], (counts.get(row[lookup]) ?? 0) + 1);
  let found = false;
  for (const [id, count] of counts) {
    if (count <= relatedRecordsLimit || typeof id !== 'string') continue;
    if (heavyHolders.size >= heavyHoldersKept) heavyHolders.clear();
    heavyHolders.add(`${key}\u0000${id}`);
    found = true;
  }
  return found;
}

function referencingKey(entity: string, attribute: string): string {
  return `${entity}\u0000${attribute}`;
}
