import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aSegment, templates } from './test-data.ts';
import { renderAt, stubApi } from './test-providers.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

function listRoutes() {
  return stubApi({
    'GET /api/segments': (call) =>
      call.search.get('cursor') === 'page2'
        ? {
            json: {
              items: [aSegment({ id: 'seg3', name: 'Page two segment', state: 'stopped' })],
              nextCursor: null,
            },
          }
        : {
            json: {
              items: [
                aSegment({ state: 'live', memberCount: 2, updatedAt: '2026-03-12T10:00:00.000Z' }),
                aSegment({ id: 'seg2', name: 'VIP list', type: 'static', memberCount: 7 }),
                aSegment({
                  id: 'seg4',
                  name: 'Atlantis without VIPs',
                  definition: {
                    name: 'Atlantis without VIPs',
                    type: 'dynamic',
                    timeZone: 'Europe/Paris',
                    query: { blocks: [{ segment: 'seg1' }, { combine: 'exclude', segment: 'seg2' }] },
                  },
                }),
              ],
              nextCursor: 'page2',
            },
          },
    'POST /api/segments': (call) => ({
      status: 201,
      json: aSegment({ id: 'seg9', name: (call.body as { name: string }).name }),
    }),
    'GET /api/segments/seg9': () => ({
      json: aSegment({ id: 'seg9', name: 'Copy of Atlantis without VIPs' }),
    }),
    'GET /api/templates': (call) => ({
      json: {
        items: templates.filter((t) => t.name.toLowerCase().includes(call.search.get('search') ?? '')),
      },
    }),
  });
}

/** The names in the table's rows, top to bottom. */
function rowNames(): string[] {
  const table = screen.getByRole('table', { name: 'Segments' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]?.textContent ?? '');
}

describe('the Segments page', () => {
  it('lists every segment, from every page of the API, with type, state, members and users', async () => {
    const api = listRoutes();
    renderAt('/segments');
    const row = (await screen.findByRole('link', { name: 'Contacts from Atlantis' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('Live')).toBeDefined();
    expect(within(row as HTMLElement).getByText('2')).toBeDefined();
    expect(rowNames()).toEqual([
      'Atlantis without VIPs',
      'Contacts from Atlantis',
      'Page two segment',
      'VIP list',
    ]);
    expect(api.callsTo('GET /api/segments').map((c) => c.search.get('cursor'))).toEqual([null, 'page2']);
    const typeOf = (name: string) =>
      within(screen.getAllByRole('link', { name })[0]?.closest('tr') as HTMLElement).getAllByRole('cell')[1]
        ?.textContent;
    expect([typeOf('VIP list'), typeOf('Atlantis without VIPs')]).toEqual(['Static', 'Compound']);
    const users = screen.getByRole('list', { name: 'Segments that use VIP list' });
    expect(within(users).getByRole('link', { name: 'Atlantis without VIPs' }).getAttribute('href')).toBe(
      '/segments/seg4',
    );
    expect(screen.getByRole('list', { name: 'Segments that use Contacts from Atlantis' })).toBeDefined();
  });

  it('searches by name and filters by state and type', async () => {
    listRoutes();
    renderAt('/segments');
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'VIP list' });
    await user.type(screen.getByRole('searchbox', { name: 'Search segments' }), 'atlantis');
    expect(rowNames()).toEqual(['Atlantis without VIPs', 'Contacts from Atlantis']);
    expect(screen.getByRole('status').textContent).toBe('2 of 4 segments match');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Compound');
    expect(rowNames()).toEqual(['Atlantis without VIPs']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'All types');
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Live');
    expect(rowNames()).toEqual(['Contacts from Atlantis']);
    await user.clear(screen.getByRole('searchbox', { name: 'Search segments' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'State' }), 'Stopped');
    expect(rowNames()).toEqual(['Page two segment']);
  });

  it('sorts by a column, and the other way round when it is chosen again', async () => {
    listRoutes();
    renderAt('/segments');
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'VIP list' });
    const members = screen.getByRole('columnheader', { name: 'Members' });
    await user.click(within(members).getByRole('button'));
    expect(rowNames().at(-1)).toBe('VIP list');
    expect(members.getAttribute('aria-sort')).toBe('ascending');
    await user.click(within(members).getByRole('button'));
    expect(rowNames()[0]).toBe('VIP list');
    expect(members.getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts by the header pressed, ascending first and reversed when pressed again, ties by name', async () => {
    listRoutes();
    renderAt('/segments');
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'VIP list' });
    const header = (name: string) => screen.getByRole('columnheader', { name });
    const sorts = () =>
      ['Name', 'Type', 'State', 'Members', 'Updated'].map((name) => header(name).getAttribute('aria-sort'));
    // At first by name, A–Z: only Name says so; the other headers say they sort by nothing yet.
    expect(sorts()).toEqual(['ascending', 'none', 'none', 'none', 'none']);
    await user.click(within(header('State')).getByRole('button'));
    // Drafts, then live, then stopped; the three drafts by name.
    expect(rowNames()).toEqual([
      'Atlantis without VIPs',
      'VIP list',
      'Contacts from Atlantis',
      'Page two segment',
    ]);
    expect(sorts()).toEqual(['none', 'none', 'ascending', 'none', 'none']);
    await user.click(within(header('State')).getByRole('button'));
    // Reversed: stopped, live, then the drafts, still by name where they tie.
    expect(rowNames()).toEqual([
      'Page two segment',
      'Contacts from Atlantis',
      'Atlantis without VIPs',
      'VIP list',
    ]);
    expect(sorts()).toEqual(['none', 'none', 'descending', 'none', 'none']);
    await user.click(within(header('Type')).getByRole('button'));
    expect(rowNames()).toEqual([
      'Contacts from Atlantis',
      'Page two segment',
      'VIP list',
      'Atlantis without VIPs',
    ]);
    expect(sorts()).toEqual(['none', 'ascending', 'none', 'none', 'none']);
    // Used by and the actions do not sort.
    expect(within(screen.getByRole('columnheader', { name: 'Used by' })).queryByRole('button')).toBeNull();
  });

  it('clones a segment as a draft named "Copy of …" with the same definition, and opens it', async () => {
    const api = listRoutes();
    const { currentPath } = renderAt('/segments');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Clone Atlantis without VIPs' }));
    await waitFor(() => {
      expect(currentPath()).toBe('/segments/seg9');
    });
    expect(api.callsTo('POST /api/segments')[0]?.body).toEqual({
      name: 'Copy of Atlantis without VIPs',
      type: 'dynamic',
      timeZone: 'Europe/Paris',
      query: { blocks: [{ segment: 'seg1' }, { combine: 'exclude', segment: 'seg2' }] },
    });
  });

  it('keeps Clone usable: only the row being cloned waits, with the focus, and it clones again later', async () => {
    const api = listRoutes();
    // The POST waits until released, so that the list can be seen while it clones.
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
    const { currentPath } = renderAt('/segments');
    const user = userEvent.setup();
    const vips = await screen.findByRole<HTMLButtonElement>('button', { name: 'Clone VIP list' });
    vips.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(vips.getAttribute('aria-busy')).toBe('true');
    });
    // The row being cloned is off but focusable, and keeps the focus; Enter again clones nothing more.
    expect(vips.getAttribute('aria-disabled')).toBe('true');
    expect(vips.disabled).toBe(false);
    expect(document.activeElement).toBe(vips);
    await user.keyboard('{Enter}');
    // Every other row's Clone stays as it was, and waits for this clone to be made.
    const other = screen.getByRole<HTMLButtonElement>('button', { name: 'Clone Atlantis without VIPs' });
    expect(other.disabled).toBe(false);
    expect(other.getAttribute('aria-disabled')).toBeNull();
    await user.click(other);
    expect(posts).toBe(1);
    release();
    await waitFor(() => {
      expect(currentPath()).toBe('/segments/seg9');
    });

    // Back on the list, Clone is on again and clones.
    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    const again = await screen.findByRole('button', { name: 'Clone VIP list' });
    expect(again.getAttribute('aria-disabled')).toBeNull();
    await user.click(again);
    await waitFor(() => {
      expect(api.callsTo('POST /api/segments')).toHaveLength(2);
    });
  });

  it('shows fifty segments a page, with Previous page and Next page', async () => {
    stubApi({
      'GET /api/segments': () => ({
        json: {
          items: Array.from({ length: 60 }, (_, i) =>
            aSegment({ id: `s${i}`, name: `Segment ${String(i).padStart(2, '0')}` }),
          ),
          nextCursor: null,
        },
      }),
    });
    renderAt('/segments');
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Segment 00' });
    expect(rowNames()).toHaveLength(50);
    const previous = screen.getByRole('button', { name: 'Previous page' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    const next = screen.getByRole<HTMLButtonElement>('button', { name: 'Next page' });
    next.focus();
    await user.keyboard('{Enter}');
    expect(rowNames()).toEqual(Array.from({ length: 10 }, (_, i) => `Segment ${50 + i}`));
    expect(screen.getByText('Page 2 of 2')).toBeDefined();
    // The last page: Next page is off (announced so, doing nothing) and keeps the focus.
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(next.disabled).toBe(false);
    expect(document.activeElement).toBe(next);
    await user.keyboard('{Enter}');
    expect(screen.getByText('Page 2 of 2')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(rowNames()[0]).toBe('Segment 00');
  });

  it('shows the next fifty on the next page, and goes back to the first page on a new sort or search', async () => {
    stubApi({
      'GET /api/segments': () => ({
        json: {
          items: Array.from({ length: 120 }, (_, i) =>
            aSegment({ id: `s${i}`, name: `Segment ${String(i).padStart(3, '0')}`, memberCount: i % 7 }),
          ),
          nextCursor: null,
        },
      }),
    });
    renderAt('/segments');
    const user = userEvent.setup();
    await screen.findByRole('link', { name: 'Segment 000' });
    const names = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => `Segment ${String(from + i).padStart(3, '0')}`);
    expect(rowNames()).toEqual(names(0, 50));
    expect(screen.getByText('Page 1 of 3')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(rowNames()).toEqual(names(50, 50));
    expect(screen.getByText('Page 2 of 3')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(rowNames()).toEqual(names(100, 20));
    expect(screen.getByText('Page 3 of 3')).toBeDefined();

    // A sort orders every segment, not the page shown, and starts again at the first page.
    const name = screen.getByRole('columnheader', { name: 'Name' });
    await user.click(within(name).getByRole('button'));
    expect(name.getAttribute('aria-sort')).toBe('descending');
    expect(rowNames()).toEqual(names(70, 50).reverse());
    expect(screen.getByText('Page 1 of 3')).toBeDefined();

    // So does a search, keeping the sort.
    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(screen.getByText('Page 2 of 3')).toBeDefined();
    await user.type(screen.getByRole('searchbox', { name: 'Search segments' }), 'segment 1');
    expect(rowNames()).toEqual(names(100, 20).reverse());
    // One page: no pager.
    expect(screen.queryByRole('navigation', { name: 'Pages of segments' })).toBeNull();
  });

  it('offers New Dynamic Segment and New Static Segment in the New menu, by mouse and keyboard', async () => {
    listRoutes();
    renderAt('/segments');
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'New' });
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    await user.click(button);
    const menu = screen.getByRole('menu');
    expect(
      within(menu)
        .getAllByRole('menuitem')
        .map((item) => item.textContent),
    ).toEqual(['New Dynamic Segment', 'New Static Segment']);
    expect(document.activeElement?.textContent).toBe('New Dynamic Segment');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('New Static Segment');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the Segment Templates dialog for a new dynamic segment, whose Skip closes it', async () => {
    listRoutes();
    const { currentPath } = renderAt('/segments');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New' }));
    await user.click(screen.getByRole('menuitem', { name: 'New Dynamic Segment' }));
    expect(currentPath()).toBe('/segments/new/dynamic');
    const dialog = await screen.findByRole('dialog', { name: 'Segment Templates' });
    expect(await within(dialog).findByRole('button', { name: 'New contacts' })).toBeDefined();
    expect(within(dialog).getByText(/welcome and onboarding journeys/)).toBeDefined();
    await user.type(within(dialog).getByLabelText('Search templates'), 'click');
    await waitFor(() => {
      expect(within(dialog).queryByRole('button', { name: 'New contacts' })).toBeNull();
    });
    expect(await within(dialog).findByRole('button', { name: 'Email clickers' })).toBeDefined();
    await user.click(within(dialog).getByRole('button', { name: 'Skip' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByLabelText('Name')).toBeDefined();
    expect(screen.getByRole('tab', { name: 'Designer' })).toBeDefined();
  });

  it('opens a new static segment without templates', async () => {
    listRoutes();
    const { currentPath } = renderAt('/segments');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'New' }));
    await user.click(screen.getByRole('menuitem', { name: 'New Static Segment' }));
    expect(currentPath()).toBe('/segments/new/static');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('heading', { name: 'New static segment' })).toBeDefined();
  });
});
