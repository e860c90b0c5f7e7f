import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { Attribute, Schema } from '../api/index.ts';
import { SessionProvider } from '../session/index.ts';
import { NotifyProvider } from '../shell/index.ts';
import { ContactPage } from './contact-page.tsx';
import { ContactsPage } from './contacts-page.tsx';
import type { BlockOutcome, ConditionOutcome, RelatedOutcome } from '../api/index.ts';
import { NewContactPage } from './new-contact-page.tsx';

/** Helpers for the contact pages' tests: a schema, a fetch that answers by route, and the pages. */

const text = (name: string, displayName: string): Attribute => ({
  name,
  displayName,
  type: 'string',
  custom: false,
  computed: false,
});

/**
 * The contact entity as `GET /api/schema` describes it (the attributes the form shows: Company Name,
 * a lookup of accounts, and Loyalty Tier, a custom choice), and the account entity it looks up.
 */
export const testSchema: Schema = {
  entities: [
    {
      name: 'contact',
      displayName: 'Contact',
      pluralDisplayName: 'Contacts',
      primaryAttribute: 'fullname',
      custom: false,
      relationships: [],
      attributes: [
        text('firstname', 'First Name'),
        text('lastname', 'Last Name'),
        { ...text('fullname', 'Full Name'), computed: true },
        text('jobtitle', 'Job Title'),
        text('emailaddress1', 'Email'),
        text('telephone1', 'Business Phone'),
        text('address1_city', 'Address 1: City'),
        text('address1_stateorprovince', 'Address 1: State/Province'),
        text('address1_country', 'Address 1: Country/Region'),
        { ...text('birthdate', 'Birthday'), type: 'date' },
        {
          ...text('gendercode', 'Gender'),
          type: 'choice',
          options: [
            { value: 'female', label: 'Female' },
            { value: 'male', label: 'Male' },
          ],
        },
        {
          ...text('interests', 'Interests'),
          type: 'multichoice',
          options: [
            { value: 'wine', label: 'Wine' },
            { value: 'travel', label: 'Travel' },
          ],
        },
        { ...text('donotbulkemail', 'Do not allow Bulk Emails'), type: 'boolean' },
        { ...text('parentcustomerid', 'Company Name'), type: 'lookup', target: 'account' },
        {
          ...text('loyaltytier', 'Loyalty Tier'),
          type: 'choice',
          custom: true,
          options: [
            { value: 'gold', label: 'Gold' },
            { value: 'silver', label: 'Silver' },
          ],
        },
      ],
    },
    {
      name: 'account',
      displayName: 'Account',
      pluralDisplayName: 'Accounts',
      primaryAttribute: 'name',
      custom: false,
      relationships: [],
      attributes: [text('name', 'Account Name')],
    },
  ],
  operators: {},
};

/** The accounts a Company Name picker finds (`GET /api/records/account`, searched by name). */
export const testAccounts = [
  { id: 'a1', name: 'Contoso' },
  { id: 'a2', name: 'Fabrikam' },
];

/** A query block of contacts, unmatched, whose one contact (c1) has `children` as its conditions. */
export function contactBlock(children: readonly (ConditionOutcome | RelatedOutcome)[]): BlockOutcome {
  return {
    kind: 'queryBlock',
    index: 0,
    path: 'query.blocks[0]',
    matched: false,
    resultSoFar: false,
    entity: 'contact',
    steps: [
      {
        path: 'query.blocks[0]',
        entity: 'contact',
        displayName: 'Contacts',
        reached: 1,
        matching: 0,
        matched: false,
        example: {
          entity: 'contact',
          id: 'c1',
          matched: false,
          where: {
            kind: 'group',
            path: 'query.blocks[0].where',
            op: 'and',
            not: false,
            matched: false,
            children,
          },
        },
      },
    ],
  };
}

/** A request the page sent. */
export interface SentRequest {
  readonly method: string;
  readonly url: URL;
  readonly body: unknown;
}

/** What a route handler answers: a status and a JSON body. */
export interface Answer {
  readonly status?: number;
  readonly body?: unknown;
}

/** Answers a request, or undefined to let the next handler try. */
export type Handler = (request: SentRequest) => Answer | undefined;

/** A handler for one method and path (the path without its query). */
export function on(method: string, path: string, answer: (request: SentRequest) => Answer): Handler {
  return (request) =>
    request.method === method && request.url.pathname === path ? answer(request) : undefined;
}

/**
 * Replaces `fetch` with one that answers from `handlers` (the schema always), records every request,
 * and answers 404 for anything else.
 */
export function mockApi(handlers: readonly Handler[]): SentRequest[] {
  const sent: SentRequest[] = [];
  const all = [
    ...handlers,
    on('GET', '/api/schema', () => ({ body: testSchema })),
    on('GET', '/api/records/account', (request) => {
      const search = (request.url.searchParams.get('search') ?? '').toLocaleLowerCase();
      const items = testAccounts.filter((account) => account.name.toLocaleLowerCase().includes(search));
      return { body: { items, total: items.length, nextCursor: null } };
    }),
    ...testAccounts.map((account) =>
      on('GET', `/api/records/account/${account.id}`, () => ({ body: account })),
    ),
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn((input: string, init: RequestInit = {}) => {
      const bodyText = typeof init.body === 'string' ? init.body : undefined;
      const request = {
        method: init.method ?? 'GET',
        url: new URL(input, 'http://segmint.test'),
        body: bodyText === undefined ? undefined : (JSON.parse(bodyText) as unknown),
      };
      sent.push(request);
      const answer = all.reduce<Answer | undefined>((found, handler) => found ?? handler(request), undefined);
      const status = answer?.status ?? (answer === undefined ? 404 : 200);
      const body =
        answer === undefined
          ? { error: { code: 'NOT_FOUND', message: `No mock for ${request.url.pathname}` } }
          : answer.body;
      return Promise.resolve(
        new Response(status === 204 ? null : JSON.stringify(body), {
          status,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  return sent;
}

/** Renders the contact pages at `path`, signed in; `location()` is the path the app is at now. */
export function renderContacts(path: string) {
  const memory = memoryLocation({ path, record: true });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <SessionProvider initialToken="test-token">
        <NotifyProvider>
          <Router hook={memory.hook} searchHook={memory.searchHook}>
            <Switch>
              <Route path="/contacts/new" component={NewContactPage} />
              <Route path="/contacts/:id" component={ContactPage} />
              <Route path="/contacts" component={ContactsPage} />
              <Route>
                <p>Elsewhere</p>
              </Route>
            </Switch>
          </Router>
        </NotifyProvider>
      </SessionProvider>
    </QueryClientProvider>,
  );
  return { ...view, location: () => memory.history[memory.history.length - 1] };
}
