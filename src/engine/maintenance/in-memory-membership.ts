import { assertNever, type GroupNode, type Query, type WhereNode } from '../../definition/nodes.ts';
import { contactMatcher, type ContactMatcher } from '../../evaluate/index.ts';
import type { Schema } from '../../schema/schema.ts';
import type { RelationshipDef } from '../../schema/schema-types.ts';
import type { StoreSession } from '../../store/index.ts';
import type { LoadedSegment } from '../live-segment.ts';
import type { MaintenancePass } from './maintenance-pass.ts';
import type { PassRecords } from './pass-records.ts';

/**
 * What deciding a segment in memory needs besides the contacts themselves: the relationships its
 * related conditions follow from the contact (the account a contact points to, its interactions).
 */
export interface InMemoryPlan {
  readonly relationships: readonly RelationshipDef[];
  readonly match: ContactMatcher;
  /** Whether it reads one-to-many relationships (a contact's interactions), which cost more to read. */
  readonly readsToMany: boolean;
}

/** Contacts re-checked at once past which a segment that reads one-to-many relationships runs its SQL. */
export const contactsWithRelatedInMemory = 50;

const plans = new WeakMap<
  LoadedSegment,
  { readonly schema: Schema; readonly plan: InMemoryPlan | undefined }
>();

/**
 * How to decide a segment's membership in memory, from records a maintenance pass reads once for all
 * segments, or undefined when its SQL must run. A query qualifies when every block is a segment block
 * (the stored membership, which the pass's snapshot holds) or a contact block without hops whose
 * related conditions go one step from the contact, with only conditions of the related record inside.
 * The evaluator agrees with the SQL on all of these (the conformance table proves it case by case).
 */
export function inMemoryPlan(segment: LoadedSegment, schema: Schema): InMemoryPlan | undefined {
  const cached = plans.get(segment);
  if (cached?.schema === schema) return cached.plan;
  const { query, timeZone } = segment.definition;
  const plan = query ? planOf(query, timeZone, schema) : undefined;
  plans.set(segment, { schema, plan });
  return plan;
}

function planOf(query: Query, timeZone: string, schema: Schema): InMemoryPlan | undefined {
  const relationships = new Map<string, RelationshipDef>();
  const flat = (group: GroupNode | undefined): boolean =>
    !group ||
    group.children.every((child) => child.kind === 'condition' || (child.kind === 'group' && flat(child)));
  const fromContact = (node: WhereNode): boolean => {
    switch (node.kind) {
      case 'condition':
        return true;
      case 'group':
        return node.children.every(fromContact);
      case 'related': {
        const relationship = schema.relationship('contact', node.relationship);
        if (!relationship || !flat(node.where)) return false;
        relationships.set(relationship.name, relationship);
        return true;
      }
      default:
        return assertNever(node);
    }
  };
  for (const block of query.blocks) {
    switch (block.kind) {
      case 'segmentBlock':
        break;
      case 'queryBlock':
        if (block.entity !== 'contact' || block.traverse.length > 0) return undefined;
        if (block.where && !fromContact(block.where)) return undefined;
        break;
      default:
        return assertNever(block);
    }
  }
  const match = contactMatcher(query, timeZone, schema);
  const list = [...relationships.values()];
  return (
    match && { relationships: list, match, readsToMany: list.some((r) => r.cardinality === 'oneToMany') }
  );
}

/**
 * Reads what `plan` needs for these contacts into `records`, reusing what the pass already holds.
 * False when the records are too many to hold (a contact with thousands of interactions, or many contacts'
 * interactions, as a day's clock tick re-checks): the SQL runs.
 */
export async function loadForPlan(
  tx: StoreSession,
  plan: InMemoryPlan,
  contactIds: readonly string[],
  records: PassRecords,
): Promise<boolean> {
  // Reading every interaction of many contacts costs more than one query that counts them in SQL;
  // those of contacts the pass created are known without reading (`PassRecords.rememberCreated`).
  if (plan.readsToMany && stored(contactIds, records) > contactsWithRelatedInMemory) return false;
  await records.load(tx, 'contact', contactIds);
  for (const relationship of plan.relationships) {
    if (relationship.cardinality === 'manyToOne') {
      const targets = new Set<string>();
      for (const id of contactIds) {
        const target = records.record('contact', id)?.[relationship.lookupAttribute];
        if (typeof target === 'string') targets.add(target);
      }
      await records.load(tx, relationship.to, targets);
    } else if (!(await records.loadReferencing(tx, relationship, contactIds))) {
      return false;
    }
  }
  return true;
}

/** How many of `contactIds` are not among the contacts the pass created, up to one past the limit. */
function stored(contactIds: readonly string[], records: PassRecords): number {
  const created = records.created('contact');
  if (created.size === 0) return contactIds.length;
  let count = 0;
  for (const id of contactIds) {
    if (!created.has(id)) count += 1;
    if (count > contactsWithRelatedInMemory) break;
  }
  return count;
}

/**
 * The contacts among `contactIds` that the segment's query selects, decided by the evaluator over
 * the pass's records (loaded by `loadForPlan`) and its membership snapshot, as `isMatch` decides them.
 */
export function matchInMemory(
  tx: StoreSession,
  plan: InMemoryPlan,
  contactIds: readonly string[],
  pass: MaintenancePass,
): Set<string> {
  return plan.match(contactIds, pass.context(tx));
}
