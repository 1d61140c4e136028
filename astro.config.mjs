// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check.ts';

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
  // contentCheck: the build refuses content that fails `npm run check`, with the same messages.
  integrations: [contentCheck(), mdx()],
  devToolbar: { enabled: false },
});
