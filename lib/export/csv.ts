// Pure. RFC 4180 CSV, with every user-entered cell neutralised so a spreadsheet never runs it as a
// formula: a leading = + - @ tab or carriage return gets a ' in front (OWASP's advice).

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One cell: user text is neutralised; anything with a comma, quote or line break is quoted. */
export function csvCell(value: string | number | boolean | Date | null | undefined, userText = true): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (userText) text = neutralise(text);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: string[]): string {
  return `${cells.join(",")}\r\n`;
}

/** Excel reads UTF-8 only when the file starts with a byte-order mark. */
export const UTF8_BOM = "\uFEFF";
