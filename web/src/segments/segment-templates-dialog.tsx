import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError, type Problem, type Segment } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { ModalDialog } from '../shell/index.ts';
import { ErrorAlert, ProblemList, messageOf } from './problem-list.tsx';
import { pathText } from './segment-draft.ts';
import { TemplateParametersForm } from './template-parameters-form.tsx';
import { defaultValues, typedValues, type SegmentTemplate } from './template-types.ts';
import { useDebounced } from './use-debounced.ts';

interface Props {
  /** **Skip** (or Escape): start from an empty query. */
  readonly onSkip: () => void;
  /** A template was used: the new draft segment it made. */
  readonly onCreated: (segment: Segment) => void;
}

/**
 * The **Segment Templates** dialog of a new dynamic segment: search the gallery and saved templates,
 * choose one, give its parameters values, and a draft segment is made from it
 * (`POST /api/templates/{id}/instantiate`); or **Skip**.
 */
export function SegmentTemplatesDialog({ onSkip, onCreated }: Props) {
  const api = useApi();
  const [search, setSearch] = useState('');
  const wanted = useDebounced(search.trim());
  const [chosen, setChosen] = useState<SegmentTemplate>();
  const [values, setValues] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const templates = useQuery({
    queryKey: ['templates', wanted],
    queryFn: () => api.get<{ items: SegmentTemplate[] }>('/api/templates', { search: wanted }),
    placeholderData: keepPreviousData,
  });

  const choose = (template: SegmentTemplate) => {
    setChosen(template);
    setValues(defaultValues(template));
    setProblems([]);
    setError(undefined);
  };

  const use = async (template: SegmentTemplate) => {
    setBusy(true);
    setError(undefined);
    setProblems([]);
    try {
      const segment = await api.post<Segment>(
        `/api/templates/${encodeURIComponent(template.id)}/instantiate`,
        {
          values: typedValues(template, values),
        },
      );
      onCreated(segment);
    } catch (caught) {
      setError(messageOf(caught));
      if (caught instanceof ApiError) setProblems(caught.problems);
      setBusy(false);
    }
  };

  const otherProblems = problems.filter((p) => !pathText(p.path).startsWith('values.'));
  return (
    <ModalDialog title="Segment Templates" onClose={onSkip} className="templates-dialog">
      {chosen === undefined ? (
        <>
          <p className="muted">Start from a template, or skip to build the query yourself.</p>
          <div className="field">
            <label htmlFor="template-search">Search templates</label>
            <input
              id="template-search"
              type="search"
              value={search}
              onChange={(event) => {
                setSearch(event.target.value);
              }}
            />
          </div>
          <ErrorAlert message={templates.error ? messageOf(templates.error) : undefined} />
          {templates.isPending && <p aria-busy="true">Loading templates…</p>}
          {templates.data?.items.length === 0 && <p className="muted">No template matches “{wanted}”.</p>}
          <ul className="template-list" aria-label="Templates">
            {templates.data?.items.map((template) => (
              <li key={template.id}>
                <button
                  type="button"
                  className="template-choice"
                  aria-describedby={`template-${template.id}-description`}
                  onClick={() => {
                    choose(template);
                  }}
                >
                  <span className="template-name">{template.name}</span>
                </button>
                <span id={`template-${template.id}-description`} className="muted template-description">
                  {template.description}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <TemplateParametersForm
          template={chosen}
          values={values}
          onValues={setValues}
          problems={problems}
          busy={busy}
          onUse={() => void use(chosen)}
          onBack={() => {
            setChosen(undefined);
          }}
        />
      )}
      <ErrorAlert message={error} />
      <ProblemList problems={otherProblems} title="The template cannot be used as it is:" />
      <div className="dialog-actions">
        <button type="button" onClick={onSkip} disabled={busy}>
          Skip
        </button>
      </div>
    </ModalDialog>
  );
}
