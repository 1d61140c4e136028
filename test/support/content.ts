/**
 * The content files as the tests see them: `content/cases/*.mdx` and
 * `content/sources/*.mdx`, frontmatter parsed with the `yaml` package. Site
 * tests compare the built pages and files against these, so a page that
 * drops or double-counts a case fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const contentDir = new URL('../../content/', import.meta.url).pathname;

export interface ContentCase {
  id: string;
  body: string;
  data: {
    title: string;
    region: { province: string; city?: string; county?: string; code: string };
    keywords: string[];
    domains: string[];
    year: number;
    metrics: { label: string; value: number; unit: string; quote: string; kind: string }[];
    source: string;
    number: number;
  };
}

function readEntries(folder: string): { id: string; data: any; body: string }[] {
  const dir = join(contentDir, folder);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${folder}/${name}: no frontmatter`);
      return { id: name.replace(/\.mdx$/, ''), data: parse(match[1]!), body: match[2]! };
    });
}

export const contentCases = (): ContentCase[] =>
  readEntries('cases').map((c) => ({ ...c, data: { metrics: [], ...c.data } }));
export const contentSources = () => readEntries('sources');
export const contentDocs = () => readEntries('docs');
