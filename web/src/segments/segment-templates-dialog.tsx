import { Button, DialogActions, Field, Input, Link } from '@fluentui/react-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { Problem, Template } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { ModalDialog } from '../shell/index.ts';
import { ErrorAlert, ProblemList, messageOf } from './problem-list.tsx';
import { TemplateParametersForm } from './template-parameters-form.tsx';
import { fillTemplate } from './template-fill.ts';
import { defaultValues } from './template-types.ts';
import { useDebounced } from './use-debounced.ts';

interface Props {
  /** **Skip** (or Escape): start from an empty query. */
  readonly onSkip: () => void;
  /** A template was used: its definition, filled in, for the designer (nothing is saved). */
  readonly onUse: (template: Template, definition: Readonly<Record<string, unknown>>) => void;
}

/**
 * The **Segment Templates** dialog of a new dynamic segment: search the gallery and saved templates,
 * choose one, give its parameters values, and its definition fills the page's fields and designer;
 * nothing is created until **Save**, as in Dynamics. Or **Skip**.
 */
export function SegmentTemplatesDialog({ onSkip, onUse }: Props) {
  const api = useApi();
  const [search, setSearch] = useState('');
  const wanted = useDebounced(search.trim());
  const [chosen, setChosen] = useState<Template>();
  const [values, setValues] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const templates = useQuery({
    queryKey: ['templates', wanted],
    queryFn: () => api.get('/api/templates', { params: { query: { search: wanted } } }),
    placeholderData: keepPreviousData,
  });

  const choose = (template: Template) => {
    setChosen(template);
    setValues(defaultValues(template));
    setProblems([]);
  };

  const use = (template: Template) => {
    const filled = fillTemplate(template, values);
    if (filled.ok) onUse(template, filled.definition);
    else setProblems(filled.problems);
  };

  const otherProblems = problems.filter((p) => !p.path.startsWith('values.'));
  return (
    <ModalDialog title="Segment Templates" onClose={onSkip} className="templates-dialog">
      {chosen === undefined ? (
        <>
          <p className="muted">Start from a template, or skip to build the query yourself.</p>
          <Field label="Search templates">
            <Input
              type="search"
              value={search}
              onChange={(_event, data) => {
                setSearch(data.value);
              }}
            />
          </Field>
          <ErrorAlert message={templates.error ? messageOf(templates.error) : undefined} />
          {templates.isPending && <p aria-busy="true">Loading templates…</p>}
          {templates.data?.items.length === 0 && <p className="muted">No template matches “{wanted}”.</p>}
          <ul className="template-list" aria-label="Templates">
            {templates.data?.items.map((template) => (
              <li key={template.id}>
                <Link
                  as="button"
                  className="template-choice"
                  aria-describedby={`template-${template.id}-description`}
                  onClick={() => {
                    choose(template);
                  }}
                >
                  <span className="template-name">{template.name}</span>
                </Link>
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
          busy={false}
          onUse={() => {
            use(chosen);
          }}
          onBack={() => {
            setChosen(undefined);
          }}
        />
      )}
      <ProblemList problems={otherProblems} title="The template cannot be used as it is:" />
      <DialogActions>
        <Button onClick={onSkip}>Skip</Button>
      </DialogActions>
    </ModalDialog>
  );
}
