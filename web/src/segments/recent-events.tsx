import { useQuery } from '@tanstack/react-query';
import type { MembershipEvent } from '../api/index.ts';
import { useApi } from '../session/index.ts';
import { RouteLink } from '../shell/index.ts';
import { displayName } from './member-types.ts';

const causes = {
  data: 'its data changed',
  definition: 'the definition changed',
  clock: 'time passed',
  manual: 'by hand',
} satisfies Record<MembershipEvent['cause'], string>;

/** A contact's name, fetched once and shared; its id while loading or when it is gone. */
function ContactName({ id }: { id: string }) {
  const api = useApi();
  const contact = useQuery({
    queryKey: ['contact', id],
    queryFn: () => api.get('/api/contacts/{id}', { params: { path: { id } } }),
    staleTime: 60_000,
  });
  return <>{contact.data ? displayName(contact.data) : id}</>;
}

/** The latest joins and leaves, newest first, each with a link to the contact. */
export function RecentEvents({ events }: { events: readonly MembershipEvent[] }) {
  if (events.length === 0) return <p className="muted">No contact has joined or left yet.</p>;
  return (
    <ol className="recent-events" aria-label="Latest joins and leaves">
      {events.map((event) => (
        <li key={event.seq}>
          <span className={`change change-${event.change}`}>
            {event.change === 'joined' ? 'Joined' : 'Left'}
          </span>{' '}
          <RouteLink href={`/contacts/${encodeURIComponent(event.contactId)}`}>
            <ContactName id={event.contactId} />
          </RouteLink>{' '}
          <span className="muted">
            {new Date(event.at).toLocaleString()} ({causes[event.cause]})
          </span>
        </li>
      ))}
    </ol>
  );
}
