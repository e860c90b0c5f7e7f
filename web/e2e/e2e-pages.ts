import type { Locator, Page } from 'playwright-core';
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

/** Whether `control` has the keyboard focus. */
export function hasFocus(control: Locator): Promise<boolean> {
  return control.evaluate((element) => element === document.activeElement);
}

/** What has the focus, for failure messages: its tag, role and name or text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (element === null || element === document.body) return 'nothing (the page)';
    const name =
      element.getAttribute('aria-label') ??
      (element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : null) ??
      element.textContent;
    const role = element.getAttribute('role') ?? element.tagName.toLowerCase();
    return `${role} “${name.trim().slice(0, 60)}”`;
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until `control` has the focus, as a keyboard user moves; fails,
 * saying what has the focus, when `limit` presses do not reach it (it is not reachable by Tab).
 * Returns how many presses it took.
 */
export async function tabTo(
  page: Page,
  control: Locator,
  { back = false, limit = 60 }: { back?: boolean; limit?: number } = {},
): Promise<number> {
  await control.waitFor();
  for (let presses = 0; presses < limit; presses++) {
    if (await hasFocus(control)) return presses;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  if (await hasFocus(control)) return limit;
  throw new Error(
    `${limit} presses of ${back ? 'Shift+Tab' : 'Tab'} did not reach it: the focus is on ${await focusedName(page)}`,
  );
}

/**
 * Moves the focus with the keyboard to a button of a toolbar, whose buttons are one Tab stop walked
 * with the arrow keys (Fluent's Toolbar): Tab (or Shift+Tab) into the toolbar, then Arrow Right.
 */
export async function tabToToolbarButton(
  page: Page,
  toolbar: Locator,
  button: Locator,
  { back = false }: { back?: boolean } = {},
): Promise<void> {
  await button.waitFor();
  const inside = () => toolbar.evaluate((bar) => bar.contains(document.activeElement));
  for (let presses = 0; presses < 60 && !(await inside()); presses++)
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  const count = await toolbar.getByRole('button').count();
  for (let presses = 0; presses <= count && !(await hasFocus(button)); presses++)
    await page.keyboard.press('ArrowRight');
  if (!(await hasFocus(button)))
    throw new Error(`the toolbar's arrow keys did not reach it: the focus is on ${await focusedName(page)}`);
}

/** The names the Members tab lists (its table's first column), sorted. */
export async function memberNames(page: Page): Promise<string[]> {
  const names = await page
    .getByRole('tabpanel')
    .getByRole('row')
    .evaluateAll((rows) => rows.slice(1).map((row) => row.querySelector('td')?.textContent.trim() ?? ''));
  return names.sort();
}
