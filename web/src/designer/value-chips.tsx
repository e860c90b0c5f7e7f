import { Tag, TagGroup } from '@fluentui/react-components';
import type { ConditionValue } from './definition-types.ts';

export interface ValueChipsProps {
  readonly values: readonly ConditionValue[];
  /** What a value reads as: an option's label, or the value itself. */
  readonly labelOf: (value: ConditionValue) => string;
  /** Called with the index of the chip to remove; none is removable when absent (read-only). */
  readonly onRemove?: (index: number) => void;
}

/**
 * A row's values as Fluent tags: each one, while the designer is editable, a "Remove …" button that
 * removes it on a click, Enter, Delete or Backspace; the arrow keys move between them.
 */
export function ValueChips({ values, labelOf, onRemove }: ValueChipsProps) {
  if (values.length === 0) return null;
  return (
    <TagGroup
      aria-label="Values"
      size="small"
      onDismiss={(_event, data) => {
        onRemove?.(Number(data.value));
      }}
    >
      {values.map((value, index) => (
        <Tag
          key={index}
          value={String(index)}
          shape="circular"
          dismissible={onRemove !== undefined}
          aria-label={onRemove === undefined ? undefined : `Remove ${labelOf(value)}`}
        >
          {labelOf(value)}
        </Tag>
      ))}
    </TagGroup>
  );
}
