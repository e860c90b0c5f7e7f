// Test helpers for the segment pages: the app's providers around a memory router, and a fake API.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Link, Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { vi } from 'vitest';
import { SessionProvider } from '../session/index.ts';
import { NewSegmentPage } from './new-segment-page.tsx';
import { SegmentPage } from './segment-page.tsx';
import { SegmentsPage } from './segments-page.tsx';

// The segment pages' routes as routes.tsx has them (the other areas are not needed here).
const routes = [
  { path: '/segments/new/:type', component: NewSegmentPage },
  { path: '/segments/:id', component: SegmentPage },
  { path: '/segments', component: SegmentsPage },
];

/** One request the fake API received. */
export interface Call {
  readonly method: string;
  readonly path: string;
  readonly search: URLSearchParams;
  readonly body: unknown;
  readonly headers: Headers;
}

/** What a fake route answers: a JSON body with a status (200 by default), or raw text. */
export interface Reply {
  readonly status?: number;
  readonly json?: unknown;
  readonly text?: string;
  readonly type?: string;
}

type Handler = (call: Call) => Reply;

/** A JSON error answer as the server sends it. */
export function errorReply(status: number, code: string, message: string, details?: unknown): Reply {
  return { status, json: { error: { code, message, ...(details === undefined ? {} : { details }) } } };
}

/**
 * Stubs `fetch` with routes keyed `METHOD /path` (no query string); every call is recorded. A route
 * not listed answers 404 the way the server does.
 */
export function stubApi(routes: Record<string, Handler>) {
  const calls: Call[] = [];
  const fetchStub = vi.fn((input: string | URL | Request, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : input, 'http://segmint.test');
    const text = typeof init.body === 'string' ? init.body : undefined;
    const call: Call = {
      method: init.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      search: url.searchParams,
      body: text === undefined ? undefined : (JSON.parse(text) as unknown),
      headers: new Headers(init.headers),
    };
    calls.push(call);
    const handler = routes[`${call.method} ${call.path}`];
    const reply = handler
      ? handler(call)
      : errorReply(404, 'NOT_FOUND', `No route ${call.method} ${call.path}.`);
    const body = reply.text ?? (reply.json === undefined ? '' : JSON.stringify(reply.json));
    const status = reply.status ?? 200;
    return Promise.resolve(
      new Response(status === 204 ? null : body, {
        status,
        headers: { 'content-type': reply.type ?? 'application/json' },
      }),
    );
  });
  vi.stubGlobal('fetch', fetchStub);
  /** The calls of `METHOD /path`. */
  const callsTo = (key: string) => calls.filter((c) => `${c.method} ${c.path}` === key);
  return { calls, callsTo };
}

/**
 * Renders the segment pages at `path` inside the session, data and router providers: in a memory
 * router, or with `browser`, in the window's own history (pushed onto it), for Back and Forward.
 */
export function renderAt(path: string, { browser = false }: { browser?: boolean } = {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  const location = memoryLocation({ path, record: true });
  if (browser) window.history.pushState(null, '', path);
  const view = render(
    <QueryClientProvider client={client}>
      <SessionProvider initialToken="test-token">
        <Router {...(browser ? {} : { hook: location.hook })}>
          {/* A link elsewhere in the app, as the app's navigation has them. */}
          <nav aria-label="Test navigation">
            <Link href="/segments">Back to the list</Link>
          </nav>
          <Switch>
            {routes.map((route) => (
              <Route key={route.path} path={route.path} component={route.component} />
            ))}
          </Switch>
        </Router>
      </SessionProvider>
    </QueryClientProvider>,
  );
  /** The path the app is at now. */
  const currentPath = () => (browser ? window.location.pathname : location.history.at(-1));
  return { ...view, client, currentPath };
}
