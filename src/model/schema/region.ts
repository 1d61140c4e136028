/** The shape of a case's region (see case.ts, which adds the check against the division data). */
import { z } from 'astro/zod';

export const regionShape = z.object({
  /** Province-level division, full name as in GB/T 2260: `宁夏回族自治区`, `北京市`. */
  province: z.string().min(2),
  /** Prefecture-level division (市, 盟, 州, 地区), if the case is about one: `中卫市`. Omit for municipalities' districts. */
  city: z.string().min(2).optional(),
  /** County-level division (区, 县, 县级市, 旗), if the case is about one: `青铜峡市`. */
  county: z.string().min(2).optional(),
  /** 6-digit GB/T 2260 code of the most specific level given, as a quoted string: `"640500"`. */
  code: z.string().regex(/^\d{6}$/, '行政区划代码应为 6 位数字，并加引号，如 "640500"'),
});

/** A case's region: province, then city and county when the case is about one, and the code. */
export type Region = z.infer<typeof regionShape>;
