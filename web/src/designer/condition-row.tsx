import { Button, Select } from '@fluentui/react-components';
import { useId } from 'react';
import type { Entity } from '../api/index.ts';
import { AttributeCombobox } from './attribute-combobox.tsx';
import type { ConditionNode } from './definition-types.ts';
import { useDesigner, useFocusOnAdd, useNodeProblems } from './designer-context.tsx';
import { controlProblems } from './problem-index.ts';
import { invalidProps, ProblemList } from './problem-list.tsx';
import { attributeNamed, operatorsOf } from './schema-lookup.ts';
import { ValueEditor } from './value-editor.tsx';
import { initialValues, valueKindOf, withOperator } from './value-kind.ts';

export interface ConditionRowProps {
  readonly node: ConditionNode;
  /** The entity whose attributes the row tests. */
  readonly entity: Entity;
  /** The row's path in the definition, for its problems. */
  readonly path: string;
  readonly onChange: (node: ConditionNode) => void;
  readonly onRemove: () => void;
}

/** One condition: attribute (Select attribute), operator (Equals …), value(s), and Delete row. */
export function ConditionRow({ node, entity, path, onChange, onRemove }: ConditionRowProps) {
  const { schema, readOnly } = useDesigner();
  const problems = useNodeProblems(path);
  const focusRef = useFocusOnAdd(path);
  const problemsId = useId();
  const attribute = attributeNamed(entity, node.attribute);
  const operators = operatorsOf(schema, attribute);
  const operator = operators.find((candidate) => candidate.id === node.operator);
  const invalid = (control: string) => invalidProps(controlProblems(problems, path, control), problemsId);

  const chooseAttribute = (name: string) => {
    const next = attributeNamed(entity, name);
    const first = operatorsOf(schema, next)[0];
    if (next === undefined || first === undefined) return;
    onChange({
      kind: 'condition',
      attribute: name,
      operator: first.id,
      ...initialValues(valueKindOf(next, first)),
    });
  };

  return (
    <div
      role="group"
      aria-label={node.attribute === '' ? 'Row' : `Row: ${attribute?.displayName ?? node.attribute}`}
      className="designer-row"
    >
      <div className="designer-controls">
        <AttributeCombobox
          inputRef={focusRef}
          attributes={entity.attributes}
          value={node.attribute}
          onSelect={chooseAttribute}
          disabled={readOnly}
          invalid={invalid('attribute')}
        />
        {attribute !== undefined && (
          <Select
            aria-label="Operator"
            disabled={readOnly}
            value={operator === undefined ? node.operator : operator.id}
            onChange={(_event, data) => {
              const to = operators.find((candidate) => candidate.id === data.value);
              if (to !== undefined) onChange(withOperator(node, attribute, operator, to));
            }}
            {...invalid('operator')}
          >
            {operator === undefined && (
              <option value={node.operator}>{node.operator || 'Select operator'}</option>
            )}
            {operators.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label}
              </option>
            ))}
          </Select>
        )}
        {attribute !== undefined && operator !== undefined && (
          <ValueEditor
            attribute={attribute}
            operator={operator}
            node={node}
            onChange={onChange}
            disabled={readOnly}
            valuesInvalid={invalid('values')}
            unitInvalid={invalid('unit')}
          />
        )}
        {!readOnly && (
          <Button className="designer-delete" onClick={onRemove}>
            Delete row
          </Button>
        )}
      </div>
      <ProblemList id={problemsId} problems={problems} />
    </div>
  );
}
