import { describe, expect, test } from 'vitest';
import { summaryLine } from '../../src/check/report.ts';
import { checkFixture, fixtures } from './fixtures.ts';

describe('a valid case and its source', () => {
  test('pass every rule, with a one-line summary', () => {
    const result = checkFixture('valid', { paths: [`${fixtures}/valid`, `${fixtures}/sources`] });
    expect(result.problems).toEqual([]);
    expect(summaryLine(result)).toMatchInlineSnapshot(`"✓ 已检查 1 个案例、1 个来源，未发现问题"`);
  });
});
