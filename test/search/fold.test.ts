import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadToHans, loadToHant } from '../../src/i18n/convert.ts';
import { searchFoldTable } from '../../src/i18n/search-fold.ts';
import { searchFolder } from '../../src/search/fold.ts';
import { bodyBlocks } from '../../src/model/body-blocks.ts';
import { contentCases } from '../support/content.ts';

const fold = searchFolder(await searchFoldTable());

describe('the search fold', () => {
  test('makes full-width and half-width forms one, Latin letters lower case, and drops spaces', () => {
    expect(fold('ＡＩ药监 １２３４５')).toBe(fold('ai药监12345'));
    expect(fold('2＋1＋1')).toBe(fold('2+1+1'));
    expect(fold('包容 审慎\u200B监管')).toBe(fold('包容审慎监管'));
  });

  test('makes simplified, Taiwan and Hong Kong forms one', () => {
    expect(fold('審批')).toBe(fold('审批'));
    expect(fold('綫上')).toBe(fold('线上'));
    expect(fold('線上')).toBe(fold('线上'));
    expect(fold('峯會')).toBe(fold('峰会'));
    // Where OpenCC's own t→cn conversion goes wrong on simplified text (显著 → 显着, 什么 → 什幺),
    // the fold does not: both scripts of the same word fold alike.
    expect(fold('顯著')).toBe(fold('显著'));
    expect(fold('什麼')).toBe(fold('什么'));
    expect(fold('瞭解')).toBe(fold('了解'));
  });

  test('folds each line of every case as it folds the same line on its traditional page', async () => {
    const [toHant, toHans] = await Promise.all([loadToHant(), loadToHans()]);
    const wrong: string[] = [];
    for (const c of contentCases()) {
      const lines = [c.data.title, ...c.data.keywords, ...bodyBlocks(c.body).map((b) => b.text)];
      for (const line of lines) {
        const hant = toHant(line);
        if (fold(hant) !== fold(line) || fold(toHans(hant)) !== fold(line))
          wrong.push(`${c.id}: ${line.slice(0, 30)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test('keeps numbers and Latin words whole: 12345 is not in 123456, AI not in email, 1617.07万元 and 2+1+1 are found as written', () => {
    const holds = (text: string, query: string) => fold(text).includes(fold(query));
    expect(holds('12345热线', '12345')).toBe(true);
    expect(holds('热线123456', '12345')).toBe(false);
    expect(holds('热线123456', '23456')).toBe(false);
    expect(holds('AI药监助手', 'ai')).toBe(true);
    expect(holds('发送email通知', 'AI')).toBe(false);
    expect(holds('罚款1617.07万元', '1617.07万元')).toBe(true);
    expect(holds('罚款1617.07万元', '1617')).toBe(true);
    expect(holds('罚款1617.07万元', '617.07万元')).toBe(false);
    expect(holds('“2+1+1”模式', '2+1+1')).toBe(true);
    expect(holds('“12+1+1”模式', '2+1+1')).toBe(false);
    // Full-width digits and a space inside a number fold to the same whole number.
    expect(holds('１２ ３４５', '12345')).toBe(true);
    // A number next to a letter: each is whole on its own (5G: 5 and G).
    expect(holds('5G网络', '5')).toBe(true);
    expect(holds('5G网络', '5g网络')).toBe(true);
  });

  test('folds a piece of a text into that piece of the folded text (but for the marks that close runs at its ends)', () => {
    const text = readFileSync(
      new URL('../../content/cases/nx-2025-01.mdx', import.meta.url),
      'utf8',
    );
    const { text: folded, map } = fold.withMap(text);
    expect(map.length).toBe(folded.length + 1);
    for (let at = 0; at + 12 < folded.length; at += 53) {
      const piece = text.slice(map[at], map[at + 12]);
      const unmarked = (t: string) => t.replace(/[\uE000\uE001]/g, '');
      expect(unmarked(fold(piece))).toBe(unmarked(folded.slice(at, at + 12)));
    }
  });
});
