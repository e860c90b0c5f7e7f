/// <reference types="node" />
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot } from './browser.ts';

/**
 * The steps of the seed tutorial (README, "Your first segment"), click by click through the labels on
 * screen and with no click the seed does not name, shared by its runs on an empty database and on the
 * demo data.
 */

/** Step 1: Customers > Contacts, New, the New Contact form, Save & Close: back on the list. */
export async function newContact(page: Page, first: string, last: string, email: string, city: string) {
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

/**
 * Steps 2 to 5: a new dynamic segment of the contacts whose Address 1: City equals Atlantis, named
 * "Contacts from Atlantis", saved, live and refreshed, ending on its Members tab. Screenshots are
 * named `<shots>-designer` and so on.
 */
export async function contactsFromAtlantis(page: Page, shots: string): Promise<void> {
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
  await page.getByPlaceholder('Enter text').fill('Atlantis');

  // The segment's Name at the top, Save, then Go Live.
  await page.getByLabel('Name', { exact: true }).fill('Contacts from Atlantis');
  await screenshot(page, `${shots}-designer`);
  const commands = page.getByRole('toolbar', { name: 'Segment commands' });
  await commands.getByRole('button', { name: 'Save', exact: true }).click();
  await page.waitForURL(/\/segments\/(?!new)[^/]+$/);
  await commands.getByRole('button', { name: 'Go Live' }).click();
  await commands.getByRole('button', { name: 'Stop' }).waitFor();

  // Refresh, and the Members tab.
  await commands.getByRole('button', { name: 'Refresh' }).click();
  await page.getByRole('tab', { name: 'Members' }).click();
}

/** The id of the segment whose page is shown. */
export function shownSegmentId(page: Page): string {
  return decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
}
