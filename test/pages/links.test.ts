/**
 * Every internal link on the home, browse, numbers and docs pages, and in
 * every page's footer, resolves to a file in dist/ (and a `#pN` to its
 * paragraph). Percent-encoded keyword links are decoded like a server does.
 */
import { describe, expect, test } from 'vitest';
import { distFiles, readDist } from '../support/dist.ts';
import { internalLinks, linkProblem, mainAndFooter } from '../support/links.ts';

const pages = distFiles(
  /\/zh-han[st]\/(index\.html|(regions|keywords|years|sources|domains|numbers|docs)\/.*index\.html)$/,
);

describe('internal links', () => {
  test('the pages to check exist in both scripts', () => {
    for (const script of ['zh-hans', 'zh-hant']) {
      for (const part of [
        '',
        'regions/',
        'keywords/',
        'years/',
        'sources/',
        'domains/',
        'numbers/',
        'docs/about/',
        'docs/guide/',
        'docs/data/',
        'docs/contributing/',
      ]) {
        expect(pages, `${script}/${part}`).toContain(`${script}/${part}index.html`);
      }
    }
  });

  test('resolve to files in dist/ on every home, browse, numbers and docs page', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const path = `/${file.replace(/index\.html$/, '')}`;
      for (const link of new Set(internalLinks(path, mainAndFooter(readDist(file))))) {
        const problem = linkProblem(link);
        if (problem) problems.push(`${path} → ${problem}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('stay in the page’s own script', () => {
    for (const file of pages) {
      const script = file.slice(0, 7);
      const other = script === 'zh-hans' ? '/zh-hant/' : '/zh-hans/';
      const path = `/${file.replace(/index\.html$/, '')}`;
      const crossing = internalLinks(path, mainAndFooter(readDist(file))).filter((l) =>
        l.startsWith(other),
      );
      expect(crossing, path).toEqual([]);
    }
  });
});
