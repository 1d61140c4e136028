/**
 * The sentences of the published texts in content/raw/, repaired exactly as the
 * importer repairs them (cli/import/repair.ts with the known mojibake repairs of
 * cli/import/known-repairs.ts), each with the raw file and line it comes from.
 * Used by the tests that prove nothing of the published wording is lost:
 * test/content/sources-coverage.test.ts (content files) and
 * test/pages/sources-on-site.test.ts (built pages).
 */
import { readFileSync } from 'node:fs';
import { readContentDir } from '../../src/check/content-file.ts';
import { normalizeNewlines, repairText, type RepairResult } from '../../cli/import/repair.ts';
import { loadToHans } from '../../src/i18n/convert.ts';
import { sourceSchema } from '../../src/model/schema/source.ts';
import { knownRepairs } from '../../cli/import/known-repairs.ts';

export interface RawSentence {
  text: string;
  /** 1-based line in the raw file (repairs keep the lines where they are). */
  line: number;
  /** The line is the keyword list of a case: after a 【关键词】 line, or after 【关键词】 on the same line. */
  keywordLine: boolean;
}

export interface RawText {
  /** File name in content/raw/. */
  raw: string;
  /** Slug of the source whose `raw` it is. */
  slug: string;
  /** Number of lines of the raw file, and of the repaired text. */
  rawLines: number;
  repaired: RepairResult;
  sentences: RawSentence[];
}

/** Sentences of one line: split after 。！？；, the punctuation kept, trimmed, empty ones dropped. */
export function lineSentences(line: string): string[] {
  return (line.match(/[^。！？；]+[。！？；]?/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

/** Sentences of a repaired text: split on 。！？； and line breaks, each with its line. */
export function sentences(text: string): RawSentence[] {
  const out: RawSentence[] = [];
  let afterKeywordMarker = false;
  text.split('\n').forEach((line, i) => {
    const trimmed = line.trim();
    if (!trimmed) return;
    const inline = /^【关键词】./.test(trimmed);
    const keywordLine = afterKeywordMarker || inline;
    afterKeywordMarker = trimmed === '【关键词】';
    if (inline) {
      out.push({ text: '【关键词】', line: i + 1, keywordLine: false });
      for (const text of lineSentences(trimmed.slice('【关键词】'.length)))
        out.push({ text, line: i + 1, keywordLine });
      return;
    }
    for (const text of lineSentences(trimmed)) out.push({ text, line: i + 1, keywordLine });
  });
  return out;
}

/** The four published texts, one per source of content/sources/, repaired as `npm run import` repairs them. */
export async function rawTexts(): Promise<RawText[]> {
  const toHans = await loadToHans();
  return readContentDir('content/sources', 'source').map((file) => {
    const { raw, slug } = sourceSchema.parse(file.data);
    const text = readFileSync(`content/raw/${raw}`, 'utf8');
    const repaired = repairText(text, toHans, knownRepairs);
    return {
      raw,
      slug,
      rawLines: normalizeNewlines(text).split('\n').length,
      repaired,
      sentences: sentences(repaired.text),
    };
  });
}
