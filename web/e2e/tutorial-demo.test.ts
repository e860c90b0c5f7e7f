/// <reference types="node" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { launchBrowser, openPage, screenshot } from './browser.ts';
import { memberNames } from './e2e-pages.ts';
import { startServer, type E2eServer } from './e2e-server.ts';
import { signIn } from './e2e-session.ts';
import { contactsFromAtlantis, newContact, shownSegmentId } from './tutorial-steps.ts';

/**
 * The seed tutorial as a newcomer meets it after `npm start`: on a server whose first start loaded the
 * demo data exactly as `segmint serve` does (thousands of contacts, four live segments, nobody in
 * Atlantis), following the seed's words with no extra click, the Members tab lists exactly the two
 * contacts the newcomer made, and nobody of the demo.
 */

interface Page1<T> {
  readonly items: readonly T[];
  readonly total: number;
}

describe('the seed tutorial on the demo data in headless chromium', () => {
  let browser: Browser | undefined;
  let server: E2eServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer({ demo: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('builds "Contacts from Atlantis" among the demo data and lists exactly the two contacts made', async () => {
    if (browser === undefined || server === undefined) throw new Error('beforeAll did not start them');
    // The demo is there, as after `npm start`: its contacts and its live segments.
    const before = await server.api<Page1<unknown>>('GET', '/api/contacts?limit=1');
    expect(before.total).toBeGreaterThan(1000);
    const live = await server.api<Page1<{ name: string }>>('GET', '/api/segments?state=live');
    expect(live.items.length).toBeGreaterThanOrEqual(4);
    expect(live.items.map((s) => s.name)).not.toContain('Contacts from Atlantis');

    const { page, errors } = await openPage(browser);
    onTestFailed(async () => {
      await screenshot(page, 'tutorial-demo-failed');
    });
    await signIn(page, server);

    // Customers > Contacts, New, … Save & Close; and a second such contact.
    await newContact(page, 'Nerissa', 'Deepwater', 'nerissa.deepwater@example.com', 'Atlantis');
    await newContact(page, 'Coral', 'Seaborne', 'coral.seaborne@example.com', 'Atlantis');

    // Customers > Segments, New, … Go Live; Refresh: the Members tab shows the two contacts, only them.
    await contactsFromAtlantis(page, 'tutorial-demo');
    await page.getByRole('tabpanel').getByRole('link', { name: 'Nerissa Deepwater' }).waitFor();
    expect(await memberNames(page)).toEqual(['Coral Seaborne', 'Nerissa Deepwater']);
    await screenshot(page, 'tutorial-demo-members');

    const members = await server.api<Page1<{ fullname: string }>>(
      'GET',
      `/api/segments/${encodeURIComponent(shownSegmentId(page))}/members`,
    );
    expect(members.total).toBe(2);
    expect(members.items.map((m) => m.fullname).sort()).toEqual(['Coral Seaborne', 'Nerissa Deepwater']);
    expect(errors).toEqual([]);
  });
});
