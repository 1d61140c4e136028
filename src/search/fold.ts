/**
 * Text as search compares it. Both the case texts (at build time, for the
 * gram index) and what a reader types (in the browser) are folded the same
 * way, one character at a time:
 * - full-width and half-width forms are one (NFKC: ＡＩ → AI, １２３ → 123, （ → ();
 * - simplified, traditional and Hong Kong forms are one (the search fold
 *   table of src/i18n/script.ts: 審 → 审, 綫 → 线);
 * - Latin letters are compared in lower case;
 * - spaces (and zero-width spaces) do not count.
 * Because each character folds on its own, the fold of a piece of text is a
 * piece of the folded text: a query is in a text exactly when its fold is in
 * the text's fold. This module has no Node imports: the search page loads it.
 */
import { charFolder, type SearchFoldTable } from '../i18n/search-fold.ts';

/** A text folded, with where each folded character comes from. */
export interface Folded {
  text: string;
  /**
   * For each UTF-16 index of the folded text, the UTF-16 index in the
   * original where its character starts; one more entry, the original length.
   */
  map: number[];
}

export interface SearchFold {
  /** The folded text. */
  (text: string): string;
  /** The folded text and where its characters come from (for marking matches in the original). */
  withMap(text: string): Folded;
}

const ignored = /^[\s\u200B-\u200D\u2060\uFEFF]$/u;

/** The fold of a search fold table (see above). */
export function searchFolder(table: SearchFoldTable): SearchFold {
  const script = charFolder(table);
  const memo = new Map<string, string>();
  const one = (char: string): string => {
    let folded = memo.get(char);
    if (folded === undefined) {
      folded = [...char.normalize('NFKC')]
        .map((c) => script(c).toLowerCase())
        .filter((c) => !ignored.test(c))
        .join('');
      memo.set(char, folded);
    }
    return folded;
  };
  const fold = ((text: string) => {
    let out = '';
    for (const char of text) out += one(char);
    return out;
  }) as SearchFold;
  fold.withMap = (text: string) => {
    let out = '';
    const map: number[] = [];
    let at = 0;
    for (const char of text) {
      const folded = one(char);
      for (let i = 0; i < folded.length; i++) map.push(at);
      out += folded;
      at += char.length;
    }
    map.push(at);
    return { text: out, map };
  };
  return fold;
}

/** Where a folded term occurs in a folded text: start indexes (UTF-16), overlapping ones included. */
export function occurrences(text: string, term: string): number[] {
  const found: number[] = [];
  if (!term) return found;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) found.push(at);
  return found;
}
