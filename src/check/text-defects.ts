/**
 * Traces of broken conversions in published texts (see content/raw/README.md):
 * pinyin annotations left by a converter (`區(qū)`), private-use and U+FFFD characters
 * (mojibake), `?` standing for a lost space or character, and half-width punctuation
 * between Chinese characters where the published original has full-width.
 */

export interface TextDefect {
  /** Offset of the defect in the text. */
  index: number;
  /** The defective characters themselves. */
  match: string;
  what: string;
  fix: string;
}

/** Chinese characters, CJK punctuation, full-width forms and curly quotes. */
const CJK = String.raw`[\p{Script=Han}\u3000-\u303F\uFF01-\uFF5E“”‘’]`;

// A pinyin syllable with or without tone marks: optional initial, vowels, optional final.
const PINYIN =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+(?:ng|n|r)?$/;
const ANNOTATION = /(?<=\p{Script=Han})[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7})[)）]/gu;
const PRIVATE_USE = /[\uE000-\uF8FF\u{F0000}-\u{FFFFD}\u{100000}-\u{10FFFD}]/gu;
const REPLACEMENT = /\uFFFD/g;
const QUESTION = new RegExp(`(?<=${CJK})\\?(?=${CJK})`, 'gu');
const HALF_WIDTH = new RegExp(`(?<=${CJK})[,:;()!](?=${CJK})`, 'gu');
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
};

/** A few characters around the defect, so it can be found in a long line. */
function around(text: string, index: number, length: number): string {
  const before = [...text.slice(0, index)].slice(-4).join('');
  const after = [...text.slice(index + length)].slice(0, 4).join('');
  return `（${before}${text.slice(index, index + length)}${after}）`;
}

const codePoint = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export function findTextDefects(text: string): TextDefect[] {
  const defects: TextDefect[] = [];
  for (const m of text.matchAll(ANNOTATION)) {
    if (!PINYIN.test(m[1].toLowerCase())) continue; // e.g. (APP), (PDF) are not pinyin
    defects.push({
      index: m.index,
      match: m[0],
      what: `汉字后有拼音注音${around(text, m.index, m[0].length)}`,
      fix: `删除“${m[0]}”`,
    });
  }
  for (const m of text.matchAll(PRIVATE_USE)) {
    defects.push({
      index: m.index,
      match: m[0],
      what: `有私用区字符 ${codePoint(m[0])}，是乱码${around(text, m.index, m[0].length)}`,
      fix: '对照原文或其他公开版本恢复这几个字',
    });
  }
  for (const m of text.matchAll(REPLACEMENT)) {
    defects.push({
      index: m.index,
      match: m[0],
      what: `有替换字符 U+FFFD，是乱码${around(text, m.index, 1)}`,
      fix: '对照原文或其他公开版本恢复这几个字',
    });
  }
  for (const m of text.matchAll(QUESTION)) {
    defects.push({
      index: m.index,
      match: m[0],
      what: `汉字之间有半角问号${around(text, m.index, 1)}，多为乱码或丢失的空格`,
      fix: '对照原文：原为空格就改回空格，原为问号就改为全角“？”，原为别的字就恢复',
    });
  }
  for (const m of text.matchAll(HALF_WIDTH)) {
    defects.push({
      index: m.index,
      match: m[0],
      what: `汉字之间有半角标点“${m[0]}”${around(text, m.index, 1)}`,
      fix: `改为全角“${FULL_WIDTH[m[0]]}”`,
    });
  }
  return defects.sort((a, b) => a.index - b.index);
}
