import { Button } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { CrmRecord, Entity } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { formSections, formValuesOf, recordBody, type FormValues } from './contact-fields.ts';
import { ContactForm, contactFormId } from './contact-form.tsx';
import { noProblems, problemsOf, type FieldProblems } from '../data/index.ts';
import { useLeaveGuard } from '../shell/index.ts';

/** Props of the contact editor. */
export interface ContactEditorProps {
  /** The contact entity of the schema. */
  readonly entity: Entity;
  /** The contact being edited; absent on the New Contact page. */
  readonly record?: CrmRecord;
  readonly heading: ReactNode;
  /** Called after a save with the saved contact; `close` says Save & Close was chosen. */
  readonly onSaved: (record: CrmRecord, close: boolean) => void;
  /** More commands for the bar (Delete). */
  readonly commands?: ReactNode;
}

/**
 * A contact's command bar (Save, Save & Close, and `commands`), heading and form. A new contact is
 * created with every filled field (POST); a stored one is changed by the fields edited (PATCH).
 * Leaving with unsaved changes asks first.
 */
export function ContactEditor({ entity, record, heading, onSaved, commands }: ContactEditorProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const attributes = useMemo(() => formSections(entity).flatMap((section) => section.attributes), [entity]);
  const fieldNames = useMemo(() => new Set(attributes.map((a) => a.name)), [attributes]);
  const [original, setOriginal] = useState<FormValues | undefined>(() =>
    record === undefined ? undefined : formValuesOf(attributes, record),
  );
  const [values, setValues] = useState<FormValues>(() => formValuesOf(attributes, record));
  const [problems, setProblems] = useState<FieldProblems>(noProblems);
  const [busy, setBusy] = useState(false);
  const [savedNote, setSavedNote] = useState<string>();
  // Unsaved: what Save would send (every filled field of a new contact, the edited ones of a stored one).
  const leaveGuard = useLeaveGuard(
    Object.keys(recordBody(attributes, values, original)).length > 0,
    record === undefined ? 'this new contact' : 'this contact',
  );

  async function save(close: boolean) {
    setBusy(true);
    setProblems(noProblems);
    setSavedNote(undefined);
    try {
      const body = recordBody(attributes, values, original);
      let saved: CrmRecord;
      if (record === undefined) saved = await api.post<CrmRecord>('/api/contacts', body);
      else if (Object.keys(body).length === 0) saved = record;
      else saved = await api.patch<CrmRecord>(`/api/contacts/${encodeURIComponent(record.id)}`, body);
      queryClient.setQueryData(['contact', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['contacts'] });
      await queryClient.invalidateQueries({ queryKey: ['contact-segments', saved.id] });
      if (record !== undefined) {
        setOriginal(formValuesOf(attributes, saved));
        setValues(formValuesOf(attributes, saved));
        setSavedNote('Saved.');
      }
      onSaved(saved, close);
    } catch (error) {
      setProblems(problemsOf(error, fieldNames));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="contact-editor">
      <div className="toolbar">
        <Link href="/contacts" className="back-link">
          ← Contacts
        </Link>
        <Button type="submit" form={contactFormId} appearance="primary" disabled={busy}>
          Save
        </Button>
        <Button
          disabled={busy}
          onClick={() => {
            void save(true);
          }}
        >
          Save & Close
        </Button>
        {commands}
        <span role="status" className="saved-note">
          {busy ? 'Saving…' : savedNote}
        </span>
      </div>
      {heading}
      <ContactForm
        entity={entity}
        values={values}
        problems={problems}
        disabled={busy}
        onChange={(name, value) => {
          setSavedNote(undefined);
          setValues((current) => ({ ...current, [name]: value }));
        }}
        onSubmit={() => {
          void save(false);
        }}
      />
      {leaveGuard}
    </div>
  );
}
