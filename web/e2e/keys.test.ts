/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { focusedName, hasFocus, overflowOf, screenshotAtWidth, tabTo } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

interface KeyAnswer {
  readonly name: string;
  readonly scope: string;
  readonly revokedAt: string | null;
}

/**
 * Settings › Keys at 1280×800 (issue 14; its phone width is in phone-width.test.ts): a key made with
 * the keyboard alone (New key, its name, the Write scope by the arrow keys, Create key), its secret
 * copied, then revoked after the dialog asks (Escape first, which keeps it), and refused from then on.
 */
describe('Settings › Keys with the keyboard in headless chromium', () => {
  const session = browserAndServer();

  it('makes a write key with New key, copies its secret, and revokes it with Revoke, all by keyboard', async () => {
    const { server } = session;
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'keys-keyboard-failed');
    });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await signIn(page, server);
    await tabTo(page, page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Keys' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Keys', exact: true }).waitFor();
    const table = page.getByRole('table');
    await table.getByRole('row').nth(1).waitFor();
    const before = await table.getByRole('row').count();

    // New key: the form opens with the focus in its Name (New key is off meanwhile, and the focus
    // does not fall to the page), the scope moved from Read to Write with Arrow Down.
    const newKey = page.getByRole('button', { name: 'New key' });
    await tabTo(page, newKey);
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'New key' });
    await form.waitFor();
    const name = form.getByRole('textbox', { name: 'Name' });
    await expect.poll(() => hasFocus(name), { message: await focusedName(page) }).toBe(true);
    await page.keyboard.type('campaign tool');
    await page.keyboard.press('Tab');
    const read = form.getByRole('radio', { name: 'Read' });
    await expect.poll(() => hasFocus(read), { message: await focusedName(page) }).toBe(true);
    expect(await read.isChecked()).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => form.getByRole('radio', { name: 'Write' }).isChecked()).toBe(true);
    await screenshotAtWidth(page, 'keys-new-key-form');
    await tabTo(page, form.getByRole('button', { name: 'Create key' }));
    await page.keyboard.press('Enter');

    // The secret, shown once: the heading takes the focus; Copy puts the secret on the clipboard.
    const heading = page.getByRole('heading', { name: 'Key “campaign tool” created (write scope)' });
    await heading.waitFor();
    await expect.poll(() => hasFocus(heading)).toBe(true);
    await form.waitFor({ state: 'detached' });
    const secret = await page.getByRole('textbox', { name: 'Secret' }).inputValue();
    expect(secret.length).toBeGreaterThan(20);
    await tabTo(page, page.getByRole('button', { name: 'Copy' }));
    await page.keyboard.press('Enter');
    await page.getByText('Copied to the clipboard.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await screenshotAtWidth(page, 'keys-new-secret');

    // The key works, and is listed, active, with its scope.
    const works = await fetch(`${server.url}/api/segments`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(works.status).toBe(200);
    await tabTo(page, page.getByRole('button', { name: 'Done' }));
    await page.keyboard.press('Enter');
    await heading.waitFor({ state: 'detached' });
    // Done went with its panel: the focus is on New key.
    await expect.poll(() => hasFocus(newKey), { message: await focusedName(page) }).toBe(true);
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'campaign tool' }) });
    await row.waitFor();
    expect(await table.getByRole('row').count()).toBe(before + 1);
    expect(await row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['Write', 'Active']) as string[],
    );

    // Revoke asks first; Escape keeps the key and gives the focus back to its Revoke button.
    const revokeButton = page.getByRole('button', { name: 'Revoke campaign tool' });
    await tabTo(page, revokeButton);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Revoke “campaign tool”?' });
    await dialog.getByText('will be refused from now on').waitFor();
    await screenshotAtWidth(page, 'keys-revoke-dialog');
    // Cancel starts with the focus: Enter pressed twice revokes nothing.
    const cancel = dialog.getByRole('button', { name: 'Cancel' });
    await expect.poll(() => hasFocus(cancel), { message: await focusedName(page) }).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(revokeButton), { message: await focusedName(page) }).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.getByText('will be refused from now on').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(revokeButton), { message: await focusedName(page) }).toBe(true);
    expect(
      (await server.api<{ items: KeyAnswer[] }>('GET', '/api/keys')).items.find(
        (k) => k.name === 'campaign tool',
      ),
    ).toMatchObject({ revokedAt: null });

    // Again, and Revoke in the dialog: the page says so, the row says Revoked, the key is refused.
    await page.keyboard.press('Enter');
    await tabTo(page, dialog.getByRole('button', { name: 'Revoke' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'The key “campaign tool” is revoked.' }).waitFor();
    await row.getByText('Revoked').waitFor();
    expect(await revokeButton.count()).toBe(0);
    // Its Revoke button went with it: the focus is on New key, not on the page.
    await expect.poll(() => hasFocus(newKey), { message: await focusedName(page) }).toBe(true);
    const refused = await fetch(`${server.url}/api/segments`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(refused.status).toBe(401);
    const { items: keys } = await server.api<{ items: KeyAnswer[] }>('GET', '/api/keys');
    expect(keys.find((k) => k.name === 'campaign tool')).toMatchObject({ scope: 'write' });
    expect(keys.find((k) => k.name === 'campaign tool')?.revokedAt).not.toBeNull();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'keys');
    expect(errors).toEqual([]);
  });
});
