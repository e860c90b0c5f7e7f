import type { AttributeValue } from '../schema/attribute-value.ts';

/** One record of any entity as the store keeps it: its `id` and its attribute values by logical name. */
export type StoredRecord = { readonly id: string; readonly [attribute: string]: AttributeValue };

/** Where the evaluator reads records from: the store, or `InMemoryRecords` in tests and the CLI. */
export interface RecordSource {
  /** The record of `entity` with this id, if there is one. */
  record(entity: string, id: string): StoredRecord | undefined;
  /** Records of `entity` whose `attribute` equals `id` (the many side of a lookup). */
  referencing(entity: string, attribute: string, id: string): readonly StoredRecord[];
}
