/**
 * Traces of broken conversions in a case or source file, with the Chinese message and fix the
 * check prints. What counts as damage is defined once, in src/model/text-damage.ts, and the
 * importer strips or reports exactly the same spans.
 */
import {
  FULL_WIDTH,
  HALF_WIDTH_NEAR_HAN,
  PRIVATE_USE,
  QUESTION_RUN,
  REPLACEMENT,
  pinyinAnnotations,
} from '../model/text-damage.ts';

export interface TextDefect {
  /** Offset of the defect in the text. */
  index: number;
  /** The defective characters themselves. */
  match: string;
  what: string;
  fix: string;
}

/** A few characters around the defect, so it can be found in a long line. */
function around(text: string, index: number, length: number): string {
  const before = [...text.slice(0, index)].slice(-4).join('');
  const after = [...text.slice(index + length)].slice(0, 4).join('');
  return `（${before}${text.slice(index, index + length)}${after}）`;
}

const codePoint = (ch: string) =>
  `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const RESTORE = '对照原文或其他公开版本恢复这几个字';

export function findTextDefects(text: string): TextDefect[] {
  const defects: TextDefect[] = [];
  const annotations = pinyinAnnotations(text);
  /** A bracket of a pinyin annotation is reported with the annotation, not again as half-width. */
  const inAnnotation = (i: number) =>
    annotations.some((a) => i >= a.index && i < a.index + a.match.length);
  for (const { index, match } of annotations) {
    defects.push({
      index,
      match,
      what: `汉字后有拼音注音${around(text, index, match.length)}`,
      fix: `删除“${match}”`,
    });
  }
  for (const m of text.matchAll(PRIVATE_USE)) {
    defects.push({
      index: m.index,
      match: m[0],
      what: `有私用区字符 ${codePoint(m[0])}，是乱码${around(text, m.index, m[0].length)}`,
      fix: RESTORE,
    });
  }
  for (const m of text.matchAll(REPLACEMENT)) {
    defects.push({
      index: m.index,
      match: m[0],
      what: `有替换字符 U+FFFD，是乱码${around(text, m.index, 1)}`,
      fix: RESTORE,
    });
  }
  for (const m of text.matchAll(QUESTION_RUN)) {
    const before = text[m.index - 1];
    const after = text[m.index + m[0].length];
    const between = !!before && !!after && !/\s/.test(before) && !/\s/.test(after);
    defects.push({
      index: m.index,
      match: m[0],
      what: between
        ? `字与字之间有半角问号“${m[0]}”${around(text, m.index, m[0].length)}，是丢失的文字或空格`
        : `中文后有半角问号${around(text, m.index, m[0].length)}`,
      fix: between
        ? '对照原文恢复：原为空格就改回空格，原为别的字就补上那几个字'
        : '原文是问句就改为全角“？”，否则对照原文恢复丢失的文字',
    });
  }
  for (const m of text.matchAll(HALF_WIDTH_NEAR_HAN)) {
    if (inAnnotation(m.index)) continue;
    defects.push({
      index: m.index,
      match: m[0],
      what: `汉字旁有半角标点“${m[0]}”${around(text, m.index, 1)}`,
      fix: `改为全角“${FULL_WIDTH[m[0]]}”`,
    });
  }
  return defects.sort((a, b) => a.index - b.index);
}
