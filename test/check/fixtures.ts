/** Runs the checker on a fixture folder of test/fixtures/check/ and returns the printed problem lines. */
import { fileURLToPath } from 'node:url';
import { checkContent, type CheckOptions } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/problem.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const fixtures = 'test/fixtures/check';

/** Checks `test/fixtures/check/<name>` against the fixture sources (test/fixtures/check/sources). */
export function checkFixture(name: string, options: CheckOptions = {}) {
  return checkContent({
    paths: [`${fixtures}/${name}`],
    sourcesDir: `${fixtures}/sources`,
    cwd: repoRoot,
    ...options,
  });
}

export const problemLines = (name: string, options: CheckOptions = {}): string[] =>
  checkFixture(name, options).problems.map(formatProblem);
