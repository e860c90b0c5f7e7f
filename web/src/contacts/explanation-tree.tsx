import { createContext, useContext, type ReactNode } from 'react';
import type {
  BlockOutcome,
  ConditionOutcome,
  RecordOutcome,
  RelatedOutcome,
  StepOutcome,
  WhereOutcome,
} from './explanation-types.ts';

const combineLabels = { union: 'or', intersect: 'and also', exclude: 'but not' } as const;

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
  if (value === null) return 'no value';
  const read = (v: string | number | boolean) => label(condition.entity, condition.attribute, v);
  if (Array.isArray(value)) return value.length === 0 ? 'no value' : value.map(read).join(', ');
  return read(value as string | number | boolean);
}

function conditionText(condition: ConditionOutcome, label: ValueLabel): string {
  const joiner =
    condition.operator === 'between' || condition.operator === 'notBetween'
      ? ' and '
      : condition.operator === 'containsAllOf'
        ? ' and '
        : ' or ';
  const values =
    condition.values.length === 0
      ? ''
      : ` ${condition.values.map((v) => label(condition.entity, condition.attribute, v)).join(joiner)}`;
  const unit = condition.unit === undefined ? '' : ` ${condition.unit}`;
  return `${condition.displayName} ${condition.operatorLabel}${values}${unit} (has ${valueText(condition, label)})`;
}

function relatedText(related: RelatedOutcome): string {
  const { operator, value } = related.required;
  const count =
    operator === 'atLeast'
      ? `at least ${value}`
      : operator === 'atMost'
        ? `at most ${value}`
        : value === 0
          ? 'none'
          : `exactly ${value}`;
  const window = related.window ? ` in the last ${related.window.last} ${related.window.unit}` : '';
  return `${related.displayName}: ${count}${window} (${related.count} of ${related.reached} count)`;
}

function groupText(op: 'and' | 'or', not: boolean): string {
  if (op === 'and') return not ? 'Not all of' : 'All of';
  return not ? 'None of' : 'Any of';
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
        <Node matched={outcome.matched} text={relatedText(outcome)}>
          {outcome.example && <RecordWhere record={outcome.example} />}
        </Node>
      );
  }
}

function Step({ step }: { step: StepOutcome }) {
  return (
    <Node
      matched={step.matched}
      text={`${step.displayName}: ${step.matching} of ${step.reached} reached match`}
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
