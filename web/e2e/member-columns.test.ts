/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { liveCitySegment, overflowOf, phone, screenshotAtWidth } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';
import type { E2eServer } from './e2e-server.ts';

/**
 * The Members grid's column picker (issue 14): **Columns** lists the contact attributes as checkboxes;
 * ticking one shows its column at once, unticking hides it, and the choice is there again when the
 * segment is opened again. With the mouse at desktop width, with the keyboard at phone width.
 */

/** A live segment of the contacts of Atlantis, with two of them, made through the API. */
async function atlantisSegment(server: E2eServer): Promise<void> {
  for (const [first, job] of [
    ['Ada', 'Engineer'],
    ['Alan', 'Cryptographer'],
  ] as const) {
    await server.api('POST', '/api/contacts', {
      firstname: first,
      lastname: 'Atlantis',
      emailaddress1: `${first.toLowerCase()}@example.com`,
      jobtitle: job,
      address1_city: 'Atlantis',
    });
  }
  await liveCitySegment(server, 'Contacts from Atlantis', 'Atlantis');
}

/** Customers > Segments, the segment, its Members tab; waits for Ada's row. */
async function openMembers(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }).click();
  await page
    .getByRole('table', { name: 'Segments' })
    .getByRole('link', { name: 'Contacts from Atlantis' })
    .click();
  await page.getByRole('tab', { name: 'Members' }).click();
  await page.getByRole('tabpanel').getByRole('link', { name: 'Ada Atlantis' }).waitFor();
}

/** The Members grid's column headers, without the sort arrows. */
async function headers(page: Page): Promise<string[]> {
  const texts = await page.getByRole('tabpanel').getByRole('columnheader').allTextContents();
  return texts.map((text) => text.replace(/[▲▼]/g, '').trim());
}

describe('the Members column picker in headless chromium', () => {
  const session = browserAndServer();

  it('shows a ticked attribute as a column, hides an unticked one, and keeps the choice', async () => {
    await atlantisSegment(session.server);
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'member-columns-failed');
    });
    await signIn(page, session.server);
    await openMembers(page);
    expect(await headers(page)).toEqual(['Full Name', 'Email', 'Actions']);

    await page.getByRole('button', { name: 'Columns' }).click();
    const job = page.getByRole('menuitemcheckbox', { name: 'Job Title', exact: true });
    expect(await job.getAttribute('aria-checked')).toBe('false');
    expect(
      await page.getByRole('menuitemcheckbox', { name: 'Email', exact: true }).getAttribute('aria-checked'),
    ).toBe('true');
    await job.click();
    await page.getByRole('columnheader', { name: /Job Title/ }).waitFor();
    await screenshotAtWidth(page, 'member-columns-picker');
    await page.getByRole('menuitemcheckbox', { name: 'Email', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('columnheader', { name: /^Email/ }).waitFor({ state: 'detached' });
    expect(await headers(page)).toEqual(['Full Name', 'Job Title', 'Actions']);
    const ada = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Ada Atlantis' }) });
    expect(await ada.getByRole('cell').nth(1).textContent()).toBe('Engineer');
    expect(await page.getByRole('tabpanel').getByText('ada@example.com').count()).toBe(0);
    await screenshotAtWidth(page, 'member-columns');

    // Opened again (here after a reload), the segment shows the columns chosen.
    await page.reload();
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: 'Ada Atlantis' }).waitFor();
    expect(await headers(page)).toEqual(['Full Name', 'Job Title', 'Actions']);
    expect(errors).toEqual([]);
  });

  it('is used with the keyboard at phone width, and the grid scrolls inside its frame', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'member-columns-phone-failed');
    });
    await signIn(page, session.server);
    await openMembers(page);
    await page.getByRole('button', { name: 'Columns' }).focus();
    await page.keyboard.press('Enter');
    const first = page.getByRole('menuitemcheckbox').first();
    await first.waitFor();
    // The menu opens on its first entry; the arrow keys move, Space ticks.
    const gender = page.getByRole('menuitemcheckbox', { name: 'Gender', exact: true });
    for (
      let step = 0;
      step < 60 && !(await gender.evaluate((item) => item === document.activeElement));
      step++
    ) {
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Space');
    await page.getByRole('columnheader', { name: /Gender/ }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.getByRole('menu').count()).toBe(0);
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'member-columns');
    expect(errors).toEqual([]);
  });
});
