/**
 * CSV as spreadsheet programs of Russian locales open it without an import dialog: UTF-8 with a
 * BOM (else Excel guesses cp1251), ";" between cells (the decimal comma takes ","), CRLF, and
 * RFC 4180 quoting.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_NEWLINE = '\r\n';

/** What a spreadsheet would run as a formula (CSV injection): =, +, -, @, tab, CR. */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

/**
 * One cell. Order data is typed by buyers and shops (hostile seed data included), so a leading
 * formula character is neutralised with an apostrophe before quoting; the text stays intact.
 */
export function csvCell(value: string | null): string {
  if (value === null || value === '') return '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: readonly (string | null)[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR) + CSV_NEWLINE;
}
