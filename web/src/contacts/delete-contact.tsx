import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CrmRecord } from '../api/index.ts';
import { useApi } from '../session/index.ts';

/** Props of the Delete command. */
export interface DeleteContactProps {
  readonly contact: CrmRecord;
  readonly name: string;
  /** Called once the contact is deleted. */
  readonly onDeleted: () => void;
}

/** Tab and Shift+Tab cycle through the dialog's buttons: the page behind is inert while it is open. */
function keepFocusInside(event: KeyboardEvent<HTMLElement>) {
  const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button:not(:disabled)')];
  const first = buttons[0];
  const last = buttons[buttons.length - 1];
  if (first === undefined || last === undefined) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * The Delete command and its confirmation ("Confirm Deletion", as Dynamics asks): nothing is deleted
 * until Delete is chosen in the dialog; Cancel or Escape closes it.
 */
export function DeleteContact({ contact, name, onDeleted }: DeleteContactProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) cancelRef.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    setError(undefined);
    openerRef.current?.focus();
  }

  async function remove() {
    setBusy(true);
    setError(undefined);
    try {
      await api.delete(`/api/contacts/${encodeURIComponent(contact.id)}`);
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
      <button
        ref={openerRef}
        type="button"
        className="danger"
        onClick={() => {
          setOpen(true);
        }}
      >
        Delete
      </button>
      {open && (
        <div className="dialog-backdrop">
          <div
            role="alertdialog"
            aria-modal="true"
            aria-labelledby="delete-contact-title"
            aria-describedby="delete-contact-text"
            className="dialog"
            onKeyDown={(event) => {
              if (event.key === 'Escape') close();
              else if (event.key === 'Tab') keepFocusInside(event);
            }}
          >
            <h2 id="delete-contact-title">Confirm Deletion</h2>
            <p id="delete-contact-text">
              Delete {name}? The contact leaves every segment it is in. This cannot be undone.
            </p>
            {error !== undefined && (
              <p role="alert" className="error">
                Not deleted: {error}
              </p>
            )}
            <div className="dialog-buttons">
              <button
                type="button"
                className="primary danger-fill"
                disabled={busy}
                onClick={() => void remove()}
              >
                Delete
              </button>
              <button ref={cancelRef} type="button" disabled={busy} onClick={close}>
                Cancel
              </button>
            </div>
          </div>
        </div>
      )}
    </>
  );
}
