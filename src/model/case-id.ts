/**
 * Case ids: `<ISO 3166-2:CN province code, lowercase>-<year>-<sequence>`, e.g. `nx-2025-01`;
 * the sequence has two digits up to 99, then three or more (`js-2025-100`): see `caseIdPattern`.
 * Ids are URLs that officials cite, so a new case takes the number after the highest one
 * in use: a gap left by a removed case is never filled again.
 * Used by `npm run new-case` and by the importer (`npm run import`).
 */
import { caseIdPattern } from './schema/case.ts';

/** First two digits of a GB/T 2260 code → ISO 3166-2:CN subdivision code, lowercase. */
const isoByProvinceCode: Record<string, string> = {
  '11': 'bj',
  '12': 'tj',
  '13': 'he',
  '14': 'sx',
  '15': 'nm',
  '21': 'ln',
  '22': 'jl',
  '23': 'hl',
  '31': 'sh',
  '32': 'js',
  '33': 'zj',
  '34': 'ah',
  '35': 'fj',
  '36': 'jx',
  '37': 'sd',
  '41': 'ha',
  '42': 'hb',
  '43': 'hn',
  '44': 'gd',
  '45': 'gx',
  '46': 'hi',
  '50': 'cq',
  '51': 'sc',
  '52': 'gz',
  '53': 'yn',
  '54': 'xz',
  '61': 'sn',
  '62': 'gs',
  '63': 'qh',
  '64': 'nx',
  '65': 'xj',
  '71': 'tw',
  '81': 'hk',
  '82': 'mo',
};

/** `640500` → `nx`. */
export function caseIdPrefix(regionCode: string): string {
  const prefix = isoByProvinceCode[regionCode.slice(0, 2)];
  if (!prefix) throw new Error(`行政区划代码 ${regionCode} 不属于任何省级行政区`);
  return prefix;
}

/** Province, year and sequence of an id, or `undefined` when it is not one. */
export function parseCaseId(
  id: string,
): { prefix: string; year: number; sequence: number } | undefined {
  const m = caseIdPattern.exec(id);
  return m ? { prefix: m[1]!, year: Number(m[2]), sequence: Number(m[3]) } : undefined;
}

/** The province prefix (`nx`) of a 6-digit region code, or `undefined` when it names no province. */
export function provincePrefix(regionCode: string): string | undefined {
  return isoByProvinceCode[regionCode.slice(0, 2)];
}

/** The id of a province, year and sequence: `nx`, 2025, 3 → `nx-2025-03` (two digits up to 99, then `-100` …). */
export function formatCaseId(prefix: string, year: number | string, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(2, '0')}`;
}

/** The next id for a province and year, after the highest of the ids in use (…, `-99`, `-100`, …). */
export function nextCaseIdAfter(
  used: Iterable<string>,
  prefix: string,
  year: number | string,
): string {
  const numbers = [...used].flatMap((id) => {
    const parsed = parseCaseId(id);
    return parsed && parsed.prefix === prefix && parsed.year === Number(year)
      ? [parsed.sequence]
      : [];
  });
  return formatCaseId(prefix, year, Math.max(0, ...numbers) + 1);
}
