import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { writeSyntheticContent } from '../../../cli/bench/synthetic.ts';
import { checkContent } from '../../../src/check/check-content.ts';

const real = new URL('../../../content', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the bench's synthetic collection", () => {
  test('passes the content check, so that the bench builds it (ids of the province and year, three rounds and more)', () => {
    cpSync(join(real, 'raw'), join(dir, 'content/raw'), { recursive: true });
    const n = readdirSync(join(real, 'cases')).length * 3 + 5;
    writeSyntheticContent(real, join(dir, 'content'), n);
    expect(readdirSync(join(dir, 'content/cases'))).toHaveLength(n);
    const result = checkContent({ paths: ['content/cases', 'content/sources'], cwd: dir });
    expect(result.caseCount).toBe(n);
    expect(result.problems.slice(0, 3)).toEqual([]);
  });
});
