/**
 * Turns the paths given to the checker into the content files to check.
 * A folder means its `*.mdx` files (not sub-folders: the site's collections read
 * `content/cases/*.mdx` only). A file inside the sources folder is a source; any
 * other file is a case.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
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

export const displayPath = (absPath: string, cwd: string): string => relative(cwd, absPath).split(sep).join('/') || '.';

const isInside = (absPath: string, dir: string) => absPath.startsWith(dir + sep);

export function collectFiles(paths: string[], sourcesDirAbs: string, cwd: string): { files: FileToCheck[]; problems: Problem[] } {
  const files: FileToCheck[] = [];
  const problems: Problem[] = [];
  const add = (absPath: string) => {
    if (files.some((f) => f.absPath === absPath)) return;
    files.push({ absPath, path: displayPath(absPath, cwd), kind: isInside(absPath, sourcesDirAbs) ? 'source' : 'case' });
  };
  for (const given of paths) {
    const absPath = resolve(cwd, given);
    if (!existsSync(absPath)) throw new MissingPathError(`路径不存在：${given}`);
    if (!statSync(absPath).isDirectory()) {
      add(absPath);
      continue;
    }
    for (const name of readdirSync(absPath).sort()) {
      if (name.endsWith('.mdx')) add(join(absPath, name));
      // A `.md` file is not read by the site: say so rather than let the case silently not appear.
      else if (name.endsWith('.md') && name !== 'README.md') {
        problems.push({
          file: displayPath(join(absPath, name), cwd), line: 1, field: '文件名',
          what: '扩展名是 .md，网站不会读取这个文件', fix: `改名为 ${name.replace(/\.md$/, '.mdx')}`,
        });
      }
    }
  }
  return { files, problems };
}
