import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Entity } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { useNotify } from '../shell/index.ts';
import { logicalNameOf, problemsByField } from './field-inputs.ts';

const noProblems = { byField: {} as Record<string, string[]>, general: [] as string[] };

const messageOf = (problems: readonly string[] | undefined) =>
  problems === undefined || problems.length === 0
    ? {}
    : { validationMessage: problems.join(' '), validationState: 'error' as const };

/**
 * **Add entity**: a custom entity (`POST /api/schema/entities`) with a Name attribute as its primary
 * one, and, when ticked, a lookup to the contact each record belongs to (so segments can read it).
 */
export function EntityForm() {
  const api = useApi();
  const client = useQueryClient();
  const notify = useNotify();
  const [displayName, setDisplayName] = useState('');
  const [plural, setPlural] = useState<string>();
  const [name, setName] = useState<string>();
  const [ofContact, setOfContact] = useState(true);
  const [problems, setProblems] = useState(noProblems);
  const [busy, setBusy] = useState(false);
  const logicalName = name ?? logicalNameOf(displayName);
  const pluralName = plural ?? (displayName.trim() === '' ? '' : `${displayName.trim()}s`);

  const add = async () => {
    setBusy(true);
    setProblems(noProblems);
    try {
      const added = await api.post<Entity>('/api/schema/entities', {
        name: logicalName,
        displayName: displayName.trim(),
        pluralDisplayName: pluralName.trim(),
        primaryAttribute: 'name',
        attributes: [{ name: 'name', displayName: 'Name', type: 'string' }],
        ...(ofContact
          ? {
              lookups: [
                {
                  attribute: 'contactid',
                  to: 'contact',
                  relationship: logicalName === '' ? undefined : `${logicalName}s`,
                },
              ],
            }
          : {}),
      });
      await client.invalidateQueries({ queryKey: ['schema'] });
      notify(`${added.displayName} was added`, {
        intent: 'success',
        body: `Its records are under Records: ${added.pluralDisplayName}.`,
      });
      setDisplayName('');
      setPlural(undefined);
      setName(undefined);
    } catch (error) {
      setProblems(problemsByField(error));
    } finally {
      setBusy(false);
    }
  };

  const lookupProblems = problems.byField.lookups;
  return (
    <form
      aria-labelledby="new-entity-title"
      className="custom-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <h2 id="new-entity-title">Add a custom entity</h2>
      {problems.general.length > 0 && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{problems.general.join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Entity display name" required {...messageOf(problems.byField.displayName)}>
        <Input
          value={displayName}
          onChange={(_e, data) => {
            setDisplayName(data.value);
          }}
        />
      </Field>
      <Field label="Plural display name" {...messageOf(problems.byField.pluralDisplayName)}>
        <Input
          value={pluralName}
          onChange={(_e, data) => {
            setPlural(data.value);
          }}
        />
      </Field>
      <Field
        label="Entity name"
        hint="Its logical name, in addresses and the API: lower-case letters, digits and _."
        {...messageOf(problems.byField.name)}
      >
        <Input
          value={logicalName}
          onChange={(_e, data) => {
            setName(data.value);
          }}
        />
      </Field>
      <Field {...messageOf(lookupProblems)}>
        <Checkbox
          checked={ofContact}
          label="Each record belongs to a contact (segments can then read it)"
          onChange={(_e, data) => {
            setOfContact(data.checked === true);
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          Add entity
        </Button>
      </div>
    </form>
  );
}
