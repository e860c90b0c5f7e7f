import type { AttributeType, EntityDef } from '../schema/index.ts';
import { backends } from './backends/index.ts';
import type { Store, StoreSession } from './store.ts';

/**
 * What a member CSV writes for each attribute type: `text` someone wrote, neutralised when a
 * spreadsheet would read it as a formula (OWASP "CSV Injection"), or a `value` Segmint formats itself
 * (numbers, booleans, dates), which never is, so `-5` stays the number -5. The `id` column is text.
 */
export const csvCellKinds = {
  string: 'text',
  choice: 'text',
  multichoice: 'text',
  lookup: 'text',
  integer: 'value',
  decimal: 'value',
  money: 'value',
  boolean: 'value',
  date: 'value',
  datetime: 'value',
} as const satisfies Record<AttributeType, 'text' | 'value'>;

/** Text cells neutralised against spreadsheet formulas (`escape`), or written as they are (`keep`). */
export type MemberCsvFormulas = 'escape' | 'keep';

/** A batch of CSV lines (joined by CRLF, no line break after the last) and how many members it holds. */
export interface MemberCsvBatch {
  readonly members: number;
  readonly text: string;
}

/**
 * Where an export reads: a session, or a store whose `read` runs each batch in a reader process (an
 * SQLite file), so that an export of a million members leaves the server answering between and
 * during its batches, each a reading of its own within the time limit.
 */
export type MemberCsvSource = StoreSession & { readonly read?: Store['read'] };

/**
 * The batches of `segmentId`'s members in contact id order, written by the database itself where its
 * backend can (`Capabilities.memberCsv`: SQLite, a batch of thousands of lines per query), or
 * undefined when it cannot (another backend, or more columns than it takes); the caller then writes
 * the same text from `memberRows`.
 */
export function databaseMemberCsv(
  session: MemberCsvSource,
  contact: EntityDef,
  segmentId: string,
  options: { readonly batchSize: number; readonly formulas: MemberCsvFormulas },
): AsyncGenerator<MemberCsvBatch> | undefined {
  return backends[session.kind].capabilities.memberCsv?.(session, contact, segmentId, options);
}
