/**
 * The content checker: runs every rule on the given case and source files.
 * Used by `npm run check` (scripts/check.ts) and by the build (src/integrations/content-check.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { contentNames, readContentFile, type ContentFile } from '../content-file.ts';
import { collectFiles, displayPath } from './collect-files.ts';
import { sortProblems, type Problem } from './problem.ts';
import type { CheckContext, FileRule } from './rule.ts';
import { frontmatterSyntaxProblems } from './rules/frontmatter-syntax.ts';
import { schemaProblems } from './rules/schema.ts';
import { unknownFieldProblems } from './rules/unknown-fields.ts';
import { fileNameProblems } from './rules/file-name.ts';
import { keywordProblems } from './rules/keywords.ts';
import { metricQuoteProblems } from './rules/metric-quotes.ts';
import { sourceExistsProblems } from './rules/source-exists.ts';
import { rawExistsProblems } from './rules/raw-exists.ts';
import { cleanTextProblems } from './rules/clean-text.ts';
import { mdxContentOnlyProblems } from './rules/mdx-content-only.ts';
import { uniqueProblems } from './rules/unique.ts';

export interface CheckOptions {
  /** Files or folders to check. Default: the cases folder and the sources folder. */
  paths?: string[];
  /** Folder of the sources, which a case's `source` refers to. Default `content/sources`. */
  sourcesDir?: string;
  /** Folder of the raw texts, which a source's `raw` refers to. Default: `raw` next to the sources folder. */
  rawDir?: string;
  /** Folder that relative paths start from, and that messages show paths relative to. Default: the working directory. */
  cwd?: string;
}

export interface CheckResult {
  problems: Problem[];
  caseCount: number;
  sourceCount: number;
}

export const DEFAULT_PATHS = ['content/cases', 'content/sources'];
export const DEFAULT_SOURCES_DIR = 'content/sources';

/** Rules that need valid frontmatter data. */
const frontmatterRules: FileRule[] = [schemaProblems, unknownFieldProblems, fileNameProblems, keywordProblems];
const caseRules: FileRule[] = [metricQuoteProblems, sourceExistsProblems];
const sourceRules: FileRule[] = [rawExistsProblems];

function checkFile(file: ContentFile, context: CheckContext): Problem[] {
  const syntax = frontmatterSyntaxProblems(file);
  const rules = syntax.length ? [] : [...frontmatterRules, ...(file.kind === 'case' ? caseRules : sourceRules)];
  return [
    ...syntax,
    ...rules.flatMap((rule) => rule(file, context)),
    ...cleanTextProblems(file),
    ...mdxContentOnlyProblems(file),
  ];
}

export function checkContent(options: CheckOptions = {}): CheckResult {
  const cwd = resolve(options.cwd ?? process.cwd());
  const sourcesDirAbs = resolve(cwd, options.sourcesDir ?? DEFAULT_SOURCES_DIR);
  const rawDirAbs = options.rawDir ? resolve(cwd, options.rawDir) : join(dirname(sourcesDirAbs), 'raw');
  const paths = options.paths?.length ? options.paths : DEFAULT_PATHS.filter((p) => existsSync(resolve(cwd, p)));
  const { files: toCheck, problems } = collectFiles(paths, sourcesDirAbs, cwd);
  const files = toCheck.map((f) => readContentFile(f.absPath, f.path, f.kind));
  const context: CheckContext = {
    // A case may cite a source of the sources folder, or a new source checked with it (import drafts).
    sourceSlugs: new Set([
      ...contentNames(sourcesDirAbs),
      ...files.filter((f) => f.kind === 'source').map((f) => f.name),
    ]),
    sourcesDir: displayPath(sourcesDirAbs, cwd),
    rawDir: displayPath(rawDirAbs, cwd),
    rawDirAbs,
  };
  problems.push(...files.flatMap((file) => checkFile(file, context)), ...uniqueProblems(files));

  return {
    problems: sortProblems(problems),
    caseCount: files.filter((f) => f.kind === 'case').length,
    sourceCount: files.filter((f) => f.kind === 'source').length,
  };
}
