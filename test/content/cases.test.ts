import { describe, expect, test } from 'vitest';
import { readContentDir } from '../../src/check/content-file.ts';
import { caseSchema } from '../../src/model/schema/case.ts';
import { sourceSchema } from '../../src/model/schema/source.ts';
import { pinyinAnnotations } from '../../src/model/text-damage.ts';

const cases = readContentDir('content/cases', 'case');
const sources = readContentDir('content/sources', 'source');

/** Published ids (see HELPERS-COMMON): 10 宁夏, 8 from the 法治日报 batch, 5 内蒙古, 1 泰兴. */
const expectedIds = [
  ...Array.from({ length: 10 }, (_, i) => `nx-2025-${String(i + 1).padStart(2, '0')}`),
  'bj-2025-01', 'tj-2025-01', 'he-2025-01', 'js-2025-01', 'zj-2025-01', 'jx-2025-01', 'sd-2025-01', 'hn-2025-01',
  ...Array.from({ length: 5 }, (_, i) => `nm-2025-${String(i + 1).padStart(2, '0')}`),
  'js-2025-02',
];

/** The four seed sources; cases added since are checked by npm run check, not pinned here. */
const seedSources = ['nx-2025-enforcement-cases', 'legaldaily-2025-10-29', 'nm-2025-03-business-environment', 'taixing-2025-enforcement'];

describe('the 24 cases', () => {
  test('are all there, one file each, with the published ids', () => {
    expect(cases.map((c) => c.name)).toEqual(expect.arrayContaining(expectedIds));
  });

  test.each(cases.map((c) => [c.name, c] as const))('%s parses with the case schema and its id is its file name', (name, file) => {
    const result = caseSchema.safeParse(file.data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data!.id).toBe(name);
  });

  test('each refers to a source that exists, with numbers 1…n in each source', () => {
    const slugs = new Set(sources.map((s) => s.name));
    const bySource = new Map<string, number[]>();
    for (const c of cases) {
      const data = caseSchema.parse(c.data);
      expect(slugs.has(data.source), `${c.name}: ${data.source}`).toBe(true);
      bySource.set(data.source, [...(bySource.get(data.source) ?? []), data.number]);
    }
    const seeds = [...bySource].filter(([slug]) => seedSources.includes(slug));
    for (const [slug, numbers] of seeds) {
      expect(numbers.sort((a, b) => a - b), slug).toEqual(numbers.map((_, i) => i + 1));
    }
    expect(Object.fromEntries(seeds.map(([s, n]) => [s, n.length]))).toEqual({
      'nx-2025-enforcement-cases': 10,
      'legaldaily-2025-10-29': 8,
      'nm-2025-03-business-environment': 5,
      'taixing-2025-enforcement': 1,
    });
  });

  test('the regions are the most specific divisions the cases are about', () => {
    const regions = Object.fromEntries(cases.map((c) => [c.name, caseSchema.parse(c.data).region.code]));
    expect(regions).toMatchObject({
      'nx-2025-01': '640500', // 中卫市
      'nx-2025-02': '640000', // 自治区公安厅: province level
      'nx-2025-03': '640000', // 自治区药监局: province level
      'nx-2025-04': '640106', // 银川市金凤区
      'nx-2025-08': '640381', // 吴忠市青铜峡市
      'bj-2025-01': '110112', // 北京市通州区
      'tj-2025-01': '120119', // 天津市蓟州区
      'he-2025-01': '131003', // 廊坊市广阳区
      'js-2025-01': '321281', // 泰州市兴化市
      'zj-2025-01': '330600', // 绍兴市
      'nm-2025-03': '150603', // 鄂尔多斯市康巴什区
      'nm-2025-04': '152500', // 锡林郭勒盟
      'js-2025-02': '321283', // 泰州市泰兴市
    });
  });
});

describe('metrics', () => {
  const all = cases.flatMap((c) => caseSchema.parse(c.data).metrics.map((m) => ({ file: c.name, body: c.body, m })));

  test('every metric quote is a verbatim phrase of its case body and contains the value as written', () => {
    const wrong = all.filter(({ body, m }) => !body.includes(m.quote) || !m.quote.includes(String(m.value)));
    expect(wrong.map(({ file, m }) => `${file}: ${m.label} ${m.value} “${m.quote}”`)).toEqual([]);
  });

  test('every metric quote contains its unit right after a number', () => {
    const wrong = all.filter(({ m }) => m.unit && !new RegExp(`\\d(余|多)?${m.unit.replace('%', '%').replace(/^万(.)$/, '万(余|多)?$1')}`).test(m.quote));
    expect(wrong.map(({ file, m }) => `${file}: ${m.value}${m.unit} “${m.quote}”`)).toEqual([]);
  });

  test('the figures a reader compares are there, with their values as published', () => {
    const find = (file: string, value: number, unit: string) => all.find((x) => x.file === file && x.m.value === value && x.m.unit === unit);
    expect(find('nx-2025-01', 35.86, '%')?.m.label).toBe('检查频次同比下降');
    expect(find('nx-2025-01', 794, '件')).toBeDefined();
    expect(find('he-2025-01', 1617.07, '万元')).toBeDefined();
    expect(find('zj-2025-01', 20000, '元')).toBeDefined();
    expect(find('zj-2025-01', 4000, '元')).toBeDefined();
    expect(find('tj-2025-01', 4000, '元')).toBeDefined();
    expect(find('nm-2025-02', 2, '个工作日')?.m.label).toContain('上限');
    expect(find('nm-2025-02', 2, '小时')?.m.label).toContain('上限');
    expect(find('nm-2025-01', 2.6, '万次')).toBeDefined();
  });

  test('dates, years, ordinals, versions and law articles are not metrics', () => {
    const units = new Set(all.map(({ m }) => m.unit));
    for (const unit of ['年', '月', '期', '版', '条款']) expect(units.has(unit)).toBe(false);
    expect(all.filter(({ m }) => m.value >= 1900 && m.value <= 2100 && m.unit === '')).toEqual([]);
    expect(all.filter(({ m }) => /第\d/.test(m.quote) && m.quote.indexOf(`第${m.value}`) !== -1)).toEqual([]);
  });
});

describe('clean text', () => {
  /** Every string value of the frontmatter (not the YAML syntax around them). */
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(strings) : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
  // Case frontmatter values and bodies; for sources the title and body (their `repairs` quote the corrupted text on purpose).
  const files = [
    ...cases.map((f) => ({ name: f.path, text: [...strings(f.data), f.body].join('\n') })),
    ...sources.map((f) => ({ name: f.path, text: `${sourceSchema.parse(f.data).title}\n${f.body}` })),
  ];
  /** Each rule gives the first offending characters of a text, if any. */
  const pattern = (re: RegExp) => (text: string) => text.match(re)?.[0];
  const rules: [string, (text: string) => string | undefined][] = [
    // The check's own definition (src/model/text-damage.ts): a case that passes the check passes here.
    ['拼音注音', (text) => pinyinAnnotations(text)[0]?.match],
    ['私用区字符', pattern(/[\ue000-\uf8ff]/u)],
    ['替换字符 U+FFFD', pattern(/\ufffd/u)],
    ['汉字之间的 ?', pattern(/\p{Script=Han}\?|\?\p{Script=Han}/u)],
    ['汉字之间的半角标点', pattern(/\p{Script=Han}[,:;()]|[,:;()]\p{Script=Han}/u)],
    ['繁体残留（镜像未转换的字）', pattern(/[驗區執現務審監們過這體優營環議]/u)],
  ];

  test.each(rules)('no content file contains %s', (_what, find) => {
    expect(files.flatMap((f) => (find(f.text) ? [`${f.name}: ${find(f.text)}`] : []))).toEqual([]);
  });

  test('case bodies are plain Markdown: no JSX, no import/export, no braces or angle brackets', () => {
    for (const c of cases) {
      expect(c.body, c.name).not.toMatch(/[{}<>]/);
      expect(c.body, c.name).not.toMatch(/^(import|export)\s/m);
    }
  });

  test('case bodies use ## headings and blank lines between paragraphs', () => {
    for (const c of cases) {
      const blocks = c.body.trim().split('\n\n');
      expect(blocks.every((b) => !b.includes('\n')), c.name).toBe(true);
      expect(blocks.filter((b) => b.startsWith('#')).every((b) => b.startsWith('## ')), c.name).toBe(true);
    }
  });
});

describe('the 4 sources', () => {
  test.each(sources.map((s) => [s.name, s] as const))('%s parses with the source schema and its slug is its file name', (name, file) => {
    const result = sourceSchema.safeParse(file.data);
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data!.slug).toBe(name);
  });

  test('only what is known is stated: publisher, date and url only for the 法治日报 batch', () => {
    const data = Object.fromEntries(sources.map((s) => [s.name, sourceSchema.parse(s.data)]));
    expect(data['legaldaily-2025-10-29']).toMatchObject({
      publisher: '法治日报',
      url: 'http://www.legaldaily.com.cn/index/content/2025-10/29/content_9279513.html',
      editor: '高弼浡',
    });
    expect(data['legaldaily-2025-10-29']!.date?.toISOString().slice(0, 10)).toBe('2025-10-29');
    for (const slug of ['nx-2025-enforcement-cases', 'nm-2025-03-business-environment', 'taixing-2025-enforcement']) {
      expect(data[slug]!.publisher, slug).toBeUndefined();
      expect(data[slug]!.date, slug).toBeUndefined();
      expect(data[slug]!.url, slug).toBeUndefined();
    }
    expect(data['nx-2025-enforcement-cases']!.dateNote).toMatch(/^不早于2025年9月/);
    expect(data['nm-2025-03-business-environment']!.title).toBe('全区优化营商环境建设典型案例（2025年第3期）');
    expect(data['taixing-2025-enforcement']).toMatchObject({ author: '泰兴市人民政府市长', editor: '于璐' });
  });

  test('a title that is not published is marked by 〔〕', () => {
    for (const s of sources.filter((x) => seedSources.includes(x.name))) {
      const title = sourceSchema.parse(s.data).title;
      if (s.name !== 'nm-2025-03-business-environment') expect(title, s.name).toMatch(/^〔.+〕$/);
    }
    expect(caseSchema.parse(cases.find((c) => c.name === 'js-2025-02')!.data).title).toMatch(/^〔.+〕$/);
  });
});
