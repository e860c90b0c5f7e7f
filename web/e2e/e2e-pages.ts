import type { Page } from 'playwright-core';
import { screenshot } from './browser.ts';

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
