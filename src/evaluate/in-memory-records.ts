import type { RecordSource, StoredRecord } from './record-source.ts';

/** Records by entity, as a test or a CSV file holds them. */
export type RecordsByEntity = { readonly [entity: string]: readonly StoredRecord[] };

const none: readonly StoredRecord[] = [];

/**
 * A `RecordSource` over plain arrays. Indexes by id and by lookup value are built the first time they
 * are needed, so evaluating thousands of contacts stays linear.
 *
 * @example
 * const records = new InMemoryRecords({
 *   contact: [{ id: 'c1', address1_city: 'Atlantis', parentcustomerid: 'a1' }],
 *   account: [{ id: 'a1', name: 'Contoso' }],
 * });
 * records.referencing('contact', 'parentcustomerid', 'a1'); // [the contact c1]
 */
export class InMemoryRecords implements RecordSource {
  readonly #byEntity: RecordsByEntity;
  readonly #byId = new Map<string, Map<string, StoredRecord>>();
  readonly #byLookup = new Map<string, Map<string, StoredRecord[]>>();

  constructor(records: RecordsByEntity) {
    this.#byEntity = records;
  }

  /** Every record of `entity`, in the order given. */
  all(entity: string): readonly StoredRecord[] {
    return this.#byEntity[entity] ?? none;
  }

  record(entity: string, id: string): StoredRecord | undefined {
    let index = this.#byId.get(entity);
    if (!index) {
      index = new Map(this.all(entity).map((r) => [r.id, r]));
      this.#byId.set(entity, index);
    }
    return index.get(id);
  }

  referencing(entity: string, attribute: string, id: string): readonly StoredRecord[] {
    const key = `${entity}\u0000${attribute}`;
    let index = this.#byLookup.get(key);
    if (!index) {
      index = new Map();
      for (const record of this.all(entity)) {
        const target = record[attribute];
        if (typeof target !== 'string') continue;
        const holders = index.get(target);
        if (holders) holders.push(record);
        else index.set(target, [record]);
      }
      this.#byLookup.set(key, index);
    }
    return index.get(id) ?? none;
  }
}
