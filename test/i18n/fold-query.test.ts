import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { foldHints, foldQuery, needsConversion } from '../../src/i18n/fold-query.ts';
import { loadToHans, loadToHant } from '../../src/i18n/convert.ts';

const casesDir = new URL('../../content/cases/', import.meta.url);
const caseTexts = readdirSync(casesDir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(new URL(f, casesDir), 'utf8'));

describe('foldQuery', () => {
  test.each([
    ['審批', '审批'],
    ['包容審慎', '包容审慎'],
    ['包容审慎', '包容审慎'],
    ['綫上', '线上'],
    ['批覆', '批复'],
    ['CMA 12345', 'CMA 12345'],
  ])('folds %s to %s for the simplified index', async (query, folded) => {
    await expect(foldQuery(query)).resolves.toBe(folded);
  });

  test('gives what the page conversion gives, for every line of every case in traditional script', async () => {
    const [toHans, toHant] = await Promise.all([loadToHans(), loadToHant()]);
    const lines = caseTexts
      .flatMap((text) => text.split('\n'))
      .filter((line) => /[\u4e00-\u9fff]/.test(line));
    expect(lines.length).toBeGreaterThan(200);
    for (const line of lines) expect(await foldQuery(toHant(line))).toBe(toHans(toHant(line)));
  });
});

describe('fold hints', () => {
  test('are exact: a text they say needs no conversion is left unchanged by it (1–6 character windows across all cases, in both scripts)', async () => {
    const [toHans, toHant] = await Promise.all([loadToHans(), loadToHant()]);
    const hints = await foldHints();
    let checked = 0;
    let skipped = 0;
    for (const text of caseTexts.flatMap((t) => [t, toHant(t)])) {
      const chars = [...text.replace(/[\s\x00-\x7f]+/g, '')];
      for (let i = 0; i < chars.length; i += 3) {
        for (let n = 1; n <= 6 && i + n <= chars.length; n++) {
          const window = chars.slice(i, i + n).join('');
          if (await needsConversion(window, hints)) {
            skipped++;
            continue;
          }
          checked++;
          expect(toHans(window), window).toBe(window);
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(skipped).toBeGreaterThan(10_000);
  });

  test('let a simplified query through without a table, and stop a traditional one', async () => {
    const hints = await foldHints();
    await expect(needsConversion('包容审慎', hints)).resolves.toBe(false);
    await expect(needsConversion('包容審慎', hints)).resolves.toBe(true);
  });

  test('look up the phrase list only for a character that changes in some phrases', async () => {
    const hints = await foldHints();
    let loads = 0;
    const lazy = { ...hints, phrases: async () => (loads++, hints.phrases) };
    await needsConversion('包容审慎', lazy);
    expect(loads).toBe(0);
    await expect(needsConversion('覆盖', lazy)).resolves.toBe(false); // 覆 changes only in phrases like 批覆
    await expect(needsConversion('批覆', lazy)).resolves.toBe(true);
    expect(loads).toBe(2);
  });

  test('are a few KB, without the phrases', async () => {
    const { convert, context } = await foldHints();
    expect(Buffer.byteLength(convert + context)).toBeLessThan(16_000);
  });
});
