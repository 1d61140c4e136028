/**
 * Writes case and source files: YAML frontmatter in a fixed, readable layout
 * (the one of the committed files) and a Markdown body with `##` headings and
 * blank lines between paragraphs.
 */
import type { Metric, Region } from '../../src/model/schema/case.ts';
import type { Block, Section } from './split.ts';
import { yamlScalar } from '../frontmatter-yaml.ts';

const flowList = (items: string[]) => `[${items.map(yamlScalar).join(', ')}]`;

export interface CaseDraft {
  id: string;
  title: string;
  region: Region;
  keywords: string[];
  /** Enforcement domains: suggestions after a placeholder the reviewer removes. */
  domains: string[];
  /** A year, or a placeholder text the check refuses. */
  year: number | string;
  source: string;
  number: number;
  added: string;
  history: { date: string; note: string }[];
  metrics: Metric[];
}

export function caseFrontmatter(c: CaseDraft): string {
  const out = [
    '---',
    `id: ${c.id}`,
    `title: ${yamlScalar(c.title)}`,
    'region:',
    `  province: ${yamlScalar(c.region.province)}`,
  ];
  if (c.region.city) out.push(`  city: ${yamlScalar(c.region.city)}`);
  if (c.region.county) out.push(`  county: ${yamlScalar(c.region.county)}`);
  out.push(`  code: "${c.region.code}"`);
  out.push(`keywords: ${flowList(c.keywords)}`, `domains: ${flowList(c.domains)}`);
  out.push(
    `year: ${yamlScalar(c.year)}`,
    `source: ${yamlScalar(c.source)}`,
    `number: ${c.number}`,
    `added: ${c.added}`,
  );
  if (c.history.length) {
    out.push('history:');
    for (const h of c.history) out.push(`  - date: ${h.date}`, `    note: ${yamlScalar(h.note)}`);
  } else out.push('history: []');
  if (c.metrics.length) {
    out.push('metrics:');
    for (const m of c.metrics) {
      out.push(
        `  - label: ${yamlScalar(m.label)}`,
        `    value: ${m.value}`,
        `    unit: ${JSON.stringify(m.unit)}`,
        `    quote: ${yamlScalar(m.quote)}`,
        `    kind: ${m.kind}`,
        ...(m.approx ? [`    approx: ${m.approx}`] : []),
      );
    }
  } else out.push('metrics: []');
  out.push('---');
  return out.join('\n');
}

/** A body from sections: `## heading`, then paragraphs separated by blank lines. */
export function sectionsToMarkdown(sections: Section[]): string {
  const parts: string[] = [];
  for (const s of sections) {
    if (s.heading) parts.push(`## ${s.heading}`);
    for (const p of s.paragraphs) parts.push(p.text);
  }
  return parts.join('\n\n');
}

/** A source body from the introduction's blocks. */
export function blocksToMarkdown(blocks: Block[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'heading') return `## ${b.text}`;
      if (b.type === 'list') return b.items.map((item, i) => `${i + 1}. ${item}`).join('\n');
      return b.text;
    })
    .join('\n\n');
}

export interface SourceDraft {
  slug: string;
  title: string;
  /** From a byline, or a placeholder text. */
  publisher?: string;
  /** `YYYY-MM-DD` from a byline or a page address, or a placeholder text. */
  date?: string;
  url?: string;
  raw: string;
  rawScript: 'simplified' | 'traditional';
  repairs: string[];
  editor?: string;
  author?: string;
  /** What the reviewer must settle; `resolved` is a placeholder until they do. */
  notes?: { note: string; line?: number; resolved: string }[];
}

export function sourceFrontmatter(s: SourceDraft): string {
  const out = ['---', `slug: ${s.slug}`, `title: ${yamlScalar(s.title)}`];
  if (s.publisher) out.push(`publisher: ${yamlScalar(s.publisher)}`);
  if (s.date) out.push(`date: ${/^\d{4}-\d{2}-\d{2}$/.test(s.date) ? s.date : yamlScalar(s.date)}`);
  if (s.url) out.push(`url: ${yamlScalar(s.url)}`);
  out.push(`raw: ${s.raw}`, `rawScript: ${s.rawScript}`);
  if (s.repairs.length) {
    out.push('repairs:');
    for (const r of s.repairs) out.push(`  - ${yamlScalar(r)}`);
  } else out.push('repairs: []');
  if (s.editor) out.push(`editor: ${yamlScalar(s.editor)}`);
  if (s.author) out.push(`author: ${yamlScalar(s.author)}`);
  if (s.notes?.length) {
    out.push('notes:');
    for (const n of s.notes) {
      out.push(`  - note: ${yamlScalar(n.note)}`);
      if (n.line) out.push(`    line: ${n.line}`);
      out.push(`    resolved: ${yamlScalar(n.resolved)}`);
    }
  }
  out.push('---');
  return out.join('\n');
}
