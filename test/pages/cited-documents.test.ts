/**
 * 文中提及的文件: each case page lists every title its text cites in 《…》,
 * linking national laws and regulations to the 国家法律法规数据库; the page
 * /{script}/documents/ lists every cited document with the cases that cite it.
 * Both scripts, derived from content/ (the expectation is read from the case
 * files here, not from the site's code).
 */
import { describe, expect, test } from 'vitest';
import { scripts } from '../../src/i18n/script.ts';
import { documentLevel } from '../../src/model/cited-documents.ts';
import { contentCases } from '../support/content.ts';
import { readDist } from '../support/dist.ts';

const cases = contentCases();
/** Titles in 《…》 of a case file, in order, each once. */
const titlesOf = (c: (typeof cases)[number]) => [
  ...new Set(
    [...`${c.data.title}\n${c.body}`.matchAll(/《([^《》\n]+)》/g)].map((m) => m[1]!.trim()),
  ),
];
const cited = new Map<string, string[]>();
for (const c of cases)
  for (const title of titlesOf(c)) cited.set(title, [...(cited.get(title) ?? []), c.id]);

/** The 文中提及的文件 items of a page: [level, link or undefined]. */
function citedItems(html: string): { level: string; href?: string }[] {
  const section = /<section class="cited-documents"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<li data-level="(\w+)">([\s\S]*?)<\/li>/g)].map((m) => ({
    level: m[1]!,
    href: /href="([^"]+)"/.exec(m[2]!)?.[1]?.replace(/&amp;/g, '&'),
  }));
}

describe('文中提及的文件 on the case pages', () => {
  test('the collection cites documents in 《…》, some of them national', () => {
    expect(cited.size).toBeGreaterThan(0);
    expect([...cited.keys()].some((t) => documentLevel(t) === 'national')).toBe(true);
  });

  test.for(scripts)('lists every cited title of every case, in order, in %s', (script) => {
    for (const c of cases) {
      const html = readDist(`${script}/cases/${c.id}/index.html`);
      const titles = titlesOf(c);
      const items = citedItems(html);
      expect(
        items.map((i) => i.level),
        c.id,
      ).toEqual(titles.map(documentLevel));
      items.forEach((item, k) => {
        if (item.level !== 'national') expect(item.href, `${c.id} ${titles[k]}`).toBeUndefined();
        else {
          const url = new URL(item.href!);
          expect(url.origin).toBe('https://flk.npc.gov.cn');
          // The database is searched with the title as published (simplified), on both twins.
          expect(url.searchParams.get('searchValue'), c.id).toBe(
            titles[k]!.replace(/[（(][^（）()]*[)）]$/, ''),
          );
        }
      });
      if (titles.length === 0) expect(html).not.toContain('class="cited-documents"');
    }
  });

  test('shows the titles in the page’s script', () => {
    const [title, [id]] = [...cited].find(([t]) => documentLevel(t) === 'national')!;
    expect(readDist(`zh-hans/cases/${id}/index.html`)).toContain(`《${title}》`);
    const hant = readDist(`zh-hant/cases/${id}/index.html`);
    expect(/<section class="cited-documents"[\s\S]*?<\/section>/.exec(hant)![0]).toMatch(
      /[條規華務]/,
    );
  });
});

describe('the documents page', () => {
  test.for(scripts)(
    'lists every cited document once, with the cases that cite it, in %s',
    (script) => {
      const html = readDist(`${script}/documents/index.html`);
      const listed = [...html.matchAll(/<li data-document="([^"]+)"[^>]*>([\s\S]*?)<\/ul>/g)];
      expect(listed).toHaveLength(cited.size);
      const hansHtml = readDist(`zh-hans/documents/index.html`);
      const hansTitles = [...hansHtml.matchAll(/<li data-document="([^"]+)"[^>]*>/g)].map(
        (m) => m[1],
      );
      expect(new Set(hansTitles)).toEqual(new Set(cited.keys()));
      listed.forEach((match, k) => {
        const ids = [...match[2]!.matchAll(/href="\/[^"]*\/cases\/([^/]+)\/"/g)].map((m) => m[1]);
        expect(ids.sort(), hansTitles[k]).toEqual([...cited.get(hansTitles[k]!)!].sort());
        for (const id of ids) expect(match[2]).toContain(`href="/${script}/cases/${id}/"`);
      });
    },
  );

  test('is linked from the home page and from each case page that cites a document', () => {
    for (const script of scripts) {
      expect(readDist(`${script}/index.html`)).toContain(`href="/${script}/documents/"`);
      const id = [...cited.values()][0]![0]!;
      expect(readDist(`${script}/cases/${id}/index.html`)).toContain(
        `href="/${script}/documents/"`,
      );
    }
  });
});
