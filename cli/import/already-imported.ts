/**
 * Whether a text or a case is already in the knowledge base or in the drafts folder, so that
 * importing it again writes nothing new: the same raw text (whatever its file name), or a case
 * with the same title or the same body.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentNames, readContentFile } from '../../src/check/content-file.ts';
import { isTodo } from '../../src/model/placeholders.ts';
import { normalizeNewlines } from './repair.ts';

/** A text as compared: LF line breaks, no BOM, no spaces at line ends, no blank lines. */
export const comparable = (text: string): string =>
  normalizeNewlines(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');

/** A title or body as compared: without spaces, punctuation and Markdown. */
const squeeze = (text: string): string =>
  text.replace(/[#*\s\p{P}]/gu, '').replace(/TODO-[^\n]*/g, '');

export interface KnownSource {
  /** Path of the source file, as shown. */
  path: string;
  slug: string;
  raw?: string;
  /** The raw text as compared, when the raw file was found. */
  text?: string;
}

export interface KnownCase {
  path: string;
  id: string;
  source?: string;
  title?: string;
  body: string;
}

export interface Known {
  sources: KnownSource[];
  cases: KnownCase[];
}

/** The sources and cases of some content folders (`content/`, the drafts folder), with their raw texts. */
export function knownContent(
  folders: { cases: string; sources: string }[],
  rawDirs: string[],
  show: (absPath: string) => string,
): Known {
  const sources: KnownSource[] = [];
  const cases: KnownCase[] = [];
  for (const folder of folders) {
    for (const name of contentNames(folder.sources)) {
      const abs = join(folder.sources, `${name}.mdx`);
      const file = readContentFile(abs, show(abs), 'source');
      const data = (file.data ?? {}) as { slug?: unknown; raw?: unknown };
      const raw = typeof data.raw === 'string' ? data.raw : undefined;
      const rawPath = raw ? rawDirs.map((d) => join(d, raw)).find((p) => existsSync(p)) : undefined;
      sources.push({
        path: file.path,
        slug: typeof data.slug === 'string' ? data.slug : name,
        ...(raw ? { raw } : {}),
        ...(rawPath ? { text: comparable(readFileSync(rawPath, 'utf8')) } : {}),
      });
    }
    for (const name of contentNames(folder.cases)) {
      const abs = join(folder.cases, `${name}.mdx`);
      const file = readContentFile(abs, show(abs), 'case');
      const data = (file.data ?? {}) as { title?: unknown; source?: unknown };
      cases.push({
        path: file.path,
        id: name,
        ...(typeof data.source === 'string' ? { source: data.source } : {}),
        ...(typeof data.title === 'string' && !isTodo(data.title) ? { title: data.title } : {}),
        body: squeeze(file.body),
      });
    }
  }
  return { sources, cases };
}

/** The source already imported from the same text. */
export const sameText = (known: Known, raw: string): KnownSource | undefined => {
  const text = comparable(raw);
  return known.sources.find((s) => s.text === text);
};

/** The case already imported: the same body, or the same title over the same opening. */
export function sameCase(known: Known, title: string, body: string): KnownCase | undefined {
  const t = title && !isTodo(title) ? squeeze(title) : undefined;
  const b = squeeze(body);
  const opening = b.slice(0, 60);
  return known.cases.find(
    (c) =>
      (b.length > 20 && c.body === b) ||
      (t && c.title && squeeze(c.title) === t && opening.length > 20 && c.body.includes(opening)),
  );
}
