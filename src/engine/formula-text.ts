/** Literals of spreadsheet formulas, for the formula builders of the kinds table (kinds.ts) and the workbook. */

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
