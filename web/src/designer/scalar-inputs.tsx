import type { ConditionValue, TimeUnit } from './definition-types.ts';
import { timeUnits } from './definition-types.ts';
import { localFromMoment, momentFromLocal, offsetAt } from './date-time-value.ts';

/** Single-value inputs of a row: a number, a date, a date and time, a relative period. */

type Invalid = { readonly 'aria-invalid'?: true; readonly 'aria-describedby'?: string } | undefined;

interface FieldProps {
  readonly label: string;
  readonly value: ConditionValue | undefined;
  readonly onChange: (value: ConditionValue | undefined) => void;
  readonly disabled?: boolean;
  readonly invalid?: Invalid;
}

/** A number box; `parse` reads what was typed (undefined when empty). */
export function NumberField({
  label,
  value,
  onChange,
  disabled,
  invalid,
  parse,
}: FieldProps & { readonly parse: (text: string) => ConditionValue | undefined }) {
  return (
    <input
      type="number"
      aria-label={label}
      placeholder="Enter number"
      disabled={disabled}
      value={value === undefined ? '' : String(value)}
      onChange={(event) => {
        onChange(parse(event.target.value));
      }}
      {...invalid}
    />
  );
}

/** A calendar day picker (`YYYY-MM-DD`). */
export function DateField({ label, value, onChange, disabled, invalid }: FieldProps) {
  return (
    <input
      type="date"
      aria-label={label}
      disabled={disabled}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => {
        onChange(event.target.value === '' ? undefined : event.target.value);
      }}
      {...invalid}
    />
  );
}

/** A date-and-time picker in the browser's time zone; the value carries that offset. */
export function DateTimeField({ label, value, onChange, disabled, invalid }: FieldProps) {
  const local = typeof value === 'string' ? localFromMoment(value) : '';
  return (
    <span className="designer-datetime">
      <input
        type="datetime-local"
        aria-label={label}
        disabled={disabled}
        value={local}
        onChange={(event) => {
          onChange(event.target.value === '' ? undefined : momentFromLocal(event.target.value));
        }}
        {...invalid}
      />
      <span className="designer-hint">UTC{offsetAt(local === '' ? new Date() : new Date(local))}</span>
    </span>
  );
}

const unitLabels: Record<TimeUnit, string> = {
  minutes: 'minutes',
  hours: 'hours',
  days: 'days',
  weeks: 'weeks',
  months: 'months',
  years: 'years',
};

/** A select of time units, labelled `label`. */
export function UnitSelect({
  label,
  value,
  onChange,
  disabled,
  invalid,
}: {
  readonly label: string;
  readonly value: TimeUnit;
  readonly onChange: (unit: TimeUnit) => void;
  readonly disabled?: boolean;
  readonly invalid?: Invalid;
}) {
  return (
    <select
      aria-label={label}
      disabled={disabled}
      value={value}
      onChange={(event) => {
        const unit = timeUnits.find((candidate) => candidate === event.target.value);
        if (unit !== undefined) onChange(unit);
      }}
      {...invalid}
    >
      {timeUnits.map((unit) => (
        <option key={unit} value={unit}>
          {unitLabels[unit]}
        </option>
      ))}
    </select>
  );
}
