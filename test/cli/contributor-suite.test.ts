/**
 * The new batch that `npm run test:contributor` adds (test/fixtures/contributor)
 * stays valid next to the real content: if a schema field or a rule is added
 * and the fixture is not updated, this fails in `npm test`, before the longer
 * contributor suite would.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { repoRoot } from '../check/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'contributor-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the contributor fixture', () => {
  test('is a new batch (text, source, case) that passes the check with the real content', () => {
    cpSync(join(repoRoot, 'content'), join(dir, 'content'), { recursive: true });
    const fixture = join(repoRoot, 'test/fixtures/contributor');
    for (const folder of ['raw', 'sources', 'cases']) {
      for (const name of readdirSync(join(fixture, folder))) {
        const file = join(fixture, folder, name);
        const existing = join(repoRoot, 'content', folder, name);
        // Only the copy that npm run test:contributor makes holds it already, unchanged.
        if (existsSync(existing))
          expect(readFileSync(existing, 'utf8')).toBe(readFileSync(file, 'utf8'));
        cpSync(file, join(dir, 'content', folder, name));
      }
    }
    const result = checkContent({ cwd: dir });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.caseCount).toBe(readdirSync(join(dir, 'content/cases')).length);
  });
});
