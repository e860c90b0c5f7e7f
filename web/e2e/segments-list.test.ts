/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { liveCitySegment, overflowOf, phone, screenshotAtWidth } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

interface Saved {
  readonly id: string;
  readonly name: string;
}

/**
 * The Segments list (issue 14): search, filters, sort, the segments that use a segment, and Clone,
 * at desktop and phone width, the search and the filters with the keyboard.
 */
describe('the Segments list in headless chromium', () => {
  const session = browserAndServer();

  it('searches, filters, sorts, names the users of a segment and clones one into the designer', async () => {
    const { server } = session;
    await server.api('POST', '/api/contacts', {
      firstname: 'Ada',
      lastname: 'Atlantis',
      address1_city: 'Atlantis',
    });
    const atlantis = await liveCitySegment(server, 'Atlantis', 'Atlantis');
    const vips = await server.api<Saved>('POST', '/api/segments', { name: 'VIP list', type: 'static' });
    await server.api('POST', '/api/segments', {
      name: 'Atlantis without VIPs',
      type: 'dynamic',
      query: { blocks: [{ segment: atlantis.id }, { combine: 'exclude', segment: vips.id }] },
    });

    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'segments-list-failed');
    });
    await signIn(page, server);
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }).click();
    const table = page.getByRole('table', { name: 'Segments' });
    await table.getByRole('link', { name: 'VIP list' }).waitFor();

    // The segments that use VIP list: the compound one, with a link to it.
    await page
      .getByRole('list', { name: 'Segments that use VIP list' })
      .getByRole('link', { name: 'Atlantis without VIPs' })
      .waitFor();

    // With the keyboard: type in the search box, then choose Compound in the Type filter.
    await page.getByRole('searchbox', { name: 'Search segments' }).focus();
    await page.keyboard.type('atlantis');
    await page.getByRole('status').filter({ hasText: '2 of 3 segments match' }).waitFor();
    await page.getByRole('combobox', { name: 'Type' }).focus();
    await page.keyboard.type('Compound');
    await page.getByRole('status').filter({ hasText: '1 of 3 segments match' }).waitFor();
    await page.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'All types' });
    await page.getByRole('searchbox', { name: 'Search segments' }).fill('');

    // Sort by Members, most first: Atlantis (1 member) leads.
    const members = page.getByRole('columnheader', { name: 'Members' });
    await members.getByRole('button').click();
    await members.getByRole('button').click();
    expect(await members.getAttribute('aria-sort')).toBe('descending');
    const first = await table.getByRole('row').nth(1).getByRole('cell').first().textContent();
    expect(first).toBe('Atlantis');
    await screenshotAtWidth(page, 'segments');

    // Clone: a draft named "Copy of …", opened in the designer.
    await page.getByRole('button', { name: 'Clone Atlantis without VIPs' }).click();
    await page.getByRole('tab', { name: 'Designer' }).waitFor();
    await page.waitForURL(/\/segments\/[^/]+$/);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Copy of Atlantis without VIPs');
    const all = await server.api<{ items: { name: string; state: string }[] }>('GET', '/api/segments');
    expect(all.items.find((s) => s.name === 'Copy of Atlantis without VIPs')?.state).toBe('draft');
    expect(errors).toEqual([]);
  });

  it('fits a phone: the list scrolls inside its frame, never the page sideways', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    await signIn(page, session.server);
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('table', { name: 'Segments' }).getByRole('link', { name: 'VIP list' }).waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'segments');
    expect(errors).toEqual([]);
  });
});
