import type { ConditionValue, CountSpec } from '../definition/nodes.ts';
import { assertNever } from '../definition/nodes.ts';
import { operators, type ValueArity } from '../definition/operator-catalogue.ts';
import type { AttributeValue } from '../schema/attribute-value.ts';
import type {
  BlockOutcome,
  ConditionOutcome,
  Explanation,
  GroupOutcome,
  RecordOutcome,
  StepOutcome,
  WhereOutcome,
} from './explanation.ts';

/**
 * An explanation as lines a marketer reads, indented two spaces per level.
 *
 * @example
 * formatExplanation(why);
 * // ['Contact c1 is a member.',
 * //  'Block 1, Contacts: yes; so far: in',
 * //  '  All of: yes',
 * //  '    Address 1: City Equals Atlantis: yes (Atlantis)']
 */
export function formatExplanation(explanation: Explanation): string[] {
  const verdict = explanation.member ? 'is a member' : 'is not a member';
  const lines = [`Contact ${explanation.contactId} ${verdict}.`];
  for (const block of explanation.blocks) lines.push(...formatBlock(block));
  return lines;
}

/** One line for one outcome, without its children: "Address 1: City Equals Atlantis: yes (Atlantis)". */
export function describeOutcome(outcome: WhereOutcome): string {
  switch (outcome.kind) {
    case 'condition':
      return `${outcome.displayName} ${outcome.operatorLabel}${valuesText(outcome)}: ${yesNo(outcome.matched)} (${actualText(outcome.actual)})`;
    case 'group':
      return `${groupLabel(outcome)}: ${yesNo(outcome.matched)}`;
    case 'related': {
      const window = outcome.window
        ? `, ${outcome.window.displayName} in the last ${outcome.window.last} ${outcome.window.unit}`
        : '';
      const tally = `${outcome.count} of ${outcome.reached} match`;
      return `${outcome.displayName}: ${countText(outcome.required)}${window}: ${yesNo(outcome.matched)} (${tally})`;
    }
    default:
      return assertNever(outcome);
  }
}

function formatBlock(block: BlockOutcome): string[] {
  const verdict = `${yesNo(block.matched)}; so far: ${block.resultSoFar ? 'in' : 'out'}`;
  const joins = block.combine ? `${block.combine} ` : '';
  const title = `Block ${block.index + 1}, ${joins}`;
  switch (block.kind) {
    case 'segmentBlock':
      return [`${title}members of segment ${block.segment}: ${verdict}`];
    case 'queryBlock': {
      const route = block.steps.map((s) => s.displayName).join(' → ');
      const [only, ...more] = block.steps;
      const lines = [`${title}${route}: ${verdict}`];
      // A block on contacts alone reads as its conditions; a traverse reads level by level.
      if (only && more.length === 0)
        lines.push(...formatRecordWhere(only.example, 1, `all ${only.displayName}`));
      else for (const step of block.steps) lines.push(...formatStep(step, 1));
      return lines;
    }
    default:
      return assertNever(block);
  }
}

function formatStep(step: StepOutcome, depth: number): string[] {
  const counts = `${step.matching} of ${step.reached} reached match`;
  const example = step.example ? `, e.g. ${step.example.id}` : '';
  const line = `${indent(depth)}${step.displayName}: ${counts}${example}`;
  const where = step.example?.where;
  return where ? [line, ...formatWhere(where, depth + 1)] : [line];
}

function formatRecordWhere(record: RecordOutcome | undefined, depth: number, everything: string): string[] {
  if (!record) return [`${indent(depth)}no such record`];
  if (!record.where) return [`${indent(depth)}${everything}`];
  return formatWhere(record.where, depth);
}

function formatWhere(outcome: WhereOutcome, depth: number): string[] {
  const line = `${indent(depth)}${describeOutcome(outcome)}`;
  switch (outcome.kind) {
    case 'condition':
      return [line];
    case 'group':
      return [line, ...outcome.children.flatMap((child) => formatWhere(child, depth + 1))];
    case 'related': {
      const example = outcome.example;
      if (!example) return [line];
      const heading = `${indent(depth + 1)}e.g. ${example.entity} ${example.id}`;
      if (!example.where) return [line, heading];
      return [line, `${heading}:`, ...formatWhere(example.where, depth + 2)];
    }
    default:
      return assertNever(outcome);
  }
}

function groupLabel(group: GroupOutcome): string {
  if (group.op === 'and') return group.not ? 'Not all of' : 'All of';
  return group.not ? 'None of' : 'Any of';
}

function valuesText(outcome: ConditionOutcome): string {
  const { operator, values, unit } = outcome;
  const text = (v: ConditionValue | undefined): string => String(v ?? '');
  const arity: ValueArity = operators[operator].values;
  switch (arity) {
    case 'none':
      return '';
    case 'one':
    case 'oneOrMore':
      return ` ${values.map(text).join(operator === 'containsAllOf' ? ' and ' : ' or ')}`;
    case 'two':
      return ` ${text(values[0])} and ${text(values[1])}`;
    case 'period':
      return ` ${text(values[0])} ${unit ?? 'days'}`;
    case 'days':
      return ` ${text(values[0])} days`;
    default:
      return assertNever(arity);
  }
}

function countText(required: CountSpec): string {
  switch (required.operator) {
    case 'atLeast':
      return `at least ${required.value}`;
    case 'atMost':
      return `at most ${required.value}`;
    case 'exactly':
      return required.value === 0 ? 'none' : `exactly ${required.value}`;
    default:
      return assertNever(required.operator);
  }
}

function actualText(value: AttributeValue): string {
  if (value === null) return 'no value';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

const yesNo = (matched: boolean): string => (matched ? 'yes' : 'no');

const indent = (depth: number): string => '  '.repeat(depth);
