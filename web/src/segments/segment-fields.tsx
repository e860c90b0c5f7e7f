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

function FieldProblems({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <p id={id} className="error field-problem">
      {problems.map((p) => p.message).join(' ')}
    </p>
  );
}

/** The segment's own fields at the top of its page: **Name**, Description, Time zone, each with its problems. */
export function SegmentFields({ draft, onChange, problems }: Props) {
  const zones = useMemo(() => timeZones(draft.timeZone), [draft.timeZone]);
  const described = (field: FormField) => {
    const own = problemsFor(problems, field);
    return {
      own,
      aria: {
        'aria-invalid': own.length > 0 || undefined,
        'aria-describedby': own.length > 0 ? `segment-${field}-problem` : undefined,
      },
    };
  };
  const name = described('name');
  const description = described('description');
  const timeZone = described('timeZone');
  return (
    <div className="segment-fields">
      <div className="field field-name">
        <label htmlFor="segment-name">Name</label>
        <input
          id="segment-name"
          type="text"
          required
          maxLength={200}
          value={draft.name}
          {...name.aria}
          onChange={(event) => {
            onChange({ ...draft, name: event.target.value });
          }}
        />
        <FieldProblems id="segment-name-problem" problems={name.own} />
      </div>
      <div className="field field-description">
        <label htmlFor="segment-description">Description</label>
        <textarea
          id="segment-description"
          rows={2}
          maxLength={2000}
          value={draft.description}
          {...description.aria}
          onChange={(event) => {
            onChange({ ...draft, description: event.target.value });
          }}
        />
        <FieldProblems id="segment-description-problem" problems={description.own} />
      </div>
      <div className="field field-zone">
        <label htmlFor="segment-time-zone">Time zone</label>
        <select
          id="segment-time-zone"
          value={draft.timeZone}
          {...timeZone.aria}
          onChange={(event) => {
            onChange({ ...draft, timeZone: event.target.value });
          }}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </select>
        <FieldProblems id="segment-timeZone-problem" problems={timeZone.own} />
      </div>
    </div>
  );
}
