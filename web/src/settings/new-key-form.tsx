import { Button } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
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

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setError('A key needs a name, such as "campaign tool".');
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const created = await api.post<CreatedApiKey>('/api/keys', { name: name.trim(), scope });
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
      <label htmlFor="new-key-name">Name</label>
      <input
        id="new-key-name"
        type="text"
        maxLength={100}
        placeholder="campaign tool"
        value={name}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : 'new-key-error'}
        onChange={(event) => {
          setName(event.target.value);
        }}
      />
      <fieldset className="scope-choices">
        <legend>Scope</legend>
        {keyScopes.map((option) => (
          <div key={option} className="scope-choice">
            <label>
              <input
                type="radio"
                name="new-key-scope"
                value={option}
                checked={scope === option}
                aria-describedby={`scope-${option}-explanation`}
                onChange={() => {
                  setScope(option);
                }}
              />
              {scopeLabels[option].label}
            </label>
            <span id={`scope-${option}-explanation`} className="muted">
              {scopeLabels[option].explanation}
            </span>
          </div>
        ))}
      </fieldset>
      {error !== undefined && (
        <p id="new-key-error" role="alert" className="error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <Button type="submit" appearance="primary" disabled={busy} aria-busy={busy || undefined}>
          {busy ? 'Creating key…' : 'Create key'}
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
