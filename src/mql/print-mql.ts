import {
  assertNever,
  type Block,
  type ConditionNode,
  type Query,
  type QueryBlock,
} from '../definition/index.ts';
import type { Schema } from '../schema/index.ts';
import { printHaving, printWhere, unwrap, type PrintScope } from './print-condition.ts';
import { isIdentifier, nameOrQuoted, quote } from './print-value.ts';
import { printedRelationshipName } from './schema-names.ts';

export interface PrintMqlOptions {
  /** The name SEGMENT(…) prints for a segment id; the id itself when absent or undefined. */
  readonly segmentName?: (id: string) => string | undefined;
}

const combineWords = { union: 'UNION', intersect: 'INTERSECT', exclude: 'EXCEPT' } as const;

/**
 * Prints a query as MQL that `parseMql` reads back to a query with the same members. Blocks are
 * joined by UNION, INTERSECT and EXCEPT, one a line. Where MQL has no words for what docs/SEGMENTS.md
 * says, it prints the closest MQL with the same meaning:
 *
 * - several values of one row: `(x == 'a' || x == 'b')`; negated operators `x != 'a' && x != 'b'`;
 *   `between` as `(x >= a && x <= b)`, `notBetween` as `(x < a || x > b)`;
 * - multi-choice: `interests CONTAINS 'wine'` (any of), joined by && for all of; `equals` as
 *   `interests == 'wine,travel'` (exactly those);
 * - choices by their Dataverse integer value where the schema has one (`gendercode == 2`), by option
 *   value otherwise;
 * - relative dates by DATEADD from DATETIMEUTCNOW() (`x <= DATEADD(day, -30, DATETIMEUTCNOW())` is
 *   older than 30 days; in the last / next n as a pair of bounds) and calendar periods by DATEDIFF
 *   (`DATEDIFF(day, x, DATETIMEUTCNOW()) == 0` is today), read in the segment's time zone;
 *   `anniversaryInNext n` as `DAYSTOANNIVERSARY(x) < n` (Segmint's own function);
 * - a group's NOT (which docs/SEGMENTS.md reads as the complement, missing values included) is pushed down
 *   to the conditions, each complement printed `(ISNULL(x) || NOT(…))`;
 * - related conditions inside a FILTER, which MQL lacks, as Segmint's
 *   `TRAVERSE(relationship).FILTER(…).HAVING(COUNT() > 2, UTCDAYS(30))` (the window's date after the
 *   count when it is not `occurredon`; UTCMINUTES, UTCHOURS, UTCWEEKS beside MQL's UTCDAYS,
 *   UTCMONTHS, UTCYEARS); a contact block whose only row is a count of interactions of one type
 *   prints as MQL's own `INTERACTION(type, type_ContactLink).FILTER(…).HAVING(…)`;
 * - relationships by their Dataverse link name (`contact_account_parentcustomerid`);
 * - segments by name when `segmentName` knows it, else by id (a lowercase GUID as
 *   `SEGMENT_CRM_ID_<hex>`, as Dynamics writes them).
 *
 * @example
 * printMql({ blocks: [{ kind: 'segmentBlock', segment: 'seg_vip' }] }, Schema.builtin()); // 'SEGMENT(seg_vip)'
 */
export function printMql(query: Query, schema: Schema, options: PrintMqlOptions = {}): string {
  return query.blocks
    .map((block, i) => {
      const text = printBlock(block, schema, options);
      return i === 0 || !block.combine ? text : `${combineWords[block.combine]}\n${text}`;
    })
    .join('\n');
}

function printBlock(block: Block, schema: Schema, options: PrintMqlOptions): string {
  switch (block.kind) {
    case 'segmentBlock':
      return `SEGMENT(${printSegment(block.segment, options)})`;
    case 'queryBlock':
      return printInteraction(block, schema) ?? printChain(block, schema);
    default:
      return assertNever(block);
  }
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function printSegment(id: string, options: PrintMqlOptions): string {
  const name = options.segmentName?.(id);
  if (name !== undefined) return nameOrQuoted(name);
  if (guid.test(id)) return `SEGMENT_CRM_ID_${id.replace(/-/g, '')}`;
  return nameOrQuoted(id);
}

function printChain(block: QueryBlock, schema: Schema): string {
  let entity = block.entity;
  let text = `PROFILE(${entity})`;
  if (block.where) text += `.FILTER(${unwrap(printWhere(block.where, { schema, entity }))})`;
  for (const hop of block.traverse) {
    const relationship = schema.relationship(entity, hop.relationship);
    text += `.TRAVERSE(${relationship ? printedRelationshipName(schema, relationship) : hop.relationship})`;
    entity = relationship?.to ?? entity;
    if (hop.where) text += `.FILTER(${unwrap(printWhere(hop.where, { schema, entity }))})`;
  }
  return text;
}

/** MQL's own INTERACTION(…) for a contact block whose only row counts interactions of one type. */
function printInteraction(block: QueryBlock, schema: Schema): string | undefined {
  const where = block.where;
  if (
    block.entity !== 'contact' ||
    block.traverse.length > 0 ||
    !where ||
    where.not ||
    where.children.length !== 1
  )
    return undefined;
  const related = where.children[0];
  if (related?.kind !== 'related' || !related.where || related.where.not || related.where.op !== 'and')
    return undefined;
  const relationship = schema.relationship('contact', related.relationship);
  if (relationship?.to !== 'interaction' || relationship.cardinality !== 'oneToMany') return undefined;
  if (related.window && related.window.attribute !== 'occurredon') return undefined;
  const types = related.where.children.filter(
    (c): c is ConditionNode =>
      c.kind === 'condition' && c.attribute === 'type' && c.operator === 'equals' && c.values.length === 1,
  );
  const type = types[0]?.values[0];
  if (types.length !== 1 || typeof type !== 'string') return undefined;
  const rest = related.where.children.filter((c) => c !== types[0]);
  const scope: PrintScope = { schema, entity: 'interaction' };
  const filter =
    rest.length === 0 ? '' : `.FILTER(${unwrap(printWhere({ ...related.where, children: rest }, scope))})`;
  const link = isIdentifier(type) ? `${type}_ContactLink` : 'ContactLink';
  return `INTERACTION(${isIdentifier(type) ? type : quote(type)}, ${link})${filter}.HAVING(${printHaving(related)})`;
}
