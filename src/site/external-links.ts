/**
 * Links to other sites in rendered content (docs, source introductions) get
 * `rel="noopener external"`, as the site's own links to other sites have: the
 * print stylesheet prints their address, and a site test checks every one.
 * A link that has a `rel` already keeps it.
 */
export const markExternalLinks = (html: string) =>
  html.replace(
    /<a\s+href="(https?:\/\/[^"]*)"(?![^>]*\srel=)/g,
    (_whole, href: string) => `<a href="${href}" rel="noopener external"`,
  );
