/**
 * A rebuild after a contributor adds one case and retitles a source, with the
 * caches the last build left in node_modules/.astro/ (as a CI runner restores
 * them), restores the unchanged case pages instead of rendering them (Astro's incremental build,
 * keys from src/build/cache-key.ts), makes their twins and search records from
 * the caches and the restored files, and writes the same site, byte for byte,
 * as a cold build of the same content.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../cli/bench/workspace.ts';
import { compareDirs } from '../../cli/compare-dist.ts';
import { astroBuild } from '../support/astro-build.ts';
import { contentCases } from '../support/content.ts';
import { nextCaseIdAfter, parseCaseId } from '../../src/model/case-id.ts';

const root = new URL('../..', import.meta.url).pathname;
const rebuilt = mkdtempSync(join(tmpdir(), 'incremental-rebuilt-'));
const cold = mkdtempSync(join(tmpdir(), 'incremental-cold-'));
let log = '';

/** A copy of the project with its git history (the pages show it), without dist/ and caches. */
function copyWithHistory(dir: string) {
  copyProject(root, dir);
  if (existsSync(join(root, '.git')))
    cpSync(join(root, '.git'), join(dir, '.git'), { recursive: true });
}

/** One more case (a copy of the first, with the next free id of its province and year, and a number of its own), and another source's title changed. */
function change(dir: string): string {
  const other = contentCases().find((c) => c.data.source !== contentCases()[0]!.data.source);
  if (other) {
    const file = join(dir, 'content/sources', `${other.data.source}.mdx`);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1（修订）'));
  }
  const first = contentCases().sort((a, b) => a.id.localeCompare(b.id))[0]!;
  const { prefix, year } = parseCaseId(first.id)!;
  const id = nextCaseIdAfter(
    contentCases().map((c) => c.id),
    prefix,
    year,
  );
  const numbers = contentCases()
    .filter((c) => c.data.source === first.data.source)
    .map((c) => c.data.number);
  const text = readFileSync(join(root, 'content/cases', `${first.id}.mdx`), 'utf8')
    .replace(/^id: .*$/m, `id: ${id}`)
    .replace(/^title: (.*)$/m, 'title: $1（续）')
    .replace(/^number: .*$/m, `number: ${Math.max(...numbers) + 1}`);
  writeFileSync(join(dir, 'content/cases', `${id}.mdx`), text);
  return id;
}

let added = '';
beforeAll(async () => {
  copyWithHistory(rebuilt);
  const first = await astroBuild(rebuilt);
  if (first.failed) throw new Error(first.output.slice(-2000));
  added = change(rebuilt);
  // As on a CI runner: no dist/, the cache directory restored.
  rmSync(join(rebuilt, 'dist'), { recursive: true, force: true });
  copyWithHistory(cold);
  change(cold);
  const [again, fresh] = await Promise.all([astroBuild(rebuilt), astroBuild(cold)]);
  if (again.failed) throw new Error(again.output.slice(-2000));
  if (fresh.failed) throw new Error(fresh.output.slice(-2000));
  // Without colours: Astro's logger colours its lines when CI is set, even into a pipe.
  log = stripVTControlCharacters(again.output);
}, 400_000);
afterAll(() => {
  for (const dir of [rebuilt, cold]) rmSync(dir, { recursive: true, force: true });
});

describe('a rebuild after one case is added and a source retitled', () => {
  test('restores the unchanged case pages and renders the new one', () => {
    const restored = log.match(/\(restored\)/g)?.length ?? 0;
    expect(restored).toBeGreaterThan(contentCases().length / 2);
    // Rendered, not restored. Lines of parallel renders can run together, so only what follows the path counts.
    expect(log).toContain(`/zh-hans/cases/${added}/index.html`);
    expect(log).not.toMatch(new RegExp(`/zh-hans/cases/${added}/index\\.html \\(restored\\)`));
    expect(log).toMatch(
      /traditional pages made from the simplified ones \([1-9]\d* from the twin cache/,
    );
  });

  test('writes the same site as a cold build of the same content, byte for byte', () => {
    const differences = compareDirs(join(cold, 'dist'), join(rebuilt, 'dist'));
    expect(differences.slice(0, 3)).toEqual([]);
    expect(existsSync(join(rebuilt, 'dist/zh-hant/cases', added, 'index.html'))).toBe(true);
  });
});
