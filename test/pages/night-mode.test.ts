/**
 * 夜间 (night mode): the pages follow the reader's system (prefers-color-scheme),
 * and the header toggle chooses dark or light, remembered for every page and
 * applied before the first paint, together with 大字. Both modes pass axe's
 * WCAG 2.2 A/AA rules on every kind of page; print stays black on white.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations } from '../support/axe.ts';
import { inBothScripts, onePagePerType, openPage, waitForResults } from '../support/pages.ts';
import { useChromium } from '../support/use-chromium.ts';
import { ui } from '../../src/i18n/ui.ts';
import { luminance } from '../../src/site/tile-grid.ts';

const baseURL = inject('baseURL');
const casePage = '/zh-hans/cases/nx-2025-01/';
// Every kind of page in simplified (the colours do not depend on the script), and the main ones in traditional.
const pages = [
  ...new Set([
    ...onePagePerType(1).filter((path) => path !== '/' && !path.startsWith('/zh-hant/')),
    ...inBothScripts('/zh-hans/'),
    ...inBothScripts(casePage),
    `/zh-hans/search/?q=${encodeURIComponent('综合查一次')}`,
    `/zh-hant/search/?q=${encodeURIComponent('綜合查一次')}`,
  ]),
];

let browser: Browser;
useChromium((b) => {
  browser = b;
});

/** The luminance of a computed `rgb(…)` colour. */
const rgbLuminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/\d+/g)!.map(Number) as [number, number, number];
  return luminance(`#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`);
};
const pageColours = (page: Page) =>
  page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return {
      background: getComputedStyle(document.documentElement).backgroundColor,
      color: style.color,
    };
  });
const darkToggle = (page: Page, script: 'zh-hans' | 'zh-hant' = 'zh-hans') =>
  page.getByRole('button', { name: ui[script].darkMode, exact: true });

describe.concurrent('with the system set to dark', () => {
  test.for(pages)('%s is dark and has no WCAG 2.2 AA violation', async (path, { expect }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    try {
      await openPage(page, baseURL, path, { stay: true });
      await waitForResults(page, path);
      const { background, color } = await pageColours(page);
      expect(rgbLuminance(background)).toBeLessThan(0.05);
      expect(rgbLuminance(color)).toBeGreaterThan(0.5);
      const violations = await axeViolations(page);
      expect(violations, `${path}:\n${violations.join('\n')}`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the 夜间 toggle', () => {
  test.for(inBothScripts(casePage))(
    'on %s makes the page dark, is remembered on the next page with 大字, and passes axe',
    async (path) => {
      const script = path.startsWith('/zh-hant/') ? 'zh-hant' : 'zh-hans';
      const context = await browser.newContext({ colorScheme: 'light' });
      const page = await context.newPage();
      try {
        await openPage(page, baseURL, path);
        const toggle = darkToggle(page, script);
        expect(await toggle.getAttribute('aria-pressed')).toBe('false');
        expect(rgbLuminance((await pageColours(page)).background)).toBeGreaterThan(0.9);
        await toggle.click();
        expect(await toggle.getAttribute('aria-pressed')).toBe('true');
        expect(rgbLuminance((await pageColours(page)).background)).toBeLessThan(0.05);
        await page.getByRole('button', { name: ui[script].largeText, exact: true }).click();

        // Another page: both choices apply before the first paint, and the toggles say so.
        await page.goto(`${baseURL}/${script}/numbers/`);
        expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
        expect(await page.evaluate(() => document.documentElement.className)).toContain(
          'large-text',
        );
        expect(await darkToggle(page, script).getAttribute('aria-pressed')).toBe('true');
        await openPage(page, baseURL, path);
        const violations = await axeViolations(page);
        expect(violations, violations.join('\n')).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  test('chooses light on a dark system, and choosing dark again follows the system', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    try {
      await openPage(page, baseURL, casePage);
      const toggle = darkToggle(page);
      expect(await toggle.getAttribute('aria-pressed')).toBe('true');
      await toggle.click();
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(rgbLuminance((await pageColours(page)).background)).toBeGreaterThan(0.9);
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('light');
      const violations = await axeViolations(page);
      expect(violations, violations.join('\n')).toEqual([]);
      await toggle.click();
      expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
      // Following the system again: it turns light with the system.
      await page.emulateMedia({ colorScheme: 'light' });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('false');
      expect(rgbLuminance((await pageColours(page)).background)).toBeGreaterThan(0.9);
    } finally {
      await context.close();
    }
  });

  test('leaves print black on white, whatever the screen shows', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    try {
      await openPage(page, baseURL, casePage);
      await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const { background, color } = await pageColours(page);
      expect(background).toBe('rgb(255, 255, 255)');
      expect(color).toBe('rgb(0, 0, 0)');
      expect(await page.locator('#p1').evaluate((p) => getComputedStyle(p).color)).toBe(
        'rgb(0, 0, 0)',
      );
    } finally {
      await context.close();
    }
  });
});
