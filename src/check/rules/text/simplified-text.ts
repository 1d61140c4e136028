/**
 * Case and source texts are in simplified script: a traditional character
 * left over from a mirror that was not converted (`云勘驗`, `地區`) is
 * reported, in every frontmatter text and body line (repair notes, which
 * quote the broken forms they fixed, excepted; see clean-text.ts).
 *
 * A character counts as traditional-only when OpenCC's simplified→traditional
 * character table writes it for another character and never has it as a
 * simplified character itself: 區, 驗, 們 are, while 著 (显著), 乾 (乾隆),
 * 干 and 么 are not. The table is OpenCC's own (opencc-js's cn→tw preset, as
 * src/i18n/convert.ts loads it); a unit test holds the set to these examples.
 */
import { from } from 'opencc-js/preset/cn2t';
import type { ContentFile } from '../../content-file.ts';
import type { Problem } from '../../problem.ts';
import type { TextDefect } from '../../text-defects.ts';
import { textProblems } from './clean-text.ts';

/** The entries `key value…` of a dictionary of the preset: strings of `key value|key value…`. */
function entries(dictionaries: unknown): string[][] {
  const out: string[][] = [];
  const visit = (d: unknown): void => {
    if (typeof d === 'string')
      for (const entry of d.split('|')) out.push(entry.split(' ').filter(Boolean));
    else if (Array.isArray(d)) d.forEach(visit);
  };
  visit(dictionaries);
  if (out.length < 1000)
    throw new Error(
      'simplified-text: the opencc-js cn2t preset no longer holds its dictionaries as strings',
    );
  return out;
}

let traditional: Map<string, string> | undefined;

/** Every traditional-only character, with the simplified character OpenCC converts to it. */
export function traditionalOnly(): ReadonlyMap<string, string> {
  if (traditional) return traditional;
  const single = entries(from.cn).filter(([key]) => key !== undefined && [...key].length === 1);
  const simplified = new Set(single.map(([key]) => key!));
  traditional = new Map();
  for (const [key, ...values] of single)
    for (const value of values)
      if ([...value].length === 1 && value !== key && !simplified.has(value))
        traditional.set(value, key!);
  return traditional;
}

export function findTraditional(text: string): TextDefect[] {
  const table = traditionalOnly();
  const defects: TextDefect[] = [];
  let index = 0;
  for (const ch of text) {
    const simplified = table.get(ch);
    if (simplified)
      defects.push({
        index,
        match: ch,
        what: `有繁体字“${ch}”（${[...text.slice(Math.max(0, index - 8), index)].slice(-4).join('')}${ch}${[...text.slice(index + ch.length)].slice(0, 4).join('')}），本库的文字用简体`,
        fix: `改为简体“${simplified}”（原文确为繁体时，也按简体收录）`,
      });
    index += ch.length;
  }
  return defects;
}

export const simplifiedTextProblems = (file: ContentFile): Problem[] =>
  textProblems(file, findTraditional);
