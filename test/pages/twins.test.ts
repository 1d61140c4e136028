/**
 * The build renders only the simplified pages and makes each traditional page
 * from its simplified twin (src/build/twins/page.ts). A copy of the project built
 * with SITE_TWINS=render, where Astro renders every traditional page itself,
 * gives the same traditional pages byte for byte, and the same sitemap.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../cli/bench/workspace.ts';
import { astroBuild } from '../support/astro-build.ts';
import { distDir, readDist } from '../support/dist.ts';

const root = new URL('../..', import.meta.url).pathname;
const copy = mkdtempSync(join(tmpdir(), 'twins-rendered-'));
let log = '';
beforeAll(async () => {
  copyProject(root, copy);
  // The same repository, so the pages' revision records (read from git) are the same too.
  if (existsSync(join(root, '.git')))
    cpSync(join(root, '.git'), join(copy, '.git'), { recursive: true });
  const { failed, output } = await astroBuild(copy, { SITE_TWINS: 'render' });
  if (failed) throw new Error(output.slice(-2000));
  log = output;
}, 180_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const rendered = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');

/** The first place two texts differ, with some context. */
function firstDifference(a: string, b: string): [string, string] {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return [a.slice(Math.max(0, i - 60), i + 60), b.slice(Math.max(0, i - 60), i + 60)];
}

/** The traditional pages under a dist directory, relative to it, sorted. */
function hantPages(dist: string): string[] {
  return (readdirSync(join(dist, 'zh-hant'), { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dist, join(dist, 'zh-hant', file)))
    .sort();
}

describe('traditional pages made from the simplified ones', () => {
  test('the comparison build rendered its traditional pages itself', () => {
    expect(log).not.toContain('traditional pages made from the simplified ones');
    const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1]);
    expect(pages).toBeGreaterThan(hantPages(distDir).length * 2);
  });

  test('are byte for byte the pages Astro renders in traditional script', () => {
    const twins = hantPages(distDir);
    expect(twins.length).toBeGreaterThan(100);
    const differing = twins.filter((file) => readDist(file) !== rendered(file));
    const first = differing[0] && firstDifference(readDist(differing[0]), rendered(differing[0]));
    expect(differing, `${differing[0]}: made ${first?.[0]} / rendered ${first?.[1]}`).toEqual([]);
  });

  test('are the same set of pages, and the sitemap lists them alike', () => {
    expect(hantPages(join(copy, 'dist'))).toEqual(hantPages(distDir));
    const urls = (xml: string) =>
      [...xml.matchAll(/<url>[\s\S]*?<\/url>/g)].map((m) => m[0]).sort();
    expect(urls(readDist('sitemap-0.xml'))).toEqual(urls(rendered('sitemap-0.xml')));
  });
});
