import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { caseSchema } from './model/schema/case.ts';
import { sourceSchema } from './model/schema/source.ts';
import { docSchema } from './model/schema/doc.ts';

/** One case per file: `content/cases/<id>.mdx`. */
const cases = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/cases' }),
  schema: caseSchema,
});

/** One published document per file: `content/sources/<slug>.mdx`; its body is the document's introduction. */
const sources = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/sources' }),
  schema: sourceSchema,
});

/** Documentation pages: `content/docs/<slug>.mdx`. */
const docs = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/docs' }),
  schema: docSchema,
});

export const collections = { cases, sources, docs };
