import { Textarea, Tooltip } from '@fluentui/react-components';
import type { Ref } from 'react';
import { linesOf } from './query-text.ts';

interface Props {
  readonly id: string;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** The lines with problems: marked in the gutter and across the text. */
  readonly marked: ReadonlySet<number>;
  readonly readOnly: boolean;
  /** The ids of what describes the text: the hint and, when there are problems, their list. */
  readonly describedBy: string;
  readonly invalid: boolean;
  readonly onApplyKey: () => void;
  readonly textRef: Ref<HTMLTextAreaElement>;
}

/**
 * MQL in a Fluent `Textarea` in a monospace font, with line numbers beside it; a line with a problem
 * is marked in the gutter (⚠ and its number) and shaded across the text. Lines do not wrap, so that
 * each stays beside its number; the frame scrolls, the gutter with the text. Ctrl+Enter (⌘+Enter)
 * applies.
 */
export function QueryEditor({
  id,
  text,
  onText,
  marked,
  readOnly,
  describedBy,
  invalid,
  onApplyKey,
  textRef,
}: Props) {
  const lines = linesOf(text);
  return (
    <div className="query-editor">
      <div className="query-scroll">
        <div className="query-gutter" aria-hidden="true">
          {lines.map((_, index) => {
            const line = index + 1;
            const problem = marked.has(line);
            if (!problem)
              return (
                <span key={line} className="query-line-number">
                  {line}
                </span>
              );
            // The problems themselves are listed under the box; the mark says so to a mouse too.
            return (
              <Tooltip key={line} content={`Line ${line} has a problem`} relationship="description">
                <span className="query-line-number query-line-problem">{`⚠ ${line}`}</span>
              </Tooltip>
            );
          })}
        </div>
        <div className="query-field">
          {[...marked].map((line) => (
            <span key={line} className="query-mark" style={{ top: `calc(0.5rem + ${line - 1} * 1.5em)` }} />
          ))}
          <Textarea
            ref={textRef}
            id={id}
            className="query-textarea"
            textarea={{ className: 'query-text' }}
            resize="none"
            value={text}
            rows={Math.max(lines.length + 1, 6)}
            wrap="off"
            spellCheck={false}
            autoCapitalize="off"
            autoComplete="off"
            readOnly={readOnly}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            onChange={(_event, data) => {
              onText(data.value);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                onApplyKey();
              }
            }}
          />
        </div>
      </div>
    </div>
  );
}
