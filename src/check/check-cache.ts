/**
 * What the checker found in each file, kept between runs (the build keeps it in
 * Astro's cache directory, src/integrations/content-check.ts): a file whose
 * text and path are the same as at the last run, checked by the same rules in
 * the same context (the sources and raw texts that exist), is not parsed and
 * checked again. At 10,000 cases the check is seconds of reading YAML; a
 * contributor's change touches a few files.
 *
 * Only the per-file results are kept; the cross-file rule (unique.ts) is run
 * on every file's keys each time.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Problem } from './problem.ts';
import type { CheckContext } from './rule.ts';

/** What a file's check gives: its problems, and the keys the cross-file rule compares. */
export interface FileResult<Keys> {
  problems: Problem[];
  keys: Keys;
}

export interface CheckCache<Keys> {
  /** The result kept for a file with this text at this path, if any. */
  get(path: string, kind: string, text: string): FileResult<Keys> | undefined;
  set(path: string, kind: string, text: string, result: FileResult<Keys>): void;
  /** Writes the results of this run (only those: files gone are forgotten). */
  save(): void;
}

/** The checker's code, the schema it applies and the packages: a change to any checks every file again. */
const codeRoots = ['../check', '../model', '../../package-lock.json'];

function hashTree(hash: ReturnType<typeof createHash>, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory())
    for (const name of readdirSync(path).sort()) hashTree(hash, join(path, name));
  else hash.update(`${path}\n`).update(readFileSync(path));
}

/** The rules' code and the context (sources, raw texts): what a file's result depends on besides the file. */
function fingerprint(context: CheckContext): string {
  const hash = createHash('sha256');
  for (const root of codeRoots) hashTree(hash, new URL(root, import.meta.url).pathname);
  const raw = existsSync(context.rawDirAbs) ? readdirSync(context.rawDirAbs).sort() : [];
  hash.update(
    JSON.stringify({
      sources: [...context.sourceSlugs].sort(),
      sourcesDir: context.sourcesDir,
      rawDir: context.rawDir,
      raw,
    }),
  );
  return hash.digest('hex');
}

const fileKey = (path: string, kind: string, text: string) =>
  createHash('sha256').update(`${kind}\n${path}\n`).update(text).digest('hex');

/** The cache kept in `file`, for a run in `context`; empty when the file is missing or from other code or context. */
export function openCheckCache<Keys>(file: string, context: CheckContext): CheckCache<Keys> {
  const print = fingerprint(context);
  let kept = new Map<string, FileResult<Keys>>();
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      fingerprint: string;
      results: [string, FileResult<Keys>][];
    };
    if (stored.fingerprint === print) kept = new Map(stored.results);
  } catch {
    // No cache yet, or an unreadable one: every file is checked.
  }
  const now = new Map<string, FileResult<Keys>>();
  return {
    get: (path, kind, text) => {
      const key = fileKey(path, kind, text);
      const result = kept.get(key);
      if (result) now.set(key, result);
      return result;
    },
    set: (path, kind, text, result) => void now.set(fileKey(path, kind, text), result),
    save: () => {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify({ fingerprint: print, results: [...now] }));
    },
  };
}
