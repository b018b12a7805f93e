// CSV cells as RFC 4180 writes them, and neutralised against formula injection (OWASP's CSV
// injection advice): a cell that a spreadsheet would read as a formula (= + - @, or a tab or
// carriage return first) is prefixed with a quote, so that it is shown as the text it is.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const isNumber = typeof value === 'number' && Number.isFinite(value);
  let text = Array.isArray(value) ? value.join(' ') : String(value);
  if (!isNumber && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvLine = (cells: unknown[]) => `${cells.map(csvCell).join(',')}\r\n`;
