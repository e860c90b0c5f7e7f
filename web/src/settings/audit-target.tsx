import { Tooltip } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { ApiError, type AuditEntry } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { useKeys } from './use-keys.ts';

/** A segment by id: its name linked to its page while it exists, its id marked deleted once it is gone. */
function SegmentTarget({ id }: { id: string }) {
  const api = useApi();
  // The same cache entry as the segment's own page.
  const segment = useQuery({
    queryKey: ['segment', id],
    queryFn: () => api.get('/api/segments/{id}', { params: { path: { id } } }),
    staleTime: 30_000,
  });
  if (segment.data !== undefined)
    return <Link href={`/segments/${encodeURIComponent(id)}`}>{segment.data.name}</Link>;
  const gone = segment.error instanceof ApiError && segment.error.status === 404;
  return (
    <>
      <code>{id}</code>
      {gone && <span className="muted"> (deleted)</span>}
    </>
  );
}

/**
 * A key by id, named as the Keys page names it; its id (two keys may share a name) in a Fluent Tooltip
 * that describes the name, shown under the pointer and on keyboard focus, and read by screen readers.
 */
function KeyTarget({ id }: { id: string }) {
  const keys = useKeys();
  const key = keys.data?.find((k) => k.id === id);
  if (key === undefined) return <code>{id}</code>;
  return (
    <Tooltip content={`Key id: ${id}`} relationship="description">
      <span tabIndex={0}>{key.name}</span>
    </Tooltip>
  );
}

/** What an audit entry changed: segments linked, keys by name, anything else as the trail names it. */
export function AuditTarget({ entry }: { entry: AuditEntry }) {
  if (entry.target === '') return <span className="muted">—</span>;
  switch (entry.targetKind) {
    case 'segment':
      return <SegmentTarget id={entry.target} />;
    case 'key':
      return <KeyTarget id={entry.target} />;
    default:
      return <code>{entry.target}</code>;
  }
}
