import { Input, Select } from '@fluentui/react-components';
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
    <Input
      type="number"
      aria-label={label}
      placeholder="Enter number"
      disabled={disabled}
      value={value === undefined ? '' : String(value)}
      onChange={(_event, data) => {
        onChange(parse(data.value));
      }}
      {...invalid}
    />
  );
}

/** A calendar day picker (`YYYY-MM-DD`). */
export function DateField({ label, value, onChange, disabled, invalid }: FieldProps) {
  return (
    <Input
      type="date"
      aria-label={label}
      disabled={disabled}
      value={typeof value === 'string' ? value : ''}
      onChange={(_event, data) => {
        onChange(data.value === '' ? undefined : data.value);
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
      <Input
        type="datetime-local"
        aria-label={label}
        disabled={disabled}
        value={local}
        onChange={(_event, data) => {
          onChange(data.value === '' ? undefined : momentFromLocal(data.value));
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
    <Select
      aria-label={label}
      disabled={disabled}
      value={value}
      onChange={(_event, data) => {
        const unit = timeUnits.find((candidate) => candidate === data.value);
        if (unit !== undefined) onChange(unit);
      }}
      {...invalid}
    >
      {timeUnits.map((unit) => (
        <option key={unit} value={unit}>
          {unitLabels[unit]}
        </option>
      ))}
    </Select>
  );
}
