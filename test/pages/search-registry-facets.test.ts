/**
 * The search form is made from the facets of the field registry
 * (src/model/schema/fields.ts): one labelled select per facet, in both
 * scripts; the domain facet narrows and counts like the others; and "clear
 * filters" drops every facet the registry has, including new ones.
 */
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import {
  openSearch,
  searchOf,
  showResults,
  waitForSearch,
} from '../../cli/harness/search-driver.ts';
import { readDist } from '../support/dist.ts';
import { caseFields, facetParams, facets } from '../../src/model/schema/fields.ts';
import { ui } from '../../src/i18n/ui.ts';
import { loadToHant } from '../../src/i18n/convert.ts';

let page: Page;
useChromium((_, p) => {
  page = p;
});
const toHant = await loadToHant();
const dataset = (
  JSON.parse(readDist('data/cases.json')) as { cases: { id: string; domains: string[] }[] }
).cases;

/** `value（count）` for each distinct value, sorted. */
const tally = (values: string[]) => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([v, n]) => `${v}（${n}）`).sort();
};

describe.each(['zh-hans', 'zh-hant'] as const)('the %s search form', (script) => {
  const t = ui[script];

  test('has one select per facet of the registry, labelled in the script, starting with its "any" option', async () => {
    await openSearch(page, inject('baseURL'), script, {});
    for (const param of facetParams) {
      const select = page.getByRole('combobox', { name: t[facets[param].label], exact: true });
      expect(await select.getAttribute('name')).toBe(param);
      expect(await select.locator('option').first().textContent()).toBe(t[facets[param].any]);
    }
  });

  test('counts the cases of each enforcement domain, as the dataset has them', async () => {
    await openSearch(page, inject('baseURL'), script, {});
    const select = page.getByLabel(t.domains, { exact: true });
    await select.focus(); // the page draws a facet's options when the reader reaches it
    const options = (await select.locator('option').allTextContents()).slice(1);
    const inScript = (d: string) => (script === 'zh-hant' ? toHant(d) : d);
    expect(options.sort()).toEqual(tally(dataset.flatMap((c) => c.domains.map(inScript))));
  });

  test('narrows the results to the cases of the chosen domain, kept in the URL', async () => {
    const domain = dataset[0]!.domains[0]!;
    const state = { domain };
    await openSearch(page, inject('baseURL'), script, state);
    const shown = (await showResults(page)).map((r) => r.href).sort();
    expect(shown).toEqual(
      dataset
        .filter((c) => c.domains.includes(domain))
        .map((c) => `/${script}/cases/${c.id}/`)
        .sort(),
    );
    expect(new URL(page.url()).searchParams.get('domain')).toBe(domain);
  });
});

describe('clearing the filters', () => {
  test('drops every facet of the registry from the URL and the form, and keeps the query and the sort', async () => {
    // A value no case has, for every facet: nothing is found, so the page offers to remove the filters.
    const state = Object.fromEntries([
      ['q', '执法'],
      ...facetParams.map((param) => [param, `没有的${param}`]),
      ['sort', 'date'],
    ]);
    await openSearch(page, inject('baseURL'), 'zh-hans', state);
    const remove = page.getByRole('link', { name: ui['zh-hans'].searchRemoveFilters });
    expect(await remove.getAttribute('href')).toBe(searchOf({ q: '执法', sort: 'date' }));
    await remove.click();
    await waitForSearch(page, searchOf({ q: '执法', sort: 'date' }));
    for (const param of facetParams)
      expect(await page.locator(`select[name="${param}"]`).inputValue(), param).toBe('');
    expect((await showResults(page, 1)).length).toBeGreaterThan(0);
  });
});

describe("the search page's script", () => {
  test('carries the facets of the registry, and not the rest of it (dataset readers, documentation, fixes)', () => {
    const html = readDist('zh-hans/search/index.html');
    const scripts = [...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((file) => readDist(file)).join('\n');
    for (const param of facetParams) expect(code).toContain(facets[param].any);
    expect(code).not.toContain(caseFields.id.doc);
    expect(code).not.toContain(caseFields.metrics.fixes!['metrics[].quote']!);
  });
});
