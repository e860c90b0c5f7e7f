import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'wouter';
import type { Segment } from '../api/index.ts';
import { SegmentEditor } from './segment-editor.tsx';
import { SegmentTemplatesDialog } from './segment-templates-dialog.tsx';

/** A new segment of one type; a dynamic one first offers the templates. */
function NewSegment({ type }: { type: Segment['type'] }) {
  const client = useQueryClient();
  const [, navigate] = useLocation();
  const [choosing, setChoosing] = useState(type === 'dynamic');
  return (
    <>
      <SegmentEditor segment={undefined} type={type} />
      {choosing && (
        <SegmentTemplatesDialog
          onSkip={() => {
            setChoosing(false);
          }}
          onCreated={(segment) => {
            client.setQueryData(['segment', segment.id], segment);
            void client.invalidateQueries({ queryKey: ['segments'] });
            navigate(`/segments/${encodeURIComponent(segment.id)}`);
          }}
        />
      )}
    </>
  );
}

/**
 * `/segments/new/:type`: a new dynamic or static segment. A dynamic one opens with the **Segment
 * Templates** dialog; **Skip** leaves an empty query, a template makes a draft and opens it.
 */
export function NewSegmentPage() {
  const { type } = useParams<{ type: string }>();
  if (type !== 'dynamic' && type !== 'static') {
    return (
      <section>
        <h1>Unknown kind of segment</h1>
        <p>
          A segment is dynamic or static. <Link href="/segments">Back to Segments</Link>
        </p>
      </section>
    );
  }
  return <NewSegment key={type} type={type} />;
}
