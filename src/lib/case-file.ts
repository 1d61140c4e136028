/**
 * Reading content files outside Astro (tests, `npm run check`, the importer):
 * an MDX file's YAML frontmatter, its body, and line numbers for messages.
 * Validation is the schemas' job (src/schemas/*); this only reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface ContentFile {
  /** Path of the file as given. */
  path: string;
  /** File name without `.mdx`: a case's id or a source's slug. */
  name: string;
  /** Parsed YAML frontmatter (not validated). */
  data: Record<string, unknown>;
  /** The frontmatter text between the `---` lines. */
  frontmatter: string;
  /** The body after the frontmatter, as written. */
  body: string;
  /** 1-based line number of the body's first line in the file. */
  bodyLine: number;
}

/** Splits an MDX text into frontmatter and body, and parses the frontmatter. Throws in Chinese when there is none. */
export function parseContentFile(text: string, path = '(文本)'): ContentFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = normalized.match(/^---\n([\s\S]*?)\n---\n?/);
  if (!match) throw new Error(`${path}：第 1 行应为“---”，开始 YAML 头信息（frontmatter），并以另一行“---”结束`);
  const frontmatter = match[1]!;
  let data: unknown;
  try {
    data = parse(frontmatter) ?? {};
  } catch (error) {
    const line = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line;
    throw new Error(`${path}${line ? `：第 ${line + 1} 行` : ''}：YAML 头信息无法解析（${(error as Error).message.split('\n')[0]}）`);
  }
  if (typeof data !== 'object' || Array.isArray(data)) throw new Error(`${path}：YAML 头信息应为“字段: 值”的列表`);
  const name = path.split(/[\\/]/).pop()!.replace(/\.mdx?$/, '');
  return {
    path,
    name,
    data: data as Record<string, unknown>,
    frontmatter,
    body: normalized.slice(match[0].length),
    bodyLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1,
  };
}

export function readContentFile(path: string): ContentFile {
  return parseContentFile(readFileSync(path, 'utf8'), path);
}

/** Every `.mdx` file of a directory, sorted by name. */
export function readContentDir(dir: string): ContentFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => readContentFile(join(dir, f)));
}

/** 1-based line number in the file of an offset in the body. */
export function lineOfBodyOffset(file: ContentFile, offset: number): number {
  return file.bodyLine + file.body.slice(0, offset).split('\n').length - 1;
}

/**
 * The reader-visible text of a Markdown body: headings, list markers,
 * emphasis, links and HTML comments stripped; one line per block.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n')
    .map((line) =>
      line
        .replace(/^#{1,6}\s+/, '')
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
        .replace(/^>\s?/, '')
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|_)(?=\S)([^*_]+?)\1/g, '$2')
        .trim(),
    )
    .filter(Boolean)
    .join('\n');
}
