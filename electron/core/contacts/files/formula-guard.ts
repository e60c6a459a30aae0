/**
 * Text a spreadsheet may run as a formula (OWASP, CSV injection): =, +, -, @ or their full-width forms
 * (＝ ＋ － ＠), after any run of spaces, invisible characters (zero-width space, BOM) or control
 * characters (NEL, tab, carriage return), which spreadsheets skip; or text starting with a control character.
 */
const FORMULA_LIKE =
  /^(?:[\s\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|[\u0000-\u001f\u007f-\u009f])/;
/** Whether a cell would be read as a formula by a spreadsheet. */
export const formulaLike = (value: string): boolean => FORMULA_LIKE.test(value);

/** A cell as written on import: the ' an export put before a formula-like text is taken off again. */
export const unguarded = (cell: string): string =>
  cell.startsWith("'") && formulaLike(cell.slice(1)) ? cell.slice(1) : cell;
