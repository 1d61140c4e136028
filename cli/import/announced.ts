/**
 * What a batch says about its own size, against what the split found: `现将10个典型案例予以公布`,
 * `本期发布营商环境典型案例5例`, `近日发布第二批8个典型案例`, `三起典型案例`, or a table of
 * contents. A difference is told to the reviewer, naming the contents' titles that were not found.
 */
import { NUMBER, parseNumber } from './lines.ts';
import { titleOverlap, type ContentsItem } from './split.ts';

export interface Announcement {
  count: number;
  /** The words that say it, as in the text. */
  phrase: string;
  /** Offset in the searched text. */
  index: number;
}

const PATTERNS = [
  new RegExp(`(${NUMBER})\\s*(?:个|起|例|件|则|篇)[^，。；！？、]{0,20}?案例`, 'u'),
  new RegExp(`案例\\s*(${NUMBER})\\s*(?:例|个|起|则|篇)`, 'u'),
];

/** The first statement of the batch's size in `text` (headline, introduction, lede). */
export function announcedCount(text: string): Announcement | undefined {
  const hits = PATTERNS.flatMap((p) => {
    const m = p.exec(text);
    return m ? [{ count: parseNumber(m[1]!), phrase: m[0], index: m.index }] : [];
  }).filter((h) => Number.isFinite(h.count) && h.count > 0);
  return hits.sort((a, b) => a.index - b.index)[0];
}

/** The contents' items that no found title matches (the contents may differ a little: 泰州市 / 泰州兴化市). */
export function missingFromContents(contents: ContentsItem[], titles: string[]): ContentsItem[] {
  const left = [...titles];
  return contents.filter((item) => {
    let best = -1;
    let score = 0;
    left.forEach((t, i) => {
      const s = Math.max(titleOverlap(item.title, t), titleOverlap(t, item.title));
      if (s > score) [best, score] = [i, s];
    });
    if (best >= 0 && score >= 0.5) {
      left.splice(best, 1);
      return false;
    }
    return true;
  });
}
