import { Button, Field, Input, Radio, RadioGroup } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { ApiError, type CreatedApiKey, type KeyScope } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { keyScopes, scopeLabels } from './scope-labels.ts';
import { keysQueryKey } from './use-keys.ts';

interface Props {
  /** The key was made: its secret is in `key`, and only there. */
  readonly onCreated: (key: CreatedApiKey) => void;
  readonly onCancel: () => void;
}

/**
 * **New key**: a name people recognise and a scope, each scope with what it allows
 * (`POST /api/keys`). The new key's secret goes to `onCreated`, never into the cached key list.
 */
export function NewKeyForm({ onCreated, onCancel }: Props) {
  const api = useApi();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<KeyScope>('read');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const nameRef = useRef<HTMLInputElement>(null);

  // The form opens where the typing starts: New key is off while the form is open.
  useEffect(() => {
    nameRef.current?.focus();
  }, []);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    // Create key stays focusable while it works: Enter again must not make a second key.
    if (busy) return;
    if (name.trim() === '') {
      setError('A key needs a name, such as "campaign tool".');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.post('/api/keys', { body: { name: name.trim(), scope } });
      void client.invalidateQueries({ queryKey: keysQueryKey });
      onCreated(created);
    } catch (caught) {
      const problems = caught instanceof ApiError ? caught.problems : [];
      setError(
        problems.length > 0
          ? problems.map((p) => p.message).join(' ')
          : caught instanceof Error
            ? caught.message
            : String(caught),
      );
      setBusy(false);
    }
  };

  return (
    <form className="card new-key-form" aria-labelledby="new-key-title" onSubmit={(e) => void submit(e)}>
      <h2 id="new-key-title">New key</h2>
      <Field
        label="Name"
        {...(error === undefined ? {} : { validationState: 'error' as const, validationMessage: error })}
      >
        <Input
          ref={nameRef}
          maxLength={100}
          placeholder="campaign tool"
          value={name}
          onChange={(_event, data) => {
            setName(data.value);
          }}
        />
      </Field>
      <Field label="Scope">
        <RadioGroup
          className="scope-choices"
          value={scope}
          onChange={(_event, data) => {
            const chosen = keyScopes.find((candidate) => candidate === data.value);
            if (chosen !== undefined) setScope(chosen);
          }}
        >
          {keyScopes.map((option) => (
            <div key={option} className="scope-choice">
              <Radio
                value={option}
                label={scopeLabels[option].label}
                aria-describedby={`scope-${option}-explanation`}
              />
              <span id={`scope-${option}-explanation`} className="muted">
                {scopeLabels[option].explanation}
              </span>
            </div>
          ))}
        </RadioGroup>
      </Field>
      <div className="dialog-actions">
        <Button type="submit" appearance="primary" disabledFocusable={busy} aria-busy={busy || undefined}>
          {busy ? 'Creating key…' : 'Create key'}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
