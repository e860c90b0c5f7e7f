/// <reference types="node" />
import type { Locator } from 'playwright-core';
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

/** The background colour a control shows while the pointer is over it. */
async function hoverColour(control: Locator): Promise<string> {
  await control.hover();
  return control.evaluate((element) => getComputedStyle(element).backgroundColor);
}

/**
 * Fluent UI's buttons look as Fluent draws them (issue 14): the app's own styles for its hand-made
 * buttons do not reach them, so a primary button stays blue under the pointer.
 */
describe('Fluent buttons in headless chromium', () => {
  const session = browserAndServer();

  it('keeps a primary button blue and a secondary one Fluent grey under the pointer', async () => {
    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'fluent-buttons-failed');
    });
    // Fluent's colour transitions are then instant, so the colour read is the one the hover ends at.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await signIn(page, session.server);
    await page.goto(`${session.server.url}/records/account/new`);
    const save = page
      .getByRole('toolbar', { name: 'Account commands' })
      .getByRole('button', { name: 'Save', exact: true });
    // Fluent's colorBrandBackgroundHover (#115ea3), not the grey of the app's own buttons (#f0f0f0).
    expect(await hoverColour(save)).toBe('rgb(17, 94, 163)');

    await page.goto(`${session.server.url}/segments/new/dynamic`);
    await page
      .getByRole('dialog', { name: 'Segment Templates' })
      .getByRole('button', { name: 'Skip' })
      .click();
    await page.getByRole('button', { name: 'Add query block' }).click();
    // Fluent's colorNeutralBackground1Hover (#f5f5f5).
    expect(await hoverColour(page.getByRole('button', { name: 'Add row' }).first())).toBe(
      'rgb(245, 245, 245)',
    );
    expect(errors).toEqual([]);
  });
});
