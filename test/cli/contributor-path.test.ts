/**
 * The path of CONTRIBUTING.md, end to end, in a copy of the project: a newly published batch
 * (a news article, test/fixtures/import/article.txt) is saved in content/raw/, imported into
 * drafts/, refused by the check while its placeholders are there, filled in by the reviewer,
 * moved into content/, passed by the check; then the site builds, the content tests and the
 * site tests that read the collection stay green, and the new cases are on the site and found
 * by its search.
 */
import { execFile, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../cli/bench/workspace.ts';
import { launchChromium } from '../../cli/harness/browser.ts';
import { openSearch, showResults } from '../../cli/harness/search-driver.ts';
import { serveDist } from '../../cli/harness/server.ts';
import { nextCaseIdAfter } from '../../src/model/case-id.ts';
import { contentNames } from '../../src/check/content-file.ts';
import { astroBuild, buildEnv } from '../support/astro-build.ts';

const root = new URL('../..', import.meta.url).pathname;
const project = mkdtempSync(join(tmpdir(), 'contributor-path-'));
copyProject(root, project);
rmSync(join(project, 'drafts'), { recursive: true, force: true }); // a developer's own drafts are not the contributor's
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs a command of the project in the copy, as `npm run …` would. */
const run = (script: string, args: string[]) =>
  spawnSync(process.execPath, [join(project, script), ...args], {
    cwd: project,
    encoding: 'utf8',
    env: buildEnv(),
  });

/** Runs some test files of the copy with its own vitest; the exit code and what it printed. */
async function vitest(args: string[]): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      [join(project, 'node_modules/vitest/vitest.mjs'), 'run', ...args],
      { cwd: project, env: buildEnv(), maxBuffer: 64 * 1024 * 1024 },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const {
      code,
      stdout = '',
      stderr = '',
    } = error as { code?: number; stdout?: string; stderr?: string };
    return { code: code ?? 1, output: stdout + stderr };
  }
}

const raw = 'legaldaily-2025-10-29-article.txt';
const slug = 'legaldaily-2025-10-29-article';
/** What the reviewer writes for each draft, by the place it is about. */
const review: Record<string, { title: string; keywords: string[]; domains: string[] }> = {
  bj: {
    title: '〔北京市通州区提升进京综检站通行效率〕',
    keywords: ['部门协同', '规范执法'],
    domains: ['交通运输', '执法监督'],
  },
  tj: {
    title: '〔天津市蓟州区包容审慎助企除患〕',
    keywords: ['安全生产', '包容审慎'],
    domains: ['应急管理', '执法监督'],
  },
  he: {
    title: '〔河北省廊坊市广阳区助企跨省维权〕',
    keywords: ['产品仿冒', '跨省维权'],
    domains: ['市场监管', '执法监督'],
  },
  zj: {
    title: '〔浙江省绍兴市减轻处罚〕',
    keywords: ['烟花爆竹', '包容审慎'],
    domains: ['综合执法', '执法监督'],
  },
};

describe('the contributor path of CONTRIBUTING.md', { timeout: 900_000 }, () => {
  test('a new batch imported, reviewed and moved into content is checked, built, tested green, and on the site and in search', async () => {
    // The ids the drafts will take, and the collection's size, from the collection itself.
    const casesDir = join(project, 'content/cases');
    const before = {
      cases: readdirSync(casesDir).length,
      sources: readdirSync(join(project, 'content/sources')).length,
    };
    const ids = ['bj', 'he', 'tj', 'zj'].map((p) =>
      nextCaseIdAfter(contentNames(casesDir), p, 2025),
    );

    // 1. The published text, as found, in content/raw/.
    copyFileSync(join(root, 'test/fixtures/import/article.txt'), join(project, 'content/raw', raw));

    // 2. npm run import: drafts in drafts/, and every placeholder listed.
    const imported = run('cli/import.ts', [`content/raw/${raw}`]);
    expect(imported.status, imported.stderr).toBe(0);
    const drafts = join(project, 'drafts');
    const caseFiles = readdirSync(join(drafts, 'cases')).sort();
    expect(caseFiles).toEqual(ids.map((id) => `${id}.mdx`));
    const sourceFile = `TODO-${slug}.mdx`;
    expect(readdirSync(join(drafts, 'sources'))).toEqual([sourceFile]);
    expect(imported.stdout).toContain('要填写或改正的地方');

    // 3. The check refuses the drafts while a placeholder is left.
    const refused = run('cli/check.ts', ['drafts']);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('还是占位');
    expect(refused.stdout).toContain('导入时发现的问题还没有处理');

    // 4. The reviewer fills in the placeholders, resolves the notes and moves the files into content/.
    for (const name of caseFiles) {
      const review1 = review[name.slice(0, 2)]!;
      const text = readFileSync(join(drafts, 'cases', name), 'utf8')
        .replace(/^title: .*$/m, `title: ${review1.title}`)
        .replace(/^keywords: .*$/m, `keywords: [${review1.keywords.join(', ')}]`)
        .replace(/^domains: .*$/m, `domains: [${review1.domains.join(', ')}]`)
        .replace(/^source: .*$/m, `source: ${slug}`);
      writeFileSync(join(project, 'content/cases', name), text, { flag: 'wx' });
    }
    const source = readFileSync(join(drafts, 'sources', sourceFile), 'utf8')
      .replace(/^slug: .*$/m, `slug: ${slug}`)
      .replace(
        /resolved: TODO-.*$/gm,
        'resolved: 已核对：新闻稿只介绍了这一批案例中的几个，按地区拆分无误，收录稿中的全部案例',
      );
    writeFileSync(join(project, 'content/sources', `${slug}.mdx`), source, { flag: 'wx' });
    rmSync(drafts, { recursive: true });

    // 5. npm run check passes.
    const checked = run('cli/check.ts', []);
    expect(checked.stdout + checked.stderr).toContain(
      `✓ 已检查 ${before.cases + 4} 个案例、${before.sources + 1} 个来源，未发现问题`,
    );
    expect(checked.status).toBe(0);

    // 6. The build, and meanwhile the content tests, stay green.
    const [build, content] = await Promise.all([
      astroBuild(project),
      vitest(['--project', 'unit', 'test/content']),
    ]);
    expect(build.failed, build.output.slice(-3000)).toBe(false);
    expect(content.code, content.output.slice(-3000)).toBe(0);
    for (const name of caseFiles)
      for (const script of ['zh-hans', 'zh-hant'])
        expect(
          existsSync(join(project, `dist/${script}/cases/${name.replace('.mdx', '')}/index.html`)),
        ).toBe(true);

    // 7. The site tests that read the whole collection stay green on it.
    const site = await vitest([
      '--project',
      'site',
      ...(process.env.CONTRIBUTOR_PATH_ALL_SITE_TESTS
        ? []
        : [
            'test/pages/sources-on-site.test.ts',
            'test/pages/data.test.ts',
            'test/pages/feeds.test.ts',
            'test/pages/browse.test.ts',
            'test/pages/numbers.test.ts',
            'test/pages/clean-text.test.ts',
            'test/pages/links.test.ts',
          ]),
    ]);
    expect(site.code, site.output.slice(-4000)).toBe(0);

    // 8. The search finds a new case.
    const { server, url } = await serveDist(join(project, 'dist'));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await openSearch(page, url, 'zh-hans', { q: '进京综检站' });
      const results = await showResults(page);
      const href = `/zh-hans/cases/${ids[0]}/`;
      expect(results.map((r) => r.href)).toContain(href);
      expect(results.find((r) => r.href === href)!.title).toBe(review.bj!.title);
    } finally {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
