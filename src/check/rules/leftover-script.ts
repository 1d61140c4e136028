/**
 * The canonical text is simplified: no character a careless converter left in traditional script
 * (`云勘驗`), in any field of a case, or in a source's title and introduction (its `repairs` and
 * `notes` quote corrupted forms on purpose). See src/model/leftover-script.ts.
 */
import { isMap, isScalar, isSeq } from 'yaml';
import { traditionalLeftovers } from '../../model/leftover-script.ts';
import { BODY_FIELD, fieldPath, type Problem } from '../problem.ts';
import type { FileRule } from '../rule.ts';

/** Fields that describe repairs or review notes, and so may quote the text as found. */
const QUOTES_DAMAGE = /^(history\[\d+\]\.note|repairs\[\d+\]|notes\[\d+\]\..+)$/;

const what = (char: string, simplified: string) => [
  `有繁体字“${char}”，是转载本未转换的字`,
  `改为简体“${simplified}”`,
];

export const leftoverScriptProblems: FileRule = (file) => {
  const problems: Problem[] = [];
  // Most files have none: one scan of the whole text says so.
  if (!traditionalLeftovers(`${file.frontmatterText ?? ''}\n${file.body}`).length) return problems;
  const visit = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      for (const pair of node.items)
        if (isScalar(pair.key)) visit(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => visit(item, [...path, i]));
    } else if (
      isScalar(node) &&
      typeof node.value === 'string' &&
      node.range &&
      !QUOTES_DAMAGE.test(fieldPath(path)) &&
      (file.kind === 'case' || fieldPath(path) === 'title')
    ) {
      for (const c of traditionalLeftovers(node.value)) {
        const [w, f] = what(c.char, c.simplified);
        problems.push({
          file: file.path,
          line: file.lineOfFrontmatterOffset(node.range[0]),
          field: fieldPath(path),
          what: w!,
          fix: f!,
        });
      }
    }
  };
  if (file.doc && !file.doc.errors.length) visit(file.doc.contents, []);
  file.body.split('\n').forEach((line, i) => {
    for (const c of traditionalLeftovers(line)) {
      const [w, f] = what(c.char, c.simplified);
      problems.push({
        file: file.path,
        line: file.bodyLine(i + 1),
        field: BODY_FIELD,
        what: w!,
        fix: f!,
      });
    }
  });
  return problems;
};
