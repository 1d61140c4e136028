/**
 * One problem found in a content file, and the ways it is printed.
 * Every problem names the file, the line, the field, what is wrong and how to fix it,
 * so a contributor can fix it without reading the checker's code.
 */
export interface Problem {
  /** Path of the file as the contributor typed it or sees it in the repo, with `/` separators. */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** Field as written in the file (`metrics[2].quote`), or `正文` for the body. */
  field: string;
  /** What is wrong, in Chinese. */
  what: string;
  /** How to fix it, in Chinese. */
  fix: string;
}

/** The field name used for problems in the body of a file. */
export const BODY_FIELD = '正文';

/** `['metrics', 2, 'quote']` → `metrics[2].quote`, the way the field reads in the file. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) =>
      typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`,
    )
    .join('');
}

/** `file:line · field · what · fix` */
export const formatProblem = (p: Problem): string =>
  `${p.file}:${p.line} · ${p.field} · ${p.what} · ${p.fix}`;

// GitHub workflow commands: data needs %, CR and LF escaped; properties also `,` and `:`.
const escapeData = (s: string) =>
  s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A GitHub Actions annotation, shown on the offending line of the pull request. */
export const formatAnnotation = (p: Problem): string =>
  `::error file=${escapeProperty(p.file)},line=${p.line},title=${escapeProperty(p.field)}::${escapeData(`${p.what} · ${p.fix}`)}`;

/** Problems in reading order: by file, then line. */
export const sortProblems = (problems: Problem[]): Problem[] =>
  [...problems].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
