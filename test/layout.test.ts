/**
 * The layout of README.md, as rules on the tree: which folders may import what, and which code
 * may run in the browser. A module put in the wrong folder fails here with the rule it breaks.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, normalize, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function modules(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return modules(path);
    return /\.(ts|astro|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What a module imports: package names as written, project files as paths from the root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((s) => (s.startsWith('.') ? normalize(join(dirname(file), s)) : s));
}

/** The modules of src/site/ that run in the browser too: the search page builds case links with them. */
const isomorphicSite = ['src/site/routes.ts', 'src/site/site-url.ts'];

const all = [...modules('src'), ...modules('cli')];
const under = (folder: string) => all.filter((file) => file.startsWith(`${folder}/`));

describe('the layout', () => {
  test('the routes the browser uses import nothing Node-only', () => {
    const wrong = isomorphicSite.flatMap((file) =>
      importsOf(file)
        .filter((s) => /^node:|^(src\/(build|check)|cli)\//.test(s))
        .map((s) => `${file} → ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  test.each(['src/model', 'src/search', 'src/i18n', 'src/client'])(
    '%s runs anywhere: no Node built-ins, no build, check, site or command code',
    (folder) => {
      const wrong = under(folder).flatMap((file) =>
        importsOf(file)
          .filter(
            (s) => /^node:|^(src\/(build|check|site)|cli)\//.test(s) && !isomorphicSite.includes(s),
          )
          .map((s) => `${file} → ${s}`),
      );
      expect(wrong).toEqual([]);
    },
  );

  test('src/model knows nothing of pages or Astro', () => {
    const wrong = under('src/model').flatMap((file) =>
      importsOf(file)
        .filter((s) => /^astro:|^src\/(components|layouts|pages|integrations)\//.test(s))
        .map((s) => `${file} → ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  test('nothing in src/ imports the commands or the tests', () => {
    const wrong = under('src').flatMap((file) =>
      importsOf(file)
        .filter((s) => /^(cli|test)\//.test(s))
        .map((s) => `${file} → ${s}`),
    );
    expect(wrong).toEqual([]);
  });

  test('no two modules share a name (routes excepted)', () => {
    const names = all
      .filter((file) => !file.startsWith('src/pages/'))
      .map((file) => basename(file).replace(/\.(ts|astro|mjs)$/, ''));
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  test('no folder holds more than 15 modules', () => {
    const counts = new Map<string, number>();
    for (const file of all) counts.set(dirname(file), (counts.get(dirname(file)) ?? 0) + 1);
    expect(
      [...counts].filter(([, n]) => n > 15).map(([dir, n]) => `${relative('.', dir)}: ${n}`),
    ).toEqual([]);
  });
});
