import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { useChromium } from '../support/use-chromium.ts';
import { missing, openSearch, showResults, submitQuery } from '../../cli/harness/search-driver.ts';
import type { Script } from '../../src/i18n/script.ts';
import { loadToHant } from '../../src/i18n/convert.ts';

/** The public queries: each expected string must be in the title or region of a top-10 result. */
const queries = JSON.parse(
  readFileSync(new URL('../fixtures/public-queries.json', import.meta.url), 'utf8'),
) as {
  q: string;
  expect: string[];
}[];
const toHant = await loadToHant();
const inScript = (text: string, script: Script) => (script === 'zh-hant' ? toHant(text) : text);

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

describe.each(combinations)(
  'the %s search page, with queries typed in %s',
  (pageScript, queryScript) => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage();
      await openSearch(page, inject('baseURL'), pageScript, {});
    });
    afterAll(async () => {
      await page?.close();
    });

    test.each(queries)(
      'finds the expected cases for $q in the top 10',
      async ({ q, expect: expected }) => {
        await submitQuery(page, inScript(q, queryScript));
        const top10 = (await showResults(page, 10)).slice(0, 10);
        expect(
          missing(
            top10,
            expected.map((e) => inScript(e, pageScript)),
          ),
        ).toEqual([]);
      },
    );
  },
);
