import { csvFormatRow } from 'd3-dsv';

/**
 * A table as a file a reviewer opens in a spreadsheet: UTF-8 with a byte-order mark (without it
 * Excel reads "Pemeriksaan" fine but mangles every "›" and "ü"), RFC 4180 quoting (a cell with a
 * comma, a quote or a line break is quoted, quotes doubled; d3-dsv) and CRLF between rows. A text
 * cell a spreadsheet would run as a formula (starting with =, +, -, @ or a tab) gets a leading
 * apostrophe, which spreadsheets show as "text" (OWASP's advice for CSV exports): a document title
 * is the author's text, and opening an export must never run it.
 */
export function csvFile(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const cell = (value: string | number) => (typeof value === 'number' ? String(value) : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
  return `\ufeff${[header, ...rows].map((row) => csvFormatRow(row.map(cell))).join('\r\n')}\r\n`;
}
