import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';
import type { E2eServer } from './e2e-server.ts';

/** How far the page is wider than the window (0 or less: nothing sideways to scroll). */
export function overflowOf(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Saves `test-results/screenshots/<name>-<width>.png` for the page at its window's width. */
export async function screenshotAtWidth(page: Page, name: string): Promise<string> {
  const width = page.viewportSize()?.width ?? 0;
  return screenshot(page, `${name}-${width}`);
}

/** The phone size the pages are tried at (an iPhone 12–15's CSS pixels). */
export const phone = { width: 390, height: 844 } as const;

/** Customers › Segments, New, New Dynamic Segment, and Skip in the Segment Templates dialog. */
export async function openNewDynamicSegment(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Customers' }).getByRole('link', { name: 'Segments' }).click();
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await page.getByRole('menuitem', { name: 'New Dynamic Segment' }).click();
  await page.getByRole('dialog', { name: 'Segment Templates' }).getByRole('button', { name: 'Skip' }).click();
}

/** Creates a dynamic segment of the contacts whose city is `city` through the API and puts it live. */
export async function liveCitySegment(
  server: E2eServer,
  name: string,
  city: string,
): Promise<{ id: string }> {
  const segment = await server.api<{ id: string }>('POST', '/api/segments', {
    name,
    type: 'dynamic',
    query: {
      blocks: [
        {
          entity: 'contact',
          where: {
            kind: 'group',
            op: 'and',
            children: [{ kind: 'condition', attribute: 'address1_city', operator: 'equals', values: [city] }],
          },
        },
      ],
    },
  });
  await server.api('POST', `/api/segments/${segment.id}/go-live`);
  return segment;
}
