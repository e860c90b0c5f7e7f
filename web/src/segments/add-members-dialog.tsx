import { Button, Checkbox, Field, Input } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { useApi } from '../session/index.ts';
import { ModalDialog } from '../shell/index.ts';
import { displayName, type Member } from './member-types.ts';
import { ErrorAlert, messageOf } from './problem-list.tsx';
import { useDebounced } from './use-debounced.ts';

interface Props {
  /** The dialog's title: **Add members** (static) or **Include contacts** (dynamic). */
  readonly title: string;
  /** The label of the confirming button. */
  readonly actionLabel: string;
  readonly busy: boolean;
  readonly error: string | undefined;
  readonly onConfirm: (ids: string[]) => void;
  readonly onClose: () => void;
}

/** Finds contacts (`GET /api/contacts?search=`) and picks some by checkbox, then confirms them all at once. */
export function AddMembersDialog({ title, actionLabel, busy, error, onConfirm, onClose }: Props) {
  const api = useApi();
  const [search, setSearch] = useState('');
  const wanted = useDebounced(search.trim());
  const [picked, setPicked] = useState<ReadonlyMap<string, string>>(new Map());
  const contacts = useQuery({
    queryKey: ['contacts', 'pick', wanted],
    queryFn: () => api.get('/api/contacts', { params: { query: { search: wanted, limit: 20 } } }),
  });

  const toggle = (contact: Member, on: boolean) => {
    const next = new Map(picked);
    if (on) next.set(contact.id, displayName(contact));
    else next.delete(contact.id);
    setPicked(next);
  };
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    // The action stays focusable while it works: Enter again must not send it twice.
    if (busy || picked.size === 0) return;
    onConfirm([...picked.keys()]);
  };

  return (
    <ModalDialog title={title} onClose={onClose}>
      <form onSubmit={submit} className="dialog-form">
        <Field label="Search contacts">
          <Input
            type="search"
            value={search}
            onChange={(_event, data) => {
              setSearch(data.value);
            }}
          />
        </Field>
        <ErrorAlert message={contacts.error ? messageOf(contacts.error) : undefined} />
        {contacts.isPending && <p aria-busy="true">Searching…</p>}
        {contacts.data?.items.length === 0 && <p className="muted">No contact matches “{wanted}”.</p>}
        <fieldset className="pick-list">
          <legend>Contacts</legend>
          {contacts.data?.items.map((contact) => (
            <Checkbox
              key={contact.id}
              className="pick"
              checked={picked.has(contact.id)}
              onChange={(_event, data) => {
                toggle(contact, data.checked === true);
              }}
              label={
                <>
                  {displayName(contact)}
                  {typeof contact.emailaddress1 === 'string' && contact.emailaddress1 !== '' ? (
                    <span className="muted"> {contact.emailaddress1}</span>
                  ) : null}
                </>
              }
            />
          ))}
        </fieldset>
        <p aria-live="polite" className="muted">
          {picked.size === 0
            ? 'None selected.'
            : `${picked.size} selected: ${[...picked.values()].join(', ')}`}
        </p>
        <ErrorAlert message={error} />
        <div className="dialog-actions">
          <Button
            type="submit"
            appearance="primary"
            disabled={!busy && picked.size === 0}
            disabledFocusable={busy}
            aria-busy={busy || undefined}
          >
            {busy ? 'Saving…' : actionLabel}
          </Button>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
