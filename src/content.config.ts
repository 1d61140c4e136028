import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { renderedGlob } from './build/rendered-glob.ts';
import { caseSchema } from './model/schema/case.ts';
import { sourceSchema } from './model/schema/source.ts';
import { docSchema } from './model/schema/doc.ts';

/**
 * One case per file: `content/cases/<id>.mdx`. Its body is rendered to HTML when the collection is
 * synced, not compiled into an MDX module (src/build/rendered-glob.ts): bodies are content only.
 */
const cases = defineCollection({
  loader: renderedGlob({ pattern: '*.mdx', base: './content/cases' }),
  schema: caseSchema,
});

/** One published document per file: `content/sources/<slug>.mdx`; its body is the document's introduction. */
const sources = defineCollection({
  loader: renderedGlob({ pattern: '*.mdx', base: './content/sources' }),
  schema: sourceSchema,
});

/** Documentation pages: `content/docs/<slug>.mdx`. */
const docs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/docs' }),
  schema: docSchema,
});

export const collections = { cases, sources, docs };
