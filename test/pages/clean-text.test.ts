import { describe, expect, test } from 'vitest';
import { distFiles, readDist, visibleText } from '../support/dist.ts';
import { pinyinAnnotations } from '../../src/model/text-damage.ts';

/** The corruptions found in copies of published texts (see content/raw/README.md). */
const corruptions: [string, { test: (text: string) => boolean }][] = [
  // The check's own definition (src/model/text-damage.ts), so a case that passes the check passes here.
  ['pinyin annotation such as 區(qū)', { test: (text) => pinyinAnnotations(text).length > 0 }],
  ['private-use character', /[\ue000-\uf8ff]/],
  ['replacement character U+FFFD', /\ufffd/],
  ['? between Chinese characters', /[\u3400-\u9fff]\?[\u3400-\u9fff]/],
];

const pages = distFiles(/\.html$/);

/** Page text without code spans: the documentation shows the corrupt forms as literal `code` examples. */
const proseText = (html: string) => visibleText(html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, ' '));

describe('the built pages', () => {
  test.each(corruptions)('contain no %s', (_name, pattern) => {
    expect(pages.length).toBeGreaterThan(0);
    const bad = pages.filter((page) => pattern.test(proseText(readDist(page))));
    expect(bad).toEqual([]);
  });
});
