import type { AttributeValue } from '../schema/attribute-value.ts';
import type { StoredRecord } from './record-source.ts';

/**
 * The value of `attribute` on `record`. An absent attribute, empty text and an empty list are all
 * missing (null), as `normalizeValue` keeps them, so "contains data" means the same on every backend.
 */
export function readValue(record: StoredRecord, attribute: string): AttributeValue {
  const value = record[attribute];
  if (value === undefined || value === '') return null;
  if (Array.isArray(value) && value.length === 0) return null;
  return value;
}
