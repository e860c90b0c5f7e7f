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
        ? { json: { items: [aSegment({ id: 'seg3', name: 'Page two segment' })], nextCursor: null } }
        : {
            json: {
              items: [
                aSegment({ state: 'live', memberCount: 2 }),
                aSegment({ id: 'seg2', name: 'VIP list', type: 'static' }),
              ],
              nextCursor: 'page2',
            },
          },
    'GET /api/templates': (call) => ({
      json: {
        items: templates.filter((t) => t.name.toLowerCase().includes(call.search.get('search') ?? '')),
      },
    }),
  });
}

describe('the Segments page', () => {
  it('lists segments with type, state and members, and pages on by cursor', async () => {
    const api = listRoutes();
    renderAt('/segments');
    const row = (await screen.findByRole('link', { name: 'Contacts from Atlantis' })).closest('tr');
    expect(row).not.toBeNull();
    expect(within(row as HTMLElement).getByText('Live')).toBeDefined();
    expect(within(row as HTMLElement).getByText('2')).toBeDefined();
    expect(screen.getByText('Static')).toBeDefined();
    await userEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(await screen.findByRole('link', { name: 'Page two segment' })).toBeDefined();
    expect(api.callsTo('GET /api/segments').at(-1)?.search.get('cursor')).toBe('page2');
    await userEvent.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByRole('link', { name: 'VIP list' })).toBeDefined();
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
