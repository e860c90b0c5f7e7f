import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { PageBreadcrumb } from './page-breadcrumb.tsx';

describe('the page breadcrumb', () => {
  it('links each page above this one through the router and marks this page as current', async () => {
    const location = memoryLocation({ path: '/records/account/a1', record: true });
    render(
      <FluentProvider theme={webLightTheme}>
        <Router hook={location.hook}>
          <Switch>
            <Route path="/records/account">
              <h1>Accounts</h1>
            </Route>
            <Route>
              <PageBreadcrumb
                crumbs={[{ label: 'Accounts', href: '/records/account' }, { label: 'Contoso' }]}
              />
            </Route>
          </Switch>
        </Router>
      </FluentProvider>,
    );
    const trail = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(trail).getByText('Contoso').closest('[aria-current="page"]')).not.toBeNull();
    await userEvent.setup().click(within(trail).getByRole('link', { name: 'Accounts' }));
    expect(await screen.findByRole('heading', { name: 'Accounts' })).toBeDefined();
    expect(location.history.at(-1)).toBe('/records/account');
  });
});
