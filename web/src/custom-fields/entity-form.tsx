import { Button, Checkbox, Field, Input } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { noProblems, problemsOf, type FieldProblems } from '../data/index.ts';
import { useApi } from '../session/index.ts';
import { FormProblems, fieldMessage, useNotify } from '../shell/index.ts';
import { NameFields, useNames } from './name-fields.tsx';

/** The fields of the form, by the first part of the paths of the server's problems about them. */
const fields = new Set(['displayName', 'pluralDisplayName', 'name', 'lookups']);

/**
 * **Add entity**: a custom entity (`POST /api/schema/entities`) with a Name attribute as its primary
 * one, and, when ticked, a lookup to the contact each record belongs to (so segments can read it).
 */
export function EntityForm() {
  const api = useApi();
  const client = useQueryClient();
  const notify = useNotify();
  const names = useNames();
  const [plural, setPlural] = useState<string>();
  const [ofContact, setOfContact] = useState(true);
  const [problems, setProblems] = useState<FieldProblems>(noProblems);
  const [busy, setBusy] = useState(false);
  const { displayName, logicalName } = names;
  const pluralName = plural ?? (displayName.trim() === '' ? '' : `${displayName.trim()}s`);

  const add = async () => {
    setBusy(true);
    setProblems(noProblems);
    try {
      const added = await api.post('/api/schema/entities', {
        body: {
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
        },
      });
      await client.invalidateQueries({ queryKey: ['schema'] });
      notify(`${added.displayName} was added`, {
        intent: 'success',
        body: `Its records are under Records: ${added.pluralDisplayName}.`,
      });
      names.clear();
      setPlural(undefined);
    } catch (error) {
      setProblems(problemsOf(error, fields));
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
        // Its button stays focusable while it works: Enter again must not add twice.
        if (!busy) void add();
      }}
    >
      <h2 id="new-entity-title">Add a custom entity</h2>
      <FormProblems general={problems.general} />
      <NameFields
        names={names}
        displayNameLabel="Entity display name"
        nameLabel="Entity name"
        nameHint="Its logical name, in addresses and the API: lower-case letters, digits and _."
        problems={problems.byField}
      >
        <Field label="Plural display name" {...fieldMessage(problems.byField.pluralDisplayName)}>
          <Input
            value={pluralName}
            onChange={(_e, data) => {
              setPlural(data.value);
            }}
          />
        </Field>
      </NameFields>
      <Field {...fieldMessage(lookupProblems)}>
        <Checkbox
          checked={ofContact}
          label="Each record belongs to a contact (segments can then read it)"
          onChange={(_e, data) => {
            setOfContact(data.checked === true);
          }}
        />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          Add entity
        </Button>
      </div>
    </form>
  );
}
