/**
 * A case as a file to keep: what the case page's downloads hold (纯文本, Word,
 * RIS, CSL-JSON), in the page's script. The page's script reads it from the
 * page itself when a reader asks for a file (src/client/case-downloads.ts), so
 * the files say exactly what the page says; these functions write the formats.
 * Pure functions, for the browser and the tests.
 */
import { fillText, type UiStrings } from '../i18n/ui.ts';
import { chineseNumeral } from './citation.ts';

export type CaseFileBlock =
  { kind: 'heading'; text: string } | { kind: 'paragraph'; number: number; text: string };

export interface CaseFile {
  id: string;
  /** `zh-Hans` or `zh-Hant`: the page's language. */
  lang: string;
  title: string;
  /** The case page's canonical URL. */
  url: string;
  /** Region as a reader says it: 宁夏回族自治区 中卫市. */
  region: string;
  keywords: string[];
  /** 主要责任者: the source's author, else its publisher, when known. */
  creator?: string;
  source: {
    title: string;
    publisher?: string;
    /** `YYYY-MM-DD`, when known. */
    date?: string;
    /** The case's number in it. */
    number: number;
  };
  /** The site's name: the publisher of the page. */
  siteName: string;
  /** `YYYY-MM-DD`: added to the site, last revised, and the day the file is made (引用日期). */
  added: string;
  modified: string;
  accessed: string;
  /** The body: headings and numbered paragraphs (`#pN` on the page). */
  blocks: CaseFileBlock[];
  /** As the page shows them: `value` and `unit` with an approximate figure's word in place (`约410`, `2300余`, `%以上`). */
  metrics: { label: string; value: string; unit: string; paragraph?: number }[];
  /** The GB/T 7714—2025 reference, with `accessed` as its 引用日期. */
  citation: string;
}

/** The paragraphs of a file as plain text, each starting with its number: `第3段　…`. */
const numbered = (t: UiStrings, block: Extract<CaseFileBlock, { kind: 'paragraph' }>) =>
  `${fillText(t.paragraphMarker, { n: block.number })}　${block.text}`;

const metricText = (t: UiStrings, m: CaseFile['metrics'][number]) =>
  `${m.label}：${m.value}${m.unit}${m.paragraph ? `（${fillText(t.paragraphMarker, { n: m.paragraph })}）` : ''}`;

/** The lines before the body: region, keywords, source, address, dates. */
export function caseFileHeader(file: CaseFile, t: UiStrings): string[] {
  const { source } = file;
  return [
    `${t.region}：${file.region}`,
    `${t.keywords}：${file.keywords.join('、')}`,
    `${t.source}：${source.title}（${fillText(t.caseInSource, { n: chineseNumeral(source.number) })}）`,
    `${t.publisher}：${source.publisher ?? t.notStated}`,
    `${t.date}：${source.date ?? t.notStated}`,
    `${t.lastRevised}：${file.modified}`,
    `${t.pageAddress}：${file.url}`,
  ];
}

/** 纯文本（.txt）: title, header, figures, body with paragraph numbers, citation; CRLF line ends (Notepad). */
export function caseText(file: CaseFile, t: UiStrings): string {
  const lines = [file.title, '', ...caseFileHeader(file, t), ''];
  if (file.metrics.length) lines.push(t.metrics, ...file.metrics.map((m) => metricText(t, m)), '');
  for (const block of file.blocks) {
    lines.push(block.kind === 'heading' ? block.text : numbered(t, block), '');
  }
  lines.push(t.citeHeading, t.citeGbt2025, file.citation, '');
  return lines.join('\r\n');
}

/** One paragraph of the Word file: its style and text (a bold lead-in for numbered paragraphs). */
export interface DocumentParagraph {
  style: 'Title' | 'Heading1' | 'Heading2' | 'Normal' | 'Small';
  text: string;
  lead?: string;
}

/** The Word file's paragraphs: the same content as `caseText`, with styles. */
export function caseDocument(file: CaseFile, t: UiStrings): DocumentParagraph[] {
  const out: DocumentParagraph[] = [{ style: 'Title', text: file.title }];
  out.push(...caseFileHeader(file, t).map((text) => ({ style: 'Small' as const, text })));
  if (file.metrics.length) {
    out.push({ style: 'Heading1', text: t.metrics });
    out.push(...file.metrics.map((m) => ({ style: 'Normal' as const, text: metricText(t, m) })));
  }
  for (const block of file.blocks) {
    if (block.kind === 'heading') out.push({ style: 'Heading1', text: block.text });
    else
      out.push({
        style: 'Normal',
        lead: `${fillText(t.paragraphMarker, { n: block.number })}　`,
        text: block.text,
      });
  }
  out.push({ style: 'Heading1', text: t.citeHeading });
  out.push({ style: 'Small', text: t.citeGbt2025 }, { style: 'Normal', text: file.citation });
  return out;
}

const risDate = (iso: string) => iso.replaceAll('-', '/');

/**
 * RIS (Zotero, EndNote, NoteExpress): an electronic source (`ELEC`) with its
 * title, author, the site as publisher, the dates, the URL and the keywords;
 * the source document as secondary title. CRLF line ends, as the format asks.
 */
export function caseRis(file: CaseFile): string {
  const tag = (name: string, value: string | undefined) =>
    value ? [`${name}  - ${value.replace(/\s+/g, ' ')}`] : [];
  return [
    ...tag('TY', 'ELEC'),
    ...tag('TI', file.title),
    ...tag('AU', file.creator),
    ...tag('T2', file.source.title),
    ...tag('PB', file.siteName),
    ...tag('PY', file.modified.slice(0, 4)),
    ...tag('DA', risDate(file.modified)),
    ...tag('Y2', risDate(file.accessed)),
    ...tag('UR', file.url),
    ...file.keywords.flatMap((k) => tag('KW', k)),
    ...tag('LA', file.lang),
    ...tag('ID', file.id),
    'ER  - ',
    '',
  ].join('\r\n');
}

const dateParts = (iso: string) => [iso.split('-').map(Number)];

/** CSL-JSON (Zotero, Zettlr, Pandoc): one `webpage` item. */
export function caseCsl(file: CaseFile): object[] {
  return [
    {
      id: file.id,
      type: 'webpage',
      title: file.title,
      ...(file.creator ? { author: [{ literal: file.creator }] } : {}),
      'container-title': file.siteName,
      publisher: file.siteName,
      'collection-title': file.source.title,
      issued: { 'date-parts': dateParts(file.modified) },
      accessed: { 'date-parts': dateParts(file.accessed) },
      URL: file.url,
      keyword: file.keywords.join(', '),
      language: file.lang,
    },
  ];
}
