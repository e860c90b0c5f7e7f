import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startServer, type E2eServer } from './e2e-server.ts';

/** The browser and the server of one test file, started before its tests and closed after them. */
export interface E2eSession {
  readonly browser: Browser;
  readonly server: E2eServer;
}

/**
 * Starts headless Chromium and a Segmint server on an empty database for the tests of the calling
 * `describe`, and stops both after them. Read `browser` and `server` inside the tests.
 */
export function browserAndServer(): E2eSession {
  let browser: Browser | undefined;
  let server: E2eServer | undefined;
  beforeAll(async () => {
    // The browser first: without chromium the tests fail at once, and no server is left running.
    browser = await launchBrowser();
    server = await startServer();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The browser and server start in beforeAll: read them in a test.');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
  };
}

/** Signs in on the sign-in page with the server's admin key and waits for the app's frame. */
export async function signIn(page: Page, server: E2eServer): Promise<void> {
  await page.goto(server.url);
  await page.getByLabel('API key').fill(server.token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Customers' }).waitFor();
}
