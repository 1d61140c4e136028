/**
 * What a reader typed, as terms to find. Every term must be in a case for the
 * case to be listed (spaces between terms mean AND), exactly as typed after
 * folding (src/search/fold.ts): `包容 审慎` finds cases with both words, and
 * `包容审慎` only cases with the four characters in a row.
 * - A phrase in quotes is one term, spaces in it included: `"包容 审慎"` is
 *   `包容审慎`. Straight quotes (also full-width ＂) open and close anywhere;
 *   “…”, 「…」 and 『…』 do when they stand at the start of a term, so that
 *   `中卫市“三减”执法` is one term with its quotes.
 * - Punctuation at either end of an unquoted term is left out (a copied
 *   `包容审慎。` finds 包容审慎); inside a term it counts, so `2+1+1` and
 *   `1617.07万元` are found as written.
 * This module has no Node imports: the search page loads it.
 */
import type { SearchFold } from './fold.ts';

export interface Term {
  /** As the reader typed it (for messages). */
  typed: string;
  /** Folded: what is looked for. */
  folded: string;
}

export interface ParsedQuery {
  /** The terms, in the order typed, each once. */
  terms: Term[];
  /** The folded terms joined: the phrase that ranks first where it occurs whole. */
  phrase: string;
  /**
   * Why there is nothing to search for: `empty` (nothing typed), or
   * `punctuation` (only punctuation or symbols, no letter, number or character).
   */
  problem?: 'empty' | 'punctuation';
}

const closers: Record<string, string> = { '“': '”', '「': '」', '『': '』' };

/** Punctuation left out at the ends of an unquoted term. `%` `‰` `+` `#` stay: they belong to numbers and codes. */
const edgePunctuation = /^[\p{P}\p{Zs}~～]+|[\p{P}\p{Zs}~～]+$/gu;
const keptAtEdges = /[%‰‱#＃@&*]/u;

function trimPunctuation(text: string): string {
  return text.replace(edgePunctuation, (edge) =>
    [...edge].filter((c) => keptAtEdges.test(c)).join(''),
  );
}

/** Splits a typed query into its raw terms: `[text, quoted]`. */
function split(query: string): [string, boolean][] {
  const out: [string, boolean][] = [];
  let current = '';
  const flush = (quoted = false) => {
    if (current || quoted) out.push([current, quoted]);
    current = '';
  };
  const chars = [...query.replace(/＂/g, '"')];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const closer = c === '"' ? '"' : current === '' ? closers[c] : undefined;
    if (closer) {
      flush();
      const end = chars.indexOf(closer, i + 1);
      current = chars.slice(i + 1, end < 0 ? undefined : end).join('');
      flush(true);
      i = end < 0 ? chars.length : end;
    } else if (/\s/u.test(c)) flush();
    else current += c;
  }
  flush();
  return out;
}

/** The terms of a typed query (see above), folded with `fold`. */
export function parseQuery(query: string, fold: SearchFold): ParsedQuery {
  const typed = query.normalize('NFKC').trim();
  if (!typed) return { terms: [], phrase: '', problem: 'empty' };
  const raw = split(typed);
  const terms: Term[] = [];
  for (const [text, quoted] of raw) {
    const term = quoted ? text.trim() : trimPunctuation(text);
    const folded = fold(term);
    if (folded && !terms.some((t) => t.folded === folded)) terms.push({ typed: term, folded });
  }
  if (!terms.some((t) => /[\p{L}\p{N}]/u.test(t.folded)))
    return { terms: [], phrase: '', problem: 'punctuation' };
  return { terms, phrase: terms.map((t) => t.folded).join('') };
}
