import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt, stubApi } from './test-providers.tsx';

vi.mock('../designer/index.ts', async () => (await import('./fake-designer.tsx')).fakeDesignerModule);

afterEach(() => {
  vi.unstubAllGlobals();
});

const list = { json: { items: [], nextCursor: null } };

describe("the browser's Back and Forward with unsaved changes", () => {
  it('asks first: Stay keeps the page and its changes, Leave without saving goes back', async () => {
    stubApi({ 'GET /api/segments': () => list });
    window.history.replaceState(null, '', '/segments');
    const { currentPath } = renderAt('/segments/new/static', { browser: true });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Name'), 'VIPs');

    window.history.back();
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('Your changes to this segment are not saved.');
    expect(currentPath()).toBe('/segments/new/static');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentPath()).toBe('/segments/new/static');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' }).value).toBe('VIPs');

    window.history.back();
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => {
      expect(currentPath()).toBe('/segments');
    });
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
  });

  it('asks before Forward too: Stay keeps the changes and Back and Forward as they were, Leave goes forward', async () => {
    stubApi({ 'GET /api/segments': () => list });
    window.history.replaceState(null, '', '/segments');
    const { currentPath } = renderAt('/segments/new/static', { browser: true });
    const user = userEvent.setup();
    await screen.findByLabelText('Name');
    // To the list and back again, so that Forward leads to the list.
    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    await waitFor(() => {
      expect(currentPath()).toBe('/segments');
    });
    window.history.back();
    await user.type(await screen.findByLabelText('Name'), 'VIPs');
    const entries = window.history.length;

    window.history.forward();
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(currentPath()).toBe('/segments/new/static');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentPath()).toBe('/segments/new/static');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' }).value).toBe('VIPs');
    expect(window.history.length).toBe(entries);

    // Forward still leads to the list: it asks again, and Leave without saving goes there.
    window.history.forward();
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => {
      expect(currentPath()).toBe('/segments');
    });
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
    expect(window.history.length).toBe(entries);
    // Back goes to the segment as before, a new one with nothing typed.
    window.history.back();
    expect((await screen.findByRole<HTMLInputElement>('textbox', { name: 'Name' })).value).toBe('');
    expect(currentPath()).toBe('/segments/new/static');
  });

  it('goes back at once when nothing changed', async () => {
    stubApi({ 'GET /api/segments': () => list });
    window.history.replaceState(null, '', '/segments');
    const { currentPath } = renderAt('/segments/new/static', { browser: true });
    await screen.findByLabelText('Name');
    window.history.back();
    await waitFor(() => {
      expect(currentPath()).toBe('/segments');
    });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Name' })).toBeNull();
  });
});
