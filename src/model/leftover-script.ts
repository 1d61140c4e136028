/**
 * Characters a careless converter leaves in the other script: a simplified text copied from a
 * traditional mirror keeps `區`, `驗`, `執` here and there (`云勘驗`). The canonical text of a case
 * is simplified, so the check refuses them, and says what each becomes.
 *
 * A character counts as traditional-only when OpenCC's traditional→simplified character table
 * changes it, no simplified→traditional entry starts from it, it is no simplified form of another
 * character (so 著 in 显著, 后, 里, 干 are fine), and no division name uses it (乾县 is simplified).
 * The tables are opencc-js's public presets; test/model/leftover-script.test.ts fails if they change shape.
 */
import type { DictGroup, DictLike } from 'opencc-js/core';
import { from as toTraditional } from 'opencc-js/preset/cn2t';
import { to as toSimplified } from 'opencc-js/preset/t2cn';
import { cities, counties, provinces } from './regions.ts';

/** `[key, ...values]` of every entry of some dictionary groups. */
function entries(groups: readonly DictGroup[]): string[][] {
  const dicts: DictLike[] = groups.flatMap((group) => [...group]);
  return dicts.flatMap((dict) =>
    typeof dict === 'string'
      ? dict.split('|').map((entry) => entry.split(' '))
      : dict.map(([key, value]) => [key, ...value.split(' ')]),
  );
}

let table: Map<string, string> | undefined;
let pattern: RegExp | undefined;

/** Traditional-only character → its simplified form. */
export function traditionalOnlyTable(): ReadonlyMap<string, string> {
  if (table) return table;
  const single = (e: string[]) => [...e[0]!].length === 1;
  const ts = entries(toSimplified.cn!).filter(single);
  const st = entries(toTraditional.cn!).filter(single);
  const simplifiedKeys = new Set(st.map(([key]) => key));
  const simplifiedForms = new Set(ts.flatMap(([, ...values]) => values));
  const placeNames = new Set([...provinces, ...cities, ...counties].flatMap((d) => [...d.name]));
  table = new Map();
  for (const [key, ...values] of ts) {
    if (
      !values.includes(key!) &&
      !simplifiedKeys.has(key!) &&
      !simplifiedForms.has(key!) &&
      !placeNames.has(key!)
    )
      table.set(key!, values[0]!);
  }
  return table;
}

export interface LeftoverChar {
  index: number;
  char: string;
  /** Its simplified form. */
  simplified: string;
}

/** The traditional-only characters of a simplified text, in order. */
export function traditionalLeftovers(text: string): LeftoverChar[] {
  const t = traditionalOnlyTable();
  pattern ??= new RegExp(`[${[...t.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'gu');
  return [...text.matchAll(pattern)].map((m) => ({
    index: m.index,
    char: m[0],
    simplified: t.get(m[0])!,
  }));
}
