/**
 * Turns the paths given to the checker into the content files to check.
 * A folder means its `*.mdx` files, and those of its `cases/` and `sources/` sub-folders
 * (so `npm run check -- drafts` checks what `npm run import` wrote); other sub-folders
 * are not read, as the site's collections read `content/cases/*.mdx` only.
 * A file inside the sources folder, or in any folder named `sources`, is a source;
 * any other file is a case.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { ContentKind } from './content-file.ts';
import type { Problem } from './problem.ts';

export interface FileToCheck {
  absPath: string;
  /** Path as shown in messages: relative to the working directory, `/` separators. */
  path: string;
  kind: ContentKind;
}

/** A path given on the command line that does not exist: a usage error, not a content problem. */
export class MissingPathError extends Error {}

export const displayPath = (absPath: string, cwd: string): string =>
  relative(cwd, absPath).split(sep).join('/') || '.';

const isSource = (absPath: string, sourcesDirAbs: string) =>
  absPath.startsWith(sourcesDirAbs + sep) || basename(dirname(absPath)) === 'sources';

/** The `*.mdx` files of a folder, then those of its `cases/` and `sources/` sub-folders. */
function folderFiles(dir: string): string[] {
  const names = readdirSync(dir).sort();
  return [
    ...names.map((name) => join(dir, name)),
    ...['cases', 'sources']
      .filter((sub) => names.includes(sub) && statSync(join(dir, sub)).isDirectory())
      .flatMap((sub) =>
        readdirSync(join(dir, sub))
          .sort()
          .map((name) => join(dir, sub, name)),
      ),
  ].filter((path) => !statSync(path).isDirectory());
}

export function collectFiles(
  paths: string[],
  sourcesDirAbs: string,
  cwd: string,
): { files: FileToCheck[]; problems: Problem[] } {
  const files: FileToCheck[] = [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const add = (absPath: string) => {
    if (seen.has(absPath)) return;
    seen.add(absPath);
    files.push({
      absPath,
      path: displayPath(absPath, cwd),
      kind: isSource(absPath, sourcesDirAbs) ? 'source' : 'case',
    });
  };
  for (const given of paths) {
    const absPath = resolve(cwd, given);
    if (!existsSync(absPath)) throw new MissingPathError(`路径不存在：${given}`);
    if (!statSync(absPath).isDirectory()) {
      add(absPath);
      continue;
    }
    for (const path of folderFiles(absPath)) {
      const name = basename(path);
      if (name.endsWith('.mdx')) add(path);
      // A `.md` file is not read by the site: say so rather than let the case silently not appear.
      else if (name.endsWith('.md') && name !== 'README.md') {
        problems.push({
          file: displayPath(path, cwd),
          line: 1,
          field: '文件名',
          what: '扩展名是 .md，网站不会读取这个文件',
          fix: `改名为 ${name.replace(/\.md$/, '.mdx')}`,
        });
      }
    }
  }
  return { files, problems };
}
