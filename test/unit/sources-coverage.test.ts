/**
 * Nothing of the published texts is lost: every sentence of every raw text,
 * after repair, is found in the committed cases and sources.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { plainText, readContentDir } from '../../src/lib/case-file.ts';
import { repairText } from '../../src/lib/repair.ts';
import { loadToHans } from '../../src/lib/script.ts';
import { caseSchema } from '../../src/schemas/case.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { knownRepairs } from '../../scripts/import/known-repairs.ts';

const cases = readContentDir('content/cases').map((f) => ({ file: f, data: caseSchema.parse(f.data) }));
const sources = readContentDir('content/sources').map((f) => ({ file: f, data: sourceSchema.parse(f.data) }));

/** What a reader can see of the content: titles, keywords as published, plain text of every body. */
const haystack = [
  ...cases.flatMap(({ file, data }) => [data.title, data.keywords.join('、'), data.keywords.join(' '), plainText(file.body)]),
  ...sources.flatMap(({ file, data }) => [data.title, plainText(file.body)]),
].join('\n');
const editors = new Set(sources.map((s) => s.data.editor).filter(Boolean));

/** Sentences of a repaired text: split on 。！？； and line breaks, the punctuation kept. */
function sentences(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line) => line.match(/[^。！？；]+[。！？；]?/g) ?? [])
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Published scaffolding that the knowledge base keeps as structure rather than text. */
function normalise(sentence: string): string {
  return sentence
    .replace(/^案例(?:[一二三四五六七八九十]+|\d+)(?:[:：]\s*)?/, '') // the number is the case's `number`
    .replace(/^【关键词】$/, '') // the keywords that follow are the `keywords` field
    .replace(/^【([^】]+)】$/, '$1') // other section markers are ## headings
    .replace(/^\d+[.、]\s*/, '') // numbered lists are Markdown lists
    .trim();
}

const raws = readContentDir('content/sources').map((f) => String(f.data.raw));

describe('every sentence of the published texts is in the knowledge base', () => {
  test.each(raws)('%s', async (raw) => {
    const toHans = await loadToHans();
    const repaired = repairText(readFileSync(`content/raw/${raw}`, 'utf8'), toHans, knownRepairs);
    expect(repaired.unrepaired).toEqual([]);
    const missing: string[] = [];
    for (const sentence of sentences(repaired.text)) {
      const editor = sentence.match(/^(?:责任)?编辑：(.+)$/);
      if (editor) {
        if (!editors.has(editor[1]!)) missing.push(sentence);
        continue;
      }
      const s = normalise(sentence);
      if (s && !haystack.includes(s)) missing.push(sentence);
    }
    expect(missing).toEqual([]);
  });

  test('the split finds many sentences in each text (the check is not vacuous)', async () => {
    const toHans = await loadToHans();
    for (const raw of raws) {
      const text = repairText(readFileSync(`content/raw/${raw}`, 'utf8'), toHans, knownRepairs).text;
      expect(sentences(text).length, raw).toBeGreaterThan(40);
    }
  });

  test('a sentence missing from the cases is reported', () => {
    const invented = '本句从未发布过。';
    expect(haystack.includes(normalise(invented))).toBe(false);
    expect(sentences('甲句。乙句！丙句？丁句；\n戊句')).toEqual(['甲句。', '乙句！', '丙句？', '丁句；', '戊句']);
  });
});
