/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import {
  hasFocus,
  liveCitySegment,
  memberNames,
  overflowOf,
  phone,
  screenshotAtWidth,
  tabTo,
  tabToToolbarButton,
} from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';
import type { E2eServer } from './e2e-server.ts';

/**
 * A saved segment's tabs (issue 14) at 1280×800 with the keyboard alone: the tabs by the arrow keys,
 * Home and End; Insights with who joined; a query typed on the Query tab and applied with Ctrl+Enter,
 * saved, and the members and Insights after it. At phone width: the Query tab with a problem and
 * Insights with its events, nothing sideways.
 */

/** The latest joins and leaves as "Joined Ada Atlantis", newest first. */
async function events(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Latest joins and leaves' })
    .getByRole('listitem')
    .evaluateAll((items) =>
      items.map((item) => {
        const change = item.querySelector('.change')?.textContent.trim() ?? '';
        return `${change} ${item.querySelector('a')?.textContent.trim() ?? ''}`;
      }),
    );
}

/** A live segment of Atlantis, then Ada of Atlantis (who joins it) and two contacts of Rome. */
async function citySegment(server: E2eServer, name: string): Promise<string> {
  const { id } = await liveCitySegment(server, name, 'Atlantis');
  for (const [first, last, city] of [
    ['Ada', 'Atlantis', 'Atlantis'],
    ['Bea', 'Rome', 'Rome'],
    ['Carl', 'Rome', 'Rome'],
  ] as const)
    await server.api('POST', '/api/contacts', { firstname: first, lastname: last, address1_city: city });
  return id;
}

describe('a segment’s tabs in headless chromium', () => {
  const session = browserAndServer();

  it('moves between the tabs by keyboard, applies a typed query with Ctrl+Enter, saves, and shows who joined and left', async () => {
    const { server } = session;
    const id = await citySegment(server, 'City of the week');
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'segment-tabs-failed');
    });
    await signIn(page, server);
    await page.goto(`${server.url}/segments/${id}`);
    await page.getByRole('heading', { name: 'City of the week', level: 1 }).waitFor();

    // End: the last tab, Insights: Ada joined when her data put her in Atlantis.
    const designer = page.getByRole('tab', { name: 'Designer' });
    await tabTo(page, designer);
    expect(await designer.getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('End');
    await page.getByRole('tab', { name: 'Insights', selected: true }).waitFor();
    expect(await hasFocus(page.getByRole('tab', { name: 'Insights' }))).toBe(true);
    await page.getByRole('heading', { name: 'Latest joins and leaves' }).waitFor();
    await expect.poll(() => events(page)).toEqual(['Joined Ada Atlantis']);
    await page.getByText(/^1 member since /).waitFor();
    await screenshotAtWidth(page, 'segment-insights');

    // Home, then Arrow Right: the Query tab, with the design as MQL.
    await page.keyboard.press('Home');
    await page.getByRole('tab', { name: 'Designer', selected: true }).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Query', selected: true }).waitFor();
    const text = page.getByRole('textbox', { name: 'Query (MQL)' });
    await expect.poll(() => text.inputValue()).toContain("address1_city == 'Atlantis'");

    // A new query typed over it, applied with Ctrl+Enter: the designer shows it, not yet saved.
    await tabTo(page, text);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type("PROFILE(contact).FILTER(address1_city == 'Rome')");
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.getByRole('tab', { name: 'Designer', selected: true }).waitFor();
    await page.getByText('The query is applied to the design. Save to keep it.').waitFor();
    const row = page.getByRole('group', { name: 'Row: Address 1: City' });
    await row.getByRole('button', { name: 'Remove Rome' }).waitFor();
    expect(await row.getByRole('button', { name: 'Remove Atlantis' }).count()).toBe(0);
    await page.getByText('Unsaved changes').waitFor();

    // Save, from the command bar: the live segment is republished with the new query.
    const commands = page.getByRole('toolbar', { name: 'Segment commands' });
    await tabToToolbarButton(page, commands, commands.getByRole('button', { name: 'Save', exact: true }), {
      back: true,
    });
    await page.keyboard.press('Enter');
    await page.getByText('Unsaved changes').waitFor({ state: 'detached' });

    // Members: the two of Rome, Ada no more.
    await tabTo(page, page.getByRole('tab', { name: 'Designer' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Members', selected: true }).waitFor();
    await page.getByRole('tabpanel').getByRole('link', { name: 'Bea Rome' }).waitFor();
    expect(await memberNames(page)).toEqual(['Bea Rome', 'Carl Rome']);

    // Insights: Ada left and the two joined as the definition changed.
    await page.keyboard.press('ArrowRight');
    await page.getByRole('tab', { name: 'Insights', selected: true }).waitFor();
    await expect
      .poll(async () => (await events(page)).sort())
      .toEqual(['Joined Ada Atlantis', 'Joined Bea Rome', 'Joined Carl Rome', 'Left Ada Atlantis']);
    await page
      .getByRole('list', { name: 'Latest joins and leaves' })
      .getByText('(the definition changed)')
      .first()
      .waitFor();
    await screenshotAtWidth(page, 'segment-insights-after-change');
    expect(errors).toEqual([]);
  });

  it('fits a phone: the Query tab with a problem, and Insights with its events, nothing sideways', async () => {
    const { server } = session;
    const id = await citySegment(server, 'Atlantis on a phone');
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'segment-tabs-phone-failed');
    });
    await signIn(page, server);
    await page.goto(`${server.url}/segments/${id}`);
    await page.getByRole('tab', { name: 'Query' }).click();
    const text = page.getByRole('textbox', { name: 'Query (MQL)' });
    await expect.poll(() => text.inputValue()).toContain("address1_city == 'Atlantis'");
    await text.fill(
      "PROFILE(contact, contact_1).FILTER(contact_1.address1_cty == 'Atlantis' && contact_1.jobtitle == 'Lighthouse keeper')",
    );
    await page.getByRole('button', { name: 'Apply' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'The query has a problem' });
    await problems.getByRole('button', { name: /^Line 1, column \d+: .*address1_cty/ }).waitFor();
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'segment-query-problem');
    await page.getByRole('button', { name: 'Discard changes' }).click();

    // The first test's Ada is of Atlantis too: both joined this segment.
    await page.getByRole('tab', { name: 'Insights' }).click();
    await expect.poll(() => events(page)).toEqual(['Joined Ada Atlantis', 'Joined Ada Atlantis']);
    expect(await overflowOf(page)).toBeLessThanOrEqual(0);
    await screenshotAtWidth(page, 'segment-insights-events');
    expect(errors).toEqual([]);
  });
});
