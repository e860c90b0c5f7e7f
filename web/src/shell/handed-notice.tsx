import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { RouteLink } from './route-link.tsx';

/**
 * What a page tells the page it goes to, shown there at the top: after Save & Close of a new
 * interaction, the list says "Interaction created: Email Opened", with **Open** going to it.
 */
export interface HandedNotice {
  /** The sentence shown: what was done, to what. */
  readonly text: string;
  /** The page of what the notice is about, which **Open** goes to. */
  readonly href?: string;
}

const key = (path: string) => ['handed-notice', path] as const;

/**
 * Leaves `notice` for the page at `path` (no query: `/records/interaction`), which shows it once when
 * it is next reached. It lives in the query cache, in memory: a reload forgets it.
 *
 * @example
 * handOverNotice(client, '/records/interaction', { text: 'Interaction created: Email Opened', href });
 * navigate('/records/interaction');
 */
export function handOverNotice(client: QueryClient, path: string, notice: HandedNotice): void {
  client.setQueryData(key(path), notice);
}

/**
 * The notice handed over to the page at `path`, read when the page mounts and gone from then on, so
 * that a later visit to the page does not show it again.
 */
export function useHandedNotice(path: string): HandedNotice | undefined {
  const client = useQueryClient();
  // Read without removing (a render must not change the cache); the effect removes it.
  const [notice] = useState(() => client.getQueryData<HandedNotice>(key(path)));
  useEffect(() => {
    client.removeQueries({ queryKey: key(path), exact: true });
  }, [client, path]);
  return notice;
}

/**
 * A handed-over notice as a Fluent success bar that takes the focus when it shows (the page it was
 * handed from is gone, and with it what had the focus), with **Open** when it has a page to go to.
 */
export function HandedNoticeBar({ notice }: { notice: HandedNotice }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <MessageBar ref={ref} tabIndex={-1} intent="success" politeness="polite" className="handed-notice">
      <MessageBarBody>
        <MessageBarTitle>{notice.text}</MessageBarTitle>
      </MessageBarBody>
      {notice.href !== undefined && (
        <MessageBarActions>
          <RouteLink href={notice.href}>Open</RouteLink>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
