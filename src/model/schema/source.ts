/**
 * The schema of one published document: `content/sources/<slug>.mdx`.
 * Its body is the document's own introduction. Nothing is invented: a field
 * the document does not state is left out.
 */
import { z } from 'astro/zod';

export const sourceSchema = z.object({
  /** Stable ASCII slug, equal to the file name: `nx-2025-typical-cases`. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** The document's title as published, or a description in brackets when it has none. */
  title: z.string().min(4),
  /** Who published it (机关或媒体), only when known. */
  publisher: z.string().optional(),
  /** Publication date `YYYY-MM-DD`, only when known. */
  date: z.coerce.date().optional(),
  /** When the date is not known: what the text says about it, e.g. `不早于2025年9月（文中提及2025年9月）`. */
  dateNote: z.string().optional(),
  /** The original URL, only when known. */
  url: z.url().optional(),
  /** Other public copies of the same text. */
  copies: z.array(z.url()).default([]),
  /** The raw text as found, kept in `content/raw/`: `000_26c12634849f5551.txt`. */
  raw: z.string().regex(/^[\w.-]+\.txt$/),
  /** Script of the raw text as found. */
  rawScript: z.enum(['simplified', 'traditional']),
  /** What was repaired in the raw text, one item per kind of repair. */
  repairs: z.array(z.string()).default([]),
  /** Editor named at the end of the published text (编辑/责任编辑), when given. */
  editor: z.string().optional(),
  /** The author line, when given: `泰兴市人民政府市长`. */
  author: z.string().optional(),
  /**
   * What `npm run import` found that a reviewer must look at, one item each, with what the
   * reviewer did about it: fewer or more cases than the text announces (naming the titles of
   * the contents it did not find), a copy that stops mid-sentence, cases it may have merged or
   * split. The importer writes `resolved: TODO-…`; the check refuses the source until every
   * item says how it was resolved, e.g. `转载本截断，其余 5 个案例未找到完整版本，未收录`.
   */
  notes: z
    .array(
      z.object({
        /** What the importer found, in Chinese. */
        note: z.string().min(2),
        /** Line of the raw text it concerns. */
        line: z.number().int().min(1).optional(),
        /** How the reviewer resolved it, in one sentence. */
        resolved: z.string().min(2),
      }),
    )
    .default([]),
});

export type SourceData = z.infer<typeof sourceSchema>;
