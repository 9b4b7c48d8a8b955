/** Field separators spreadsheet programs understand; Latvian Excel expects `;`. */
export const csvSeparators = [',', ';'] as const;
export type CsvSeparator = (typeof csvSeparators)[number];

/** UTF-8 byte order mark, so spreadsheet programs show Latvian letters right. */
export const utf8Bom = '\uFEFF';

export type CsvCell = string | number | boolean | null | undefined;

function csvField(value: CsvCell, separator: CsvSeparator): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A leading =, +, - or @ would run as a formula in a spreadsheet (CSV injection).
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * RFC 4180 CSV with a header row, CRLF line ends and a BOM. Quotes,
 * separators and line breaks inside fields are quoted.
 */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  separator: CsvSeparator = ';',
): string {
  const line = (cells: readonly CsvCell[]) =>
    cells.map((cell) => csvField(cell, separator)).join(separator);
  return utf8Bom + [header, ...rows].map(line).join('\r\n') + '\r\n';
}

/** Reads CSV written by `toCsv` (or a spreadsheet); used by tests and imports. */
export function parseCsv(text: string, separator: CsvSeparator = ';'): string[][] {
  const input = text.startsWith(utf8Bom) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i += 1) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
