/**
 * CONTRIBUTING.md is written for the code host, where a relative link such as
 * `../../issues/new` or `content/cases/` points into the repository. Rendered
 * on the site (the 参与贡献 page), those links would point nowhere. This
 * resolves them against the repository's address when package.json names one
 * (`repository.url`), and otherwise keeps their text without a link.
 * Site-absolute (`/…`), in-page (`#…`) and absolute (`https:`, `mailto:`)
 * links are left alone.
 */
import { repositoryFileUrl, repositoryWebUrl } from './repository.ts';

const isRepoRelative = (href: string) => !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(href);

export function resolveRepoLinks(
  html: string,
  repositoryUrl?: string,
  file = 'CONTRIBUTING.md',
): string {
  const repository = repositoryWebUrl(repositoryUrl);
  const base = repository ? repositoryFileUrl(file, repository) : undefined;
  return html.replace(
    /<a\s+href="([^"]*)"([^>]*)>([\s\S]*?)<\/a>/g,
    (whole, href: string, rest: string, text: string) => {
      if (!isRepoRelative(href.replace(/&amp;/g, '&'))) return whole;
      if (!base) return text;
      return `<a href="${new URL(href.replace(/&amp;/g, '&'), base).href.replace(/&/g, '&amp;')}"${rest} rel="noopener external">${text}</a>`;
    },
  );
}
