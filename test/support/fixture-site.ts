/**
 * A site built from a small collection of a test's own: a copy of the project
 * (cli/bench/workspace.ts) whose content/cases and content/sources are
 * replaced by a fixture's, built as `npm run build` builds and served over
 * HTTP. Tests on it know their counts, dates and values, so they never depend
 * on the real collection.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../cli/bench/workspace.ts';
import { serveDist } from '../../cli/harness/server.ts';
import { astroBuild } from './astro-build.ts';

const root = new URL('../..', import.meta.url).pathname;

export interface FixtureSite {
  /** The copy of the project. */
  dir: string;
  /** Where its dist/ is served. */
  baseURL: string;
  close: () => Promise<void>;
}

/** Builds and serves the collection of `test/fixtures/<name>/` (its `cases/` and `sources/`). */
export async function fixtureSite(name: string): Promise<FixtureSite> {
  const fixture = new URL(`../fixtures/${name}/`, import.meta.url).pathname;
  const dir = mkdtempSync(join(tmpdir(), `${name}-`));
  copyProject(root, dir);
  for (const folder of ['cases', 'sources']) {
    rmSync(join(dir, 'content', folder), { recursive: true, force: true });
    cpSync(join(fixture, folder), join(dir, 'content', folder), { recursive: true });
  }
  const built = await astroBuild(dir);
  if (built.failed)
    throw new Error(`the fixture site ${name} did not build:\n${built.output.slice(-3000)}`);
  const { server, url } = await serveDist(join(dir, 'dist'));
  return {
    dir,
    baseURL: url,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
