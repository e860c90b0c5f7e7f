// Test helpers for the designer: the schema fixture in the data cache, a stateful host, user-event.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { Problem, Schema, Segment } from '../api/index.ts';
import { SessionProvider } from '../session/index.ts';
import type { QueryDefinition } from './definition-types.ts';
import { SegmentDesigner } from './segment-designer.tsx';
import { segmentChoicesKey } from './segment-choices.ts';
// The web tsconfig does not resolve JSON modules; Vite's `?raw` reads the fixture as text.
import schemaText from './test-schema.json?raw';

/** The builtin schema as `GET /api/schema` answers it (generated once from the server, committed). */
export const schema = JSON.parse(schemaText) as Schema;

/** Segments a segment block can choose from. */
export const liveSegments: readonly Segment[] = [
  {
    id: 'seg_unsubscribed',
    name: 'Unsubscribed',
    type: 'static',
    state: 'draft',
    timeZone: 'UTC',
    memberCount: 2,
    createdAt: '2026-03-01T00:00:00.000Z',
    updatedAt: '2026-03-01T00:00:00.000Z',
    goLiveAt: null,
    definition: { name: 'Unsubscribed', type: 'static', timeZone: 'UTC' },
  },
];

interface Options {
  readonly query?: QueryDefinition;
  readonly problems?: readonly Problem[];
  readonly readOnly?: boolean;
  /** Let the designer fetch the segments a segment block may read, instead of `liveSegments`. */
  readonly fetchSegments?: boolean;
}

/** Renders the designer in a host that keeps the query, as a page does; `query()` is the last one emitted. */
export function renderDesigner({
  query = { blocks: [] },
  problems = [],
  readOnly = false,
  fetchSegments = false,
}: Options = {}) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(['schema'], schema);
  if (!fetchSegments) client.setQueryData(segmentChoicesKey, liveSegments);
  let latest = query;
  function Host() {
    const [current, setCurrent] = useState(query);
    return (
      <SegmentDesigner
        query={current}
        problems={problems}
        readOnly={readOnly}
        onChange={(next) => {
          latest = next;
          setCurrent(next);
        }}
      />
    );
  }
  const user = userEvent.setup();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={client}>
        <SessionProvider initialToken="test-token">
          <Host />
        </SessionProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
  return { ...view, user, query: () => latest };
}

/** The item at `index`, failing the test when there is none. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index} of ${items.length}`);
  return item;
}
