/** What every rule receives and returns. */
import type { ContentFile } from './content-file.ts';
import type { Problem } from './problem.ts';
import { fieldPath } from './problem.ts';

export interface CheckContext {
  /** Slugs of the sources that exist (file names in the sources folder). */
  sourceSlugs: ReadonlySet<string>;
  /** The sources folder and the raw texts folder, as shown in messages. */
  sourcesDir: string;
  rawDir: string;
  /** Absolute path of the raw texts folder. */
  rawDirAbs: string;
  /** Ids in use: the case files being checked and those of `content/cases/`, for the next free id. */
  caseIds: ReadonlySet<string>;
}

/** A rule about one file. Rules read `file.data` defensively: the schema rule reports wrong types. */
export type FileRule = (file: ContentFile, context: CheckContext) => Problem[];

/** A problem at a frontmatter field, on the line of that field. */
export const problemAt = (
  file: ContentFile,
  path: readonly PropertyKey[],
  what: string,
  fix: string,
): Problem => ({
  file: file.path,
  line: file.lineOf(path),
  field: fieldPath(path),
  what,
  fix,
});

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
