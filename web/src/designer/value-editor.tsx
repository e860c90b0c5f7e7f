import { Select } from '@fluentui/react-components';
import type { Attribute, Operator } from '../api/index.ts';
import { ChipsInput } from './chips-input.tsx';
import { assertNever, type ConditionNode, type ConditionValue } from './definition-types.ts';
import { OptionPicker } from './option-picker.tsx';
import { DateField, DateTimeField, NumberField, UnitSelect } from './scalar-inputs.tsx';
import { parseNumber, valueKindOf } from './value-kind.ts';

type Invalid = { readonly 'aria-invalid'?: true; readonly 'aria-describedby'?: string };

export interface ValueEditorProps {
  readonly attribute: Attribute;
  readonly operator: Operator;
  readonly node: ConditionNode;
  readonly onChange: (node: ConditionNode) => void;
  readonly disabled: boolean;
  /** ARIA props for the value inputs and the unit select when problems concern them. */
  readonly valuesInvalid: Invalid;
  readonly unitInvalid: Invalid;
}

const readText = (text: string): ConditionValue | undefined => (text === '' ? undefined : text);

/** The value input(s) a condition's operator needs: none, chips, options, numbers, dates, a period. */
export function ValueEditor({
  attribute,
  operator,
  node,
  onChange,
  disabled,
  valuesInvalid,
  unitInvalid,
}: ValueEditorProps) {
  const values = node.values ?? [];
  const setValues = (next: readonly ConditionValue[]) => {
    onChange({ ...node, values: next });
  };
  const setOne = (value: ConditionValue | undefined) => {
    setValues(value === undefined ? [] : [value]);
  };
  const setAt = (index: 0 | 1, value: ConditionValue | undefined) => {
    const pair: ConditionValue[] = [values[0] ?? '', values[1] ?? ''];
    pair[index] = value ?? '';
    setValues(pair);
  };
  const parse = (text: string) => parseNumber(text, attribute);
  const common = { disabled, invalid: valuesInvalid };
  const kind = valueKindOf(attribute, operator);
  switch (kind) {
    case 'none':
      return null;
    case 'textChips':
      return (
        <ChipsInput
          {...common}
          values={values}
          onChange={setValues}
          placeholder="Enter text"
          inputType="text"
          parse={readText}
        />
      );
    case 'numberChips':
      return (
        <ChipsInput
          {...common}
          values={values}
          onChange={setValues}
          placeholder="Enter number"
          inputType="number"
          parse={parse}
        />
      );
    case 'options':
      return (
        <OptionPicker {...common} options={attribute.options ?? []} values={values} onChange={setValues} />
      );
    case 'boolean':
      return (
        <Select
          aria-label="Value"
          disabled={disabled}
          value={values[0] === true ? 'true' : values[0] === false ? 'false' : ''}
          onChange={(_event, data) => {
            setOne(data.value === '' ? undefined : data.value === 'true');
          }}
          {...valuesInvalid}
        >
          <option value="">Select value</option>
          <option value="true">Yes</option>
          <option value="false">No</option>
        </Select>
      );
    case 'number':
      return (
        <NumberField {...common} label="Enter number" value={values[0]} onChange={setOne} parse={parse} />
      );
    case 'date':
      return <DateField {...common} label="Date" value={values[0]} onChange={setOne} />;
    case 'datetime':
      return <DateTimeField {...common} label="Date and time" value={values[0]} onChange={setOne} />;
    case 'numberPair':
      return (
        <span className="designer-pair">
          <NumberField
            {...common}
            label="From"
            value={values[0]}
            onChange={(value) => {
              setAt(0, value);
            }}
            parse={parse}
          />
          <span aria-hidden="true">and</span>
          <NumberField
            {...common}
            label="To"
            value={values[1]}
            onChange={(value) => {
              setAt(1, value);
            }}
            parse={parse}
          />
        </span>
      );
    case 'datePair':
    case 'datetimePair': {
      const Field = kind === 'datePair' ? DateField : DateTimeField;
      return (
        <span className="designer-pair">
          <Field
            {...common}
            label="From"
            value={values[0]}
            onChange={(value) => {
              setAt(0, value);
            }}
          />
          <span aria-hidden="true">and</span>
          <Field
            {...common}
            label="To"
            value={values[1]}
            onChange={(value) => {
              setAt(1, value);
            }}
          />
        </span>
      );
    }
    case 'period':
      return (
        <span className="designer-pair">
          <NumberField {...common} label="Count" value={values[0]} onChange={setOne} parse={parse} />
          <UnitSelect
            label="Period unit"
            value={node.unit ?? 'days'}
            onChange={(unit) => {
              onChange({ ...node, unit });
            }}
            disabled={disabled}
            invalid={unitInvalid}
          />
        </span>
      );
    case 'days':
      return (
        <span className="designer-pair">
          <NumberField {...common} label="Days" value={values[0]} onChange={setOne} parse={parse} />
          <span>days</span>
        </span>
      );
    default:
      return assertNever(kind);
  }
}
