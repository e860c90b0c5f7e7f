// Test helpers for the Settings pages: the app's frame and providers around a memory router, keys
// and audit entries to answer with. The fake API is the segment pages' (`stubApi`).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { Route, Router, Switch } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import type { ApiKey, AuditEntry } from '../api/index.ts';
import { SessionProvider } from '../session/index.ts';
import { AppShell } from '../shell/index.ts';
import { AuditPage } from './audit-page.tsx';
import { KeysPage } from './keys-page.tsx';

export { errorReply, stubApi } from '../segments/test-providers.tsx';

/** A key as `GET /api/keys` lists it, active and never used unless `fields` say otherwise. */
export function aKey(fields: Partial<ApiKey> = {}): ApiKey {
  return {
    id: 'k1',
    name: 'campaign tool',
    scope: 'read',
    createdAt: '2026-03-10T17:00:00.000Z',
    createdBy: 'admin',
    revokedAt: null,
    lastUsedAt: null,
    ...fields,
  };
}

/** The admin token's key, used today. */
export const adminKey = aKey({
  id: 'admin',
  name: 'admin token',
  scope: 'admin',
  createdBy: null,
  lastUsedAt: '2026-03-12T09:30:00.000Z',
});

/** An audit entry made by the admin token unless `fields` say otherwise. */
export function anEntry(fields: Partial<AuditEntry> = {}): AuditEntry {
  return {
    seq: 1,
    at: '2026-03-11T08:00:00.000Z',
    keyId: 'admin',
    keyName: 'admin token',
    action: 'segment.create',
    targetKind: 'segment',
    target: 'seg1',
    ...fields,
  };
}

/** Renders the app's frame with the Settings pages at `path`, signed in. */
export function renderSettingsAt(path: string) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  const location = memoryLocation({ path, record: true });
  return render(
    <QueryClientProvider client={client}>
      <SessionProvider initialToken="test-token">
        <Router hook={location.hook}>
          <AppShell>
            <Switch>
              <Route path="/settings/keys" component={KeysPage} />
              <Route path="/settings/audit" component={AuditPage} />
            </Switch>
          </AppShell>
        </Router>
      </SessionProvider>
    </QueryClientProvider>,
  );
}
