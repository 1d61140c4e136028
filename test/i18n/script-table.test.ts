import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { loadToHant } from '../../src/i18n/convert.ts';
import { converterFromTable, mergeTables, recordingToHant } from '../../src/i18n/recorded-table.ts';

const casesDir = new URL('../../content/cases/', import.meta.url);
const corpus = readdirSync(casesDir)
  .filter((name) => name.endsWith('.mdx'))
  .map((name) => readFileSync(new URL(name, casesDir), 'utf8'));

/** A small deterministic generator, so a failure can be reproduced. */
function* substrings(texts: string[], count: number) {
  let seed = 20261124;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let n = 0; n < count; n++) {
    const text = texts[Math.floor(next() * texts.length)]!;
    const start = Math.floor(next() * text.length);
    yield text.slice(start, start + 1 + Math.floor(next() * 60));
  }
}

describe('the cut-down conversion table of a corpus', () => {
  test('converts the corpus and any piece of it exactly as the full cn→tw converter does', async () => {
    const full = await loadToHant();
    const recorder = await recordingToHant();
    for (const text of corpus) expect(recorder.convert(text)).toBe(full(text));
    const cut = converterFromTable(JSON.parse(JSON.stringify(recorder.table())));
    for (const text of corpus) expect(cut(text)).toBe(full(text));
    const pieces = [...substrings(corpus, 3000)];
    expect(pieces.filter((piece) => cut(piece) !== full(piece))).toEqual([]);
  });

  test('includes the project dictionary (发布 → 發布, not 發佈) and is a small fraction of the full table', async () => {
    const recorder = await recordingToHant();
    recorder.convert('市场监管局发布通知，联系点答复企业。');
    const table = recorder.table();
    expect(converterFromTable(table)('发布')).toBe('發布');
    expect(converterFromTable(table)('联系点答复')).toBe('聯繫點答覆');
    for (const text of corpus) recorder.convert(text);
    const bytes = JSON.stringify(recorder.table()).length;
    expect(bytes).toBeLessThan(120_000);
  });

  test('is the same whether the texts are recorded together, or page by page and merged (as a build that restores pages does)', async () => {
    const together = await recordingToHant();
    for (const text of corpus) together.convert(text);
    const byPage = await recordingToHant();
    const full = await loadToHant();
    const tables = corpus.map((text) => {
      const page = byPage.page();
      expect(page.convert(text)).toBe(full(text));
      return JSON.parse(JSON.stringify(page.table()));
    });
    expect(mergeTables(tables)).toEqual(together.table());
    const restored = await recordingToHant();
    for (const table of tables) restored.add(table);
    expect(restored.table()).toEqual(together.table());
  });
});
