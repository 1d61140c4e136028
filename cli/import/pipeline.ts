/**
 * The importer without I/O: raw text in, drafts out.
 * repair (cli/import/repair.ts) → split into cases (split.ts) → per case: region
 * guess, keywords, metric candidates, id → MDX text (mdx.ts).
 */
import { caseIdPrefix, nextCaseIdAfter } from '../../src/model/case-id.ts';
import { guessRegion } from '../../src/model/regions.ts';
import type { Region } from '../../src/model/schema/case.ts';
import { repairText, type KnownRepair, type MojibakeSpan, type RepairResult } from './repair.ts';
import {
  blocksToMarkdown,
  caseFrontmatter,
  sectionsToMarkdown,
  sourceFrontmatter,
  type CaseDraft,
  type SourceDraft,
} from './draft-mdx.ts';
import { findMetrics } from './metrics.ts';
import { splitBatch, type ParsedBatch, type ParsedCase } from './split.ts';

/** Written where a value must be filled in by hand. */
export const TODO_SOURCE = 'TODO-填写来源';
export const TODO_TITLE = 'TODO-填写标题';
/** Id prefix of a draft whose region could not be guessed: the reviewer renames the file. */
export const UNKNOWN_PREFIX = 'xx';

export interface ImportOptions {
  /** File name of the raw text, for the source's `raw` field and messages. */
  fileName: string;
  /** Source slug; without it the drafts say `source: TODO-填写来源`. */
  source?: string;
  /** `added` date, `YYYY-MM-DD`. */
  added: string;
  /** Ids in use (committed cases and earlier drafts): a new id comes after the highest of them. */
  takenIds: Set<string>;
  /** Traditional → simplified converter: `await loadToHans()` from src/i18n/convert.ts. */
  toHans: (text: string) => string;
  knownRepairs?: readonly KnownRepair[];
  /** Keywords already used in the knowledge base, to suggest keywords for texts without 【关键词】. */
  vocabulary?: readonly string[];
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
  /** What a reviewer must check, in Chinese. */
  warnings: string[];
}

export interface ImportResult {
  repair: RepairResult;
  batch: ParsedBatch;
  cases: CaseResult[];
  source: { draft: SourceDraft; body: string; mdx: string };
}

/** The most specific region: from the title; from the body only when the title names no city or county. */
export function guessCaseRegion(title: string, body: string): Region | undefined {
  const fromTitle = title ? guessRegion(title) : undefined;
  if (fromTitle && (fromTitle.city || fromTitle.county)) return fromTitle;
  // A province-level department (自治区公安厅, 省药监局) is a province-level case.
  if (fromTitle && new RegExp(`${fromTitle.province}[^“”，。、\\s]{0,6}?(厅|局)`).test(title))
    return fromTitle;
  const firstParagraphs = body
    .split('\n\n')
    .filter((p) => !p.startsWith('## '))
    .slice(0, 2)
    .join('\n');
  const fromBody = guessRegion(firstParagraphs) ?? guessRegion(body);
  if (!fromTitle) return fromBody;
  if (fromBody && fromBody.province === fromTitle.province && fromBody.code !== fromTitle.code)
    return fromBody;
  return fromTitle;
}

/** The year a batch reports for: the latest year it mentions. */
export function guessYear(text: string, fallback: number): number {
  const years = [...text.matchAll(/(?<!\d)((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  return years.length ? Math.max(...years) : fallback;
}

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

export function importText(raw: string, options: ImportOptions): ImportResult {
  const repair = repairText(raw, options.toHans, options.knownRepairs ?? []);
  const batch = splitBatch(repair.text);
  const year = guessYear(repair.text, Number(options.added.slice(0, 4)));
  const source = options.source ?? TODO_SOURCE;
  const taken = new Set(options.takenIds);

  const cases = batch.cases.map((parsed): CaseResult => {
    const body = sectionsToMarkdown(parsed.sections);
    const plain = parsed.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n');
    const warnings: string[] = [];
    const title = parsed.title || TODO_TITLE;
    if (!parsed.title) warnings.push('原文没有标题：请填写 title（自拟标题请加〔〕）');
    const region = guessCaseRegion(parsed.title, plain);
    if (!region) warnings.push('未能从标题和正文判断地区：请填写 region');
    const keywordsSuggested = parsed.keywords.length === 0;
    const keywords = keywordsSuggested
      ? suggestKeywords(plain, options.vocabulary)
      : parsed.keywords;
    if (keywordsSuggested) warnings.push('原文没有【关键词】：关键词为建议，请从正文选定 3–5 个');
    const id = nextCaseIdAfter(taken, region ? caseIdPrefix(region.code) : UNKNOWN_PREFIX, year);
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
    const metrics = findMetrics(plain).map(({ index: _index, ...m }) => m);
    const draft: CaseDraft = {
      id,
      title,
      region: region ?? { province: 'TODO-填写省份', code: '000000' },
      keywords,
      year,
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
      warnings,
    };
  });

  const repairs: string[] = [];
  if (repair.applied.length) repairs.push(`按已知修复表修复乱码 ${repair.applied.length} 处`);
  if (repair.counts.lostSpaces)
    repairs.push(`标题中代替空格的“?”恢复为空格 ${repair.counts.lostSpaces} 处`);
  if (repair.counts.pinyin) repairs.push(`删除汉字后的拼音注音 ${repair.counts.pinyin} 处`);
  if (repair.counts.punctuation) repairs.push(`半角标点恢复为全角 ${repair.counts.punctuation} 处`);
  if (repair.script === 'traditional') repairs.push('繁体转为简体（OpenCC 台湾/香港→大陆）');
  const sourceDraft: SourceDraft = {
    slug: source,
    title: batch.title ?? TODO_TITLE,
    raw: options.fileName,
    rawScript: repair.script,
    repairs,
    ...(batch.editor ? { editor: batch.editor } : {}),
    ...(batch.author ? { author: batch.author } : {}),
  };
  const preamble = [...batch.preamble];
  if (batch.authorLine) preamble.push({ type: 'paragraph', text: batch.authorLine, line: 0 });
  const sourceBody = blocksToMarkdown(preamble);
  return {
    repair,
    batch,
    cases,
    source: {
      draft: sourceDraft,
      body: sourceBody,
      mdx: `${sourceFrontmatter(sourceDraft)}\n\n${sourceBody}\n`,
    },
  };
}
