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

interface ContactsAnswer {
  readonly items: readonly Record<string, unknown>[];
  readonly total: number;
}

/** The names the Contacts table lists, in its order. */
function listedNames(page: Page): Promise<string[]> {
  return page
    .getByRole('table', { name: 'Contacts' })
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector('td')?.textContent.trim() ?? ''));
}

/** The list's total line ("55 contacts, showing 1–50"). */
const total = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

/**
 * The contact pages (issue 14) with the keyboard alone at 1280×800: the list searched and paged, a
 * new contact made and found (Save & Close), edited (Save), and the segment it is in explained; and
 * a contact's page and the searched list at phone width.
 */
describe('the contact pages in headless chromium', () => {
  const session = browserAndServer();

  it('searches the Contacts list and pages it with the keyboard', async () => {
    const { server } = session;
    await server.api('POST', '/api/contacts', {
      firstname: 'Ada',
      lastname: 'Lovelace',
      emailaddress1: 'ada@example.com',
      address1_city: 'London',
    });
    await server.api('POST', '/api/contacts', {
      firstname: 'Alan',
      lastname: 'Turing',
      address1_city: 'London',
    });
    for (let n = 1; n <= 52; n++)
      await server.api('POST', '/api/contacts', {
        firstname: 'Bulk',
        lastname: `Person ${String(n).padStart(2, '0')}`,
      });
    await liveCitySegment(server, 'Contacts from London', 'London');

    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'contacts-keyboard-failed');
    });
    await signIn(page, server);
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Contacts' }),
    );
    await page.keyboard.press('Enter');
    await total(page, '54 contacts, showing 1–50').waitFor();
    expect(await listedNames(page)).toHaveLength(50);

    // Typing in the search box narrows the list as one types; Enter searches at once.
    await tabTo(page, page.getByRole('searchbox', { name: 'Search contacts' }));
    await page.keyboard.type('lovelace');
    await page.keyboard.press('Enter');
    await total(page, '1 contact').waitFor();
    expect(await listedNames(page)).toEqual(['Ada Lovelace']);
    await screenshotAtWidth(page, 'contacts-searched');

    // Another search, by typing over it: 52 of them, a page of 50, then Next page.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('bulk');
    await total(page, '52 contacts, showing 1–50').waitFor();
    expect((await listedNames(page))[0]).toBe('Bulk Person 01');
    const pager = page.getByRole('navigation', { name: 'Pages of contacts' });
    const next = pager.getByRole('button', { name: 'Next page' });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
    await total(page, '52 contacts, showing 51–52').waitFor();
    expect(await listedNames(page)).toEqual(['Bulk Person 51', 'Bulk Person 52']);
    // The last page: Next page is off (announced so) and keeps the focus, rather than the page.
    await expect.poll(() => next.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => hasFocus(next), { message: await focusedName(page) }).toBe(true);
    await tabTo(page, pager.getByRole('button', { name: 'Previous page' }), { back: true });
    await page.keyboard.press('Enter');
    await total(page, '52 contacts, showing 1–50').waitFor();

    // No match says so.
    await tabTo(page, page.getByRole('searchbox', { name: 'Search contacts' }), { back: true });
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('nobody here');
    await page.keyboard.press('Enter');
    await total(page, 'No contacts match "nobody here".').waitFor();
    expect(await page.getByRole('table', { name: 'Contacts' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('makes a contact with Save & Close, then edits it with Save and explains its segment, by keyboard', async () => {
    const { server } = session;
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'contact-keyboard-failed');
    });
    await signIn(page, server);
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Contacts' }),
    );
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'New', exact: true }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New Contact' }).waitFor();

    // The fields in order, with Tab; then Save & Close.
    await tabTo(page, page.getByLabel('First Name', { exact: true }));
    await page.keyboard.type('Grace');
    await tabTo(page, page.getByLabel('Last Name', { exact: true }));
    await page.keyboard.type('Hopper');
    await tabTo(page, page.getByLabel('Address 1: City', { exact: true }));
    await page.keyboard.type('London');
    await screenshotAtWidth(page, 'new-contact-keyboard');
    await tabTo(page, page.getByRole('button', { name: 'Save & Close' }), { back: true });
    await page.keyboard.press('Enter');

    // Back on the list, searched to the new contact, which the notice at the top names, with the focus.
    await page.getByRole('heading', { name: 'Contacts', exact: true }).waitFor();
    const created = page.getByRole('group', { name: 'Contact created: Grace Hopper', exact: true });
    await created.waitFor();
    await expect.poll(() => hasFocus(created), { message: await focusedName(page) }).toBe(true);
    expect(await page.getByRole('searchbox', { name: 'Search contacts' }).inputValue()).toBe('Grace Hopper');
    await total(page, '1 contact').waitFor();
    expect(await listedNames(page)).toEqual(['Grace Hopper']);

    // Its page: a field changed, Save; the page says Saved and the server has it.
    await tabTo(page, page.getByRole('link', { name: 'Grace Hopper' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: /Grace Hopper/ }).waitFor();
    await tabTo(page, page.getByLabel('Job Title', { exact: true }));
    await page.keyboard.type('Rear Admiral');
    await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    // Save was off while it saved, but kept the focus, and has it still.
    await expect
      .poll(() => hasFocus(page.getByRole('button', { name: 'Save', exact: true })), {
        message: await focusedName(page),
      })
      .toBe(true);
    const saved = await server.api<ContactsAnswer>('GET', '/api/contacts?search=Hopper');
    expect(saved.items[0]).toMatchObject({ fullname: 'Grace Hopper', jobtitle: 'Rear Admiral' });

    // Enter in a field saves too: the fields are off while it saves, and that field has the focus after.
    const jobTitle = page.getByLabel('Job Title', { exact: true });
    await tabTo(page, jobTitle);
    await page.keyboard.press('End');
    await page.keyboard.type(', retired');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await server.api<ContactsAnswer>('GET', '/api/contacts?search=Hopper')).items[0])
      .toMatchObject({ jobtitle: 'Rear Admiral, retired' });
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await expect.poll(() => hasFocus(jobTitle), { message: await focusedName(page) }).toBe(true);

    // The live segment of London has her: listed, and explained when chosen by typing its name.
    const belongs = page.getByRole('list', { name: 'Segments this contact belongs to' });
    await belongs.getByRole('link', { name: 'Contacts from London' }).waitFor();
    const explain = page.getByRole('combobox', { name: 'Segment to explain' });
    await tabTo(page, explain);
    await page.keyboard.type('Contacts from London');
    await page.getByText('This contact is a member of Contacts from London').waitFor();
    await page.getByText("Address 1: City is London; this contact's is London").waitFor();
    expect(await hasFocus(explain)).toBe(true);
    await screenshotAtWidth(page, 'contact-keyboard');
    expect(errors).toEqual([]);
  });

  it('fits a phone: a contact’s page with its segment explained, and the searched list', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'contact-phone-failed');
    });
    await signIn(page, session.server);
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('searchbox', { name: 'Search contacts' }).fill('lovelace');
    await total(page, '1 contact').waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'contacts-searched');

    await page.getByRole('link', { name: 'Ada Lovelace' }).click();
    await page.getByRole('heading', { name: /Ada Lovelace/ }).waitFor();
    await page
      .getByRole('list', { name: 'Segments this contact belongs to' })
      .getByRole('link', { name: 'Contacts from London' })
      .waitFor();
    await page.getByRole('combobox', { name: 'Segment to explain' }).selectOption({
      label: 'Contacts from London (live)',
    });
    await page.getByText('This contact is a member of Contacts from London').waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'contact');
    expect(errors).toEqual([]);
  });
});
