import { afterAll, describe, expect, test } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, checkContentInParallel } from '../../src/check/check-content.ts';
import { contentCases } from '../support/content.ts';
import { repoRoot } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'check-cache-'));
mkdirSync(join(dir, 'cases'));
const ids = contentCases()
  .map((c) => c.id)
  .slice(0, 3);
for (const id of ids)
  copyFileSync(join(repoRoot, 'content/cases', `${id}.mdx`), join(dir, 'cases', `${id}.mdx`));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = {
  paths: [join(dir, 'cases')],
  sourcesDir: join(repoRoot, 'content/sources'),
  cwd: dir,
  cacheFile: join(dir, 'cache/check.json'),
};

describe('the check with the results of its last run', () => {
  test('finds what a check of every file finds, and again when nothing changed', async () => {
    const { cacheFile: _, ...uncached } = options;
    const all = checkContent(uncached);
    expect(await checkContentInParallel(options)).toEqual(all);
    expect(await checkContentInParallel(options)).toEqual(all);
  });

  test('checks a changed file again and takes the others as they were', async () => {
    await checkContentInParallel(options);
    // A result kept for an unchanged file is used as it is (here, one planted for the test) …
    const cache = JSON.parse(readFileSync(options.cacheFile, 'utf8'));
    const kept = cache.results.find(([, r]: [string, { keys: { path: string } }]) =>
      r.keys.path.endsWith(`${ids[0]}.mdx`),
    )[1];
    kept.problems = [{ file: kept.keys.path, line: 1, field: 'id', what: '留存的结果', fix: '—' }];
    writeFileSync(options.cacheFile, JSON.stringify(cache));
    // … while a file whose text changed is checked again.
    const changed = join(dir, 'cases', `${ids[1]}.mdx`);
    writeFileSync(changed, readFileSync(changed, 'utf8').replace(/^id: .*$/m, 'id: wrong-id'));
    const problems = (await checkContentInParallel(options)).problems;
    expect(problems.map((p) => p.what)).toContain('留存的结果');
    expect(problems.some((p) => p.file.endsWith(`${ids[1]}.mdx`) && p.field === 'id')).toBe(true);
  });
});
