import { describe, expect, test } from 'vitest';
import { problemLines } from '../fixtures.ts';

describe('a division newer than the division-code data', () => {
  test('passes the check when it is in the reviewed table (src/model/newer-divisions.ts)', () => {
    expect(problemLines('newer-division')).toEqual([]);
  });
});
