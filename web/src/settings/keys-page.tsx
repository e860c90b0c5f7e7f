import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { ApiKey, CreatedApiKey } from '../api/index.ts';
import { CreatedKeyPanel } from './created-key-panel.tsx';
import { KeyTable } from './key-table.tsx';
import { NewKeyForm } from './new-key-form.tsx';
import { RevokeKeyDialog } from './revoke-key-dialog.tsx';
import { isScopeRefusal, ScopeNotice } from './scope-notice.tsx';
import { useKeys } from './use-keys.ts';

/**
 * Settings > **Keys**: the API keys with their scopes and state, **New key** (its secret shown once)
 * and **Revoke** after a confirmation. A key without the admin scope sees why it cannot manage keys.
 */
export function KeysPage() {
  const keys = useKeys();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey>();
  const [revoking, setRevoking] = useState<ApiKey>();
  const [revoked, setRevoked] = useState<string>();

  if (isScopeRefusal(keys.error)) {
    return (
      <section aria-labelledby="keys-title">
        <h1 id="keys-title">Keys</h1>
        <ScopeNotice error={keys.error} activity="managing keys" />
      </section>
    );
  }

  return (
    <section aria-labelledby="keys-title">
      <h1 id="keys-title">Keys</h1>
      <p className="muted page-intro">
        Each client of the API (the marketing team’s browsers, a campaign tool, an import job) gets its own
        key with the narrowest scope it needs, so that one can be revoked without the others.
      </p>
      <div className="toolbar" role="toolbar" aria-label="Keys">
        <Button
          appearance="primary"
          disabled={creating}
          onClick={() => {
            setCreated(undefined);
            setRevoked(undefined);
            setCreating(true);
          }}
        >
          New key
        </Button>
      </div>
      {creating && (
        <NewKeyForm
          onCreated={(key) => {
            setCreating(false);
            setCreated(key);
          }}
          onCancel={() => {
            setCreating(false);
          }}
        />
      )}
      {created !== undefined && (
        <CreatedKeyPanel
          created={created}
          onDone={() => {
            setCreated(undefined);
          }}
        />
      )}
      <p role="status" className="notice">
        {revoked === undefined ? '' : `The key “${revoked}” is revoked.`}
      </p>
      {keys.error !== null && (
        <div role="alert" className="load-error">
          <p className="error">The keys could not be loaded: {keys.error.message}</p>
          <Button onClick={() => void keys.refetch()}>Try again</Button>
        </div>
      )}
      {keys.isPending && <p aria-busy="true">Loading keys…</p>}
      {keys.data !== undefined && (
        <KeyTable
          keys={keys.data}
          onRevoke={(key) => {
            setRevoked(undefined);
            setRevoking(key);
          }}
        />
      )}
      {revoking !== undefined && (
        <RevokeKeyDialog
          apiKey={revoking}
          onClose={() => {
            setRevoking(undefined);
          }}
          onRevoked={() => {
            setRevoked(revoking.name);
            setRevoking(undefined);
          }}
        />
      )}
    </section>
  );
}
