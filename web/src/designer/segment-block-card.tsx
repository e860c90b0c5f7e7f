import { Button, Select, Field } from '@fluentui/react-components';
import { CombineSelect } from './combine-select.tsx';
import type { SegmentBlock } from './definition-types.ts';
import { useDesigner } from './designer-context.tsx';
import { ProblemList } from './problem-list.tsx';
import { useBlockFrame } from './use-block-frame.ts';
import { useSegmentChoices } from './segment-choices.ts';

export interface SegmentBlockCardProps {
  readonly block: SegmentBlock;
  readonly index: number;
  readonly onChange: (block: SegmentBlock) => void;
  readonly onRemove: () => void;
}

/** A segment block: the members of another segment (live, or static), combined with the blocks before. */
export function SegmentBlockCard({ block, index, onChange, onRemove }: SegmentBlockCardProps) {
  const { readOnly } = useDesigner();
  const { problems, focusRef, headingId, problemsId, invalid } = useBlockFrame(index);
  const choices = useSegmentChoices();
  const segments = choices.data ?? [];
  const known = segments.some((segment) => segment.id === block.segment);
  return (
    <section aria-labelledby={headingId} className="designer-block">
      <div className="designer-controls designer-block-head">
        {index > 0 && (
          <CombineSelect
            value={block.combine}
            onChange={(combine) => {
              onChange({ ...block, combine });
            }}
            disabled={readOnly}
            invalid={invalid('combine')}
          />
        )}
        <h3 id={headingId}>Block {index + 1}</h3>
        <Field label="Segment" orientation="horizontal">
          <Select
            ref={focusRef}
            disabled={readOnly}
            value={block.segment}
            onChange={(event) => {
              onChange({ ...block, segment: event.target.value });
            }}
            {...invalid('segment')}
          >
            {!known && (
              <option value={block.segment}>{block.segment === '' ? 'Select segment' : block.segment}</option>
            )}
            {segments.map((segment) => (
              <option key={segment.id} value={segment.id}>
                {`${segment.name}${segment.type === 'static' ? ' (static)' : ''}`}
              </option>
            ))}
          </Select>
        </Field>
        {!readOnly && (
          <Button className="designer-delete" onClick={onRemove}>
            Delete block
          </Button>
        )}
      </div>
      {choices.isPending && <p className="designer-hint">Loading segments…</p>}
      {choices.isError && (
        <p role="alert" className="designer-problems">
          The segments could not be loaded: {choices.error.message}
        </p>
      )}
      {choices.isSuccess && segments.length === 0 && (
        <p className="designer-hint">
          No live or static segment yet: a segment block reads the members of one.
        </p>
      )}
      <ProblemList id={problemsId} problems={problems} />
    </section>
  );
}
