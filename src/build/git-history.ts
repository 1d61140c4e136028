/**
 * The version-control record of the case files (see src/model/revisions.ts): one `git log` for all
 * of `content/cases/` per build. A fresh download without `.git`, or a machine without git, simply
 * has no such record; a shallow clone has a partial one, and the page says so.
 */
import { execFileSync } from 'node:child_process';

export interface FileCommit {
  /** Full commit hash. */
  hash: string;
  /** Commit date, `YYYY-MM-DD`. */
  date: string;
}

export interface GitHistory {
  /** Commits per file path (relative to the project root, e.g. `content/cases/nx-2025-01.mdx`), newest first. */
  files: Map<string, FileCommit[]>;
  /** True in a shallow clone: older commits are missing. */
  shallow: boolean;
}

const RECORD = '\x1e';

/** The arguments of the one `git log` call the build makes (format parsed by `parseGitLog`). */
export const gitLogArgs = (paths: string[]) => [
  'log',
  `--format=${RECORD}%H%x09%cs`,
  '--name-only',
  '--relative',
  '--no-renames',
  '--',
  ...paths,
];

/** Parses `git log --format=<RS>%H<TAB>%cs --name-only` output into commits per file, newest first. */
export function parseGitLog(output: string): Map<string, FileCommit[]> {
  const files = new Map<string, FileCommit[]>();
  for (const record of output.split(RECORD)) {
    const [header, ...names] = record.split('\n');
    const [hash, date] = (header ?? '').split('\t');
    if (!hash || !date) continue;
    for (const name of names.map((n) => n.trim()).filter(Boolean)) {
      const list = files.get(name) ?? [];
      list.push({ hash, date });
      files.set(name, list);
    }
  }
  return files;
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    // No git, not a repository, or no commits yet: the page shows no version-control record.
    return undefined;
  }
}

const cache = new Map<string, GitHistory | null>();

/**
 * The git history of `content/cases/`, read once per build (one `git log`
 * for all cases, not one per page). `null` when there is no usable repository.
 */
export function caseFileHistory(cwd = process.cwd()): GitHistory | null {
  const known = cache.get(cwd);
  if (known !== undefined) return known;
  const log = git(gitLogArgs(['content/cases']), cwd);
  const shallow = git(['rev-parse', '--is-shallow-repository'], cwd)?.trim() === 'true';
  const history = log === undefined ? null : { files: parseGitLog(log), shallow };
  cache.set(cwd, history);
  return history;
}
