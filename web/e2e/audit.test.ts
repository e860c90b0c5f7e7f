/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import {
  focusedName,
  hasFocus,
  liveCitySegment,
  overflowOf,
  phone,
  screenshotAtWidth,
  tabTo,
} from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

interface AuditAnswer {
  readonly items: readonly { keyId: string | null; keyName: string | null }[];
}

/** The audit table's rows, each as its cells' texts (When, Who, What, Target). */
async function auditRows(page: Page): Promise<string[][]> {
  return page
    .getByRole('table')
    .getByRole('row')
    .evaluateAll((rows) =>
      rows.slice(1).map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent.trim())),
    );
}

/**
 * Settings › Audit (issue 14): the changes made through the API, oldest first, with the key that made
 * them and their target by name; paged 50 at a time with Next page and Previous page, by keyboard; a
 * segment's name opens it. At 1280×800 and at phone width.
 */
describe('Settings › Audit in headless chromium', () => {
  const session = browserAndServer();

  it('lists who changed what, oldest first, pages with the keyboard, and opens a changed segment', async () => {
    const { server } = session;
    await liveCitySegment(server, 'Contacts from Atlantis', 'Atlantis');
    await server.api('POST', '/api/keys', { name: 'import job', scope: 'write' });
    for (let n = 1; n <= 55; n++)
      await server.api('POST', '/api/segments', {
        name: `Audit segment ${String(n).padStart(2, '0')}`,
        type: 'static',
      });
    // The key the test signs in with, as the trail records it.
    const trail = await server.api<AuditAnswer>('GET', '/api/audit?limit=1');
    const entry = trail.items[0];
    const who = entry?.keyId === null ? 'Command line' : (entry?.keyName ?? entry?.keyId ?? '');
    expect(who).not.toBe('');

    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'audit-failed');
    });
    await signIn(page, server);
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Audit' }),
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Audit', exact: true }).waitFor();
    await page.getByRole('table').getByRole('link', { name: 'Contacts from Atlantis' }).first().waitFor();

    // Oldest first: the live segment made and published, the key, then the 55 segments; 50 a page.
    const first = await auditRows(page);
    expect(first).toHaveLength(50);
    expect(first.slice(0, 3).map((cells) => cells.slice(1))).toEqual([
      [who, 'Created segment', 'Contacts from Atlantis'],
      [who, 'Published segment', 'Contacts from Atlantis'],
      [who, 'Created key', 'import job'],
    ]);
    // Each segment's name comes as it loads (its id until then).
    await expect
      .poll(async () => (await auditRows(page))[49]?.slice(2))
      .toEqual(['Created segment', 'Audit segment 47']);
    const pager = page.getByRole('navigation', { name: 'Pages of the audit trail' });
    await pager.getByText('Page 1', { exact: true }).waitFor();
    expect(await pager.getByRole('button', { name: 'Previous page' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
    await screenshotAtWidth(page, 'audit');

    // Next page, by keyboard: the last 8 changes; there is no page after it, and Next page, off, keeps
    // the focus (announced as unavailable; Enter does nothing) rather than dropping it on the page.
    const next = pager.getByRole('button', { name: 'Next page' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await pager.getByText('Page 2', { exact: true }).waitFor();
    await page.getByRole('table').getByText('Audit segment 55').waitFor();
    await expect
      .poll(async () => (await auditRows(page)).map((cells) => cells[3]))
      .toEqual([48, 49, 50, 51, 52, 53, 54, 55].map((n) => `Audit segment ${n}`));
    await expect.poll(() => next.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => hasFocus(next), { message: await focusedName(page) }).toBe(true);
    await page.keyboard.press('Enter');
    await pager.getByText('Page 2', { exact: true }).waitFor();
    await screenshotAtWidth(page, 'audit-page-2');

    // Previous page, by keyboard: the first page again.
    await tabTo(page, pager.getByRole('button', { name: 'Previous page' }), { back: true });
    await page.keyboard.press('Enter');
    await pager.getByText('Page 1', { exact: true }).waitFor();
    await page.getByRole('table').getByText('Audit segment 01').waitFor();
    expect((await auditRows(page))[0]?.[3]).toBe('Contacts from Atlantis');

    // A segment's name opens the segment.
    await tabTo(page, page.getByRole('table').getByRole('link', { name: 'Contacts from Atlantis' }).first());
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Contacts from Atlantis', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Members' }).waitFor();
    expect(page.url()).toMatch(/\/segments\/[^/]+$/);
    expect(errors).toEqual([]);
  });

  it('fits a phone: the trail and its pager, nothing sideways', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'audit-phone-failed');
    });
    await signIn(page, session.server);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Audit' }).click();
    await page.getByRole('table').getByRole('link', { name: 'Contacts from Atlantis' }).first().waitFor();
    expect(await auditRows(page)).toHaveLength(50);
    await page.getByRole('table').getByRole('link', { name: 'Audit segment 47' }).waitFor();
    await page.getByRole('navigation', { name: 'Pages of the audit trail' }).getByText('Page 1').waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'audit');
    expect(errors).toEqual([]);
  });
});
