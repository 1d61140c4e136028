/**
 * What a result shows of a case: the paragraphs that hold the query, each
 * with an excerpt where every term found is marked as a whole (审慎 in
 * 科学审慎适用 marks 审慎, not 慎). Terms are found in the folded text
 * (fold.ts) and marked in the text as it is. This module has no Node imports:
 * the search page loads it.
 */
import { occurrences, type SearchFold } from './fold.ts';
import type { MarkedText } from './display.ts';
import type { BodyBlock, Section } from './sections.ts';

/** A piece of a text: `[start, end)`, UTF-16 indexes. */
export type Range = [start: number, end: number];

/** Where the folded terms occur in a text: ranges of the text as it is, merged, in order. */
export function findTerms(text: string, terms: readonly string[], fold: SearchFold): Range[] {
  const { text: folded, map } = fold.withMap(text);
  const found: Range[] = [];
  for (const term of terms)
    for (const at of occurrences(folded, term)) found.push([map[at]!, map[at + term.length]!]);
  found.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Range[] = [];
  for (const range of found) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else if (range[1] > range[0]) merged.push([...range]);
  }
  return merged;
}

/** The text from `start` to `end`, with the ranges in it marked. */
function markedPiece(
  text: string,
  ranges: readonly Range[],
  start: number,
  end: number,
): MarkedText {
  const pieces: MarkedText = [];
  let at = start;
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (a > at) pieces.push([text.slice(at, a), false]);
    pieces.push([text.slice(a, b), true]);
    at = b;
  }
  if (end > at) pieces.push([text.slice(at, end), false]);
  return pieces;
}

/** How many characters an excerpt shows, and how many of them come before the first match. */
export const excerptLength = 96;
const leadIn = 28;

/**
 * An excerpt of a text around its first match (or from its start), about
 * `excerptLength` characters, with `…` where it is cut; the matches in it marked.
 */
export function excerptOf(text: string, ranges: readonly Range[]): MarkedText {
  if (text.length <= excerptLength) return markedPiece(text, ranges, 0, text.length);
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - leadIn) : 0;
  let end = Math.min(text.length, start + excerptLength);
  if (first && end < first[1]) end = first[1];
  if (end === text.length) start = Math.max(0, Math.min(start, end - excerptLength));
  // Do not cut a character made of two code units.
  if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start--;
  if (/[\uDC00-\uDFFF]/.test(text[end] ?? '')) end++;
  const pieces = markedPiece(text, ranges, start, end);
  if (start > 0) pieces.unshift(['…', false]);
  if (end < text.length) pieces.push(['…', false]);
  return pieces;
}

/** A numbered paragraph that holds one of the terms, and where. */
export interface ParagraphHit {
  block: BodyBlock & { number: number };
  ranges: Range[];
}

/** The numbered paragraphs of the given parts that hold one of the terms, in page order. */
export function paragraphHits(
  blocks: readonly BodyBlock[],
  terms: readonly string[],
  parts: readonly Section[],
  fold: SearchFold,
): ParagraphHit[] {
  const hits: ParagraphHit[] = [];
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.number === undefined || !parts.includes(block.section))
      continue;
    const ranges = findTerms(block.text, terms, fold);
    if (ranges.length > 0) hits.push({ block: block as ParagraphHit['block'], ranges });
  }
  return hits;
}
