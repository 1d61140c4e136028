/**
 * Case ids: `<ISO 3166-2:CN code of the province, lowercase>-<year>-<2-digit seq>`,
 * e.g. nx-2025-01. The importer proposes the next free number; ids are never reused.
 */

/** ISO 3166-2:CN subdivision codes by the first two digits of the GB/T 2260 code. */
export const isoByProvince: Record<string, string> = {
  '11': 'bj', '12': 'tj', '13': 'he', '14': 'sx', '15': 'nm', '21': 'ln', '22': 'jl', '23': 'hl',
  '31': 'sh', '32': 'js', '33': 'zj', '34': 'ah', '35': 'fj', '36': 'jx', '37': 'sd', '41': 'ha',
  '42': 'hb', '43': 'hn', '44': 'gd', '45': 'gx', '46': 'hi', '50': 'cq', '51': 'sc', '52': 'gz',
  '53': 'yn', '54': 'xz', '61': 'sn', '62': 'gs', '63': 'qh', '64': 'nx', '65': 'xj', '71': 'tw',
  '81': 'hk', '82': 'mo',
};

/** The id prefix of a region code (`640500` → `nx`), or `xx` when unknown. */
export const idPrefix = (code: string | undefined): string => (code && isoByProvince[code.slice(0, 2)]) || 'xx';

/** The next free id for a prefix and year, given the ids already taken. */
export function nextId(prefix: string, year: number, taken: Set<string>): string {
  for (let seq = 1; seq < 100; seq++) {
    const id = `${prefix}-${year}-${String(seq).padStart(2, '0')}`;
    if (!taken.has(id)) return id;
  }
  throw new Error(`编号已用尽：${prefix}-${year}-01…99 都已存在`);
}
