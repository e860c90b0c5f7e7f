/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { openNewDynamicSegment } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

/**
 * Sign out (issue 14) leaves the page like any link: with a segment's changes unsaved it asks
 * **Leave without saving?** first; Stay keeps what was typed, Leave signs out to the sign-in page.
 */
describe('Sign out in headless chromium', () => {
  const session = browserAndServer();

  it('asks before signing out of unsaved changes, and signs out when told to leave', async () => {
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'sign-out-failed');
    });
    await signIn(page, session.server);
    await openNewDynamicSegment(page);
    await page.getByLabel('Name', { exact: true }).fill('Unsaved VIPs');

    const signOut = page.getByRole('toolbar', { name: 'Session' }).getByRole('button', { name: 'Sign out' });
    await signOut.click();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Your changes to this segment are not saved.');
    await screenshot(page, 'sign-out-unsaved');
    await dialog.getByRole('button', { name: 'Stay on this page' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Unsaved VIPs');

    await signOut.click();
    await dialog.getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByLabel('API key').waitFor();
    expect(await page.getByRole('navigation', { name: 'Customers' }).count()).toBe(0);

    // Signed in again with nothing unsaved, Sign out goes at once.
    await signIn(page, session.server);
    await signOut.click();
    await page.getByLabel('API key').waitFor();
    expect(errors).toEqual([]);
  });
});
