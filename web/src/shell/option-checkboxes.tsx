import { Checkbox } from '@fluentui/react-components';

interface OptionCheckboxesProps {
  readonly options: readonly { readonly value: string; readonly label: string }[];
  /** The values ticked now. */
  readonly ticked: readonly string[];
  readonly disabled?: boolean;
  /** The values ticked after a box is ticked or cleared. */
  readonly onChange: (ticked: string[]) => void;
}

/** A multi-choice attribute's options as one Fluent Checkbox each. */
export function OptionCheckboxes({ options, ticked, disabled, onChange }: OptionCheckboxesProps) {
  return (
    <>
      {options.map((option) => (
        <Checkbox
          key={option.value}
          label={option.label}
          checked={ticked.includes(option.value)}
          disabled={disabled}
          onChange={(_event, data) => {
            onChange(
              data.checked === true ? [...ticked, option.value] : ticked.filter((v) => v !== option.value),
            );
          }}
        />
      ))}
    </>
  );
}
