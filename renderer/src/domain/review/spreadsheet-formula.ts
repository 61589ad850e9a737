/**
 * A cell a spreadsheet would run as a formula (`=cmd|…`, `+…`, `-…`, `@…`, or one starting with a tab or carriage
 * return) gets a leading apostrophe, as OWASP advises for CSV export: the text shows, nothing runs. Every CSV the
 * app writes for a spreadsheet passes its cells through here.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
