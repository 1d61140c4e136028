import { describe, expect, test } from 'vitest';
import { fixtures, problemLines } from '../fixtures.ts';

describe('an unfinished import draft', () => {
  test('is refused: every placeholder and every unresolved note, on its line, once', () => {
    expect(
      problemLines('unfinished', {
        sourcesDir: `${fixtures}/unfinished/sources`,
        rawDir: `${fixtures}/raw`,
      }),
    ).toMatchInlineSnapshot(`
      [
        "test/fixtures/check/unfinished/cases/xx-0000-01.mdx:2 · id · id“xx-0000-01”是占位：导入时还不知道省份或年份 · 填好 region 和 year 后，把 id 和文件名改为“省份缩写-年份-下一个空号”（检查会给出这个号）",
        "test/fixtures/check/unfinished/cases/xx-0000-01.mdx:3 · title · 还是占位“TODO-填写标题（原文没有标题；自拟标题请加〔〕）”，没有填写 · 填写原文中的标题；原文没有标题时自拟一个，并用〔〕括起，如〔泰兴市涉企行政执法实践〕",
        "test/fixtures/check/unfinished/cases/xx-0000-01.mdx:6 · region.city · 还是占位“TODO-原文匿名为“某盟”，能查明时填写，查不明时删除这一行”，没有填写 · 能从原文或发布单位查明时填写地级行政区并改正 code；原文匿名且查不明时删除这一行",
        "test/fixtures/check/unfinished/cases/xx-0000-01.mdx:8 · keywords[0] · 还是占位“TODO-核对建议的关键词”，没有填写 · 核对建议的关键词，从正文选定 3–5 个，再删除这一项",
        "test/fixtures/check/unfinished/cases/xx-0000-01.mdx:9 · domains[0] · 还是占位“TODO-选定执法领域”，没有填写 · 从固定列表中选定 1–3 个执法领域（关系最近的在前），再删除这一项",
        "test/fixtures/check/unfinished/cases/xx-0000-01.mdx:10 · year · 还是占位“TODO-填写年份（原文只写“今年3月以来”）”，没有填写 · 填写案例所述工作的年份（不加引号的数字），依据原文中的日期、署名日期、网页地址中的日期或发布页面；查不到时在 PR 中说明",
        "test/fixtures/check/unfinished/cases/xx-0000-01.mdx:12 · source · 还是占位“TODO-nm-sample”，没有填写 · 改为来源文件的 slug（content/sources/ 中的文件名，不含 .mdx），与来源文件的 slug 一致",
        "test/fixtures/check/unfinished/sources/TODO-nm-sample.mdx:2 · slug · 还是占位“TODO-nm-sample”，没有填写 · 起一个只含小写字母、数字和连字符的 slug（如 nm-2025-11-enforcement-cases），文件改为同名，并改正各案例的 source",
        "test/fixtures/check/unfinished/sources/TODO-nm-sample.mdx:3 · title · 还是占位“TODO-填写标题”，没有填写 · 填写原文标题；原文没有标题时用〔〕写一句描述",
        "test/fixtures/check/unfinished/sources/TODO-nm-sample.mdx:4 · publisher · 还是占位“TODO-填写发布单位（原文未写明；查不到时删除这一行）”，没有填写 · 填写发布机关或媒体；原文和发布页面都没有写明时删除这一行",
        "test/fixtures/check/unfinished/sources/TODO-nm-sample.mdx:10 · notes[0].resolved · 导入时发现的问题还没有处理：原文宣布 3 个典型案例（“三起典型案例”），只找到 1 个（原文第 1 行） · 对照原文核对并处理（补全、改正或确认），再把 resolved 改为一句处理结果，如“已核对，拆分无误”“转载本截断，其余案例未找到完整版本，未收录”",
      ]
    `);
  });
});
