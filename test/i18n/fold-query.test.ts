import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import {
  foldHints,
  foldQuery,
  loadToHans,
  loadToHant,
  needsConversion,
} from '../../src/i18n/script.ts';
import { stateFromSearch, stateToSearch } from '../../src/search/state.ts';

const casesDir = new URL('../../content/cases/', import.meta.url);
const caseTexts = readdirSync(casesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(new URL(f, casesDir), 'utf8'));

describe('foldQuery', () => {
  test.each([
    ['審批', 'zh-hans', '审批'],
    ['审批', 'zh-hant', '審批'],
    ['包容審慎', 'zh-hans', '包容审慎'],
    ['包容审慎', 'zh-hant', '包容審慎'],
    ['綜合查一次', 'zh-hant', '綜合查一次'],
    ['里面', 'zh-hant', '裡面'],
    ['上合屋', 'zh-hant', '上閤屋'],
    ['綫上', 'zh-hant', '線上'],
    ['發佈', 'zh-hant', '發布'],
    ['CMA 12345', 'zh-hant', 'CMA 12345'],
  ] as const)('folds %s for the %s index to %s', async (query, script, folded) => {
    await expect(foldQuery(query, script)).resolves.toBe(folded);
  });

  test('gives what the page conversion gives, for every line of every case, in both scripts', async () => {
    const [toHans, toHant] = await Promise.all([loadToHans(), loadToHant()]);
    const lines = caseTexts
      .flatMap((text) => text.split('\n'))
      .filter((line) => /[\u4e00-\u9fff]/.test(line));
    expect(lines.length).toBeGreaterThan(200);
    for (const line of lines) {
      expect(await foldQuery(toHant(line), 'zh-hans')).toBe(toHans(toHant(line)));
      expect(await foldQuery(line, 'zh-hant')).toBe(toHant(line));
    }
  });
});

describe('fold hints', () => {
  test('are exact: a text they say needs no conversion is left unchanged by it (1–6 character windows across all cases, both scripts)', async () => {
    const [toHans, toHant] = await Promise.all([loadToHans(), loadToHant()]);
    const hints = { 'zh-hans': await foldHints('zh-hans'), 'zh-hant': await foldHints('zh-hant') };
    let checked = 0;
    let skipped = 0;
    for (const text of caseTexts.flatMap((t) => [t, toHant(t)])) {
      const chars = [...text.replace(/[\s\x00-\x7f]+/g, '')];
      for (let i = 0; i < chars.length; i += 3) {
        for (let n = 1; n <= 6 && i + n <= chars.length; n++) {
          const window = chars.slice(i, i + n).join('');
          for (const [script, convert] of [
            ['zh-hans', toHans],
            ['zh-hant', toHant],
          ] as const) {
            if (await needsConversion(window, hints[script])) {
              skipped++;
              continue;
            }
            checked++;
            expect(convert(window), `${script}: ${window}`).toBe(window);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(skipped).toBeGreaterThan(10_000);
  });

  test("let a query in the page's script through without a table: no conversion for 包容審慎 on the traditional site", async () => {
    const hant = await foldHints('zh-hant');
    await expect(needsConversion('包容審慎', hant)).resolves.toBe(false);
    await expect(needsConversion('包容审慎', hant)).resolves.toBe(true);
    await expect(needsConversion('包容审慎', await foldHints('zh-hans'))).resolves.toBe(false);
  });

  test('look up the phrase list only for a character that changes in some phrases', async () => {
    const hant = await foldHints('zh-hant');
    let loads = 0;
    const lazy = { ...hant, phrases: async () => (loads++, hant.phrases) };
    await needsConversion('包容審慎', lazy);
    expect(loads).toBe(0);
    await expect(needsConversion('綜合查一次', lazy)).resolves.toBe(false); // 合 changes only in phrases like 上合屋
    await expect(needsConversion('上合屋', lazy)).resolves.toBe(true);
    expect(loads).toBe(2);
  });

  test('are a few KB each, without the phrases', async () => {
    for (const script of ['zh-hans', 'zh-hant'] as const) {
      const { convert, context, roundTrip } = await foldHints(script);
      expect(Buffer.byteLength(convert + context + roundTrip)).toBeLessThan(16_000);
    }
  });
});

describe('the search state in the URL', () => {
  test('is read and written back unchanged, empty values left out', () => {
    const search =
      '?q=%E6%89%A7%E6%B3%95&region=%E5%AE%81%E5%A4%8F%E5%9B%9E%E6%97%8F%E8%87%AA%E6%B2%BB%E5%8C%BA&year=2025';
    expect(stateToSearch(stateFromSearch(search))).toBe(search);
    expect(stateFromSearch(search)).toMatchObject({
      q: '执法',
      region: '宁夏回族自治区',
      keyword: '',
      year: '2025',
    });
  });
  test('ignores unknown parameters and unknown sort orders', () => {
    expect(stateToSearch(stateFromSearch('?q=a&utm_source=x&sort=random'))).toBe('?q=a');
    expect(stateToSearch(stateFromSearch('?sort=date'))).toBe('?sort=date');
  });
});
