/**
 * A tiny RFC 4180 parser for the tests: fields separated by commas, records by
 * CRLF, quoted fields may hold commas, line breaks and doubled quotes. It is
 * strict: a bare LF between records, or text after a closing quote, throws.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endField = (value: string) => row.push(value);
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            value += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`CSV: quote inside an unquoted field at ${i}`);
        value += text[i++];
      }
    }
    endField(value);
    if (text[i] === ',') {
      i++;
    } else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i >= text.length) {
      rows.push(row);
      row = [];
    } else {
      throw new Error(
        `CSV: expected comma or CRLF at ${i}, found ${JSON.stringify(text.slice(i, i + 10))}`,
      );
    }
  }
  if (row.length) rows.push(row);
  return rows;
}
