/**
 * The committed content passes every rule of `npm run check`. What the content
 * must be is written as those rules (src/check/rules/, each tested on its own
 * fixture), not as facts about today's cases, so a contributor who adds a
 * valid case keeps this green.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { checkContent } from '../../src/check/check-content.ts';
import { formatProblem } from '../../src/check/problem.ts';
import { repoRoot } from '../check/fixtures.ts';

const count = (dir: string) =>
  readdirSync(`${repoRoot}${dir}`).filter((name) => name.endsWith('.mdx')).length;

describe('the content of the knowledge base', () => {
  test('passes every rule of npm run check, for every case and source file', () => {
    const result = checkContent({ cwd: repoRoot });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.caseCount).toBe(count('content/cases'));
    expect(result.sourceCount).toBe(count('content/sources'));
    expect(result.caseCount).toBeGreaterThan(0);
  });
});
