/**
 * A throwaway copy of a project for a benchmark build: every file except
 * node_modules, dist, .git and caches, with node_modules made of symlinks to
 * the original packages (so nothing is installed, and the caches Astro and
 * Vite write under node_modules/ stay in the copy).
 */
import { cpSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const skipped = new Set(['node_modules', 'dist', '.git', '.astro', '.bench', 'test-results']);

export function copyProject(from: string, to: string): void {
  cpSync(from, to, {
    recursive: true,
    filter: (source) => {
      const rel = relative(from, source);
      return rel === '' || !skipped.has(rel.split('/')[0]!);
    },
  });
  linkNodeModules(join(from, 'node_modules'), join(to, 'node_modules'));
}

/** node_modules/ with a symlink per package; dot-directories (caches) other than .bin are left out. */
export function linkNodeModules(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (name.startsWith('.') && name !== '.bin') continue;
    symlinkSync(join(from, name), join(to, basename(name)));
  }
}
