import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ApiKey } from '../api/index.ts';
import { adminKey, aKey, errorReply, renderSettingsAt, stubApi } from './settings-test-kit.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

const secret = 'smk_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

/** A server holding `keys`: lists them, makes keys and revokes them the way the API does. */
function keyServer(initial: readonly ApiKey[]) {
  let keys = [...initial];
  return stubApi({
    'GET /api/keys': () => ({ json: { items: keys } }),
    'POST /api/keys': (call) => {
      const { name, scope } = call.body as Pick<ApiKey, 'name' | 'scope'>;
      const made = aKey({ id: `k${keys.length + 1}`, name, scope, createdAt: '2026-03-12T10:00:00.000Z' });
      keys = [...keys, made];
      return { status: 201, json: { ...made, secret } };
    },
    'DELETE /api/keys/k2': () => {
      keys = keys.map((k) => (k.id === 'k2' ? { ...k, revokedAt: '2026-03-12T11:00:00.000Z' } : k));
      return { status: 204 };
    },
    'DELETE /api/keys/admin': () =>
      errorReply(
        409,
        'LAST_ADMIN_KEY',
        '"admin token" is the last admin key: make another admin key before revoking it.',
      ),
  });
}

const rowOf = async (name: string) => {
  const header = await screen.findByRole('rowheader', { name });
  const row = header.closest('tr');
  if (row === null) throw new Error(`no row for ${name}`);
  return within(row);
};

describe('the Keys page', () => {
  it('is in the Settings navigation and lists every key with its scope, use and state', async () => {
    keyServer([
      adminKey,
      aKey({ id: 'k2' }),
      aKey({ id: 'k3', name: 'old import', scope: 'write', revokedAt: '2026-03-11T12:00:00.000Z' }),
    ]);
    renderSettingsAt('/settings/keys');
    const settings = screen.getByRole('navigation', { name: 'Settings' });
    expect(within(settings).getByRole('link', { name: 'Keys' }).getAttribute('aria-current')).toBe('page');
    expect(within(settings).getByRole('link', { name: 'Audit' })).toBeDefined();

    const admin = await rowOf('admin token');
    expect(admin.getByText('Admin')).toBeDefined();
    expect(admin.getByText('Active')).toBeDefined();
    expect(admin.getByText(new Date(adminKey.lastUsedAt ?? '').toLocaleString())).toBeDefined();
    const campaign = await rowOf('campaign tool');
    expect(campaign.getByText('Read')).toBeDefined();
    expect(campaign.getByText('Never')).toBeDefined();
    expect(campaign.getByRole('button', { name: 'Revoke campaign tool' })).toBeDefined();
    const old = await rowOf('old import');
    expect(old.getByText('Write')).toBeDefined();
    expect(old.getByText('Revoked')).toBeDefined();
    expect(old.queryByRole('button')).toBeNull();
  });

  it('explains each scope in the New key form and asks for a name', async () => {
    const api = keyServer([adminKey]);
    renderSettingsAt('/settings/keys');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New key' }));
    const form = screen.getByRole('form', { name: 'New key' });
    const read = within(form).getByRole('radio', { name: 'Read' });
    expect((read as HTMLInputElement).checked).toBe(true);
    expect(read.getAttribute('aria-describedby')).not.toBeNull();
    expect(within(form).getByText(/for a campaign tool that only reads/)).toBeDefined();
    expect(within(form).getByText(/imports CSV/)).toBeDefined();
    expect(within(form).getByText(/keys and the audit trail/)).toBeDefined();
    await user.click(within(form).getByRole('button', { name: 'Create key' }));
    expect(within(form).getByRole('alert').textContent).toBe('A key needs a name, such as "campaign tool".');
    expect(api.callsTo('POST /api/keys')).toHaveLength(0);
  });

  it('puts the focus in Name as the form opens, and back on New key after Cancel', async () => {
    keyServer([adminKey]);
    renderSettingsAt('/settings/keys');
    const user = userEvent.setup();
    const newKey = await screen.findByRole('button', { name: 'New key' });
    newKey.focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: 'New key' });
    // New key is off while the form is open: the focus is where the typing starts, not on the page.
    expect(document.activeElement).toBe(within(form).getByLabelText('Name'));
    await user.keyboard('campaign tool');
    expect(within(form).getByLabelText<HTMLInputElement>('Name').value).toBe('campaign tool');
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form', { name: 'New key' })).toBeNull();
    expect(document.activeElement).toBe(newKey);
  });

  it('shows a new key’s secret once, with Copy, and refreshes the list without it', async () => {
    const api = keyServer([adminKey]);
    renderSettingsAt('/settings/keys');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New key' }));
    const form = screen.getByRole('form', { name: 'New key' });
    await user.type(within(form).getByLabelText('Name'), 'import job');
    await user.click(within(form).getByRole('radio', { name: 'Write' }));
    await user.click(within(form).getByRole('button', { name: 'Create key' }));

    const panel = await screen.findByRole('region', { name: /Key “import job” created/ });
    expect(api.callsTo('POST /api/keys')[0]?.body).toEqual({ name: 'import job', scope: 'write' });
    expect(screen.queryByRole('form', { name: 'New key' })).toBeNull();
    expect(within(panel).getByLabelText<HTMLInputElement>('Secret').value).toBe(secret);
    expect(within(panel).getByText('Copy the secret now: it will not be shown again.')).toBeDefined();

    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(await within(panel).findByText('Copied to the clipboard.')).toBeDefined();
    expect(await navigator.clipboard.readText()).toBe(secret);

    // The list was asked again and shows the new key, without its secret.
    const row = await rowOf('import job');
    expect(row.getByText('Write')).toBeDefined();
    expect(api.callsTo('GET /api/keys')).toHaveLength(2);
    expect(screen.getByRole('table').textContent).not.toContain(secret);

    await user.click(within(panel).getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('region', { name: /created/ })).toBeNull();
    // Done goes with its panel: the focus goes to New key, not to the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New key' }));
    expect(document.body.innerHTML).not.toContain(secret);
  });

  it('asks before revoking a key, then shows it revoked', async () => {
    const api = keyServer([adminKey, aKey({ id: 'k2' })]);
    renderSettingsAt('/settings/keys');
    const user = userEvent.setup();
    const campaign = await rowOf('campaign tool');

    await user.click(campaign.getByRole('button', { name: 'Revoke campaign tool' }));
    let dialog = screen.getByRole('dialog', { name: 'Revoke “campaign tool”?' });
    expect(
      within(dialog).getByText(/Every client that uses the key “campaign tool” \(read scope\)/),
    ).toBeDefined();
    // The safe choice has the focus: Enter (a second Enter, after the one on Revoke) revokes nothing.
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.callsTo('DELETE /api/keys/k2')).toHaveLength(0);

    await user.click(campaign.getByRole('button', { name: 'Revoke campaign tool' }));
    dialog = screen.getByRole('dialog', { name: 'Revoke “campaign tool”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    expect(api.callsTo('DELETE /api/keys/k2')).toHaveLength(1);
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(screen.getByText('The key “campaign tool” is revoked.').getAttribute('role')).toBe('status');
    const revoked = await rowOf('campaign tool');
    expect(await revoked.findByText('Revoked')).toBeDefined();
    expect(revoked.queryByRole('button')).toBeNull();
    // Its Revoke button is gone: the focus is on New key, not on the page.
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'New key' }));
  });

  it('shows the refusal to revoke the last admin key in the dialog', async () => {
    const api = keyServer([adminKey]);
    renderSettingsAt('/settings/keys');
    const user = userEvent.setup();
    const admin = await rowOf('admin token');
    await user.click(admin.getByRole('button', { name: 'Revoke admin token' }));
    const dialog = screen.getByRole('dialog', { name: 'Revoke “admin token”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toBe(
      'Not revoked: "admin token" is the last admin key: make another admin key before revoking it.',
    );
    expect(api.callsTo('DELETE /api/keys/admin')).toHaveLength(1);
    // Revoke is off but keeps the focus (no jump to the page): announced as unavailable, it does nothing.
    const revoke = within(dialog).getByRole('button', { name: 'Revoke' });
    expect(revoke.getAttribute('aria-disabled')).toBe('true');
    expect(document.activeElement).toBe(revoke);
    await user.keyboard('{Enter}');
    expect(api.callsTo('DELETE /api/keys/admin')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect((await rowOf('admin token')).getByText('Active')).toBeDefined();
  });

  it('tells a key without the admin scope that managing keys needs an admin key', async () => {
    stubApi({
      'GET /api/keys': () =>
        errorReply(
          403,
          'FORBIDDEN',
          'The key "campaign tool" has the scope "read"; GET /api/keys needs "admin".',
        ),
    });
    renderSettingsAt('/settings/keys');
    expect(
      await screen.findByText('Your key has the read scope; managing keys needs an admin key.'),
    ).toBeDefined();
    expect(screen.queryByRole('button', { name: 'New key' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.body.textContent).not.toContain('GET /api/keys');
  });
});
