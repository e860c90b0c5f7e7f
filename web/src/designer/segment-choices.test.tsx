import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Segment, SegmentPage } from '../api/index.ts';
import { liveSegments, nth, renderDesigner } from './designer-test-kit.tsx';

const base = nth(liveSegments, 0);
const segment = (id: string, name: string, changes: Partial<Segment>): Segment => ({
  ...base,
  id,
  name,
  definition: { ...base.definition, name },
  ...changes,
});

/** `GET /api/segments` as the server pages it: items and the next page's cursor, no total. */
const pages: Record<string, SegmentPage> = {
  first: {
    items: [
      segment('seg_vip', 'VIP', { type: 'static' }),
      segment('seg_draft', 'Half done', { type: 'dynamic', state: 'draft' }),
    ],
    nextCursor: 'page2',
  },
  page2: {
    items: [segment('seg_atlantis', 'Atlanteans', { type: 'dynamic', state: 'live' })],
    nextCursor: null,
  },
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the segments a segment block may read', () => {
  it('are those of every page of the segment list, live dynamic and static ones', async () => {
    const asked: (string | null)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((input: string) => {
        const url = new URL(input, 'http://segmint.test');
        const cursor = url.searchParams.get('cursor');
        asked.push(cursor);
        const page = url.pathname === '/api/segments' ? pages[cursor ?? 'first'] : undefined;
        return Promise.resolve(
          new Response(JSON.stringify(page ?? { error: { code: 'NOT_FOUND', message: 'No.' } }), {
            status: page === undefined ? 404 : 200,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }),
    );
    const { user } = renderDesigner({ fetchSegments: true });
    await user.click(screen.getByRole('button', { name: 'Add segment block' }));
    const picker = within(screen.getByRole('region', { name: 'Block 1' })).getByRole('combobox', {
      name: 'Segment',
    });
    await within(picker).findByRole('option', { name: 'Atlanteans' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Select segment', 'VIP (static)', 'Atlanteans']);
    expect(asked).toEqual([null, 'page2']);
  });
});
