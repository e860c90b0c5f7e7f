/// <reference types="node" />
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { liveCitySegment, openNewDynamicSegment, overflowOf, phone, screenshotAtWidth } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

/**
 * The elements whose right edge is past the window's and which no scrolling frame holds (or which
 * are positioned out of theirs), for a failure message that says what sticks out.
 */
function sticking(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter((e) => {
        if (getComputedStyle(e).position === 'absolute') return true;
        for (let up = e.parentElement; up !== null; up = up.parentElement)
          if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) return false;
        return true;
      })
      .slice(0, 15)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${(e.getAttribute('class') ?? '').split(' ')[0] ?? ''} → ${Math.round(e.getBoundingClientRect().right)}px`,
      ),
  );
}

/** Expects nothing on the page to scroll sideways, naming what sticks out when something does. */
async function expectFits(page: Page): Promise<void> {
  const overflow = await overflowOf(page);
  const culprits = overflow > 0 ? await sticking(page) : [];
  expect(overflow, `the page scrolls sideways: ${culprits.join(', ')}`).toBeLessThanOrEqual(0);
}

describe('pages at phone width (and the segment fields at desktop width) in headless chromium', () => {
  const session = browserAndServer();

  it('fits a phone: Settings › Keys, its New key form and a new secret, nothing sideways', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'phone-keys-failed');
    });
    await signIn(page, session.server);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Keys' }).click();
    await page.getByRole('button', { name: 'Revoke' }).first().waitFor();
    await expectFits(page);
    await screenshotAtWidth(page, 'settings-keys');

    await page.getByRole('button', { name: 'New key' }).click();
    await page.getByLabel('Name', { exact: true }).fill('campaign tool with a rather long name');
    await page.getByRole('radio', { name: 'Write' }).check();
    await expectFits(page);
    await screenshotAtWidth(page, 'settings-new-key-form');
    await page.getByRole('button', { name: 'Create key' }).click();
    await page
      .getByRole('heading', { name: /Key “campaign tool with a rather long name” created/ })
      .waitFor();
    await page.getByRole('button', { name: 'Revoke campaign tool with a rather long name' }).waitFor();
    await expectFits(page);
    await screenshotAtWidth(page, 'settings-new-key');
    expect(errors).toEqual([]);
  });

  it('fits a phone: a live segment’s Designer, Members and Insights tabs and its Stop dialog, nothing sideways', async () => {
    const { server } = session;
    await server.api('POST', '/api/contacts', {
      firstname: 'Ada',
      lastname: 'Atlantis',
      emailaddress1: 'ada.atlantis.with.a.long.address@example.com',
      address1_city: 'Atlantis',
    });
    const segment = await liveCitySegment(
      server,
      'Contacts from Atlantis with a name long enough to wrap',
      'Atlantis',
    );

    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'phone-segment-failed');
    });
    await signIn(page, server);
    await page.goto(`${server.url}/segments/${segment.id}`);
    await page.getByRole('combobox', { name: 'Select attribute' }).first().waitFor();
    await expectFits(page);
    // A related row's relationship list holds the longest choices of the designer.
    await page.getByRole('button', { name: 'Add related entity' }).first().click();
    await page.getByRole('group', { name: 'Related entity' }).waitFor();
    await expectFits(page);
    await screenshotAtWidth(page, 'segment-designer');
    await page.getByRole('button', { name: 'Delete related entity' }).click();

    await page.getByRole('tab', { name: 'Members' }).click();
    await page.getByRole('link', { name: 'Ada Atlantis' }).waitFor();
    await expectFits(page);
    await screenshotAtWidth(page, 'segment-members');

    await page.getByRole('tab', { name: 'Insights' }).click();
    await page.getByRole('tabpanel').waitFor();
    await expectFits(page);
    await screenshotAtWidth(page, 'segment-insights');

    // Stop asks first, in a dialog that fits the phone too; once confirmed the segment is stopped.
    const commands = page.getByRole('toolbar', { name: 'Segment commands' });
    await commands.getByRole('button', { name: 'Stop' }).click();
    const stop = page.getByRole('dialog', { name: 'Stop segment?' });
    await stop.getByText('its 1 member stays as it is now').waitFor();
    await expectFits(page);
    await screenshotAtWidth(page, 'segment-stop-dialog');
    await stop.getByRole('button', { name: 'Stop' }).click();
    await commands.getByRole('button', { name: 'Go Live' }).waitFor();
    const stopped = await server.api<{ state: string }>('GET', `/api/segments/${segment.id}`);
    expect(stopped.state).toBe('stopped');
    expect(errors).toEqual([]);
  });

  it('fits a phone: the new segment designer with a query block, nothing sideways', async () => {
    const { page, errors } = await openPage(session.browser, phone);
    onTestFailed(async () => {
      await screenshot(page, 'phone-new-segment-failed');
    });
    await signIn(page, session.server);
    await openNewDynamicSegment(page);
    await page.getByRole('button', { name: 'Add query block' }).click();
    const attribute = page.getByRole('combobox', { name: 'Select attribute' }).first();
    await attribute.waitFor();
    await expectFits(page);
    await page.getByLabel('Name', { exact: true }).fill('Contacts from Atlantis');
    await attribute.fill('city');
    await page
      .getByRole('listbox', { name: 'Attributes' })
      .getByRole('option', { name: 'Address 1: City', exact: true })
      .click();
    const value = page.getByPlaceholder('Enter text');
    await value.fill('Atlantis');
    await value.press('Enter');
    await expectFits(page);
    await page.getByRole('button', { name: 'Add related entity' }).first().click();
    await page.getByRole('button', { name: 'Add behavior' }).first().click();
    await page.getByRole('button', { name: 'Add segment block' }).click();
    await page.getByRole('group', { name: 'Related entity' }).nth(1).waitFor();
    await expectFits(page);
    await screenshotAtWidth(page, 'new-segment');
    expect(errors).toEqual([]);
  });

  it('fits 1280 px: a new segment’s Name, Description and Time zone side by side, a problem under its field', async () => {
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'desktop-segment-fields-failed');
    });
    await signIn(page, session.server);
    await page.goto(`${session.server.url}/segments/new/static`);
    await page
      .getByRole('toolbar', { name: 'Segment commands' })
      .getByRole('button', { name: 'Go Live' })
      .click();
    const name = page.getByRole('textbox', { name: 'Name', exact: true });
    await page.getByText('A segment needs a name.').waitFor();
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    const [nameBox, zoneBox] = await Promise.all([name.boundingBox(), zone.boundingBox()]);
    // One row: the time zone beside the name, inside the window.
    expect(Math.abs((zoneBox?.y ?? 0) - (nameBox?.y ?? 1000))).toBeLessThan(4);
    expect((zoneBox?.x ?? 0) + (zoneBox?.width ?? 0)).toBeLessThanOrEqual(1280);
    await expectFits(page);
    await screenshotAtWidth(page, 'new-segment-fields');
    expect(errors).toEqual([]);
  });
});
