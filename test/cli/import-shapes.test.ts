/**
 * The importer on batches in every shape of PUBLISHED-TEXTS.md (test/fixtures/import/, made by
 * reshaping the seed texts): what the drafts must hold — the number of cases, their titles,
 * regions, years (or placeholders) and figures — and what the reviewer is told.
 * With SCORECARD=1 it prints the scorecard of the note (cases, titles, regions, years, figures,
 * false metrics, usable labels per fixture).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { knownRepairs } from '../../cli/import/known-repairs.ts';
import { findMetrics } from '../../cli/import/metrics.ts';
import { importText, type ImportResult } from '../../cli/import/pipeline.ts';
import { findTextDefects } from '../../src/check/text-defects.ts';
import { loadToHans } from '../../src/i18n/convert.ts';
import { isTodo } from '../../src/model/placeholders.ts';
import type { Metric } from '../../src/model/schema/case.ts';

const dir = 'test/fixtures/import/';
const toHans = await loadToHans();
const imported = new Map<string, ImportResult>();
const run = (file: string): ImportResult => {
  if (!imported.has(file))
    imported.set(
      file,
      importText(readFileSync(dir + file, 'utf8'), {
        fileName: file,
        added: '2026-11-24',
        takenIds: new Set(),
        toHans,
        knownRepairs,
      }),
    );
  return imported.get(file)!;
};

/** `TODO` stands for a placeholder the check refuses. */
type Maybe<T> = T | 'TODO';
interface ExpectedCase {
  number: number;
  title: Maybe<string>;
  code: string;
  year: Maybe<number>;
  /** Every figure of the case a reader would compare, `value` + `unit`, in order. */
  figures: string[];
}
interface Expected {
  file: string;
  shape: string;
  source: { title: Maybe<string>; publisher: Maybe<string>; date: Maybe<string> };
  cases: ExpectedCase[];
  /** Fields of the notices the reviewer is given. */
  notices: string[];
  /** Notices that go into the source draft's notes. */
  sourceNotes: number;
}

const TODO = 'TODO' as const;
const noSource = { title: TODO, publisher: TODO, date: TODO };

const expected: Expected[] = [
  {
    file: 'contents-cut-short.txt',
    shape: 'markers',
    source: noSource,
    cases: [
      {
        number: 1,
        title: '北京市破解检查站“通勤难” 协同提速惠企解民忧',
        code: '110112',
        year: 2025,
        figures: ['9处', '40%'],
      },
      {
        number: 2,
        title: '天津蓟州区聚焦安全生产风险隐患 包容审慎助企除患纾困',
        code: '120119',
        year: 2025,
        figures: ['4000元'],
      },
      {
        number: 3,
        title: '河北廊坊广阳区主动化解产品仿冒纠纷 助企跨省维权挽损',
        code: '131003',
        year: 2025,
        figures: [],
      },
    ],
    notices: ['案例数', '正文'],
    sourceNotes: 2,
  },
  {
    file: 'unit-name.txt',
    shape: 'markers',
    source: noSource,
    cases: [
      {
        number: 1,
        title: '中卫市“三减”执法模式',
        code: '640500',
        year: TODO,
        figures: ['15个', '103项', '122次', '35.86%', '49家', '16家', '22个', '347项', '794件'],
      },
      {
        number: 2,
        title: '“四步五评”工作法精准清理涉企执法存量问题',
        code: '640000',
        year: TODO,
        figures: ['85件', '7.2万件', '2100起', '1492起', '30%', '394起', '28个', '3日', '5日'],
      },
      {
        number: 3,
        title: '银川市金凤区流动摊贩治理 “三互三阶”新模式',
        code: '640106',
        year: TODO,
        figures: [],
      },
    ],
    notices: ['title'],
    sourceNotes: 0,
  },
  {
    file: 'sections.txt',
    shape: 'headings',
    source: noSource,
    cases: [
      {
        number: 1,
        title: '浙江绍兴市经济影响评估机制 推动包容审慎理念落地实践',
        code: '330600',
        year: 2025,
        figures: ['2万元', '41箱', '20000元', '4000元'],
      },
      {
        number: 2,
        title: '江西赣州上犹县优化企业信用修复服务 营造宽松发展环境',
        code: '360724',
        year: 2025,
        figures: ['2个工作日'],
      },
    ],
    notices: [],
    sourceNotes: 0,
  },
  {
    file: 'keywords-spaces.txt',
    shape: 'markers',
    source: noSource,
    cases: [
      {
        number: 7,
        title: '山东济南市聚焦企业诉求 强化指导助企解难题',
        code: '370100',
        year: 2025,
        figures: [],
      },
      {
        number: 8,
        title: '湖南常德市协作化解执法标准冲突 纾解企业整改难题',
        code: '430700',
        year: 2025,
        figures: [],
      },
    ],
    notices: [],
    sourceNotes: 0,
  },
  {
    file: 'run-in.txt',
    shape: 'markers',
    source: noSource,
    cases: [
      {
        number: 2,
        title: '天津蓟州区聚焦安全生产风险隐患 包容审慎助企除患纾困',
        code: '120119',
        year: 2025,
        figures: ['4000元'],
      },
      {
        number: 3,
        title: '泰兴市深化涉企行政执法改革',
        code: '321283',
        year: 2025,
        figures: ['223次', '388次', '98.43%', '4家', '3家', '54项', '10万', '617件', '210万元'],
      },
    ],
    notices: ['小标题', 'year'],
    sourceNotes: 0,
  },
  {
    file: 'article.txt',
    shape: 'prose',
    source: {
      title: '多地晒出规范涉企行政执法“成绩单”',
      publisher: '法治日报',
      date: '2025-10-29',
    },
    cases: [
      { number: 1, title: TODO, code: '110112', year: 2025, figures: ['9处', '40%'] },
      { number: 2, title: TODO, code: '120119', year: 2025, figures: ['4000元'] },
      { number: 3, title: TODO, code: '131003', year: 2025, figures: [] },
      { number: 4, title: TODO, code: '330600', year: 2025, figures: ['2万元', '41箱'] },
    ],
    notices: ['案例数', '拆分'],
    sourceNotes: 2,
  },
  {
    file: 'anonymised-mongolia.txt',
    shape: 'markers',
    source: noSource,
    cases: [
      {
        number: 1,
        title: '某盟某旗司法局涉企执法监督“六联”机制',
        code: '150000',
        year: TODO,
        figures: ['4条', '8个', '1278本', '30件', '16份', '18家', '471件', '434件'],
      },
      {
        number: 2,
        title: '某盟某旗司法局“双轨监督机制”规范涉企执法',
        code: '150000',
        year: TODO,
        figures: ['12个', '22名', '31%', '5%'],
      },
    ],
    notices: ['region'],
    sourceNotes: 0,
  },
  {
    file: 'anonymised-province.txt',
    shape: 'markers',
    source: {
      title: '江苏省司法厅发布涉企行政执法监督典型案例',
      publisher: '江苏省司法厅',
      date: '2025-11-20',
    },
    cases: [
      {
        number: 1,
        title: '某市某区司法局升级“共享检验室”',
        code: '320000',
        year: 2025,
        figures: ['12家', '8000份', '74批次', '1000万元'],
      },
    ],
    notices: ['region'],
    sourceNotes: 0,
  },
  {
    file: 'traditional-mirror.txt',
    shape: 'markers',
    source: noSource,
    cases: [
      {
        number: 3,
        title: '宁夏回族自治区药监局“智慧赋能+分类施策”涉企监管模式',
        code: '640000',
        year: 2025,
        figures: ['4个', '3小时', '1小时', '3倍', '30%', '50%'],
      },
      {
        number: 8,
        title: '吴忠市青铜峡市涉企检查柔性执法',
        code: '640381',
        year: 2025,
        figures: ['110件', '87件'],
      },
      {
        number: 10,
        title: '固原市彭阳县“2+1+1”涉企执法诉求沟通新模式',
        code: '640425',
        year: 2025,
        figures: ['5家', '12个', '1963家', '14条', '74条', '32份', '100%'],
      },
    ],
    notices: ['案例数', '乱码'],
    sourceNotes: 1,
  },
  {
    file: 'cut-short.txt',
    shape: 'markers',
    source: noSource,
    cases: [
      {
        number: 1,
        title: '中卫市“三减”执法模式',
        code: '640500',
        year: TODO,
        figures: ['15个', '103项', '122次', '35.86%', '49家', '16家', '22个', '347项', '794件'],
      },
      {
        number: 2,
        title: '宁夏回族自治区公安厅“四步五评”工作法精准清理涉企执法存量问题',
        code: '640000',
        year: TODO,
        figures: ['85件', '7.2万件'],
      },
    ],
    notices: ['案例数', '正文'],
    sourceNotes: 2,
  },
  {
    file: 'articles-cut-short.txt',
    shape: 'articles',
    source: { title: '全区优化营商环境建设典型案例（2025年第3期）', publisher: TODO, date: TODO },
    cases: [
      {
        number: 1,
        title: '“智能监测+靶向治理”包头市构建法治化营商环境的实践探索',
        code: '150200',
        year: 2025,
        figures: [
          '287家',
          '2973条',
          '100%',
          '100%',
          '983家',
          '411张',
          '3406户',
          '2.6万次',
          '118家',
          '60家',
          '5693项',
          '57家',
          '17个',
          '1091万元',
          '2654件',
          '70.87%',
          '28万户',
          '83%',
        ],
      },
      {
        number: 2,
        title: '通辽“云勘验”：大幅提升审批效能 有效降低行政成本',
        code: '150500',
        year: 2025,
        figures: ['84项'],
      },
    ],
    notices: ['案例数', '正文'],
    sourceNotes: 2,
  },
];

const todoOr = <T>(value: T) => (isTodo(value) ? TODO : value);
const figure = (m: Metric) => `${m.value}${m.unit}`;

/**
 * A label a reader can use: names what is counted (two Chinese characters at least), holds no
 * figure of its own, does not begin or end with a joining word, and, for a before → after
 * quote, says which of the two it is.
 */
function usableLabel(m: Metric): boolean {
  const han = [...m.label].filter((c) => /\p{Script=Han}/u.test(c)).length;
  const pair =
    findMetrics(m.quote).length === 2 && /由|从/.test(m.quote) && /至|为|到/.test(m.quote);
  return (
    han >= 2 &&
    findMetrics(m.label).length === 0 &&
    !/^(?:[的和与并对为在、，]|及(?!时))|[的和及与并对为在、，]$/.test(m.label) &&
    m.label !== m.quote &&
    (!pair || /（原|（现/.test(m.label))
  );
}

describe.each(expected.map((e) => [e.file, e] as const))('%s', (file, e) => {
  test('is split into the cases it holds, with their titles, regions, years and figures', () => {
    const r = run(file);
    expect(r.batch.shape).toBe(e.shape);
    expect(
      r.cases.map((c) => ({
        number: c.draft.number,
        title: todoOr(c.draft.title),
        code: c.draft.region.code,
        year: todoOr(c.draft.year),
        figures: c.draft.metrics.map(figure),
      })),
    ).toEqual(e.cases);
  });

  test('gives the source its title, publisher and date, or placeholders', () => {
    const { title, publisher, date } = run(file).source.draft;
    expect({ title: todoOr(title), publisher: todoOr(publisher), date: todoOr(date) }).toEqual(
      e.source,
    );
  });

  test('tells the reviewer what it is unsure of, and puts what the source must record into its notes', () => {
    const r = run(file);
    expect([...new Set(r.notices.map((n) => n.field))].sort()).toEqual([...e.notices].sort());
    expect(r.source.draft.notes ?? []).toHaveLength(e.sourceNotes);
    for (const n of r.source.draft.notes ?? []) expect(isTodo(n.resolved)).toBe(true);
  });

  test('finds every figure once, each with a quote of the body that holds its value, and no figure outside a case', () => {
    const r = run(file);
    for (const c of r.cases)
      for (const m of c.draft.metrics) {
        expect(c.body).toContain(m.quote);
        expect(m.quote).toContain(String(m.value));
        if (m.approx) expect(m.quote).toContain(m.approx);
      }
    const intro = r.source.body;
    for (const c of r.cases)
      for (const p of intro.split('\n\n')) if (p.length > 20) expect(c.body).not.toContain(p);
  });

  test('leaves no damage the check would refuse in the case bodies', () => {
    for (const c of run(file).cases) {
      const left = findTextDefects(c.body).filter((d) => !/[\ue000-\uf8ff?]/u.test(d.match));
      expect(left.map((d) => d.what)).toEqual([]);
    }
  });
});

describe('shape by shape', () => {
  test('contents: the titles not found are named, and the heading wins over the contents (泰州市 / 兴化市)', () => {
    const r = run('contents-cut-short.txt');
    const note = r.notices.find((n) => n.field === '案例数')!;
    expect(note.what).toContain('目录列出 8 个，导入找到 3 个');
    expect(note.what).toContain('4. 江苏泰州市升级“共享检验室” 助力食品产业高质量发展');
    expect(note.what).toContain('8. 湖南常德市协作化解执法标准冲突 纾解企业整改难题');
    expect(note.what).not.toContain('1. 北京市');
  });

  test('a copy cut short is told at the line and column where it stops, in the summary and in the source notes', () => {
    const raw = readFileSync(`${dir}cut-short.txt`, 'utf8');
    const lines = raw.trimEnd().split('\n');
    const r = run('cut-short.txt');
    const cut = r.notices.find((n) => n.field === '正文')!;
    expect([cut.line, cut.column]).toEqual([lines.length, [...lines.at(-1)!].length + 1]);
    expect(cut.what).toContain('专班梳理剔除');
    expect(r.source.draft.notes!.map((n) => n.note).join()).toContain('原文宣布 10 个案例');
    expect(r.source.draft.notes!.map((n) => n.note).join()).toContain('句子不完整');
  });

  test('the unit named on the marker line is the body’s first paragraph, not the title', () => {
    const r = run('unit-name.txt');
    expect(r.cases[0]!.body.split('\n\n')[0]).toBe('中卫市司法局');
    expect(r.cases[1]!.body.split('\n\n')[0]).toBe('宁夏回族自治区公安厅');
    expect(r.cases[2]!.body).not.toContain('“三互三阶”新模式\n');
  });

  test('section names of every kind become ## headings, and keywords are split on ， 、 and spaces', () => {
    const [z, j] = run('sections.txt').cases;
    expect(z!.body.match(/^## .+$/gm)).toEqual(['## 基本案情', '## 监督处理', '## 典型意义']);
    expect(j!.body.match(/^## .+$/gm)).toEqual(['## 主要做法', '## 工作成效', '## 经验启示']);
    expect(z!.draft.keywords).toEqual(['烟花爆竹', '经济影响评估', '包容审慎']);
    expect(j!.draft.keywords).toEqual(['年度申报', '绿色通道', '信用修复']);
    const [s, h] = run('keywords-spaces.txt').cases;
    expect(s!.draft.keywords).toEqual(['企业诉求', '行政指导', '精准助企']);
    expect(h!.draft.keywords).toEqual(['标准不一', '协同联动', '监管质效']);
  });

  test('run-in section names are cut from their text, and each cut is told with its line', () => {
    const r = run('run-in.txt');
    const [t, x] = r.cases;
    expect(t!.draft.keywords).toEqual(['安全生产', '包容审慎', '助企纾困']);
    expect(t!.body.match(/^## .+$/gm)).toEqual(['## 基本情况', '## 协调处理', '## 典型意义']);
    expect(t!.body).toContain('## 基本情况\n\n2025年6月，天津蓟州区应急管理局检查发现');
    expect(x!.body.match(/^## .+$/gm)).toEqual([
      '## 主要做法',
      '## 数智赋能，推动规范精准执法',
      '## 工作成效',
    ]);
    expect(r.notices.filter((n) => n.field === '小标题').map((n) => n.line)).toEqual([
      4, 5, 6, 7, 10, 13,
    ]);
  });

  test('article: the headline and byline make the source, the lede stays in it, and each place is a case', () => {
    const r = run('article.txt');
    expect(r.source.body.split('\n\n').slice(0, 2)).toEqual([
      '法治日报·客户端 2025-10-29 09:30:12',
      '记者 某某 通讯员 某某',
    ]);
    expect(r.source.body).toContain('第二批8个规范涉企行政执法专项行动典型案例');
    for (const c of r.cases) {
      expect(c.body).not.toContain('记者');
      expect(c.body).not.toContain('第二批');
      expect(c.draft.metrics.some((m) => m.value === 8 && m.unit === '个')).toBe(false);
    }
    const [bj, tj, he, zj] = r.cases;
    expect(bj!.body.startsWith('## 协同破题 回应民生关切\n\n专项行动开展期间')).toBe(true);
    expect(tj!.body.split('\n\n')).toHaveLength(3);
    expect(he!.body).toContain('助企维权挽损\n\n2025年4月，河北廊坊广阳区');
    expect(zj!.body).toContain('在浙江绍兴，市综合执法局');
    expect(he!.body).not.toContain('浙江');
    const split = r.notices.find((n) => n.field === '拆分')!;
    expect(split.line).toBe(11);
    expect(r.source.draft.notes!.map((n) => n.note).join()).toContain('原文宣布 8 个案例');
  });

  test('anonymised: the province of the publisher, and placeholders for the city and county', () => {
    const [m] = run('anonymised-mongolia.txt').cases;
    expect(m!.draft.region.province).toBe('内蒙古自治区');
    expect(m!.draft.region.city).toMatch(/^TODO-原文匿名为“某盟”/);
    expect(m!.draft.region.county).toMatch(/^TODO-原文匿名为“某旗”/);
    expect(m!.draft.year).toMatch(/^TODO-.*今年/);
    expect(m!.draft.id).toBe('nm-0000-01');
    const [j] = run('anonymised-province.txt').cases;
    expect(j!.draft.region).toMatchObject({ province: '江苏省', code: '320000' });
    expect(j!.draft.region.city).toMatch(/^TODO-原文匿名为“某市”/);
    expect(j!.draft.id).toBe('js-2025-01');
  });

  test('traditional mirror: simplified, no pinyin in either bracket width, mojibake told at its column in the raw file', () => {
    const raw = readFileSync(`${dir}traditional-mirror.txt`, 'utf8');
    const r = run('traditional-mirror.txt');
    expect(r.repair.script).toBe('traditional');
    expect(r.repair.counts.pinyin).toBeGreaterThan(100);
    const all = [...r.cases.map((c) => c.body), r.source.body].join('\n');
    expect(findTextDefects(all).filter((d) => d.what.includes('拼音'))).toEqual([]);
    const garbled = r.notices.filter((n) => n.field === '乱码');
    const line1 = raw.split('\r\n')[0]!;
    expect(garbled[0]).toMatchObject({ line: 1, column: [...line1].indexOf('?') + 1 });
    expect(garbled[0]!.column).toBeGreaterThan(200);
    expect(r.source.body).toContain('作用?,F将10个典型案例');
    expect(all).toContain('2025年以来');
  });

  test('articles under the titles of a contents list, cut short: the articles found, the titles missing', () => {
    const r = run('articles-cut-short.txt');
    expect(r.repair.applied.length).toBeGreaterThan(0);
    const note = r.notices.find((n) => n.field === '案例数')!;
    expect(note.what).toContain('原文宣布 5 个案例（“案例5例”），目录列出 5 个，导入找到 2 个');
    expect(note.what).toContain('3. 鄂尔多斯市康巴什区');
  });
});

describe('the scorecard', () => {
  const rows = expected.map((e) => {
    const r = run(e.file);
    const got = r.cases;
    const pairs = e.cases.map((x, i) => [x, got[i]] as const);
    const metrics = got.flatMap((c) => c.draft.metrics);
    const expectedFigures = e.cases.flatMap((x) => x.figures);
    const found = got.flatMap((c) => c.draft.metrics.map(figure));
    const left = [...found];
    const hits = expectedFigures.filter((f) => {
      const i = left.indexOf(f);
      if (i === -1) return false;
      left.splice(i, 1);
      return true;
    }).length;
    return {
      fixture: e.file.replace(/\.txt$/, ''),
      cases: `${got.length}/${e.cases.length}`,
      titles: pairs.filter(([x, c]) => c && todoOr(c.draft.title) === x.title).length,
      regions: pairs.filter(([x, c]) => c && c.draft.region.code === x.code).length,
      years: pairs.filter(([x, c]) => c && todoOr(c.draft.year) === x.year).length,
      figures: `${hits}/${expectedFigures.length}`,
      false: left.length,
      labels: `${metrics.filter(usableLabel).length}/${metrics.length}`,
    };
  });

  test('every fixture scores full marks on cases, titles, regions, years and figures, with no false metric', () => {
    if (process.env.SCORECARD) {
      console.table(rows);
      const labels = expected.flatMap((e) => run(e.file).cases.flatMap((c) => c.draft.metrics));
      console.log(labels.filter((m) => !usableLabel(m)).map((m) => `${m.label} ← ${m.quote}`));
    }
    for (const row of rows) {
      const [got, want] = row.cases.split('/').map(Number);
      expect(got, row.fixture).toBe(want);
      expect([row.titles, row.regions, row.years], row.fixture).toEqual([want, want, want]);
      expect(row.figures.split('/')[0], row.fixture).toBe(row.figures.split('/')[1]);
      expect(row.false, row.fixture).toBe(0);
    }
  });

  test('nine labels in ten are usable at least', () => {
    const [usable, all] = rows
      .map((r) => r.labels.split('/').map(Number))
      .reduce(([a, b], [c, d]) => [a! + c!, b! + d!], [0, 0]);
    expect(usable! / all!).toBeGreaterThanOrEqual(0.9);
  });
});
