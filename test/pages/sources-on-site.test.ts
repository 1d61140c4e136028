/**
 * Nothing of the published texts is lost on the way to the reader: every sentence
 * of the four raw texts in content/raw/, repaired as the importer repairs them,
 * is in the visible text of the built zh-hans pages of its source: the source page
 * and the pages of that source's cases.
 */
import { describe, expect, test } from 'vitest';
import { readContentDir } from '../../src/check/content-file.ts';
import { ui } from '../../src/i18n/ui.ts';
import { caseSchema } from '../../src/model/schema/case.ts';
import { splitKeywords } from '../../cli/import/split.ts';
import { distFiles, readDist, visibleText } from '../support/dist.ts';
import { rawTexts, sentences, type RawSentence } from '../support/raw-sentences.ts';

const t = ui['zh-hans'];
const texts = await rawTexts();
const caseSource = new Map(
  readContentDir('content/cases', 'case').map((f) => [f.name, caseSchema.parse(f.data).source]),
);

const casePages = distFiles(/\/zh-hans\/cases\/[^/]+\/index\.html$/);
const sourcePages = distFiles(/\/zh-hans\/sources\/[^/]+\/index\.html$/);
const nameOf = (page: string) => page.split('/').at(-2)!;

/**
 * Whitespace removed: the page puts white space at element boundaries (between
 * keyword list items, around links and highlighted figures) where the published
 * text has none, and Chinese prose has no spaces between words, so a space can
 * neither make nor break a sentence. (The one kind of space in the texts, between
 * two phrases of a title, is dropped on both sides alike.)
 */
const squash = (text: string) => text.replace(/\s+/g, '');

/** The visible text of the source page and of its case pages. */
function siteText(slug: string): string {
  const pages = [
    ...sourcePages.filter((p) => nameOf(p) === slug),
    ...casePages.filter((p) => caseSource.get(nameOf(p)) === slug),
  ];
  return squash(pages.map((p) => visibleText(readDist(p))).join('\n'));
}

/**
 * What the reader sees of a sentence. The text itself, except where the published
 * layout becomes page structure:
 * - a keyword line `甲、乙、丙` is the case's list of keyword links (separators are list items);
 * - `案例一：标题` is the title, and 案例一 is written after the source's name on the case page;
 * - `【基本情况】` is the heading 基本情况 (and 【关键词】 the label 关键词);
 * - `1.` before an item of the contents list is the number of an ordered list, drawn by CSS;
 * - `责任编辑：某某` is the source page's field 编辑 with the name.
 */
function onPage(sentence: RawSentence): string[] {
  const text = sentence.text;
  if (sentence.keywordLine) return [splitKeywords(text).join('')];
  const marker = /^(案例[一二三四五六七八九十]+)(?:[:：]\s*(.+))?$/.exec(text);
  if (marker) return marker[2] ? [marker[1]!, marker[2]] : [marker[1]!];
  const editor = /^(?:责任)?编辑：(.+)$/.exec(text);
  if (editor) return [`${t.editor}${editor[1]}`];
  const section = /^【(.+)】$/.exec(text);
  if (section) return [section[1]!];
  return [text.replace(/^\d+[.、](?!\d)\s*/, '')];
}

/** Sentences of a raw text that are not on its pages, as `file:line “sentence”`. */
function missingSentences(raw: string, list: RawSentence[], site: string): string[] {
  return list
    .filter((s) => onPage(s).some((part) => !site.includes(squash(part))))
    .map((s) => `content/raw/${raw}:${s.line} “${s.text}”${hint(s)}`);
}

/** How the sentence is looked for, when that is not its text as published. */
function hint(sentence: RawSentence): string {
  if (sentence.keywordLine)
    return `（查找关键词列表：${splitKeywords(sentence.text).join(' | ')}）`;
  const parts = onPage(sentence);
  return parts.join('') === sentence.text ? '' : `（查找：${parts.join(' + ')}）`;
}

describe('every sentence of the published texts is on the built zh-hans pages', () => {
  test('the pages of every case and source were built', () => {
    expect(casePages.map(nameOf).sort()).toEqual([...caseSource.keys()].sort());
    expect(sourcePages.map(nameOf).sort()).toEqual(texts.map((r) => r.slug).sort());
  });

  test.each(texts.map((r) => [r.raw, r] as const))('%s', (raw, text) => {
    // Repairs keep every line where it is, so the line numbers below are those of the raw file.
    expect(text.repaired.text.split('\n')).toHaveLength(text.rawLines);
    expect(text.repaired.unrepaired).toEqual([]);
    expect(missingSentences(raw, text.sentences, siteText(text.slug))).toEqual([]);
  });

  test('the check is not vacuous: each text has many sentences, and one that is not published is reported', () => {
    // Every text has sentences (a batch added since may be a short article; test/content/sources-coverage.test.ts
    // shows the split covers each text), and an invented one is reported.
    for (const text of texts) expect(text.sentences.length, text.raw).toBeGreaterThan(0);
    const [first] = texts;
    const invented = sentences('本句从未发布过。');
    expect(missingSentences(first!.raw, invented, siteText(first!.slug))).toEqual([
      `content/raw/${first!.raw}:1 “本句从未发布过。”`,
    ]);
  });

  test('sentences split on 。！？； and line breaks, and keyword lines are known as such', () => {
    expect(sentences('甲句。乙句！丙句？丁句；\n戊句').map((s) => [s.text, s.line])).toEqual([
      ['甲句。', 1],
      ['乙句！', 1],
      ['丙句？', 1],
      ['丁句；', 1],
      ['戊句', 2],
    ]);
    expect(sentences('【关键词】\n甲、乙\n【基本情况】').map((s) => s.keywordLine)).toEqual([
      false,
      true,
      false,
    ]);
    expect(sentences('【关键词】甲、乙').map((s) => [s.text, s.keywordLine])).toEqual([
      ['【关键词】', false],
      ['甲、乙', true],
    ]);
  });
});
