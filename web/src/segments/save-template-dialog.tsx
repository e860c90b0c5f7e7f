import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useState, type SyntheticEvent } from 'react';
import { ApiError, type Problem } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { ModalDialog } from '../shell/index.ts';
import { ErrorAlert, ProblemList, messageOf } from './problem-list.tsx';
import { definitionOf, type SegmentDraft } from './segment-draft.ts';

interface Props {
  readonly draft: SegmentDraft;
  readonly onClose: () => void;
  /** The template was saved under `name`. */
  readonly onSaved: (name: string) => void;
}

/**
 * **Save as template**: the segment's current definition (saved or not) becomes a template others
 * can start from (`POST /api/templates` with `{ name, description, definition }`).
 */
export function SaveTemplateDialog({ draft, onClose, onSaved }: Props) {
  const api = useApi();
  const [name, setName] = useState(draft.name);
  const [description, setDescription] = useState(draft.description);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [problems, setProblems] = useState<readonly Problem[]>([]);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    // Save template stays focusable while it works: Enter again must not save twice.
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setProblems([]);
    try {
      await api.post('/api/templates', {
        body: {
          name: name.trim(),
          ...(description.trim() === '' ? {} : { description: description.trim() }),
          definition: definitionOf(draft),
        },
      });
      onSaved(name.trim());
    } catch (caught) {
      setError(messageOf(caught));
      if (caught instanceof ApiError) setProblems(caught.problems);
      setBusy(false);
    }
  };

  return (
    <ModalDialog title="Save as template" onClose={onClose}>
      <form onSubmit={(event) => void submit(event)} className="dialog-form">
        <Field label="Template name">
          <Input
            required
            maxLength={200}
            value={name}
            onChange={(_event, data) => {
              setName(data.value);
            }}
          />
        </Field>
        <Field label="Template description">
          <Textarea
            rows={3}
            resize="vertical"
            maxLength={2000}
            value={description}
            onChange={(_event, data) => {
              setDescription(data.value);
            }}
          />
        </Field>
        <ErrorAlert message={error} />
        <ProblemList problems={problems} title="Fix these in the segment first:" />
        <div className="dialog-actions">
          <Button type="submit" appearance="primary" disabledFocusable={busy} aria-busy={busy || undefined}>
            {busy ? 'Saving template…' : 'Save template'}
          </Button>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
        </div>
      </form>
    </ModalDialog>
  );
}
