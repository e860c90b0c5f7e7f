import { Select } from '@fluentui/react-components';
import { useId } from 'react';
import type { Combine } from './definition-types.ts';

/** The words of Dynamics' designer, each with what it means beside it. */
const combineLabels: Record<Combine, string> = { union: 'Union', intersect: 'Intersect', exclude: 'Exclude' };
const combineHints: Record<Combine, string> = {
  union: 'contacts in the blocks before or in this one',
  intersect: 'contacts in the blocks before and also in this one',
  exclude: 'contacts in the blocks before, but not in this one',
};
const combines: readonly Combine[] = ['union', 'intersect', 'exclude'];

/**
 * How a block (from the second on) joins the blocks before it: Union, Intersect or Exclude, as the
 * Dynamics designer says, with what the chosen one means beside it.
 */
export function CombineSelect({
  value,
  onChange,
  disabled,
  invalid,
}: {
  readonly value: Combine | undefined;
  readonly onChange: (combine: Combine) => void;
  readonly disabled: boolean;
  readonly invalid: { readonly 'aria-invalid'?: true; readonly 'aria-describedby'?: string };
}) {
  const hintId = useId();
  const shown = value ?? 'union';
  const describedBy = [hintId, invalid['aria-describedby']].filter(Boolean).join(' ');
  return (
    <>
      <Select
        aria-label="Combine with the blocks before"
        className="designer-combine"
        disabled={disabled}
        value={shown}
        onChange={(_event, data) => {
          const combine = combines.find((candidate) => candidate === data.value);
          if (combine !== undefined) onChange(combine);
        }}
        {...invalid}
        aria-describedby={describedBy}
      >
        {combines.map((combine) => (
          <option key={combine} value={combine}>
            {combineLabels[combine]}
          </option>
        ))}
      </Select>
      <span id={hintId} className="designer-combine-hint">
        {combineHints[shown]}
      </span>
    </>
  );
}
