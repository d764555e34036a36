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

/** The literals live with the engine's formula builders (engine/formula-text.ts). */
export { numberLiteral, textLiteral } from '../engine/formula-text';
