import type { Block, Combine, GroupNode, Query, QueryBlock, WhereNode } from '../definition/index.ts';
import type { Schema } from '../schema/index.ts';
import type { ConditionScope } from './condition-scope.ts';
import { translateHaving } from './having.ts';
import { mqlProblem, type MqlProblem, type Position } from './mql-problem.ts';
import { optionList, optionOf } from './schema-names.ts';
import { segmentRef, type SegmentResolver } from './segment-ref.ts';
import type { SetExpr, SetOp, SetOperand } from './syntax.ts';
import { translateChain } from './translate-chain.ts';
import { translateCondition } from './translate-condition.ts';
import { condition, group } from './where-nodes.ts';

interface Context {
  readonly schema: Schema;
  readonly resolveSegment?: SegmentResolver | undefined;
  readonly problems: MqlProblem[];
}

/** A run of blocks combined left to right, and whether its operators are all one kind. */
type Run = readonly Block[];

/**
 * A set expression as the blocks of a query, combined left to right. A bracketed part that is not
 * first can be kept when the operators allow it: `a UNION (b UNION c)` and `a EXCEPT (b UNION c)`
 * unfold, and `a INTERSECT (b UNION c)` turns round to `(b UNION c) INTERSECT a`; other shapes are
 * refused with the advice to put the bracketed part first.
 */
export function translateQuery(expr: SetExpr, context: Context): Query | undefined {
  const before = context.problems.length;
  let blocks: Block[] | undefined = operandBlocks(expr.first, context)?.slice();
  let single = expr.first.kind !== 'parens' || expr.first.expr.rest.length === 0;
  for (const { op, operand, at } of expr.rest) {
    const run = operandBlocks(operand, context);
    if (!blocks || !run) {
      blocks = undefined;
      continue;
    }
    blocks = combine(blocks, single, op, run, at, context);
    single = false;
  }
  if (!blocks || context.problems.length > before) return undefined;
  return { blocks };
}

function withCombine(block: Block, combine: Combine | undefined): Block {
  return { ...block, combine };
}

function combine(
  left: Block[],
  leftSingle: boolean,
  op: SetOp,
  run: Run,
  at: Position,
  context: Context,
): Block[] | undefined {
  if (run.length === 1) return [...left, withCombine(run[0] as Block, op)];
  const inner = new Set(run.slice(1).map((b) => b.combine));
  const only = inner.size === 1 ? [...inner][0] : undefined;
  if (op === 'union' && only === 'union') return [...left, ...run.map((b) => withCombine(b, 'union'))];
  if (op === 'intersect' && only === 'intersect')
    return [...left, ...run.map((b) => withCombine(b, 'intersect'))];
  if (op === 'exclude' && only === 'union') return [...left, ...run.map((b) => withCombine(b, 'exclude'))];
  if (op !== 'exclude' && leftSingle && left.length === 1) {
    return [withCombine(run[0] as Block, undefined), ...run.slice(1), withCombine(left[0] as Block, op)];
  }
  context.problems.push(
    mqlProblem(
      'MQL_NOT_EXPRESSIBLE',
      at,
      'Segmint combines queries left to right, one after another: put the bracketed queries first, or write them as a segment of their own and use SEGMENT(name) here.',
    ),
  );
  return undefined;
}

function operandBlocks(operand: SetOperand, context: Context): Run | undefined {
  switch (operand.kind) {
    case 'parens': {
      const query = translateQuery(operand.expr, context);
      return query?.blocks;
    }
    case 'profile': {
      const block = translateChain(operand, context.schema, context.problems);
      return block && [block];
    }
    case 'segment': {
      const ref = segmentRef(operand.ref.text);
      const id = context.resolveSegment ? context.resolveSegment(ref) : 'crmId' in ref ? ref.crmId : ref.name;
      if (typeof id === 'object') {
        const ids = id.ambiguous;
        context.problems.push(
          mqlProblem(
            'MQL_UNKNOWN_SEGMENT',
            operand.ref.at,
            `${ids.length} segments are named "${'name' in ref ? ref.name : ref.crmId}" (ids ${ids.join(', ')}): name the one you mean by its id, as SEGMENT('${ids[0] ?? ''}').`,
          ),
        );
        return undefined;
      }
      if (id === undefined) {
        context.problems.push(
          mqlProblem(
            'MQL_UNKNOWN_SEGMENT',
            operand.ref.at,
            'crmId' in ref
              ? `There is no segment with the id ${ref.crmId}.`
              : `There is no segment named "${ref.name}": check its name, or create it first.`,
          ),
        );
        return undefined;
      }
      return [{ kind: 'segmentBlock', segment: id }];
    }
    case 'interaction': {
      const block = interactionBlock(operand, context);
      return block && [block];
    }
  }
}

/**
 * `INTERACTION(type, link)[.FILTER(…)].HAVING(COUNT() op n[, UTCDAYS(n)])`: the contacts whose
 * interactions of that type (and FILTER) number as HAVING says, in its window when it has one.
 * Segmint's interactions belong to contacts, so the link must be the contact link (`EmailOpened_ContactLink`).
 * A count that 0 satisfies (`COUNT() < 3`, `COUNT() == 0`, which Dynamics forbids) includes the contacts
 * with no such interaction at all, as docs/SEGMENTS.md's "at most" and "exactly 0" do.
 */
function interactionBlock(
  operand: Extract<SetOperand, { kind: 'interaction' }>,
  context: Context,
): QueryBlock | undefined {
  const { schema, problems } = context;
  const before = problems.length;
  const relationship = schema
    .relationshipsOf('contact')
    .find(
      (r) =>
        r.cardinality === 'oneToMany' &&
        schema.attribute(r.to, 'type')?.type === 'choice' &&
        r.to === 'interaction',
    );
  const entity = relationship && schema.entity(relationship.to);
  const typeAttribute = entity && schema.attribute(entity.name, 'type');
  if (!relationship || !entity || !typeAttribute) {
    problems.push(
      mqlProblem('MQL_UNKNOWN_INTERACTION', operand.at, 'This installation has no interactions of contacts.'),
    );
    return undefined;
  }
  const { option, reason } = optionOf(typeAttribute, operand.type.text);
  if (!option) {
    problems.push(
      mqlProblem(
        'MQL_UNKNOWN_INTERACTION',
        operand.type.at,
        `There is no interaction type "${operand.type.text}"${reason?.includes('label of') ? ` (${reason})` : ''}; the types are ${optionList(typeAttribute)}.`,
      ),
    );
  }
  const link = operand.link.text.toLowerCase().replace(/_/g, '');
  const typeName = operand.type.text.toLowerCase().replace(/_/g, '');
  if (!link.endsWith('contactlink')) {
    problems.push(
      mqlProblem(
        'MQL_UNKNOWN_INTERACTION',
        operand.link.at,
        `Segmint's interactions belong to contacts: link them with ${operand.type.text}_ContactLink, not ${operand.link.text}.`,
      ),
    );
  } else if (link !== 'contactlink' && link !== `${typeName}contactlink`) {
    problems.push(
      mqlProblem(
        'MQL_UNKNOWN_INTERACTION',
        operand.link.at,
        `The link ${operand.link.text} belongs to another interaction type: write ${operand.type.text}_ContactLink.`,
      ),
    );
  }
  const scope: ConditionScope = {
    schema,
    entity,
    qualifiers: new Set([entity.name]),
    otherAliases: new Set(),
    problems,
  };
  const filters = operand.filters.map((f) => translateCondition(f, scope));
  const having = translateHaving(operand.having, schema, entity, problems);
  if (!option || !having || filters.some((f) => f === undefined) || problems.length > before)
    return undefined;
  const where = group('and', [
    condition(typeAttribute.name, 'equals', [option.value]),
    ...(filters as GroupNode[]),
  ]);
  const related: WhereNode[] = having.counts.map((count) => ({
    kind: 'related',
    relationship: relationship.name,
    where,
    count,
    window: having.window,
  }));
  return {
    kind: 'queryBlock',
    entity: 'contact',
    where: group(related.length === 1 ? 'and' : 'or', related),
    traverse: [],
  };
}
