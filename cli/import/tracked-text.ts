/**
 * A text being repaired that remembers, for each of its characters, where it was in the raw
 * file: messages about the repaired text (mojibake, announcements, truncation) then give the
 * line and column of the file as the contributor has it, not of the text after repairs.
 */

export interface Tracked {
  text: string;
  /** `origin[i]`: offset in the raw text of `text[i]` (UTF-16 units); one more entry for the end. */
  origin: number[];
}

export const track = (raw: string): Tracked => ({
  text: raw,
  origin: Array.from({ length: raw.length + 1 }, (_, i) => i),
});

export interface Edit {
  /** Offset in the tracked text. */
  index: number;
  /** Characters replaced. */
  length: number;
  replacement: string;
}

/**
 * Applies non-overlapping edits. A replacement of the same length keeps each character's
 * origin; any other replacement takes the origin of the first character it replaces.
 */
export function applyEdits(t: Tracked, edits: readonly Edit[]): Tracked {
  if (!edits.length) return t;
  const sorted = [...edits].sort((a, b) => a.index - b.index);
  let text = '';
  const origin: number[] = [];
  let from = 0;
  for (const e of sorted) {
    if (e.index < from) throw new Error(`overlapping edits at ${e.index}`);
    text += t.text.slice(from, e.index);
    origin.push(...t.origin.slice(from, e.index));
    text += e.replacement;
    for (let k = 0; k < e.replacement.length; k++)
      origin.push(t.origin[e.replacement.length === e.length ? e.index + k : e.index]!);
    from = e.index + e.length;
  }
  text += t.text.slice(from);
  origin.push(...t.origin.slice(from));
  return { text, origin };
}

/** Edits for every match of a global pattern, replaced by `replace(match)`. */
export function editsFor(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string,
): Edit[] {
  return [...text.matchAll(pattern)].map((m) => ({
    index: m.index,
    length: m[0].length,
    replacement: replace(m),
  }));
}

/**
 * A transformation that keeps the length of every line (punctuation, script conversion):
 * the origins stay. A line whose length changes maps each of its characters to the line's start.
 */
export function mapSameLength(t: Tracked, transform: (text: string) => string): Tracked {
  const next = transform(t.text);
  if (next.length === t.text.length) return { text: next, origin: t.origin };
  const oldLines = t.text.split('\n');
  const newLines = next.split('\n');
  if (oldLines.length !== newLines.length)
    throw new Error('a transformation added or removed lines');
  const origin: number[] = [];
  let at = 0;
  oldLines.forEach((line, i) => {
    const fresh = newLines[i]!;
    for (let k = 0; k < fresh.length; k++)
      origin.push(t.origin[at + (fresh.length === line.length ? k : 0)]!);
    origin.push(t.origin[at + line.length]!); // the line break (or the end)
    at += line.length + 1;
  });
  return { text: next, origin };
}

/** Line and column (1-based, in characters as an editor counts them) of raw-text offsets. */
export class RawPositions {
  private readonly lineStarts: number[] = [0];
  private readonly bom: boolean;
  private readonly raw: string;
  constructor(raw: string) {
    this.raw = raw;
    this.bom = raw.startsWith('\uFEFF');
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (c === '\n' || (c === '\r' && raw[i + 1] !== '\n')) this.lineStarts.push(i + 1);
    }
  }

  at(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = lo === 0 && this.bom ? 1 : this.lineStarts[lo]!;
    const column = [...this.raw.slice(start, Math.max(start, offset))].length + 1;
    return { line: lo + 1, column };
  }
}
