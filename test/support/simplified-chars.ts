/**
 * Finds characters that only exist in simplified script, to prove that a
 * traditional page was fully converted. A character counts as simplified-only
 * when OpenCC's character table converts it to something else, and OpenCC
 * itself never writes it in traditional (Taiwan standard) text (so 干 in 干擾, 后 in 皇后, 里 in
 * 公里 and 于 in a surname are fine, while 执, 们, 发 are not).
 */
import { readFileSync } from 'node:fs';

/** OpenCC's dictionaries as opencc-js ships them (`export default "a b|c d|…"`); the package exports no path to them. */
function dictionary(name: string): string {
  const file = new URL(
    `../../node_modules/opencc-js/dist/esm-lib/dict/${name}.js`,
    import.meta.url,
  );
  const source = readFileSync(file, 'utf8');
  return JSON.parse(source.slice(source.indexOf('"'), source.lastIndexOf('"') + 1)) as string;
}
const STCharacters = dictionary('STCharacters');
const STPhrases = dictionary('STPhrases');
const TSCharacters = dictionary('TSCharacters');
const TWVariants = dictionary('TWVariants');
const TWPhrases = dictionary('TWVariantsPhrases');

const pairs = (dict: string) => dict.split('|').map((entry) => entry.split(' '));

function buildSet(): Set<string> {
  const traditionalKeys = new Set(pairs(TSCharacters).map(([from]) => from));
  const writtenInTraditional = new Set<string>();
  for (const [, ...to] of [
    ...pairs(STCharacters),
    ...pairs(STPhrases),
    ...pairs(TWVariants),
    ...pairs(TWPhrases),
  ])
    for (const word of to) for (const ch of word) writtenInTraditional.add(ch);
  const set = new Set<string>();
  for (const [from, ...to] of pairs(STCharacters)) {
    if (from && !to.includes(from) && !traditionalKeys.has(from) && !writtenInTraditional.has(from))
      set.add(from);
  }
  return set;
}

let simplifiedOnly: Set<string> | undefined;

/** The simplified-only characters in `text`, in order of appearance, each once. */
export function simplifiedOnlyChars(text: string): string[] {
  simplifiedOnly ??= buildSet();
  return [...new Set([...text].filter((ch) => simplifiedOnly!.has(ch)))];
}
