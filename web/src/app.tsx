import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { Redirect, Route, Switch } from 'wouter';
import { SessionProvider, SignInPage, useSession } from './session/index.ts';
import { AppShell } from './shell/index.ts';
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

/** The whole web app: the session, the data cache and the pages. */
export function App({ initialToken }: { initialToken?: string }) {
  const [queryClient] = useState(
    () => new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <SessionProvider initialToken={initialToken}>
        <SignedInApp />
      </SessionProvider>
    </QueryClientProvider>
  );
}
