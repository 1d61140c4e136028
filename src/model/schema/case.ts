/**
 * The schema of one case: `content/cases/<id>.mdx`.
 * This file is the documentation of every frontmatter field; `npm run check`
 * adds the rules zod cannot express (quotes in the body, unique ids, clean text).
 */
import { z } from 'astro/zod';
import { regionProblems } from '../regions.ts';
import { domainNames } from './domains.ts';
import { regionShape, type Region } from './region.ts';

export type { Region };

/** Kinds of figures, used to group comparable numbers across cases. */
export const metricKinds = [
  '检查频次', // inspections: counts and reductions
  '处罚裁量', // fines, penalties waived or reduced
  '经济效益', // money saved, recovered or reduced
  '办理时限', // time limits and durations
  '工作量', // cases handled, items listed, visits, files reviewed
  '覆盖比例', // coverage, satisfaction and completion rates
  '涉案金额', // the value of the matter at issue (货值, 违法所得, 涉案金额): a fact of the case, not an achievement
] as const;

/**
 * Words that make a published figure an approximation, as they stand next to the number:
 * above it (`2300余台`, `1000多万元`, `超60万元`, `超过`, `逾40%`, `90%以上`), below it
 * (`近20万元`, `将近`, `不足5%`, `不到`) or about it (`约410万元`, `左右`).
 */
export const approxWords = [
  '余',
  '多',
  '超',
  '超过',
  '逾',
  '以上',
  '近',
  '将近',
  '不足',
  '不到',
  '约',
  '左右',
] as const;

/**
 * A case id: `<province>-<year>-<sequence>`, e.g. `nx-2025-01`. The sequence has two digits up
 * to 99 and more beyond (`js-2025-100`), so a province can publish more than 99 cases a year
 * while every existing id stays what it is.
 */
export const caseIdPattern = /^([a-z]{2,4})-(\d{4})-(\d{2}|[1-9]\d{2,})$/;

export const metricSchema = z.object({
  /** What is counted, in the case's words, e.g. `检查频次同比下降`. Required, 2–40 characters. */
  label: z.string().min(2).max(40),
  /** The number as published, e.g. `35.86` (for `35.86%`) or `1617.07` (for `1617.07万元`). Must appear in `quote`. */
  value: z.number(),
  /** The unit as published: `%`, `件`, `万元`, `个工作日`, `小时` … Empty string when the figure has none. */
  unit: z.string().max(10),
  /** The verbatim phrase of the body the figure comes from, e.g. `检查频次同比下降35.86%`. The check finds it in the body. */
  quote: z.string().min(2),
  /** How the figure compares with others, see `metricKinds`. */
  kind: z.enum(metricKinds),
  /**
   * Only for an approximate figure: the word of the quote that makes it one (see `approxWords`),
   * e.g. `余` for `2300余台` (value 2300) or `超` for `超60万元` (value 60). The word stays in the quote.
   */
  approx: z.enum(approxWords).optional(),
});

/** The most specific division a case is about, checked against the GB/T 2260 data. */
export const regionSchema = regionShape.superRefine((region, ctx) => {
  for (const problem of regionProblems(region)) {
    ctx.addIssue({
      code: 'custom',
      message: problem.message,
      path: problem.field.split('.').slice(1),
    });
  }
});

export const historySchema = z.object({
  /** Date of the change, `YYYY-MM-DD`. */
  date: z.coerce.date(),
  /** What changed, in one sentence: `修复原文中的乱码段落`. */
  note: z.string().min(2),
});

export const caseSchema = z.object({
  /** Stable ASCII id and URL slug, equal to the file name: `nx-2025-01` (see `caseIdPattern`). Never reused, never changed. */
  id: z
    .string()
    .regex(
      caseIdPattern,
      'id 应形如 nx-2025-01：地区缩写-年份-序号（两位，99 之后为 100、101…），且与文件名一致',
    ),
  /** The case's title as published (for two-line titles, the two lines joined by a space). */
  title: z.string().min(4).max(80),
  /** The most specific administrative division the case is about. */
  region: regionSchema,
  /** Keywords as published in 【关键词】, in order; or 3–5 chosen from the text when the source has none. */
  keywords: z.array(z.string().min(2).max(20)).min(1).max(8),
  /**
   * The enforcement domains the case is about, 1–3 of `enforcementDomains`,
   * closest first: `[市场监管, 执法监督]`.
   */
  domains: z
    .array(z.enum(domainNames))
    .min(1)
    .max(3)
    .superRefine((domains, ctx) => {
      domains.forEach((domain, i) => {
        const first = domains.indexOf(domain);
        if (first < i)
          ctx.addIssue({
            code: 'custom',
            message: `执法领域“${domain}”重复（与第 ${first + 1} 项相同）；删除重复的这一项`,
            path: [i],
          });
      });
    }),
  /** The year the case's practice is reported for, e.g. `2025`. */
  year: z.number().int().min(2000).max(2100),
  /** Every figure a reader would compare, each with its verbatim quote. May be empty. */
  metrics: z.array(metricSchema).default([]),
  /** The slug of the published document in `content/sources/`: `nx-2025-typical-cases`. */
  source: z.string().regex(/^[a-z0-9-]+$/),
  /** The case's number inside that document (案例一 → 1). */
  number: z.number().int().min(1),
  /** Date this case file was first published in the knowledge base, `YYYY-MM-DD`. */
  added: z.coerce.date(),
  /** Changes since it was added, newest last. The last entry's date is shown as 最后修订. */
  history: z.array(historySchema).default([]),
});

export type CaseData = z.infer<typeof caseSchema>;
export type Metric = z.infer<typeof metricSchema>;
