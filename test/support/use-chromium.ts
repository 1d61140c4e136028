/** Test-file hooks for Chromium (kept apart from browser.ts, which the benchmark imports outside vitest). */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../cli/harness/browser.ts';

/**
 * Launches Chromium with one page before a test file's tests and closes it
 * after them. `set` receives both, for the file's own variables.
 */
export function useChromium(set: (browser: Browser, page: Page) => void): void {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
    set(browser, await browser.newPage());
  });
  afterAll(async () => {
    await browser?.close();
  });
}
