/**
 * What a broken conversion leaves in a copied government text (see content/raw/README.md and
 * ../shared/design/PUBLISHED-TEXTS.md), defined once: the importer (cli/import/repair.ts) strips
 * or reports exactly these spans, and the check (src/check/text-defects.ts) refuses whatever is
 * left of them in a case or source file.
 *
 * - pinyin a converter put after characters, in half-width or full-width brackets:
 *   `執(zhí)法`, `規（guī）范`, also after a lone Latin letter left by mojibake (`F(xiàn)`);
 * - private-use characters and U+FFFD (mojibake);
 * - a `?` touching Chinese text: a lost byte or a lost space, never punctuation when it sits
 *   between two characters;
 * - half-width punctuation touching Chinese characters.
 */

/** Chinese characters, CJK punctuation, full-width forms and curly quotes: "Chinese text" around a mark. */
export const CJK_CONTEXT = String.raw`[\p{Script=Han}\u3000-\u303F\uFF01-\uFF5E“”‘’《》〈〉【】〔〕…—·]`;
const cjkContext = new RegExp(CJK_CONTEXT, 'u');

/** Whether a character makes its neighbourhood "Chinese text". */
export const isChineseContext = (ch: string | undefined): boolean => !!ch && cjkContext.test(ch);

/** A CJK ideograph (Han script). */
export const isHan = (ch: string | undefined): boolean => !!ch && /\p{Script=Han}/u.test(ch);

/** Vowels of Hanyu Pinyin with and without tone marks, and ü/v; ńňǹḿ for the interjections 嗯 and 呣. */
const VOWELS = 'aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';

/** One pinyin syllable, lowercase, toned or not: optional initial, vowels, optional final. */
const SYLLABLE = new RegExp(`^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[${VOWELS}]+(?:ng|n|r)?$`);

/**
 * A bracketed pinyin annotation: `(zhí)` or `（guī）` (either bracket width, even mixed),
 * right after a Han character, or after a single Latin capital that mojibake left in place of a
 * character (`鎸崿F(xiàn)`, `?,F（xiàn）`). Upper-case words (`(APP)`, `（AI）`) are never pinyin.
 */
const ANNOTATION = new RegExp(
  `(?<=\\p{Script=Han}|(?<![A-Za-z])[A-Z])[(（]([a-z${VOWELS}]{1,7})[)）]`,
  'gu',
);

export interface DamageSpan {
  /** Offset of the span in the text (UTF-16). */
  index: number;
  /** The damaged characters themselves. */
  match: string;
}

/** Every pinyin annotation in `text`, in order. */
export function pinyinAnnotations(text: string): DamageSpan[] {
  return [...text.matchAll(ANNOTATION)]
    .filter((m) => SYLLABLE.test(m[1]!))
    .map((m) => ({ index: m.index, match: m[0] }));
}

/** `text` without its pinyin annotations: `地區(qū)` → `地區`, `規（guī）范` → `規范`. */
export function stripPinyinAnnotations(text: string): string {
  let out = '';
  let from = 0;
  for (const span of pinyinAnnotations(text)) {
    out += text.slice(from, span.index);
    from = span.index + span.match.length;
  }
  return out + text.slice(from);
}

/** Private-use characters (BMP and the supplementary planes): mojibake. */
export const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;
/** U+FFFD, the replacement character: a byte that could not be decoded. */
export const REPLACEMENT = /\uFFFD/g;

/**
 * A run of `?` with Chinese text right before or right after it. Between two characters
 * (`效能?有效`, `做法?,F`) it stands for lost text or a lost space; after a character at
 * the end of a clause (`吗?`) it is a half-width question mark.
 */
export const QUESTION_RUN = new RegExp(`(?<=${CJK_CONTEXT})\\?+|\\?+(?=${CJK_CONTEXT})`, 'gu');

/**
 * Half-width `, : ; ( ) !` touching a Han character, or with Chinese text on both sides: the
 * published originals write them full-width (`执法(2025年)` → `执法（2025年）`). Between digits
 * and in Latin text (`1,000`, `10:30`, `(CMA)` after a space) they stay.
 */
export const HALF_WIDTH_NEAR_HAN = new RegExp(
  `(?<=\\p{Script=Han})[,:;()!]|[,:;()!](?=\\p{Script=Han})|(?<=${CJK_CONTEXT})[,:;()!](?=${CJK_CONTEXT})`,
  'gu',
);

/** The full-width form of a half-width mark, as the published originals write it. */
export const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};
