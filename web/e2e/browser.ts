/// <reference types="node" />
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './e2e-server.ts';

/** Debian's chromium, which the tests drive (playwright-core downloads no browser). */
export const chromiumPath = '/usr/bin/chromium';

/** Where the tests write their screenshots (gitignored). */
export const screenshotDir = join(repoRoot, 'test-results', 'screenshots');

/**
 * Launches headless chromium; fails, never skips, when it is not installed, saying how to install it
 * (`.ci/run` does).
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `The end-to-end tests need Debian's chromium at ${chromiumPath}: run \`apt-get install -y chromium\` (as root, or with sudo). CI installs it in .ci/run.`,
    );
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A new page of 1280×800 (or the size given) whose console errors are collected in `errors`. */
export async function openPage(
  browser: Browser,
  size: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: size });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

/** Saves a full-page screenshot as `test-results/screenshots/<name>.png` and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
