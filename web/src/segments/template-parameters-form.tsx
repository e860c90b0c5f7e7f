import { useId, type SyntheticEvent } from 'react';
import type { Problem } from '../api/index.ts';
import { pathText } from './segment-draft.ts';
import type { Template } from '../api/index.ts';
import type { TemplateParameter } from './template-types.ts';

interface Props {
  readonly template: Template;
  readonly values: Readonly<Record<string, string>>;
  readonly onValues: (values: Record<string, string>) => void;
  readonly problems: readonly Problem[];
  readonly busy: boolean;
  readonly onUse: () => void;
  readonly onBack: () => void;
}

const inputTypes = {
  string: 'text',
  integer: 'number',
  number: 'number',
  date: 'date',
  choice: 'text',
} as const;

/** The chosen template: its description, a field per parameter, and **Use template**. */
export function TemplateParametersForm({ template, values, onValues, problems, busy, onUse, onBack }: Props) {
  const prefix = useId();
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    onUse();
  };
  const field = (parameter: TemplateParameter) => {
    const id = `${prefix}-${parameter.name}`;
    const own = problems.filter((p) => pathText(p.path) === `values.${parameter.name}`);
    const value = values[parameter.name] ?? '';
    const set = (next: string) => {
      onValues({ ...values, [parameter.name]: next });
    };
    return (
      <div className="field" key={parameter.name}>
        <label htmlFor={id}>{parameter.label}</label>
        {parameter.type === 'choice' && parameter.options ? (
          <select
            id={id}
            value={value}
            onChange={(event) => {
              set(event.target.value);
            }}
          >
            {parameter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            type={inputTypes[parameter.type]}
            step={parameter.type === 'integer' ? 1 : 'any'}
            value={value}
            aria-invalid={own.length > 0 || undefined}
            aria-describedby={own.length > 0 ? `${id}-problem` : undefined}
            onChange={(event) => {
              set(event.target.value);
            }}
          />
        )}
        {own.length > 0 && (
          <p id={`${id}-problem`} className="error">
            {own.map((p) => p.message).join(' ')}
          </p>
        )}
      </div>
    );
  };
  return (
    <form onSubmit={submit} className="template-form">
      <h3>{template.name}</h3>
      <p className="muted">{template.description}</p>
      {template.parameters.map(field)}
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Creating segment…' : 'Use template'}
        </button>
        <button type="button" onClick={onBack} disabled={busy}>
          Back to templates
        </button>
      </div>
    </form>
  );
}
