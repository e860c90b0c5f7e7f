import type { ChoiceOption } from '../api/index.ts';
import type { ConditionValue } from './definition-types.ts';

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
      {values.length > 0 && (
        <ul aria-label="Values">
          {values.map((value, index) => (
            <li key={index} className="designer-chip">
              <span>{labelOf(value)}</span>
              {disabled !== true && (
                <button
                  type="button"
                  aria-label={`Remove ${labelOf(value)}`}
                  onClick={() => {
                    onChange(values.filter((_, at) => at !== index));
                  }}
                >
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {disabled !== true && (
        <select
          aria-label="Select option"
          value=""
          onChange={(event) => {
            if (event.target.value !== '') onChange([...values, event.target.value]);
          }}
          {...invalid}
        >
          <option value="">{values.length > 0 ? 'Add option' : 'Select option'}</option>
          {left.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
