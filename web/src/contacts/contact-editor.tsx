import { Button } from '@fluentui/react-components';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { CrmRecord, Entity, Schema } from '../api/index.ts';
import { noProblems, problemsOf, type FieldProblems } from '../data/index.ts';
import { bodyOf, formValuesOf, isEditable, type FormValues } from '../records/record-values.ts';
import { useApi } from '../session/index.ts';
import { useFocusKept, useLeaveGuard } from '../shell/index.ts';
import { ContactForm, contactFormId } from './contact-form.tsx';

/** Props of the contact editor. */
export interface ContactEditorProps {
  /** The contact entity of the schema: every attribute it has is a field of the form. */
  readonly entity: Entity;
  /** The whole schema, for the entities the contact's lookups point to. */
  readonly schema: Schema;
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
export function ContactEditor({ entity, schema, record, heading, onSaved, commands }: ContactEditorProps) {
  const api = useApi();
  const queryClient = useQueryClient();
  const fieldNames = useMemo(
    () => new Set(entity.attributes.filter(isEditable).map((a) => a.name)),
    [entity],
  );
  const [original, setOriginal] = useState<FormValues | undefined>(() =>
    record === undefined ? undefined : formValuesOf(entity, record),
  );
  const [values, setValues] = useState<FormValues>(() => formValuesOf(entity, record));
  const [problems, setProblems] = useState<FieldProblems>(noProblems);
  const [busy, setBusy] = useState(false);
  // The fields are off while saving: the one Enter was pressed in has the focus again afterwards.
  const keepFocus = useFocusKept(busy);
  const [savedNote, setSavedNote] = useState<string>();
  // Unsaved: what Save would send (every filled field of a new contact, the edited ones of a stored one).
  const leaveGuard = useLeaveGuard(
    Object.keys(bodyOf(entity, values, original)).length > 0,
    record === undefined ? 'this new contact' : 'this contact',
  );

  async function save(close: boolean) {
    // Save stays focusable while it works: Enter again must not save twice.
    if (busy) return;
    keepFocus();
    setBusy(true);
    setProblems(noProblems);
    setSavedNote(undefined);
    try {
      const body = bodyOf(entity, values, original);
      let saved: CrmRecord;
      if (record === undefined) saved = await api.post('/api/contacts', { body });
      else if (Object.keys(body).length === 0) saved = record;
      else saved = await api.patch('/api/contacts/{id}', { params: { path: { id: record.id } }, body });
      queryClient.setQueryData(['contact', saved.id], saved);
      await queryClient.invalidateQueries({ queryKey: ['contacts'] });
      // The records pages and the lookup pickers that name contacts read them again too.
      await queryClient.invalidateQueries({ queryKey: ['records', 'contact'] });
      await queryClient.invalidateQueries({ queryKey: ['contact-segments', saved.id] });
      if (record !== undefined) {
        setOriginal(formValuesOf(entity, saved));
        setValues(formValuesOf(entity, saved));
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
        {/* Off while saving, but focusable: the focus stays on the one pressed. */}
        <Button type="submit" form={contactFormId} appearance="primary" disabledFocusable={busy}>
          Save
        </Button>
        <Button
          disabledFocusable={busy}
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
        schema={schema}
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
