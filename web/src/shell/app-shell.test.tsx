import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { SessionProvider, useSession } from '../session/index.ts';
import { AppShell } from './app-shell.tsx';
import { useLeaveGuard } from './use-leave-guard.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A page with a box whose text is unsaved once typed in. */
function EditPage() {
  const [text, setText] = useState('');
  const guard = useLeaveGuard(text !== '', 'this note');
  return (
    <>
      <h1>Note</h1>
      <input
        aria-label="Note"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      {guard}
    </>
  );
}

/** The app's frame over the note page and the contacts page, or the sign-in page when signed out. */
function Signed() {
  const { api } = useSession();
  if (api === undefined) return <h1>Sign in</h1>;
  return (
    <AppShell>
      <Switch>
        <Route path="/note" component={EditPage} />
        <Route path="/contacts">
          <h1>Contacts</h1>
        </Route>
      </Switch>
    </AppShell>
  );
}

function renderShell() {
  // The schema the navigation reads: no entities, so no Records area.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(Response.json({ entities: [], operators: {} }))),
  );
  const location = memoryLocation({ path: '/note', record: true });
  render(
    <FluentProvider theme={webLightTheme}>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <SessionProvider initialToken="test-token">
          <Router hook={location.hook}>
            <Signed />
          </Router>
        </SessionProvider>
      </QueryClientProvider>
    </FluentProvider>,
  );
  return { path: () => location.history.at(-1) };
}

describe('the app shell', () => {
  it('goes to a page by its link in the navigation, marking it as the current page', async () => {
    const user = userEvent.setup();
    const { path } = renderShell();
    const customers = screen.getByRole('navigation', { name: 'Customers' });
    await user.click(within(customers).getByRole('link', { name: 'Contacts' }));
    expect(await screen.findByRole('heading', { name: 'Contacts' })).toBeDefined();
    expect(path()).toBe('/contacts');
    expect(within(customers).getByRole('link', { name: 'Contacts' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  it('signs out at once when nothing is unsaved', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeDefined();
  });

  it('asks before signing out of unsaved changes: Stay keeps them, Leave signs out', async () => {
    const user = userEvent.setup();
    renderShell();
    await user.type(screen.getByRole('textbox', { name: 'Note' }), 'Call Ada');
    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    expect(dialog.textContent).toContain('Your changes to this note are not saved.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: 'Note' }).value).toBe('Call Ada');
    expect(screen.queryByRole('heading', { name: 'Sign in' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Sign out' }));
    const again = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(again).getByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeDefined();
  });
});
