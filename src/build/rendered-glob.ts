/**
 * Astro's `glob()` loader for content-only MDX files, with each body rendered
 * to HTML when the collection is synced (src/build/mdx-body-html.ts) instead of
 * compiled into an MDX module.
 *
 * `glob()` stores a `.mdx` entry for its MDX module to render later, because
 * MDX's entry type has no render function; for an entry type with one, it
 * stores the rendered HTML with the entry. This loader hands `glob()` the MDX
 * entry type (frontmatter read as MDX reads it) with a render function and
 * without MDX's module types, so:
 * - no MDX module is bundled for a case or source: `render(entry)` gives a
 *   `<Content />` that writes the stored HTML, the same bytes as the module;
 * - the HTML is kept in Astro's data store, which `astro build` keeps in its
 *   cache directory (node_modules/.astro/): the next build renders only the
 *   files whose content changed (`glob()` compares each file's digest);
 * - `astro dev` re-renders a file when it changes, as it re-reads it.
 *
 * `glob()` keeps a stored entry whose file is unchanged, so the stored HTML is
 * dropped whenever the renderer may write differently: when the renderer's
 * source or the parser's version changes (`rendererVersion`).
 *
 * With `SITE_BODIES=mdx` the files are MDX modules as before (plain `glob()`),
 * so that a site test can build both ways and compare the bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import { mdxBodyHtml } from './mdx-body-html.ts';
import { problemsFirst } from './content-check-run.ts';

type GlobOptions = Parameters<typeof glob>[0];
type EntryType = {
  getRenderFunction?: unknown;
  contentModuleTypes?: unknown;
  [key: string]: unknown;
};

/** Whether bodies are compiled as MDX modules (`SITE_BODIES=mdx`), for the comparison build. */
export const bodiesAsModules = process.env.SITE_BODIES === 'mdx';

type EntryInfo = (params: { contents: string; fileUrl: URL }) => Promise<unknown>;

/**
 * The MDX entry type, rendering bodies to HTML instead of declaring MDX modules. A file whose path
 * and digest are those of a stored entry is not parsed: `glob()` keeps the stored entry of a file
 * whose digest is unchanged, and needs only its id (`slug`) for that; at 10,000 cases, reading the
 * frontmatter of every file again is seconds of a rebuild.
 */
function renderedEntryType(mdx: EntryType, context: LoaderContext): EntryType {
  const { contentModuleTypes: _modules, ...rest } = mdx;
  const root = fileURLToPath(context.config.root);
  const stored = new Map<string, string>();
  for (const [id, entry] of context.store.entries())
    if (entry.filePath && entry.digest) stored.set(`${entry.filePath}\n${entry.digest}`, id);
  return {
    ...rest,
    getEntryInfo: async (params: { contents: string; fileUrl: URL }) => {
      const path = relative(root, fileURLToPath(params.fileUrl)).split(sep).join('/');
      const digest = context.generateDigest(params.contents);
      const id = stored.get(`${path}\n${digest}`);
      // Only while the stored entry is that one (in astro dev a file may change and change back).
      if (id !== undefined && context.store.get(id)?.digest === digest)
        return { data: { slug: id }, body: '', slug: id, rawData: '' };
      return (mdx.getEntryInfo as EntryInfo)(params);
    },
    getRenderFunction:
      async () =>
      async ({ body }: { body?: string }) => {
        const { html, headings } = mdxBodyHtml(body ?? '');
        return { html, metadata: { headings, imagePaths: [], frontmatter: {} } };
      },
  };
}

/**
 * What the stored HTML depends on besides the files: the renderer's source and
 * the version of the parser. Read when a collection is loaded (Node, during sync).
 */
function rendererVersion(): string {
  const require = createRequire(import.meta.url);
  const parser = require.resolve('satteri').replace(/dist[\\/]index\.js$/, 'package.json');
  return createHash('sha256')
    .update(readFileSync(new URL('./mdx-body-html.ts', import.meta.url)))
    .update((JSON.parse(readFileSync(parser, 'utf8')) as { version: string }).version)
    .digest('hex');
}

export function renderedGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  // A sync that fails on content the build's check refuses reports the check's problems.
  if (bodiesAsModules)
    return { ...inner, load: (context) => problemsFirst(() => inner.load(context)) };
  return {
    ...inner,
    name: 'rendered-glob-loader',
    load: (context) => problemsFirst(() => loadRendered(context)),
  };

  async function loadRendered(context: LoaderContext) {
    const version = rendererVersion();
    if (context.meta.get('renderer') !== version) {
      context.store.clear();
      context.meta.set('renderer', version);
    }
    // Astro passes its entry types (by file extension) to loaders, outside LoaderContext's public type.
    const given = (context as typeof context & { entryTypes: Map<string, EntryType> }).entryTypes;
    const entryTypes = new Map(given);
    const mdx = entryTypes.get('.mdx');
    if (!mdx) throw new Error('renderedGlob: no .mdx entry type (is @astrojs/mdx configured?)');
    entryTypes.set('.mdx', renderedEntryType(mdx, context));
    await inner.load({ ...context, entryTypes } as typeof context);
  }
}
