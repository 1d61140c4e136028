/** No traces of broken conversions (see text-defects.ts) in any frontmatter text or in the body. */
import { isMap, isScalar, isSeq } from 'yaml';
import type { ContentFile } from '../../content-file.ts';
import { BODY_FIELD, fieldPath, type Problem } from '../../problem.ts';
import { findTextDefects, type TextDefect } from '../../text-defects.ts';

/** Finds the defects of one text: a line of the body, or a frontmatter value. */
export type DefectFinder = (text: string) => TextDefect[];

/**
 * Fields that describe repairs, and so quote the broken forms they fixed
 * (`删除拼音注音，如“地區(qū)”`), or report what the importer found (`notes[].note`): they are
 * notes about the text, not the published text.
 */
const REPAIR_NOTES = /^(history\[\d+\]\.note|repairs\[\d+\]|notes\[\d+\]\.note)$/;

function frontmatterProblems(file: ContentFile, find: DefectFinder): Problem[] {
  const problems: Problem[] = [];
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
      !REPAIR_NOTES.test(fieldPath(path))
    ) {
      const [start, end] = node.range;
      const source = file.frontmatterText!.slice(start, end);
      for (const defect of find(node.value)) {
        // Point at the line of the defect itself, for values written over several lines.
        const at = source.indexOf(defect.match);
        problems.push({
          file: file.path,
          line: file.lineOfFrontmatterOffset(start + Math.max(at, 0)),
          field: fieldPath(path),
          what: defect.what,
          fix: defect.fix,
        });
      }
    }
  };
  visit(file.doc?.contents, []);
  return problems;
}

function bodyProblems(file: ContentFile, find: DefectFinder): Problem[] {
  return file.body.split('\n').flatMap((text, i) =>
    find(text).map((defect) => ({
      file: file.path,
      line: file.bodyLine(i + 1),
      field: BODY_FIELD,
      what: defect.what,
      fix: defect.fix,
    })),
  );
}

/** The defects `find` finds in every frontmatter text (repair notes excepted) and every body line. */
export const textProblems = (file: ContentFile, find: DefectFinder): Problem[] => [
  ...(file.doc && !file.doc.errors.length ? frontmatterProblems(file, find) : []),
  ...bodyProblems(file, find),
];

export const cleanTextProblems = (file: ContentFile): Problem[] =>
  textProblems(file, findTextDefects);
