/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
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
 * form, a record's page and its Delete dialog).
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
});
