import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockApi, on, renderContacts } from './contacts-test-kit.tsx';

describe('the New Contact page', () => {
  it('posts the fields by logical name and, on Save & Close, returns to the list searched to the new contact', async () => {
    const nancy = { id: 'c1', fullname: 'Nancy Anderson', emailaddress1: 'nancy@example.com' };
    const sent = mockApi([
      on('POST', '/api/contacts', (request) => ({
        status: 201,
        body: { id: 'c1', fullname: 'Nancy Anderson', ...(request.body as object) },
      })),
      on('GET', '/api/contacts', () => ({ body: { items: [nancy], total: 1, nextCursor: null } })),
    ]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/new');
    expect(await screen.findByRole('heading', { name: 'New Contact' })).toBeTruthy();

    await user.type(screen.getByLabelText('First Name'), 'Nancy');
    await user.type(screen.getByLabelText('Last Name'), 'Anderson');
    await user.type(screen.getByLabelText('Email'), 'nancy@example.com');
    await user.type(screen.getByLabelText('Address 1: City'), 'Atlantis');
    await user.type(screen.getByLabelText('Birthday'), '1980-04-01');
    await user.selectOptions(screen.getByLabelText('Gender'), 'Female');
    await user.click(screen.getByRole('checkbox', { name: 'Travel' }));
    await user.click(screen.getByRole('button', { name: 'Save & Close' }));

    await waitFor(() => {
      expect(location()).toBe('/contacts?search=Nancy%20Anderson');
    });
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search contacts' }).value).toBe(
      'Nancy Anderson',
    );
    expect(await screen.findByRole('link', { name: 'Nancy Anderson' })).toBeTruthy();
    const notice = await screen.findByRole('group', { name: 'Contact created: Nancy Anderson' });
    await waitFor(() => {
      expect(document.activeElement).toBe(notice);
    });
    expect(within(notice).getByRole('link', { name: 'Open' }).getAttribute('href')).toBe('/contacts/c1');
    const list = sent.filter(
      (request) => request.method === 'GET' && request.url.pathname === '/api/contacts',
    );
    expect(list.at(-1)?.url.searchParams.get('search')).toBe('Nancy Anderson');
    const post = sent.find((request) => request.method === 'POST');
    expect(post?.body).toEqual({
      firstname: 'Nancy',
      lastname: 'Anderson',
      emailaddress1: 'nancy@example.com',
      address1_city: 'Atlantis',
      birthdate: '1980-04-01',
      gendercode: 'female',
      interests: ['travel'],
    });
    expect(await screen.findByRole('heading', { name: 'Contacts' })).toBeTruthy();
  });

  it('leaves an untouched New Contact form at once', async () => {
    mockApi([on('GET', '/api/contacts', () => ({ body: { items: [], total: 0, nextCursor: null } }))]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/new');
    await screen.findByLabelText('First Name');
    await user.click(screen.getByRole('link', { name: '← Contacts' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(location()).toBe('/contacts');
  });

  it('asks before leaving a new contact once a field is filled: Stay keeps it, Leave saves nothing', async () => {
    const sent = mockApi([
      on('GET', '/api/contacts', () => ({ body: { items: [], total: 0, nextCursor: null } })),
    ]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/new');
    await user.type(await screen.findByLabelText('First Name'), 'Nancy');
    await user.click(screen.getByRole('link', { name: '← Contacts' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('Your changes to this new contact are not saved.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(location()).toBe('/contacts/new');
    expect(screen.getByLabelText<HTMLInputElement>('First Name').value).toBe('Nancy');

    await user.click(screen.getByRole('link', { name: '← Contacts' }));
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    await waitFor(() => {
      expect(location()).toBe('/contacts');
    });
    expect(sent.some((request) => request.method === 'POST')).toBe(false);
  });

  it("opens the saved contact's page on Save", async () => {
    mockApi([
      on('POST', '/api/contacts', () => ({
        status: 201,
        body: { id: 'c7', firstname: 'Dan', fullname: 'Dan' },
      })),
      on('GET', '/api/contacts/c7', () => ({ body: { id: 'c7', firstname: 'Dan', fullname: 'Dan' } })),
      on('GET', '/api/contacts/c7/segments', () => ({ body: { items: [] } })),
      on('GET', '/api/segments', () => ({ body: { items: [], nextCursor: null } })),
    ]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/new');
    await user.type(await screen.findByLabelText('First Name'), 'Dan');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(location()).toBe('/contacts/c7');
    });
    expect(await screen.findByRole('heading', { name: /Dan/ })).toBeTruthy();
  });

  it("shows the API's problems next to the fields they concern, and stays on the page", async () => {
    mockApi([
      on('POST', '/api/contacts', () => ({
        status: 422,
        body: {
          error: {
            code: 'INVALID_RECORD',
            message: 'The contact was not saved: birthdate: Birthday: expected a date written YYYY-MM-DD.',
            details: [
              {
                code: 'INVALID_VALUE',
                message: 'Birthday: expected a date written YYYY-MM-DD.',
                path: 'birthdate',
              },
              { code: 'INVALID_VALUE', message: 'Email: too long.', path: 'body.emailaddress1' },
            ],
          },
        },
      })),
    ]);
    const user = userEvent.setup();
    const { location } = renderContacts('/contacts/new');
    await user.type(await screen.findByLabelText('Email'), 'x@example.com');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const birthday = screen.getByLabelText('Birthday');
    await waitFor(() => {
      expect(birthday.getAttribute('aria-invalid')).toBe('true');
    });
    const birthdayError = document.getElementById(birthday.getAttribute('aria-describedby') ?? '');
    expect(birthdayError?.textContent).toBe('Birthday: expected a date written YYYY-MM-DD.');
    // Next to its field: in the same field, right after the box (Fluent's Input frames the input).
    expect(birthday.closest('.fui-Input')?.nextElementSibling).toBe(birthdayError);
    const email = screen.getByLabelText('Email');
    expect(document.getElementById(email.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Email: too long.',
    );
    expect(screen.getByLabelText('First Name').getAttribute('aria-invalid')).toBeNull();
    // The form's own message is the one alert, above its fields: each field's message describes its
    // field (aria-describedby) rather than being announced again.
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((alert) => alert.textContent)).toEqual([
      expect.stringContaining('Correct the fields marked below'),
    ]);
    expect(location()).toBe('/contacts/new');
  });
});
