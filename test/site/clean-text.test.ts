import { describe, expect, test } from 'vitest';
import { distFiles, readDist, visibleText } from '../support/dist.ts';

/** The corruptions found in copies of published texts (see content/raw/README.md). */
const corruptions: [string, RegExp][] = [
  ['pinyin annotation such as 區(qū)', /[\u3400-\u9fff][(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/],
  ['private-use character', /[\ue000-\uf8ff]/],
  ['replacement character U+FFFD', /\ufffd/],
  ['? between Chinese characters', /[\u3400-\u9fff]\?[\u3400-\u9fff]/],
];

const pages = distFiles(/\.html$/);

/**
 * Notes that name a repair quote the broken form on purpose (a source's 整理说明,
 * the documentation of the repairs): pages mark them `data-quotes-defects`, and
 * only they are left out, like the content check leaves out such notes.
 */
const withoutRepairNotes = (html: string) => html.replace(/<(\w+)\b[^>]*\bdata-quotes-defects\b[^>]*>[\s\S]*?<\/\1>/g, ' ');

describe('the built pages', () => {
  test.each(corruptions)('contain no %s', (_name, pattern) => {
    expect(pages.length).toBeGreaterThan(0);
    const bad = pages.filter((page) => pattern.test(visibleText(withoutRepairNotes(readDist(page)))));
    expect(bad).toEqual([]);
  });
});
