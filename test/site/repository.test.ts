import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
  reportErrorTemplate,
  reportErrorUrl,
  repositoryFileUrl,
  repositoryUrl,
  repositoryWebUrl,
} from '../../src/site/repository.ts';
import packageJson from '../../package.json' with { type: 'json' };

describe('repositoryWebUrl', () => {
  test.for([
    ['git+https://github.com/owner/cases.git', 'https://github.com/owner/cases'],
    ['https://github.com/owner/cases/', 'https://github.com/owner/cases'],
    ['github:owner/cases', 'https://github.com/owner/cases'],
  ])('reads %s as %s', ([value, url]) => {
    expect(repositoryWebUrl(value)).toBe(url);
    expect(repositoryWebUrl({ url: value })).toBe(url);
  });

  test('is the one setting, package.json’s repository', () => {
    expect(repositoryUrl).toBe(repositoryWebUrl(packageJson.repository));
    expect(repositoryWebUrl(undefined)).toBeUndefined();
  });
});

describe('the links into the repository', () => {
  const repo = 'https://github.com/owner/cases';

  test('open a file on the default branch', () => {
    expect(repositoryFileUrl('content/cases/nx-2025-01.mdx', repo)).toBe(
      `${repo}/blob/HEAD/content/cases/nx-2025-01.mdx`,
    );
  });

  test('open the error form with the case, the address and the paragraph filled in', () => {
    const url = new URL(
      reportErrorUrl(
        {
          case: 'nx-2025-01',
          url: 'https://example.gov.cn/alk/zh-hant/cases/nx-2025-01/#p3',
          paragraph: 'p3',
        },
        repo,
      )!,
    );
    expect(url.origin + url.pathname).toBe(`${repo}/issues/new`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'report-error.yml',
      title: '报告错误：nx-2025-01 p3',
      case: 'nx-2025-01',
      url: 'https://example.gov.cn/alk/zh-hant/cases/nx-2025-01/#p3',
      paragraph: 'p3',
    });
  });
});

test('the error form has the fields the links fill in (GitHub fills a field from the parameter named by its id)', () => {
  const form = parse(
    readFileSync(
      new URL(`../../.github/ISSUE_TEMPLATE/${reportErrorTemplate}`, import.meta.url),
      'utf8',
    ),
  ) as { body: { id?: string }[] };
  expect(form.body.map((field) => field.id)).toEqual(
    expect.arrayContaining(['case', 'url', 'paragraph']),
  );
});
