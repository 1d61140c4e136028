/**
 * The one reader of content files (`content/cases/*.mdx`, `content/sources/*.mdx`)
 * outside Astro: the checker, `npm run new-case`, the importer and the tests.
 * Reads a file into its frontmatter and body, keeping enough position information
 * to point every problem at its line in the file. Validation is the schemas' job
 * (src/model/schema/*) and the checker's (src/check/*); this only reads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Document, type Node } from 'yaml';

export type ContentKind = 'case' | 'source';

export interface ContentFile {
  /** Path shown in messages (relative to the working directory, `/` separators). */
  path: string;
  /** Absolute path. */
  absPath: string;
  kind: ContentKind;
  /** File name without `.mdx`: must equal the id (cases) or slug (sources). */
  name: string;
  /** The frontmatter as YAML source, without the `---` lines; `undefined` when the file has none. */
  frontmatterText?: string;
  /** The parsed frontmatter document (with parse errors in `doc.errors`). */
  doc?: Document;
  /** Plain data of the frontmatter, or `undefined` when it is missing or not valid YAML. */
  data?: unknown;
  /** Everything after the closing `---`. */
  body: string;
  /** File line of the body's first line. */
  bodyStartLine: number;
  /** File line of a 1-based line of the frontmatter text. */
  frontmatterLine: (yamlLine: number) => number;
  /** File line of an offset in `frontmatterText`. */
  lineOfFrontmatterOffset: (offset: number) => number;
  /**
   * File line of a field (`['metrics', 2, 'quote']`): the line of its key, or of its
   * list item. When the field is missing, the line of the nearest parent that exists.
   */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** File line of a 1-based line of the body. */
  bodyLine: (line: number) => number;
}

export function readContentFile(absPath: string, path: string, kind: ContentKind): ContentFile {
  return parseContentFile(readFileSync(absPath, 'utf8'), absPath, path, kind);
}

/** Names (without `.mdx`) of the `.mdx` files of a folder, sorted; none when the folder does not exist. */
export function contentNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => name.slice(0, -'.mdx'.length));
}

/** Every `.mdx` file of a folder, sorted by name, with paths shown relative to the working directory. */
export function readContentDir(dir: string, kind: ContentKind): ContentFile[] {
  return contentNames(dir).map((name) => {
    const absPath = join(dir, `${name}.mdx`);
    return readContentFile(absPath, relative(process.cwd(), absPath).split(sep).join('/'), kind);
  });
}

export function parseContentFile(
  text: string,
  absPath: string,
  path: string,
  kind: ContentKind,
): ContentFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const name = absPath
    .replace(/\\/g, '/')
    .split('/')
    .pop()!
    .replace(/\.mdx?$/, '');
  // Same delimiters as Astro's frontmatter parser: a first line `---`, closed by the next `---` line.
  const close =
    lines[0]?.trimEnd() === '---' ? lines.findIndex((l, i) => i > 0 && l.trimEnd() === '---') : -1;

  if (close < 0) {
    return {
      path,
      absPath,
      kind,
      name,
      body: lines.join('\n'),
      bodyStartLine: 1,
      frontmatterLine: () => 1,
      lineOfFrontmatterOffset: () => 1,
      lineOf: () => 1,
      bodyLine: (l) => l,
    };
  }

  const frontmatterText = lines.slice(1, close).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(frontmatterText, { lineCounter });
  const frontmatterLine = (yamlLine: number) => yamlLine + 1; // the opening `---` is line 1
  const lineOfFrontmatterOffset = (offset: number) =>
    frontmatterLine(lineCounter.linePos(offset).line);
  const bodyStartLine = close + 2;

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = lineOfFrontmatterOffset(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
        node = node.items[key];
        const range = (node as Node).range;
        if (range) line = lineOfFrontmatterOffset(range[0]);
      } else {
        break;
      }
    }
    return line;
  };

  return {
    path,
    absPath,
    kind,
    name,
    frontmatterText,
    doc,
    data: doc.errors.length ? undefined : doc.toJS(),
    body: lines.slice(close + 1).join('\n'),
    bodyStartLine,
    frontmatterLine,
    lineOfFrontmatterOffset,
    lineOf,
    bodyLine: (line) => line + bodyStartLine - 1,
  };
}

/** Reads a nested value of the frontmatter data, or `undefined`. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
