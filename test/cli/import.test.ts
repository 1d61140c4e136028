import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject } from '../../cli/bench/workspace.ts';
import { readContentDir } from '../../src/check/content-file.ts';
import { nextCaseIdAfter } from '../../src/model/case-id.ts';
import { loadToHans } from '../../src/i18n/convert.ts';
import { caseSchema, type CaseData } from '../../src/model/schema/case.ts';
import { sourceSchema } from '../../src/model/schema/source.ts';
import { knownRepairs } from '../../cli/import/known-repairs.ts';
import { findMetrics } from '../../cli/import/metrics.ts';
import {
  importText,
  placeholderSlug,
  TODO_TITLE,
  type ImportResult,
} from '../../cli/import/pipeline.ts';
import { ImportError, readInput } from '../../cli/import/read.ts';
import { splitKeywords } from '../../cli/import/split.ts';

let toHans: (text: string) => string;
beforeAll(async () => {
  toHans = await loadToHans();
});

const run = (text: string, source?: string): ImportResult =>
  importText(text, {
    fileName: 'test.txt',
    added: '2026-11-24',
    takenIds: new Set(),
    toHans,
    knownRepairs,
    ...(source ? { source } : {}),
  });

const committedCases = readContentDir('content/cases', 'case').map((f) => ({
  body: f.body,
  data: caseSchema.parse(f.data),
}));
const committedSources = readContentDir('content/sources', 'source').map((f) => ({
  body: f.body,
  data: sourceSchema.parse(f.data),
}));
const metricSet = (data: Pick<CaseData, 'metrics'>) =>
  [...new Set(data.metrics.map((m) => `${m.value}${m.unit}`))].sort();

describe('importing the four published texts reproduces the reviewed cases', () => {
  test.each(committedSources.map((s) => [s.data.raw, s] as const))('%s', (raw, source) => {
    const result = run(readFileSync(`content/raw/${raw}`, 'utf8'), source.data.slug);
    const reviewed = committedCases
      .filter((c) => c.data.source === source.data.slug)
      .sort((a, b) => a.data.number - b.data.number);
    expect(result.repair.unrepaired).toEqual([]);
    expect(result.repair.script).toBe(source.data.rawScript);
    expect(result.cases.map((c) => c.draft.number)).toEqual(reviewed.map((c) => c.data.number));

    result.cases.forEach((c, i) => {
      const r = reviewed[i]!;
      const who = `${source.data.slug} #${r.data.number}`;
      expect(c.body.trim(), who).toBe(r.body.trim());
      expect(c.draft.region, who).toEqual(r.data.region);
      expect(c.draft.year, who).toBe(r.data.year);
      expect(metricSet(c.draft), who).toEqual(metricSet(r.data));
      if (c.parsed.title) expect(c.draft.title, who).toBe(r.data.title);
      else
        expect(r.data.title, `${who}: a title the text does not give is marked by 〔〕`).toMatch(
          /^〔.+〕$/,
        );
      if (c.keywordsSuggested) {
        // No 【关键词】 in the text: the reviewed keywords are words of the case.
        for (const k of r.data.keywords) expect(r.body, `${who}: ${k}`).toContain(k);
      } else expect(c.draft.keywords, who).toEqual(r.data.keywords);
    });

    expect(result.source.body.trim()).toBe(source.body.trim());
    expect(result.source.draft.editor).toBe(source.data.editor);
    expect(result.source.draft.author).toBe(source.data.author);
    if (result.batch.title) expect(result.batch.title).toBe(source.data.title);
  });

  test('the 内蒙古 text needs all eight known repairs, and reports its mojibake without them', () => {
    const raw = readFileSync('content/raw/002_65e501e41d808b38.txt', 'utf8');
    expect(run(raw).repair.applied).toHaveLength(8);
    const unrepaired = importText(raw, {
      fileName: 'x',
      added: '2026-11-24',
      takenIds: new Set(),
      toHans,
    }).repair.unrepaired;
    expect(unrepaired.map((s) => s.line)).toEqual([22, 22, 24, 26, 36, 38, 49, 54]);
  });

  test('case 4 of the 法治日报 batch keeps its own title with 兴化市, while the contents list keeps 泰州市', () => {
    const result = run(readFileSync('content/raw/001_4b2d6d106cb3f7f2.txt', 'utf8'));
    expect(result.cases[3]!.draft.title).toBe(
      '江苏泰州兴化市升级“共享检验室” 助力食品产业高质量发展',
    );
    expect(result.source.body).toContain('4. 江苏泰州市升级“共享检验室” 助力食品产业高质量发展');
  });
});

describe('splitting other shapes of published batches', () => {
  test('CRLF line breaks, 案例1： markers and keywords on the marker line', () => {
    const text =
      '前言一段。\r\n案例1：中卫市“三减”执法模式\r\n【关键词】综合查一次、分级分类监管 包容免罚,信用修复\r\n【基本情况】\r\n开展联合检查122次,检查频次同比下降35.86%。\r\n【典型意义】切实为企业减负松绑。\r\n';
    const result = run(text, 'test-source');
    expect(result.cases).toHaveLength(1);
    const c = result.cases[0]!;
    expect(c.draft).toMatchObject({
      title: '中卫市“三减”执法模式',
      number: 1,
      source: 'test-source',
      keywords: ['综合查一次', '分级分类监管', '包容免罚', '信用修复'],
    });
    expect(c.draft.region).toEqual({ province: '宁夏回族自治区', city: '中卫市', code: '640500' });
    expect(c.body).toBe(
      '## 基本情况\n\n开展联合检查122次，检查频次同比下降35.86%。\n\n## 典型意义\n\n切实为企业减负松绑。',
    );
    expect(c.draft.metrics.map((m) => [m.value, m.unit, m.quote])).toEqual([
      [122, '次', '开展联合检查122次'],
      [35.86, '%', '检查频次同比下降35.86%'],
    ]);
    expect(result.source.body).toBe('前言一段。');
  });

  test('案例一 on its own line with a two-line title, and 案例二: with a half-width colon', () => {
    const text = [
      '案例一',
      '北京市破解检查站“通勤难”',
      '协同提速惠企解民忧',
      '【关键词】',
      '部门协同 规范执法',
      '【基本情况】',
      '通州区共有9处进京综检站。',
      '案例二:天津蓟州区包容审慎',
      '【关键词】',
      '安全生产',
      '【协调处理】',
      '该方案成本仅需4000元。',
      '编辑:高弼浡',
    ].join('\n');
    const result = run(text);
    expect(result.cases.map((c) => c.draft.title)).toEqual([
      '北京市破解检查站“通勤难” 协同提速惠企解民忧',
      '天津蓟州区包容审慎',
    ]);
    expect(result.cases.map((c) => c.draft.keywords)).toEqual([
      ['部门协同', '规范执法'],
      ['安全生产'],
    ]);
    expect(result.cases.map((c) => c.draft.region.code)).toEqual(['110112', '120119']);
    expect(result.source.draft.editor).toBe('高弼浡');
    expect(result.cases[1]!.body).not.toContain('编辑');
  });

  test('a traditional-script batch is converted to simplified', () => {
    const text =
      '案例一:銀川市金鳳區流動攤販治理“三互三階”新模式\n【關鍵詞】\n柔性執法、執法監督\n【基本情況】\n金鳳區探索構建“三互三階”流動攤販治理新模式,融合自治、德治、法治。';
    const c = run(text).cases[0]!;
    expect(c.draft.title).toBe('银川市金凤区流动摊贩治理“三互三阶”新模式');
    expect(c.draft.keywords).toEqual(['柔性执法', '执法监督']);
    expect(c.body).toBe(
      '## 基本情况\n\n金凤区探索构建“三互三阶”流动摊贩治理新模式，融合自治、德治、法治。',
    );
    expect(c.draft.region.code).toBe('640106');
  });

  test('a single article becomes one case with its part titles as headings and a title to fill in', () => {
    const text =
      '泰兴市着力破解涉企行政执法现实难题。\n数智赋能,推动规范精准执法\n今年以来,共开展联合检查223次。\n(作者系泰兴市人民政府市长)\n责任编辑:于璐';
    const result = run(text);
    expect(result.batch.shape).toBe('prose');
    const c = result.cases[0]!;
    expect(c.draft.title).toBe(TODO_TITLE);
    expect(c.draft.source).toBe(placeholderSlug('test.txt'));
    expect(c.draft.source).toBe('TODO-test');
    expect(c.body).toBe(
      '泰兴市着力破解涉企行政执法现实难题。\n\n## 数智赋能，推动规范精准执法\n\n今年以来，共开展联合检查223次。',
    );
    expect(c.draft.region.code).toBe('321283');
    expect(result.source.draft).toMatchObject({ author: '泰兴市人民政府市长', editor: '于璐' });
  });

  test('keywords are split on 、，, ; and spaces', () => {
    expect(splitKeywords('甲、乙，丙,丁；戊 己\u3000庚')).toEqual([
      '甲',
      '乙',
      '丙',
      '丁',
      '戊',
      '己',
      '庚',
    ]);
  });
});

describe('draft ids', () => {
  const text =
    '案例1：中卫市“三减”执法模式\n【基本情况】\n2025年开展联合检查122次。\n案例2：银川市金凤区试点\n【基本情况】\n另一段。';
  const ids = (taken: string[]) =>
    importText(text, {
      fileName: 'test.txt',
      added: '2026-11-24',
      takenIds: new Set(taken),
      toHans,
    }).cases.map((c) => c.draft.id);

  test('a draft takes the number after the highest id in use, never the gap left by a removed case', () => {
    expect(ids(['nx-2025-01', 'nx-2025-03'])).toEqual(['nx-2025-04', 'nx-2025-05']);
  });

  test('numbers are counted per province and year', () => {
    expect(ids(['nx-2024-07', 'nm-2025-05'])).toEqual(['nx-2025-01', 'nx-2025-02']);
  });
});

describe('metric candidates', () => {
  const values = (text: string) => findMetrics(text).map((m) => `${m.value}${m.unit}`);

  test('figures with units are found with a verbatim quote containing the value', () => {
    const text =
      '挽回经济损失1617.07万元。开展质量惠民服务2.6万次，覆盖经营主体28万余户，节约成本1000多万元。';
    const found = findMetrics(text);
    expect(found.map((m) => `${m.value}${m.unit}`)).toEqual([
      '1617.07万元',
      '2.6万次',
      '28万户',
      '1000万元',
    ]);
    for (const m of found) {
      expect(text).toContain(m.quote);
      expect(m.quote).toContain(String(m.value));
    }
  });

  test('a range gives its upper bound, labelled 上限', () => {
    const found = findMetrics('每个项目完成时限由过去的1—2个工作日，缩短至目前的1—2小时。');
    expect(found.map((m) => [m.value, m.unit])).toEqual([
      [2, '个工作日'],
      [2, '小时'],
    ]);
    expect(found.every((m) => m.label.includes('上限'))).toBe(true);
  });

  test('dates, years, ordinals, versions, formulas and hotlines are not figures', () => {
    expect(
      values(
        '2025年6月30日，12345热线；第32条；《清单》（3.0版）；“2+1+1”模式；“1+2+2+2+10”体系；2023-2024年；5G网络；第3期',
      ),
    ).toEqual([]);
  });

  test('日 counts only as a time limit, and before/after amounts are both kept', () => {
    expect(values('即时问题3日内更正，将处罚金额由20000元下降为4000元，15类46种违规行为')).toEqual([
      '3日',
      '20000元',
      '4000元',
      '15类',
      '46种',
    ]);
  });

  test('the same figure repeated about the same thing is listed once', () => {
    expect(values('覆盖1492起行政案件，从1492起行政案件中查出394起问题案件')).toEqual([
      '1492起',
      '394起',
    ]);
  });
});

describe('metrics a reader can compare', () => {
  const found = (text: string) =>
    findMetrics(text).map((m) => ({
      label: m.label,
      value: m.value,
      unit: m.unit,
      quote: m.quote,
      ...(m.approx ? { approx: m.approx } : {}),
    }));

  test('a list of figures in one clause gives one metric per figure, each labelled by its own part', () => {
    expect(found('累计线上备案5200次、联合检查960次、非现场检查2100次。')).toEqual([
      { label: '累计线上备案', value: 5200, unit: '次', quote: '累计线上备案5200次' },
      { label: '联合检查', value: 960, unit: '次', quote: '联合检查960次' },
      { label: '非现场检查', value: 2100, unit: '次', quote: '非现场检查2100次' },
    ]);
  });

  test('approximations keep their word in the quote and say it in approx', () => {
    expect(
      found(
        '共检查设备2300余台，罚没超60万元，挽回近20万元，逾40%的企业，节约1000多万元，覆盖28万余户，压缩90%以上。',
      ),
    ).toEqual([
      { label: '检查设备', value: 2300, unit: '台', quote: '共检查设备2300余台', approx: '余' },
      { label: '罚没', value: 60, unit: '万元', quote: '罚没超60万元', approx: '超' },
      { label: '挽回', value: 20, unit: '万元', quote: '挽回近20万元', approx: '近' },
      { label: '企业', value: 40, unit: '%', quote: '逾40%的企业', approx: '逾' },
      { label: '节约', value: 1000, unit: '万元', quote: '节约1000多万元', approx: '多' },
      { label: '覆盖', value: 28, unit: '万户', quote: '覆盖28万余户', approx: '余' },
      { label: '压缩', value: 90, unit: '%', quote: '压缩90%以上', approx: '以上' },
    ]);
  });

  test('before → after is two metrics with one quote, labelled （原） and （现）', () => {
    expect(
      found('检验周期从平均5天缩短至1天。').map((m) => [m.label, m.value, m.unit, m.quote]),
    ).toEqual([
      ['检验周期（原）', 5, '天', '检验周期从平均5天缩短至1天'],
      ['检验周期（现）', 1, '天', '检验周期从平均5天缩短至1天'],
    ]);
    expect(
      found('每个项目完成时限由过去的1—2个工作日，缩短至目前的1—2小时。').map((m) => [
        m.label,
        m.value,
        m.unit,
      ]),
    ).toEqual([
      ['每个项目完成时限（原，上限）', 2, '个工作日'],
      ['每个项目完成时限（现，上限）', 2, '小时'],
    ]);
  });

  test('two figures without a separator: each label names its own thing', () => {
    expect(found('为983家企业颁发电子存证证书411张。').map((m) => [m.label, m.quote])).toEqual([
      ['颁发电子存证证书的企业', '为983家企业'],
      ['颁发电子存证证书', '颁发电子存证证书411张'],
    ]);
    expect(found('归集全市287家食品生产企业数据2973条').map((m) => m.label)).toEqual([
      '归集全市食品生产企业数据',
      '食品生产企业数据',
    ]);
  });

  test('a figure in a list item ends at its 、, but not at one inside quotation marks', () => {
    expect(
      found('（即时问题3日内更正、影响经营问题5日内处置、长期问题建章立制）').map((m) => m.quote),
    ).toEqual(['即时问题3日内更正', '影响经营问题5日内处置']);
    expect(found('涉及本次检查的54项检查事项实现“进一次门、查多项事”。')[0]!.label).toBe(
      '涉及本次检查的检查事项',
    );
  });

  test('the batch’s own counts are not figures of a case', () => {
    expect(found('近日发布第二批8个典型案例，现将三起典型案例、10个典型案例予以公布。')).toEqual(
      [],
    );
  });

  test('values of the matter at issue are of the kind 涉案金额, not 经济效益', () => {
    expect(
      findMetrics('查获货值860元，违法所得12元，挽回经济损失1617.07万元。').map((m) => m.kind),
    ).toEqual(['涉案金额', '涉案金额', '经济效益']);
  });
});

// Each run starts Node and loads the conversion tables: seconds on a busy machine.
describe('the command line', { timeout: 60_000 }, () => {
  /**
   * A copy of the project with an empty knowledge base (the raw texts kept), so that the
   * fixtures, made from the seed texts, are new to it and ids start at 01.
   */
  const project = mkdtempSync(join(tmpdir(), 'import-project-'));
  copyProject(process.cwd(), project);
  for (const folder of ['content/cases', 'content/sources']) {
    rmSync(join(project, folder), { recursive: true });
    mkdirSync(join(project, folder));
  }
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  const cli = (args: string[], cwd = project) =>
    spawnSync(process.execPath, [join(cwd, 'cli/import.ts'), ...args], { encoding: 'utf8', cwd });
  const tmp = () => mkdtempSync(join(tmpdir(), 'import-test-'));
  const fixture = (name: string) => `test/fixtures/import/${name}`;

  test('writes one draft per case and one source draft, and lists every doubt and placeholder with its line', () => {
    const out = join(tmp(), 'out');
    const result = cli([fixture('cut-short.txt'), '--out', out, '--added', '2026-11-24']);
    expect(result.status).toBe(0);
    expect(readdirSync(join(out, 'cases'))).toEqual(['nx-0000-01.mdx', 'nx-0000-02.mdx']);
    expect(readdirSync(join(out, 'sources'))).toEqual(['TODO-cut-short.mdx']);
    const lines = result.stdout.split('\n');
    expect(lines.find((l) => l.includes('nx-0000-01 '))).toContain(
      '中卫市“三减”执法模式｜宁夏回族自治区/中卫市（640500）｜年份待填',
    );
    // Doubts at their line (and column) of the input file.
    expect(result.stdout).toMatch(
      /test\/fixtures\/import\/cut-short\.txt:1 · 案例数 · 原文宣布 10 个案例/,
    );
    expect(result.stdout).toMatch(/cut-short\.txt:13:144 · 正文 · 原文在“…/);
    // Placeholders, as the check will refuse them, at their line of the draft.
    const draft = readFileSync(join(out, 'cases', 'nx-0000-01.mdx'), 'utf8').split('\n');
    const yearLine = draft.findIndex((l) => l.startsWith('year:')) + 1;
    expect(result.stdout).toContain(`/cases/nx-0000-01.mdx:${yearLine} · year · 还是占位`);
    expect(result.stdout).toMatch(
      /TODO-cut-short\.mdx:\d+ · notes\[0\]\.resolved · 导入时发现的问题还没有处理/,
    );
    expect(result.stdout).toMatch(/已写入 2 个案例草稿和 1 个来源草稿/);
  });

  test('several files without --source give one source draft each', () => {
    const out = join(tmp(), 'out');
    const result = cli([fixture('cut-short.txt'), fixture('sections.txt'), '--out', out]);
    expect(result.status).toBe(0);
    expect(readdirSync(join(out, 'sources'))).toEqual(['TODO-cut-short.mdx', 'TODO-sections.mdx']);
    const sections = readFileSync(join(out, 'cases', 'zj-2025-01.mdx'), 'utf8');
    expect(sections).toContain('source: TODO-sections');
  });

  test('importing the same text again says 已导入为 … and writes nothing new, under its name or another', () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const raw = join(project, 'content/raw/sections.txt');
    writeFileSync(raw, readFileSync(join(project, fixture('sections.txt')), 'utf8'));
    expect(cli(['content/raw/sections.txt', '--out', out]).status).toBe(0);
    const before = readdirSync(join(out, 'cases'));
    const again = cli(['content/raw/sections.txt', '--out', out]);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('content/raw/sections.txt：已导入为 ');
    expect(again.stdout).toContain(
      'TODO-sections.mdx（案例 jx-2025-01、zj-2025-01），未写入新文件',
    );
    // The same text under another name, with other line breaks.
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, readFileSync(raw, 'utf8').replace(/\n/g, '\r\n'));
    expect(cli([copy, '--out', out]).stdout).toContain(`${copy}：已导入为 `);
    expect(readdirSync(join(out, 'cases'))).toEqual(before);
    expect(readdirSync(join(out, 'sources'))).toEqual(['TODO-sections.mdx']);
    rmSync(raw);
  });

  test('a case already imported from another text says 已导入为 … and is not written again', () => {
    const dir = tmp();
    const out = join(dir, 'out');
    const other = join(dir, 'other.txt');
    // The same two cases under another introduction.
    writeFileSync(
      other,
      readFileSync(join(project, fixture('sections.txt')), 'utf8').replace(
        '现将两起典型案例公布如下。',
        '两起典型案例如下。',
      ),
    );
    expect(cli([fixture('sections.txt'), '--out', out]).status).toBe(0);
    const result = cli([other, '--out', out]);
    expect(result.stdout).toContain(
      '案例1“浙江绍兴市经济影响评估机制 推动包容审慎理念落地实践”已导入为 ',
    );
    expect(result.stdout).toContain('所有案例都已导入，未写入来源草稿');
    expect(readdirSync(join(out, 'cases'))).toHaveLength(2);
  });

  test('a placeholder source name taken by another text is written beside it, and says so', () => {
    const dir = tmp();
    const out = join(dir, 'out');
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'b'));
    writeFileSync(
      join(dir, 'a', 'batch.txt'),
      readFileSync(join(project, fixture('sections.txt')), 'utf8'),
    );
    writeFileSync(
      join(dir, 'b', 'batch.txt'),
      readFileSync(join(project, fixture('keywords-spaces.txt')), 'utf8'),
    );
    expect(cli([join(dir, 'a', 'batch.txt'), '--out', out]).status).toBe(0);
    const second = cli([join(dir, 'b', 'batch.txt'), '--out', out]);
    expect(second.stdout).toContain(
      'TODO-batch.mdx 已被另一份原文使用，来源草稿写为 TODO-batch-2.mdx',
    );
    expect(readdirSync(join(out, 'sources'))).toEqual(['TODO-batch-2.mdx', 'TODO-batch.mdx']);
    expect(readFileSync(join(out, 'sources', 'TODO-batch-2.mdx'), 'utf8')).toMatch(
      /^---\nslug: TODO-batch-2\n/,
    );
    expect(readFileSync(join(out, 'cases', 'sd-2025-01.mdx'), 'utf8')).toContain(
      'source: TODO-batch-2',
    );
  });

  test('--source naming a source that exists is refused before anything is written', () => {
    const out = join(tmp(), 'out');
    const result = cli(
      [fixture('sections.txt'), '--out', out, '--source', 'nx-2025-enforcement-cases'],
      process.cwd(),
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      '来源 slug“nx-2025-enforcement-cases”已被 content/sources/nx-2025-enforcement-cases.mdx 使用',
    );
    expect(existsSync(out)).toBe(false);
    expect(
      cli([fixture('sections.txt'), fixture('run-in.txt'), '--source', 'x', '--out', out]).stderr,
    ).toContain('--source 只能用于一个文件');
  });

  test('a published text already in the knowledge base says so and writes nothing', () => {
    const out = join(tmp(), 'out');
    const result = cli(['content/raw/000_26c12634849f5551.txt', '--out', out], process.cwd());
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(
      'content/raw/000_26c12634849f5551.txt：已导入为 content/sources/nx-2025-enforcement-cases.mdx（案例 nx-2025-01、nx-2025-02、nx-2025-03、nx-2025-04、nx-2025-05、nx-2025-06、nx-2025-07、nx-2025-08、nx-2025-09、nx-2025-10），未写入新文件'.replace(
        /nx-2025-0(\d)、nx-2025-10/,
        (m) => m,
      ),
    );
    expect(existsSync(out)).toBe(false);
  });

  test('--year gives the year of publication when the text writes none', () => {
    const out = join(tmp(), 'out');
    expect(cli([fixture('anonymised-mongolia.txt'), '--out', out, '--year', '2025']).status).toBe(
      0,
    );
    expect(readdirSync(join(out, 'cases'))).toEqual(['nm-2025-01.mdx', 'nm-2025-02.mdx']);
    expect(readFileSync(join(out, 'cases', 'nm-2025-01.mdx'), 'utf8')).toContain('\nyear: 2025\n');
  });

  test('prints every span it could not repair at its line and column in the raw file, and shows progress on stderr', () => {
    const dir = tmp();
    const file = join(dir, 'garbled.txt');
    writeFileSync(
      file,
      [
        '案例1：甲市试点',
        '【基本情况】',
        '正常的一段。',
        '这里(zhè)有乱码\ue000\ue001字。',
        '案例2：乙市试点',
        '【基本情况】',
        '另一段。',
      ].join('\r\n'),
    );
    const result = cli([file, '--out', join(dir, 'out'), '--progress-every', '1']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${file}:4:11 · 乱码 · 无法修复`);
    expect(result.stderr).toContain('进度：已拆分 2 个案例');
  }, 30_000); // a Node process of its own: slow on a busy machine, and not a timing test

  test.each([
    ['empty.txt', '', '是空文件，未导入'],
    ['blank.txt', '  \r\n\n', '是空文件，未导入'],
    [
      'binary.txt',
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]),
      '不是文本文件（含有 NUL 字节），未导入；请提供 UTF-8 纯文本',
    ],
    [
      'gbk.txt',
      Buffer.from([0xb0, 0xb8, 0xc0, 0xfd]),
      '不是有效的 UTF-8 文本（第 1 字节起无法解码），未导入；请先转换为 UTF-8',
    ],
  ])(
    '%s stops the import with a Chinese message naming the file, and nothing is written',
    (name, content, message) => {
      const dir = tmp();
      const file = join(dir, name);
      writeFileSync(file, content);
      const good = join(project, fixture('sections.txt'));
      const out = join(dir, 'out');
      const result = cli([good, file, '--out', out]);
      expect(result.status).toBe(1);
      expect(result.stderr.trim()).toBe(`导入失败：“${file}”${message}`);
      expect(existsSync(out)).toBe(false);
    },
  );

  test('a missing file stops the import with a message naming it', () => {
    const result = cli(
      ['content/raw/no-such-file.txt', '--out', join(tmp(), 'out')],
      process.cwd(),
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      '导入失败：无法读取“content/raw/no-such-file.txt”：文件不存在',
    );
  });

  test('readInput refuses the same files without the command line', () => {
    const file = join(tmp(), 'nul.txt');
    writeFileSync(file, 'abc\u0000def');
    expect(() => readInput(file)).toThrow(ImportError);
    expect(() => readInput(file)).toThrow('含有 NUL 字节');
  });
});
