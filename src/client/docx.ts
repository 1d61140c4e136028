/**
 * A Word file (.docx, Office Open XML, ISO/IEC 29500) from styled paragraphs:
 * the smallest set of parts Word and WPS open without complaint — content
 * types, package and document relationships, the document, its styles and the
 * core and app properties — zipped with fflate. Written by hand rather than
 * with a document library: a case is a title, lines and paragraphs, and this
 * keeps the chunk the case page loads on click small (src/client/case-downloads.ts).
 * Runs in the browser and in Node (the tests unzip its output).
 */
import { strToU8, zipSync } from 'fflate';
import type { DocumentParagraph } from '../model/case-file.ts';

export interface DocxInput {
  title: string;
  /** Who made it (the site's name). */
  creator: string;
  /** BCP 47 language of the text: `zh-Hans`, `zh-Hant`. */
  lang: string;
  /** ISO date-time the file is made. */
  created: string;
  paragraphs: DocumentParagraph[];
}

export const docxMimeType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 does not allow (a stray control character would make Word refuse the file).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Word's language tag for East Asian text: zh-CN for simplified, zh-TW for traditional. */
const eastAsiaLang = (lang: string) => (/hant/i.test(lang) ? 'zh-TW' : 'zh-CN');
/** Fonts Windows and WPS have for each script; other systems substitute their own CJK fonts. */
const eastAsiaFont = (lang: string) => (/hant/i.test(lang) ? 'PMingLiU' : 'SimSun');

const run = (text: string, bold = false) =>
  `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

function paragraphXml(p: DocumentParagraph): string {
  const style = p.style === 'Normal' ? '' : `<w:pPr><w:pStyle w:val="${p.style}"/></w:pPr>`;
  return `<w:p>${style}${p.lead ? run(p.lead, true) : ''}${run(p.text)}</w:p>`;
}

function documentXml(input: DocxInput): string {
  // A4, 2.54 cm margins (twentieths of a point).
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  return `${xmlHead}<w:document xmlns:w="${w}" xmlns:r="${rel}"><w:body>${input.paragraphs
    .map(paragraphXml)
    .join('')}${section}</w:body></w:document>`;
}

function stylesXml(lang: string): string {
  const fonts = `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${eastAsiaFont(lang)}" w:cs="Times New Roman"/>`;
  const style = (id: string, name: string, size: number, extra = '', pPr = '') =>
    `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>${pPr}</w:pPr><w:rPr><w:b/><w:sz w:val="${size}"/><w:szCs w:val="${size}"/>${extra}</w:rPr></w:style>`;
  return (
    `${xmlHead}<w:styles xmlns:w="${w}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${fonts}<w:sz w:val="24"/><w:szCs w:val="24"/>` +
    `<w:lang w:val="en-US" w:eastAsia="${eastAsiaLang(lang)}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>` +
    style('Title', 'Title', 36, '', '<w:jc w:val="center"/>') +
    style('Heading1', 'heading 1', 30, '', '<w:outlineLvl w:val="0"/>') +
    style('Heading2', 'heading 2', 26, '', '<w:outlineLvl w:val="1"/>') +
    `<w:style w:type="paragraph" w:styleId="Small"><w:name w:val="Small"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
    `<w:pPr><w:spacing w:after="0"/><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/><w:color w:val="404040"/></w:rPr></w:style>` +
    `</w:styles>`
  );
}

const contentTypes =
  `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '</Types>';

const packageRels =
  `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId3" Type="${rel}/extended-properties" Target="docProps/app.xml"/>` +
  '</Relationships>';

const documentRels =
  `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="${rel}/styles" Target="styles.xml"/>` +
  '</Relationships>';

function coreXml(input: DocxInput): string {
  const created = input.created.replace(/\.\d+Z$/, 'Z');
  return (
    `${xmlHead}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(input.title)}</dc:title><dc:creator>${escapeXml(input.creator)}</dc:creator>` +
    `<dc:language>${escapeXml(input.lang)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

const appXml =
  `${xmlHead}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
  '<Application>typical-cases-kb</Application></Properties>';

/** The .docx file's bytes. */
export function docxFile(input: DocxInput): Uint8Array {
  return zipSync(
    {
      '[Content_Types].xml': strToU8(contentTypes),
      '_rels/.rels': strToU8(packageRels),
      'word/document.xml': strToU8(documentXml(input)),
      'word/styles.xml': strToU8(stylesXml(input.lang)),
      'word/_rels/document.xml.rels': strToU8(documentRels),
      'docProps/core.xml': strToU8(coreXml(input)),
      'docProps/app.xml': strToU8(appXml),
    },
    { level: 6 },
  );
}
