// Test helpers for the records pages: a small schema, and the app's providers around its routes.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { configure, render } from '@testing-library/react';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { ComponentType } from 'react';
import { SessionProvider } from '../session/index.ts';
import { NotifyProvider } from '../shell/index.ts';
import { NewRecordPage } from './new-record-page.tsx';
import { RecordPage } from './record-page.tsx';
import { RecordsPage } from './records-page.tsx';

export { errorReply, stubApi } from '../segments/test-providers.tsx';

// Fluent's controls render more than plain elements: on a busy machine a page takes longer than
// Testing Library's default second to settle, so its waits allow five (a bound, never a delay).
configure({ asyncUtilTimeout: 5000 });

const attribute = (name: string, displayName: string, type: string, extra: object = {}) => ({
  name,
  displayName,
  type,
  custom: false,
  computed: false,
  ...extra,
});

/** Accounts (name, industry, employees, website, primary contact) and contacts (full name). */
export const testSchema = {
  entities: [
    {
      name: 'contact',
      displayName: 'Contact',
      pluralDisplayName: 'Contacts',
      primaryAttribute: 'fullname',
      custom: false,
      attributes: [
        attribute('firstname', 'First Name', 'string'),
        attribute('fullname', 'Full Name', 'string', { computed: true }),
      ],
      relationships: [],
    },
    {
      name: 'account',
      displayName: 'Account',
      pluralDisplayName: 'Accounts',
      primaryAttribute: 'name',
      custom: false,
      attributes: [
        attribute('name', 'Account Name', 'string'),
        attribute('industrycode', 'Industry', 'choice', {
          options: [
            { value: 'accounting', label: 'Accounting' },
            { value: 'brewing', label: 'Brewing' },
          ],
        }),
        attribute('numberofemployees', 'Number of Employees', 'integer'),
        attribute('websiteurl', 'Website', 'url'),
        attribute('primarycontactid', 'Primary Contact', 'lookup', { target: 'contact' }),
        attribute('modifiedon', 'Modified On', 'datetime'),
      ],
      relationships: [],
    },
  ],
  operators: {},
};

const routes: readonly { path: string; component: ComponentType }[] = [
  { path: '/records/:entity/new', component: NewRecordPage },
  { path: '/records/:entity/:id', component: RecordPage },
  { path: '/records/:entity', component: RecordsPage },
];

/** Renders `pages` (the records pages by default) at `path` inside Fluent, the session, data and router. */
export function renderAt(
  path: string,
  pages: readonly { path: string; component: ComponentType }[] = routes,
) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  const location = memoryLocation({ path, record: true });
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={client}>
        <SessionProvider initialToken="test-token">
          <NotifyProvider>
            <Router hook={location.hook} searchHook={location.searchHook}>
              <Switch>
                {pages.map((route) => (
                  <Route key={route.path} path={route.path} component={route.component} />
                ))}
              </Switch>
            </Router>
          </NotifyProvider>
        </SessionProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
  /** The path the app is at now, with its query (`?search=…`). */
  const currentPath = () => location.history.at(-1);
  return { ...view, client, currentPath };
}
