import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aSegment } from './test-data.ts';
import { renderAt, stubApi } from './test-providers.tsx';

vi.mock('../designer/index.ts', async () => (await import('./fake-designer.tsx')).fakeDesignerModule);

afterEach(() => {
  vi.unstubAllGlobals();
});

const list = { json: { items: [], nextCursor: null } };

/** Whether the browser would ask before unloading the page now. */
function unloadAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('leaving a segment with unsaved changes', () => {
  it('asks first: Stay keeps the changes, Leave without saving goes', async () => {
    stubApi({ 'GET /api/segments': () => list });
    const { currentPath } = renderAt('/segments/new/static');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Name'), 'VIPs');
    expect(unloadAsks()).toBe(true);

    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('Your changes to this segment are not saved.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentPath()).toBe('/segments/new/static');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Name' }).value).toBe('VIPs');

    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(currentPath()).toBe('/segments');
    expect(unloadAsks()).toBe(false);
  });

  it('leaves at once when nothing changed, and asks again once something does', async () => {
    stubApi({
      'GET /api/segments': () => list,
      'GET /api/segments/seg1': () => ({ json: aSegment() }),
      'GET /api/segments/seg1/members': () => ({ json: { items: [], total: 0, nextCursor: null } }),
    });
    const { currentPath } = renderAt('/segments/seg1');
    const user = userEvent.setup();
    const name = await screen.findByLabelText('Name');
    expect(unloadAsks()).toBe(false);
    await user.type(name, ' and friends');
    expect(unloadAsks()).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    expect(screen.getByRole('dialog', { name: 'Leave without saving?' })).toBeDefined();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.clear(name);
    await user.type(name, 'Contacts from Atlantis');
    await user.click(screen.getByRole('link', { name: 'Back to the list' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentPath()).toBe('/segments');
  });
});
