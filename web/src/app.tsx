import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { SessionProvider, SignInPage, useSession } from './session/index.ts';
import { AppShell, NotifyProvider } from './shell/index.ts';
import { appRoutes } from './routes.tsx';

function SignedInApp() {
  const { api } = useSession();
  if (api === undefined) return <SignInPage />;
  return (
    <AppShell>
      <Switch>
        {appRoutes.map((route) => (
          <Route key={route.path} path={route.path} component={route.component} />
        ))}
        <Route path="/">
          <Redirect to="/segments" />
        </Route>
        <Route>
          <h1>Page not found</h1>
          <p>There is nothing at this address. Choose a page on the left.</p>
        </Route>
      </Switch>
    </AppShell>
  );
}

/** The whole web app: Fluent's theme, the session, the data cache, the toasts and the pages. */
export function App({ initialToken }: { initialToken?: string }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  return (
    <FluentProvider theme={webLightTheme} className="fluent-root">
      <QueryClientProvider client={queryClient}>
        <SessionProvider initialToken={initialToken}>
          <NotifyProvider>
            <SignedInApp />
          </NotifyProvider>
        </SessionProvider>
      </QueryClientProvider>
    </FluentProvider>
  );
}
