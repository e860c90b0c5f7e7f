import { useState } from 'react';
import { useParams } from 'wouter';
import type { Segment } from '../api/index.ts';
import { RouteLink } from '../shell/index.ts';
import { SegmentEditor } from './segment-editor.tsx';
import { draftOfDefinition, type SegmentDraft } from './segment-draft.ts';
import { SegmentTemplatesDialog } from './segment-templates-dialog.tsx';

/** What a template filled in: the draft, and the notice that says nothing is saved yet. */
interface FromTemplate {
  readonly draft: SegmentDraft;
  readonly notice: string;
}

/** A new segment of one type; a dynamic one first offers the templates. */
function NewSegment({ type }: { type: Segment['type'] }) {
  const [choosing, setChoosing] = useState(type === 'dynamic');
  const [fromTemplate, setFromTemplate] = useState<FromTemplate>();
  return (
    <>
      <SegmentEditor
        // A template's draft replaces the empty one: a new editor, starting from it.
        key={fromTemplate === undefined ? 'empty' : 'template'}
        segment={undefined}
        type={type}
        initialDraft={fromTemplate?.draft}
        initialNotice={fromTemplate?.notice}
      />
      {choosing && (
        <SegmentTemplatesDialog
          onSkip={() => {
            setChoosing(false);
          }}
          onUse={(template, definition) => {
            setFromTemplate({
              draft: draftOfDefinition(definition, type),
              notice: `Filled in from the template “${template.name}”. Nothing is saved until you select Save.`,
            });
            setChoosing(false);
          }}
        />
      )}
    </>
  );
}

/**
 * `/segments/new/:type`: a new dynamic or static segment. A dynamic one opens with the **Segment
 * Templates** dialog; **Skip** leaves an empty query, a template fills the page (nothing is created
 * until **Save**).
 */
export function NewSegmentPage() {
  const { type } = useParams<{ type: string }>();
  if (type !== 'dynamic' && type !== 'static') {
    return (
      <section>
        <h1>Unknown kind of segment</h1>
        <p>
          A segment is dynamic or static. <RouteLink href="/segments">Back to Segments</RouteLink>
        </p>
      </section>
    );
  }
  return <NewSegment key={type} type={type} />;
}
