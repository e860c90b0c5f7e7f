import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MembershipEvent } from '../api/index.ts';
import { historySummary } from './member-history-chart.tsx';
import { aSegment, atlanteans } from './test-data.ts';
import { renderAt, stubApi } from './test-providers.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const history = [
  { at: '2026-03-10T17:00:00.000Z', count: 2 },
  { at: '2026-03-11T09:30:00.000Z', count: 5 },
  { at: '2026-03-12T12:00:00.000Z', count: 4 },
];

/** 25 events, c1 joining first and the last one c2 leaving; pages of 10. */
const events: MembershipEvent[] = Array.from({ length: 25 }, (_, i) => ({
  seq: i + 1,
  segmentId: 'seg1',
  contactId: i === 24 ? 'c2' : i === 23 ? 'gone' : 'c1',
  change: i === 24 ? 'left' : 'joined',
  at: '2026-03-12T12:00:00.000Z',
  cause: i === 24 ? 'data' : 'definition',
}));

describe('the Insights tab', () => {
  it('charts the member count over time with a text summary, and lists the newest joins and leaves', async () => {
    const api = stubApi({
      'GET /api/segments/seg1': () => ({ json: aSegment({ state: 'live', memberCount: 4 }) }),
      'GET /api/segments/seg1/history': () => ({ json: { segmentId: 'seg1', items: history } }),
      'GET /api/events': (call) => {
        const after = Number(call.search.get('after') ?? 0);
        const items = events.filter((e) => e.seq > after).slice(0, 10);
        return { json: { items, nextAfter: items.at(-1)?.seq ?? after, hasMore: items.length === 10 } };
      },
      'GET /api/contacts/c1': () => ({ json: atlanteans[0] }),
      'GET /api/contacts/c2': () => ({ json: atlanteans[1] }),
    });
    renderAt('/segments/seg1');
    await userEvent.click(await screen.findByRole('tab', { name: 'Insights' }));
    expect(await screen.findByText(historySummary(history))).toBeDefined();
    expect(historySummary(history)).toMatch(
      /^From 2 members on .* to 4 on .*; highest 5, lowest 2, over 3 changes\.$/,
    );
    const list = await screen.findByRole('list', { name: 'Latest joins and leaves' });
    const items = await within(list).findAllByRole('listitem');
    expect(items).toHaveLength(20);
    expect(items[0]?.textContent).toMatch(/^Left Alan Turing/);
    expect(await within(items[1] as HTMLElement).findByRole('link', { name: 'gone' })).toBeDefined();
    expect(
      within(items[0] as HTMLElement)
        .getByRole('link')
        .getAttribute('href'),
    ).toBe('/contacts/c2');
    expect(api.callsTo('GET /api/events').map((c) => c.search.get('after'))).toEqual(['0', '10', '20']);
    expect(api.callsTo('GET /api/events').every((c) => c.search.get('segment') === 'seg1')).toBe(true);
  });

  it('says when nothing has been recorded yet', () => {
    expect(historySummary([])).toBe('No member count has been recorded yet.');
  });
});
