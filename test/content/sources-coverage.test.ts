/**
 * Nothing of the published texts is lost: every sentence of every raw text,
 * after repair, is found in the committed cases and sources.
 * (test/pages/sources-on-site.test.ts checks the same sentences on the built pages.)
 */
import { describe, expect, test } from 'vitest';
import { bodyPlainText } from '../../src/model/body-blocks.ts';
import { readContentDir } from '../../src/check/content-file.ts';
import { caseSchema } from '../../src/model/schema/case.ts';
import { sourceSchema } from '../../src/model/schema/source.ts';
import { rawTexts, sentences } from '../support/raw-sentences.ts';

const cases = readContentDir('content/cases', 'case').map((f) => ({ file: f, data: caseSchema.parse(f.data) }));
const sources = readContentDir('content/sources', 'source').map((f) => ({ file: f, data: sourceSchema.parse(f.data) }));
const texts = await rawTexts();

/** What a reader can see of the content: titles, keywords as published, plain text of every body. */
const haystack = [
  ...cases.flatMap(({ file, data }) => [data.title, data.keywords.join('、'), data.keywords.join(' '), bodyPlainText(file.body)]),
  ...sources.flatMap(({ file, data }) => [data.title, bodyPlainText(file.body)]),
].join('\n');
const editors = new Set(sources.map((s) => s.data.editor).filter(Boolean));

/** Published scaffolding that the knowledge base keeps as structure rather than text. */
function normalise(sentence: string): string {
  return sentence
    .replace(/^案例(?:[一二三四五六七八九十]+|\d+)(?:[:：]\s*)?/, '') // the number is the case's `number`
    .replace(/^【关键词】$/, '') // the keywords that follow are the `keywords` field
    .replace(/^【([^】]+)】$/, '$1') // other section markers are ## headings
    .replace(/^\d+[.、]\s*/, '') // numbered lists are Markdown lists
    .trim();
}

describe('every sentence of the published texts is in the knowledge base', () => {
  test.each(texts.map((r) => [r.raw, r] as const))('%s', (_raw, text) => {
    expect(text.repaired.unrepaired).toEqual([]);
    const missing: string[] = [];
    for (const { text: sentence } of text.sentences) {
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

  test('the split covers each text (the check is not vacuous): its sentences hold all its words', () => {
    const chars = (t: string) => t.replace(/\s/g, '').length;
    for (const text of texts) {
      expect(text.sentences.length, text.raw).toBeGreaterThan(0);
      const found = text.sentences.reduce((n, s) => n + chars(s.text), 0);
      expect(found, text.raw).toBe(chars(text.repaired.text));
    }
  });

  test('a sentence missing from the cases is reported', () => {
    const invented = '本句从未发布过。';
    expect(haystack.includes(normalise(invented))).toBe(false);
    expect(sentences('甲句。乙句！丙句？丁句；\n戊句').map((s) => s.text)).toEqual(['甲句。', '乙句！', '丙句？', '丁句；', '戊句']);
  });
});
