import { Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { ConditionValue } from './definition-types.ts';
import { ValueChips } from './value-chips.tsx';

export interface ChipsInputProps {
  readonly values: readonly ConditionValue[];
  readonly onChange: (values: readonly ConditionValue[]) => void;
  /** Ghost text and accessible name of the box: "Enter text", "Enter number". */
  readonly placeholder: string;
  readonly inputType: 'text' | 'number';
  /** Reads what was typed; undefined when it is nothing. */
  readonly parse: (text: string) => ConditionValue | undefined;
  readonly disabled?: boolean;
  readonly invalid?: { readonly 'aria-invalid'?: true; readonly 'aria-describedby'?: string };
}

/**
 * Several values as chips: typing fills the box, Enter turns it into a chip, each chip has a
 * "Remove …" button. What is being typed already counts as the last value, so a value typed and
 * never confirmed with Enter is not lost.
 */
export function ChipsInput({
  values,
  onChange,
  placeholder,
  inputType,
  parse,
  disabled,
  invalid,
}: ChipsInputProps) {
  const [typed, setTyped] = useState('');
  const parsed = parse(typed);
  // The typed text is the last value while it is; once the values change elsewhere, it is gone.
  const typing = parsed !== undefined && values.length > 0 && values[values.length - 1] === parsed;
  const chips = typing ? values.slice(0, -1) : values;
  const draft = typing ? typed : '';

  const type = (text: string) => {
    setTyped(text);
    const value = parse(text);
    onChange(value === undefined ? chips : [...chips, value]);
  };
  const remove = (index: number) => {
    const kept = chips.filter((_, at) => at !== index);
    onChange(typing ? [...kept, parsed] : kept);
  };

  return (
    <div className="designer-chips">
      <ValueChips values={chips} labelOf={String} onRemove={disabled === true ? undefined : remove} />
      {disabled !== true && (
        <Input
          type={inputType}
          aria-label={placeholder}
          placeholder={placeholder}
          value={draft}
          onChange={(_event, data) => {
            type(data.value);
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            // Enter confirms the chip (and never submits a form around the designer).
            event.preventDefault();
            if (typing) setTyped('');
          }}
          {...invalid}
        />
      )}
    </div>
  );
}
