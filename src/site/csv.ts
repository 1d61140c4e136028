/**
 * CSV that Excel and WPS open correctly: UTF-8 with a byte-order mark (without
 * it Excel reads Chinese as GBK mojibake), CRLF between records, and RFC 4180
 * quoting (a field with a comma, quote or line break is put in double quotes,
 * and its quotes are doubled).
 */
export type CsvValue = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: CsvValue): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record: fields joined by commas, no line ending. */
export const csvRecord = (values: readonly CsvValue[]): string => values.map(csvField).join(',');

/** A whole file: BOM, header, records, each ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return BOM + [header, ...rows].map((row) => csvRecord(row) + '\r\n').join('');
}
