/** The schema of one documentation page: `content/docs/<slug>.mdx`. */
import { z } from 'astro/zod';

export const docSchema = z.object({
  /** Page title in simplified script: `关于本库`. */
  title: z.string().min(2),
  /** One-sentence summary, used as the meta description. */
  description: z.string().min(4),
  /** Position in the footer and the docs menu, smallest first. */
  order: z.number().int().default(100),
});
