import { describe, expect, test } from 'vitest';
import { caseRevisions } from '../../src/model/revisions.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('caseRevisions', () => {
  test('dates 最后修订 by the newest of added and the history', () => {
    const revisions = caseRevisions(d('2026-11-24'), [
      { date: d('2026-12-10'), note: '补充数字一览' },
      { date: d('2026-12-01'), note: '修复原文中的乱码段落' },
    ]);
    expect(revisions).toEqual({
      lastRevised: '2026-12-10',
      entries: [
        { date: '2026-11-24' },
        { date: '2026-12-01', note: '修复原文中的乱码段落' },
        { date: '2026-12-10', note: '补充数字一览' },
      ],
    });
  });

  test('is the date the case was added when it has no history', () => {
    expect(caseRevisions(d('2026-11-24'), []).lastRevised).toBe('2026-11-24');
  });
});
