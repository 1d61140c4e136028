/**
 * Repairs of published texts as they are found on the web: pure functions,
 * used by the importer (cli/import.ts) and by the tests that prove the
 * committed cases are the published wording.
 *
 * What goes wrong in copies of government texts, and what we do about it:
 * - line breaks: CRLF / CR → LF, BOM removed (`normalizeNewlines`);
 * - pinyin a converter put after characters, `地區(qū)` (`stripPinyin`);
 * - half-width punctuation around Chinese text, `,` `:` `(` `)` `;` `?` `!`
 *   (`restorePunctuation`), numbers such as `1.5`, `2+1+1`, `2023-2024` kept;
 * - a `?` standing for a lost space between two title phrases (`restoreLostSpaces`);
 * - mojibake (GBK bytes decoded one byte off): found and reported with line
 *   numbers (`findMojibake`); only spans listed in a table of known repairs are
 *   replaced (`applyKnownRepairs`), never guessed;
 * - traditional script: converted with `loadToHans()` from src/i18n/convert.ts,
 *   the one conversion module (`repairText` takes the converter as a parameter).
 */

import {
  FULL_WIDTH,
  isChineseContext,
  isHan,
  pinyinAnnotations,
  stripPinyinAnnotations,
} from '../../src/model/text-damage.ts';
import {
  applyEdits,
  editsFor,
  mapSameLength,
  RawPositions,
  track,
  type Tracked,
} from './tracked-text.ts';

export { isChineseContext, isHan };

/** CRLF and lone CR become LF; a leading BOM is dropped. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Removes every pinyin annotation that the check would flag (src/model/text-damage.ts):
 * `地區(qū)` → `地區`, `規（guī）范` → `規范`. `（2025年第3期)`, `(CMA)`, `(APP)` stay.
 */
export const stripPinyin = stripPinyinAnnotations;

const fullWidth = FULL_WIDTH;

/**
 * Restores full-width punctuation where the published text has it: a `,` `:`
 * `;` `?` `!` next to Chinese text (a Han character, full-width punctuation or
 * a curly quote on either side, or `%` before it) becomes `，` `：` `；` `？` `！`;
 * between two ASCII digits it stays (`1,000`, `10:30`). A pair `( … )` becomes
 * `（ … ）` when it encloses or touches Chinese text. `.` `+` `-` are never
 * touched, so `1.5`, `2+1+1` and `2023-2024` stay as they are.
 *
 * `options.questionMarks: false` leaves `?` and `!` alone (for lines with
 * mojibake, where a `?` is a lost byte and must stay visible).
 */
export function restorePunctuation(
  text: string,
  options: { questionMarks?: boolean } = {},
): string {
  const marks = options.questionMarks === false ? /[,:;]/ : /[,:;?!]/;
  return text
    .split('\n')
    .map((line) => {
      const chars = [...line];
      // Parentheses: innermost pairs first, then any single one left next to Chinese text.
      const open: number[] = [];
      const convert = new Set<number>();
      for (let i = 0; i < chars.length; i++) {
        if (chars[i] === '(') open.push(i);
        else if (chars[i] === ')' && open.length) {
          const start = open.pop()!;
          const inner = chars.slice(start + 1, i);
          if (
            inner.some((c) => isChineseContext(c)) ||
            isChineseContext(chars[start - 1]) ||
            isChineseContext(chars[i + 1])
          ) {
            convert.add(start);
            convert.add(i);
          }
        }
      }
      for (let i = 0; i < chars.length; i++) {
        const c = chars[i]!;
        if (
          (c === '(' || c === ')') &&
          !convert.has(i) &&
          (isChineseContext(chars[i - 1]) || isChineseContext(chars[i + 1]))
        ) {
          convert.add(i);
        }
      }
      for (let i = 0; i < chars.length; i++) {
        const c = chars[i]!;
        if (convert.has(i)) {
          chars[i] = fullWidth[c]!;
          continue;
        }
        if (!marks.test(c)) continue;
        const before = chars[i - 1];
        const after = chars[i + 1];
        if (/\d/.test(before ?? '') && /\d/.test(after ?? '')) continue;
        // A `?` or `!` between two characters is lost text, never punctuation: left for findMojibake.
        if ((c === '?' || c === '!') && !endsClause(after)) continue;
        const prev = prevNonSpace(chars, i);
        const next = nextNonSpace(chars, i);
        if (isChineseContext(prev) || prev === '%' || prev === '）' || isChineseContext(next))
          chars[i] = fullWidth[c]!;
      }
      return chars.join('');
    })
    .join('\n');
}

/** What may follow a real question or exclamation mark: the end of the line, a space, a closing quote or bracket. */
const endsClause = (next: string | undefined) =>
  next === undefined || /[\s”’）)】》」』]/.test(next);

function prevNonSpace(chars: string[], i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (chars[j] !== ' ') return chars[j];
  return undefined;
}
function nextNonSpace(chars: string[], i: number): string | undefined {
  for (let j = i + 1; j < chars.length; j++) if (chars[j] !== ' ') return chars[j];
  return undefined;
}

/** Characters that never occur in a clean Chinese government text. */
const suspicious = /[\ue000-\uf8ff\ufffd\u3100-\u312f\u30a0-\u30ff\u2500-\u257f\u01cd-\u01dc]/u;

/**
 * A `?` with a Chinese character (or an opening quote) on each side, on a short
 * line with nothing else suspicious, stands for a lost space between two title
 * phrases: `大幅提升審批效能?有效降低行政成本` → `… 有效降低行政成本`.
 */
export function restoreLostSpaces(text: string, maxLineLength = 60): string {
  return text
    .split('\n')
    .map((line) => {
      const trimmed = line.trim();
      if ([...trimmed].length > maxLineLength || suspicious.test(trimmed)) return line;
      const marks = trimmed.match(/\?/g) ?? [];
      if (marks.length !== 1) return line;
      return line.replace(/(\p{Script=Han}|[”》])\?(?=\p{Script=Han}|[“《])/u, '$1 ');
    })
    .join('\n');
}

export interface MojibakeSpan {
  /** 1-based line number in the text. */
  line: number;
  /** 1-based column (in characters) where the span starts. */
  column: number;
  /** The garbled characters, with a little context. */
  text: string;
  /** Why it was flagged, in Chinese. */
  reason: string;
}

/**
 * Finds garbled spans the importer cannot repair by itself: private-use
 * characters (U+E000–U+F8FF), U+FFFD, bopomofo / katakana / box-drawing /
 * stray pinyin letters inside Chinese text, a `?` glued to Chinese text, and a
 * single capital letter wedged between Chinese characters (`鎸崿F`).
 * Close flags on one line are merged into one span.
 */
export function findMojibake(text: string): MojibakeSpan[] {
  const spans: MojibakeSpan[] = [];
  text.split('\n').forEach((line, index) => {
    const chars = [...line];
    const flagged: { at: number; reason: string }[] = [];
    chars.forEach((c, i) => {
      if (/[\ue000-\uf8ff]/u.test(c)) flagged.push({ at: i, reason: '私用区字符' });
      else if (c === '\ufffd') flagged.push({ at: i, reason: '替换字符 U+FFFD' });
      else if (/[\u3100-\u312f\u30a0-\u30ff\u2500-\u257f\u01cd-\u01dc]/u.test(c))
        flagged.push({ at: i, reason: '中文里不应出现的注音、假名、制表符或拼音字母' });
      else if (
        c === '?' &&
        !endsClause(chars[i + 1]) &&
        (isChineseContext(chars[i - 1]) ||
          isChineseContext(chars[i + 1]) ||
          chars[i + 1] === '!' ||
          chars[i - 1] === '?' ||
          chars[i + 1] === '?')
      )
        flagged.push({ at: i, reason: '字与字之间的“?”（丢失的文字）' });
      else if (
        /[A-Z]/.test(c) &&
        isHan(chars[i - 1]) &&
        !/[A-Za-z0-9]/.test(chars[i + 1] ?? '') &&
        !/[A-Za-z]/.test(chars[i - 1] ?? '')
      )
        flagged.push({ at: i, reason: '夹在汉字之间的单个拉丁字母' });
    });
    let k = 0;
    while (k < flagged.length) {
      let end = k;
      while (end + 1 < flagged.length && flagged[end + 1]!.at - flagged[end]!.at <= 4) end++;
      const from = Math.max(0, flagged[k]!.at - 2);
      const to = Math.min(chars.length, flagged[end]!.at + 3);
      const reasons = [...new Set(flagged.slice(k, end + 1).map((f) => f.reason))];
      spans.push({
        line: index + 1,
        column: flagged[k]!.at + 1,
        text: chars.slice(from, to).join(''),
        reason: reasons.join('；'),
      });
      k = end + 1;
    }
  });
  return spans;
}

export interface KnownRepair {
  /** The raw file this repair belongs to (its name), for documentation. */
  file: string;
  /** The exact garbled span as found in the raw text (after CRLF normalisation). */
  garbled: string;
  /** The published wording it stands for. */
  repaired: string;
  /** Where the repaired wording comes from. */
  evidence: string;
}

/**
 * Applies the table of known repairs: each garbled span is replaced only where
 * it occurs exactly. Returns the new text and the repairs that were applied,
 * with the line they were applied on.
 */
export function applyKnownRepairs(
  text: string,
  repairs: readonly KnownRepair[],
): { text: string; applied: { repair: KnownRepair; line: number }[] } {
  const result = trackedKnownRepairs(track(text), repairs);
  return { text: result.tracked.text, applied: result.applied };
}

function trackedKnownRepairs(
  t: Tracked,
  repairs: readonly KnownRepair[],
): { tracked: Tracked; applied: { repair: KnownRepair; line: number }[] } {
  const applied: { repair: KnownRepair; line: number }[] = [];
  let tracked = t;
  for (const repair of repairs) {
    const edits = [];
    for (let at = tracked.text.indexOf(repair.garbled); at !== -1;) {
      edits.push({ index: at, length: repair.garbled.length, replacement: repair.repaired });
      applied.push({ repair, line: tracked.text.slice(0, at).split('\n').length });
      at = tracked.text.indexOf(repair.garbled, at + repair.garbled.length);
    }
    tracked = applyEdits(tracked, edits);
  }
  return { tracked, applied };
}

/** Trims each line (copies often indent paragraphs with spaces or U+3000). */
export function trimLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .join('\n');
}

/** Share of Han characters the converter changes (about a third in a traditional text, almost none in a simplified one). */
export function traditionalShare(original: string, converted: string): number {
  const a = [...original];
  const b = [...converted];
  if (a.length !== b.length) return 1;
  if (a.filter((c, i) => c !== b[i]).length < 2) return 0;
  let han = 0;
  let changed = 0;
  a.forEach((c, i) => {
    if (isHan(c)) {
      han++;
      if (c !== b[i]) changed++;
    }
  });
  return han ? changed / han : 0;
}

export interface RepairResult {
  /** The repaired text: LF line breaks, trimmed lines, simplified script. */
  text: string;
  /** Spans that are still garbled after the known repairs, at their line and column in the raw file. */
  unrepaired: MojibakeSpan[];
  /** Known repairs applied. */
  applied: { repair: KnownRepair; line: number }[];
  /** Script of the input as found. */
  script: 'simplified' | 'traditional';
  /** How many of each repair were made. */
  counts: { pinyin: number; lostSpaces: number; punctuation: number };
  /** Line and column in the raw file of an offset in `text`. */
  rawPosition: (offset: number) => { line: number; column: number };
}

/** Edits that make CRLF and lone CR into LF and drop a leading BOM. */
function newlineEdits(text: string) {
  return [
    ...(text.startsWith('\uFEFF') ? [{ index: 0, length: 1, replacement: '' }] : []),
    ...editsFor(text, /\r\n?/g, () => '\n'),
  ];
}

/** Edits that drop the spaces (and U+3000) at both ends of each line. */
function trimEdits(text: string) {
  return editsFor(text, /^[\s\u3000]+|[\s\u3000]+$/gm, (m) =>
    m[0].includes('\n') ? '\n'.repeat(m[0].split('\n').length - 1) : '',
  );
}

/**
 * The whole repair, in order: line breaks → known mojibake repairs → pinyin →
 * lost spaces → report what is still garbled → punctuation → simplified script
 * (only when the text is traditional) → trimmed lines. No step adds or removes a line, and
 * every character remembers its place in the raw file, so reported spans point at the file
 * as the contributor has it (columns before the repairs).
 */
export function repairText(
  raw: string,
  toHans: (text: string) => string,
  knownRepairs: readonly KnownRepair[] = [],
): RepairResult {
  const positions = new RawPositions(raw);
  let t = track(raw);
  t = applyEdits(t, newlineEdits(t.text));
  const known = trackedKnownRepairs(t, knownRepairs);
  t = known.tracked;
  const annotations = pinyinAnnotations(t.text);
  t = applyEdits(
    t,
    annotations.map((a) => ({ index: a.index, length: a.match.length, replacement: '' })),
  );
  const count = (re: RegExp, text: string) => (text.match(re) ?? []).length;
  const questionMarks = count(/\?/g, t.text);
  t = mapSameLength(t, (text) => restoreLostSpaces(text));
  const lostSpaces = questionMarks - count(/\?/g, t.text);
  const halfWidth = count(/[,:;?!()]/g, t.text);
  const lineStarts = [0];
  for (let i = 0; i < t.text.length; i++) if (t.text[i] === '\n') lineStarts.push(i + 1);
  const unrepaired = findMojibake(t.text).map((span) => {
    const offset =
      lineStarts[span.line - 1]! +
      [...t.text.slice(lineStarts[span.line - 1]!)].slice(0, span.column - 1).join('').length;
    const at = positions.at(t.origin[offset]!);
    return { ...span, line: at.line, column: at.column };
  });
  const garbledLines = new Set(findMojibake(t.text).map((s) => s.line));
  t = mapSameLength(t, (text) =>
    text
      .split('\n')
      .map((line, i) => restorePunctuation(line, { questionMarks: !garbledLines.has(i + 1) }))
      .join('\n'),
  );
  const punctuation = halfWidth - count(/[,:;?!()]/g, t.text);
  // Only a traditional text is converted: OpenCC's t→s tables are not
  // idempotent on simplified text (显著 would become 显着).
  const converted = toHans(t.text);
  const script = traditionalShare(t.text, converted) > 0.1 ? 'traditional' : 'simplified';
  if (script === 'traditional') t = mapSameLength(t, () => converted);
  t = applyEdits(t, trimEdits(t.text));
  const final = t;
  return {
    text: final.text,
    unrepaired,
    applied: known.applied,
    script,
    counts: { pinyin: annotations.length, lostSpaces, punctuation },
    rawPosition: (offset) => positions.at(final.origin[Math.min(offset, final.origin.length - 1)]!),
  };
}
