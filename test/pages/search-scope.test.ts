/**
 * Searching within one part of the cases (检索范围: 全部 / 标题 / 关键词 /
 * 基本情况（案情） / 典型意义 / 其他正文), with the filters, kept in the URL
 * (`&in=…`) and restored from it. Expected results come from the built case
 * pages: their headings, classified by src/search/sections.ts.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useChromium } from '../support/use-chromium.ts';
import { openSearch, searchOf, waitForSearch } from '../../cli/harness/search-driver.ts';
import {
  caseTexts,
  holds,
  listedResults,
  loadFold,
  type CaseText,
} from '../../cli/harness/precision.ts';
import { distDir } from '../support/dist.ts';
import { searchScopes, type SearchScope } from '../../src/search/sections.ts';
import { fillText, ui } from '../../src/i18n/ui.ts';
import type { Script } from '../../src/i18n/script.ts';

const texts = caseTexts(distDir);
const fold = await loadFold();

/** Whether a case holds a query in a scope, from its page. */
function holdsIn(c: CaseText, q: string, scope: SearchScope): boolean {
  if (scope === '') return holds(c.texts, q, fold);
  if (scope === 'title') return holds([c.title], q, fold);
  if (scope === 'keywords') return holds(c.keywords, q, fold);
  const parts = c.blocks.filter((b) => b.section === scope).map((b) => b.text);
  return holds(parts, q, fold);
}
const expected = (q: string, scope: SearchScope, only: (c: CaseText) => boolean = () => true) =>
  [...texts.values()]
    .filter((c) => only(c) && holdsIn(c, q, scope))
    .map((c) => c.id)
    .sort();

let browser: Browser;
let page: Page;
useChromium((b) => {
  browser = b;
});
beforeAll(async () => {
  page = await browser.newPage();
});

const ids = async () => (await listedResults(page)).map((r) => r.id).sort();

describe('search within a part of the cases', () => {
  test('the parts are named in the collection: some cases have facts and significance headings', () => {
    const cases = [...texts.values()];
    expect(cases.some((c) => c.blocks.some((b) => b.section === 'facts'))).toBe(true);
    expect(cases.some((c) => c.blocks.some((b) => b.section === 'significance'))).toBe(true);
    expect(cases.some((c) => c.blocks.some((b) => b.section === 'other'))).toBe(true);
  });

  test.each(['审慎', '执法', '企业', '营商环境'])(
    'lists, for %s in each part, exactly the cases that hold it there',
    async (q) => {
      const differs = new Set<string>();
      for (const scope of searchScopes) {
        await openSearch(page, inject('baseURL'), 'zh-hans', { q, in: scope });
        expect(await ids(), `${q} in ${scope || 'all'}`).toEqual(expected(q, scope));
        differs.add(expected(q, scope).join());
      }
      expect(differs.size).toBeGreaterThan(2);
    },
  );

  test("links only to the paragraphs of that part, and says which part it searched, in the page's script", async () => {
    for (const script of ['zh-hans', 'zh-hant'] as Script[]) {
      await openSearch(page, inject('baseURL'), script, { q: '审慎', in: 'significance' });
      const results = await listedResults(page);
      expect(results.length).toBeGreaterThan(0);
      for (const r of results) {
        const c = texts.get(r.id)!;
        for (const n of r.paragraphs) {
          const block = c.blocks.find((b) => b.number === n)!;
          expect(block.section, `${r.id} #p${n}`).toBe('significance');
        }
      }
      const t = ui[script];
      expect(await page.locator('[data-search-status]').textContent()).toBe(
        fillText(t.searchFoundForIn, {
          q: '审慎',
          scope: t.searchScopeSignificance,
          n: results.length,
        }),
      );
    }
  });

  test('works with the filters: only the cases of the chosen province that hold the query in that part', async () => {
    const province = '宁夏回族自治区';
    const inProvince = (c: CaseText) => c.texts.includes(province);
    // A query and part for which the part narrows the province's results, from the collection.
    const [q, scope] = ['执法', '审慎', '企业', '监督', '检查', '服务']
      .flatMap((q) => (['facts', 'significance', 'other'] as const).map((s) => [q, s] as const))
      .find(([q, s]) => {
        const part = expected(q, s, inProvince).length;
        return part > 0 && part < expected(q, '', inProvince).length;
      })!;
    await openSearch(page, inject('baseURL'), 'zh-hans', { q, in: scope, region: province });
    expect(await ids()).toEqual(expected(q, scope, inProvince));
  });

  test('is kept in the URL when chosen, restored on reload and by the back button, and survives the script toggle', async () => {
    // A page of its own: the back button goes through this test's history only.
    page = await browser.newPage();
    await openSearch(page, inject('baseURL'), 'zh-hans', { q: '审慎' });
    const all = await ids();
    const t = ui['zh-hans'];
    await page.getByRole('radio', { name: t.searchScopeSignificance }).check();
    await waitForSearch(page, searchOf({ q: '审慎', in: 'significance' }));
    expect(new URL(page.url()).searchParams.get('in')).toBe('significance');
    const significance = await ids();
    expect(significance).toEqual(expected('审慎', 'significance'));
    expect(significance.length).toBeLessThan(all.length);

    await page.reload();
    await waitForSearch(page, searchOf({ q: '审慎', in: 'significance' }));
    expect(await page.getByRole('radio', { name: t.searchScopeSignificance }).isChecked()).toBe(
      true,
    );
    expect(await ids()).toEqual(significance);

    await page.locator('a[data-script-toggle]').click();
    await page.waitForURL(/\/zh-hant\/search\/\?/);
    await waitForSearch(page, searchOf({ q: '审慎', in: 'significance' }));
    expect(
      await page.getByRole('radio', { name: ui['zh-hant'].searchScopeSignificance }).isChecked(),
    ).toBe(true);
    expect(await ids()).toEqual(significance);

    await page.goBack();
    await waitForSearch(page, searchOf({ q: '审慎', in: 'significance' }));
    expect(new URL(page.url()).pathname).toBe('/zh-hans/search/');
    await page.goBack();
    await waitForSearch(page, searchOf({ q: '审慎' }));
    expect(await page.getByRole('radio', { name: t.searchScopeAll }).isChecked()).toBe(true);
    expect(await ids()).toEqual(all);
  });

  test('ignores a scope it does not know, and searches everything', async () => {
    await page.goto(
      `${inject('baseURL')}/zh-hans/search/?q=${encodeURIComponent('审慎')}&in=nowhere`,
    );
    await waitForSearch(page, searchOf({ q: '审慎' }));
    expect(await ids()).toEqual(expected('审慎', ''));
    expect(await page.getByRole('radio', { name: ui['zh-hans'].searchScopeAll }).isChecked()).toBe(
      true,
    );
  });
});
