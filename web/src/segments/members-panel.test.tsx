import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Segment } from '../api/index.ts';
import schemaText from '../designer/test-schema.json?raw';
import { sampleQuery } from './fake-designer.tsx';
import type { Member } from './member-types.ts';
import { aSegment, atlanteans } from './test-data.ts';
import { renderAt, stubApi, type Call, type Reply } from './test-providers.tsx';

vi.mock('../designer/index.ts', async () => (await import('./fake-designer.tsx')).fakeDesignerModule);

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const live = aSegment({ state: 'live', memberCount: 2 });
const vips = aSegment({ id: 'seg1', name: 'VIPs', type: 'static', state: 'live', memberCount: 2 });

function memberRoutes(segment: Segment, more: Record<string, (call: Call) => Reply> = {}) {
  let members: readonly Member[] = [...atlanteans];
  const api = stubApi({
    'GET /api/segments/seg1': () => ({ json: segment }),
    'GET /api/segments/seg1/members': () => ({
      json: { items: members, total: members.length, nextCursor: null },
    }),
    'POST /api/segments/seg1/members': () => ({ json: { changed: ['c3'], memberCount: 3 } }),
    ...more,
  });
  const setMembers = (next: typeof members) => {
    members = next;
  };
  return { ...api, setMembers };
}

async function openMembers() {
  await userEvent.click(await screen.findByRole('tab', { name: 'Members' }));
  return screen.findByText(/^\d+ members?/, { selector: '.member-count' });
}

describe('the Members tab', () => {
  it('lists the members with their count and links to the contacts, and Refresh refetches', async () => {
    const api = memberRoutes(live);
    renderAt('/segments/seg1');
    expect((await openMembers()).textContent).toBe('2 members');
    const ada = screen.getByRole('link', { name: 'Ada Lovelace' });
    expect(ada.getAttribute('href')).toBe('/contacts/c1');
    expect(screen.getByText('alan@example.com')).toBeDefined();
    api.setMembers([
      ...atlanteans,
      { id: 'c3', fullname: 'Grace Hopper', emailaddress1: 'grace@example.com' },
    ]);
    const before = api.callsTo('GET /api/segments/seg1/members').length;
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    expect(await screen.findByRole('link', { name: 'Grace Hopper' })).toBeDefined();
    expect(screen.getByText('3 members')).toBeDefined();
    expect(api.callsTo('GET /api/segments/seg1/members').length).toBeGreaterThan(before);
  });

  it('sorts by a column header, asking the server for that order, and sends the search', async () => {
    const api = memberRoutes(live);
    renderAt('/segments/seg1');
    await openMembers();
    const user = userEvent.setup();
    expect(api.callsTo('GET /api/segments/seg1/members')[0]?.search.get('sort')).toBe('fullname');
    expect(screen.getByRole('columnheader', { name: /Full Name/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
    await user.click(screen.getByRole('button', { name: 'Email' }));
    await waitFor(() => {
      expect(api.callsTo('GET /api/segments/seg1/members').at(-1)?.search.get('sort')).toBe('emailaddress1');
    });
    await user.click(screen.getByRole('button', { name: /Email/ }));
    await waitFor(() => {
      expect(api.callsTo('GET /api/segments/seg1/members').at(-1)?.search.get('sort')).toBe('-emailaddress1');
    });
    expect(screen.getByRole('columnheader', { name: /Email/ }).getAttribute('aria-sort')).toBe('descending');
    await user.type(screen.getByLabelText('Search members'), 'ada');
    await waitFor(() => {
      expect(api.callsTo('GET /api/segments/seg1/members').at(-1)?.search.get('search')).toBe('ada');
    });
    expect(api.callsTo('GET /api/segments/seg1/members').at(-1)?.search.get('sort')).toBe('-emailaddress1');
  });

  it('downloads members.csv with the bearer token', async () => {
    const api = memberRoutes(live, {
      'GET /api/segments/seg1/members.csv': () => ({
        text: 'id,fullname\nc1,Ada Lovelace\n',
        type: 'text/csv',
      }),
    });
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:members');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const downloads: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push({ href: this.href, download: this.download });
    });
    renderAt('/segments/seg1');
    await openMembers();
    await userEvent.click(screen.getByRole('button', { name: 'Export to CSV' }));
    await waitFor(() => {
      expect(downloads).toEqual([{ href: 'blob:members', download: 'members.csv' }]);
    });
    const call = api.callsTo('GET /api/segments/seg1/members.csv')[0];
    expect(call?.headers.get('authorization')).toBe('Bearer test-token');
    const blob = (createObjectURL.mock.calls[0] as unknown as [Blob])[0];
    expect(await blob.text()).toBe('id,fullname\nc1,Ada Lovelace\n');
    expect(screen.getByRole('button', { name: 'Export to CSV' })).toHaveProperty('disabled', false);
  });

  it('excludes a member of a dynamic segment by hand', async () => {
    const api = memberRoutes(live);
    renderAt('/segments/seg1');
    await openMembers();
    const row = screen.getByRole('link', { name: 'Alan Turing' }).closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: 'Exclude' }));
    expect(await screen.findByText(/Excluded Alan Turing/)).toBeDefined();
    expect(api.callsTo('POST /api/segments/seg1/members')[0]?.body).toEqual({ exclude: ['c2'] });
  });
});

describe('the columns of the Members grid', () => {
  afterEach(() => {
    localStorage.clear();
  });

  const withSchema = { 'GET /api/schema': () => ({ json: JSON.parse(schemaText) as unknown }) };
  // The header's text without the sort arrow.
  const headers = () =>
    screen.getAllByRole('columnheader').map((th) => th.textContent.replace(/[▲▼]/g, '').trim());

  it('shows a column picked from the contact attributes, and keeps it when the segment is opened again', async () => {
    const api = memberRoutes(live, withSchema);
    api.setMembers([
      { id: 'c1', fullname: 'Ada Lovelace', emailaddress1: 'ada@example.com', gendercode: 'female' },
      { id: 'c2', fullname: 'Alan Turing', emailaddress1: 'alan@example.com', gendercode: 'male' },
    ]);
    const first = renderAt('/segments/seg1');
    await openMembers();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    const gender = await screen.findByRole('menuitemcheckbox', { name: 'Gender' });
    expect(gender.getAttribute('aria-checked')).toBe('false');
    expect(screen.getByRole('menuitemcheckbox', { name: 'Email' }).getAttribute('aria-checked')).toBe('true');
    await user.click(gender);
    await waitFor(() => {
      expect(headers()).toEqual(['Full Name', 'Email', 'Gender', 'Actions']);
    });
    const ada = screen.getByRole('link', { name: 'Ada Lovelace' }).closest('tr') as HTMLElement;
    expect(within(ada).getByText('Female')).toBeDefined();
    first.unmount();

    renderAt('/segments/seg1');
    await openMembers();
    expect(headers()).toEqual(['Full Name', 'Email', 'Gender', 'Actions']);
  });

  it('hides a column unticked in the picker, for this segment only', async () => {
    memberRoutes(live, withSchema);
    localStorage.setItem('segmint.memberColumns.seg2', JSON.stringify(['jobtitle']));
    renderAt('/segments/seg1');
    await openMembers();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Email' }));
    await waitFor(() => {
      expect(headers()).toEqual(['Full Name', 'Actions']);
    });
    expect(screen.queryByText('ada@example.com')).toBeNull();
    expect(JSON.parse(localStorage.getItem('segmint.memberColumns.seg1') ?? '')).toEqual([]);
    expect(JSON.parse(localStorage.getItem('segmint.memberColumns.seg2') ?? '')).toEqual(['jobtitle']);
  });
});

describe('the Members tab of a static segment', () => {
  it('removes a member', async () => {
    const api = memberRoutes(vips);
    renderAt('/segments/seg1');
    await openMembers();
    const row = screen.getByRole('link', { name: 'Ada Lovelace' }).closest('tr') as HTMLElement;
    await userEvent.click(within(row).getByRole('button', { name: 'Remove' }));
    const notice = await screen.findByText('Removed Ada Lovelace.');
    expect(api.callsTo('POST /api/segments/seg1/members')[0]?.body).toEqual({ remove: ['c1'] });
    // Remove goes with its row: the focus is on the notice saying what was done, not on the page.
    await waitFor(() => {
      expect(document.activeElement).toBe(notice);
    });
    expect(notice.getAttribute('role')).toBe('status');
  });

  it('keeps Remove usable while one runs: the pressed one waits with the focus, the other rows stay on', async () => {
    const api = memberRoutes(vips);
    // The POST waits until released, so that the grid can be seen while the member is removed.
    const reply = globalThis.fetch;
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let posts = 0;
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        posts += 1;
        await released;
      }
      return reply(input, init);
    });
    renderAt('/segments/seg1');
    await openMembers();
    const user = userEvent.setup();
    const rowOf = (name: string) => screen.getByRole('link', { name }).closest('tr') as HTMLElement;
    const ada = within(rowOf('Ada Lovelace')).getByRole<HTMLButtonElement>('button', { name: 'Remove' });
    ada.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(ada.getAttribute('aria-disabled')).toBe('true');
    });
    // The pressed Remove is the same button, off but focusable, with the focus; Enter again sends nothing.
    expect(ada.isConnected).toBe(true);
    expect(document.activeElement).toBe(ada);
    expect(ada.disabled).toBe(false);
    expect(ada.getAttribute('aria-busy')).toBe('true');
    await user.keyboard('{Enter}');
    // Another row's Remove stays as it was, and waits for this removal to be done.
    const alan = within(rowOf('Alan Turing')).getByRole<HTMLButtonElement>('button', { name: 'Remove' });
    expect(alan.disabled).toBe(false);
    expect(alan.getAttribute('aria-disabled')).toBeNull();
    await user.click(alan);
    expect(posts).toBe(1);
    release();
    const notice = await screen.findByText('Removed Ada Lovelace.');
    await waitFor(() => {
      expect(document.activeElement).toBe(notice);
    });
    expect(api.callsTo('POST /api/segments/seg1/members').map((call) => call.body)).toEqual([
      { remove: ['c1'] },
    ]);
  });

  it('adds the contacts picked from a search', async () => {
    const api = memberRoutes(vips, {
      'GET /api/contacts': (call) => ({
        json: {
          items:
            call.search.get('search') === 'grace'
              ? [{ id: 'c3', fullname: 'Grace Hopper', emailaddress1: 'grace@example.com' }]
              : [],
          total: 1,
          nextCursor: null,
        },
      }),
    });
    renderAt('/segments/seg1');
    await openMembers();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add members' }));
    const dialog = screen.getByRole('dialog', { name: 'Add members' });
    await user.type(within(dialog).getByLabelText('Search contacts'), 'grace');
    await user.click(await within(dialog).findByRole('checkbox', { name: /Grace Hopper/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Add selected' }));
    expect(await screen.findByText('Added 1 member.')).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('POST /api/segments/seg1/members')[0]?.body).toEqual({ add: ['c3'] });
    expect(api.callsTo('GET /api/contacts').at(-1)?.search.get('search')).toBe('grace');
  });

  it('adds the contacts a query selects', async () => {
    const api = memberRoutes(vips);
    renderAt('/segments/seg1');
    await openMembers();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Add by query' }));
    const dialog = screen.getByRole('dialog', { name: 'Add by query' });
    const add = within(dialog).getByRole('button', { name: 'Add matching contacts' });
    expect(add).toHaveProperty('disabled', true);
    await user.click(within(dialog).getByRole('button', { name: 'Use sample query' }));
    await user.click(add);
    expect(await screen.findByText('Added 1 member by query.')).toBeDefined();
    expect(api.callsTo('POST /api/segments/seg1/members')[0]?.body).toEqual({ addByQuery: sampleQuery });
  });
});
