/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import {
  focusedName,
  hasFocus,
  memberNames,
  screenshotAtWidth,
  tabTo,
  tabToToolbarButton,
} from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

/**
 * The segment designer with the keyboard alone (issue 14): from the Segments list, New, New Dynamic
 * Segment, Skip; Add query block; the row's attribute chosen by typing "city" and Enter; a value
 * typed and confirmed; the segment named, saved and put live; its members on the Members tab, reached
 * with the arrow keys. Nothing but `page.keyboard` after signing in.
 */

/** Fails, saying what has the focus, unless `what` (a control's locator) has it. */
async function expectFocusOn(page: Page, what: Parameters<typeof hasFocus>[0]): Promise<void> {
  await expect
    .poll(() => hasFocus(what), { message: `the focus is on ${await focusedName(page)}` })
    .toBe(true);
}

describe('the designer with the keyboard alone in headless chromium', () => {
  const session = browserAndServer();

  it('builds, saves and puts live a segment of a city with Tab, arrows, typing and Enter, and lists its members', async () => {
    const { server } = session;
    for (const [first, last, city] of [
      ['Nancy', 'Anderson', 'Atlantis'],
      ['Dan', 'Park', 'Atlantis'],
      ['Rosa', 'Romano', 'Rome'],
    ] as const)
      await server.api('POST', '/api/contacts', { firstname: first, lastname: last, address1_city: city });

    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'designer-keyboard-failed');
    });
    await signIn(page, server);
    const customers = page.getByRole('navigation', { name: 'Customers' });
    await tabTo(page, customers.getByRole('link', { name: 'Segments' }));
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Segments', exact: true }).waitFor();

    // New opens its menu on its first entry, New Dynamic Segment.
    await tabTo(page, page.getByRole('button', { name: 'New', exact: true }));
    await page.keyboard.press('Enter');
    const dynamic = page.getByRole('menuitem', { name: 'New Dynamic Segment' });
    await expectFocusOn(page, dynamic);
    await page.keyboard.press('Enter');

    // The Segment Templates dialog: Tab to Skip, Enter.
    const templates = page.getByRole('dialog', { name: 'Segment Templates' });
    await tabTo(page, templates.getByRole('button', { name: 'Skip' }));
    await page.keyboard.press('Enter');
    await templates.waitFor({ state: 'detached' });
    await page.waitForURL(/\/segments\/new\/dynamic$/);

    // Add query block: its row's Select attribute takes the focus, empty.
    await tabTo(page, page.getByRole('button', { name: 'Add query block' }));
    await page.keyboard.press('Enter');
    const attribute = page.getByRole('combobox', { name: 'Select attribute' });
    await expectFocusOn(page, attribute);
    expect(await attribute.inputValue()).toBe('');

    // Typing filters the attributes and makes the first match the active one; Enter chooses it.
    await page.keyboard.type('city');
    const options = page.getByRole('listbox', { name: 'Attributes' }).getByRole('option');
    await options.first().waitFor();
    const offered = await options.allTextContents();
    expect(offered[0]).toBe('Address 1: City');
    expect(offered.every((option) => option.toLowerCase().includes('city'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => attribute.inputValue()).toBe('Address 1: City');
    await page.getByRole('listbox', { name: 'Attributes' }).waitFor({ state: 'detached' });
    const row = page.getByRole('group', { name: 'Row: Address 1: City' });
    await row.waitFor();

    // Tab: the operator (Equals), then the value's box; Enter turns the text into a chip.
    await page.keyboard.press('Tab');
    const operator = row.getByRole('combobox', { name: 'Operator' });
    await expectFocusOn(page, operator);
    expect(await operator.evaluate((select) => (select as HTMLSelectElement).selectedOptions[0]?.text)).toBe(
      'Equals',
    );
    await page.keyboard.press('Tab');
    const value = row.getByRole('textbox', { name: 'Enter text' });
    await expectFocusOn(page, value);
    await page.keyboard.type('Atlantis');
    await page.keyboard.press('Enter');
    await row.getByRole('button', { name: 'Remove Atlantis' }).waitFor();
    expect(await value.inputValue()).toBe('');

    // Back up to Name with Shift+Tab, and type the segment's name.
    await tabTo(page, page.getByRole('textbox', { name: 'Name', exact: true }), { back: true });
    await page.keyboard.type('Contacts from Atlantis');
    await page.getByRole('heading', { name: 'Contacts from Atlantis' }).waitFor();
    await screenshotAtWidth(page, 'designer-keyboard');

    // Save, in the command bar (one Tab stop, walked with the arrow keys).
    const commands = page.getByRole('toolbar', { name: 'Segment commands' });
    await tabToToolbarButton(page, commands, commands.getByRole('button', { name: 'Save', exact: true }), {
      back: true,
    });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/segments\/(?!new)[^/]+$/);
    await page.getByText('Draft', { exact: true }).waitFor();
    // Save kept the focus while it saved (off, but focusable), and keeps it once saved.
    const save = commands.getByRole('button', { name: 'Save', exact: true });
    await expect.poll(() => hasFocus(save), { message: await focusedName(page) }).toBe(true);

    // Go Live: the command bar then offers Stop.
    await tabToToolbarButton(page, commands, commands.getByRole('button', { name: 'Go Live' }));
    await page.keyboard.press('Enter');
    await commands.getByRole('button', { name: 'Stop' }).waitFor();
    // Stop, in Go Live's place, has the focus Go Live had (off, but focusable, while it worked).
    await expect
      .poll(() => hasFocus(commands.getByRole('button', { name: 'Stop' })), {
        message: await focusedName(page),
      })
      .toBe(true);

    // Stop and Delete ask first with the focus on Cancel: Enter pressed twice keeps the segment live.
    for (const [command, title] of [
      ['Stop', 'Stop segment?'],
      ['Delete', 'Delete segment?'],
    ] as const) {
      const button = commands.getByRole('button', { name: command, exact: true });
      await tabToToolbarButton(page, commands, button);
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: title });
      const cancel = dialog.getByRole('button', { name: 'Cancel' });
      await expect.poll(() => hasFocus(cancel), { message: await focusedName(page) }).toBe(true);
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'detached' });
      await expect.poll(() => hasFocus(button), { message: await focusedName(page) }).toBe(true);
    }
    await page.getByText('Live', { exact: true }).first().waitFor();

    // The tabs: Tab to the selected one (Designer), Arrow Right to Query and to Members.
    const designerTab = page.getByRole('tab', { name: 'Designer' });
    await tabTo(page, designerTab);
    expect(await designerTab.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Query', selected: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Members', selected: true }).waitFor();
    await page.getByRole('tabpanel').getByRole('link', { name: 'Nancy Anderson' }).waitFor();
    expect(await memberNames(page)).toEqual(['Dan Park', 'Nancy Anderson']);
    await page.getByText('2 members', { exact: true }).first().waitFor();
    await screenshotAtWidth(page, 'designer-keyboard-members');

    // The server holds the live segment of exactly those two.
    const segmentId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const saved = await server.api<{ name: string; state: string }>('GET', `/api/segments/${segmentId}`);
    expect(saved).toMatchObject({ name: 'Contacts from Atlantis', state: 'live' });
    const members = await server.api<{ items: { fullname: string }[] }>(
      'GET',
      `/api/segments/${segmentId}/members`,
    );
    expect(members.items.map((m) => m.fullname).sort()).toEqual(['Dan Park', 'Nancy Anderson']);
    expect(errors).toEqual([]);
  });
});
