/**
 * The parts of a case that search tells apart, for searching within one of
 * them (the search page's 检索范围, `&in=…` in its URL) and for ranking (a
 * phrase in the title or keywords ranks first).
 *
 * The body's parts come from its headings, as the published cases name them:
 * - 基本情况（案情）, `facts`: a heading that names the facts of the case —
 *   基本情况, 基本案情, 案情, 案件情况, 案件经过, 事实经过 (18 of the first
 *   24 cases have 基本情况);
 * - 典型意义, `significance`: 典型意义, and headings that draw the lesson —
 *   经验启示, 启示, …意义;
 * - 其他正文, `other`: everything else in the body, the paragraphs before the
 *   first heading included (协调处理, 主要做法, 一、具体做法, 改革成效, and the
 *   themed headings of the reform reports).
 * Numbering before a heading (一、 （一） 1.) does not count. A heading of
 * level 2 starts a part; deeper headings stay in the part of theirs. The
 * heading's own text belongs to the part it starts.
 * The region and the source document are searched under 全部 only.
 * This module has no Node imports: the search page loads it.
 */

/** Every part, in the order of their bits in the gram index (`1 << index`). */
export const sections = [
  'title',
  'keywords',
  'facts',
  'significance',
  'other',
  'region',
  'source',
] as const;
export type Section = (typeof sections)[number];

export const sectionBit = (section: Section) => 1 << sections.indexOf(section);
export const allSections = (1 << sections.length) - 1;

/** The values of the search page's `in` parameter, in the order offered; `''` is 全部. */
export const searchScopes = ['', 'title', 'keywords', 'facts', 'significance', 'other'] as const;
export type SearchScope = (typeof searchScopes)[number];
export const isSearchScope = (value: string): value is SearchScope =>
  (searchScopes as readonly string[]).includes(value);

/** The parts a scope searches, as bits. */
export const scopeMask = (scope: SearchScope): number =>
  scope === '' ? allSections : sectionBit(scope);

/** The body parts a scope searches (none for the title and keywords). */
export const bodyScope = (scope: SearchScope): readonly Section[] =>
  scope === ''
    ? ['facts', 'significance', 'other']
    : scope === 'title' || scope === 'keywords'
      ? []
      : [scope];

const numbering =
  /^\s*(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+[、.．]|\d+[、.．)）])\s*/u;
const facts = /基本情况|基本案情|案情|案件情况|案件经过|事实经过/u;
const significance = /典型意义|启示|意义$/u;

/** The body part a heading starts. */
export function sectionOfHeading(text: string): Section {
  const name = text.replace(numbering, '').trim();
  if (facts.test(name)) return 'facts';
  if (significance.test(name)) return 'significance';
  return 'other';
}

/** An element of a Pagefind fragment's `anchors` (elements with an id). */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** A block of a case body, as its page has it. */
export interface BodyBlock {
  kind: 'heading' | 'paragraph';
  /** The element id: `p3` for paragraph 3, the heading's own id. */
  id: string;
  /** Paragraphs: their number (`第3段`, `#p3`). */
  number?: number;
  text: string;
  section: Section;
}

/**
 * The body blocks of a case page, from its Pagefind fragment's anchors: the
 * headings (h2–h6 with an id) and the numbered paragraphs (`<p id="pN">`, see
 * src/site/paragraph-anchors.ts), in page order, each with its part.
 */
export function bodyBlocksOf(anchors: readonly Anchor[]): BodyBlock[] {
  let section: Section = 'other';
  const blocks: BodyBlock[] = [];
  for (const anchor of [...anchors].sort((a, b) => a.location - b.location)) {
    const heading = /^h([2-6])$/i.exec(anchor.element);
    const paragraph = /^p$/i.test(anchor.element) ? /^p(\d+)$/.exec(anchor.id) : null;
    const text = anchor.text ?? '';
    if (heading) {
      if (heading[1] === '2') section = sectionOfHeading(text);
      blocks.push({ kind: 'heading', id: anchor.id, text, section });
    } else if (paragraph) {
      blocks.push({
        kind: 'paragraph',
        id: anchor.id,
        number: Number(paragraph[1]),
        text,
        section,
      });
    }
  }
  return blocks;
}
