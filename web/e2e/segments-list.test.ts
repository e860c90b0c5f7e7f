/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { hasFocus, liveCitySegment, overflowOf, phone, screenshotAtWidth, tabTo } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

interface Saved {
  readonly id: string;
  readonly name: string;
}

/**
 * The Segments list (issue 14): search, filters, sort, the segments that use a segment, and Clone,
 * at desktop and phone width, the search and the filters with the keyboard, and the whole list's use
 * (filters, search, sort, Clone) with the keyboard alone.
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
  it('filters, searches, sorts and clones with the keyboard alone', async () => {
    const { server } = session;
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'segments-list-keyboard-failed');
    });
    await signIn(page, server);
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }),
    );
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Segments' });
    const names = () =>
      table
        .getByRole('row')
        .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector('td')?.textContent.trim() ?? ''));
    const status = (text: string) => page.getByRole('status').filter({ hasText: new RegExp(`^${text}$`) });
    // The first test's three segments and its clone.
    await status('4 segments').waitFor();

    // State: typing "Live" chooses Live; the focus stays in the filter.
    const state = page.getByRole('combobox', { name: 'State' });
    await tabTo(page, state);
    await page.keyboard.type('Live');
    await status('1 of 4 segments match').waitFor();
    expect(await names()).toEqual(['Atlantis']);
    expect(await hasFocus(state)).toBe(true);
    // Arrow Up twice: Draft, then All states.
    await page.keyboard.press('ArrowUp');
    await status('3 of 4 segments match').waitFor();
    await page.keyboard.press('ArrowUp');
    await status('4 segments').waitFor();
    expect(await state.inputValue()).toBe('all');

    // Search: typed, narrows as one types.
    await tabTo(page, page.getByRole('searchbox', { name: 'Search segments' }), { back: true });
    await page.keyboard.type('vip');
    await status('3 of 4 segments match').waitFor();
    expect(await names()).toEqual(['Atlantis without VIPs', 'Copy of Atlantis without VIPs', 'VIP list']);

    // Sort: Enter on the Name header turns A–Z into Z–A.
    const name = page.getByRole('columnheader', { name: 'Name' });
    await tabTo(page, name.getByRole('button'));
    await page.keyboard.press('Enter');
    await expect.poll(() => name.getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual(['VIP list', 'Copy of Atlantis without VIPs', 'Atlantis without VIPs']);
    await screenshotAtWidth(page, 'segments-keyboard');

    // Clone VIP list: a draft "Copy of VIP list", opened.
    await tabTo(page, page.getByRole('button', { name: 'Clone VIP list' }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/segments\/[^/]+$/);
    await page.getByRole('heading', { name: 'Copy of VIP list', level: 1 }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).inputValue()).toBe(
      'Copy of VIP list',
    );
    const all = await server.api<{ items: { name: string; state: string }[] }>('GET', '/api/segments');
    expect(all.items.find((s) => s.name === 'Copy of VIP list')?.state).toBe('draft');
    expect(errors).toEqual([]);
  });
});
