import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aSegment } from '../segments/test-data.ts';
import { adminKey, aKey, anEntry, errorReply, renderSettingsAt, stubApi } from './settings-test-kit.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const firstPage = [
  anEntry({ seq: 1, keyName: 'marketing browser', keyId: 'k5', action: 'segment.go-live' }),
  anEntry({ seq: 2, action: 'segment.delete', target: 'seg9' }),
  anEntry({ seq: 3, keyId: null, keyName: null, action: 'key.revoke', targetKind: 'key', target: 'k2' }),
  anEntry({
    seq: 4,
    action: 'schema.attribute.create',
    targetKind: 'attribute',
    target: 'contact.new_loyalty',
  }),
  anEntry({ seq: 5, action: 'segment.archive', targetKind: 'segment', target: 'seg1' }),
];

function auditServer() {
  return stubApi({
    'GET /api/audit': (call) =>
      call.search.get('after') === '5'
        ? {
            json: {
              items: [anEntry({ seq: 6, action: 'webhook.create', targetKind: 'webhook', target: 'wh1' })],
              nextCursor: null,
            },
          }
        : { json: { items: firstPage, nextCursor: '5' } },
    'GET /api/segments/seg1': () => ({ json: aSegment() }),
    'GET /api/segments/seg9': () => errorReply(404, 'NOT_FOUND', 'There is no segment "seg9".'),
    'GET /api/keys': () => ({ json: { items: [adminKey, aKey({ id: 'k2' })] } }),
  });
}

const rowOf = async (what: string) => {
  const cell = await screen.findByRole('cell', { name: what });
  const row = cell.closest('tr');
  if (row === null) throw new Error(`no row for ${what}`);
  return within(row);
};

describe('the Audit page', () => {
  it('lists who did what to which target, and when, in words', async () => {
    auditServer();
    renderSettingsAt('/settings/audit');
    const published = await rowOf('Published segment');
    expect(published.getByText('marketing browser')).toBeDefined();
    const link = await published.findByRole('link', { name: 'Contacts from Atlantis' });
    expect(link.getAttribute('href')).toBe('/segments/seg1');
    expect(published.getByText(new Date(firstPage[0]?.at ?? '').toLocaleString())).toBeDefined();

    const deleted = await rowOf('Deleted segment');
    expect(deleted.getByText('admin token')).toBeDefined();
    expect(await deleted.findByText('(deleted)')).toBeDefined();
    expect(deleted.getByText('seg9')).toBeDefined();
    expect(deleted.queryByRole('link')).toBeNull();

    const revoked = await rowOf('Revoked key');
    expect(revoked.getByText('Command line')).toBeDefined();
    // The key's id describes its name, in a tooltip the keyboard reaches too.
    const key = await revoked.findByText('campaign tool');
    expect(document.getElementById(key.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Key id: k2',
    );
    expect(key.tabIndex).toBe(0);

    expect((await rowOf('Added attribute')).getByText('contact.new_loyalty')).toBeDefined();
    // An action this app does not know yet is shown as the server names it.
    expect(await rowOf('segment.archive')).toBeDefined();
  });

  it('pages on by the trail’s cursor', async () => {
    const api = auditServer();
    renderSettingsAt('/settings/audit');
    await rowOf('Published segment');
    expect(api.callsTo('GET /api/audit')[0]?.search.get('limit')).toBe('50');
    const next = screen.getByRole<HTMLButtonElement>('button', { name: 'Next page' });
    next.focus();
    await userEvent.keyboard('{Enter}');
    expect(await rowOf('Created webhook')).toBeDefined();
    expect(api.callsTo('GET /api/audit').at(-1)?.search.get('after')).toBe('5');
    expect(screen.queryByRole('cell', { name: 'Published segment' })).toBeNull();
    // The last page: Next page is off as a user perceives it (announced so, doing nothing), and keeps
    // the focus rather than dropping it on the page.
    await waitFor(() => {
      expect(next.getAttribute('aria-disabled')).toBe('true');
    });
    expect(next.disabled).toBe(false);
    expect(document.activeElement).toBe(next);
    const asked = api.callsTo('GET /api/audit').length;
    await userEvent.keyboard('{Enter}');
    expect(api.callsTo('GET /api/audit')).toHaveLength(asked);
  });

  it('tells a key without the admin scope that the trail needs an admin key', async () => {
    stubApi({
      'GET /api/audit': () =>
        errorReply(
          403,
          'FORBIDDEN',
          'The key "import job" has the scope "write"; GET /api/audit needs "admin".',
        ),
    });
    renderSettingsAt('/settings/audit');
    expect(
      await screen.findByText('Your key has the write scope; reading the audit trail needs an admin key.'),
    ).toBeDefined();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
