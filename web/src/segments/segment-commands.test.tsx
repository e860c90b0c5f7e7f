import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Segment } from '../api/index.ts';
import { sampleQuery } from './fake-designer.tsx';
import { aSegment } from './test-data.ts';
import { errorReply, renderAt, stubApi, type Call, type Reply } from './test-providers.tsx';

vi.mock('../designer/index.ts', async () => (await import('./fake-designer.tsx')).fakeDesignerModule);

afterEach(() => {
  vi.unstubAllGlobals();
});

const live = aSegment({ state: 'live', memberCount: 2 });

function segmentRoutes(segment: Segment, more: Record<string, (call: Call) => Reply> = {}) {
  return stubApi({
    'GET /api/segments/seg1': () => ({ json: segment }),
    'GET /api/segments': () => ({ json: { items: [], nextCursor: null } }),
    ...more,
  });
}

/** Selects Stop and confirms it in the dialog that asks first. */
async function stopAndConfirm(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Stop' }));
  await user.click(
    within(screen.getByRole('dialog', { name: 'Stop segment?' })).getByRole('button', { name: 'Stop' }),
  );
}

describe("a saved segment's commands", () => {
  it('names the dependants when Stop is refused', async () => {
    segmentRoutes(live, {
      'POST /api/segments/seg1/stop': () =>
        errorReply(
          409,
          'SEGMENT_IN_USE',
          'Live segments use this segment: "Atlantis VIPs" (seg5). Stop them first.',
        ),
    });
    renderAt('/segments/seg1');
    await stopAndConfirm(userEvent.setup());
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Live segments use this segment: "Atlantis VIPs" (seg5). Stop them first.',
    );
    expect(screen.getByText('Live')).toBeDefined();
  });

  it('links to each live segment that uses it when Stop is refused', async () => {
    segmentRoutes(live, {
      'POST /api/segments/seg1/stop': () =>
        errorReply(
          409,
          'SEGMENT_IN_USE',
          'Live segments use this segment: "Atlantis VIPs" (seg5), "Newsletter" (seg6). Stop them first.',
          // The names come from each detail's segmentName, not from its message (which is for people).
          [
            {
              code: 'USED_BY',
              message: 'A live segment reads this segment in block 2.',
              path: '',
              segmentId: 'seg5',
              segmentName: 'Atlantis VIPs',
            },
            {
              code: 'USED_BY',
              message: 'A live segment reads this segment.',
              path: '',
              segmentId: 'seg6',
              segmentName: 'Newsletter',
            },
          ],
        ),
      'GET /api/segments/seg5': () => ({
        json: aSegment({ id: 'seg5', name: 'Atlantis VIPs', state: 'live' }),
      }),
    });
    const { currentPath } = renderAt('/segments/seg1');
    const user = userEvent.setup();
    await stopAndConfirm(user);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This segment cannot be stopped while 2 live segments use it: stop them first.',
    );
    const usedBy = screen.getByRole('list', { name: 'Live segments that use this segment' });
    const links = within(usedBy).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Atlantis VIPs', '/segments/seg5'],
      ['Newsletter', '/segments/seg6'],
    ]);
    await user.click(within(usedBy).getByRole('link', { name: 'Atlantis VIPs' }));
    expect(currentPath()).toBe('/segments/seg5');
    expect(await screen.findByRole('heading', { name: 'Atlantis VIPs' })).toBeDefined();
  });

  it('asks before Stop, naming the segment and what stopping does, and Cancel keeps it live', async () => {
    const api = segmentRoutes(live, {
      'POST /api/segments/seg1/stop': () => ({ json: { ...live, state: 'stopped' } }),
    });
    renderAt('/segments/seg1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Stop' }));
    const dialog = screen.getByRole('dialog', { name: 'Stop segment?' });
    expect(dialog.textContent).toContain(
      '“Contacts from Atlantis” will no longer be kept up to date: its 2 members stay as they are now, and contacts who change from now on no longer join or leave it.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('POST /api/segments/seg1/stop')).toHaveLength(0);
    expect(screen.getByText('Live')).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('POST /api/segments/seg1/stop')).toHaveLength(0);

    // The safe choice has the focus: Enter pressed again keeps the segment live.
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(document.activeElement).toBe(
      within(screen.getByRole('dialog', { name: 'Stop segment?' })).getByRole('button', { name: 'Cancel' }),
    );
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('POST /api/segments/seg1/stop')).toHaveLength(0);
  });

  it('stops a live segment once Stop is confirmed', async () => {
    const api = segmentRoutes(live, {
      'POST /api/segments/seg1/stop': () => ({ json: { ...live, state: 'stopped' } }),
    });
    renderAt('/segments/seg1');
    await stopAndConfirm(userEvent.setup());
    expect(await screen.findByText('Stopped')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Go Live' })).toBeDefined();
    expect(api.callsTo('POST /api/segments/seg1/stop')).toHaveLength(1);
  });

  it('deletes only after the confirmation, then goes back to the list', async () => {
    const api = segmentRoutes(live, { 'DELETE /api/segments/seg1': () => ({ status: 204 }) });
    const { currentPath } = renderAt('/segments/seg1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete segment?' });
    // The safe choice has the focus: Enter pressed again deletes nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('DELETE /api/segments/seg1')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(api.callsTo('DELETE /api/segments/seg1')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('heading', { name: 'Segments' })).toBeDefined();
    // The focus is on the list's notice of what was deleted, not lost to the page.
    const notice = screen.getByText(`“${live.name}” was deleted.`);
    expect(document.activeElement).toBe(notice);
    expect(api.callsTo('DELETE /api/segments/seg1')).toHaveLength(1);
    expect(currentPath()).toBe('/segments');
  });

  it('estimates the size of the definition being edited', async () => {
    const api = segmentRoutes(live, { 'POST /api/segments/estimate': () => ({ json: { count: 1234 } }) });
    renderAt('/segments/seg1');
    await userEvent.click(await screen.findByRole('button', { name: 'Get estimated segment size' }));
    expect(await screen.findByText('1,234 contacts')).toBeDefined();
    expect(screen.queryByText(/About/)).toBeNull();
    expect(api.callsTo('POST /api/segments/estimate')[0]?.body).toEqual(live.definition);
  });

  it('republishes a live segment on Save, and says so', async () => {
    const api = segmentRoutes(live, {
      'PUT /api/segments/seg1': (call) => ({
        json: { ...live, name: (call.body as { name: string }).name, memberCount: 3 },
      }),
    });
    renderAt('/segments/seg1');
    const user = userEvent.setup();
    expect(await screen.findByText(/Save republishes it/)).toBeDefined();
    await user.type(screen.getByLabelText('Name'), ' and friends');
    expect(screen.getByText('Unsaved changes')).toBeDefined();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved and republished: the segment now has 3 members.')).toBeDefined();
    expect(api.callsTo('PUT /api/segments/seg1')[0]?.body).toEqual({
      ...live.definition,
      name: 'Contacts from Atlantis and friends',
    });
    expect(screen.queryByText('Unsaved changes')).toBeNull();
  });

  it('keeps the focus on Save while it saves, Save off (aria-disabled) and saving once', async () => {
    const api = segmentRoutes(live, {
      'PUT /api/segments/seg1': (call) => ({
        json: { ...live, name: (call.body as { name: string }).name },
      }),
    });
    // The PUT waits until released, so that the page can be seen while it saves.
    const reply = globalThis.fetch;
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      if (init?.method === 'PUT') await released;
      return reply(input, init);
    });
    renderAt('/segments/seg1');
    const user = userEvent.setup();
    expect(await screen.findByText(/Save republishes it/)).toBeDefined();
    await user.type(screen.getByLabelText('Name'), ' and friends');
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    await user.keyboard('{Enter}');
    const saving = await screen.findByRole('button', { name: 'Saving…' });
    expect(saving).toBe(save);
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect((save as HTMLButtonElement).disabled).toBe(false);
    expect(document.activeElement).toBe(save);
    await user.keyboard('{Enter}');
    release();
    expect(await screen.findByText(/Saved and republished/)).toBeDefined();
    expect(api.callsTo('PUT /api/segments/seg1')).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }));
  });

  it('saves unsaved changes before going live', async () => {
    const draft = aSegment({
      definition: { name: 'Contacts from Atlantis', type: 'dynamic', timeZone: 'UTC' },
    });
    const api = segmentRoutes(draft, {
      'PUT /api/segments/seg1': (call) => ({
        json: { ...draft, definition: call.body as Segment['definition'] },
      }),
      'POST /api/segments/seg1/go-live': () => ({ json: { ...live, memberCount: 5 } }),
    });
    renderAt('/segments/seg1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Use sample query' }));
    await user.click(screen.getByRole('button', { name: 'Go Live' }));
    expect(await screen.findByText('Live with 5 members.')).toBeDefined();
    expect(api.calls.filter((c) => c.method !== 'GET').map((c) => `${c.method} ${c.path}`)).toEqual([
      'PUT /api/segments/seg1',
      'POST /api/segments/seg1/go-live',
    ]);
    expect((api.callsTo('PUT /api/segments/seg1')[0]?.body as { query: unknown }).query).toEqual(sampleQuery);
  });

  it('lists the problems no field or designer shows, and puts the others beside their fields', async () => {
    const vips = aSegment({ type: 'static', name: 'VIPs' });
    segmentRoutes(vips, {
      'GET /api/segments/seg1/members': () => ({ json: { items: [], total: 0, nextCursor: null } }),
      'POST /api/segments/seg1/go-live': () =>
        errorReply(
          422,
          'INVALID_DEFINITION',
          '"VIPs" cannot go live: a static segment has no query (and 1 more)',
          [
            { code: 'QUERY_ON_STATIC', message: 'A static segment has no query.', path: 'query' },
            { code: 'INVALID_TIME_ZONE', message: '"Mars/Olympus" is not a time zone.', path: 'timeZone' },
          ],
        ),
    });
    renderAt('/segments/seg1');
    await userEvent.click(await screen.findByRole('button', { name: 'Go Live' }));
    const list = (await screen.findByText('Fix these problems, then try again:')).closest('[role="alert"]');
    expect(within(list as HTMLElement).getByText(/A static segment has no query\./)).toBeDefined();
    expect(within(list as HTMLElement).queryByText(/Mars/)).toBeNull();
    const zone = screen.getByLabelText('Time zone');
    expect(document.getElementById(zone.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      '"Mars/Olympus" is not a time zone.',
    );
  });

  it('shows the definition in the Query (JSON) view', async () => {
    segmentRoutes(live);
    renderAt('/segments/seg1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Query (JSON)' }));
    const json = screen.getByLabelText('Query (JSON)');
    expect(JSON.parse(json.textContent)).toEqual(live.definition);
  });

  it('moves between the commands with the arrow keys and opens More commands from the keyboard', async () => {
    segmentRoutes(live);
    renderAt('/segments/seg1');
    const user = userEvent.setup();
    const bar = await screen.findByRole('toolbar', { name: 'Segment commands' });
    expect(
      within(bar)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Save', 'Stop', 'Refresh', 'Delete', 'More commands']);
    within(bar).getByRole('button', { name: 'Save' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: 'Stop' }));
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: 'More commands' }));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Save as template' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(within(bar).getByRole('button', { name: 'More commands' }));
  });

  it('saves the segment as a template', async () => {
    const api = segmentRoutes(live, { 'POST /api/templates': () => ({ status: 201, json: { id: 't1' } }) });
    renderAt('/segments/seg1');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'More commands' }));
    await user.click(screen.getByRole('menuitem', { name: 'Save as template' }));
    const dialog = screen.getByRole('dialog', { name: 'Save as template' });
    await user.clear(within(dialog).getByLabelText('Template name'));
    await user.type(within(dialog).getByLabelText('Template name'), 'Atlantis folk');
    await user.type(within(dialog).getByLabelText('Template description'), 'Everyone in Atlantis');
    await user.click(within(dialog).getByRole('button', { name: 'Save template' }));
    expect(await screen.findByText('Saved as the template “Atlantis folk”.')).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('POST /api/templates')[0]?.body).toEqual({
      name: 'Atlantis folk',
      description: 'Everyone in Atlantis',
      definition: live.definition,
    });
  });

  it('moves between tabs with the arrow keys', async () => {
    segmentRoutes(live, {
      'GET /api/segments/seg1/members': () => ({ json: { items: [], total: 0, nextCursor: null } }),
    });
    renderAt('/segments/seg1');
    const user = userEvent.setup();
    const designer = await screen.findByRole('tab', { name: 'Designer' });
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'Designer',
      'Query',
      'Members',
      'Insights',
    ]);
    designer.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    const members = screen.getByRole('tab', { name: 'Members' });
    expect(members.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(members);
    expect(await screen.findByText('0 members', { selector: '.member-count' })).toBeDefined();
  });
});
