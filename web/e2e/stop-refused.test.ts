/// <reference types="node" />
import { describe, expect, it, onTestFailed } from 'vitest';
import { openPage, screenshot } from './browser.ts';
import { liveCitySegment, screenshotAtWidth } from './e2e-pages.ts';
import { browserAndServer, signIn } from './e2e-session.ts';

/**
 * A refused Stop (issue 14) at 1280×800: a live segment that another live segment reads cannot be
 * stopped, and the page names that segment with a link to it, which opens it.
 */
describe('a refused Stop in headless chromium', () => {
  const session = browserAndServer();

  it('names the live segment that uses it, with a link that opens that segment', async () => {
    const { server } = session;
    const atlantis = await liveCitySegment(server, 'Atlantis', 'Atlantis');
    const readers = await server.api<{ id: string }>('POST', '/api/segments', {
      name: 'Atlantis newsletter',
      type: 'dynamic',
      query: { blocks: [{ entity: 'contact' }, { combine: 'intersect', segment: atlantis.id }] },
    });
    await server.api('POST', `/api/segments/${readers.id}/go-live`);

    const { page, errors } = await openPage(session.browser);
    onTestFailed(async () => {
      await screenshot(page, 'stop-refused-failed');
    });
    await signIn(page, server);
    await page.goto(`${server.url}/segments/${atlantis.id}`);
    await page.getByRole('heading', { name: 'Atlantis', level: 1 }).waitFor();

    // Stop, confirmed: refused, naming the segment that uses this one.
    const commands = page.getByRole('toolbar', { name: 'Segment commands' });
    await commands.getByRole('button', { name: 'Stop' }).click();
    await page.getByRole('dialog', { name: 'Stop segment?' }).getByRole('button', { name: 'Stop' }).click();
    await page
      .getByRole('alert')
      .filter({
        hasText: 'This segment cannot be stopped while a live segment uses it: stop that segment first.',
      })
      .waitFor();
    const usedBy = page.getByRole('list', { name: 'Live segments that use this segment' });
    const link = usedBy.getByRole('link', { name: 'Atlantis newsletter' });
    expect(await link.getAttribute('href')).toBe(`/segments/${readers.id}`);
    await commands.getByRole('button', { name: 'Stop' }).waitFor();
    const kept = await server.api<{ state: string }>('GET', `/api/segments/${atlantis.id}`);
    expect(kept.state).toBe('live');
    await screenshotAtWidth(page, 'segment-stop-refused');

    // The link opens the segment that uses it.
    await link.click();
    await page.getByRole('heading', { name: 'Atlantis newsletter', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/segments/${readers.id}`);
    expect(errors).toEqual([]);
  });
});
