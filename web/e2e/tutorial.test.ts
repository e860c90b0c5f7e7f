/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { memberNames } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

/**
 * The seed tutorial of issues 6 and 14, click by click through the labels on screen and with no click
 * the seed does not name, against a server with an empty database: two contacts of Atlantis, a
 * dynamic segment of them built in the designer, live; its Members tab lists exactly the two, and a
 * third Atlantis contact appears after Refresh.
 */

interface Page1<T> {
  readonly items: readonly T[];
  readonly total: number;
}

/** Customers > Contacts, New, the New Contact form, Save & Close: back on the list. */
async function newContact(page: Page, first: string, last: string, email: string, city: string) {
  await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('heading', { name: 'Contacts' }).waitFor();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('heading', { name: 'New Contact' }).waitFor();
  await page.getByLabel('First Name', { exact: true }).fill(first);
  await page.getByLabel('Last Name', { exact: true }).fill(last);
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Address 1: City', { exact: true }).fill(city);
  await page.getByRole('button', { name: 'Save & Close' }).click();
  await page.getByRole('heading', { name: 'Contacts' }).waitFor();
  await page.getByRole('link', { name: `${first} ${last}` }).waitFor();
}

async function selectedText(page: Page, name: string): Promise<string | undefined> {
  return page
    .getByRole('combobox', { name, exact: true })
    .first()
    .evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent.trim());
}

describe('the seed tutorial in headless chromium', () => {
  const session = browserAndServer();

  it('builds "Contacts from Atlantis" in the designer and lists exactly its members, then a third after Refresh', async () => {
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'tutorial-failed');
    });
    await signIn(page, session.server);

    // Customers > Contacts, New, … Save & Close; and a second such contact.
    await newContact(page, 'Nancy', 'Anderson', 'nancy@example.com', 'Atlantis');
    await newContact(page, 'Dan', 'Park', 'dan@example.com', 'Atlantis');
    await newContact(page, 'Rosa', 'Romano', 'rosa@example.com', 'Rome');

    // Customers > Segments, New: a menu of New Dynamic Segment and New Static Segment.
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('menuitem', { name: 'New Static Segment' }).waitFor();
    await page.getByRole('menuitem', { name: 'New Dynamic Segment' }).click();

    // The Segment Templates dialog opens: Skip.
    const templates = page.getByRole('dialog', { name: 'Segment Templates' });
    await templates.getByRole('button', { name: 'Skip' }).click();
    await templates.waitFor({ state: 'detached' });

    // Add query block: "By default, the new query block creates Contact based query with a new row",
    // whose attribute field shows the ghost text Select attribute.
    await page.getByRole('button', { name: 'Add query block' }).click();
    expect(await selectedText(page, 'Entity')).toBe('Contact');
    const attribute = page.getByRole('combobox', { name: 'Select attribute' });
    expect(await attribute.count()).toBe(1);
    expect(await attribute.getAttribute('placeholder')).toBe('Select attribute');
    expect(await attribute.inputValue()).toBe('');

    // Typing "city" filters the list to Address 1: City.
    await attribute.fill('city');
    const attributes = page.getByRole('listbox', { name: 'Attributes' });
    const options = await attributes.getByRole('option').allTextContents();
    expect(options).toContain('Address 1: City');
    expect(options.every((option) => option.toLowerCase().includes('city'))).toBe(true);
    await attributes.getByRole('option', { name: 'Address 1: City' }).click();

    // The operator defaults to Equals; the value's ghost text is Enter text. The seed types Atlantis
    // and goes on: no Enter, the value typed counts as it is.
    expect(await selectedText(page, 'Operator')).toBe('Equals');
    const value = page.getByPlaceholder('Enter text');
    await value.fill('Atlantis');

    // The segment's Name at the top, Save, then Go Live.
    await page.getByLabel('Name', { exact: true }).fill('Contacts from Atlantis');
    await screenshot(page, 'tutorial-designer');
    const commands = page.getByRole('toolbar', { name: 'Segment commands' });
    await commands.getByRole('button', { name: 'Save', exact: true }).click();
    await page.waitForURL(/\/segments\/(?!new)[^/]+$/);
    await commands.getByRole('button', { name: 'Go Live' }).click();
    await commands.getByRole('button', { name: 'Stop' }).waitFor();

    // Refresh: the Members tab shows the two contacts.
    await commands.getByRole('button', { name: 'Refresh' }).click();
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: 'Nancy Anderson' }).waitFor();
    expect(await memberNames(page)).toEqual(['Dan Park', 'Nancy Anderson']);
    await screenshot(page, 'tutorial-members');

    // The API agrees: the live segment has exactly those two members.
    const segmentId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const members = await session.server.api<Page1<{ fullname: string }>>(
      'GET',
      `/api/segments/${encodeURIComponent(segmentId)}/members`,
    );
    expect(members.items.map((m) => m.fullname).sort()).toEqual(['Dan Park', 'Nancy Anderson']);

    // A third Atlantis contact, made in the UI, appears among the members after Refresh.
    await newContact(page, 'Ada', 'Atwood', 'ada@example.com', 'Atlantis');
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('link', { name: 'Contacts from Atlantis' }).click();
    await commands.getByRole('button', { name: 'Refresh' }).click();
    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: 'Ada Atwood' }).waitFor();
    expect(await memberNames(page)).toEqual(['Ada Atwood', 'Dan Park', 'Nancy Anderson']);
    await screenshot(page, 'tutorial-members-after-refresh');

    // The contact's page lists the segment and explains why it is a member.
    await page.getByRole('tabpanel').getByRole('link', { name: 'Ada Atwood' }).click();
    const belongs = page.getByRole('list', { name: 'Segments this contact belongs to' });
    await belongs.getByRole('link', { name: 'Contacts from Atlantis' }).waitFor();
    await page.getByLabel('Segment to explain').selectOption({ label: 'Contacts from Atlantis (live)' });
    await page.getByText('This contact is a member of Contacts from Atlantis').waitFor();
    await page.getByText("Address 1: City is Atlantis; this contact's is Atlantis").waitFor();
    await screenshot(page, 'tutorial-contact-explanation');
    expect(errors).toEqual([]);
  });

  it('is usable at phone width and with the keyboard: the list, New Contact, Enter to save, Delete', async () => {
    await session.server.api('POST', '/api/contacts', {
      firstname: 'Pia',
      lastname: 'Phone-Width',
      emailaddress1: 'pia.phone-width.with.a.long.address@example.com',
      jobtitle: 'Head of Very Long Job Titles',
      address1_city: 'Lisbon',
    });
    const { page, errors } = await openPage(session.browser, { width: 390, height: 844 });
    onTestFailed(async () => {
      await screenshot(page, 'phone-failed');
    });
    await signIn(page, session.server);
    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('link', { name: 'Pia Phone-Width' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'contacts-phone');
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByLabel('First Name', { exact: true }).waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, 'new-contact-phone');

    // With the keyboard: Enter in a field saves and opens the contact; Delete asks first.
    await page.getByLabel('First Name', { exact: true }).fill('Kim');
    await page.getByLabel('Last Name', { exact: true }).fill('Keyboard');
    await page.getByLabel('Last Name', { exact: true }).press('Enter');
    await page.getByRole('heading', { name: /Kim Keyboard/ }).waitFor();
    await page.getByRole('button', { name: 'Delete' }).focus();
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog', { name: 'Confirm Deletion' });
    await confirm.waitFor();
    // The safe choice, Cancel, has the focus.
    const cancel = confirm.getByRole('button', { name: 'Cancel' });
    await expect.poll(() => cancel.evaluate((button) => button === document.activeElement)).toBe(true);
    await screenshot(page, 'delete-contact-phone');
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'Contacts' }).waitFor();
    const left = await session.server.api<Page1<unknown>>('GET', '/api/contacts?search=Keyboard');
    expect(left.total).toBe(0);
    expect(errors).toEqual([]);
  });
});
