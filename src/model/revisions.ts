/**
 * When a case page last changed, so an official can see whether it changed
 * since they cited it. Two records, shown side by side:
 * - the editorial history in the frontmatter (`added`, `history`): reviewed,
 *   in words, and the only dates used in citations (最后修订);
 * - the git log of the case file, read once at build time (src/build/git-history.ts): every change to the
 *   file, with its commit. A fresh download without `.git`, or a machine
 *   without git, simply has no such record; a shallow clone has a partial one,
 *   and the page says so.
 */
import { isoDate, latest } from './dates.ts';

export interface RevisionEntry {
  date: string;
  /** What changed; `undefined` for the entry that records when the case was added. */
  note?: string;
}

export interface Revisions {
  /** 最后修订: the newest of `added` and the `history` dates, `YYYY-MM-DD`. */
  lastRevised: string;
  /** `added`, then each `history` entry, oldest first. */
  entries: RevisionEntry[];
}

/** The editorial record of a case, from its frontmatter. */
export function caseRevisions(added: Date, history: { date: Date; note: string }[]): Revisions {
  const sorted = [...history].sort((a, b) => a.date.getTime() - b.date.getTime());
  return {
    lastRevised: isoDate(latest([added, ...history.map((h) => h.date)])),
    entries: [
      { date: isoDate(added) },
      ...sorted.map((h) => ({ date: isoDate(h.date), note: h.note })),
    ],
  };
}
