/**
 * The case page's downloads (下载本案例), made in the browser when a reader
 * asks for one: the case page's script imports this module only then
 * (src/components/case/CopyControls.astro), and this module imports the Word writer
 * (src/client/docx.ts, with fflate) only for a Word file. Nothing is fetched
 * but those two chunks of the site itself: the file is made from the page
 * the reader has open, in its script, so it says exactly what the page says.
 */
import type { Script } from '../i18n/script.ts';
import { ui } from '../i18n/ui.ts';
import {
  caseCsl,
  caseDocument,
  caseRis,
  caseText,
  type CaseFile,
  type CaseFileBlock,
} from '../model/case-file.ts';

export type DownloadKind = 'docx' | 'txt' | 'ris' | 'csl';

interface JsonLd {
  '@id'?: string;
  name?: string;
  inLanguage?: string;
  keywords?: string[];
  datePublished?: string;
  dateModified?: string;
  position?: number;
  author?: { name?: string };
  publisher?: { name?: string };
  spatialCoverage?: { name?: string };
  isPartOf?: {
    '@type'?: string;
    name?: string;
    datePublished?: string;
    publisher?: { name?: string };
  }[];
}

const text = (el: Element | null | undefined) =>
  (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A body paragraph's own text: without its number link and its report link. */
function paragraphText(p: Element): string {
  const copy = p.cloneNode(true) as Element;
  for (const tool of copy.querySelectorAll('.para-link, .para-report')) tool.remove();
  return text(copy);
}

/** The case as the open page shows it (its JSON-LD, body, figures and citation). */
export function caseFileFromPage(doc: Document): CaseFile {
  const ld = JSON.parse(
    doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}',
  ) as JsonLd;
  const source = ld.isPartOf?.find((part) => part['@type'] === 'CreativeWork');
  const url = doc.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? ld['@id'] ?? '';
  const blocks: CaseFileBlock[] = [];
  for (const el of doc.querySelectorAll('.case-body > :is(h2, h3, h4, p[data-para])')) {
    if (el.tagName === 'P')
      blocks.push({
        kind: 'paragraph',
        number: Number((el as HTMLElement).dataset.para),
        text: paragraphText(el),
      });
    else blocks.push({ kind: 'heading', text: text(el) });
  }
  const metrics = [...doc.querySelectorAll('.metrics .metric')].map((m) => {
    const paragraph =
      m.querySelector<HTMLElement>('[data-metric-paragraph]')?.dataset.metricParagraph;
    return {
      label: text(m.querySelector('.metric-label')),
      // An approximate figure's word before the number (约, 超 …): 余 and 以上 are in the value and unit.
      value: text(m.querySelector('.metric-approx')) + text(m.querySelector('.metric-value')),
      unit: text(m.querySelector('.metric-unit')),
      ...(paragraph ? { paragraph: Number(paragraph.slice(1)) } : {}),
    };
  });
  const accessed = text(doc.querySelector('#cite-gbt2025 [data-cite-date]'));
  const id = /\/cases\/([^/]+)\/$/.exec(new URL(url, doc.baseURI).pathname)?.[1] ?? 'case';
  return {
    id,
    lang: ld.inLanguage ?? doc.documentElement.lang,
    title: ld.name ?? text(doc.querySelector('h1')),
    url,
    region: ld.spatialCoverage?.name ?? '',
    keywords: ld.keywords ?? [],
    ...(ld.author?.name ? { creator: ld.author.name } : {}),
    source: {
      title: source?.name ?? '',
      ...(source?.publisher?.name ? { publisher: source.publisher.name } : {}),
      ...(source?.datePublished ? { date: source.datePublished } : {}),
      number: ld.position ?? 0,
    },
    siteName: ld.publisher?.name ?? '',
    added: ld.datePublished ?? '',
    modified: ld.dateModified ?? '',
    accessed,
    blocks,
    metrics,
    citation: text(doc.querySelector('#cite-gbt2025')),
  };
}

/** The file of one kind: name, type and bytes. */
export async function caseDownload(
  file: CaseFile,
  script: Script,
  kind: DownloadKind,
): Promise<{ name: string; type: string; data: BlobPart }> {
  const t = ui[script];
  if (kind === 'txt')
    // A byte-order mark, so that Notepad and WPS on older Windows read UTF-8.
    return {
      name: `${file.id}.txt`,
      type: 'text/plain;charset=utf-8',
      data: `\uFEFF${caseText(file, t)}`,
    };
  if (kind === 'ris')
    return {
      name: `${file.id}.ris`,
      type: 'application/x-research-info-systems',
      data: caseRis(file),
    };
  if (kind === 'csl')
    return {
      name: `${file.id}.csl.json`,
      type: 'application/vnd.citationstyles.csl+json',
      data: JSON.stringify(caseCsl(file), null, 2),
    };
  const { docxFile, docxMimeType } = await import('./docx.ts');
  const bytes = docxFile({
    title: file.title,
    creator: file.siteName,
    lang: file.lang,
    created: new Date().toISOString(),
    paragraphs: caseDocument(file, t),
  });
  return { name: `${file.id}.docx`, type: docxMimeType, data: bytes as Uint8Array<ArrayBuffer> };
}

/** Makes a file of the open case page (in `script`) and hands it to the browser as a download; its name. */
export async function downloadCaseFile(kind: DownloadKind, script: Script): Promise<string> {
  const { name, type, data } = await caseDownload(caseFileFromPage(document), script, kind);
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return name;
}
