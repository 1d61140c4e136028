// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import pagefind from './src/integrations/pagefind.ts';

/**
 * The site's canonical origin, used in citations, canonical links, RSS and the
 * sitemap. Deployments set SITE_URL; the default is a placeholder origin.
 */
const site = process.env.SITE_URL ?? 'https://typical-cases.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default MDX processor (Sätteri) has GFM built in; we need no remark plugins.
  // Pagefind indexes the built site last (astro:build:done), so it must come after the page integrations.
  integrations: [mdx(), pagefind()],
  devToolbar: { enabled: false },
});
