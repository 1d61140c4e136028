/**
 * The content checker: runs every rule on the given case and source files.
 * Used by `npm run check` (cli/check.ts) and by the build (src/integrations/content-check.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { contentNames, readContentFile, type ContentFile } from './content-file.ts';
import { collectFiles, displayPath, type FileToCheck } from './collect-files.ts';
import { sortProblems, type Problem } from './problem.ts';
import type { CheckContext, FileRule } from './rule.ts';
import { frontmatterSyntaxProblems } from './rules/frontmatter-syntax.ts';
import { schemaProblems } from './rules/schema.ts';
import { unknownFieldProblems } from './rules/unknown-fields.ts';
import { fileNameProblems } from './rules/file-name.ts';
import { keywordProblems } from './rules/keywords.ts';
import { metricQuoteProblems } from './rules/metrics/metric-quotes.ts';
import { metricFigureProblems } from './rules/metrics/metric-figures.ts';
import { sourceExistsProblems } from './rules/source-exists.ts';
import { rawExistsProblems } from './rules/raw-exists.ts';
import { cleanTextProblems } from './rules/text/clean-text.ts';
import { simplifiedTextProblems } from './rules/text/simplified-text.ts';
import { mdxContentOnlyProblems } from './rules/text/mdx-content-only.ts';
import { bodyStructureProblems } from './rules/text/body-structure.ts';
import { claimsOf, uniqueProblems } from './rules/unique.ts';
import { placeholderProblems } from './rules/placeholders-left.ts';
import { sourceNoteProblems } from './rules/source-notes.ts';
import { idMatchesCaseProblems } from './rules/id-matches-case.ts';
import { metricApproxProblems } from './rules/metrics/metric-approx.ts';
import { renderableBodyProblems } from './rules/text/renderable-body.ts';
import { openCheckCache, type FileResult } from './check-cache.ts';

export interface CheckOptions {
  /** Files or folders to check. Default: the cases folder and the sources folder. */
  paths?: string[];
  /** Folder of the sources, which a case's `source` refers to. Default `content/sources`. */
  sourcesDir?: string;
  /** Folder of the raw texts, which a source's `raw` refers to. Default: `raw` next to the sources folder. */
  rawDir?: string;
  /** Folder that relative paths start from, and that messages show paths relative to. Default: the working directory. */
  cwd?: string;
  /**
   * A file keeping each file's result between runs (check-cache.ts): an unchanged file is not
   * checked again. Only `checkContentInParallel` (the build) uses it.
   */
  cacheFile?: string;
  /**
   * Checks every file on worker threads, none on this one, which stays free (the build syncs the
   * content meanwhile: src/build/content-check-run.ts). Only `checkContentInParallel` uses it.
   */
  offMainThread?: boolean;
}

export interface CheckResult {
  problems: Problem[];
  caseCount: number;
  sourceCount: number;
}

export const DEFAULT_PATHS = ['content/cases', 'content/sources'];
export const DEFAULT_SOURCES_DIR = 'content/sources';

/** Rules that need valid frontmatter data. */
const frontmatterRules: FileRule[] = [
  schemaProblems,
  unknownFieldProblems,
  fileNameProblems,
  keywordProblems,
  placeholderProblems,
];
const caseRules: FileRule[] = [
  metricQuoteProblems,
  metricFigureProblems,
  metricApproxProblems,
  sourceExistsProblems,
  idMatchesCaseProblems,
];
const sourceRules: FileRule[] = [rawExistsProblems, sourceNoteProblems];

function checkFile(file: ContentFile, context: CheckContext): Problem[] {
  const syntax = frontmatterSyntaxProblems(file);
  const rules = syntax.length
    ? []
    : [...frontmatterRules, ...(file.kind === 'case' ? caseRules : sourceRules)];
  return [
    ...syntax,
    ...rules.flatMap((rule) => rule(file, context)),
    ...cleanTextProblems(file),
    ...simplifiedTextProblems(file),
    ...mdxContentOnlyProblems(file),
    ...bodyStructureProblems(file),
    ...renderableBodyProblems(file),
  ];
}

/** What the cross-file rule (unique.ts) needs of a file, without keeping the file. */
interface UniqueKeys {
  absPath: string;
  path: string;
  kind: ContentFile['kind'];
  keys: string[];
}

const uniqueKeys = (file: ContentFile): UniqueKeys => ({
  absPath: file.absPath,
  path: file.path,
  kind: file.kind,
  keys: claimsOf(file.kind, file.data).map((claim) => claim.key),
});

/** Checks some files, one by one: their problems, and what the cross-file rule needs. Runs in a worker too. */
export function checkFiles(
  toCheck: readonly FileToCheck[],
  context: CheckContext,
): { problems: Problem[]; keys: UniqueKeys[] } {
  const problems: Problem[] = [];
  const keys: UniqueKeys[] = [];
  for (const f of toCheck) {
    const file = readContentFile(f.absPath, f.path, f.kind);
    problems.push(...checkFile(file, context));
    keys.push(uniqueKeys(file));
  }
  return { problems, keys };
}

interface Prepared {
  files: FileToCheck[];
  problems: Problem[];
  context: CheckContext;
}

function prepare(options: CheckOptions): Prepared {
  const cwd = resolve(options.cwd ?? process.cwd());
  const sourcesDirAbs = resolve(cwd, options.sourcesDir ?? DEFAULT_SOURCES_DIR);
  const rawDirAbs = options.rawDir
    ? resolve(cwd, options.rawDir)
    : join(dirname(sourcesDirAbs), 'raw');
  const paths = options.paths?.length
    ? options.paths
    : DEFAULT_PATHS.filter((p) => existsSync(resolve(cwd, p)));
  const { files, problems } = collectFiles(paths, sourcesDirAbs, cwd);
  const caseIds = new Set([
    ...contentNames(resolve(cwd, DEFAULT_PATHS[0]!)),
    ...files
      .filter((f) => f.kind === 'case')
      .map((f) => basename(f.absPath).replace(/\.mdx?$/, '')),
  ]);
  const context: CheckContext = {
    caseIds,
    // A case may cite a source of the sources folder, or a new source checked with it (import drafts).
    sourceSlugs: new Set([
      ...contentNames(sourcesDirAbs),
      ...files
        .filter((f) => f.kind === 'source')
        .map((f) => basename(f.absPath).replace(/\.mdx?$/, '')),
    ]),
    sourcesDir: displayPath(sourcesDirAbs, cwd),
    rawDir: displayPath(rawDirAbs, cwd),
    rawDirAbs,
  };
  return { files, problems, context };
}

/** The cross-file problems: only files that share a key are read again, to point at their lines. */
function finish(
  prepared: Prepared,
  parts: { problems: Problem[]; keys: UniqueKeys[] }[],
): CheckResult {
  const claims = new Map<string, UniqueKeys[]>();
  for (const file of parts.flatMap((part) => part.keys)) {
    for (const key of file.keys) claims.set(key, [...(claims.get(key) ?? []), file]);
  }
  const sharing = new Map<string, UniqueKeys>();
  for (const group of claims.values())
    if (group.length > 1) for (const file of group) sharing.set(file.absPath, file);
  const reread = [...sharing.values()].map((f) => readContentFile(f.absPath, f.path, f.kind));
  const problems = [
    ...prepared.problems,
    ...parts.flatMap((part) => part.problems),
    ...uniqueProblems(reread),
  ];
  return {
    problems: sortProblems(problems),
    caseCount: prepared.files.filter((f) => f.kind === 'case').length,
    sourceCount: prepared.files.filter((f) => f.kind === 'source').length,
  };
}

export function checkContent(options: CheckOptions = {}): CheckResult {
  const prepared = prepare(options);
  return finish(prepared, [checkFiles(prepared.files, prepared.context)]);
}

/** Below this many files, a worker thread costs more than it saves. */
const parallelFrom = 400;

/**
 * The same check, with the files shared between this thread and a worker
 * thread (src/check/check-worker.ts), for the build: at 10,000 cases the
 * check is several seconds of reading YAML. Same problems, same order. With
 * `cacheFile`, only files changed since the last run are checked.
 */
export async function checkContentInParallel(options: CheckOptions = {}): Promise<CheckResult> {
  const prepared = prepare(options);
  const cache =
    options.cacheFile === undefined
      ? undefined
      : openCheckCache<UniqueKeys>(
          resolve(options.cwd ?? process.cwd(), options.cacheFile),
          prepared.context,
        );
  // Files whose result from an earlier run still holds are not checked again.
  const kept: { problems: Problem[]; keys: UniqueKeys[] } = { problems: [], keys: [] };
  const texts = new Map<string, string>();
  let files = prepared.files;
  if (cache) {
    files = [];
    for (const f of prepared.files) {
      const text = readFileSync(f.absPath, 'utf8');
      const result = cache.get(f.path, f.kind, text);
      if (result) {
        kept.problems.push(...result.problems);
        kept.keys.push(result.keys);
      } else {
        files.push(f);
        texts.set(f.path, text);
      }
    }
  }
  const parts = [
    kept,
    ...(await checkInParallel(files, prepared.context, options.offMainThread ?? false)),
  ];
  if (cache) {
    for (const part of parts.slice(1))
      for (const keys of part.keys) {
        const result: FileResult<UniqueKeys> = {
          problems: part.problems.filter((p) => p.file === keys.path),
          keys,
        };
        cache.set(keys.path, keys.kind, texts.get(keys.path)!, result);
      }
    cache.save();
  }
  return finish(prepared, parts);
}

/**
 * Checks files on this thread and, when they are many, a worker thread (or, `offMain`, on one
 * worker thread, two when they are many); the parts of the result, in file order.
 */
async function checkInParallel(
  files: FileToCheck[],
  context: CheckContext,
  offMain: boolean,
): Promise<{ problems: Problem[]; keys: UniqueKeys[] }[]> {
  if (files.length === 0) return [];
  if (files.length < parallelFrom)
    return [offMain ? await inWorker(files, context) : checkFiles(files, context)];
  const half = Math.floor(files.length / 2);
  const second = inWorker(files.slice(half), context);
  const first = offMain
    ? inWorker(files.slice(0, half), context)
    : Promise.resolve().then(() => checkFiles(files.slice(0, half), context));
  return Promise.all([first, second]);
}

/** Checks files on a worker thread (src/check/check-worker.ts). */
async function inWorker(
  files: FileToCheck[],
  context: CheckContext,
): Promise<{ problems: Problem[]; keys: UniqueKeys[] }> {
  const worker = new Worker(new URL('./check-worker.ts', import.meta.url), {
    workerData: { files, context },
  });
  try {
    return await new Promise((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`check worker exited (${code})`)));
    });
  } finally {
    await worker.terminate();
  }
}
