import { describe, expect, test } from 'vitest';
import {
  contrast,
  emptyShade,
  extraProvinceNames,
  gridSize,
  shadeFor,
  shadePalette,
  shadeSteps,
  tiles,
} from '../../src/site/tile-grid.ts';
import { divisionByCode, provinces } from '../../src/model/regions.ts';

describe('the tile grid', () => {
  test('has one tile per provincial division, 34 in all, none on the same square', () => {
    expect(tiles).toHaveLength(34);
    expect(new Set(tiles.map((t) => t.code)).size).toBe(34);
    expect(new Set(tiles.map((t) => `${t.row},${t.col}`)).size).toBe(34);
    for (const p of provinces) expect(tiles.map((t) => t.code)).toContain(p.code);
    for (const t of tiles)
      expect(divisionByCode(t.code)?.name ?? extraProvinceNames[t.code]).toBeTruthy();
    expect(gridSize).toEqual({ rows: 8, cols: 8 });
  });
  test('keeps AA contrast (4.5:1) between every label and its fill', () => {
    for (const shade of [...shadePalette, emptyShade])
      expect(contrast(shade.fill, shade.text)).toBeGreaterThanOrEqual(4.5);
  });
  test('splits counts into at most four steps that cover 1…max without gaps', () => {
    for (const max of [1, 2, 3, 4, 5, 10, 24, 97]) {
      const steps = shadeSteps(max);
      expect(steps.length).toBe(Math.min(4, max));
      expect(steps[0]!.from).toBe(1);
      expect(steps.at(-1)!.to).toBe(max);
      for (let i = 1; i < steps.length; i++) expect(steps[i]!.from).toBe(steps[i - 1]!.to + 1);
      expect(steps.at(-1)!.fill).toBe(shadePalette.at(-1)!.fill);
    }
    expect(shadeSteps(0)).toEqual([]);
  });
  test('gives zero cases the empty shade and the largest count the darkest', () => {
    const steps = shadeSteps(10);
    expect(shadeFor(0, steps)).toBe(emptyShade);
    expect(shadeFor(10, steps).fill).toBe(shadePalette.at(-1)!.fill);
    expect(shadeFor(1, steps).fill).toBe(shadePalette[0]!.fill);
  });
});

describe('contrast', () => {
  test('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#8a1c1c', '#8a1c1c')).toBe(1);
  });
});
