import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Textarea,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Attribute, Schema } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { useNotify } from '../shell/index.ts';
import {
  attributeTypeLabels,
  logicalNameOf,
  optionsOf,
  problemsByField,
  type NewAttributeType,
} from './field-inputs.ts';

const noProblems = { byField: {} as Record<string, string[]>, general: [] as string[] };

/** A message for `Field`'s validation slot, from the problems of one input. */
const messageOf = (problems: readonly string[] | undefined) =>
  problems === undefined || problems.length === 0
    ? {}
    : { validationMessage: problems.join(' '), validationState: 'error' as const };

/** **Add attribute**: a custom attribute on any entity (`POST /api/schema/{entity}/attributes`). */
export function AttributeForm({ schema }: { schema: Schema }) {
  const api = useApi();
  const client = useQueryClient();
  const notify = useNotify();
  const [entity, setEntity] = useState('contact');
  const [displayName, setDisplayName] = useState('');
  const [name, setName] = useState<string>();
  const [type, setType] = useState<NewAttributeType>('string');
  const [options, setOptions] = useState('');
  const [target, setTarget] = useState('account');
  const [problems, setProblems] = useState(noProblems);
  const [busy, setBusy] = useState(false);
  const logicalName = name ?? logicalNameOf(displayName);
  const choices = type === 'choice' || type === 'multichoice';

  const add = async () => {
    setBusy(true);
    setProblems(noProblems);
    try {
      const added = await api.post<Attribute>(`/api/schema/${encodeURIComponent(entity)}/attributes`, {
        name: logicalName,
        displayName: displayName.trim(),
        type,
        ...(choices ? { options: optionsOf(options) } : {}),
        ...(type === 'lookup' ? { target } : {}),
      });
      await client.invalidateQueries({ queryKey: ['schema'] });
      notify(`${added.displayName} was added`, { intent: 'success' });
      setDisplayName('');
      setName(undefined);
      setOptions('');
    } catch (error) {
      setProblems(problemsByField(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      aria-labelledby="new-attribute-title"
      className="custom-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <h2 id="new-attribute-title">Add a custom attribute</h2>
      {problems.general.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problems.general.join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Entity">
        <Select
          value={entity}
          onChange={(_e, data) => {
            setEntity(data.value);
          }}
        >
          {schema.entities.map((e) => (
            <option key={e.name} value={e.name}>
              {e.displayName}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Display name" required {...messageOf(problems.byField.displayName)}>
        <Input
          value={displayName}
          onChange={(_e, data) => {
            setDisplayName(data.value);
          }}
        />
      </Field>
      <Field
        label="Name"
        hint="The logical name the API and the CSV header use: lower-case letters, digits and _."
        {...messageOf(problems.byField.name)}
      >
        <Input
          value={logicalName}
          onChange={(_e, data) => {
            setName(data.value);
          }}
        />
      </Field>
      <Field label="Type" {...messageOf(problems.byField.type)}>
        <Select
          value={type}
          onChange={(_e, data) => {
            setType(data.value as NewAttributeType);
          }}
        >
          {Object.entries(attributeTypeLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </Select>
      </Field>
      {choices && (
        <Field
          label="Options"
          hint="One a line: a value, or value: Label (wine: Wine lover)."
          {...messageOf(problems.byField.options)}
        >
          <Textarea
            value={options}
            onChange={(_e, data) => {
              setOptions(data.value);
            }}
          />
        </Field>
      )}
      {type === 'lookup' && (
        <Field
          label="Points to"
          {...messageOf([...(problems.byField.target ?? []), ...(problems.byField.relationship ?? [])])}
        >
          <Select
            value={target}
            onChange={(_e, data) => {
              setTarget(data.value);
            }}
          >
            {schema.entities.map((e) => (
              <option key={e.name} value={e.name}>
                {e.displayName}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          Add attribute
        </Button>
      </div>
    </form>
  );
}
