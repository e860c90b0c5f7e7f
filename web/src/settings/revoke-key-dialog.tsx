import { Button, DialogActions } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ApiError, type ApiKey } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { ModalDialog } from '../shell/index.ts';
import { keysQueryKey } from './use-keys.ts';

interface Props {
  readonly apiKey: ApiKey;
  readonly onClose: () => void;
  /** The key is revoked. */
  readonly onRevoked: () => void;
}

/**
 * Asks before revoking a key (`DELETE /api/keys/{id}`); a refusal, such as the last admin key's
 * (409), stays in the dialog with what to do instead.
 */
export function RevokeKeyDialog({ apiKey, onClose, onRevoked }: Props) {
  const api = useApi();
  const client = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string>();
  // The last admin key (409) or a key revoked meanwhile (404): trying again cannot help.
  const [final, setFinal] = useState(false);
  // Cancel starts with the focus: Enter pressed twice revokes nothing.
  const cancelRef = useRef<HTMLButtonElement>(null);

  const revoke = async () => {
    setBusy(true);
    setRefusal(undefined);
    try {
      await api.delete('/api/keys/{id}', { params: { path: { id: apiKey.id } } });
      void client.invalidateQueries({ queryKey: keysQueryKey });
      onRevoked();
    } catch (caught) {
      setRefusal(caught instanceof Error ? caught.message : String(caught));
      const status = caught instanceof ApiError ? caught.status : 0;
      setFinal(status === 404 || status === 409);
      // Revoked meanwhile: the list should say so.
      if (status === 404) void client.invalidateQueries({ queryKey: keysQueryKey });
      setBusy(false);
    }
  };

  return (
    <ModalDialog title={`Revoke “${apiKey.name}”?`} onClose={onClose} initialFocus={cancelRef}>
      <p>
        Every client that uses the key “{apiKey.name}” ({apiKey.scope} scope) will be refused from now on, on
        other Segmint servers within seconds. If you signed in with it, you will need another key. A revoked
        key cannot be used again.
      </p>
      {refusal !== undefined && (
        <p role="alert" className="error">
          Not revoked: {refusal}
        </p>
      )}
      <DialogActions>
        <Button
          className="danger"
          // Focusable while off: the focus stays on it as it works, and after a refusal.
          disabledFocusable={busy || final}
          aria-busy={busy || undefined}
          onClick={() => void revoke()}
        >
          {busy ? 'Revoking…' : 'Revoke'}
        </Button>
        <Button ref={cancelRef} onClick={onClose} disabled={busy}>
          {final ? 'Close' : 'Cancel'}
        </Button>
      </DialogActions>
    </ModalDialog>
  );
}
