import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aSegment, atlanteans } from './test-data.ts';
import { renderAt, stubApi } from './test-providers.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('live updates of a live segment', () => {
  it('refreshes the members when the event stream reports a change', async () => {
    let members = atlanteans.slice(0, 1);
    let push: ((text: string) => void) | undefined;
    const api = stubApi({
      'GET /api/segments/seg1': () => ({ json: aSegment({ state: 'live', memberCount: members.length }) }),
      'GET /api/segments/seg1/members': () => ({
        json: { items: members, total: members.length, nextCursor: null },
      }),
    });
    const stubbed = globalThis.fetch;
    vi.stubGlobal('fetch', (input: string, init?: RequestInit) => {
      if (!input.startsWith('/api/events/stream')) return stubbed(input, init);
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          push = (text) => {
            controller.enqueue(new TextEncoder().encode(text));
          };
        },
      });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'text/event-stream' } }));
    });
    renderAt('/segments/seg1');
    await userEvent.click(await screen.findByRole('tab', { name: 'Members' }));
    expect(await screen.findByText('1 member', { selector: '.member-count' })).toBeDefined();
    expect(await screen.findByText('Updating as contacts change')).toBeDefined();
    members = atlanteans;
    push?.('id: 3\nevent: membership\ndata: {"seq":3,"change":"joined"}\n\n');
    expect(
      await screen.findByText('2 members', { selector: '.member-count' }, { timeout: 3_000 }),
    ).toBeDefined();
    expect(api.callsTo('GET /api/segments/seg1/members').length).toBeGreaterThan(1);
  });
});
