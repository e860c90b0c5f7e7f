/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { hasFocus, overflowOf, phone, screenshotAtWidth, tabTo } from './e2e-pages.ts';
import { browserAndServer } from './e2e-session.ts';

const hint = 'The admin key is printed by segmint serve';
const refused = 'That key is not accepted: it is mistyped, or it was revoked.';

/**
 * The sign-in page (issue 14): it says where the admin key is before any key is tried; an empty or a
 * wrong key is refused beside the box, the right one opens the app; with the keyboard alone at
 * 1280×800, and at phone width. Sign out comes back to it.
 */
describe('the sign-in page in headless chromium', () => {
  const session = browserAndServer();

  it('says where the admin key is, refuses a wrong key and signs in with the right one, by keyboard', async () => {
    const { server } = session;
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'sign-in-failed');
    });
    await page.goto(server.url);
    const key = page.getByLabel('API key');
    await key.waitFor();
    // Where the key is, before anything is tried.
    await page.getByText(hint).waitFor();
    expect(await page.getByText(hint).textContent()).toContain('admin-token');
    expect(await key.getAttribute('aria-describedby')).toContain('sign-in-hint');

    // Tab to the box; Enter with nothing typed asks for a key.
    await tabTo(page, key);
    await page.keyboard.press('Enter');
    await page.getByText('Enter an API key.').waitFor();
    expect(await key.getAttribute('aria-invalid')).toBe('true');

    // A wrong key, then Enter: refused beside the box, which keeps the focus.
    await page.keyboard.type('not-the-key');
    await page.keyboard.press('Enter');
    await page.getByText(refused).waitFor();
    expect(await hasFocus(key)).toBe(true);
    await screenshotAtWidth(page, 'sign-in-refused');
    expect(await page.getByRole('navigation', { name: 'Customers' }).count()).toBe(0);

    // The right key, typed over the wrong one; Tab to Sign in and Enter: the app opens.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(server.token);
    await page.keyboard.press('Tab');
    expect(await hasFocus(page.getByRole('button', { name: 'Sign in' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Customers' }).waitFor();
    await page.getByRole('heading', { name: 'Segments', exact: true }).waitFor();
    expect(await page.getByText(refused).count()).toBe(0);

    // Signed in it stays across a reload; Sign out brings the page back, empty.
    await page.reload();
    await page.getByRole('navigation', { name: 'Customers' }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'Sign out' }));
    await page.keyboard.press('Enter');
    await key.waitFor();
    expect(await key.inputValue()).toBe('');
    expect(errors).toEqual([]);
  });

  it('fits a phone: the hint, a refusal and Sign in, nothing sideways', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'sign-in-phone-failed');
    });
    await page.goto(session.server.url);
    await page.getByText(hint).waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await page.getByLabel('API key').fill('not-the-key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText(refused).waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'sign-in');
    await page.getByLabel('API key').fill(session.server.token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('navigation', { name: 'Customers' }).waitFor();
    expect(errors).toEqual([]);
  });
});
