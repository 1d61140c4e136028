import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { caseFileHistory, gitLogArgs, parseGitLog } from '../../src/build/git-history.ts';

/** A repository with one case file committed twice; returns its directory. */
function repositoryWithHistory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'revisions-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], {
      cwd: dir,
    });
  git('init', '-q');
  mkdirSync(join(dir, 'content/cases'), { recursive: true });
  writeFileSync(join(dir, 'content/cases/x.mdx'), 'one');
  git('add', '.');
  git('commit', '-qm', 'add');
  writeFileSync(join(dir, 'content/cases/x.mdx'), 'two');
  git('commit', '-qam', 'change');
  return dir;
}

describe('caseFileHistory', () => {
  test('reads every commit of each case file', () => {
    const history = caseFileHistory(repositoryWithHistory());
    expect(history?.shallow).toBe(false);
    expect(history?.files.get('content/cases/x.mdx')).toHaveLength(2);
  });

  test('is null in a copy without .git, so the page says it has no record', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    mkdirSync(join(dir, 'content/cases'), { recursive: true });
    writeFileSync(join(dir, 'content/cases/x.mdx'), 'one');
    expect(caseFileHistory(dir)).toBeNull();
  });

  test('says so in a shallow clone, which has only the newest commit', () => {
    const source = repositoryWithHistory();
    const clone = mkdtempSync(join(tmpdir(), 'shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${source}`, clone]);
    const history = caseFileHistory(clone);
    expect(history?.shallow).toBe(true);
    expect(history?.files.get('content/cases/x.mdx')).toHaveLength(1);
  });
});

describe('parseGitLog', () => {
  test('lists the commits of each file, newest first', () => {
    const output = [
      '\x1eaaaaaaa1\t2026-12-02\n\ncontent/cases/nx-2025-01.mdx\ncontent/cases/nx-2025-02.mdx\n',
      '\x1ebbbbbbb2\t2026-11-24\n\ncontent/cases/nx-2025-01.mdx\n',
    ].join('');
    const files = parseGitLog(output);
    expect(files.get('content/cases/nx-2025-01.mdx')).toEqual([
      { hash: 'aaaaaaa1', date: '2026-12-02' },
      { hash: 'bbbbbbb2', date: '2026-11-24' },
    ]);
    expect(files.get('content/cases/nx-2025-02.mdx')).toEqual([
      { hash: 'aaaaaaa1', date: '2026-12-02' },
    ]);
  });

  test('reads the output of the real git log command', () => {
    const dir = repositoryWithHistory();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8' });
    const commits = parseGitLog(git(...gitLogArgs(['content/cases']))).get('content/cases/x.mdx');
    expect(commits).toHaveLength(2);
    expect(commits![0]!.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(commits![0]!.hash).toBe(git('rev-parse', 'HEAD').trim());
  });
});
