import { Field, Input, Select, Textarea, type FieldProps } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Problem } from '../api/index.ts';
import { problemsFor, type FormField, type SegmentDraft } from './segment-draft.ts';

interface Props {
  readonly draft: SegmentDraft;
  readonly onChange: (draft: SegmentDraft) => void;
  readonly problems: readonly Problem[];
}

/** Every IANA time zone the browser knows (and the segment's own), UTC first. */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const others = new Set([...known, current]);
  others.delete('UTC');
  return ['UTC', ...[...others].sort()];
}

/** The segment's own fields at the top of its page: **Name**, Description, Time zone, each with its problems. */
export function SegmentFields({ draft, onChange, problems }: Props) {
  const zones = useMemo(() => timeZones(draft.timeZone), [draft.timeZone]);
  // Fluent's Field shows a field's problems under it, marks its box invalid and describes it by them.
  const validation = (field: FormField): Pick<FieldProps, 'validationMessage' | 'validationState'> => {
    const own = problemsFor(problems, field);
    return own.length === 0
      ? {}
      : {
          validationState: 'error',
          // Not an alert of its own: the page's one alert already says what to fix and where.
          validationMessage: { children: own.map((p) => p.message).join(' '), role: undefined },
        };
  };
  return (
    <div className="segment-fields">
      <Field label="Name" className="field-name" {...validation('name')}>
        <Input
          required
          maxLength={200}
          value={draft.name}
          onChange={(_event, data) => {
            onChange({ ...draft, name: data.value });
          }}
        />
      </Field>
      <Field label="Description" className="field-description" {...validation('description')}>
        <Textarea
          rows={2}
          resize="vertical"
          maxLength={2000}
          value={draft.description}
          onChange={(_event, data) => {
            onChange({ ...draft, description: data.value });
          }}
        />
      </Field>
      <Field label="Time zone" className="field-zone" {...validation('timeZone')}>
        <Select
          value={draft.timeZone}
          onChange={(_event, data) => {
            onChange({ ...draft, timeZone: data.value });
          }}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
