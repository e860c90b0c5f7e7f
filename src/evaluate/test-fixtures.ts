import { parseQuery } from '../definition/parse-definition.ts';
import type { Query } from '../definition/nodes.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import { Schema } from '../schema/schema.ts';
import { ColumnarImage, evaluateColumnar } from './columnar/index.ts';
import { evaluateContact, isMatch } from './evaluate-query.ts';
import type { EvaluationContext } from './evaluation-context.ts';
import type { Explanation } from './explanation.ts';
import { InMemoryRecords, type RecordsByEntity } from './in-memory-records.ts';

/**
 * Helpers for the evaluate tests: definitions written as the JSON a user sends, tiny handmade
 * records, and a check on every evaluation that `isMatch` and `evaluateContact` agree.
 */

/** Monday 9 March 2026, 10:00 in Los Angeles (18:00 UTC). */
export const now = new Date('2026-03-09T18:00:00.000Z');

export const schema = Schema.builtin();

export interface Setup {
  readonly records: RecordsByEntity;
  readonly timeZone?: string;
  readonly now?: Date;
  /** Stored members of other segments, for segment blocks. */
  readonly segments?: Readonly<Record<string, readonly string[]>>;
}

/** A query from its JSON, as `parseQuery` reads it; throws on a shape problem. */
export function queryOf(json: unknown): Query {
  const parsed = parseQuery(json);
  if (!parsed.ok) throw new Error(`bad test query: ${JSON.stringify(parsed.problems)}`);
  return parsed.value;
}

export function contextOf(setup: Setup): EvaluationContext {
  return {
    schema,
    records: new InMemoryRecords(setup.records),
    now: setup.now ?? now,
    isMember: (segment, contact) => setup.segments?.[segment]?.includes(contact) ?? false,
  };
}

/**
 * The ids of the contacts in the segment, after checking that both evaluators agree on each contact
 * and that the columnar image selects the same contacts, so every value test here covers all three.
 */
export function membersOf(queryJson: unknown, setup: Setup): string[] {
  const query = queryOf(queryJson);
  const context = contextOf(setup);
  const timeZone = setup.timeZone ?? 'UTC';
  const members = (setup.records['contact'] ?? [])
    .filter(({ id }) => {
      const fast = isMatch(query, timeZone, id, context);
      const explained = evaluateContact(query, timeZone, id, context).member;
      if (fast !== explained) throw new Error(`isMatch says ${fast}, evaluateContact ${explained} for ${id}`);
      return fast;
    })
    .map(({ id }) => id);
  const image = ColumnarImage.build(schema, setup.records);
  const storedMembers = (segment: string) => setup.segments?.[segment] ?? [];
  const columnar = evaluateColumnar(query, timeZone, image, { now: context.now, storedMembers }).ids();
  if (columnar.join() !== members.join())
    throw new Error(`isMatch selects [${members.join()}], the columnar image [${columnar.join()}]`);
  return members;
}

/** The explanation for one contact. */
export function explain(queryJson: unknown, contactId: string, setup: Setup): Explanation {
  return evaluateContact(queryOf(queryJson), setup.timeZone ?? 'UTC', contactId, contextOf(setup));
}

/** A query of one contact block whose `where` is `node` (wrapped in an `and` group unless it is a group). */
export function contactQuery(node: unknown): unknown {
  const isGroup = typeof node === 'object' && node !== null && (node as { kind?: unknown }).kind === 'group';
  return {
    blocks: [{ entity: 'contact', where: isGroup ? node : { kind: 'group', op: 'and', children: [node] } }],
  };
}

/** Whether a contact with these attributes (and these other records) satisfies `node`. */
export function contactMatches(
  node: unknown,
  contact: Readonly<Record<string, AttributeValue>>,
  others: RecordsByEntity = {},
  options: { readonly timeZone?: string; readonly now?: Date } = {},
): boolean {
  const records = { ...others, contact: [{ ...contact, id: 'c1' }] };
  return membersOf(contactQuery(node), { records, ...options }).includes('c1');
}

/** A condition as JSON. */
export function condition(
  attribute: string,
  operator: string,
  ...values: (string | number | boolean)[]
): unknown {
  return { kind: 'condition', attribute, operator, values };
}
