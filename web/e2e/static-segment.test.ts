/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import {
  focusedName,
  hasFocus,
  memberNames,
  overflowOf,
  phone,
  screenshotAtWidth,
  tabTo,
  tabToToolbarButton,
} from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

/**
 * A new static segment (issue 14) with the keyboard alone at 1280×800: New › New Static Segment, its
 * name, Save, then Add members on the Members tab (contacts searched and ticked with Space), and
 * Remove; at phone width, the new static segment's page and the Add members dialog, nothing sideways.
 */

describe('a static segment in headless chromium', () => {
  const session = browserAndServer();

  it('is made, saved and given members with the keyboard alone', async () => {
    const { server } = session;
    for (const [first, last] of [
      ['Ada', 'Atlantis'],
      ['Alan', 'Atlantis'],
      ['Rosa', 'Romano'],
    ] as const)
      await server.api('POST', '/api/contacts', {
        firstname: first,
        lastname: last,
        emailaddress1: `${first.toLowerCase()}@example.com`,
      });
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'static-segment-keyboard-failed');
    });
    await signIn(page, server);
    await tabTo(
      page,
      page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }),
    );
    await page.keyboard.press('Enter');

    // New opens on New Dynamic Segment; Arrow Down is New Static Segment.
    await tabTo(page, page.getByRole('button', { name: 'New', exact: true }));
    await page.keyboard.press('Enter');
    await expect.poll(() => hasFocus(page.getByRole('menuitem', { name: 'New Dynamic Segment' }))).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => hasFocus(page.getByRole('menuitem', { name: 'New Static Segment' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/segments\/new\/static$/);
    await page.getByText('Save the segment, then add its members on the Members tab.').waitFor();

    await tabTo(page, page.getByRole('textbox', { name: 'Name', exact: true }));
    await page.keyboard.type('Atlantis VIPs');
    const commands = page.getByRole('toolbar', { name: 'Segment commands' });
    await tabToToolbarButton(page, commands, commands.getByRole('button', { name: 'Save', exact: true }), {
      back: true,
    });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/segments\/(?!new)[^/]+$/);
    await page.getByRole('tab', { name: 'Members', selected: true }).waitFor();
    await page.getByText('0 members', { exact: true }).first().waitFor();

    // Add members: search, Space ticks each, Add selected.
    await tabTo(page, page.getByRole('button', { name: 'Add members' }));
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add members' });
    await tabTo(page, dialog.getByRole('searchbox', { name: 'Search contacts' }));
    await page.keyboard.type('atlantis');
    await dialog.getByRole('checkbox', { name: /Alan Atlantis/ }).waitFor();
    await expect.poll(() => dialog.getByRole('checkbox').count()).toBe(2);
    for (const name of ['Ada Atlantis', 'Alan Atlantis']) {
      await tabTo(page, dialog.getByRole('checkbox', { name: new RegExp(name) }));
      await page.keyboard.press('Space');
    }
    await dialog.getByText('2 selected: Ada Atlantis, Alan Atlantis').waitFor();
    await screenshotAtWidth(page, 'static-segment-add-members');
    await tabTo(page, dialog.getByRole('button', { name: 'Add selected' }));
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Added 2 members.' }).waitFor();
    await page.getByRole('tabpanel').getByRole('link', { name: 'Alan Atlantis' }).waitFor();
    expect(await memberNames(page)).toEqual(['Ada Atlantis', 'Alan Atlantis']);

    // Remove, on Ada's row: the row goes, and the focus goes to the notice saying so (not the page).
    const ada = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Ada Atlantis' }) });
    await tabTo(page, ada.getByRole('button', { name: /Remove/ }));
    await page.keyboard.press('Enter');
    const removed = page.getByRole('status').filter({ hasText: 'Removed Ada Atlantis.' });
    await removed.waitFor();
    await expect.poll(() => memberNames(page)).toEqual(['Alan Atlantis']);
    await expect.poll(() => hasFocus(removed), { message: await focusedName(page) }).toBe(true);
    // Tab goes on from there, to the remaining member's row.
    await tabTo(page, page.getByRole('tabpanel').getByRole('link', { name: 'Alan Atlantis' }), { limit: 10 });
    await screenshotAtWidth(page, 'static-segment-members');

    const segmentId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    const members = await server.api<{ items: { fullname: string }[] }>(
      'GET',
      `/api/segments/${segmentId}/members`,
    );
    expect(members.items.map((m) => m.fullname)).toEqual(['Alan Atlantis']);
    expect(errors).toEqual([]);
  });

  it('fits a phone: a new static segment, and the Add members dialog, nothing sideways', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'static-segment-phone-failed');
    });
    await signIn(page, session.server);
    await page.goto(`${session.server.url}/segments/new/static`);
    await page.getByText('Save the segment, then add its members on the Members tab.').waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'new-static-segment');

    await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }).click();
    await page.getByRole('table', { name: 'Segments' }).getByRole('link', { name: 'Atlantis VIPs' }).click();
    await page.getByRole('tabpanel').getByRole('link', { name: 'Alan Atlantis' }).waitFor();
    await page.getByRole('button', { name: 'Add members' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add members' });
    await dialog.getByRole('checkbox', { name: /Rosa Romano/ }).check();
    await dialog.getByText('1 selected: Rosa Romano').waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'static-segment-add-members');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
