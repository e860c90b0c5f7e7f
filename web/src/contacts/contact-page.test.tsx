import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { contactBlock, mockApi, on, renderContacts, type Handler } from './contacts-test-kit.tsx';

const nancy = {
  id: 'c1',
  firstname: 'Nancy',
  lastname: 'Anderson',
  fullname: 'Nancy Anderson',
  emailaddress1: 'nancy@example.com',
  address1_city: 'Atlantis',
  interests: ['wine'],
  birthdate: null,
};

const segment = (id: string, name: string) => ({
  id,
  name,
  type: 'dynamic',
  state: 'live',
  timeZone: 'UTC',
  memberCount: 2,
  createdAt: '2026-03-10T17:00:00.000Z',
  updatedAt: '2026-03-10T17:00:00.000Z',
  goLiveAt: '2026-03-10T17:00:00.000Z',
  definition: {},
});

const explanation = {
  segmentId: 's2',
  contactId: 'c1',
  member: false,
  override: null,
  lines: [],
  explanation: {
    contactId: 'c1',
    member: false,
    blocks: [
      contactBlock([
        {
          kind: 'condition',
          path: 'query.blocks[0].where.children[0]',
          entity: 'contact',
          attribute: 'address1_city',
          displayName: 'Address 1: City',
          operator: 'equals',
          operatorLabel: 'Equals',
          values: ['Rome'],
          actual: 'Atlantis',
          matched: false,
        },
      ]),
    ],
  },
};

const contactRoutes: Handler[] = [
  on('GET', '/api/contacts/c1', () => ({ body: nancy })),
  on('GET', '/api/contacts/c1/segments', () => ({
    body: {
      items: [{ id: 's1', name: 'Contacts from Atlantis', state: 'live', type: 'dynamic', source: 'query' }],
    },
  })),
  on('GET', '/api/segments', () => ({
    body: {
      items: [segment('s1', 'Contacts from Atlantis'), segment('s2', 'Contacts from Rome')],
      nextCursor: null,
    },
  })),
  on('GET', '/api/segments/s2/explain/c1', () => ({ body: explanation })),
  on('GET', '/api/contacts', () => ({ body: { items: [], total: 0, nextCursor: null } })),
];

describe('a contact page', () => {
  it('lists the segments the contact belongs to, and explains why it is not in another', async () => {
    const sent = mockApi(contactRoutes);
    const user = userEvent.setup();
    renderContacts('/contacts/c1');
    expect(await screen.findByRole('heading', { name: /Nancy Anderson/ })).toBeTruthy();
    const belongs = await screen.findByRole('list', { name: 'Segments this contact belongs to' });
    expect(within(belongs).getByRole('link', { name: 'Contacts from Atlantis' }).getAttribute('href')).toBe(
      '/segments/s1',
    );

    const picker = screen.getByLabelText<HTMLSelectElement>('Segment to explain');
    await waitFor(() => {
      expect(picker.disabled).toBe(false);
    });
    await user.selectOptions(picker, 'Contacts from Rome (live)');
    expect(await screen.findByText(/This contact is not a member of Contacts from Rome/)).toBeTruthy();
    const tree = screen.getByRole('list', { name: 'Why' });
    expect(within(tree).getByText("Address 1: City is Rome; this contact's is Atlantis")).toBeTruthy();
    expect(within(tree).getAllByRole('img', { name: 'does not match' }).length).toBeGreaterThan(0);
    expect(sent.some((request) => request.url.pathname === '/api/segments/s2/explain/c1')).toBe(true);
  });

  it('fills the form with the contact and sends only what changed', async () => {
    const sent = mockApi([
      on('PATCH', '/api/contacts/c1', (request) => ({ body: { ...nancy, ...(request.body as object) } })),
      ...contactRoutes,
    ]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/c1');
    const city = await screen.findByLabelText<HTMLInputElement>('Address 1: City');
    expect(city.value).toBe('Atlantis');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: 'Wine' }).checked).toBe(true);
    await user.clear(city);
    await user.type(city, 'Rome');
    await user.clear(screen.getByLabelText('Email'));
    await user.click(screen.getByRole('button', { name: 'Save & Close' }));
    // Back on the list searched to the contact, a notice naming it with the focus and a link to it.
    await waitFor(() => {
      expect(location()).toBe('/contacts?search=Nancy%20Anderson');
    });
    expect(sent.find((request) => request.method === 'PATCH')?.body).toEqual({
      emailaddress1: null,
      address1_city: 'Rome',
    });
    const notice = await screen.findByRole('group', { name: 'Contact saved: Nancy Anderson' });
    await waitFor(() => {
      expect(document.activeElement).toBe(notice);
    });
    expect(within(notice).getByRole('link', { name: 'Open' }).getAttribute('href')).toBe('/contacts/c1');
  });

  it('keeps the focus on Save while it saves, Save off (aria-disabled) and saving once', async () => {
    const sent = mockApi([
      on('PATCH', '/api/contacts/c1', (request) => ({ body: { ...nancy, ...(request.body as object) } })),
      ...contactRoutes,
    ]);
    // The PATCH waits until released, so that the page can be seen while it saves.
    const reply = globalThis.fetch;
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      if (init?.method === 'PATCH') await released;
      return reply(input, init);
    });
    const user = userEvent.setup();
    renderContacts('/contacts/c1');
    const city = await screen.findByLabelText<HTMLInputElement>('Address 1: City');
    await user.type(city, 'is');
    const save = screen.getByRole<HTMLButtonElement>('button', { name: 'Save' });
    save.focus();
    await user.keyboard('{Enter}');
    await screen.findByText('Saving…');
    expect(save.getAttribute('aria-disabled')).toBe('true');
    expect(save.disabled).toBe(false);
    expect(document.activeElement).toBe(save);
    await user.keyboard('{Enter}');
    release();
    expect(await screen.findByText('Saved.')).toBeDefined();
    expect(sent.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    expect(document.activeElement).toBe(save);
  });

  it('asks before leaving with an edited field, and leaves at once once it is as stored again', async () => {
    const sent = mockApi(contactRoutes);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/c1');
    const city = await screen.findByLabelText<HTMLInputElement>('Address 1: City');
    await user.type(city, 'is');
    await user.click(screen.getByRole('link', { name: '← Contacts' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('Your changes to this contact are not saved.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(location()).toBe('/contacts/c1');
    expect(city.value).toBe('Atlantisis');

    await user.type(city, '{Backspace}{Backspace}');
    await user.click(screen.getByRole('link', { name: '← Contacts' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => {
      expect(location()).toBe('/contacts');
    });
    expect(sent.some((request) => request.method === 'PATCH')).toBe(false);
  });

  it('deletes the contact only after Delete is confirmed', async () => {
    const sent = mockApi([on('DELETE', '/api/contacts/c1', () => ({ status: 204 })), ...contactRoutes]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/c1');
    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Confirm Deletion' });
    // The safe choice has the focus: Enter at once deletes nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(sent.some((request) => request.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(location()).toBe('/contacts');
    });
    expect(sent.filter((request) => request.method === 'DELETE').map((r) => r.url.pathname)).toEqual([
      '/api/contacts/c1',
    ]);
  });

  it('says so when the contact does not exist, and leads back to Contacts', async () => {
    mockApi([on('GET', '/api/contacts', () => ({ body: { items: [], total: 0, nextCursor: null } }))]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/gone');
    expect(await screen.findByRole('heading', { name: 'Contact not found' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Contacts' }));
    expect(location()).toBe('/contacts');
  });
});
