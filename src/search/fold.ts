/**
 * Text as search compares it. Both the case texts (at build time, for the
 * gram index) and what a reader types (in the browser) are folded the same
 * way, one character at a time:
 * - full-width and half-width forms are one (NFKC: ＡＩ → AI, １２３ → 123, （ → ();
 * - simplified, traditional and Hong Kong forms are one (the search fold
 *   table of src/i18n/script.ts: 審 → 审, 綫 → 线);
 * - Latin letters are compared in lower case;
 * - spaces (and zero-width spaces) do not count;
 * - a number and a Latin word are whole: each run of digits and each run of
 *   Latin letters is closed in `runOpen` … `runClose` (private-use characters,
 *   which the check refuses in case texts), so `12345` is not found inside
 *   `123456`, nor `ai` inside `email`, while `1617.07万元`, `2+1+1` and `AI药监`
 *   are found as written.
 * Each character folds on its own and runs are closed where they end, so a
 * query is in a text exactly when its fold is in the text's fold. This module
 * has no Node imports: the search page loads it.
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
  /** The fold of one character, without the marks that close runs (for a fold done character by character). */
  char(char: string): string;
}

const ignored = /^[\s\u200B-\u200D\u2060\uFEFF]$/u;

/** The characters that close a run of digits or of Latin letters in folded text. */
export const runOpen = '\uE000';
export const runClose = '\uE001';

/** What run a folded character belongs to: 1 digits, 2 Latin letters, 0 none. */
export function runClass(char: string): 0 | 1 | 2 {
  const code = char.charCodeAt(0);
  return char.length !== 1 ? 0 : code >= 48 && code <= 57 ? 1 : code >= 97 && code <= 122 ? 2 : 0;
}

/**
 * Writes a folded text item by item (characters, or their numbers in the gram
 * index), closing each run of digits or Latin letters: `put` each item, then
 * `end`. The one definition of where the run marks go.
 */
export function runCloser<T>(
  emit: (item: T) => void,
  classOf: (item: T) => number,
  open: T,
  close: T,
): { put(item: T): void; end(): void } {
  let run = 0;
  return {
    put(item) {
      const next = classOf(item);
      if (next !== run) {
        if (run) emit(close);
        if (next) emit(open);
        run = next;
      }
      emit(item);
    },
    end() {
      if (run) emit(close);
      run = 0;
    },
  };
}

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
  /**
   * Folds `text`, closing each run of digits or Latin letters; `mark(at)` is
   * called for each character written, with the index in `text` of the
   * character it comes from (a run's marks: the character they stand before).
   */
  const write = (text: string, mark: (at: number) => void = () => {}): string => {
    let out = '';
    let at = 0;
    const runs = runCloser<string>(
      (c: string) => {
        for (let i = 0; i < c.length; i++) mark(at);
        out += c;
      },
      runClass,
      runOpen,
      runClose,
    );
    for (const char of text) {
      for (const c of one(char)) runs.put(c);
      at += char.length;
    }
    runs.end();
    return out;
  };
  const fold = ((text: string) => write(text)) as SearchFold;
  fold.withMap = (text: string) => {
    const map: number[] = [];
    const out = write(text, (at) => map.push(at));
    map.push(text.length);
    return { text: out, map };
  };
  fold.char = one;
  return fold;
}

/** Where a folded term occurs in a folded text: start indexes (UTF-16), overlapping ones included. */
export function occurrences(text: string, term: string): number[] {
  const found: number[] = [];
  if (!term) return found;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + 1)) found.push(at);
  return found;
}
