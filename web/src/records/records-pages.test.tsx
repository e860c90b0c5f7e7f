import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorReply, renderAt, stubApi, testSchema } from './records-test-kit.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const contoso = {
  id: 'acc1',
  name: 'Contoso',
  industrycode: 'brewing',
  numberofemployees: 120,
  websiteurl: null,
  primarycontactid: 'c1',
  modifiedon: '2026-03-10T17:00:00.000Z',
};

function routes(extra: Parameters<typeof stubApi>[0] = {}) {
  return stubApi({
    'GET /api/schema': () => ({ json: testSchema }),
    'GET /api/records/account': (call) => ({
      json: {
        items:
          call.search.get('search') === 'zzz' ? [] : [contoso, { ...contoso, id: 'acc2', name: 'Fabrikam' }],
        total: call.search.get('search') === 'zzz' ? 0 : 2,
        nextCursor: null,
      },
    }),
    'GET /api/records/account/acc1': () => ({ json: contoso }),
    'GET /api/records/contact': (call) => ({
      json: {
        items: [
          { id: 'c1', fullname: 'Ada Lovelace' },
          { id: 'c2', fullname: 'Grace Hopper' },
        ].filter((c) => c.fullname.toLowerCase().includes(call.search.get('search')?.toLowerCase() ?? '')),
        total: 2,
        nextCursor: null,
      },
    }),
    'GET /api/records/contact/c1': () => ({ json: { id: 'c1', fullname: 'Ada Lovelace' } }),
    'GET /api/records/contact/c2': () => ({ json: { id: 'c2', fullname: 'Grace Hopper' } }),
    ...extra,
  });
}

/**
 * Drops the focus of `field` to the page as it goes off, as a browser does; the test's DOM keeps the
 * focus in a disabled field, where nothing would need to give it back.
 */
function dropFocusWhenOff(field: HTMLInputElement): MutationObserver {
  const observer = new MutationObserver(() => {
    if (!field.disabled || document.activeElement !== field) return;
    // The test's DOM blurs only a field that is on.
    field.disabled = false;
    field.blur();
    field.disabled = true;
  });
  observer.observe(field, { attributes: true, attributeFilter: ['disabled'] });
  return observer;
}

describe('the records pages, made from the schema', () => {
  it('lists the records of an entity with its columns, sorted by name, and searches them', async () => {
    const api = routes();
    renderAt('/records/account');
    expect(await screen.findByRole('heading', { name: 'Accounts' })).toBeDefined();
    const row = (await screen.findByRole('link', { name: 'Contoso' })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Brewing')).toBeDefined();
    expect(within(row).getByText('120')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Contoso' }).getAttribute('href')).toBe('/records/account/acc1');
    expect(api.callsTo('GET /api/records/account')[0]?.search.get('sort')).toBe('name');
    const user = userEvent.setup();
    await user.click(within(screen.getByRole('columnheader', { name: 'Account Name' })).getByRole('button'));
    await waitFor(() => {
      expect(api.callsTo('GET /api/records/account').at(-1)?.search.get('sort')).toBe('-name');
    });
    await user.type(screen.getByRole('searchbox', { name: 'Search accounts' }), 'zzz');
    expect(await screen.findByText('No accounts match “zzz”.')).toBeDefined();
  });

  it('shows where a record’s page sits in a breadcrumb, its list a link and the page itself current', async () => {
    routes();
    const { currentPath } = renderAt('/records/account/new');
    const user = userEvent.setup();
    const trail = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(trail).getByText('New Account').closest('[aria-current="page"]')).not.toBeNull();
    await user.click(within(trail).getByRole('link', { name: 'Accounts' }));
    expect(currentPath()).toBe('/records/account');
    await user.click(await screen.findByRole('link', { name: 'Contoso' }));
    const recordTrail = await screen.findByRole('navigation', { name: 'Breadcrumb' });
    expect(within(recordTrail).getByText('Contoso').closest('[aria-current="page"]')).not.toBeNull();
    expect(within(recordTrail).getByRole('link', { name: 'Accounts' }).getAttribute('href')).toBe(
      '/records/account',
    );
  });

  it('asks before leaving a new or edited record with unsaved changes, and not once they are undone', async () => {
    const api = routes();
    const { currentPath } = renderAt('/records/account/new');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Account Name'), 'Northwind');
    await user.click(screen.getByRole('link', { name: 'Accounts' }));
    const dialog = screen.getByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('Your changes to this account are not saved.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(currentPath()).toBe('/records/account/new');
    expect(screen.getByLabelText<HTMLInputElement>('Account Name').value).toBe('Northwind');
    await user.click(screen.getByRole('link', { name: 'Accounts' }));
    await user.click(screen.getByRole('button', { name: 'Leave without saving' }));
    expect(currentPath()).toBe('/records/account');
    expect(api.callsTo('POST /api/records/account')).toHaveLength(0);

    // A stored record: an edit asks, the same edit undone leaves at once.
    await user.click(await screen.findByRole('link', { name: 'Contoso' }));
    const employees = await screen.findByLabelText<HTMLInputElement>('Number of Employees');
    await user.type(employees, '0');
    await user.click(screen.getByRole('link', { name: 'Accounts' }));
    expect(screen.getByRole('dialog', { name: 'Leave without saving?' })).toBeDefined();
    await user.keyboard('{Escape}');
    expect(currentPath()).toBe('/records/account/acc1');
    await user.type(employees, '{Backspace}');
    await user.click(screen.getByRole('link', { name: 'Accounts' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(currentPath()).toBe('/records/account');
    expect(api.callsTo('PATCH /api/records/account/acc1')).toHaveLength(0);
  });

  it('creates a record from a form of the entity’s attributes, a lookup picked by searching', async () => {
    const api = routes({
      'POST /api/records/account': () => ({
        status: 201,
        json: { ...contoso, id: 'acc9', name: 'Northwind' },
      }),
      'GET /api/records/account/acc9': () => ({ json: { ...contoso, id: 'acc9', name: 'Northwind' } }),
    });
    const { currentPath } = renderAt('/records/account/new');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Account Name'), 'Northwind');
    await user.selectOptions(screen.getByLabelText('Industry'), 'Accounting');
    await user.type(screen.getByLabelText('Number of Employees'), '42');
    expect(screen.queryByLabelText('Modified On')).toBeNull();
    const picker = screen.getByRole('combobox', { name: 'Primary Contact' });
    await user.type(picker, 'grace');
    await waitFor(() => {
      expect(api.callsTo('GET /api/records/contact').map((c) => c.search.get('search'))).toContain('grace');
    });
    await waitFor(() => {
      expect(screen.queryByRole('option', { name: 'Ada Lovelace' })).toBeNull();
    });
    await user.click(screen.getByRole('option', { name: 'Grace Hopper' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => {
      expect(currentPath()).toBe('/records/account/acc9');
    });
    expect(api.callsTo('POST /api/records/account')[0]?.body).toEqual({
      name: 'Northwind',
      industrycode: 'accounting',
      numberofemployees: 42,
      primarycontactid: 'c2',
    });
  });

  it('shows each problem of a refused save beside the field it names', async () => {
    routes({
      'POST /api/records/account': () =>
        errorReply(422, 'INVALID_RECORD', 'The account was not saved: 1 problem(s).', [
          { code: 'INVALID_VALUE', message: 'Website: expected a URL.', path: 'websiteurl' },
        ]),
    });
    renderAt('/records/account/new');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Website'), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const website = screen.getByLabelText('Website');
    await waitFor(() => {
      expect(website.getAttribute('aria-invalid')).toBe('true');
    });
    const describedBy = website.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy.split(' ')[0] ?? '')?.textContent).toBe(
      'Website: expected a URL.',
    );
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' '),
    ).toContain('Correct the fields marked below');
  });

  it('gives the focus back to the field the user pressed Enter in when the save is refused', async () => {
    routes({
      'POST /api/records/account': () =>
        errorReply(422, 'INVALID_RECORD', 'The account was not saved: 1 problem(s).', [
          { code: 'INVALID_VALUE', message: 'Website: expected a URL.', path: 'websiteurl' },
        ]),
    });
    // The POST waits until released, so that the form can be seen while it saves.
    const reply = globalThis.fetch;
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      if (init?.method === 'POST') await released;
      return reply(input, init);
    });
    renderAt('/records/account/new');
    const user = userEvent.setup();
    const field = await screen.findByLabelText<HTMLInputElement>('Website');
    const dropping = dropFocusWhenOff(field);
    await user.type(field, 'not a url{Enter}');
    const website = screen.getByLabelText<HTMLInputElement>('Website');
    await waitFor(() => {
      expect(website.disabled).toBe(true);
    });
    // Off while saving, the field has lost the focus to the page.
    expect(document.activeElement).toBe(document.body);
    release();
    await waitFor(() => {
      expect(website.getAttribute('aria-invalid')).toBe('true');
    });
    expect(website.disabled).toBe(false);
    // Given back by an effect once the form is on again, which may run a moment after.
    await waitFor(() => {
      expect(document.activeElement).toBe(website);
    });
    dropping.disconnect();
  });

  it('gives the browser an autofill hint for fields whose meaning is plain', async () => {
    routes();
    renderAt('/records/account/new');
    expect((await screen.findByLabelText('Website')).getAttribute('autocomplete')).toBe('url');
    expect(screen.getByLabelText('Number of Employees').getAttribute('autocomplete')).toBeNull();
  });

  it('hints a contact’s first name as the given name', async () => {
    routes();
    renderAt('/records/contact/new');
    expect((await screen.findByLabelText('First Name')).getAttribute('autocomplete')).toBe('given-name');
  });

  it('edits a record, sending only what changed, and deletes it after confirmation', async () => {
    const api = routes({
      'PATCH /api/records/account/acc1': (call) => ({ json: { ...contoso, ...(call.body as object) } }),
      'DELETE /api/records/account/acc1': () => ({ status: 204 }),
    });
    const { currentPath } = renderAt('/records/account/acc1');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Account: Contoso' })).toBeDefined();
    expect(await screen.findByDisplayValue('Ada Lovelace')).toBeDefined();
    const employees = screen.getByLabelText('Number of Employees');
    await user.clear(employees);
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(api.callsTo('PATCH /api/records/account/acc1')[0]?.body).toEqual({ numberofemployees: null });
    });
    // The form is made anew from what was stored: its Save has the focus, not the page.
    await waitFor(() => {
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Save' }));
    });
    expect(api.callsTo('PATCH /api/records/account/acc1')).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirm Deletion' });
    expect(api.callsTo('DELETE /api/records/account/acc1')).toHaveLength(0);
    // The safe choice has the focus: Enter (a second Enter, after the one on Delete) deletes nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('DELETE /api/records/account/acc1')).toHaveLength(0);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete' }));
    await user.keyboard('{Enter}');
    const again = await screen.findByRole('dialog', { name: 'Confirm Deletion' });
    await user.click(within(again).getByRole('button', { name: 'Delete' }));
    await waitFor(() => {
      expect(currentPath()).toBe('/records/account');
    });
    expect(api.callsTo('DELETE /api/records/account/acc1')).toHaveLength(1);
  });

  it('says so when the address names no entity of the schema', async () => {
    routes();
    renderAt('/records/spaceship');
    expect(await screen.findByRole('heading', { name: 'No such entity' })).toBeDefined();
  });
});
