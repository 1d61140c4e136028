/**
 * Splits a repaired published text into its cases.
 *
 * Three shapes are recognised:
 * - `markers`: cases introduced by 案例一 / 案例1 / 案例一： (title on the same
 *   line, or on the next one or two lines), with 【关键词】【基本情况】… sections;
 * - `articles`: a numbered list of titles, then articles repeating them as
 *   standalone lines (the 内蒙古 batch);
 * - `single`: one article without markers (the 泰兴 article): one case.
 *
 * Lines keep their 1-based number in the input, so problems point at the file.
 */

export interface Line {
  /** 1-based line number in the input file. */
  n: number;
  text: string;
}

export interface Section {
  /** `##` heading (基本情况, 一、具体做法 …); none for the opening paragraphs. */
  heading?: string;
  paragraphs: Line[];
}

export interface ParsedCase {
  /** Position in the batch, from 1. */
  number: number;
  /** Title as published; two title lines joined by one space. Empty when the text has none. */
  title: string;
  /** Line where the case starts. */
  line: number;
  /** Last line of the case. */
  endLine: number;
  /** Keywords from 【关键词】, in order; empty when the text has none. */
  keywords: string[];
  sections: Section[];
}

export type Block =
  | { type: 'heading'; text: string; line: number }
  | { type: 'paragraph'; text: string; line: number }
  | { type: 'list'; items: string[]; line: number };

export interface ParsedBatch {
  shape: 'markers' | 'articles' | 'single';
  /** A title line of the batch itself (e.g. 全区优化营商环境建设典型案例（2025年第3期）), when there is one. */
  title?: string;
  /** The document's introduction (and table of contents), for the source file. */
  preamble: Block[];
  cases: ParsedCase[];
  /** 编辑 / 责任编辑 named at the end. */
  editor?: string;
  /** 作者系… at the end, without the brackets. */
  author?: string;
  /** The author line as published, e.g. （作者系泰兴市人民政府市长）. */
  authorLine?: string;
}

const chineseNumerals: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};

/** 一 → 1, 十二 → 12, 二十 → 20, 3 → 3. */
export function parseNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '十') return 10;
  const [tens, ones] = text.includes('十') ? text.split('十') : ['', text];
  return (
    (text.includes('十') ? (tens ? chineseNumerals[tens]! : 1) * 10 : 0) +
    (ones ? (chineseNumerals[ones] ?? 0) : 0)
  );
}

const markerLine = /^案例([一二三四五六七八九十]+|\d+)(?:\s*[:：]\s*|\s+|$)(.*)$/;
const sectionLine = /^【([^】]{1,12})】\s*(.*)$/;
const listLine = /^(\d+)[.、．]\s*(.+)$/;
const editorLine = /^(?:责任编辑|编辑)[:：]\s*(.+)$/;
const authorLine = /^[（(]作者(?:系|为)?(.+?)[)）]$/;
const terminal = /[。！？；：…”’」』]$/;

/** Keywords as published: split on 、，, ；; and spaces. */
export function splitKeywords(text: string): string[] {
  return text
    .split(/[、，,；;\s\u3000]+/)
    .map((k) => k.trim())
    .filter(Boolean);
}

/** A standalone line that reads as a heading: short and without closing punctuation. */
export function isHeadingLine(text: string): boolean {
  return [...text].length <= 40 && !terminal.test(text) && !listLine.test(text);
}

/** Same title, ignoring spaces (a lost space may be `?` or nothing in a copy). */
const sameTitle = (a: string, b: string) => a.replace(/[\s?？]/g, '') === b.replace(/[\s?？]/g, '');

export function splitBatch(text: string): ParsedBatch {
  let lines: Line[] = text.split('\n').map((t, i) => ({ n: i + 1, text: t.trim() }));
  const batch: Omit<ParsedBatch, 'shape' | 'cases' | 'preamble'> = {};

  // Trailer: editor and author lines at the end.
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 6; i--) {
    const t = lines[i]!.text;
    const ed = t.match(editorLine);
    const au = t.match(authorLine);
    if (ed) {
      batch.editor = ed[1]!.trim();
      lines[i] = { ...lines[i]!, text: '' };
    } else if (au) {
      batch.author = au[1]!.trim();
      batch.authorLine = t;
      lines[i] = { ...lines[i]!, text: '' };
    } else if (t) break;
  }
  lines = lines.filter((l) => l.text);

  const markers = lines.map((l, i) => ({ i, m: l.text.match(markerLine) })).filter((x) => x.m);
  if (markers.length) {
    return {
      ...batch,
      shape: 'markers',
      preamble: blocks(lines.slice(0, markers[0]!.i)),
      cases: markerCases(
        lines,
        markers.map((x) => x.i),
      ),
    };
  }

  const articles = articleStarts(lines);
  if (articles) {
    const { listFrom, listTo, starts } = articles;
    const before = lines.slice(0, listFrom);
    let title: string | undefined;
    const last = before.at(-1);
    if (last && isHeadingLine(last.text)) {
      title = last.text;
      before.pop();
    }
    const preamble = blocks(before);
    preamble.push({
      type: 'list',
      items: lines.slice(listFrom, listTo).map((l) => l.text.match(listLine)![2]!),
      line: lines[listFrom]!.n,
    });
    const cases = starts.map((start, k) => {
      const end = k + 1 < starts.length ? starts[k + 1]! : lines.length;
      return articleCase(lines.slice(start, end), k + 1, lines[start]!.text);
    });
    return { ...batch, shape: 'articles', ...(title ? { title } : {}), preamble, cases };
  }

  const single = articleCase([{ n: lines[0]?.n ?? 1, text: '' }, ...lines], 1, '');
  return { ...batch, shape: 'single', preamble: [], cases: [single] };
}

/** Paragraphs, headings and numbered lists of an introduction. */
function blocks(lines: Line[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const item = l.text.match(listLine);
    const prev = out.at(-1);
    if (item) {
      if (prev?.type === 'list') prev.items.push(item[2]!);
      else out.push({ type: 'list', items: [item[2]!], line: l.n });
    } else if (isHeadingLine(l.text) && lines[i + 1] && listLine.test(lines[i + 1]!.text)) {
      out.push({ type: 'heading', text: l.text, line: l.n });
    } else {
      out.push({ type: 'paragraph', text: l.text, line: l.n });
    }
  }
  return out;
}

function markerCases(lines: Line[], starts: number[]): ParsedCase[] {
  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]! : lines.length;
    const own = lines.slice(start, end);
    const m = own[0]!.text.match(markerLine)!;
    let title = m[2]!.trim();
    let i = 1;
    if (!title) {
      const parts: string[] = [];
      while (i < own.length && parts.length < 2 && !sectionLine.test(own[i]!.text))
        parts.push(own[i++]!.text);
      title = parts.join(' ');
    }
    const keywords: string[] = [];
    const sections: Section[] = [];
    let current: Section | undefined;
    for (; i < own.length; i++) {
      const l = own[i]!;
      const s = l.text.match(sectionLine);
      if (s) {
        const name = s[1]!.trim();
        if (name === '关键词' || name === '關鍵詞') {
          let words = s[2]!.trim();
          if (!words && own[i + 1] && !sectionLine.test(own[i + 1]!.text)) words = own[++i]!.text;
          keywords.push(...splitKeywords(words));
          current = undefined;
          continue;
        }
        current = { heading: name, paragraphs: [] };
        sections.push(current);
        if (s[2]!.trim()) current.paragraphs.push({ n: l.n, text: s[2]!.trim() });
        continue;
      }
      if (!current) {
        current = { paragraphs: [] };
        sections.push(current);
      }
      current.paragraphs.push(l);
    }
    return {
      number: parseNumber(m[1]!),
      title,
      line: own[0]!.n,
      endLine: own.at(-1)!.n,
      keywords,
      sections,
    };
  });
}

/** Finds a numbered list of titles whose items reappear later as standalone lines. */
function articleStarts(
  lines: Line[],
): { listFrom: number; listTo: number; starts: number[] } | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!listLine.test(lines[i]!.text)) continue;
    let j = i;
    while (j < lines.length && listLine.test(lines[j]!.text)) j++;
    if (j - i < 2) continue;
    const titles = lines.slice(i, j).map((l) => l.text.match(listLine)![2]!);
    const starts: number[] = [];
    let from = j;
    for (const title of titles) {
      const at = lines.findIndex((l, k) => k >= from && sameTitle(l.text, title));
      if (at === -1) break;
      starts.push(at);
      from = at + 1;
    }
    if (starts.length === titles.length) return { listFrom: i, listTo: j, starts };
    i = j;
  }
  return undefined;
}

/** An article: its first line is the title (if any), standalone short lines are headings. */
function articleCase(own: Line[], number: number, title: string): ParsedCase {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const l of own.slice(1)) {
    if (isHeadingLine(l.text)) {
      current = { heading: l.text, paragraphs: [] };
      sections.push(current);
      continue;
    }
    if (!current) {
      current = { paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push(l);
  }
  return { number, title, line: own[0]!.n, endLine: own.at(-1)!.n, keywords: [], sections };
}
