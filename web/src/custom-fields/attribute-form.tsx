import { Button, Field, Select, Textarea } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Schema } from '../api/index.ts';
import { noProblems, problemsOf, type FieldProblems } from '../data/index.ts';
import { useApi } from '../session/index.ts';
import { FormProblems, fieldMessage, useNotify } from '../shell/index.ts';
import { attributeTypeLabels, optionsOf, type NewAttributeType } from './field-inputs.ts';
import { NameFields, useNames } from './name-fields.tsx';

/** The fields of the form, by the first part of the paths of the server's problems about them. */
const fields = new Set(['displayName', 'name', 'type', 'options', 'target', 'relationship']);

/** **Add attribute**: a custom attribute on any entity (`POST /api/schema/{entity}/attributes`). */
export function AttributeForm({ schema }: { schema: Schema }) {
  const api = useApi();
  const client = useQueryClient();
  const notify = useNotify();
  const [entity, setEntity] = useState('contact');
  const names = useNames();
  const [type, setType] = useState<NewAttributeType>('string');
  const [options, setOptions] = useState('');
  const [target, setTarget] = useState('account');
  const [problems, setProblems] = useState<FieldProblems>(noProblems);
  const [busy, setBusy] = useState(false);
  const choices = type === 'choice' || type === 'multichoice';

  const add = async () => {
    setBusy(true);
    setProblems(noProblems);
    try {
      const added = await api.post('/api/schema/{entity}/attributes', {
        params: { path: { entity } },
        body: {
          name: names.logicalName,
          displayName: names.displayName.trim(),
          type,
          ...(choices ? { options: optionsOf(options) } : {}),
          ...(type === 'lookup' ? { target } : {}),
        },
      });
      await client.invalidateQueries({ queryKey: ['schema'] });
      notify(`${added.displayName} was added`, { intent: 'success' });
      names.clear();
      setOptions('');
    } catch (error) {
      setProblems(problemsOf(error, fields));
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
        // Its button stays focusable while it works: Enter again must not add twice.
        if (!busy) void add();
      }}
    >
      <h2 id="new-attribute-title">Add a custom attribute</h2>
      <FormProblems general={problems.general} />
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
      <NameFields
        names={names}
        displayNameLabel="Display name"
        nameLabel="Name"
        nameHint="The logical name the API and the CSV header use: lower-case letters, digits and _."
        problems={problems.byField}
      />
      <Field label="Type" {...fieldMessage(problems.byField.type)}>
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
          {...fieldMessage(problems.byField.options)}
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
          {...fieldMessage([...(problems.byField.target ?? []), ...(problems.byField.relationship ?? [])])}
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
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Add attribute
        </Button>
      </div>
    </form>
  );
}
