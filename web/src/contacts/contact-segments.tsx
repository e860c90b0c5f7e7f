import { Field, Select } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import type { ContactSegments as SegmentsOfContact, Schema, Segment } from '../api/index.ts';
import { entityOf, useAllSegments, useSchema } from '../data/index.ts';
import { useApi } from '../session/index.ts';
import { ExplanationTree, type ValueLabel } from './explanation-tree.tsx';
import { LoadError, Loading } from './query-state.tsx';

/** One segment a contact belongs to (`GET /api/contacts/{id}/segments`). */
export type ContactSegment = SegmentsOfContact['items'][number];

const sourceText = {
  query: 'matches the query',
  added: 'added by hand',
  included: 'included by hand',
} as const;

/** Reads choice values by their option labels, as the designer shows them. */
function valueLabelOf(schema: Schema | undefined): ValueLabel {
  return (entity, attribute, value) =>
    entityOf(schema, entity)
      ?.attributes.find((a) => a.name === attribute)
      ?.options?.find((option) => option.value === value)?.label ?? String(value);
}

const stateNote = {
  live: '.',
  draft: ' (a draft: it has members once it goes live).',
  stopped: ' (stopped: its members are kept but no longer updated).',
} as const;

function segmentHref(id: string): string {
  return `/segments/${encodeURIComponent(id)}`;
}

function Explanation({
  contactId,
  segment,
  segments,
}: {
  contactId: string;
  segment: Segment;
  segments: readonly Segment[];
}) {
  const api = useApi();
  const schema = useSchema();
  const why = useQuery({
    queryKey: ['explain', segment.id, contactId],
    queryFn: () =>
      api.get('/api/segments/{id}/explain/{contactId}', {
        params: { path: { id: segment.id, contactId } },
      }),
  });
  if (why.isPending) return <Loading what="the explanation" />;
  if (why.isError)
    return <LoadError what="The explanation" error={why.error} onRetry={() => void why.refetch()} />;
  const { member, override, explanation } = why.data;
  const segmentName = (id: string) => segments.find((s) => s.id === id)?.name ?? id;
  return (
    <div className="explanation" aria-live="polite">
      <p className={member ? 'verdict member' : 'verdict not-member'}>
        {member ? '✓' : '✗'} This contact {member ? 'is' : 'is not'} a member of {segment.name}
        {stateNote[segment.state]}
      </p>
      {explanation !== null && override === null && explanation.member !== member && (
        <p>
          Its query {explanation.member ? 'matches' : 'does not match'} this contact now
          {segment.state === 'draft' ? ': it will be a member once the segment goes live.' : '.'}
        </p>
      )}
      {override === 'include' && <p>It is included by hand, whatever the query says.</p>}
      {override === 'exclude' && <p>It is excluded by hand, whatever the query says.</p>}
      {explanation === null ? (
        <p>This is a static segment: members are added and removed by hand.</p>
      ) : (
        <ExplanationTree
          blocks={explanation.blocks}
          segmentName={segmentName}
          valueLabel={valueLabelOf(schema.data)}
        />
      )}
    </div>
  );
}

/**
 * A contact's Segments section: the segments it belongs to, and for any segment chosen in the list
 * why the contact is or is not a member (`GET /api/segments/{id}/explain/{contactId}`).
 */
export function ContactSegments({ contactId }: { contactId: string }) {
  const api = useApi();
  const [chosen, setChosen] = useState('');
  const belongs = useQuery({
    queryKey: ['contact-segments', contactId],
    queryFn: () => api.get('/api/contacts/{id}/segments', { params: { path: { id: contactId } } }),
  });
  const all = useAllSegments();
  const segments = all.data ?? [];
  const segment = segments.find((s) => s.id === chosen);

  return (
    <section className="card contact-segments" aria-labelledby="contact-segments-title">
      <h2 id="contact-segments-title">Segments</h2>
      {belongs.isPending ? (
        <Loading what="segments" />
      ) : belongs.isError ? (
        <LoadError
          what="This contact's segments"
          error={belongs.error}
          onRetry={() => void belongs.refetch()}
        />
      ) : belongs.data.items.length === 0 ? (
        <p className="muted">This contact is in no segment.</p>
      ) : (
        <ul className="segment-list" aria-label="Segments this contact belongs to">
          {belongs.data.items.map((item) => (
            <li key={item.id}>
              <Link href={segmentHref(item.id)}>{item.name}</Link>{' '}
              <span className="muted">
                {item.type === 'static' ? 'Static' : 'Dynamic'}, {item.state}; {sourceText[item.source]}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Why is this contact in a segment, or not?</h3>
      {all.isError ? (
        <LoadError what="The segments" error={all.error} onRetry={() => void all.refetch()} />
      ) : (
        <Field label="Segment to explain" className="field explain-picker">
          <Select
            value={chosen}
            disabled={all.isPending}
            onChange={(_event, data) => {
              setChosen(data.value);
            }}
          >
            <option value="">{all.isPending ? 'Loading segments…' : '--Select a segment--'}</option>
            {segments.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.state})
              </option>
            ))}
          </Select>
        </Field>
      )}
      {segment !== undefined && <Explanation contactId={contactId} segment={segment} segments={segments} />}
    </section>
  );
}
