/**
 * A tile-grid chart of China's 34 provincial divisions: one square per
 * province, placed roughly where it lies. Not a boundary map (published maps
 * of China need an approved 审图号), just a grid keyed by province.
 *
 * Shading steps are chosen so that the tile's label keeps WCAG AA contrast
 * (4.5:1) with its fill; a unit test checks every step.
 */

export interface Tile {
  /** 6-digit GB/T 2260 code. */
  code: string;
  /** Short name shown on the tile. */
  short: string;
  row: number;
  col: number;
}

/** Rows top (north) to bottom (south), columns west to east. */
export const tiles: readonly Tile[] = [
  { code: '230000', short: '黑龙江', row: 0, col: 7 },
  { code: '650000', short: '新疆', row: 1, col: 0 },
  { code: '150000', short: '内蒙古', row: 1, col: 4 },
  { code: '110000', short: '北京', row: 1, col: 5 },
  { code: '210000', short: '辽宁', row: 1, col: 6 },
  { code: '220000', short: '吉林', row: 1, col: 7 },
  { code: '540000', short: '西藏', row: 2, col: 0 },
  { code: '630000', short: '青海', row: 2, col: 1 },
  { code: '620000', short: '甘肃', row: 2, col: 2 },
  { code: '640000', short: '宁夏', row: 2, col: 3 },
  { code: '140000', short: '山西', row: 2, col: 4 },
  { code: '130000', short: '河北', row: 2, col: 5 },
  { code: '120000', short: '天津', row: 2, col: 6 },
  { code: '510000', short: '四川', row: 3, col: 1 },
  { code: '500000', short: '重庆', row: 3, col: 2 },
  { code: '610000', short: '陕西', row: 3, col: 3 },
  { code: '410000', short: '河南', row: 3, col: 4 },
  { code: '370000', short: '山东', row: 3, col: 5 },
  { code: '530000', short: '云南', row: 4, col: 1 },
  { code: '520000', short: '贵州', row: 4, col: 2 },
  { code: '420000', short: '湖北', row: 4, col: 3 },
  { code: '340000', short: '安徽', row: 4, col: 4 },
  { code: '320000', short: '江苏', row: 4, col: 5 },
  { code: '310000', short: '上海', row: 4, col: 6 },
  { code: '450000', short: '广西', row: 5, col: 2 },
  { code: '430000', short: '湖南', row: 5, col: 3 },
  { code: '360000', short: '江西', row: 5, col: 4 },
  { code: '330000', short: '浙江', row: 5, col: 5 },
  { code: '440000', short: '广东', row: 6, col: 3 },
  { code: '350000', short: '福建', row: 6, col: 4 },
  { code: '710000', short: '台湾', row: 6, col: 5 },
  { code: '460000', short: '海南', row: 7, col: 2 },
  { code: '820000', short: '澳门', row: 7, col: 3 },
  { code: '810000', short: '香港', row: 7, col: 4 },
];

/** Full names of the divisions that the GB/T 2260 package leaves out. */
export const extraProvinceNames: Record<string, string> = {
  '710000': '台湾省',
  '810000': '香港特别行政区',
  '820000': '澳门特别行政区',
};

export interface Shade {
  /** Smallest and largest count of this step (inclusive). */
  from: number;
  to: number;
  fill: string;
  /** Label colour, chosen for at least 4.5:1 contrast with `fill`. */
  text: string;
}

/** Tile without cases: page background with a visible border. */
export const emptyShade: Shade = { from: 0, to: 0, fill: '#ffffff', text: '#4a4a4a' };

/** Light to dark, in the site's accent colour (#8a1c1c). */
const palette: readonly Pick<Shade, 'fill' | 'text'>[] = [
  { fill: '#f6dcd4', text: '#1a1a1a' },
  { fill: '#e9a596', text: '#1a1a1a' },
  { fill: '#b8483d', text: '#ffffff' },
  { fill: '#7a1616', text: '#ffffff' },
];
export const shadePalette = palette;

/**
 * Steps of the legend for counts 1…max: at most four, of equal width, so that
 * one step is one colour. `max` 0 gives no steps.
 */
export function shadeSteps(max: number): Shade[] {
  if (max < 1) return [];
  const count = Math.min(palette.length, max);
  const steps: Shade[] = [];
  for (let i = 0; i < count; i++) {
    const from = Math.floor((i * max) / count) + 1;
    const to = Math.floor(((i + 1) * max) / count);
    // With fewer steps than colours, spread them over the palette so the darkest is used.
    const colour =
      palette[
        count === 1 ? palette.length - 1 : Math.round((i * (palette.length - 1)) / (count - 1))
      ]!;
    steps.push({ from, to, ...colour });
  }
  return steps;
}

/** The shade of a tile with `count` cases. */
export function shadeFor(count: number, steps: readonly Shade[]): Shade {
  return steps.find((s) => count >= s.from && count <= s.to) ?? emptyShade;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  ) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const gridSize = {
  rows: Math.max(...tiles.map((t) => t.row)) + 1,
  cols: Math.max(...tiles.map((t) => t.col)) + 1,
};
