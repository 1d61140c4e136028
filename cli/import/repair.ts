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
 * - traditional script: converted with `loadToHans()` from src/i18n/script.ts,
 *   the one conversion module (`repairText` takes the converter as a parameter).
 */

/** A CJK ideograph (Han script). */
export const isHan = (ch: string | undefined): boolean => !!ch && /\p{Script=Han}/u.test(ch);

/** Characters that make their neighbourhood "Chinese text" for punctuation purposes. */
const chineseContext = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’《》〈〉【】〔〕…—·]/u;
export const isChineseContext = (ch: string | undefined): boolean =>
  !!ch && chineseContext.test(ch);

/** CRLF and lone CR become LF; a leading BOM is dropped. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Tone-marked vowels (and ü) of Hanyu Pinyin. */
const toneMark = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]/;

/**
 * Removes a pinyin annotation in ASCII parentheses that directly follows a
 * Chinese character: `地區(qū)` → `地區`, `實現(xiàn)` → `實現`. Only latin words
 * with at least one tone mark count as pinyin, so `（2025年第3期)` or `(CMA)` stay.
 */
export function stripPinyin(text: string): string {
  return text.replace(
    /(\p{Script=Han})\(([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,8})\)/gu,
    (whole, han: string, inner: string) => (toneMark.test(inner) ? han : whole),
  );
}

const fullWidth: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

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
        const prev = prevNonSpace(chars, i);
        const next = nextNonSpace(chars, i);
        if (isChineseContext(prev) || prev === '%' || prev === '）' || isChineseContext(next))
          chars[i] = fullWidth[c]!;
      }
      return chars.join('');
    })
    .join('\n');
}

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
        (isChineseContext(chars[i - 1]) ||
          isChineseContext(chars[i + 1]) ||
          chars[i + 1] === '!' ||
          chars[i - 1] === '?' ||
          chars[i + 1] === '?')
      )
        flagged.push({ at: i, reason: '紧贴中文的“?”（丢失的字节）' });
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
  const applied: { repair: KnownRepair; line: number }[] = [];
  let out = text;
  for (const repair of repairs) {
    let at = out.indexOf(repair.garbled);
    while (at !== -1) {
      const line = out.slice(0, at).split('\n').length;
      out = out.slice(0, at) + repair.repaired + out.slice(at + repair.garbled.length);
      applied.push({ repair, line });
      at = out.indexOf(repair.garbled, at + repair.repaired.length);
    }
  }
  return { text: out, applied };
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
  /** Spans that are still garbled after the known repairs, with line numbers. */
  unrepaired: MojibakeSpan[];
  /** Known repairs applied. */
  applied: { repair: KnownRepair; line: number }[];
  /** Script of the input as found. */
  script: 'simplified' | 'traditional';
  /** How many of each repair were made. */
  counts: { pinyin: number; lostSpaces: number; punctuation: number };
}

/**
 * The whole repair, in order: line breaks → known mojibake repairs → pinyin →
 * lost spaces → report what is still garbled → punctuation → simplified script
 * (only when the text is traditional) → trimmed lines. Line numbers are kept (no step adds or removes a line), so
 * reported spans point at the raw file.
 */
export function repairText(
  raw: string,
  toHans: (text: string) => string,
  knownRepairs: readonly KnownRepair[] = [],
): RepairResult {
  let text = normalizeNewlines(raw);
  const known = applyKnownRepairs(text, knownRepairs);
  text = known.text;
  const count = (re: RegExp, t: string) => (t.match(re) ?? []).length;
  const beforePinyin = text;
  text = stripPinyin(text);
  const pinyin = count(/\(/g, beforePinyin) - count(/\(/g, text);
  const questionMarks = count(/\?/g, text);
  text = restoreLostSpaces(text);
  const lostSpaces = questionMarks - count(/\?/g, text);
  const halfWidth = count(/[,:;?!()]/g, text);
  const unrepaired = findMojibake(text);
  const garbledLines = new Set(unrepaired.map((s) => s.line));
  text = text
    .split('\n')
    .map((line, i) => restorePunctuation(line, { questionMarks: !garbledLines.has(i + 1) }))
    .join('\n');
  const punctuation = halfWidth - count(/[,:;?!()]/g, text);
  // Only a traditional text is converted: OpenCC's t→s tables are not
  // idempotent on simplified text (显著 would become 显着).
  const converted = toHans(text);
  const script = traditionalShare(text, converted) > 0.1 ? 'traditional' : 'simplified';
  text = trimLines(script === 'traditional' ? converted : text);
  return {
    text,
    unrepaired,
    applied: known.applied,
    script,
    counts: { pinyin, lostSpaces, punctuation },
  };
}
