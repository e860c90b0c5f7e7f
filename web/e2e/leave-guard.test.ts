/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { openNewDynamicSegment, phone, screenshotAtWidth } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

/**
 * Leaving a segment with unsaved changes (issue 14) asks first, **Leave without saving?**, whether by a
 * link of the app or by the browser's Back or Forward: Stay keeps the page, what was typed and the
 * history, Leave goes. At desktop width with the mouse, at phone width with the keyboard.
 */

/** Customers > Segments, New, New Dynamic Segment, Skip; types a name that is not saved. */
async function unsavedSegment(page: Page, name: string): Promise<void> {
  await openNewDynamicSegment(page);
  await page.getByLabel('Name', { exact: true }).fill(name);
}

const leaveDialog = (page: Page) => page.getByRole('dialog', { name: 'Leave without saving?' });

describe('the leave guard in headless chromium', () => {
  const session = browserAndServer();

  it('asks before a link and before Back: Stay keeps the changes, Leave goes', async () => {
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'leave-guard-failed');
    });
    await signIn(page, session.server);
    await unsavedSegment(page, 'Atlantis VIPs');
    const here = page.url();
    expect(here).toMatch(/\/segments\/new\/dynamic$/);

    // A link of the app: Customers > Contacts.
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Contacts' }).click();
    await leaveDialog(page).waitFor();
    expect(await leaveDialog(page).textContent()).toContain('Your changes to this segment are not saved.');
    await screenshotAtWidth(page, 'leave-guard-link');
    await leaveDialog(page).getByRole('button', { name: 'Stay on this page' }).click();
    await leaveDialog(page).waitFor({ state: 'detached' });
    expect(page.url()).toBe(here);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Atlantis VIPs');

    // The browser's Back: the address stays the page's while it asks.
    await page.goBack();
    await leaveDialog(page).waitFor();
    expect(page.url()).toBe(here);
    await screenshotAtWidth(page, 'leave-guard-back');
    await leaveDialog(page).getByRole('button', { name: 'Stay on this page' }).click();
    await leaveDialog(page).waitFor({ state: 'detached' });
    expect(page.url()).toBe(here);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Atlantis VIPs');

    await page.goBack();
    await leaveDialog(page).getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL(/\/segments$/);
    await page.getByRole('heading', { name: 'Segments', exact: true }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).count()).toBe(0);
    // Nothing was saved on the way.
    const saved = await session.server.api<{ items: unknown[] }>('GET', '/api/segments');
    expect(saved.items).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('asks before Forward: Stay keeps the changes and Back and Forward as they were, Leave goes forward', async () => {
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'leave-guard-forward-failed');
    });
    await signIn(page, session.server);
    // A new segment, left for Contacts while nothing is typed, and come back to with Back.
    await unsavedSegment(page, '');
    const here = page.url();
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Contacts' }).click();
    await page.waitForURL(/\/contacts$/);
    await page.goBack();
    await page
      .getByRole('dialog', { name: 'Segment Templates' })
      .getByRole('button', { name: 'Skip' })
      .click();
    await page.getByLabel('Name', { exact: true }).fill('Atlantis VIPs');
    expect(page.url()).toBe(here);

    await page.goForward();
    await leaveDialog(page).waitFor();
    expect(page.url()).toBe(here);
    await screenshotAtWidth(page, 'leave-guard-forward');
    await leaveDialog(page).getByRole('button', { name: 'Stay on this page' }).click();
    await leaveDialog(page).waitFor({ state: 'detached' });
    expect(page.url()).toBe(here);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Atlantis VIPs');

    // Forward still leads to Contacts: it asks again, and Leave without saving goes there.
    await page.goForward();
    await leaveDialog(page).getByRole('button', { name: 'Leave without saving' }).click();
    await page.waitForURL(/\/contacts$/);
    await page.getByRole('heading', { name: 'Contacts', exact: true }).waitFor();
    // Back leads to the segment page and then to the Segments list, as before.
    await page.goBack();
    await page.waitForURL(here);
    await page
      .getByRole('dialog', { name: 'Segment Templates' })
      .getByRole('button', { name: 'Skip' })
      .click();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('');
    await page.goBack();
    await page.waitForURL(/\/segments$/);
    await page.getByRole('heading', { name: 'Segments', exact: true }).waitFor();
    // Nothing was saved on the way.
    const saved = await session.server.api<{ items: unknown[] }>('GET', '/api/segments');
    expect(saved.items).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('is answered with the keyboard at phone width', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'leave-guard-phone-failed');
    });
    await signIn(page, session.server);
    await unsavedSegment(page, 'Lisbon VIPs');
    const here = page.url();

    await page.goBack();
    await leaveDialog(page).waitFor();
    await screenshotAtWidth(page, 'leave-guard-back');
    // Escape is Stay.
    await page.keyboard.press('Escape');
    await leaveDialog(page).waitFor({ state: 'detached' });
    expect(page.url()).toBe(here);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Lisbon VIPs');

    await page.goBack();
    await leaveDialog(page).waitFor();
    await leaveDialog(page).getByRole('button', { name: 'Leave without saving' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/segments$/);
    await page.getByRole('heading', { name: 'Segments', exact: true }).waitFor();
    expect(errors).toEqual([]);
  });
});
