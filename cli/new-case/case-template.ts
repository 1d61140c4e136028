/**
 * The scaffold of a new case file: every field filled or shown by example, and explained
 * in a YAML comment, so a contributor can complete it without reading any code.
 * The body's two placeholder paragraphs (`TODO-…`) are what the contributor replaces with the
 * published text: `npm run check` refuses the file until they are gone.
 */
import { metricKinds } from '../../src/model/schema/case.ts';
import { domainNames } from '../../src/model/schema/domains.ts';
import type { Region } from '../../src/model/schema/case.ts';
import { yamlScalar } from '../frontmatter-yaml.ts';

export interface NewCase {
  id: string;
  title: string;
  region: Region;
  keywords: string[];
  domains: string[];
  year: number;
  source: string;
  number: number;
  /** `YYYY-MM-DD` */
  added: string;
}

export function renderCaseTemplate(c: NewCase): string {
  const region = [
    `  province: ${yamlScalar(c.region.province)}`,
    ...(c.region.city ? [`  city: ${yamlScalar(c.region.city)}`] : []),
    ...(c.region.county ? [`  county: ${yamlScalar(c.region.county)}`] : []),
    `  code: "${c.region.code}"`,
  ];
  return `---
# 一个案例一个文件。以 # 开头的行是说明，可以保留，也可以删除。各字段详见 CONTRIBUTING.md。

# 稳定编号，也是网址的一部分：省级行政区缩写-年份-两位序号，必须与文件名一致。发布后不可更改。
id: ${c.id}

# 原文中的案例标题；原文标题分两行时，用一个空格连接。
title: ${yamlScalar(c.title)}

# 案例所涉最具体的一级行政区。名称用 GB/T 2260 规范全称（如 宁夏回族自治区、中卫市）；
# 市辖区、县、县级市、旗写在 county；code 是最具体一级的 6 位代码，加英文双引号。
region:
${region.join('\n')}

# 原文【关键词】中的词，按原顺序；原文没有关键词时，从正文选 3–5 个。每项 2–20 个字，不可重复。
keywords:
${c.keywords.map((k) => `  - ${yamlScalar(k)}`).join('\n')}

# 案例所涉的执法领域，1–3 个，关系最近的写在前面。可选：${domainNames.join('、')}。
domains: [${c.domains.join(', ')}]

# 案例所述工作的年份。
year: ${c.year}

# 读者会比较的数字，每个都附正文中的原样摘录（npm run check 会核对摘录在正文中、且含这个数字）。
# 没有时保留 []。写法示例（去掉行首的 # 后使用）：
# metrics:
#   - label: 检查频次同比下降        # 统计的是什么，用原文的说法，2–40 个字
#     value: 35.86                 # 原文中的数字本身，不带单位：35.86% → 35.86
#     unit: "%"                    # 单位：% 件 万元 个工作日 小时…；没有单位时写 ""
#     quote: 检查频次同比下降35.86%   # 从正文原样复制的短语，必须含这个数字
#     kind: 检查频次                # 可选：${metricKinds.join(' | ')}
metrics: []

# 来源：content/sources/ 中发布文件的文件名（不含 .mdx）。
source: ${c.source}

# 案例在原文中的序号（案例一 → 1）。
number: ${c.number}

# 本案例首次收入本库的日期，YYYY-MM-DD。
added: ${c.added}

# 收入后的修订记录，最新的写在最后。写法示例：
# history:
#   - date: 2025-12-01
#     note: 修复原文中的乱码段落
history: []
---

## 基本情况

TODO-把原文“基本情况”一节粘贴在这里，一段一行，段与段之间空一行。正文只写文字和 Markdown，不写 HTML 标签或花括号。

## 典型意义

TODO-把原文“典型意义”一节粘贴在这里。原文另有“协调处理”等小标题或“一、二、三”标题时，照原文写成 ## 标题。
`;
}
