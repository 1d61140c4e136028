/** A case page shows the case's own fields, as in its content file, in both scripts. */
import { describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { contentCases } from '../support/content.ts';
import { loadToHant } from '../../src/i18n/convert.ts';
import { ui } from '../../src/i18n/ui.ts';
import { domainPath, keywordPath } from '../../src/site/routes.ts';
import type { EnforcementDomain } from '../../src/model/schema/domains.ts';

let browser: Browser;
useChromium((b) => {
  browser = b;
});
const toHant = await loadToHant();

// A case with figures, taken from the collection: whichever it holds.
const sample = contentCases().find((c) => c.data.metrics.length > 0) ?? contentCases()[0]!;

describe.each(['zh-hans', 'zh-hant'] as const)('a %s case page', (script) => {
  const inScript = (text: string) => (script === 'zh-hant' ? toHant(text) : text);

  test('shows its title, region, keywords, domains and figures', async () => {
    const page = await browser.newPage();
    await page.goto(`${inject('baseURL')}/${script}/cases/${sample.id}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      inScript(sample.data.title),
    );
    const meta = page.locator('article dl');
    const region = [
      sample.data.region.province,
      sample.data.region.city,
      sample.data.region.county,
    ];
    expect(await meta.innerText()).toContain(inScript(region.filter(Boolean).join(' ')));
    for (const keyword of sample.data.keywords) {
      const link = meta.getByRole('link', { name: inScript(keyword), exact: true });
      expect(await link.getAttribute('href')).toBe(keywordPath(script, keyword));
    }
    for (const domain of sample.data.domains) {
      const link = meta.getByRole('link', { name: inScript(domain), exact: true });
      expect(await link.getAttribute('href')).toBe(domainPath(script, domain as EnforcementDomain));
    }
    const figures = await page.getByRole('region', { name: ui[script].metrics }).innerText();
    for (const m of sample.data.metrics) expect(figures).toContain(inScript(m.label));
    await page.close();
  });
});
