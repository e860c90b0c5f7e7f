import { Button } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
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
  const newKeyRef = useRef<HTMLButtonElement>(null);
  // Set when what had the focus goes away (the form, the secret's panel, a revoked key's Revoke): the
  // focus goes to New key, once it is back on, rather than to the page. 'ifLost' only when nothing else
  // took it (a dialog gives it back to its opener, unless the opener is gone).
  const [refocus, setRefocus] = useState<{ readonly when: 'always' | 'ifLost' }>();
  useEffect(() => {
    if (refocus === undefined) return;
    const active = document.activeElement;
    const lost = active === null || active === document.body || !active.isConnected;
    if (refocus.when === 'always' || lost) newKeyRef.current?.focus();
  }, [refocus]);

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
          ref={newKeyRef}
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
            setRefocus({ when: 'always' });
          }}
        />
      )}
      {created !== undefined && (
        <CreatedKeyPanel
          created={created}
          onDone={() => {
            setCreated(undefined);
            setRefocus({ when: 'always' });
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
            // A key revoked meanwhile has lost its Revoke button, which opened the dialog.
            const active = keys.data?.some((k) => k.id === revoking.id && k.revokedAt === null) ?? false;
            setRevoking(undefined);
            setRefocus({ when: active ? 'ifLost' : 'always' });
          }}
          onRevoked={() => {
            setRevoked(revoking.name);
            setRevoking(undefined);
            // Its Revoke button goes with the refreshed list; the status above says it is revoked.
            setRefocus({ when: 'always' });
          }}
        />
      )}
    </section>
  );
}
