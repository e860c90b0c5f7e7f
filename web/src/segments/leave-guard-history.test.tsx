import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderAt, stubApi } from './test-providers.tsx';

vi.mock('../designer/index.ts', async () => (await import('./fake-designer.tsx')).fakeDesignerModule);

afterEach(() => {
  vi.unstubAllGlobals();
});

const list = { json: { items: [], nextCursor: null } };

describe("the browser's Back with unsaved changes", () => {
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
