/// <reference types="node" />
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { focusedName, hasFocus, overflowOf, phone, screenshotAtWidth, tabTo } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

interface RecordPage {
  readonly items: readonly Record<string, unknown>[];
  readonly total: number;
}

/**
 * The records pages made from the schema (issue 14): Accounts listed, searched, created with the
 * keyboard (a contact picked in the lookup), a refused value shown beside its field, edited, deleted;
 * searched, edited and deleted with the keyboard alone; at desktop and phone width (the list, the New
 * form, a record's page and its Delete dialog). Then the other entities a marketer keeps, from the
 * same schema-made pages: a lead and an interaction (its Contact picked in the Fluent picker, its type a
 * choice, its date and time) created, read again after a reload, edited and deleted, and a record of a
 * custom entity made through the API. Save & Close lands on the entity's list, searched to the record
 * where it has a name to search by, with a notice at the top naming the record and opening it (an
 * interaction among more than a page of them is found through it).
 */
describe('the records pages in headless chromium', () => {
  const session = browserAndServer();

  it('creates an account with the keyboard, a lookup picked by searching, then edits and deletes it', async () => {
    const { server } = session;
    await server.api('POST', '/api/contacts', { firstname: 'Ada', lastname: 'Lovelace' });
    await server.api('POST', '/api/records/account', { name: 'Contoso' });
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'records-failed');
    });
    await signIn(page, server);
    await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await page.getByRole('link', { name: 'Contoso' }).waitFor();
    await screenshotAtWidth(page, 'records');

    await page.getByRole('button', { name: 'New', exact: true }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'New Account' }).waitFor();
    await page.getByLabel('Account Name', { exact: true }).focus();
    await page.keyboard.type('N'.repeat(170));
    await page.getByLabel('Industry', { exact: true }).focus();
    await page.keyboard.type('Accounting');
    await page.getByRole('combobox', { name: 'Primary Contact' }).focus();
    await page.keyboard.type('Ada');
    await page.getByRole('option', { name: 'Ada Lovelace' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    // The box shows the picked id until the contact's name is in (slow on a busy machine).
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Primary Contact' }).inputValue())
      .toBe('Ada Lovelace');

    // A name longer than the attribute holds: the server's message shows beside Account Name.
    await page.getByLabel('Account Name', { exact: true }).press('Enter');
    const name = page.getByLabel('Account Name', { exact: true });
    await page.locator('[aria-invalid="true"]').first().waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ')[0] ?? ''}"]`).textContent();
    expect(message).toMatch(/Account Name/);
    await screenshotAtWidth(page, 'record-refused');

    await name.fill('Northwind');
    await name.press('Enter');
    await page.getByRole('heading', { name: 'Account: Northwind' }).waitFor();
    const saved = await server.api<RecordPage>('GET', '/api/records/account?search=Northwind');
    expect(saved.items[0]).toMatchObject({ name: 'Northwind', industrycode: 'accounting' });
    expect(typeof saved.items[0]?.primarycontactid).toBe('string');

    await page.getByLabel('Number of Employees', { exact: true }).fill('42');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Account saved', { exact: true }).waitFor();
    const edited = await server.api<RecordPage>('GET', '/api/records/account?search=Northwind');
    expect(edited.items[0]?.numberofemployees).toBe(42);

    await page.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Confirm Deletion' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    const left = await server.api<RecordPage>('GET', '/api/records/account?search=Northwind');
    expect(left.total).toBe(0);
    expect(errors).toEqual([]);
  });

  it('fits a phone: the list and the New form, nothing sideways', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    await signIn(page, session.server);
    await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Leads' }).click();
    await page.getByRole('heading', { name: 'Leads' }).waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'records');
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('heading', { name: 'New Lead' }).waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'new-record');
    expect(errors).toEqual([]);
  });
  it('searches Accounts, edits one with Save and deletes it after the dialog asks, with the keyboard alone', async () => {
    const { server } = session;
    await server.api('POST', '/api/records/account', { name: 'Fabrikam', numberofemployees: 12 });
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'records-keyboard-failed');
    });
    await signIn(page, server);
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Accounts' }),
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    await page.getByRole('status').filter({ hasText: '2 accounts' }).waitFor();

    // Typing in the search box narrows the list to Fabrikam.
    await tabTo(page, page.getByRole('searchbox', { name: 'Search accounts' }));
    await page.keyboard.type('fab');
    await page
      .getByRole('status')
      .filter({ hasText: /^1 account$/ })
      .waitFor();
    const table = page.getByRole('table', { name: 'Accounts' });
    expect(await table.getByRole('link').allTextContents()).toEqual(['Fabrikam']);
    await screenshotAtWidth(page, 'records-searched');

    // Its page: Number of Employees changed, Save.
    await tabTo(page, table.getByRole('link', { name: 'Fabrikam' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Account: Fabrikam' }).waitFor();
    const employees = page.getByLabel('Number of Employees', { exact: true });
    await tabTo(page, employees);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('250');
    await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }), { back: true });
    await page.keyboard.press('Enter');
    await page.getByText('Account saved', { exact: true }).waitFor();
    // The form is made anew from what was stored: its Save has the focus, not the page.
    await expect
      .poll(() => hasFocus(page.getByRole('button', { name: 'Save', exact: true })), {
        message: await focusedName(page),
      })
      .toBe(true);
    expect(await employees.inputValue()).toBe('250');
    const edited = await server.api<RecordPage>('GET', '/api/records/account?search=Fabrikam');
    expect(edited.items[0]?.numberofemployees).toBe(250);

    // Delete asks first, with the focus on Cancel: Enter pressed again keeps the account, and so does
    // Escape, each giving the focus back to Delete; then Delete.
    const remove = page.getByRole('button', { name: 'Delete', exact: true });
    await tabTo(page, remove);
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('dialog', { name: 'Confirm Deletion' });
    await confirm.getByText('Delete the account “Fabrikam”? This cannot be undone.').waitFor();
    await expect
      .poll(() => hasFocus(confirm.getByRole('button', { name: 'Cancel' })), {
        message: await focusedName(page),
      })
      .toBe(true);
    await page.keyboard.press('Enter');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(remove)).toBe(true);
    expect((await server.api<RecordPage>('GET', '/api/records/account?search=Fabrikam')).total).toBe(1);
    await page.keyboard.press('Enter');
    await confirm.getByText('Delete the account “Fabrikam”? This cannot be undone.').waitFor();
    await page.keyboard.press('Escape');
    await confirm.waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(remove)).toBe(true);
    expect((await server.api<RecordPage>('GET', '/api/records/account?search=Fabrikam')).total).toBe(1);
    await page.keyboard.press('Enter');
    await tabTo(page, confirm.getByRole('button', { name: 'Delete' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Accounts' }).waitFor();
    // The toast, and its copy in the live region that reads it out.
    await page.getByText('Account “Fabrikam” was deleted', { exact: true }).first().waitFor();
    expect((await server.api<RecordPage>('GET', '/api/records/account?search=Fabrikam')).total).toBe(0);
    expect(errors).toEqual([]);
  });

  it('fits a phone: an account’s page and its Delete dialog, nothing sideways', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'record-phone-failed');
    });
    await signIn(page, session.server);
    await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('table', { name: 'Accounts' }).getByRole('link', { name: 'Contoso' }).click();
    await page.getByRole('heading', { name: 'Account: Contoso' }).waitFor();
    expect(await page.getByLabel('Account Name', { exact: true }).inputValue()).toBe('Contoso');
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'record');
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Confirm Deletion' });
    await confirm.getByText('Delete the account “Contoso”?', { exact: false }).waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'record-delete-dialog');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });

  /** The text of the option a native select shows. */
  const shownOption = (select: Locator): Promise<string | undefined> =>
    select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent.trim());

  /** Reloads a record's page and waits for its heading, the form filled from what the server stored. */
  async function reloadRecord(page: Page, heading: string): Promise<void> {
    await page.reload();
    await page.getByRole('heading', { name: heading }).waitFor();
  }

  /** Opens an entity's list from the Records navigation, then its New form. */
  async function openNew(page: Page, plural: string, single: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Records' }).getByRole('link', { name: plural }).click();
    await page.getByRole('heading', { name: plural }).waitFor();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.getByRole('heading', { name: `New ${single}` }).waitFor();
  }

  /** Delete on a record's page, Delete in the dialog: back on the entity's list. */
  async function deleteRecord(page: Page, plural: string): Promise<void> {
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const confirm = page.getByRole('dialog', { name: 'Confirm Deletion' });
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('heading', { name: plural }).waitFor();
  }

  /**
   * The notice at the top of a list after Save & Close ("Interaction created: Email Opened"), once it
   * has the focus.
   */
  async function savedNotice(page: Page, text: string): Promise<Locator> {
    const notice = page.getByRole('group', { name: text, exact: true });
    await notice.waitFor();
    await expect.poll(() => hasFocus(notice), { message: await focusedName(page) }).toBe(true);
    return notice;
  }

  it('creates a lead with Save & Close, finds it searched on the list, edits it and deletes it', async () => {
    const { server } = session;
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'records-lead-failed');
    });
    await signIn(page, server);
    await openNew(page, 'Leads', 'Lead');
    await page.getByLabel('Topic', { exact: true }).fill('Spring wine fair');
    await page.getByLabel('First Name', { exact: true }).fill('Lena');
    await page.getByLabel('Last Name', { exact: true }).fill('Lindqvist');
    await page.getByLabel('Email', { exact: true }).fill('lena@example.com');
    await page.getByLabel('Company Name', { exact: true }).fill('Vinoteca');
    await page.getByLabel('Lead Source', { exact: true }).selectOption({ label: 'Trade Show' });
    await page.getByLabel('Rating', { exact: true }).selectOption({ label: 'Hot' });
    await page.getByLabel('Est. Value', { exact: true }).fill('1500.5');
    await page.getByLabel('Lead Score', { exact: true }).fill('80');

    // Save & Close: the Leads list searched to the new lead, which it shows, and a notice naming it.
    await page.getByRole('button', { name: 'Save & Close' }).click();
    await page.getByRole('heading', { name: 'Leads' }).waitFor();
    await savedNotice(page, 'Lead created: Lena Lindqvist');
    expect(new URL(page.url()).searchParams.get('search')).toBe('Lena Lindqvist');
    expect(await page.getByRole('searchbox', { name: 'Search leads' }).inputValue()).toBe('Lena Lindqvist');
    await page
      .getByRole('status')
      .filter({ hasText: /^1 lead$/ })
      .waitFor();
    const table = page.getByRole('table', { name: 'Leads' });
    const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Lena Lindqvist' }) });
    await row.getByText('Spring wine fair').waitFor();
    await screenshotAtWidth(page, 'records-lead-saved-and-closed');

    // Its page shows what was typed, read again from the server after a reload.
    await table.getByRole('link', { name: 'Lena Lindqvist' }).click();
    await page.getByRole('heading', { name: 'Lead: Lena Lindqvist' }).waitFor();
    await reloadRecord(page, 'Lead: Lena Lindqvist');
    expect(await page.getByLabel('Topic', { exact: true }).inputValue()).toBe('Spring wine fair');
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('lena@example.com');
    expect(await page.getByLabel('Company Name', { exact: true }).inputValue()).toBe('Vinoteca');
    expect(await shownOption(page.getByLabel('Lead Source', { exact: true }))).toBe('Trade Show');
    expect(await shownOption(page.getByLabel('Rating', { exact: true }))).toBe('Hot');
    expect(Number(await page.getByLabel('Est. Value', { exact: true }).inputValue())).toBe(1500.5);
    expect(await page.getByLabel('Lead Score', { exact: true }).inputValue()).toBe('80');

    // Edited with Save: the toast, and the new values after a reload.
    await page.getByLabel('Rating', { exact: true }).selectOption({ label: 'Warm' });
    await page.getByLabel('Job Title', { exact: true }).fill('Sommelier');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Lead saved', { exact: true }).first().waitFor();
    await reloadRecord(page, 'Lead: Lena Lindqvist');
    expect(await shownOption(page.getByLabel('Rating', { exact: true }))).toBe('Warm');
    expect(await page.getByLabel('Job Title', { exact: true }).inputValue()).toBe('Sommelier');

    // Edited with Save & Close: saved, and back on the list searched to it.
    await page.getByLabel('Lead Score', { exact: true }).fill('95');
    await page.getByRole('button', { name: 'Save & Close' }).click();
    await page.getByRole('heading', { name: 'Leads' }).waitFor();
    await savedNotice(page, 'Lead saved: Lena Lindqvist');
    expect(await page.getByRole('searchbox', { name: 'Search leads' }).inputValue()).toBe('Lena Lindqvist');
    await table.getByRole('link', { name: 'Lena Lindqvist' }).click();
    await reloadRecord(page, 'Lead: Lena Lindqvist');
    expect(await page.getByLabel('Lead Score', { exact: true }).inputValue()).toBe('95');
    const stored = await server.api<RecordPage>('GET', '/api/records/lead?search=Lindqvist');
    expect(stored.items[0]).toMatchObject({
      subject: 'Spring wine fair',
      leadsourcecode: 'tradeshow',
      leadqualitycode: 'warm',
      jobtitle: 'Sommelier',
      leadscore: 95,
    });

    // Delete: the toast, and the list no longer has it.
    await deleteRecord(page, 'Leads');
    await page.getByText('Lead “Lena Lindqvist” was deleted', { exact: true }).first().waitFor();
    await page.getByRole('status').filter({ hasText: 'No leads yet' }).waitFor();
    expect(await page.getByRole('link', { name: 'Lena Lindqvist' }).count()).toBe(0);
    expect((await server.api<RecordPage>('GET', '/api/records/lead?search=Lindqvist')).total).toBe(0);
    expect(errors).toEqual([]);
  });

  it('creates an interaction among many with Save & Close, opens it from the notice, edits and deletes it', async () => {
    const { server } = session;
    const ivy = await server.api<{ id: string }>('POST', '/api/contacts', {
      firstname: 'Ivy',
      lastname: 'Interact',
    });
    const ivan = await server.api<{ id: string }>('POST', '/api/contacts', {
      firstname: 'Ivan',
      lastname: 'Other',
    });
    // More interactions than the list's page of 25: a new one, last in id order, is on another page.
    await server.api(
      'POST',
      '/api/interactions',
      Array.from({ length: 30 }, (_, day) => ({
        contactid: ivan.id,
        type: 'EmailSent',
        occurredon: new Date(Date.UTC(2026, 1, 1 + day)).toISOString(),
      })),
    );
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'records-interaction-failed');
    });
    await signIn(page, server);
    await openNew(page, 'Interactions', 'Interaction');
    await page.getByLabel('Interaction Type', { exact: true }).selectOption({ label: 'Email Opened' });
    await page.getByLabel('Occurred On', { exact: true }).fill('2026-03-15T09:30');
    await page.getByLabel('Asset', { exact: true }).fill('newsletter-march');
    // The Contact lookup: the Fluent picker searches contacts as one types; the option is picked.
    const contact = page.getByRole('combobox', { name: 'Contact' });
    await contact.click();
    await contact.pressSequentially('Ivy');
    // Every contact is offered at first; once the typing settles, only those whose name holds it.
    await expect.poll(() => page.getByRole('option', { name: 'Ivan Other' }).count()).toBe(0);
    await page.getByRole('option', { name: 'Ivy Interact' }).click();
    await expect.poll(() => contact.inputValue()).toBe('Ivy Interact');
    await screenshotAtWidth(page, 'records-new-interaction');

    // Save & Close: an interaction is named by its type, which the list's search does not look in, so
    // the whole list, where it is not on the first page; the notice at the top names it and opens it.
    await page.getByRole('button', { name: 'Save & Close' }).click();
    await page.getByRole('heading', { name: 'Interactions' }).waitFor();
    const created = await savedNotice(page, 'Interaction created: Email Opened');
    await page.getByRole('status').filter({ hasText: '31 interactions' }).waitFor();
    const table = page.getByRole('table', { name: 'Interactions' });
    await table.getByRole('link', { name: 'Email Sent' }).first().waitFor();
    expect(await table.getByRole('link', { name: 'Email Opened' }).count()).toBe(0);
    await screenshotAtWidth(page, 'records-interaction-created');
    await created.getByRole('link', { name: 'Open' }).click();
    await page.getByRole('heading', { name: 'Interaction: Email Opened' }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '');
    await reloadRecord(page, 'Interaction: Email Opened');
    expect(await shownOption(page.getByLabel('Interaction Type', { exact: true }))).toBe('Email Opened');
    expect(await page.getByLabel('Occurred On', { exact: true }).inputValue()).toBe('2026-03-15T09:30');
    expect(await page.getByLabel('Asset', { exact: true }).inputValue()).toBe('newsletter-march');
    await expect.poll(() => contact.inputValue()).toBe('Ivy Interact');

    // Edited: another type and time, then Save & Close: the notice names it as it is now.
    await page.getByLabel('Interaction Type', { exact: true }).selectOption({ label: 'Email Clicked' });
    await page.getByLabel('Occurred On', { exact: true }).fill('2026-03-16T10:45');
    await page.getByRole('button', { name: 'Save & Close' }).click();
    await page.getByRole('heading', { name: 'Interactions' }).waitFor();
    const saved = await savedNotice(page, 'Interaction saved: Email Clicked');
    await table.getByRole('link', { name: 'Email Sent' }).first().waitFor();
    await screenshotAtWidth(page, 'records-interactions');

    // The notice is said once: a reload of the list does not show it again.
    await page.reload();
    await page.getByRole('heading', { name: 'Interactions' }).waitFor();
    await table.getByRole('link', { name: 'Email Sent' }).first().waitFor();
    expect(await saved.count()).toBe(0);

    await page.goto(`${server.url}/records/interaction/${encodeURIComponent(id)}`);
    await page.getByRole('heading', { name: 'Interaction: Email Clicked' }).waitFor();
    expect(await page.getByLabel('Occurred On', { exact: true }).inputValue()).toBe('2026-03-16T10:45');
    await expect.poll(() => contact.inputValue()).toBe('Ivy Interact');
    const occurred = await page.evaluate(() => new Date('2026-03-16T10:45').toISOString());
    const stored = await server.api<Record<string, unknown>>('GET', `/api/records/interaction/${id}`);
    expect(stored).toMatchObject({ type: 'EmailClicked', contactid: ivy.id });
    expect(new Date(String(stored.occurredon)).toISOString()).toBe(occurred);

    await deleteRecord(page, 'Interactions');
    await page.getByText('Interaction “Email Clicked” was deleted', { exact: true }).first().waitFor();
    await page.getByRole('status').filter({ hasText: '30 interactions' }).waitFor();
    expect(await page.getByRole('link', { name: 'Email Clicked' }).count()).toBe(0);
    expect((await server.api<RecordPage>('GET', '/api/records/interaction')).total).toBe(30);
    // A later visit to the list does not show the notices again.
    expect(await page.getByRole('group', { name: /^Interaction (created|saved)/ }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  describe('a custom entity made through the API', () => {
    beforeAll(async () => {
      await session.server.api('POST', '/api/schema/entities', {
        name: 'eventregistration',
        displayName: 'Event Registration',
        pluralDisplayName: 'Event Registrations',
        primaryAttribute: 'eventname',
        attributes: [
          { name: 'eventname', displayName: 'Event', type: 'string' },
          { name: 'seats', displayName: 'Seats', type: 'integer' },
          {
            name: 'tier',
            displayName: 'Tier',
            type: 'choice',
            options: [
              { value: 'gold', label: 'Gold' },
              { value: 'silver', label: 'Silver' },
            ],
          },
        ],
        lookups: [{ attribute: 'contactid', to: 'contact', relationship: 'eventregistrations' }],
      });
      await session.server.api('POST', '/api/contacts', { firstname: 'Cora', lastname: 'Custom' });
    });

    it('has its records pages: a registration created with Save & Close, read after a reload, deleted', async () => {
      const { server } = session;
      const { page, errors } = await openPage(session.browser);
      onTestFailed(async () => {
        await screenshot(page, 'records-custom-failed');
      });
      await signIn(page, server);
      await openNew(page, 'Event Registrations', 'Event Registration');
      await page.getByLabel('Event', { exact: true }).fill('Wine tasting');
      await page.getByLabel('Seats', { exact: true }).fill('2');
      await page.getByLabel('Tier', { exact: true }).selectOption({ label: 'Gold' });
      const contact = page.getByRole('combobox', { name: 'Contact' });
      await contact.click();
      await contact.pressSequentially('Cora');
      await page.getByRole('option', { name: 'Cora Custom' }).click();
      await expect.poll(() => contact.inputValue()).toBe('Cora Custom');

      await page.getByRole('button', { name: 'Save & Close' }).click();
      await page.getByRole('heading', { name: 'Event Registrations' }).waitFor();
      await savedNotice(page, 'Event Registration created: Wine tasting');
      expect(await page.getByRole('searchbox', { name: 'Search event registrations' }).inputValue()).toBe(
        'Wine tasting',
      );
      const table = page.getByRole('table', { name: 'Event Registrations' });
      const row = table.getByRole('row').filter({ has: page.getByRole('link', { name: 'Wine tasting' }) });
      await row.getByText('Gold').waitFor();
      await screenshotAtWidth(page, 'records-custom-entity');

      await table.getByRole('link', { name: 'Wine tasting' }).click();
      await reloadRecord(page, 'Event Registration: Wine tasting');
      expect(await page.getByLabel('Event', { exact: true }).inputValue()).toBe('Wine tasting');
      expect(await page.getByLabel('Seats', { exact: true }).inputValue()).toBe('2');
      expect(await shownOption(page.getByLabel('Tier', { exact: true }))).toBe('Gold');
      await expect.poll(() => contact.inputValue()).toBe('Cora Custom');

      await deleteRecord(page, 'Event Registrations');
      await page
        .getByText('Event Registration “Wine tasting” was deleted', { exact: true })
        .first()
        .waitFor();
      await page.getByRole('status').filter({ hasText: 'No event registrations yet' }).waitFor();
      expect(await page.getByRole('link', { name: 'Wine tasting' }).count()).toBe(0);
      expect((await server.api<RecordPage>('GET', '/api/records/eventregistration')).total).toBe(0);
      expect(errors).toEqual([]);
    });
  });
});
