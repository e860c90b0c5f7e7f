import { Button, Label } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { ApiError } from '../api/index.ts';
import { useSchema } from '../data/index.ts';
import type { QueryDefinition } from './definition-types.ts';
import { designProblemText } from './draft-row-text.ts';
import { messageOf } from './problem-list.tsx';
import { QueryEditor } from './query-editor.tsx';
import { useParseMql, usePrintedMql } from './query-print.ts';
import { QueryProblemList } from './query-problem-list.tsx';
import { offsetOf, problemLines, textProblemsOf, type TextProblem } from './query-text.ts';
import './query-view.css';

/**
 * MQL typed in the Query view and not applied yet: kept by the page, so that it survives a visit to
 * another tab, with the problems its last Apply found and the design it was typed over.
 */
export interface QueryEdit {
  readonly text: string;
  readonly problems: readonly TextProblem[];
  /** The design (as JSON) shown when the editing began. */
  readonly over: string;
}

export interface QueryViewProps {
  /** The current design, saved or not. */
  readonly query: QueryDefinition;
  /** Replaces the design with the query the MQL reads as (unsaved until the page saves). */
  readonly onApply: (query: QueryDefinition) => void;
  readonly edit: QueryEdit | undefined;
  readonly onEdit: (edit: QueryEdit | undefined) => void;
  /** Shows the MQL without Apply. */
  readonly readOnly?: boolean;
}

/**
 * The **Query** view of the designer, as Dynamics' segment designer had it: the design as MQL
 * (Dynamics' segment query language), editable; **Apply** reads the text (`POST /api/mql/parse`) and
 * replaces the design. When the text has problems, the design is left as it is and so is the text,
 * with each problem listed under it at its line and column and its line marked. A design that cannot
 * be printed (it has problems of its own, or no blocks yet) leaves the text empty and editable, so
 * that a query can still be pasted over it.
 */
export function QueryView({ query, onApply, edit, onEdit, readOnly = false }: QueryViewProps) {
  const id = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const printed = usePrintedMql(query);
  const schema = useSchema();
  const parse = useParseMql();
  const [applying, setApplying] = useState(false);
  const design = JSON.stringify(query);
  const empty = query.blocks.length === 0;
  const text = edit?.text ?? (empty ? '' : (printed.data ?? ''));
  const problems = edit?.problems ?? [];
  const loading = edit === undefined && !empty && printed.isPending;
  const designProblems =
    edit === undefined && printed.error instanceof ApiError && printed.error.problems.length > 0
      ? printed.error.problems
      : [];
  const printError = edit === undefined && printed.isError && designProblems.length === 0;

  const setText = (next: string) => {
    onEdit({ text: next, problems: [], over: edit?.over ?? design });
  };

  const apply = async () => {
    if (readOnly || applying) return;
    setApplying(true);
    try {
      const next = await parse(text);
      onEdit(undefined);
      onApply(next);
    } catch (caught) {
      onEdit({ text, problems: textProblemsOf(caught), over: edit?.over ?? design });
    } finally {
      setApplying(false);
    }
  };

  const goTo = (problem: TextProblem) => {
    const area = textRef.current;
    if (area === null || problem.line === undefined) return;
    const at = offsetOf(area.value, problem.line, problem.column ?? 1);
    area.focus();
    area.setSelectionRange(at, at);
  };

  const hintId = `${id}-hint`;
  const problemsId = `${id}-problems`;
  return (
    <div className="query-view">
      <Label htmlFor={`${id}-text`}>Query (MQL)</Label>
      <p id={hintId} className="designer-hint">
        {readOnly
          ? 'The design in Dynamics’ segment query language.'
          : 'The design in Dynamics’ segment query language. Edit it, or paste a query from Dynamics, then Apply (Ctrl+Enter) to rebuild the design; Save keeps it.'}
      </p>
      {empty && edit === undefined && (
        <p className="designer-hint">No query blocks yet: paste a segment query to start from it.</p>
      )}
      {loading && <p className="designer-hint">Writing the design as MQL…</p>}
      {designProblems.length > 0 && (
        <div role="alert" className="designer-problems">
          <p>
            The design has problems, so it cannot be shown as MQL. Fix them on the Designer tab, or type a
            query here to replace the design:
          </p>
          <ul>
            {designProblems.map((problem, index) => (
              <li key={index}>{designProblemText(query, schema.data, problem, messageOf(problem))}</li>
            ))}
          </ul>
        </div>
      )}
      {printError && (
        <p role="alert" className="designer-problems">
          The design cannot be shown as MQL: {printed.error.message}
        </p>
      )}
      {edit !== undefined && edit.over !== design && (
        <p role="status" className="designer-hint">
          The design changed after you edited this text. Apply replaces the design with this text; Discard
          changes shows the design’s query.
        </p>
      )}
      <QueryEditor
        id={`${id}-text`}
        textRef={textRef}
        text={text}
        onText={setText}
        marked={problemLines(problems)}
        readOnly={readOnly || loading}
        describedBy={problems.length > 0 ? `${hintId} ${problemsId}` : hintId}
        invalid={problems.length > 0}
        onApplyKey={() => void apply()}
      />
      <QueryProblemList id={problemsId} problems={problems} onGoTo={goTo} />
      {!readOnly && (
        <div className="query-actions">
          <Button
            appearance="primary"
            onClick={() => void apply()}
            disabled={applying || loading || text.trim() === ''}
            aria-busy={applying || undefined}
          >
            {applying ? 'Applying…' : 'Apply'}
          </Button>
          {edit !== undefined && (
            <Button
              onClick={() => {
                onEdit(undefined);
              }}
            >
              Discard changes
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
