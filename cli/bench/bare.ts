/**
 * The baseline: the least a site of N MDX cases needs. One script, one
 * `[id].astro` page rendering each MDX case, and Pagefind's Node API at
 * astro:build:done, as in our own integration. Same Astro, MDX and Pagefind
 * versions (the project's node_modules), same cases.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules } from './workspace.ts';

const files: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-bench', private: true, type: 'module' }, null, 2),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { fileURLToPath } from 'node:url';

const pagefind = {
  name: 'bare-pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const { createIndex, close } = await import('pagefind');
      const { index } = await createIndex({});
      const added = await index.addDirectory({ path: fileURLToPath(dir) });
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) });
      logger.info('indexed ' + added.page_count + ' pages');
      await close();
    },
  },
};

export default defineConfig({ integrations: [mdx(), pagefind], devToolbar: { enabled: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/cases' }),
  schema: z.object({ id: z.string(), title: z.string() }).passthrough(),
});
export const collections = { cases };
`,
  'src/pages/[id].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('cases')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="zh-Hans">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`,
  'src/pages/index.astro': `<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8" /><title>bare</title></head><body><p>bare</p></body></html>
`,
};

/** Writes the bare project into `dir`, with the cases of `casesDir`. */
export function writeBareProject(dir: string, casesDir: string, nodeModules: string): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  cpSync(casesDir, join(dir, 'content/cases'), { recursive: true });
  linkNodeModules(nodeModules, join(dir, 'node_modules'));
}
