/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { hasFocus, overflowOf, phone, screenshotAtWidth, tabTo } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';
import type { E2eServer } from './e2e-server.ts';

/**
 * Choosing a template (issue 14) fills the designer with its query and the segment's name, and creates
 * nothing until **Save**. With the mouse at desktop width, with the keyboard at phone width.
 */

const filledNote =
  'Filled in from the template “Contacts in a city”. Nothing is saved until you select Save.';

/** The names of the segments the server holds. */
async function savedNames(server: E2eServer): Promise<string[]> {
  const page = await server.api<{ items: { name: string }[] }>('GET', '/api/segments');
  return page.items.map((segment) => segment.name);
}

/** Customers > Segments, New, New Dynamic Segment: the Segment Templates dialog. */
async function openTemplates(page: Page) {
  await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }).click();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('menuitem', { name: 'New Dynamic Segment' }).click();
  return page.getByRole('dialog', { name: 'Segment Templates' });
}

describe('segment templates in headless chromium', () => {
  const session = browserAndServer();

  it('fill the designer from a template and create the segment only on Save', async () => {
    const { server } = session;
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'templates-failed');
    });
    await signIn(page, server);
    const dialog = await openTemplates(page);
    await dialog.getByRole('button', { name: 'Contacts in a city' }).click();
    await dialog.getByLabel('City').fill('Lisbon');
    await screenshotAtWidth(page, 'templates-dialog');
    await dialog.getByRole('button', { name: 'Use template' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The designer holds the template's query, the page its name; nothing is created yet.
    await page.getByRole('status').filter({ hasText: filledNote }).waitFor();
    expect(page.url()).toMatch(/\/segments\/new\/dynamic$/);
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Contacts in Lisbon');
    const row = page.getByRole('group', { name: 'Row: Address 1: City' });
    expect(await row.getByRole('combobox', { name: 'Select attribute' }).inputValue()).toBe(
      'Address 1: City',
    );
    await row.getByRole('button', { name: 'Remove Lisbon' }).waitFor();
    await screenshotAtWidth(page, 'templates-filled');
    expect(await savedNames(server)).toEqual([]);

    // Save creates it, a draft, and opens it.
    await page
      .getByRole('toolbar', { name: 'Segment commands' })
      .getByRole('button', { name: 'Save', exact: true })
      .click();
    await page.waitForURL(/\/segments\/(?!new)[^/]+$/);
    expect(await savedNames(server)).toEqual(['Contacts in Lisbon']);
    const saved = await server.api<{ items: { state: string }[] }>('GET', '/api/segments');
    expect(saved.items[0]?.state).toBe('draft');
    expect(errors).toEqual([]);
  });

  it('is chosen with the keyboard at phone width, without sideways scrolling', async () => {
    const { server } = session;
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'templates-phone-failed');
    });
    await signIn(page, server);

    // Customers > Segments, New, New Dynamic Segment, by Tab and Enter.
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }),
    );
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Segments', exact: true }).waitFor();
    await tabTo(page, page.getByRole('button', { name: 'New', exact: true }));
    await page.keyboard.press('Enter');
    const dynamic = page.getByRole('menuitem', { name: 'New Dynamic Segment' });
    await expect.poll(() => hasFocus(dynamic)).toBe(true);
    await page.keyboard.press('Enter');

    // In the dialog: the template, its City typed over, Use template.
    const dialog = page.getByRole('dialog', { name: 'Segment Templates' });
    await tabTo(page, dialog.getByRole('button', { name: 'Contacts in a city' }));
    await page.keyboard.press('Enter');
    await tabTo(page, dialog.getByLabel('City'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Porto');
    await tabTo(page, dialog.getByRole('button', { name: 'Use template' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: filledNote }).waitFor();
    expect(await page.getByLabel('Name', { exact: true }).inputValue()).toBe('Contacts in Porto');
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'templates-filled');
    // Only the segment the first test saved: choosing the template created none.
    expect(await savedNames(server)).toEqual(['Contacts in Lisbon']);
    expect(errors).toEqual([]);
  });
});
