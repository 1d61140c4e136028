import { describe, expect, test } from 'vitest';
import { resolveRepoLinks } from '../../src/site/repo-links.ts';
import { markExternalLinks } from '../../src/site/external-links.ts';

const html =
  '<p>请<a href="../../issues/new?template=propose-case.yml&amp;x=1">提交议题</a>，见 <a href="README.md">README</a>、' +
  '<a href="/zh-hans/docs/data/">数据说明</a>、<a href="#准备">准备</a>、<a href="https://example.org/">外部</a>。</p>';

describe('resolveRepoLinks', () => {
  test('keeps the text of repository-relative links when no repository is known', () => {
    expect(resolveRepoLinks(html)).toBe(
      '<p>请提交议题，见 README、<a href="/zh-hans/docs/data/">数据说明</a>、<a href="#准备">准备</a>、<a href="https://example.org/">外部</a>。</p>',
    );
  });
  test('resolves them against the repository the way the code host does', () => {
    const out = resolveRepoLinks(html, 'git+https://github.com/owner/cases.git');
    expect(out).toContain(
      'href="https://github.com/owner/cases/issues/new?template=propose-case.yml&amp;x=1"',
    );
    expect(out).toContain('href="https://github.com/owner/cases/blob/HEAD/README.md"');
    expect(out).toContain('<a href="/zh-hans/docs/data/">');
  });
});

describe('markExternalLinks', () => {
  test('marks links to other sites, and leaves site links and links with a rel alone', () => {
    expect(
      markExternalLinks(
        '<a href="https://flk.npc.gov.cn/">库</a><a href="/data/">数据</a><a href="http://x.org/" rel="me">x</a>',
      ),
    ).toBe(
      '<a href="https://flk.npc.gov.cn/" rel="noopener external">库</a><a href="/data/">数据</a><a href="http://x.org/" rel="me">x</a>',
    );
  });
});
