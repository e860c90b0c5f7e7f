import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CrmRecord, Entity } from '../api/index.ts';
import { errorReply, renderAt, stubApi, testSchema } from './records-test-kit.tsx';
import { searchedListHref } from './records-api.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

const contoso = {
  id: 'acc1',
  name: 'Contoso',
  industrycode: 'brewing',
  numberofemployees: 120,
  websiteurl: null,
  primarycontactid: null,
  modifiedon: '2026-03-10T17:00:00.000Z',
};

/** The API: accounts listed (those whose name holds the search), Contoso read and changed, Northwind made. */
function routes() {
  const stored: Record<string, unknown>[] = [contoso];
  return stubApi({
    'GET /api/schema': () => ({ json: testSchema }),
    'GET /api/records/account': (call) => {
      const search = (call.search.get('search') ?? '').toLowerCase();
      const items = stored.filter((r) => String(r.name).toLowerCase().includes(search));
      return { json: { items, total: items.length, nextCursor: null } };
    },
    'GET /api/records/account/acc1': () => ({ json: contoso }),
    'PATCH /api/records/account/acc1': (call) => ({ json: { ...contoso, ...(call.body as object) } }),
    'POST /api/records/account': (call) => {
      const created = { id: 'acc9', ...(call.body as object) };
      stored.push(created);
      return { status: 201, json: created };
    },
    'GET /api/records/contact': () => ({ json: { items: [], total: 0, nextCursor: null } }),
  });
}

describe('Save & Close on a record', () => {
  it('creates a new record, says so and lands on the list searched to it', async () => {
    const api = routes();
    const { currentPath } = renderAt('/records/account/new');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Account Name'), 'Northwind');
    await user.selectOptions(screen.getByLabelText('Industry'), 'Accounting');
    await user.click(screen.getByRole('button', { name: 'Save & Close' }));

    await waitFor(() => {
      expect(currentPath()).toBe('/records/account?search=Northwind');
    });
    expect(api.callsTo('POST /api/records/account')[0]?.body).toEqual({
      name: 'Northwind',
      industrycode: 'accounting',
    });
    expect(await screen.findByText('Account created')).toBeDefined();
    expect(await screen.findByRole('heading', { name: 'Accounts' })).toBeDefined();
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search accounts' }).value).toBe(
      'Northwind',
    );
    expect(await screen.findByRole('link', { name: 'Northwind' })).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Contoso' })).toBeNull();
    expect(api.callsTo('GET /api/records/account').at(-1)?.search.get('search')).toBe('Northwind');
  });

  it('saves a stored record, says so and lands on the list searched to it', async () => {
    const api = routes();
    const { currentPath } = renderAt('/records/account/acc1');
    const user = userEvent.setup();
    expect(await screen.findByRole('heading', { name: 'Account: Contoso' })).toBeDefined();
    const employees = screen.getByLabelText('Number of Employees');
    await user.clear(employees);
    await user.type(employees, '250');
    await user.click(screen.getByRole('button', { name: 'Save & Close' }));

    await waitFor(() => {
      expect(currentPath()).toBe('/records/account?search=Contoso');
    });
    expect(api.callsTo('PATCH /api/records/account/acc1')).toHaveLength(1);
    expect(api.callsTo('PATCH /api/records/account/acc1')[0]?.body).toEqual({ numberofemployees: 250 });
    expect(await screen.findByText('Account saved')).toBeDefined();
    expect(await screen.findByRole('link', { name: 'Contoso' })).toBeDefined();
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search accounts' }).value).toBe(
      'Contoso',
    );
  });

  it('stays on the form, its problems beside the fields, when the save is refused', async () => {
    const api = stubApi({
      'GET /api/schema': () => ({ json: testSchema }),
      'GET /api/records/contact': () => ({ json: { items: [], total: 0, nextCursor: null } }),
      'POST /api/records/account': () =>
        errorReply(422, 'INVALID_RECORD', 'The account was not saved: 1 problem(s).', [
          { code: 'INVALID_VALUE', message: 'Website: expected a URL.', path: 'websiteurl' },
        ]),
    });
    const { currentPath } = renderAt('/records/account/new');
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Website'), 'not a url');
    await user.click(screen.getByRole('button', { name: 'Save & Close' }));
    await waitFor(() => {
      expect(screen.getByLabelText('Website').getAttribute('aria-invalid')).toBe('true');
    });
    expect(api.callsTo('POST /api/records/account')).toHaveLength(1);
    expect(currentPath()).toBe('/records/account/new');
  });

  it('searches by name, else by email, and lists them all when the name is not text', () => {
    const entity = (primaryAttribute: string, attributes: object[]) =>
      ({ name: 'thing', primaryAttribute, attributes }) as unknown as Entity;
    const record = (values: object) => ({ id: 'r1', ...values }) as CrmRecord;
    const name = { name: 'name', type: 'string' };
    const email = { name: 'emailaddress1', type: 'string' };
    const type = { name: 'type', type: 'choice' };
    expect(searchedListHref(entity('name', [name]), record({ name: 'Wine & Co' }))).toBe(
      '/records/thing?search=Wine%20%26%20Co',
    );
    expect(searchedListHref(entity('name', [name, email]), record({ emailaddress1: 'a@b.example' }))).toBe(
      '/records/thing?search=a%40b.example',
    );
    expect(searchedListHref(entity('type', [type]), record({ type: 'EmailOpened' }))).toBe('/records/thing');
  });
});
