/**
 * Whether what a search lists holds what was typed, for the search tests and
 * the search report (cli/search-report.ts): the text of each case (title,
 * keywords, region, source, body) and of each numbered paragraph, read from
 * the built site, and a check that folds both sides as search does
 * (src/search/fold.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { searchFoldTable } from '../../src/i18n/search-fold.ts';
import { searchFolder, type SearchFold } from '../../src/search/fold.ts';
import { htmlToText } from '../../src/site/paragraph-anchors.ts';
import { sectionOfHeading, type Section } from '../../src/search/sections.ts';
import { resultItems, showResults } from './search-driver.ts';

export interface CaseText {
  id: string;
  title: string;
  keywords: string[];
  /** Title, keywords, region, source and body, each as one text. */
  texts: string[];
  /** The numbered paragraphs of its page: number → text. */
  paragraphs: Map<number, string>;
  /** The headings and numbered paragraphs of its body, in page order, each with its part (src/search/sections.ts). */
  blocks: { text: string; number?: number; section: Section }[];
}

interface DatasetCase {
  id: string;
  title: string;
  keywords: string[];
  region: { province: string; city?: string; county?: string };
  sourceTitle?: string;
  sourcePublisher?: string;
  text: string;
}

/** Every case of a built site (dist/), with its paragraphs as its simplified page numbers them. */
export function caseTexts(distDir: string): Map<string, CaseText> {
  const dataset = JSON.parse(readFileSync(join(distDir, 'data/cases.json'), 'utf8')) as {
    cases: DatasetCase[];
  };
  const out = new Map<string, CaseText>();
  for (const c of dataset.cases) {
    const html = readFileSync(join(distDir, `zh-hans/cases/${c.id}/index.html`), 'utf8');
    const paragraphs = new Map<number, string>();
    const blocks: CaseText['blocks'] = [];
    const body = html.slice(html.indexOf('class="prose case-body"'), html.indexOf('</article>'));
    let section: Section = 'other';
    for (const m of body.matchAll(
      /<h([2-6])[^>]*>([\s\S]*?)<\/h\1>|<p id="p(\d+)"[^>]*>([\s\S]*?)<\/p>/g,
    )) {
      if (m[1]) {
        const text = htmlToText(m[2]!);
        if (m[1] === '2') section = sectionOfHeading(text);
        blocks.push({ text, section });
        continue;
      }
      // The paragraph's own text, without its tools (the 第N段 link, 报告此段错误).
      const text = htmlToText(m[4]!.replace(/<a class="para-(?:link|report)\b[\s\S]*?<\/a>/g, ''));
      paragraphs.set(Number(m[3]), text);
      blocks.push({ text, number: Number(m[3]), section });
    }
    const { province, city, county } = c.region;
    out.set(c.id, {
      id: c.id,
      title: c.title,
      keywords: c.keywords,
      texts: [
        c.title,
        ...c.keywords,
        province,
        city ?? '',
        county ?? '',
        c.sourceTitle ?? '',
        c.sourcePublisher ?? '',
        ...c.text.split(/\n+/),
      ],
      paragraphs,
      blocks,
    });
  }
  return out;
}

let folder: Promise<SearchFold> | undefined;
/** The search fold (src/search/fold.ts). */
export const loadFold = () => (folder ??= searchFoldTable().then(searchFolder));

/** Whether one of the texts holds every space-separated term of the query (folded as search folds). */
export function holds(texts: readonly string[], query: string, fold: SearchFold): boolean {
  const folded = texts.map(fold);
  return query
    .replace(/"/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .every((term) => folded.some((t) => t.includes(fold(term))));
}

/** A result as the page lists it: the case it links to, and the paragraphs (`#pN`) it links to. */
export interface ListedResult {
  id: string;
  paragraphs: number[];
}

/** Every result the search page lists (all of them: it presses 更多结果 as often as needed). */
export async function listedResults(page: Page): Promise<ListedResult[]> {
  await showResults(page);
  return resultItems(page).evaluateAll((items) =>
    items.map((item) => {
      const links = [...item.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      const id = /\/cases\/([^/]+)\//.exec(links[0] ?? '')?.[1] ?? '';
      const paragraphs = links
        .map((href) => /\/cases\/[^/]+\/#p(\d+)$/.exec(href)?.[1])
        .filter((n): n is string => n !== undefined)
        .map(Number);
      return { id, paragraphs };
    }),
  );
}
