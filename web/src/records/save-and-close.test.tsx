import { screen, waitFor, within } from '@testing-library/react';
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

/** The notice at the top of the list after Save & Close, once it has the focus. */
async function savedNotice(text: string): Promise<HTMLElement> {
  const notice = await screen.findByRole('group', { name: text });
  await waitFor(() => {
    expect(document.activeElement).toBe(notice);
  });
  return notice;
}

/** Interactions: named by their type, a choice, which the list's search does not look in. */
const withInteractions = {
  ...testSchema,
  entities: [
    ...testSchema.entities,
    {
      name: 'interaction',
      displayName: 'Interaction',
      pluralDisplayName: 'Interactions',
      primaryAttribute: 'type',
      custom: false,
      attributes: [
        {
          name: 'type',
          displayName: 'Interaction Type',
          type: 'choice',
          custom: false,
          computed: false,
          options: [
            { value: 'EmailOpened', label: 'Email Opened' },
            { value: 'EmailClicked', label: 'Email Clicked' },
          ],
        },
        { name: 'asset', displayName: 'Asset', type: 'string', custom: false, computed: false },
      ],
      relationships: [],
    },
  ],
};

/** The API for interactions: thirty stored, listed 25 a page in id order (the first page only), and one made by POST. */
function interactionRoutes() {
  const stored: Record<string, unknown>[] = Array.from({ length: 30 }, (_, i) => ({
    id: `int${String(i + 10)}`,
    type: 'EmailClicked',
    asset: `asset-${String(i)}`,
  }));
  return stubApi({
    'GET /api/schema': () => ({ json: withInteractions }),
    'GET /api/records/interaction': () => ({
      json: { items: stored.slice(0, 25), total: stored.length, nextCursor: 'page2' },
    }),
    'POST /api/records/interaction': (call) => {
      const created = { id: 'int99', ...(call.body as object) };
      stored.push(created);
      return { status: 201, json: created };
    },
    'GET /api/records/interaction/int99': () => ({ json: stored.at(-1) }),
  });
}

describe('Save & Close on a record', () => {
  it('creates a record with nothing to search by and lands on its list, a notice naming it and linking to it', async () => {
    const api = interactionRoutes();
    const { currentPath } = renderAt('/records/interaction/new');
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Interaction Type'), 'Email Opened');
    await user.type(screen.getByLabelText('Asset'), 'newsletter-march');
    await user.click(screen.getByRole('button', { name: 'Save & Close' }));

    await waitFor(() => {
      expect(currentPath()).toBe('/records/interaction');
    });
    expect(api.callsTo('POST /api/records/interaction')[0]?.body).toEqual({
      type: 'EmailOpened',
      asset: 'newsletter-march',
    });
    expect(await screen.findByRole('heading', { name: 'Interactions' })).toBeDefined();
    // The new interaction is not on the list's first page; the notice has the focus and links to it.
    const notice = await savedNotice('Interaction created: Email Opened');
    expect(await screen.findByText('31 interactions')).toBeDefined();
    expect(screen.getAllByRole('link', { name: 'Email Clicked' })).toHaveLength(25);
    await user.click(within(notice).getByRole('link', { name: 'Open' }));
    expect(await screen.findByRole('heading', { name: 'Interaction: Email Opened' })).toBeDefined();
    expect(currentPath()).toBe('/records/interaction/int99');

    // Back on the list by the breadcrumb: the notice was said once and is gone.
    await user.click(screen.getByRole('link', { name: 'Interactions' }));
    expect(await screen.findByRole('heading', { name: 'Interactions' })).toBeDefined();
    await screen.findAllByRole('link', { name: 'Email Clicked' });
    expect(screen.queryByRole('group', { name: /Interaction created/ })).toBeNull();
  });

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
    expect(await screen.findByRole('heading', { name: 'Accounts' })).toBeDefined();
    const notice = await savedNotice('Account created: Northwind');
    expect(within(notice).getByRole('link', { name: 'Open' }).getAttribute('href')).toBe(
      '/records/account/acc9',
    );
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
    await savedNotice('Account saved: Contoso');
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
