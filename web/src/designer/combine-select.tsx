import type { Combine } from './definition-types.ts';

const combineLabels: Record<Combine, string> = { union: 'or', intersect: 'and also', exclude: 'but not' };
const combines: readonly Combine[] = ['union', 'intersect', 'exclude'];

/**
 * How a block (from the second on) joins the blocks before it: "or" (union), "and also" (intersect),
 * "but not" (exclude).
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
  return (
    <select
      aria-label="Combine with the blocks before"
      className="designer-combine"
      disabled={disabled}
      value={value ?? 'union'}
      onChange={(event) => {
        const combine = combines.find((candidate) => candidate === event.target.value);
        if (combine !== undefined) onChange(combine);
      }}
      {...invalid}
    >
      {combines.map((combine) => (
        <option key={combine} value={combine}>
          {combineLabels[combine]}
        </option>
      ))}
    </select>
  );
}
