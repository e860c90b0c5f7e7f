import type { CompiledQuery } from 'kysely';
import { UnknownEntityError } from './errors.ts';
import { referenceReads } from './record-references.ts';
import { recordQuery } from './record-store.ts';
import type { HeldMemberships } from './begin-reads.ts';
import { membershipsQuery } from './member-store.ts';
import type { StoreContext } from './store-context.ts';

/**
 * What a write transaction will read before it writes anything, named so that the backend may read it
 * as the transaction begins: on PostgreSQL in the begin's own round trip (`begin-reads.ts`), which
 * saves a write one round trip of its five or six. The transaction's statements read it as they
 * otherwise would, and get the rows read then.
 */
export interface FirstReads {
  /** The record an update changes, as `records.get` reads it. */
  readonly record?: { readonly entity: string; readonly id: string };
  /** The records these rows' lookups name, as `records.referenceProblems` reads them. */
  readonly references?: {
    readonly entity: string;
    readonly rows: readonly Readonly<Record<string, unknown>>[];
  };
  /**
   * The memberships of these contacts in these segments and the contacts' overrides, as
   * `members.membershipsRead` reads them: any later read of memberships among them in the
   * transaction is answered from these rows, until it changes a membership or an override.
   */
  readonly memberships?: { readonly contactIds: readonly string[]; readonly segmentIds: readonly string[] };
}

/** The memberships `first` names, to be read as the transaction begins, or undefined. */
export function heldMemberships(context: StoreContext, first: FirstReads): HeldMemberships | undefined {
  const named = first.memberships;
  if (!named || named.contactIds.length === 0 || named.segmentIds.length === 0) return undefined;
  return {
    contacts: new Set(named.contactIds),
    segments: new Set(named.segmentIds),
    query: membershipsQuery(context, named.contactIds, named.segmentIds),
  };
}

/**
 * The statements of `first`, in the order the transaction will run them; none when it names an entity
 * this process does not know yet (another process may have added it: the transaction's own statements
 * then read the schema again, as they always did).
 */
export function firstReadQueries(context: StoreContext, first: FirstReads): CompiledQuery[] {
  const { record, references } = first;
  try {
    return [
      ...(record ? [recordQuery(context, record.entity, record.id)] : []),
      ...(references ? referenceReads(context, references.entity, references.rows) : []),
    ];
  } catch (error) {
    if (error instanceof UnknownEntityError) return [];
    throw error;
  }
}
