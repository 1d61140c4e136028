/**
 * A synthetic collection of N cases made from the real ones: case i is a copy
 * of real case i mod R (R real cases), in copy round k = ⌊i / R⌋. Round 0 is
 * the real collection unchanged; later rounds get a title suffix （样本k）, a
 * year a few years earlier, every other round the region of another real
 * case, their last keyword swapped for another real keyword, and the id the
 * content check asks of a new case (the next free one of its province and
 * year: src/model/case-id.ts),
 * so that the region, keyword and year filters and pages stay meaningful.
 * Each round has its own copies of the sources (slug-rk), so that a source's
 * case numbers stay unique, as the content check requires.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { caseIdPrefix, formatCaseId, parseCaseId } from '../../src/model/case-id.ts';

interface Frontmatter {
  data: Record<string, unknown>;
  body: string;
}

function parse(text: string, file: string): Frontmatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  // YAML 1.2 core schema: dates stay strings and are written back as they were.
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: match[2]! };
}

const serialize = ({ data, body }: Frontmatter) =>
  `---\n${stringify(data, { lineWidth: 0 })}---\n${body}`;

function readDir(dir: string): { name: string; fm: Frontmatter }[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => ({ name, fm: parse(readFileSync(join(dir, name), 'utf8'), join(dir, name)) }));
}

export interface SyntheticResult {
  cases: number;
  sources: number;
}

/**
 * Replaces `contentDir`/cases and /sources with N synthetic cases made from
 * the real ones in `realContentDir`.
 */
export function writeSyntheticContent(
  realContentDir: string,
  contentDir: string,
  n: number,
): SyntheticResult {
  const realCases = readDir(join(realContentDir, 'cases'));
  const realSources = readDir(join(realContentDir, 'sources'));
  if (realCases.length === 0) throw new Error(`no cases in ${realContentDir}/cases`);
  const keywordPool = [...new Set(realCases.flatMap((c) => c.fm.data.keywords as string[]))].sort();
  const regions = realCases.map((c) => c.fm.data.region);

  for (const sub of ['cases', 'sources']) {
    rmSync(join(contentDir, sub), { recursive: true, force: true });
    mkdirSync(join(contentDir, sub), { recursive: true });
  }

  // The highest sequence number in use for each province and year (`nx-2025` → 3).
  const highest = new Map<string, number>();
  const nextId = (prefix: string, year: number) => {
    const sequence = (highest.get(`${prefix}-${year}`) ?? 0) + 1;
    highest.set(`${prefix}-${year}`, sequence);
    return formatCaseId(prefix, year, sequence);
  };
  for (const c of realCases) {
    const id = parseCaseId(String(c.fm.data.id));
    if (id) {
      const key = `${id.prefix}-${id.year}`;
      highest.set(key, Math.max(highest.get(key) ?? 0, id.sequence));
    }
  }

  const rounds = Math.ceil(n / realCases.length);
  let sources = 0;
  for (let k = 0; k < rounds; k++) {
    for (const source of realSources) {
      const data = { ...source.fm.data };
      if (k > 0) {
        data.slug = `${data.slug}-r${k}`;
        data.title = `${data.title}（样本${k}）`;
      }
      writeFileSync(
        join(contentDir, 'sources', `${data.slug}.mdx`),
        serialize({ data, body: source.fm.body }),
      );
      sources++;
    }
  }

  for (let i = 0; i < n; i++) {
    const real = realCases[i % realCases.length]!;
    const k = Math.floor(i / realCases.length);
    const data = { ...real.fm.data };
    if (k > 0) {
      const newYear = Number(data.year) - (k % 6);
      data.title = `${data.title}（样本${k}）`;
      data.year = newYear;
      data.source = `${data.source}-r${k}`;
      if (k % 2 === 1) data.region = regions[(i * 7 + k) % regions.length];
      data.id = nextId(caseIdPrefix((data.region as { code: string }).code), newYear);
      const keywords = [...(data.keywords as string[])];
      const swap = keywordPool[(i * 5 + k) % keywordPool.length]!;
      if (!keywords.includes(swap)) keywords[keywords.length - 1] = swap;
      data.keywords = keywords;
    }
    writeFileSync(
      join(contentDir, 'cases', `${data.id}.mdx`),
      serialize({ data, body: real.fm.body }),
    );
  }
  return { cases: n, sources };
}
