/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { memberNames } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';
import { contactsFromAtlantis, newContact, shownSegmentId } from './tutorial-steps.ts';

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

    // Customers > Segments, New, … Go Live; Refresh: the Members tab shows the two contacts.
    await contactsFromAtlantis(page, 'tutorial');
    const commands = page.getByRole('toolbar', { name: 'Segment commands' });
    await page.getByRole('tabpanel').getByRole('link', { name: 'Nancy Anderson' }).waitFor();
    expect(await memberNames(page)).toEqual(['Dan Park', 'Nancy Anderson']);
    await screenshot(page, 'tutorial-members');

    // The API agrees: the live segment has exactly those two members.
    const segmentId = shownSegmentId(page);
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
