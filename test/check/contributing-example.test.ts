import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { repoRoot } from './fixtures.ts';

describe('the example case in CONTRIBUTING.md', () => {
  test('passes npm run check against the real sources, as contributors are told', () => {
    const guide = readFileSync(join(repoRoot, 'CONTRIBUTING.md'), 'utf8');
    const example = /<!-- example-case[^\n]*-->\n```mdx\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    const id = /^id: (\S+)$/m.exec(example!)![1];
    // Alone in a folder: the real case with the same id must not count as a duplicate.
    const dir = mkdtempSync(join(tmpdir(), 'contributing-'));
    writeFileSync(join(dir, `${id}.mdx`), `${example}\n`);
    const result = checkContent({ paths: [dir], sourcesDir: 'content/sources', cwd: repoRoot });
    expect(result.problems.map(formatProblem)).toEqual([]);
  });
});
