import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useApi } from '../session/index.ts';
import { parseServerSentEvents } from './sse-parser.ts';

/** Whether the page is following the segment's membership events now. */
export type LiveStatus = 'off' | 'open' | 'reconnecting';

const refreshDelayMs = 1_000;
const maxRetryMs = 30_000;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * Follows `GET /api/events/stream?segment=` while `enabled`, and refreshes the segment's data (count,
 * members, insights) at most once a second while events arrive. EventSource cannot send the bearer
 * token, so the stream is read with fetch; after a dropped connection it resumes with Last-Event-ID.
 */
export function useLiveMembership(segmentId: string, enabled: boolean): LiveStatus {
  const api = useApi();
  const client = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('off');

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const { signal } = controller;
    const stopped = () => signal.aborted;
    let lastId: string | undefined;
    let refresh: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      refresh ??= setTimeout(() => {
        refresh = undefined;
        void client.invalidateQueries({ queryKey: ['segment', segmentId] });
      }, refreshDelayMs);
    };

    const follow = async () => {
      let retry = 2_000;
      while (!stopped()) {
        try {
          const headers = api.headers(lastId === undefined ? {} : { 'last-event-id': lastId });
          const response = await fetch(api.url('/api/events/stream', { segment: segmentId }), {
            headers,
            signal,
          });
          // A refusal (a stale token, an old server without the stream) will not heal by retrying.
          if (response.status >= 400 && response.status < 500) break;
          if (!response.ok || response.body === null) throw new Error(`stream answered ${response.status}`);
          setStatus('open');
          retry = 2_000;
          const reader = response.body.getReader();
          const decoder = new TextDecoder();
          let buffer = '';
          for (;;) {
            const { value, done } = await reader.read();
            if (done) break;
            const parsed = parseServerSentEvents(buffer + decoder.decode(value, { stream: true }));
            buffer = parsed.rest;
            for (const event of parsed.events) {
              if (event.id !== undefined) lastId = event.id;
              if (event.event === 'membership') changed();
            }
          }
        } catch {
          // Dropped or unreachable: try again below, unless the page went away.
        }
        if (stopped()) break;
        setStatus('reconnecting');
        await sleep(retry, signal);
        retry = Math.min(retry * 2, maxRetryMs);
      }
      if (!stopped()) setStatus('off');
    };

    void follow();
    return () => {
      controller.abort();
      if (refresh !== undefined) clearTimeout(refresh);
      setStatus('off');
    };
  }, [api, client, segmentId, enabled]);

  return enabled ? status : 'off';
}
