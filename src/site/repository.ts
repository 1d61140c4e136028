/**
 * The repository the site is built from: package.json `repository`, the one
 * setting (a fork changes it there). The case pages link to their file in it
 * (查看或修改本案例文件) and to its issue form (报告错误); the 参与贡献 page
 * resolves CONTRIBUTING.md's relative links against it (src/site/repo-links.ts).
 * The deploy workflow warns when it is not the repository being deployed.
 */
import packageJson from '../../package.json' with { type: 'json' };

/** A package.json `repository` value as a web address: `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
export function repositoryWebUrl(
  repository: string | { url?: string } | undefined,
): string | undefined {
  const url = typeof repository === 'string' ? repository : repository?.url;
  if (!url) return undefined;
  const github = /^github:(.+)$/.exec(url);
  if (github) return `https://github.com/${github[1]}`;
  return url
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/$/, '');
}

/** The repository's web address, or undefined when package.json names none (the links are left out then). */
export const repositoryUrl = repositoryWebUrl(
  (packageJson as { repository?: string | { url?: string } }).repository,
);

/** A file of the repository on the default branch: `content/cases/nx-2025-01.mdx`. */
export const repositoryFileUrl = (path: string, repository = repositoryUrl) =>
  repository ? `${repository}/blob/HEAD/${path}` : undefined;

/** The issue form for errors (.github/ISSUE_TEMPLATE/report-error.yml). */
export const reportErrorTemplate = 'report-error.yml';

/**
 * The 报告错误 issue form with its fields filled in (GitHub fills a form field from the query
 * parameter named by its `id`): the case, the page's address and, for one paragraph, `p3`.
 */
export function reportErrorUrl(
  fields: { case: string; url: string; paragraph?: string },
  repository = repositoryUrl,
): string | undefined {
  if (!repository) return undefined;
  const params = new URLSearchParams({
    template: reportErrorTemplate,
    title: `报告错误：${fields.case}${fields.paragraph ? ` ${fields.paragraph}` : ''}`,
    case: fields.case,
    url: fields.url,
    ...(fields.paragraph ? { paragraph: fields.paragraph } : {}),
  });
  return `${repository}/issues/new?${params}`;
}
