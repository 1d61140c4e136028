/**
 * The numbers page: every metric of every case, in the table of its kind,
 * linked to the paragraph of the case page that holds its quote; sortable
 * with JavaScript, a plain table without.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../cli/harness/browser.ts';
import { readDist } from '../support/dist.ts';
import { contentCases } from '../support/content.ts';
import { metricParagraph } from '../../src/model/quote-paragraph.ts';
import { metricKinds } from '../../src/model/schema/case.ts';

const cases = contentCases();
const metrics = cases.flatMap((c) =>
  c.data.metrics.map((m) => ({ ...m, caseId: c.id, body: c.body })),
);
const squeeze = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\s+/g, '');

/** The text of `<p id="pN">` on a built case page. */
function paragraphText(script: string, caseId: string, n: number): string | undefined {
  const html = readDist(`${script}/cases/${caseId}/index.html`);
  const match = new RegExp(`<p id="p${n}"[^>]*>([\\s\\S]*?)</p>`).exec(html);
  return match ? squeeze(match[1]!) : undefined;
}

describe('metric paragraphs', () => {
  test('match the paragraph ids of the rendered case pages: the quote is in that paragraph', () => {
    for (const m of metrics) {
      const n = metricParagraph(m.body, m.quote);
      expect(n, `${m.caseId}: quote “${m.quote}” not found in the body`).toBeDefined();
      expect(paragraphText('zh-hans', m.caseId, n!), `${m.caseId} #p${n}`).toContain(
        squeeze(m.quote),
      );
    }
  });
});

describe.each(['zh-hans', 'zh-hant'] as const)('the %s numbers page', (script) => {
  const html = readDist(`${script}/numbers/index.html`);

  test('lists every metric once, in the table of its kind, linked to its paragraph', () => {
    const sections = metricKinds.map((_, i) => {
      const start = html.indexOf(`id="kind-${i + 1}"`);
      return html.slice(start, html.indexOf('</section>', start));
    });
    const rowCount = sections.reduce((n, s) => n + (s.match(/<tr data-case-id=/g)?.length ?? 0), 0);
    expect(rowCount).toBe(metrics.length);
    for (const m of metrics) {
      const section = sections[metricKinds.indexOf(m.kind as (typeof metricKinds)[number])]!;
      const n = metricParagraph(m.body, m.quote);
      const href = `href="/${script}/cases/${m.caseId}/#p${n}"`;
      expect(section.includes(href), `${m.caseId} ${m.label} → ${href} in ${m.kind}`).toBe(true);
      expect(
        section.includes(`data-value="${m.value}"`),
        `${m.caseId} ${m.label} value ${m.value}`,
      ).toBe(true);
    }
  });
});

describe('sorting the numbers tables', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('works without JavaScript as plain tables with every row', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${inject('baseURL')}/zh-hans/numbers/`);
    expect(await page.locator('table.numbers tbody tr').count()).toBe(metrics.length);
    expect(await page.locator('table.numbers th button').count()).toBe(0);
    expect(await page.locator('[data-sort-hint]').isVisible()).toBe(false);
    await context.close();
  });

  test('sorts by value with header buttons that set aria-sort, ascending then descending', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseURL')}/zh-hant/numbers/`);
    const table = page
      .locator('table.numbers')
      .filter({ has: page.locator('tbody tr:nth-child(2)') })
      .first();
    if ((await table.count()) === 0) return; // no kind has two figures yet: nothing to order
    const header = table.locator('thead th').nth(1);
    const button = header.getByRole('button');
    const values = () =>
      table
        .locator('tbody td.num')
        .evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-value'))));
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const up = await values();
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await button.click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    const down = await values();
    expect(down).toEqual([...down].sort((a, b) => b - a));
    // Only the sorted column carries aria-sort.
    expect(await table.locator('thead th[aria-sort]').count()).toBe(1);
    expect(await page.locator('[data-sort-hint]').isVisible()).toBe(true);
    await page.close();
  });
});
