/**
 * Every case a search lists holds what was typed, and every case that holds
 * it is listed: checked on the real index in Chromium, in both scripts, for
 * the precision queries (test/fixtures/precision-queries.json, copied from the
 * shared reader queries), the public queries, and what readers type (numbers,
 * Latin letters, quoted phrases, several terms). Expectations come from the
 * collection itself (cli/harness/precision.ts folds both sides as search does).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { useChromium } from '../support/use-chromium.ts';
import { openSearch, resultItems } from '../../cli/harness/search-driver.ts';
import {
  caseTexts,
  holds,
  listedResults,
  loadFold,
  type CaseText,
} from '../../cli/harness/precision.ts';
import { distDir } from '../support/dist.ts';
import type { Script } from '../../src/i18n/script.ts';
import { loadToHant } from '../../src/i18n/convert.ts';
import { fillText, ui } from '../../src/i18n/ui.ts';

const precision = JSON.parse(
  readFileSync(new URL('../fixtures/precision-queries.json', import.meta.url), 'utf8'),
) as { contains: string[]; absent: string[] };
const publicQueries = (
  JSON.parse(readFileSync(new URL('../fixtures/public-queries.json', import.meta.url), 'utf8')) as {
    q: string;
  }[]
).map((p) => p.q);

const texts = caseTexts(distDir);
const fold = await loadFold();
const toHant = await loadToHant();
const inScript = (text: string, script: Script) => (script === 'zh-hant' ? toHant(text) : text);

/** The ids of the cases that hold every term of a query, from the collection. */
const holding = (q: string) =>
  [...texts.values()]
    .filter((c) => holds(c.texts, q, fold))
    .map((c) => c.id)
    .sort();
/** The numbers of a case's paragraphs that hold a query. */
const paragraphsHolding = (c: CaseText, q: string) =>
  [...c.paragraphs]
    .filter(([, text]) => holds([text], q, fold))
    .map(([n]) => n)
    .sort((a, b) => a - b);

let browser: Browser;
useChromium((b) => {
  browser = b;
});

const combinations: [Script, Script][] = [
  ['zh-hans', 'zh-hans'],
  ['zh-hans', 'zh-hant'],
  ['zh-hant', 'zh-hans'],
  ['zh-hant', 'zh-hant'],
];

describe.each(combinations)('the %s search page, with queries typed in %s', (script, typed) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
  });
  afterAll(async () => {
    await page?.close();
  });
  const t = ui[script];

  /** Searches for a query and returns the results listed, every one of them. */
  const search = async (q: string, params: Record<string, string> = {}) => {
    await openSearch(page, inject('baseURL'), script, { q, ...params });
    return listedResults(page);
  };
  const status = () => page.locator('[data-search-status]').textContent();

  test.each([...new Set([...precision.contains, ...publicQueries])])(
    'lists exactly the cases that hold %s, says how many, and links each to exactly the paragraphs that hold it',
    async (q) => {
      const expected = holding(q);
      expect(expected.length, `the collection holds ${q}`).toBeGreaterThan(0);
      const results = await search(inScript(q, typed));
      expect(results.map((r) => r.id).sort()).toEqual(expected);
      expect(await status()).toBe(
        fillText(t.searchFoundFor, { q: inScript(q, typed), n: expected.length }),
      );
      for (const r of results) {
        const c = texts.get(r.id)!;
        expect(
          [...r.paragraphs].sort((a, b) => a - b),
          r.id,
        ).toEqual(paragraphsHolding(c, q));
      }
      // At least one linked paragraph holds it; a result that links to none holds it in its title or
      // keywords only (and shows the start of its text).
      expect(results.some((r) => r.paragraphs.length > 0)).toBe(true);
      for (const r of results.filter((r) => r.paragraphs.length === 0)) {
        const c = texts.get(r.id)!;
        expect(holds([c.title], q, fold) || holds(c.keywords, q, fold), r.id).toBe(true);
      }
    },
  );

  test.each(precision.absent)(
    'lists nothing for %s, which no case holds, says so, and offers near matches apart, labelled as partial',
    async (q) => {
      expect(holding(q)).toEqual([]);
      const results = await search(inScript(q, typed));
      expect(results).toEqual([]);
      expect(await status()).toBe(fillText(t.searchNoneFor, { q: inScript(q, typed) }));
      const show = page.getByRole('button', { name: t.searchPartialShow });
      expect(await show.isVisible()).toBe(true);
      await show.click();
      const heading = page.getByRole('heading', { name: t.searchPartialHeading });
      await heading.waitFor();
      expect(await heading.isVisible()).toBe(true);
      // Near matches are never listed as results, and the count stays 0.
      expect(await resultItems(page).count()).toBe(0);
      expect(await status()).toBe(fillText(t.searchNoneFor, { q: inScript(q, typed) }));
    },
  );

  test('finds numbers and Latin letters exactly as written, in either width (12345, AI, 2+1+1, 1617.07万元)', async () => {
    const held = ['12345', 'AI', '2+1+1', '1617.07万元', '5G', 'CNAS'].filter(
      (q) => holding(q).length > 0,
    );
    expect(held.length).toBeGreaterThanOrEqual(4);
    for (const q of held) {
      expect((await search(q)).map((r) => r.id).sort(), q).toEqual(holding(q));
      // Full-width forms are the same characters.
      const wide = q.replace(/[0-9A-Za-z+.]/g, (c) =>
        String.fromCharCode(c.charCodeAt(0) + 0xfee0),
      );
      expect((await search(wide)).map((r) => r.id).sort(), wide).toEqual(holding(q));
    }
  });

  test('takes terms apart by spaces (each must be in the case), and a quoted phrase as one term', async () => {
    // Two terms that some case has apart: 执法 and 监督员, and the phrase 执法监督员.
    const both = holding('执法 监督员');
    expect(both.length).toBeGreaterThan(0);
    expect((await search(inScript('执法 监督员', typed))).map((r) => r.id).sort()).toEqual(both);
    expect((await search(inScript('执法监督员', typed))).map((r) => r.id).sort()).toEqual(
      holding('执法监督员'),
    );
    // Quoted: the spaces inside do not count, the phrase must be whole.
    const phrase = holding('包容审慎监管');
    expect(phrase.length).toBeGreaterThan(0);
    expect((await search(inScript('"包容 审慎监管"', typed))).map((r) => r.id).sort()).toEqual(
      phrase,
    );
  });

  test('ranks the phrase in a title or keyword first, then by how often the case has it', async () => {
    const q = '包容审慎';
    const results = (await search(inScript(q, typed))).map((r) => texts.get(r.id)!);
    const inTitleOrKeywords = (c: CaseText) =>
      holds([c.title], q, fold) || holds(c.keywords, q, fold);
    const first = results.filter(inTitleOrKeywords).length;
    expect(first).toBeGreaterThan(0);
    expect(results.slice(0, first).every(inTitleOrKeywords)).toBe(true);
    // The rest: the phrase in the text, more occurrences first.
    const occurrences = (c: CaseText) =>
      c.texts.reduce((sum, text) => sum + fold(text).split(fold(q)).length - 1, 0);
    const rest = results.slice(first).map(occurrences);
    expect(rest).toEqual([...rest].sort((a, b) => b - a));
  });

  test('says clearly that a query of punctuation only has nothing to search for', async () => {
    expect(await search('，。！')).toEqual([]);
    expect(await status()).toBe(fillText(t.searchOnlyPunctuation, { q: '，。！' }));
    expect(await page.getByRole('button', { name: t.searchPartialShow }).isVisible()).toBe(false);
  });
});
