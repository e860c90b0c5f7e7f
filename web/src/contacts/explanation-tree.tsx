import { createContext, useContext, type ReactNode } from 'react';
import type {
  BlockOutcome,
  ConditionOutcome,
  RecordOutcome,
  RelatedOutcome,
  StepOutcome,
  WhereOutcome,
} from '../api/index.ts';

// The seed's and Dynamics' words for how a block joins the blocks before it.
const combineLabels = { union: 'Union', intersect: 'Intersect', exclude: 'Exclude' } as const;

/** ✓ or ✗, read out as "matches" or "does not match". */
function Outcome({ matched }: { matched: boolean }) {
  return (
    <span
      className={matched ? 'outcome yes' : 'outcome no'}
      role="img"
      aria-label={matched ? 'matches' : 'does not match'}
    >
      {matched ? '✓' : '✗'}
    </span>
  );
}

function Node({ matched, text, children }: { matched: boolean; text: string; children?: ReactNode }) {
  return (
    <li className={matched ? 'explain-node matched' : 'explain-node unmatched'}>
      <span className="explain-line">
        <Outcome matched={matched} /> {text}
      </span>
      {children}
    </li>
  );
}

/** How a value of an attribute reads: an option's label for choices, else the value as text. */
export type ValueLabel = (entity: string, attribute: string, value: string | number | boolean) => string;

const ValueLabelContext = createContext<ValueLabel>((_entity, _attribute, value) => String(value));

function valueText(condition: ConditionOutcome, label: ValueLabel): string {
  const value = condition.actual;
  const read = (v: string | number | boolean) => label(condition.entity, condition.attribute, v);
  if (value === null || (Array.isArray(value) && value.length === 0)) return 'none';
  if (Array.isArray(value)) return value.map(read).join(', ');
  return read(value as string | number | boolean);
}

/** The operator as a verb in a sentence: "is", "is not", "contains", "is older than" … */
function verbOf(condition: ConditionOutcome): string {
  if (condition.operator === 'equals') return 'is';
  if (condition.operator === 'notEquals') return 'is not';
  const label = condition.operatorLabel.toLowerCase();
  return /^(before|after|on|between|older than|in the|in next|today|yesterday|tomorrow|this|last)/.test(label)
    ? `is ${label}`
    : label;
}

/** What a condition asks, as a phrase: "Industry is Accounting", "Birthday is older than 40 years". */
function conditionPhrase(condition: ConditionOutcome, label: ValueLabel): string {
  const joiner =
    condition.operator === 'between' ||
    condition.operator === 'notBetween' ||
    condition.operator === 'containsAllOf'
      ? ' and '
      : ' or ';
  const values =
    condition.values.length === 0
      ? ''
      : ` ${condition.values.map((v) => label(condition.entity, condition.attribute, v)).join(joiner)}`;
  const unit = condition.unit === undefined ? '' : ` ${condition.unit}`;
  return `${condition.displayName} ${verbOf(condition)}${values}${unit}`;
}

/** A condition and what the record holds: "Address 1: City is Atlantis; this contact's is Atlantis". */
function conditionText(condition: ConditionOutcome, label: ValueLabel): string {
  const actual = valueText(condition, label);
  const holds =
    actual === 'none' ? `this ${condition.entity} has none` : `this ${condition.entity}'s is ${actual}`;
  return `${conditionPhrase(condition, label)}; ${holds}`;
}

/** `noun` for `count` of them: "1 account", "2 interactions". */
function counted(count: number, noun: string): string {
  if (count === 1) return `1 ${noun}`;
  const plural = /[^aeiou]y$/.test(noun)
    ? `${noun.slice(0, -1)}ies`
    : /(s|x|ch|sh)$/.test(noun)
      ? `${noun}es`
      : `${noun}s`;
  return `${count} ${plural}`;
}

/** What the related records must meet, from the one shown: "whose Industry is Accounting". */
function whoseClause(related: RelatedOutcome, label: ValueLabel): string {
  const where = related.example?.where;
  // No related record to show its conditions: the relationship says which records are meant.
  if (related.example === undefined)
    return related.displayName.toLowerCase().startsWith(related.entity)
      ? ''
      : ` as its ${related.displayName}`;
  if (where === undefined) return '';
  const conditions = where.children.filter((child) => child.kind === 'condition');
  if (where.not || conditions.length !== where.children.length) return ' that meet the conditions below';
  const phrases = conditions.map((condition) => conditionPhrase(condition, label));
  return ` whose ${phrases.join(where.op === 'and' ? ' and ' : ' or ')}`;
}

/**
 * A related condition as a sentence: "Has at least 1 account whose Industry is Accounting; it has
 * none", "Has at least 2 interactions whose Type is Email Opened in the last 30 days; it has 1".
 */
function relatedText(related: RelatedOutcome, label: ValueLabel): string {
  const { operator, value } = related.required;
  const noun = related.entity;
  const wanted =
    operator === 'atLeast'
      ? `at least ${counted(value, noun)}`
      : operator === 'atMost'
        ? `at most ${counted(value, noun)}`
        : value === 0
          ? `no ${counted(2, noun).slice(2)}`
          : `exactly ${counted(value, noun)}`;
  const window = related.window ? ` in the last ${related.window.last} ${related.window.unit}` : '';
  const has =
    related.reached === 0
      ? 'it has none'
      : `it has ${related.count} such (of ${counted(related.reached, noun)})`;
  return `Has ${wanted}${whoseClause(related, label)}${window}; ${has}`;
}

function groupText(op: 'and' | 'or', not: boolean): string {
  if (op === 'and') return not ? 'Not all of these' : 'All of these';
  return not ? 'None of these' : 'Any of these';
}

function RecordWhere({ record }: { record: RecordOutcome }) {
  if (record.where === undefined) return null;
  return (
    <ul>
      <Where outcome={record.where} />
    </ul>
  );
}

function Where({ outcome }: { outcome: WhereOutcome }) {
  const label = useContext(ValueLabelContext);
  switch (outcome.kind) {
    case 'condition':
      return <Node matched={outcome.matched} text={conditionText(outcome, label)} />;
    case 'group':
      return (
        <Node matched={outcome.matched} text={groupText(outcome.op, outcome.not)}>
          <ul>
            {outcome.children.map((child) => (
              <Where key={child.path} outcome={child} />
            ))}
          </ul>
        </Node>
      );
    case 'related':
      return (
        <Node matched={outcome.matched} text={relatedText(outcome, label)}>
          {outcome.example && <RecordWhere record={outcome.example} />}
        </Node>
      );
  }
}

function Step({ step }: { step: StepOutcome }) {
  return (
    <Node
      matched={step.matched}
      text={`${step.displayName}: ${step.matching} of the ${step.reached} reached ${step.matching === 1 ? 'matches' : 'match'}`}
    >
      {step.example && <RecordWhere record={step.example} />}
    </Node>
  );
}

function QueryBlock({ steps }: { steps: readonly StepOutcome[] }) {
  const [only, ...more] = steps;
  // A block on contacts alone reads as its conditions; a traverse reads level by level.
  if (only !== undefined && more.length === 0) {
    if (only.example === undefined) return null;
    if (only.example.where === undefined)
      return (
        <ul>
          <Node matched={only.matched} text={`All ${only.displayName} (no conditions)`} />
        </ul>
      );
    return <RecordWhere record={only.example} />;
  }
  return (
    <ul>
      {steps.map((step) => (
        <Step key={step.path} step={step} />
      ))}
    </ul>
  );
}

function blockTitle(block: BlockOutcome, segmentName: (id: string) => string): string {
  const joins = block.combine === undefined ? '' : `${combineLabels[block.combine]}: `;
  const body =
    block.kind === 'segmentBlock'
      ? `members of the segment ${segmentName(block.segment)}`
      : block.steps.map((step) => step.displayName).join(' → ');
  return `Block ${block.index + 1}, ${joins}${body} (so far: ${block.resultSoFar ? 'in' : 'out'})`;
}

/** Props of the explanation tree. */
export interface ExplanationTreeProps {
  readonly blocks: readonly BlockOutcome[];
  /** A segment block's segment by name (its id when unknown). */
  readonly segmentName: (id: string) => string;
  /** Option labels for choice values ("Email Opened" for `EmailOpened`). */
  readonly valueLabel?: ValueLabel;
}

/**
 * A segment's verdict on one contact as a tree: each block, then its groups, conditions and related
 * conditions, each with ✓ or ✗ and what was compared (the value the contact has).
 */
export function ExplanationTree({ blocks, segmentName, valueLabel }: ExplanationTreeProps) {
  const inherited = useContext(ValueLabelContext);
  return (
    <ValueLabelContext.Provider value={valueLabel ?? inherited}>
      <ul className="explain-tree" aria-label="Why">
        {blocks.map((block) => (
          <Node key={block.path} matched={block.matched} text={blockTitle(block, segmentName)}>
            {block.kind === 'queryBlock' && <QueryBlock steps={block.steps} />}
          </Node>
        ))}
      </ul>
    </ValueLabelContext.Provider>
  );
}
