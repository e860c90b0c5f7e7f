import { Button } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { Entity, Schema } from '../api/index.ts';
import { noProblems, problemsOf, type FieldProblems } from '../data/index.ts';
import { FormProblems, useFocusKept, useLeaveGuard } from '../shell/index.ts';
import { RecordField } from './record-field.tsx';
import { bodyOf, isEditable, type FormValues } from './record-values.ts';

interface RecordFormProps {
  readonly entity: Entity;
  readonly schema: Schema;
  readonly initial: FormValues;
  /**
   * Saves the values; `close` says Save & Close was chosen (the page then goes to the entity's list).
   * A thrown `ApiError`'s problems are shown beside the fields they name.
   */
  readonly onSave: (values: FormValues, close: boolean) => Promise<void>;
  /** More commands beside Save and Save & Close (Delete on a saved record). */
  readonly commands?: ReactNode;
}

/**
 * A record's form, made from its entity's attributes: one field each, Save (Enter in a field too),
 * Save & Close, and the server's problems. Leaving it with unsaved changes asks first.
 */
export function RecordForm({ entity, schema, initial, onSave, commands }: RecordFormProps) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<FieldProblems>(noProblems);
  const [busy, setBusy] = useState(false);
  // The fields are off while saving, which drops the focus of the one the user was in (Enter there
  // saves); it is given back once the save is over, refused or not, unless the user moved it.
  const keepFocus = useFocusKept(busy);
  // Unsaved: a field differs from what the form started with (empty, or as stored).
  const leaveGuard = useLeaveGuard(
    Object.keys(bodyOf(entity, values, initial)).length > 0,
    `this ${entity.displayName.toLocaleLowerCase()}`,
  );
  const attributes = entity.attributes.filter(isEditable);
  const names = new Set(attributes.map((a) => a.name));

  const save = async (close: boolean) => {
    // Save stays focusable while it works: Enter again must not save twice.
    if (busy) return;
    keepFocus();
    setBusy(true);
    setProblems(noProblems);
    try {
      await onSave(values, close);
    } catch (caught) {
      setProblems(problemsOf(caught, names));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <form
        className="record-form"
        aria-label={entity.displayName}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
      >
        <div className="toolbar" role="toolbar" aria-label={`${entity.displayName} commands`}>
          <Button type="submit" appearance="primary" disabledFocusable={busy} aria-busy={busy || undefined}>
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
        </div>
        <FormProblems general={problems.general} />
        <div className="record-fields">
          {attributes.map((attribute) => (
            <RecordField
              key={attribute.name}
              attribute={attribute}
              schema={schema}
              value={values[attribute.name]}
              problems={problems.byField[attribute.name]}
              disabled={busy}
              onChange={(value) => {
                setValues((current) => ({ ...current, [attribute.name]: value }));
              }}
            />
          ))}
        </div>
      </form>
      {leaveGuard}
    </>
  );
}
