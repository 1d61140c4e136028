/**
 * The year of a draft case, never today's: the year of publication when it is known (`--year`,
 * the byline, the page address); else the latest year the document writes out (`2025年6月`,
 * `（2025年第3期）` are facts of the text; `2023年以来` only says "not before 2023"); else a
 * placeholder the check refuses, with what the text does say.
 * A text that says `今年…` without a publication date is told to the reviewer.
 */
import { todo } from '../../src/model/placeholders.ts';

export interface YearResult {
  /** A year, or a placeholder text. */
  year: number | string;
  /** A note for the reviewer, when the year needs a look. */
  note?: string;
}

/** Years written out in a text: `2025年`, `2024 年`, the second of `2023-2024年`; not `2023年以来` (a start). */
export const writtenYears = (text: string): number[] =>
  [...text.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年(?!以来|起|至今|来)/g)]
    .filter((m) => !/自$|从$/.test(text.slice(Math.max(0, m.index - 1), m.index)))
    .map((m) => Number(m[1]));

/** Years a period starts from: `2023年以来`, `自2019年起`: the year is not before them. */
const startYears = (text: string): number[] =>
  [...text.matchAll(/(?<!\d)((?:19|20)\d{2})\s*年(?:以来|起|至今|来)/g)].map((m) => Number(m[1]));

const RELATIVE = /今年|本年度|去年|上年|前年/;

export function caseYear(
  caseText: string,
  documentText: string,
  published: { year?: number; from?: string },
): YearResult {
  if (published.year) return { year: published.year };
  const written = writtenYears(documentText);
  const relative = RELATIVE.exec(caseText)?.[0];
  if (written.length) {
    const year = Math.max(...written);
    return relative
      ? {
          year,
          note: `文中写“${relative}…”，原文没有发布日期；年份取文中写明的最晚年份 ${year}，发布年份较晚时请改正（或用 --year 给出）`,
        }
      : { year };
  }
  const since = startYears(documentText);
  const relativeAnywhere = relative ?? RELATIVE.exec(documentText)?.[0];
  const hints = [
    since.length
      ? `文中只有“${Math.max(...since)}年以来”这样的起始年份，年份不早于 ${Math.max(...since)}`
      : '',
    relativeAnywhere ? `原文写“${relativeAnywhere}”，没有发布日期` : '',
  ].filter(Boolean);
  return {
    year: todo(`填写年份（${hints.join('；') || '原文没有写明年份和发布日期'}；可用 --year 给出）`),
  };
}
