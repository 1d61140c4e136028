/**
 * Splits a repaired published text into its cases. The shapes of
 * ../shared/design/PUBLISHED-TEXTS.md, tried in this order:
 * - `markers`: cases introduced by 案例一 / 案例1： / 案例一 alone, the title on the same line or
 *   on the next one or two lines, or the unit's name on the marker line and the title below;
 * - `headings`: numbered headings (一、… / 1.…) each followed by a section marker;
 * - `articles`: a numbered list of titles (the contents), then articles under those titles;
 * - `prose`: an article without case headings (a news article, or one case written as an
 *   article), split into cases where a sentence turns to a place unrelated to the case before.
 * Every line keeps its number in the input file, so problems point at the file. What the split
 * is unsure of (a paragraph cut in two, a paragraph joined to the case before) is a notice.
 */
import { containsDivision, findDivisions, type Division } from '../../src/model/regions.ts';
import { resolveMentions } from './case-region.ts';
import { cutShort, frame, type Byline, type Frame } from './frame.ts';
import {
  BRACKET_SECTION,
  CASE_MARKER,
  LIST_ITEM,
  NUMBERED_HEADING,
  isHeadingLine,
  isUnitName,
  parseNumber,
  runInSection,
  toLines,
  type Line,
} from './lines.ts';

export type { Line };

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
  /** The unit named with the heading (`案例1：某县行政审批服务管理局`), kept as the body's first paragraph. */
  unit?: string;
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

/** Something the split is unsure of, at a line of the input. */
export interface SplitNotice {
  line: number;
  kind: 'split' | 'merge' | 'run-in' | 'unit' | 'contents';
  what: string;
  fix: string;
}

export interface ContentsItem {
  number: number;
  title: string;
  line: number;
}

export interface ParsedBatch {
  shape: 'markers' | 'headings' | 'articles' | 'prose';
  /** A title line of the batch itself (e.g. 全区优化营商环境建设典型案例（2025年第3期）), or the headline. */
  title?: string;
  byline?: Byline;
  url?: Frame['url'];
  /** The document's introduction (byline, reporter line, lede, table of contents), for the source file. */
  preamble: Block[];
  /** The table of contents, when there is one. */
  contents: ContentsItem[];
  cases: ParsedCase[];
  /** 编辑 / 责任编辑 named at the end. */
  editor?: string;
  /** 作者系… at the end, without the brackets. */
  author?: string;
  /** The author line as published, e.g. （作者系泰兴市人民政府市长）. */
  authorLine?: string;
  /** The last line, when the text stops mid-sentence. */
  cutShort?: Line;
  notices: SplitNotice[];
}

/** Keywords as published: split on 、，, ；; and spaces. */
export function splitKeywords(text: string): string[] {
  return text
    .split(/[、，,；;\s\u3000]+/)
    .map((k) => k.trim())
    .filter(Boolean);
}

export { isHeadingLine, parseNumber };

/** Same title, ignoring spaces and punctuation (a lost space may be `?` or nothing in a copy). */
const squeeze = (s: string) => s.replace(/[\s?？:：、，,.“”"'‘’—-]/g, '');
const sameTitle = (a: string, b: string) => squeeze(a) === squeeze(b);

/** Share of the character bigrams of `a` found in `b` (for contents that differ a little from the heading). */
export function titleOverlap(a: string, b: string): number {
  const grams = (s: string) => {
    const c = [...squeeze(s)];
    return new Set(c.slice(0, -1).map((x, i) => x + c[i + 1]));
  };
  const ga = grams(a);
  const gb = grams(b);
  if (!ga.size) return 0;
  return [...ga].filter((g) => gb.has(g)).length / ga.size;
}

const namesDivision = (text: string) => findDivisions(text).length > 0;

/** Paragraphs, headings and numbered lists of an introduction. */
function blocks(lines: Line[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const item = l.text.match(LIST_ITEM);
    const prev = out.at(-1);
    if (item) {
      if (prev?.type === 'list') prev.items.push(item[2]!);
      else out.push({ type: 'list', items: [item[2]!], line: l.n });
    } else if (isHeadingLine(l.text) && lines[i + 1] && LIST_ITEM.test(lines[i + 1]!.text)) {
      out.push({ type: 'heading', text: l.text, line: l.n });
    } else {
      out.push({ type: 'paragraph', text: l.text, line: l.n });
    }
  }
  return out;
}

/** The numbered list of an introduction: the contents. */
function contentsOf(lines: Line[]): ContentsItem[] {
  const items = lines.filter((l) => LIST_ITEM.test(l.text));
  if (items.length < 2) return [];
  return items.map((l) => {
    const m = l.text.match(LIST_ITEM)!;
    return { number: Number(m[1]), title: m[2]!, line: l.n };
  });
}

const isSectionStart = (text: string) => BRACKET_SECTION.test(text) || !!runInSection(text);

/**
 * The heading of a case at `own[0]`: its title lines (up to two, heading-like, before the first
 * section), and a unit's name on the marker line or the first title line.
 */
function caseHeading(
  own: Line[],
  rest: string,
  notices: SplitNotice[],
): { title: string; unit?: string; next: number } {
  let i = 1;
  let unit: string | undefined;
  const titleLines = (max: number) => {
    const parts: string[] = [];
    while (
      i < own.length &&
      parts.length < max &&
      !isSectionStart(own[i]!.text) &&
      isHeadingLine(own[i]!.text)
    )
      parts.push(own[i++]!.text);
    return parts;
  };
  if (
    rest &&
    isUnitName(rest, namesDivision) &&
    own[1] &&
    isHeadingLine(own[1].text) &&
    !isSectionStart(own[1].text)
  ) {
    unit = rest;
    const title = titleLines(2).join(' ');
    notices.push({
      line: own[0]!.n,
      kind: 'unit',
      what: `“${own[0]!.text}”的冒号后是单位名称，标题取下一行“${title}”；单位名称作为正文第一段`,
      fix: '核对标题与单位名称',
    });
    return { title, unit, next: i };
  }
  if (rest) return { title: rest, next: 1 };
  const parts = titleLines(2);
  if (parts.length === 2 && isUnitName(parts[0]!, namesDivision)) {
    unit = parts.shift();
    notices.push({
      line: own[1]!.n,
      kind: 'unit',
      what: `标题上方一行“${unit}”是单位名称，标题取“${parts[0]}”；单位名称作为正文第一段`,
      fix: '核对标题与单位名称',
    });
  }
  return { title: parts.join(' '), ...(unit ? { unit } : {}), next: i };
}

/** The sections of a structured case (【基本情况】… or run-in names), and its keywords. */
function caseSections(
  own: Line[],
  from: number,
  notices: SplitNotice[],
): { keywords: string[]; sections: Section[] } {
  const keywords: string[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  const open = (heading: string) => {
    current = { heading, paragraphs: [] };
    sections.push(current);
  };
  for (let i = from; i < own.length; i++) {
    const l = own[i]!;
    const bracket = l.text.match(BRACKET_SECTION);
    const runIn = bracket ? undefined : runInSection(l.text);
    const name = bracket ? bracket[1]!.trim() : runIn?.name;
    const rest = bracket ? bracket[2]!.trim() : (runIn?.rest ?? '');
    if (name !== undefined) {
      if (runIn && rest)
        notices.push({
          line: l.n,
          kind: 'run-in',
          what: `“${[...l.text].slice(0, 16).join('')}…”开头的“${name}”看作小标题（原文的分隔符可能在转载时丢失）`,
          fix: '核对小标题与正文的分界',
        });
      if (name === '关键词' || name === '關鍵詞') {
        let words = rest;
        if (!words && own[i + 1] && !isSectionStart(own[i + 1]!.text)) words = own[++i]!.text;
        keywords.push(...splitKeywords(words));
        current = undefined;
        continue;
      }
      open(name);
      if (rest) {
        // `主要做法强化统筹`: a second heading when what follows is one, else a paragraph.
        if (runIn && isHeadingLine(rest) && own[i + 1] && !isHeadingLine(own[i + 1]!.text))
          open(rest);
        else current!.paragraphs.push({ n: l.n, text: rest, at: l.at + l.text.indexOf(rest) });
      }
      continue;
    }
    if (!current) {
      current = { paragraphs: [] };
      sections.push(current);
    }
    current.paragraphs.push(l);
  }
  return { keywords, sections };
}

function headedCases(
  lines: Line[],
  starts: { i: number; number: number; rest: string }[],
  notices: SplitNotice[],
): ParsedCase[] {
  return starts.map((start, k) => {
    const end = k + 1 < starts.length ? starts[k + 1]!.i : lines.length;
    const own = lines.slice(start.i, end);
    const heading = caseHeading(own, start.rest, notices);
    const { keywords, sections } = caseSections(own, heading.next, notices);
    if (heading.unit)
      sections.unshift({ paragraphs: [{ n: own[0]!.n, text: heading.unit, at: own[0]!.at }] });
    return {
      number: start.number,
      title: heading.title,
      ...(heading.unit ? { unit: heading.unit } : {}),
      line: own[0]!.n,
      endLine: own.at(-1)!.n,
      keywords,
      sections,
    };
  });
}

/** Finds the contents' titles again as standalone lines, in order: as many as the text holds. */
function articleStarts(
  lines: Line[],
): { listFrom: number; listTo: number; starts: number[] } | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!LIST_ITEM.test(lines[i]!.text)) continue;
    let j = i;
    while (j < lines.length && LIST_ITEM.test(lines[j]!.text)) j++;
    if (j - i < 2) continue;
    const titles = lines.slice(i, j).map((l) => l.text.match(LIST_ITEM)![2]!);
    const starts: number[] = [];
    let from = j;
    for (const title of titles) {
      const at = lines.findIndex(
        (l, k) =>
          k >= from &&
          isHeadingLine(l.text) &&
          (sameTitle(l.text, title) || titleOverlap(title, l.text) >= 0.8),
      );
      if (at === -1) break;
      starts.push(at);
      from = at + 1;
    }
    if (starts.length) return { listFrom: i, listTo: j, starts };
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

/** Sentences of a line, each with its offset in the line. */
function sentences(text: string): { text: string; index: number }[] {
  return [...text.matchAll(/[^。！？；]+[。！？；]?/g)].map((m) => ({
    text: m[0],
    index: m.index!,
  }));
}

/**
 * The place a sentence opens with: a division named in its first characters, after a time or a
 * connective (`2025年6月，天津蓟州区…`, `专项行动开展期间，北京市…`, `在浙江绍兴，…`).
 */
function leadingPlace(sentence: string): Division | undefined {
  const head = sentence.slice(0, 40);
  const mentions = findDivisions(head);
  if (!mentions.length || mentions[0]!.index > 20) return undefined;
  const { divisions } = resolveMentions(mentions);
  return divisions.sort(
    (a, b) => b.code.replace(/0+$/, '').length - a.code.replace(/0+$/, '').length,
  )[0];
}

const related = (a: Division, b: Division) => containsDivision(a, b) || containsDivision(b, a);

/**
 * A text without case headings. With a byline (a news article), the paragraphs before the first
 * subheading are the lede; every case then starts where a sentence opens with a place unrelated
 * to the case before it. Without a byline and with one place throughout, it is one case.
 */
function proseCases(
  body: Line[],
  news: boolean,
  notices: SplitNotice[],
): { lede: Line[]; cases: ParsedCase[] } {
  const firstHeading = body.findIndex((l) => isHeadingLine(l.text));
  const lede = news ? body.slice(0, firstHeading === -1 ? 1 : firstHeading) : [];
  const rest = body.slice(lede.length);

  interface Draft {
    place?: Division;
    lines: Line[];
    sections: Section[];
  }
  const drafts: Draft[] = [];
  let heading: string | undefined;
  const current = () => drafts.at(-1);
  const startCase = (place: Division | undefined) => {
    drafts.push({
      ...(place ? { place } : {}),
      lines: [],
      sections: heading ? [{ heading, paragraphs: [] }] : [{ paragraphs: [] }],
    });
  };
  const add = (l: Line) => {
    if (!current()) startCase(undefined);
    const d = current()!;
    d.lines.push(l);
    d.sections.at(-1)!.paragraphs.push(l);
  };

  let justHeaded = false;
  for (const l of rest) {
    if (isHeadingLine(l.text)) {
      heading = l.text;
      justHeaded = true;
      current()?.sections.push({ heading, paragraphs: [] });
      continue;
    }
    const parts = sentences(l.text);
    let from = 0;
    let placed = false;
    parts.forEach((s, k) => {
      const place = news ? leadingPlace(s.text) : undefined;
      const d = current();
      if (place && d?.place && !related(place, d.place)) {
        if (s.index > from) add({ n: l.n, text: l.text.slice(from, s.index), at: l.at + from });
        if (s.index > 0)
          notices.push({
            line: l.n,
            kind: 'split',
            what: `一段中从“${[...s.text].slice(0, 12).join('')}…”起写的是另一地区的案例，已在此处拆为两个案例`,
            fix: '核对拆分处：确属同一案例时，把两个草稿的正文合并为一个',
          });
        startCase(place);
        from = s.index;
        placed = true;
      } else if (place && d && !d.place) {
        d.place = place;
        placed = true;
      } else if (place && !d) {
        startCase(place);
        placed = true;
      } else if (place) placed = true;
      if (k === parts.length - 1) add({ n: l.n, text: l.text.slice(from), at: l.at + from });
    });
    if (news && justHeaded && !placed && drafts.length && current()!.lines.length > 1)
      notices.push({
        line: l.n,
        kind: 'merge',
        what: '小标题下的这一段没有写明地区，已并入上一个案例',
        fix: '核对它是否属于上一个案例；若是另一个案例，把它移到新的草稿',
      });
    justHeaded = false;
  }
  // Empty sections (a subheading with nothing under it in this case) are dropped.
  const cases = drafts.map((d, k): ParsedCase => {
    const sections = d.sections.filter((s) => s.paragraphs.length);
    return {
      number: k + 1,
      title: '',
      line: d.lines[0]?.n ?? body[0]!.n,
      endLine: d.lines.at(-1)?.n ?? body.at(-1)!.n,
      keywords: [],
      sections,
    };
  });
  return { lede, cases: cases.filter((c) => c.sections.length) };
}

export function splitBatch(text: string): ParsedBatch {
  const f = frame(toLines(text));
  const lines = f.body;
  const notices: SplitNotice[] = [];
  const base: Omit<ParsedBatch, 'shape' | 'cases' | 'preamble' | 'contents'> = {
    notices,
    ...(f.headline ? { title: f.headline.map((l) => l.text).join(' ') } : {}),
    ...(f.byline ? { byline: f.byline } : {}),
    ...(f.url ? { url: f.url } : {}),
    ...(f.editor ? { editor: f.editor } : {}),
    ...(f.author ? { author: f.author, authorLine: f.authorLine! } : {}),
    ...(cutShort(lines) ? { cutShort: cutShort(lines)! } : {}),
  };
  const top: Line[] = [f.byline?.line, f.reporter].filter((l): l is Line => !!l);

  // 案例一 … markers. Markers with nothing under them before the real ones are a contents list.
  let markers = lines
    .map((l, i) => ({ i, m: l.text.match(CASE_MARKER) }))
    .filter((x) => x.m && !Number.isNaN(parseNumber(x.m[1]!)))
    .map((x) => ({ i: x.i, number: parseNumber(x.m![1]!), rest: x.m![2]!.trim() }));
  const restart = markers.findIndex((m, k) => k > 0 && m.number <= markers[k - 1]!.number);
  const listedFirst: Line[] = [];
  if (restart > 0 && markers.slice(0, restart).every((m, k) => markers[k + 1]!.i - m.i <= 2)) {
    listedFirst.push(...lines.slice(markers[0]!.i, markers[restart]!.i));
    markers = markers.slice(restart);
  }

  // Numbered headings followed (after at most two title lines) by a section marker.
  const headings = markers.length
    ? []
    : lines
        .map((l, i) => ({ i, m: l.text.match(NUMBERED_HEADING) }))
        .filter(
          (x) =>
            x.m &&
            isHeadingLine(x.m[3]!) &&
            lines.slice(x.i + 1, x.i + 4).some((n) => isSectionStart(n.text)) &&
            !isSectionStart(x.m[3]!),
        )
        .map((x) => ({ i: x.i, number: parseNumber(x.m![1] ?? x.m![2]!), rest: x.m![3]!.trim() }));

  const starts = markers.length ? markers : headings;
  if (starts.length) {
    const intro = lines.slice(0, starts[0]!.i);
    const contentsLines = [
      ...intro,
      ...listedFirst.map((l) => ({
        ...l,
        text: l.text.replace(CASE_MARKER, (_, n, r) => `${parseNumber(n)}. ${r}`),
      })),
    ];
    return {
      ...base,
      shape: markers.length ? 'markers' : 'headings',
      preamble: blocks([...top, ...contentsLines]),
      contents: contentsOf(contentsLines),
      cases: headedCases(lines, starts, notices),
    };
  }

  const articles = articleStarts(lines);
  if (articles) {
    const { listFrom, listTo, starts: at } = articles;
    const before = lines.slice(0, listFrom);
    let title = base.title;
    const last = before.at(-1);
    if (!title && last && isHeadingLine(last.text)) {
      title = last.text;
      before.pop();
    }
    const listLines = lines.slice(listFrom, listTo);
    const preamble = blocks([...top, ...before]);
    preamble.push({
      type: 'list',
      items: listLines.map((l) => l.text.match(LIST_ITEM)![2]!),
      line: listLines[0]!.n,
    });
    const cases = at.map((start, k) => {
      const end = k + 1 < at.length ? at[k + 1]! : lines.length;
      return articleCase(lines.slice(start, end), k + 1, lines[start]!.text);
    });
    return {
      ...base,
      shape: 'articles',
      ...(title ? { title } : {}),
      preamble,
      contents: contentsOf(listLines),
      cases,
    };
  }

  const news = !!f.byline || !!f.headline;
  const { lede, cases } = proseCases(lines, news, notices);
  return {
    ...base,
    shape: 'prose',
    preamble: blocks([...top, ...lede]),
    contents: [],
    cases,
  };
}
