import { Select } from '@fluentui/react-components';
import type { ChoiceOption } from '../api/index.ts';
import type { ConditionValue } from './definition-types.ts';
import { ValueChips } from './value-chips.tsx';

export interface OptionPickerProps {
  readonly options: readonly ChoiceOption[];
  readonly values: readonly ConditionValue[];
  readonly onChange: (values: readonly ConditionValue[]) => void;
  readonly disabled?: boolean;
  readonly invalid?: { readonly 'aria-invalid'?: true; readonly 'aria-describedby'?: string };
}

/** Option values of a choice or multi-choice attribute: pick from a drop-down, each chosen one a removable chip. */
export function OptionPicker({ options, values, onChange, disabled, invalid }: OptionPickerProps) {
  const labelOf = (value: ConditionValue) =>
    options.find((option) => option.value === value)?.label ?? String(value);
  const left = options.filter((option) => !values.includes(option.value));
  return (
    <div className="designer-chips">
      <ValueChips
        values={values}
        labelOf={labelOf}
        onRemove={
          disabled === true
            ? undefined
            : (index) => {
                onChange(values.filter((_, at) => at !== index));
              }
        }
      />
      {disabled !== true && (
        <Select
          aria-label="Select option"
          value=""
          onChange={(_event, data) => {
            if (data.value !== '') onChange([...values, data.value]);
          }}
          {...invalid}
        >
          <option value="">{values.length > 0 ? 'Add option' : 'Select option'}</option>
          {left.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </div>
  );
}
