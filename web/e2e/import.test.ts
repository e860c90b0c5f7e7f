/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { overflowOf, phone, screenshotAtWidth, tabTo } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

interface RecordPage {
  readonly items: readonly Record<string, unknown>[];
  readonly total: number;
}

const csv = 'Company,Employees,Notes\nContoso,12,"likes, beer"\nFabrikam,many,x\n';

/**
 * The Import page (issue 14): a CSV for accounts whose columns do not carry the schema's names,
 * mapped with the keyboard, uploaded, and the rejected row reported with its line and reason; a file of
 * contacts chosen, mapped and imported with the keyboard alone; at desktop and phone width.
 */
describe('the Import page in headless chromium', () => {
  const session = browserAndServer();

  it('maps the columns of a CSV to attributes, imports it and lists the rejected row by line', async () => {
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'import-failed');
    });
    await signIn(page, session.server);
    await page.getByRole('navigation', { name: 'Data' }).getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import' }).waitFor();
    await page.getByRole('combobox', { name: 'Entity' }).focus();
    await page.keyboard.type('Accounts');
    await page.getByLabel('CSV file').setInputFiles({
      name: 'accounts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    const company = page.getByRole('combobox', { name: 'Column “Company”' });
    await company.waitFor();
    expect(await company.inputValue()).toBe('');
    await company.focus();
    await page.keyboard.type('Account Name');
    await page.getByRole('combobox', { name: 'Column “Employees”' }).focus();
    await page.keyboard.type('Number of Employees');
    expect(await company.inputValue()).toBe('name');
    expect(await page.getByRole('combobox', { name: 'Column “Employees”' }).inputValue()).toBe(
      'numberofemployees',
    );
    await screenshotAtWidth(page, 'import-mapping');
    await page.getByRole('button', { name: 'Import 2 rows' }).focus();
    await page.keyboard.press('Enter');

    const result = page.getByRole('region', { name: 'Result' });
    await result.getByText('1 created, 0 updated, 1 rejected.').waitFor();
    const rejected = result.getByRole('table', { name: 'Rejected rows' }).getByRole('row').nth(1);
    expect(await rejected.getByRole('cell').first().textContent()).toBe('3');
    expect(await rejected.getByRole('cell').nth(1).textContent()).toMatch(/Number of Employees/);
    await screenshotAtWidth(page, 'import');
    const contoso = await session.server.api<RecordPage>('GET', '/api/records/account?search=Contoso');
    expect(contoso.items[0]).toMatchObject({ name: 'Contoso', numberofemployees: 12 });
    expect(errors).toEqual([]);
  });

  it('fits a phone: the file and its column mapping, nothing sideways', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    await signIn(page, session.server);
    await page.getByRole('navigation', { name: 'Data' }).getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('CSV file').setInputFiles({
      name: 'contacts.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('First Name,Last Name,Address 1: City\nPia,Phone,Lisbon\n'),
    });
    await page.getByRole('button', { name: 'Import 1 row' }).waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'import');
    expect(errors).toEqual([]);
  });
  it('chooses a file, maps a column and imports contacts with the keyboard alone', async () => {
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'import-keyboard-failed');
    });
    await signIn(page, session.server);
    await tabTo(page, page.getByRole('navigation', { name: 'Data' }).getByRole('link', { name: 'Import' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Import' }).waitFor();
    await tabTo(page, page.getByRole('combobox', { name: 'Entity' }));
    await page.keyboard.type('Contacts');
    expect(await page.getByRole('combobox', { name: 'Entity' }).inputValue()).toBe('contact');

    // Space on the file box opens the browser's file chooser.
    await tabTo(page, page.getByLabel('CSV file'));
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles({
      name: 'visitors.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('First Name,Last Name,Town\nKim,Keys,Lisbon\nTom,Tabb,Porto\n'),
    });

    // "Town" is no attribute's name: mapped by typing in its drop-down.
    const town = page.getByRole('combobox', { name: 'Column “Town”' });
    await town.waitFor();
    expect(await town.inputValue()).toBe('');
    await tabTo(page, town);
    await page.keyboard.type('Address 1: City');
    expect(await town.inputValue()).toBe('address1_city');
    await tabTo(page, page.getByRole('button', { name: 'Import 2 rows' }));
    await page.keyboard.press('Enter');
    await page
      .getByRole('region', { name: 'Result' })
      .getByText('2 created, 0 updated, 0 rejected.')
      .waitFor();
    await screenshotAtWidth(page, 'import-keyboard');
    const kim = await session.server.api<RecordPage>('GET', '/api/contacts?search=Keys');
    expect(kim.items[0]).toMatchObject({ fullname: 'Kim Keys', address1_city: 'Lisbon' });
    expect(errors).toEqual([]);
  });
});
