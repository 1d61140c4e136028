/**
 * The importer without I/O: raw text in, drafts and notices out.
 * repair (repair.ts) → split into cases (split.ts) → per case: region (case-region.ts),
 * year (case-year.ts), keywords, metric candidates (metrics.ts), id → MDX text (draft-mdx.ts);
 * the source draft with what the reviewer must settle (announced.ts, notices of the split).
 * It never guesses silently: what it cannot know is a placeholder (src/model/placeholders.ts)
 * that the check refuses, and every doubt is a notice at its line and column in the raw file.
 */
import { caseIdPrefix, nextCaseIdAfter } from '../../src/model/case-id.ts';
import {
  PLACEHOLDER_CODE,
  todo,
  UNKNOWN_PREFIX,
  UNKNOWN_YEAR,
} from '../../src/model/placeholders.ts';
import type { EnforcementDomain } from '../../src/model/schema/domains.ts';
import { announcedCount, missingFromContents } from './announced.ts';
import { caseRegion } from './case-region.ts';
import { caseYear } from './case-year.ts';
import {
  blocksToMarkdown,
  caseFrontmatter,
  sectionsToMarkdown,
  sourceFrontmatter,
  type CaseDraft,
  type SourceDraft,
} from './draft-mdx.ts';
import { findMetrics } from './metrics.ts';
import { repairText, type KnownRepair, type MojibakeSpan, type RepairResult } from './repair.ts';
import { splitBatch, type ParsedBatch, type ParsedCase } from './split.ts';

export const TODO_TITLE = todo('填写标题（原文没有标题；自拟标题请加〔〕）');
export const TODO_KEYWORDS = todo('核对建议的关键词');
export const TODO_DOMAINS = todo('选定执法领域');

/** Words of a case's text that point at an enforcement domain (src/model/schema/domains.ts). */
const domainCues: [EnforcementDomain, RegExp][] = [
  ['市场监管', /市场监管|市场监督管理|食品|特种设备|知识产权|产品质量|经营异常|计量|公平竞争/g],
  ['药品监管', /药监|药品|医疗器械|化妆品/g],
  ['公安', /公安/g],
  ['生态环境', /生态环境|环保|排污/g],
  ['应急管理', /应急管理|安全生产|消防|粉尘/g],
  ['交通运输', /交通运输|检查站|道路运输/g],
  ['卫生健康', /卫健|卫生健康|医院|感染防控/g],
  ['文化旅游', /文广|文化和旅游|演出|文化活动/g],
  ['自然资源', /不动产|自然资源|宅基地|确权登记/g],
  ['发展改革', /以工代赈|发改|发展和改革/g],
  ['行政审批', /行政审批|审批|勘验|政务服务/g],
  ['综合执法', /综合执法|城管|城市管理|摊贩/g],
  ['综合监管', /联合检查|综合查一次|跨部门/g],
  ['执法监督', /司法局|司法厅|执法监督|执法协调监督|司法行政/g],
];

/** Up to two enforcement domains the text's words point at, the most named first: suggestions only. */
export function suggestDomains(text: string): EnforcementDomain[] {
  return domainCues
    .map(([domain, cue]) => [domain, text.match(cue)?.length ?? 0] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([domain]) => domain);
}
export { UNKNOWN_PREFIX };

export interface ImportOptions {
  /** File name of the raw text, for the source's `raw` field and messages. */
  fileName: string;
  /** Source slug; without it, a placeholder slug made from the file name (one per file). */
  source?: string;
  /** `added` date, `YYYY-MM-DD`. */
  added: string;
  /** The year of publication, when the contributor knows it (`--year`). */
  year?: number;
  /** Ids in use (committed cases and earlier drafts): a new id comes after the highest of them. */
  takenIds: Set<string>;
  /** Traditional → simplified converter: `await loadToHans()` from src/i18n/convert.ts. */
  toHans: (text: string) => string;
  knownRepairs?: readonly KnownRepair[];
  /** Keywords already used in the knowledge base, to suggest keywords for texts without 【关键词】. */
  vocabulary?: readonly string[];
}

/** Something the reviewer must look at, at a line (and column) of the raw file. */
export interface Notice {
  line: number;
  column?: number;
  field: string;
  what: string;
  fix: string;
  /** Also written into the source draft's `notes`, where the check refuses it until resolved. */
  sourceNote?: boolean;
  /** The case (0-based index in `cases`) it concerns. */
  caseIndex?: number;
}

export interface CaseResult {
  draft: CaseDraft;
  body: string;
  mdx: string;
  parsed: ParsedCase;
  /** True when the keywords were suggested (the text has no 【关键词】). */
  keywordsSuggested: boolean;
  /** Mojibake left in this case's lines. */
  unrepaired: MojibakeSpan[];
}

export interface ImportResult {
  repair: RepairResult;
  batch: ParsedBatch;
  cases: CaseResult[];
  source: { draft: SourceDraft; body: string; mdx: string };
  /** Every doubt, in the order of the raw file. */
  notices: Notice[];
}

/** A placeholder slug for a file imported without `--source`: one per raw file. */
export const placeholderSlug = (fileName: string): string =>
  todo(
    fileName
      .replace(/\.[^.]+$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'source',
  );

/** Keyword suggestions for a case without 【关键词】: known keywords and quoted terms it repeats. */
export function suggestKeywords(body: string, vocabulary: readonly string[] = []): string[] {
  const scores = new Map<string, number>();
  const occurrences = (term: string) => body.split(term).length - 1;
  for (const term of vocabulary) {
    const n = occurrences(term);
    if (n) scores.set(term, n * 2);
  }
  for (const m of body.matchAll(/“([\p{Script=Han}]{2,8})”/gu)) {
    const term = m[1]!;
    const n = occurrences(term);
    if (n >= 2) scores.set(term, Math.max(scores.get(term) ?? 0, n));
  }
  return [...scores.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'))
    .map(([term]) => term)
    .filter((term, i, all) => !all.slice(0, i).some((t) => t.includes(term) || term.includes(t)))
    .slice(0, 5);
}

const plainText = (c: ParsedCase) =>
  c.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');

export function importText(raw: string, options: ImportOptions): ImportResult {
  const repair = repairText(raw, options.toHans, options.knownRepairs ?? []);
  const batch = splitBatch(repair.text);
  const source = options.source ?? placeholderSlug(options.fileName);
  const taken = new Set(options.takenIds);
  const notices: Notice[] = [];
  const at = (offset: number) => repair.rawPosition(offset);

  // Who published, and when: the byline, the page address, or the contributor.
  const byline = batch.byline;
  const introText = [
    batch.title ?? '',
    ...batch.preamble.flatMap((b) => (b.type === 'list' ? b.items : [b.text])),
  ].join('\n');
  const publisher =
    byline?.publisher ??
    /(?:[\u4e00-\u9fa5]{2,12}?(?:省|自治区|市))?(?:人民政府)?[\u4e00-\u9fa5]{0,6}?(?:司法厅|司法局|人民政府办公厅|营商环境建设局|发展和改革委员会|市场监督管理局)/.exec(
      introText,
    )?.[0];
  const published = options.year
    ? { year: options.year, from: '--year' }
    : byline
      ? { year: Number(byline.date.slice(0, 4)), from: `署名行（第 ${byline.line.n} 行）` }
      : batch.url?.date
        ? { year: Number(batch.url.date.slice(0, 4)), from: '网页地址' }
        : {};

  const cases = batch.cases.map((parsed, index): CaseResult => {
    const body = sectionsToMarkdown(parsed.sections);
    const plain = plainText(parsed);
    const note = (n: Omit<Notice, 'caseIndex'>) => notices.push({ ...n, caseIndex: index });
    const title = parsed.title || TODO_TITLE;
    const region = caseRegion({
      title: parsed.title,
      ...(parsed.unit ? { unit: parsed.unit } : {}),
      body: plain,
      ...(publisher ? { publisher } : {}),
      batchText: repair.text,
    });
    for (const what of region.notes)
      note({ line: parsed.line, field: 'region', what, fix: '核对 region' });
    const year = caseYear(plain, repair.text, published);
    if (year.note) note({ line: parsed.line, field: 'year', what: year.note, fix: '核对 year' });
    const keywordsSuggested = parsed.keywords.length === 0;
    const keywords = keywordsSuggested
      ? [TODO_KEYWORDS, ...suggestKeywords(plain, options.vocabulary)]
      : parsed.keywords;
    const prefix =
      region.region.code === PLACEHOLDER_CODE ? UNKNOWN_PREFIX : caseIdPrefix(region.region.code);
    const id = nextCaseIdAfter(
      taken,
      prefix,
      typeof year.year === 'number' ? year.year : UNKNOWN_YEAR,
    );
    taken.add(id);
    const inCase = (line: number) => line >= parsed.line && line <= parsed.endLine;
    const applied = repair.applied.filter((a) => inCase(a.line));
    const history: CaseDraft['history'] = [];
    if (applied.length || repair.script === 'traditional') {
      const parts = [
        applied.length ? `修复乱码 ${applied.length} 处` : '',
        repair.script === 'traditional' ? '删除拼音注音、恢复全角标点并由繁体转为简体' : '',
      ].filter(Boolean);
      history.push({ date: options.added, note: `导入时修复转载本：${parts.join('；')}` });
    }
    const metrics = findMetrics(plain).map(({ index: _i, quoteIndex: _q, ...m }) => m);
    const draft: CaseDraft = {
      id,
      title,
      region: region.region,
      keywords,
      domains: [TODO_DOMAINS, ...suggestDomains(`${parsed.title}\n${parsed.unit ?? ''}\n${plain}`)],
      year: year.year,
      source,
      number: parsed.number,
      added: options.added,
      history,
      metrics,
    };
    return {
      draft,
      body,
      mdx: `${caseFrontmatter(draft)}\n\n${body}\n`,
      parsed,
      keywordsSuggested,
      unrepaired: repair.unrepaired.filter((s) => inCase(s.line)),
    };
  });

  // Announced against found, and a copy cut short.
  const found = cases.length;
  const announced = announcedCount(introText);
  const contents = batch.contents;
  const missing = missingFromContents(
    contents,
    batch.cases.map((c) => c.title),
  );
  const firstLine = batch.preamble[0]?.line ?? 1;
  const announcedLine = announced
    ? (batch.preamble.find((b) =>
        (b.type === 'list' ? b.items.join('\n') : b.text).includes(announced.phrase),
      )?.line ?? firstLine)
    : firstLine;
  const expected = contents.length || announced?.count;
  if (expected !== undefined && expected !== found) {
    const said = [
      announced ? `原文宣布 ${announced.count} 个案例（“${announced.phrase}”）` : '',
      contents.length ? `目录列出 ${contents.length} 个` : '',
    ]
      .filter(Boolean)
      .join('，');
    const names = missing.length
      ? `；目录中未找到：${missing.map((m) => `${m.number}. ${m.title}`).join('；')}`
      : '';
    notices.push({
      line: contents.length ? contents[0]!.line : announcedLine,
      field: '案例数',
      what: `${said}，导入找到 ${found} 个${names}`,
      fix:
        found < expected
          ? '核对原文是否完整：找到完整的原文就重新导入；找不到就只收录找到的案例，并在 resolved 中写明'
          : '核对拆分：多出的可能是一个案例被拆成了两个，或目录漏列',
      sourceNote: true,
    });
  } else if (announced && contents.length && announced.count !== contents.length) {
    notices.push({
      line: announcedLine,
      field: '案例数',
      what: `原文宣布 ${announced.count} 个案例（“${announced.phrase}”），目录列出 ${contents.length} 个`,
      fix: '核对原文',
      sourceNote: true,
    });
  } else if (missing.length) {
    notices.push({
      line: missing[0]!.line,
      field: '目录',
      what: `目录中的标题与案例标题对不上：${missing.map((m) => `${m.number}. ${m.title}`).join('；')}`,
      fix: '核对标题：以案例自己的标题为准',
    });
  }
  if (batch.cutShort) {
    const last = batch.cutShort;
    const end = at(last.at + last.text.length);
    notices.push({
      line: end.line,
      column: end.column,
      field: '正文',
      what: `原文在“…${[...last.text].slice(-12).join('')}”处中断，句子不完整：这份转载本可能不完整`,
      fix: '找到完整的原文就重新导入；找不到就在 resolved 中写明收录的只是转载本的前一部分',
      sourceNote: true,
    });
  }
  for (const n of batch.notices) {
    const caseIndex = batch.cases.findIndex((c) => n.line >= c.line && n.line <= c.endLine);
    notices.push({
      line: n.line,
      field:
        n.kind === 'split'
          ? '拆分'
          : n.kind === 'merge'
            ? '合并'
            : n.kind === 'unit'
              ? 'title'
              : '小标题',
      what: n.what,
      fix: n.fix,
      sourceNote: n.kind === 'split' || n.kind === 'merge',
      ...(caseIndex >= 0 ? { caseIndex } : {}),
    });
  }
  for (const span of repair.unrepaired)
    notices.push({
      line: span.line,
      column: span.column,
      field: '乱码',
      what: `无法修复“${span.text}”：${span.reason}`,
      fix: '对照原始出处手工修复，或在 cli/import/known-repairs.ts 中登记',
    });
  notices.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));

  const repairs: string[] = [];
  if (repair.applied.length) repairs.push(`按已知修复表修复乱码 ${repair.applied.length} 处`);
  if (repair.counts.lostSpaces)
    repairs.push(`标题中代替空格的“?”恢复为空格 ${repair.counts.lostSpaces} 处`);
  if (repair.counts.pinyin) repairs.push(`删除汉字后的拼音注音 ${repair.counts.pinyin} 处`);
  if (repair.counts.punctuation) repairs.push(`半角标点恢复为全角 ${repair.counts.punctuation} 处`);
  if (repair.script === 'traditional') repairs.push('繁体转为简体（OpenCC 台湾/香港→大陆）');
  const date = byline?.date ?? batch.url?.date;
  const sourceDraft: SourceDraft = {
    slug: source,
    title: batch.title ?? todo('填写标题（原文没有标题时用〔〕写一句描述）'),
    publisher:
      byline?.publisher ??
      todo(
        publisher
          ? `填写发布单位（原文提到“${publisher}”；查不到全称时删除这一行）`
          : '填写发布单位（原文未写明；查不到时删除这一行）',
      ),
    date: date ?? todo('填写发布日期 YYYY-MM-DD（原文未写明；查不到时删除这一行，改写 dateNote）'),
    ...(batch.url ? { url: batch.url.href } : {}),
    raw: options.fileName,
    rawScript: repair.script,
    repairs,
    ...(batch.editor ? { editor: batch.editor } : {}),
    ...(batch.author ? { author: batch.author } : {}),
    notes: notices
      .filter((n) => n.sourceNote)
      .map((n) => ({ note: n.what, line: n.line, resolved: todo('核对后写明处理结果') })),
  };
  const preamble = [...batch.preamble];
  if (batch.authorLine) preamble.push({ type: 'paragraph', text: batch.authorLine, line: 0 });
  const sourceBody = blocksToMarkdown(preamble);
  return {
    repair,
    batch,
    cases,
    notices,
    source: {
      draft: sourceDraft,
      body: sourceBody,
      mdx: `${sourceFrontmatter(sourceDraft)}\n\n${sourceBody}\n`,
    },
  };
}
