import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { CrmRecord } from '../api/index.ts';
import { useApi } from '../session/index.ts';

/** Props of the Delete command. */
export interface DeleteContactProps {
  readonly contact: CrmRecord;
  readonly name: string;
  /** Called once the contact is deleted. */
  readonly onDeleted: () => void;
}

/**
 * The Delete command and its confirmation ("Confirm Deletion", as Dynamics asks): nothing is deleted
 * until Delete is chosen in the dialog (a Fluent alert dialog); Cancel or Escape closes it.
 */
export function DeleteContact({ contact, name, onDeleted }: DeleteContactProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const openerRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  // The safe choice takes the focus as the dialog opens (Fluent's own would go to Delete, the first).
  useEffect(() => {
    if (open) cancelRef.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    setError(undefined);
    openerRef.current?.focus();
  }

  async function remove() {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.delete('/api/contacts/{id}', { params: { path: { id: contact.id } } });
      queryClient.removeQueries({ queryKey: ['contact', contact.id] });
      await queryClient.invalidateQueries({ queryKey: ['contacts'] });
      onDeleted();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        ref={openerRef}
        className="danger"
        onClick={() => {
          setOpen(true);
        }}
      >
        Delete
      </Button>
      <Dialog
        open={open}
        // An alert dialog (role alertdialog): a click beside it does not close it; Escape does.
        modalType="alert"
        surfaceMotion={null}
        onOpenChange={(_event, data) => {
          if (!data.open) close();
        }}
      >
        <DialogSurface backdropMotion={null} aria-describedby="delete-contact-text" className="modal-dialog">
          <DialogBody>
            <DialogTitle>Confirm Deletion</DialogTitle>
            <DialogContent>
              <p id="delete-contact-text">
                Delete {name}? The contact leaves every segment it is in. This cannot be undone.
              </p>
              {error !== undefined && (
                <p role="alert" className="error">
                  Not deleted: {error}
                </p>
              )}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                className="danger-fill"
                // Off while it works, but it keeps the focus (and shows a refusal with it).
                disabledFocusable={busy}
                onClick={() => void remove()}
              >
                Delete
              </Button>
              <Button ref={cancelRef} disabled={busy} onClick={close}>
                Cancel
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
