/**
 * Case and source bodies are rendered to HTML when the collection is synced
 * (src/build/rendered-glob.ts), not compiled into MDX modules. A copy of the
 * project whose bodies also hold what Markdown and MDX read differently (an
 * indented line, a bare URL, straight quotes, emphasis …: test/fixtures/bodies/)
 * is built both ways, the second with SITE_BODIES=mdx (an MDX module per file,
 * as the site was built before): the two sites are the same, byte for byte.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../cli/bench/workspace.ts';
import { compareDirs } from '../../cli/compare-dist.ts';
import { astroBuild } from '../support/astro-build.ts';
import { contentCases, contentSources } from '../support/content.ts';

const root = new URL('../..', import.meta.url).pathname;
const readAlike = readFileSync(
  new URL('../fixtures/bodies/read-alike.md', import.meta.url),
  'utf8',
);
const copies = { rendered: '', modules: '' };

beforeAll(async () => {
  await Promise.all(
    (['rendered', 'modules'] as const).map(async (way) => {
      const dir = mkdtempSync(join(tmpdir(), `bodies-${way}-`));
      copies[way] = dir;
      copyProject(root, dir);
      // The first case and the first source of the collection, whatever they are, get the extra text.
      appendFileSync(join(dir, 'content/cases', `${contentCases()[0]!.id}.mdx`), `\n${readAlike}`);
      appendFileSync(
        join(dir, 'content/sources', `${contentSources()[0]!.id}.mdx`),
        `\n${readAlike}`,
      );
      const { failed, output } = await astroBuild(
        dir,
        way === 'modules' ? { SITE_BODIES: 'mdx' } : {},
      );
      if (failed) throw new Error(output.slice(-3000));
    }),
  );
}, 300_000);
afterAll(() => {
  for (const dir of Object.values(copies)) if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('bodies rendered when the collection is synced', () => {
  test('give the same site, byte for byte, as MDX modules', () => {
    const differences = compareDirs(join(copies.modules, 'dist'), join(copies.rendered, 'dist'));
    expect(differences.slice(0, 3)).toEqual([]);
  });

  test('hold the text that Markdown and MDX read differently, read as MDX reads it', () => {
    const page = readFileSync(
      join(copies.rendered, 'dist/zh-hans/cases', contentCases()[0]!.id, 'index.html'),
      'utf8',
    );
    expect(page).toContain('这一行以四个空格开头，MDX 把它读作段落。</p>');
    expect(page).not.toContain('<pre><code>    这一行');
    expect(page).toContain('<a href="https://www.gov.cn/zhengce/2025-01/01/content_1.htm">');
    expect(page).toContain('“ABC &amp; Co.” 与 ‘XYZ’ 公司…');
    expect(page).toContain('<strong>加粗</strong> 与 <em>强调</em>，第二项 <code>代码</code>。');
  });

  test('the comparison build kept no rendered body in the content store; the other did', () => {
    // Astro keeps the content store in its cache directory (devalue: `<` is written \u003C). With MDX
    // modules, an entry holds no HTML.
    const store = (dir: string) =>
      readFileSync(join(dir, 'node_modules/.astro/data-store.json'), 'utf8');
    const paragraph = '这一行以四个空格开头，MDX 把它读作段落。\\u003C/p>';
    expect(store(copies.rendered)).toContain(paragraph);
    expect(store(copies.modules)).not.toContain('\\u003C/p>');
  });
});
