/**
 * A metric's figure as the published text writes it: the number, its unit and, for an
 * approximate figure, its word where Chinese puts it (case.ts, `approxWords`):
 * before the number (`约410万元`, `超60万元`, `近20万元`), between the number and the unit
 * (`2300余台`, `1000多万元`) or after the unit (`90%以上`, `3天左右`). Read by the case page, the
 * numbers page, the CSV and the downloaded files, so that an approximate figure never reads as
 * an exact one.
 */
import type { approxWords } from './case.ts';

type ApproxWord = (typeof approxWords)[number];

const between = new Set<ApproxWord>(['余', '多']);
const afterUnit = new Set<ApproxWord>(['以上', '左右']);

export interface FigureParts {
  /** What stands before the number: an approximation word, or nothing. */
  before: string;
  /** The number, with 余 or 多 after it. */
  value: string;
  /** The unit, with 以上 or 左右 after it. */
  unit: string;
}

export function figureParts(m: { value: number; unit: string; approx?: ApproxWord }): FigureParts {
  const word = m.approx ?? '';
  const place = !m.approx
    ? 'none'
    : between.has(m.approx)
      ? 'between'
      : afterUnit.has(m.approx)
        ? 'after'
        : 'before';
  return {
    before: place === 'before' ? word : '',
    value: `${m.value}${place === 'between' ? word : ''}`,
    unit: `${m.unit}${place === 'after' ? word : ''}`,
  };
}

/** The figure as one text, `约410万元`, `2300余台`; with `space`, a space before the unit (`2300余 台`). */
export function figureText(
  m: { value: number; unit: string; approx?: ApproxWord },
  space = false,
): string {
  const { before, value, unit } = figureParts(m);
  return `${before}${value}${unit && space ? ' ' : ''}${unit}`;
}
