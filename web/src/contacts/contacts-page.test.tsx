import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, on, renderContacts, type SentRequest } from './contacts-test-kit.tsx';

const people = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) => ({
    id: `c${from + i}`,
    fullname: `Person ${from + i}`,
    emailaddress1: `p${from + i}@example.com`,
    address1_city: 'Atlantis',
  }));

const listRequests = (sent: readonly SentRequest[]) =>
  sent.filter((request) => request.method === 'GET' && request.url.pathname === '/api/contacts');

describe('the Contacts list', () => {
  it('shows the contacts with their columns and total, each name opening the contact', async () => {
    mockApi([
      on('GET', '/api/contacts', () => ({ body: { items: people(1, 2), total: 2, nextCursor: null } })),
    ]);
    renderContacts('/contacts');
    expect(screen.getByRole('heading', { name: 'Contacts' })).toBeTruthy();
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers.slice(0, 3)).toEqual(['Full Name', 'Email', 'Address 1: City']);
    expect(screen.getByRole('link', { name: 'Person 1' }).getAttribute('href')).toBe('/contacts/c1');
    expect(screen.getByText('2 contacts')).toBeTruthy();
  });

  it('opens the New Contact page with New', async () => {
    mockApi([on('GET', '/api/contacts', () => ({ body: { items: [], total: 0, nextCursor: null } }))]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts');
    expect(await screen.findByText('No contacts yet. Select New to add one.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'New' }));
    expect(location()).toBe('/contacts/new');
    expect(await screen.findByRole('heading', { name: 'New Contact' })).toBeTruthy();
  });

  it('sends the search to the API and shows what it finds', async () => {
    const sent = mockApi([
      on('GET', '/api/contacts', (request) =>
        request.url.searchParams.get('search') === 'nancy'
          ? { body: { items: [{ id: 'n', fullname: 'Nancy Anderson' }], total: 1, nextCursor: null } }
          : { body: { items: people(1, 3), total: 3, nextCursor: null } },
      ),
    ]);
    const user = userEvent.setup();
    renderContacts('/contacts');
    await screen.findByRole('link', { name: 'Person 1' });
    await user.type(screen.getByRole('searchbox', { name: 'Search contacts' }), 'nancy{Enter}');
    expect(await screen.findByRole('link', { name: 'Nancy Anderson' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Person 1' })).toBeNull();
    expect(screen.getByText('1 contact')).toBeTruthy();
    expect(listRequests(sent).at(-1)?.url.searchParams.get('search')).toBe('nancy');
  });

  it('pages with Next and Previous through the API cursors', async () => {
    const sent = mockApi([
      on('GET', '/api/contacts', (request) =>
        request.url.searchParams.get('cursor') === 'page2'
          ? { body: { items: people(51, 10), total: 60, nextCursor: null } }
          : { body: { items: people(1, 50), total: 60, nextCursor: 'page2' } },
      ),
    ]);
    const user = userEvent.setup();
    renderContacts('/contacts');
    expect(await screen.findByText('60 contacts, showing 1–50')).toBeTruthy();
    // Off on the first page, as a user perceives it: announced as unavailable, and doing nothing.
    const previous = screen.getByRole<HTMLButtonElement>('button', { name: 'Previous page' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await user.click(previous);
    expect(listRequests(sent).every((r) => r.url.searchParams.get('cursor') === null)).toBe(true);

    // Next page by keyboard: on the last page it is off, and keeps the focus (not the page).
    const next = screen.getByRole<HTMLButtonElement>('button', { name: 'Next page' });
    next.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('link', { name: 'Person 51' })).toBeTruthy();
    expect(screen.getByText('60 contacts, showing 51–60')).toBeTruthy();
    expect(listRequests(sent).at(-1)?.url.searchParams.get('cursor')).toBe('page2');
    expect(listRequests(sent).at(-1)?.url.searchParams.get('limit')).toBe('50');
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(next.disabled).toBe(false);
    expect(document.activeElement).toBe(next);
    const asked = listRequests(sent).length;
    await user.keyboard('{Enter}');
    expect(listRequests(sent)).toHaveLength(asked);
    expect(screen.getByText('60 contacts, showing 51–60')).toBeTruthy();
    expect(previous.getAttribute('aria-disabled')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(await screen.findByRole('link', { name: 'Person 1' })).toBeTruthy();
    await waitFor(() => {
      expect(screen.queryByRole('link', { name: 'Person 51' })).toBeNull();
    });
  });
});
