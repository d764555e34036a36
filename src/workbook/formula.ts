/**
 * Formulas as the .xlsx file stores them. Functions newer than Excel 2007 are stored with the
 * `_xlfn.` prefix (`_xlfn.MAXIFS`); written without it, Excel shows `#NAME?` until the cell is
 * re-entered. Excel, Office.js and HyperFormula take the plain name; only file writers use this.
 */

/** The functions of the add-in's formulas that the file format stores with `_xlfn.`. */
const FUTURE_FUNCTIONS = ['MAXIFS', 'MINIFS'];

const FUTURE = new RegExp(`(^|[^A-Za-z0-9_.])(${FUTURE_FUNCTIONS.join('|')})\\(`, 'g');

/** A formula (without `=`) as stored in a file: future functions prefixed, string literals untouched. */
export function fileFormula(formula: string): string {
  // Split on string literals ("…", with "" inside): even parts are formula text, odd parts literals.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(FUTURE, (_m, before: string, name: string) => `${before}_xlfn.${name}(`)))
    .join('');
}

/** A sheet name as a formula reference takes it: always quoted, apostrophes doubled. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A text as a formula's string literal: quoted, quotes doubled. */
export function textLiteral(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A number as a formula literal, in plain decimals (`0.1`, `0.00000000001`): HyperFormula reads no
 * `1E-11`, and spreadsheets differ on `1e-11`; never a locale comma.
 */
export function numberLiteral(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mantissa, exp] = s.toLowerCase().split('e') as [string, string];
  const e = Number(exp);
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  const point = mantissa.replace('-', '').indexOf('.');
  const intLen = (point < 0 ? digits.length : point) + e;
  if (intLen <= 0) return `${sign}0.${'0'.repeat(-intLen)}${digits}`.replace(/0+$/, '');
  return `${sign}${digits.padEnd(intLen, '0')}`;
}
