import { afterAll, describe, expect, test } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkContent, checkContentInParallel } from '../../src/check/check-content.ts';
import { repoRoot } from './fixtures.ts';

// 480 files: copies of the real cases under other names, so there are problems of every kind the
// copies can have (file name ≠ id, the same id and the same source case number in many files).
const dir = mkdtempSync(join(tmpdir(), 'check-parallel-'));
mkdirSync(join(dir, 'cases'));
const real = readdirSync(join(repoRoot, 'content/cases')).filter((name) => name.endsWith('.mdx'));
for (let i = 0; i < 480; i++)
  copyFileSync(
    join(repoRoot, 'content/cases', real[i % real.length]!),
    join(dir, 'cases', `zz-2025-${String(i).padStart(3, '0')}.mdx`),
  );
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checking on two threads', () => {
  test('finds the same problems, in the same order, as checking on one', async () => {
    const options = {
      paths: [join(dir, 'cases')],
      sourcesDir: join(repoRoot, 'content/sources'),
      cwd: dir,
    };
    const one = checkContent(options);
    const two = await checkContentInParallel(options);
    expect(one.caseCount).toBe(480);
    expect(one.problems.some((p) => p.what.includes('重复'))).toBe(true);
    expect(one.problems.some((p) => p.what.includes('也出现在'))).toBe(true);
    expect(two).toEqual(one);
    // As the build checks, on two worker threads while its own thread syncs the content.
    const offMain = await checkContentInParallel({ ...options, offMainThread: true });
    expect(offMain).toEqual(one);
  }, 60_000); // 1,440 files checked three times: slow on a busy machine, and not a timing test
});
