import { Input, Select, Field } from '@fluentui/react-components';
import type { Entity, Problem } from '../api/index.ts';
import type { CountOperator, RelatedNode } from './definition-types.ts';
import { useDesigner } from './designer-context.tsx';
import { controlProblems } from './problem-index.ts';
import { invalidProps } from './problem-list.tsx';
import { UnitSelect } from './scalar-inputs.tsx';
import { dateAttributes } from './schema-lookup.ts';
import { without } from './tree-edit.ts';

const countLabels: Record<CountOperator, string> = {
  atLeast: 'at least',
  atMost: 'at most',
  exactly: 'exactly',
};
const countOperators: readonly CountOperator[] = ['atLeast', 'atMost', 'exactly'];

export interface RelatedCountProps {
  readonly node: RelatedNode;
  /** The entity the relationship reaches. */
  readonly target: Entity;
  readonly onChange: (node: RelatedNode) => void;
  readonly problems: readonly Problem[];
  readonly path: string;
  readonly problemsId: string;
}

/**
 * How many related records must match (at least / at most / exactly N; at least 1 when unset) and,
 * optionally, only those in the last N days (or other unit) of one of their dates.
 */
export function RelatedCount({ node, target, onChange, problems, path, problemsId }: RelatedCountProps) {
  const { readOnly } = useDesigner();
  const count = node.count ?? { operator: 'atLeast', value: 1 };
  const dates = dateAttributes(target);
  const windowAttribute = node.window?.attribute ?? dates[0]?.name;
  const invalid = (control: string) => invalidProps(controlProblems(problems, path, control), problemsId);
  return (
    <div className="designer-controls designer-count">
      <Select
        aria-label="Count"
        disabled={readOnly}
        value={count.operator}
        onChange={(event) => {
          const operator = countOperators.find((candidate) => candidate === event.target.value);
          if (operator !== undefined) onChange({ ...node, count: { ...count, operator } });
        }}
        {...invalid('count')}
      >
        {countOperators.map((operator) => (
          <option key={operator} value={operator}>
            {countLabels[operator]}
          </option>
        ))}
      </Select>
      <Input
        type="number"
        min={0}
        aria-label={`Number of ${target.pluralDisplayName.toLowerCase()}`}
        disabled={readOnly}
        value={String(count.value)}
        onChange={(event) => {
          const value = Number.parseInt(event.target.value, 10);
          onChange({ ...node, count: { ...count, value: Number.isNaN(value) ? 0 : value } });
        }}
        {...invalid('count')}
      />
      <span>{target.pluralDisplayName.toLowerCase()}</span>
      {windowAttribute !== undefined && (
        <>
          <Field label="in the last" orientation="horizontal">
            <Input
              type="number"
              min={1}
              placeholder="any time"
              disabled={readOnly}
              value={String(node.window?.last ?? '')}
              onChange={(event) => {
                const last = Number.parseInt(event.target.value, 10);
                onChange(
                  Number.isNaN(last)
                    ? without(node, 'window')
                    : {
                        ...node,
                        window: { attribute: windowAttribute, unit: node.window?.unit ?? 'days', last },
                      },
                );
              }}
              {...invalid('window')}
            />
          </Field>
          <UnitSelect
            label="Window unit"
            disabled={readOnly || node.window === undefined}
            value={node.window?.unit ?? 'days'}
            onChange={(unit) => {
              if (node.window !== undefined) onChange({ ...node, window: { ...node.window, unit } });
            }}
          />
          {dates.length > 1 && (
            <Field label="by" orientation="horizontal">
              <Select
                disabled={readOnly || node.window === undefined}
                value={windowAttribute}
                onChange={(event) => {
                  if (node.window !== undefined) {
                    onChange({ ...node, window: { ...node.window, attribute: event.target.value } });
                  }
                }}
              >
                {dates.map((attribute) => (
                  <option key={attribute.name} value={attribute.name}>
                    {attribute.displayName}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        </>
      )}
    </div>
  );
}
