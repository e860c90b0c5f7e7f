import { Button, Field, Input, Select } from '@fluentui/react-components';
import type { SyntheticEvent } from 'react';
import type { Problem } from '../api/index.ts';
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
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    // Use template stays focusable while it works: Enter again must not make a second segment.
    if (busy) return;
    onUse();
  };
  const field = (parameter: TemplateParameter) => {
    const own = problems.filter((p) => p.path === `values.${parameter.name}`);
    const value = values[parameter.name] ?? '';
    const set = (next: string) => {
      onValues({ ...values, [parameter.name]: next });
    };
    return (
      <Field
        key={parameter.name}
        label={parameter.label}
        {...(own.length === 0
          ? {}
          : {
              validationState: 'error' as const,
              // Not an alert of its own: the dialog's message says the template could not be used.
              validationMessage: { children: own.map((p) => p.message).join(' '), role: undefined },
            })}
      >
        {parameter.type === 'choice' && parameter.options ? (
          <Select
            value={value}
            onChange={(_event, data) => {
              set(data.value);
            }}
          >
            {parameter.options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        ) : (
          <Input
            type={inputTypes[parameter.type]}
            step={parameter.type === 'integer' ? 1 : 'any'}
            value={value}
            onChange={(_event, data) => {
              set(data.value);
            }}
          />
        )}
      </Field>
    );
  };
  return (
    <form onSubmit={submit} className="template-form">
      <h3>{template.name}</h3>
      <p className="muted">{template.description}</p>
      {template.parameters.map(field)}
      <div className="dialog-actions">
        <Button type="submit" appearance="primary" disabledFocusable={busy} aria-busy={busy || undefined}>
          {busy ? 'Creating segment…' : 'Use template'}
        </Button>
        <Button onClick={onBack} disabled={busy}>
          Back to templates
        </Button>
      </div>
    </form>
  );
}
